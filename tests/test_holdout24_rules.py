"""Rules found on the twenty-fourth held-out round (a city's plan-execution and draft-plan report as DOCX, a city's
key construction projects plan notice as PDF with a project table), each tested on layouts written for it."""

from __future__ import annotations

from build_tools.clean.lines import group_blocks, line_kind, split_lines


def test_a_project_row_with_a_long_description_stays_a_table_row() -> None:
    # a row of a project list whose 建设内容 cell is a long clause with commas: still one row of the table
    row = ("3\t南坪港区二期码头工程\t南坪港务集团有限公司\t新建5万吨级泊位2个、2万吨级泊位3个，配套建设堆场18万平方米，"
           "年设计通过能力600万吨\t2025-2028\t36.5\t9.0")
    assert line_kind(row) == "table"
    text = "序号\t项目名称\t建设单位\t建设内容\t建设年限\t总投资（亿元）\t年度投资（亿元）\n" + row + \
           "\n4\t东郊污水处理厂\t市排水公司\t日处理污水10万吨\t2026\t4.2\t4.2"
    blocks = group_blocks(split_lines(text))
    assert [b.kind for b in blocks] == ["table", "table", "table"]


def test_a_heading_number_and_a_sentence_apart_by_a_tab_are_no_row() -> None:
    # two or three cells, one a sentence: a numbered paragraph typed with a tab, not a table
    assert line_kind("（一）\t加快推进重大项目建设，确保全年完成投资目标任务，力争新开工项目数量和投资规模均高于上年水平。") == ""
    assert line_kind("二、\t强化要素保障\t各有关部门要优先保障重点项目用地、用能指标，开辟审批绿色通道，压缩办理时限，"
                     "确保项目早开工、早投产、早见效。") == ""

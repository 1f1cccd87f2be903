"""Rules found on the sixteenth held-out round (a housing provident fund's annual report as PDF, a county's
government debt disclosure as HTML), each tested on sentences and layouts written for it."""

from __future__ import annotations

from build_tools.clean.lines import group_blocks, split_lines


def test_table_row_with_an_empty_first_cell_keeps_its_columns() -> None:
    # a totals row under an empty 序号 cell, as HTML and DOCX readers write it: no indent, no lost column
    text = "序号\t工程名称\t承建单位\t金额\n1\t南湖大桥维修工程\t市交通局\t4,500\n\t合计\t\t4,500\n以上资金已全部拨付到位。"
    lines = split_lines(text)
    assert [v.indented for v in lines] == [False, False, False, False]
    blocks = group_blocks(lines)
    assert [b.kind for b in blocks[:3]] == ["table", "table", "table"]
    assert blocks[2].text.split("\t") == ["", "合计", "", "4,500"]


def test_indented_paragraph_is_still_indented() -> None:
    lines = split_lines("  　　全年新增就业1.2万人。\n\t一、\t总体情况")
    assert lines[0].indented and lines[1].indented  # a heading number and its title apart by a tab: no row

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


def _table(rows: list[list[str]]):  # noqa: ANN202
    from build_tools.model import Paragraph

    para = Paragraph(id="p1", text="", role="table")
    para.cells = rows
    return para


def _figures(para):  # noqa: ANN001, ANN202
    from build_tools.extract.figures import extract_figures
    from build_tools.model import Document, Metadata

    doc = Document(id="d", title="泸源市发展和改革委员会关于下达泸源市2027年重大项目建设计划的通知", date="2027-03-02",
                   genre="notice", paragraphs=[para])
    return extract_figures(doc, Metadata(date="2027-03-02", region="泸源市"))


PROJECTS = [
    ["序号", "项目名称", "建设单位", "建设年限", "总投资（亿元）", "2027年计划投资（亿元）"],
    ["1", "泸源港铁水联运物流基地（一期）", "泸源港务集团", "2026-2029", "18.4", "5.2"],
    ["2", "东坡区300兆瓦风电场", "泸源风能有限公司", "2027", "15.0", "15.0"],
    ["3", "城南污水处理厂扩建工程", "市排水公司", "2027—2028", "3.6", "2.1"],
]


def test_every_row_of_a_project_list_names_its_project() -> None:
    found = _figures(_table(PROJECTS))
    base = {f.value: f for f in found if f.metric == "总投资"}
    assert base[18.4].subject == "泸源港铁水联运物流基地（一期）"  # no 项目/工程 at its end, a phase in brackets
    assert base[15.0].subject == "东坡区300兆瓦风电场"  # not the district its name opens with
    assert base[3.6].subject == "城南污水处理厂扩建工程"
    plan = next(f for f in found if f.value == 5.2)
    assert plan.subject == "泸源港铁水联运物流基地（一期）" and plan.metric == "计划投资"


def test_a_project_total_investment_covers_its_years_of_construction() -> None:
    found = _figures(_table(PROJECTS))
    totals = {f.value: f.period for f in found if f.metric == "总投资"}
    assert totals == {18.4: "2026/2029", 15.0: "2027", 3.6: "2027/2028"}
    assert all(f.period == "2027" for f in found if f.metric == "计划投资")
    assert all(f.status == "target" for f in found)


def test_a_number_in_a_project_name_is_no_figure() -> None:
    found = _figures(_table(PROJECTS))
    assert not [f for f in found if f.value == 300]  # 300兆瓦 names the wind farm


def test_a_table_of_counties_is_no_project_list() -> None:
    from build_tools.extract.figures.project_tables import project_labels

    assert project_labels(_table([["县（市、区）", "总投资（亿元）"], ["东坡区", "12.0"]])) == set()
    assert project_labels(_table(PROJECTS)) == {"泸源港铁水联运物流基地（一期）", "东坡区300兆瓦风电场", "城南污水处理厂扩建工程"}


def test_a_threshold_under_which_projects_are_summoned_is_a_standing_rule() -> None:
    import sys
    sys.path.insert(0, "tests")
    from test_figure_attributes import figs

    title = "泸源市人民政府办公室关于下达泸源市2027年重大项目建设计划的通知"
    found = figs("对季度投资完成率低于70%的项目，由市重点项目办会同行业主管部门进行约谈。", date="2027-03-02",
                 region="泸源市", title=title, genre="notice")
    line = found[0]
    assert (line.value, line.status, line.period) == (70, "requirement", "")
    found = figs("确保年度计划投资完成率达到100%。", date="2027-03-02", region="泸源市", title=title, genre="notice")
    assert (found[0].status, found[0].period) == ("target", "2027")  # the year's goal, not a threshold


def test_the_plan_quoted_in_brackets_after_an_estimate_is_the_years_target() -> None:
    import sys
    sys.path.insert(0, "tests")
    from test_figure_attributes import figs

    title = "关于泸源市2026年国民经济和社会发展计划执行情况与2027年国民经济和社会发展计划草案的报告"
    found = figs("预计全年固定资产投资增长4.1%，低于年度计划（增长6%）。", date="2027-01-12", region="泸源市",
                 title=title, genre="report")
    estimate, plan = sorted(found, key=lambda f: f.value)
    assert (estimate.value, estimate.status) == (4.1, "forecast")
    assert (plan.value, plan.status, plan.metric, plan.period) == (6, "target", estimate.metric, estimate.period)


def test_about_of_the_year_just_closed_in_a_january_report_is_an_estimate() -> None:
    import sys
    sys.path.insert(0, "tests")
    from test_figure_attributes import figs

    title = "关于泸源市2026年国民经济和社会发展计划执行情况与2027年国民经济和社会发展计划草案的报告"
    review = "“十四五”以来，全市地区生产总值由2020年的1520亿元增加到2026年的2010亿元左右，年均增长4.8%左右。"
    found = figs(review, date="2027-01-12", region="泸源市", title=title, genre="report")
    assert {(f.value, f.status) for f in found} == {(2010, "forecast"), (4.8, "forecast")}
    # the same words in a mid-year document: the year's statistics are out, what it states is achieved
    found = figs("全年粮食产量62万吨左右。", date="2027-06-12", region="泸源市", title=title, genre="report")
    assert found[0].status == "actual"
    # without 左右: as stated
    found = figs("全年粮食产量62万吨。", date="2027-01-12", region="泸源市", title=title, genre="report")
    assert found[0].status == "actual"

"""Figure rules added after the fourth held-out measurement (issue 11: a plan evaluation in PDF, a notice in DOCX, a
speech on a web page); sentences invented for the rule, expectations read by hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

SPEECH = {"date": "2025-01-10", "region": "沅川市", "title": "在全市经济工作会议上的讲话", "genre": "speech"}


def test_heading_opening_with_last_year_and_its_results_is_a_review():
    """一、去年经济工作取得新成效 in a January speech: 1—11月 and 全年 under it are of 2024, not 2025."""
    found = figs("一、去年经济工作取得新成效", "1—11月，全市规模以上工业增加值增长7.1%。全年新增城镇就业4.6万人。",
                 headings={0: 1}, **SPEECH)
    assert (one(found, 7.1).period, one(found, 4.6).period) == ("2024-01/2024-11", "2024")


def test_forecast_of_the_whole_year_after_last_year_is_last_years():
    """去年，…。预计全年地区生产总值增长5.6%: said in January 2025, the estimate is of 2024."""
    found = figs("去年，全市经济运行稳中有进。预计全年地区生产总值增长5.6%，达到3068亿元。", **SPEECH)
    assert [(one(found, v).period, one(found, v).status) for v in (5.6, 3068)] == [("2024", "forecast")] * 2
    this_year = figs("今年以来，全县经济运行稳中向好。预计全年地区生产总值达到168亿元。", date="2023-12-27",
                     region="柳溪县", title="在全县经济工作会议上的讲话", genre="speech")
    assert one(this_year, 168).period == "2023"  # (a December speech: the year now ending)


PLAN_EVALUATION = {"date": "2023-11-15", "region": "澄阳市", "title": "澄阳市“十四五”规划纲要实施情况中期评估报告",
                   "genre": "report"}


def test_first_years_of_a_five_year_plan_are_a_span():
    """“十四五”前两年年均增长5.8% is over 2021-2022; 累计下降6.8% over it is against 2020."""
    found = figs("2022年，全市地区生产总值达到2386.5亿元，“十四五”前两年年均增长5.8%。",
                 "单位地区生产总值能源消耗“十四五”前两年累计下降6.8%。", **PLAN_EVALUATION)
    assert one(found, 5.8).period == "2021/2022"
    assert (one(found, 6.8).period, one(found, 6.8).base_period, one(found, 6.8).direction) == (
        "2021/2022", "2020", "down")


def test_since_a_year_runs_to_the_documents_month():
    """“十四五”以来 in a report dated 2023-11-15: 2021 to November 2023 (the document's month, as 目前)."""
    found = figs("“十四五”以来，全市城镇新增就业累计达到9.8万人。", **PLAN_EVALUATION)
    assert one(found, 9.8).period == "2021/2023-11"


NOTICE = {"date": "2025-03-18", "region": "岱南省", "title": "岱南省住房和城乡建设厅关于进一步做好城镇老旧小区改造工作的通知",
          "genre": "notice"}


def test_date_inside_a_modifier_does_not_make_a_target_achieved():
    """到2026年底，力争2000年底前建成的小区改造全面完成，累计改造小区达到9500个: 2000年底前 qualifies the estates."""
    found = figs("到2026年底，力争全省2000年底前建成的城镇老旧小区改造任务全面完成，累计改造小区达到9500个左右，"
                 "累计加装电梯3000部以上。", **NOTICE)
    assert [(one(found, v).status, one(found, v).period) for v in (9500, 3000)] == [("target", "2026-12")] * 2


def test_norms_of_a_notice_with_must_and_a_sanction_threshold():
    """必须达到100% is a standing norm (and does not make the next 不低于 a target); 对…低于80%的市予以通报 is the
    threshold of a standing sanction, named as the line it is (年度任务完成率通报线, the gold's label: not a rate
    required); the metric leaves out the rule's words."""
    found = figs("改造项目竣工验收合格率必须达到100%，群众满意度不低于90%。",
                 "省住房城乡建设厅每季度开展一次调度，对年度任务完成率低于80%的市予以通报。", **NOTICE)
    assert [(one(found, v).status, one(found, v).period) for v in (100, 90, 80)] == [("requirement", "")] * 3
    assert (one(found, 100).metric, one(found, 80).metric) == ("改造项目竣工验收合格率", "年度任务完成率通报线")


def test_yearly_task_set_from_above_is_a_target():
    """超额完成国家下达的1700个年度任务: the task is the year's target; what was done (1862个) is actual."""
    found = figs("2024年，全省新开工改造城镇老旧小区1862个，超额完成国家下达的1700个年度任务。", **NOTICE)
    assert (one(found, 1862).status, one(found, 1700).status, one(found, 1700).period) == ("actual", "target", "2024")


def test_table_of_figures_gives_one_figure_per_cell():
    """A task table (header 改造小区（个）…, a city per row, 合计) under its caption 附表：2025年各市…任务表: the column's
    metric and unit, the row's city as subject (none for 合计), the caption's year and status; a table without units
    in its header gives nothing."""
    from build_tools.extract.figures import extract_figures
    from build_tools.extract.reporting import reporting_period
    from build_tools.model import Document, Metadata, Paragraph

    cells = [["市", "改造小区（个）", "计划投资（亿元）"], ["泰源市", "420", "19.8"], ["临岱市", "365", "17.2"],
             ["合计", "785", "37.0"]]
    plain = [["市", "联系人", "电话"], ["泰源市", "张三", "5021"]]
    paras = [Paragraph(id="p0", text="附表：2025年各市城镇老旧小区改造任务表", heading=3),
             Paragraph(id="p1", text="\n".join(" | ".join(r) for r in cells), role="table", cells=cells),
             Paragraph(id="p2", text="\n".join(" | ".join(r) for r in plain), role="table", cells=plain)]
    doc = Document(id="d", title=NOTICE["title"], date=NOTICE["date"], genre="notice", paragraphs=paras)
    meta = Metadata(date=NOTICE["date"], region=NOTICE["region"])
    doc.reporting_period = reporting_period(doc, meta)
    found = extract_figures(doc, meta)
    assert [(f.metric, f.value, f.unit, f.subject, f.period, f.status) for f in found] == [
        ("改造小区", 420, "个", "泰源市", "2025", "target"), ("计划投资", 19.8, "亿元", "泰源市", "2025", "target"),
        ("改造小区", 365, "个", "临岱市", "2025", "target"), ("计划投资", 17.2, "亿元", "临岱市", "2025", "target"),
        ("改造小区", 785, "个", "", "2025", "target"), ("计划投资", 37.0, "亿元", "", "2025", "target")]


def test_table_rows_naming_an_item_or_their_unit_and_year_columns():
    """Rows about an item (粮食: 粮食产量), rows naming their unit under an unnamed value column (地区生产总值（亿元） |
    绝对数), a negative change (a fall), a plan's year columns (2020年 actual, 2025年 ≥95 a target of 95% or more); a
    cell the text stated before is no second row."""
    from build_tools.extract.figures.tables import table_sentences
    from build_tools.model import Paragraph

    def rows(*cells: list[str]) -> list[str]:
        return table_sentences(Paragraph(id="t", text="", role="table", cells=list(cells)))

    assert rows(["产品名称", "产量（万吨）", "比上年增长（%）"], ["粮食", "128.6", "2.3"]) == ["粮食产量128.6万吨，比上年增长2.3%。"]
    assert rows(["指标", "绝对数", "比上年增长（%）"], ["一般公共预算收入（亿元）", "13.6", "-2.1"]) == [
        "一般公共预算收入13.6亿元，比上年下降2.1%。"]
    assert rows(["序号", "指标名称", "2020年", "2025年", "属性"], ["2", "农村社区综合服务设施覆盖率（%）", "85", "≥95", "预期性"]) == [
        "农村社区综合服务设施覆盖率2020年为85%，到2025年达到95%以上。"]
    assert rows(["序号", "单位", "联系电话"], ["1", "泰源市", "5021"]) == []
    found = figs("全县一般公共预算收入13.6亿元，比上年下降2.1%。", title="临川县2024年国民经济和社会发展统计公报",
                 date="2025-03-20", region="临川县", genre="statistics")
    plan = figs("农村社区综合服务设施覆盖率2020年为85%，到2025年达到95%以上。", title="同江市“十四五”城乡社区服务体系建设规划",
                date="2021-11-30", region="同江市", genre="plan")
    assert [(f.period, f.status, f.direction) for f in found] == [("2024", "actual", ""), ("2024", "actual", "down")]
    assert [(f.value, f.period, f.status, f.qualifier) for f in plan] == [(85, "2020", "actual", ""),
                                                                        (95, "2025", "target", "以上")]


def test_goals_the_plan_set_are_for_its_last_year_or_its_span():
    """完成《纲要》确定的8件目标 (件 counts what the indicator counts), 低于《纲要》确定的4.5个的目标值: the plan's goal
    for 2025; 《纲要》确定的“十四五”下降14%目标: a reduction over 2021-2025 against 2020."""
    found = figs("2022年，每万人口高价值发明专利拥有量达到8.6件，已提前完成《纲要》确定的8件目标。",
                 "2022年末，每千人口拥有3岁以下婴幼儿托位数为2.1个，低于《纲要》确定的4.5个的目标值。",
                 "单位地区生产总值能源消耗“十四五”前两年累计下降6.8%，完成《纲要》确定的“十四五”下降14%目标的48.6%。",
                 **PLAN_EVALUATION)
    goal = one(found, 8, "件")
    assert (goal.metric, goal.status, goal.period) == ("每万人口高价值发明专利拥有量", "target", "2025")
    assert (one(found, 4.5).metric, one(found, 4.5).period) == ("每千人口拥有3岁以下婴幼儿托位数", "2025")
    cut = one(found, 14)
    assert (cut.status, cut.period, cut.base_period, cut.direction) == ("target", "2021/2025", "2020", "down")


def test_estimate_for_a_deadline_is_a_forecast():
    """预计到2025年将达到2800亿元: an estimate, not a goal; the goal it meets (2750亿元目标) is the target."""
    found = figs("预计2023年全市地区生产总值可达2500亿元左右，预计到2025年将达到2800亿元，能够实现《纲要》确定的2750亿元目标。",
                 **PLAN_EVALUATION)
    assert [(one(found, v).status, one(found, v).period) for v in (2500, 2800, 2750)] == [
        ("forecast", "2023"), ("forecast", "2025"), ("target", "2025")]


def test_a_multiple_of_a_past_years_value_has_that_year_as_base():
    found = figs("截至2023年9月底，全市高新技术企业达到1126家，是2020年的1.9倍。", **PLAN_EVALUATION)
    assert (one(found, 1.9).period, one(found, 1.9).base_period) == ("2023-09", "2020")


def test_the_plans_own_list_of_indicators_is_no_figure():
    """《纲要》确定的28项主要指标中…: 28 counts the plan's indicators (its structure), not a quantity of the city."""
    found = figs("《纲要》确定的28项主要指标中，21项指标达到或好于时序进度要求。", **PLAN_EVALUATION)
    assert 28 not in [f.value for f in found]


def test_unitless_ratio_narrowed_from_a_base():
    """城乡居民收入比由2020年的2.18缩小到2.09: one row, 2.09 in 2022, down from 2.18 of 2020."""
    found = figs("2022年，全体居民人均可支配收入达到38650元，城乡居民收入比由2020年的2.18缩小到2.09。", **PLAN_EVALUATION)
    ratio = one(found, 2.09)
    assert (ratio.period, ratio.direction, ratio.base_value, ratio.base_period) == ("2022", "down", 2.18, "2020")
    assert not [f for f in found if f.value == 2.18]


def test_a_kind_of_community_is_no_subject():
    """完整居住社区建设标准覆盖率不低于60%: a standard for a kind of community, the province's norm."""
    found = figs("基础类改造内容应改尽改，完整居住社区建设标准覆盖率不低于60%。", **NOTICE)
    assert (one(found, 60).subject, one(found, 60).status) == ("", "requirement")


def test_a_table_restating_the_text_gives_no_second_row():
    from build_tools.extract.figures import extract_figures
    from build_tools.extract.reporting import reporting_period
    from build_tools.model import Document, Metadata, Paragraph

    cells = [["指标", "绝对数", "比上年增长（%）"], ["地区生产总值（亿元）", "235.8", "5.7"], ["社会消费品零售总额（亿元）", "88.3", "4.6"],
             ["一般公共预算收入（亿元）", "13.6", "5.7"],  # (5.7% again, of another metric: a row of its own)
             ["粮食产量（万吨）", "128.6", "2.3"]]  # (the text's 粮食总产量: the same metric)
    doc = Document(id="d", title="临川县2024年国民经济和社会发展统计公报", date="2025-03-20", genre="statistics", paragraphs=[
        Paragraph(id="p0", text="全年全县地区生产总值235.8亿元，比上年增长5.7%。粮食总产量128.6万吨，比上年增长2.3%。"),
        Paragraph(id="p1", text="\n".join(" | ".join(r) for r in cells), role="table", cells=cells)])
    meta = Metadata(date="2025-03-20", region="临川县")
    doc.reporting_period = reporting_period(doc, meta)
    found = extract_figures(doc, meta)
    assert [(f.value, f.paragraph) for f in found] == [(235.8, "p0"), (5.7, "p0"), (128.6, "p0"), (2.3, "p0"),
                                                       (88.3, "p1"), (4.6, "p1"), (13.6, "p1"), (5.7, "p1")]


def test_two_column_pdf_gives_the_figures_of_the_one_column_pdf():
    """The holdout4 evaluation printed in two columns (the right one short, page number in the footer): the same
    figures, with the same attributes, as the one-column PDF with running headers."""
    from pathlib import Path

    from build_tools.pipeline import process

    folder = Path(__file__).parent / "fixtures" / "holdout4"
    name = "2023-chengyang-14th-five-year-plan-midterm-evaluation.pdf"

    def rows(path: Path) -> list[tuple]:
        return [(f.metric, f.value, f.unit, f.period, f.status, f.direction, f.subject, f.base_period)
                for d in process(path).documents for f in d.figures]

    one_column = rows(folder / name)
    assert len(one_column) >= 42
    assert rows(folder / "two-column" / name) == one_column


def test_metric_names_of_norms_goals_and_counted_areas():
    """不低于省级奖补资金的50%: a share of that whole (低于省 is no comparison with the province); 原则上 leaves the
    metric; a goal after 与…确定的 is the sentence's indicator, a level (not the change in points before it); the
    year's task in 个 is of the sibling counted in 个; 改造小区 is no place to lend a metric to."""
    found = figs("市、县财政配套资金原则上不低于省级奖补资金的50%，居民出资比例原则上不低于改造总投资的5%。",
                 "单个小区改造工期原则上控制在6个月以内。",
                 "2024年，全省新开工改造城镇老旧小区1862个，完成投资86.3亿元，超额完成国家下达的1700个年度任务。",
                 "2025年，全省计划新开工改造城镇老旧小区1900个以上。累计改造小区达到9500个左右。", **NOTICE)
    assert [one(found, v).metric for v in (50, 5, 6, 1700, 9500)] == [
        "市、县财政配套资金占省级奖补资金比例", "居民出资占改造总投资比例", "单个小区改造工期", "全省新开工改造城镇老旧小区",
        "改造小区"]
    plan = figs("2022年，全市常住人口城镇化率为58.7%，比2020年提高1.1个百分点，与《纲要》确定的2025年达到63%的目标仍有较大差距。",
                **PLAN_EVALUATION)
    goal = one(plan, 63)
    assert (goal.metric, goal.status, goal.period, goal.direction) == ("常住人口城镇化率", "target", "2025", "")

"""Rules added after the seventeenth held-out measurement (issue 11: a city people's congress standing committee's law
enforcement inspection report in plain text, a county medical security bulletin in DOCX); sentences invented for each
rule, expectations read by hand."""

from __future__ import annotations

from build_tools.extract.dates import is_comparison
from build_tools.extract.figures.vocab import plans_ahead
from tests.test_events import events_of
from tests.test_figure_attributes import figs, one

REPORT = {"date": "2024-10-28", "region": "栖川市", "genre": "report",
          "title": "栖川市人大常委会执法检查组关于检查《中华人民共和国水污染防治法》实施情况的报告"}


def test_a_heading_under_the_problems_found_is_no_plan_for_its_task_word():
    """二、存在的主要问题 > （二）基层执法力量与监管任务不匹配: the shortfall's 任务 opens no plan; a plan heading
    outside or before a problems word still does."""
    assert not plans_ahead({1: "二、存在的主要问题", 2: "（二）基层执法力量与监管任务不匹配"})
    assert plans_ahead({1: "三、下一步工作安排", 2: "（一）着力解决群众反映强烈的突出问题"})
    assert plans_ahead({1: "二、存在的问题和下一步工作打算"})


def test_the_counts_of_a_shortfall_found_are_actual():
    """Under the problems heading, 全市水环境执法人员仅28人 and 平均每个乡镇不足2人 are what the inspection found,
    not goals."""
    found = figs("二、存在的主要问题", "（二）基层执法力量与监管任务不匹配。",
                 "全市水环境执法人员仅28人，平均每个乡镇不足2人。", headings={0: 1, 1: 2}, **REPORT)
    assert [one(found, v).status for v in (28, 2)] == ["actual", "actual"]


def test_a_bound_with_its_own_not_allowed_is_a_standing_norm_under_a_recommendation():
    """要督促…，污水处理厂出水水质达标率不得低于95%: 不得 makes the bound a standing norm (no period), although 要
    introduces the recommendation; 力争到2026年…达到 stays a dated target."""
    found = figs("三、意见和建议",
                 "要督促排污单位落实主体责任，城镇污水处理厂出水水质达标率不得低于95%。"
                 "力争到2026年，全市城市生活污水集中收集率达到75%。", headings={0: 1}, **REPORT)
    assert (one(found, 95).status, one(found, 95).period) == ("requirement", "")
    assert (one(found, 75).status, one(found, 75).period) == ("target", "2026")


def test_the_balance_of_the_year_is_not_the_accumulated_balance():
    """当年结余0.6亿元，累计结余8.3亿元: two different balances; the first keeps its 当年."""
    found = figs("2023年，全县工伤保险基金收入1.2亿元，支出0.6亿元；当年结存0.6亿元，累计结存8.3亿元。",
                 date="2024-04-10", region="栖川县", title="栖川县2023年人力资源和社会保障事业发展统计公报",
                 genre="statistics")
    metrics = {f.metric for f in found if f.value == 0.6}  # (0.6 twice: the spending and the balance)
    assert any(m.endswith("当年结存") for m in metrics), metrics
    assert one(found, 8.3).metric.endswith("结存") and "当年" not in one(found, 8.3).metric  # (结存: accumulated)


def test_the_year_a_multiple_or_share_is_of_is_a_comparison_base():
    """是2019年的2.3倍, 为上年同期的85%: the year is the base of the multiple, no date of what is said."""
    text = "新能源汽车保有量达到1.8万辆，是2019年的2.3倍。"
    start = text.index("2019年")
    assert is_comparison(text, start, start + 5)
    text = "一季度客运量为上年同期的85%。"
    start = text.index("上年")
    assert is_comparison(text, start, start + 4)
    text = "2019年是全面建成小康社会的关键之年。"
    assert not is_comparison(text, 0, 5)


def test_the_year_of_a_multiple_makes_no_timeline_entry():
    """全市公共充电桩达到6200个，是2021年的3倍: no event of 2021."""
    found = events_of("今年以来，全市新建公共充电桩1800个。", "全市公共充电桩达到6200个，是2021年的3倍。",
                      date="2024-06-20")
    assert all(not e.date.startswith("2021") for e in found), [(e.date, e.text) for e in found]


def test_a_bulletins_announcement_is_no_target():
    """现将2023年全县人力资源和社会保障事业发展情况公布如下: it announces the text, no target of 2023."""
    found = events_of("现将2023年全县人力资源和社会保障事业发展情况公布如下。", "2023年全县城镇新增就业5260人。",
                      date="2024-04-10")
    assert all("公布如下" not in e.text for e in found), [(e.date, e.kind, e.text) for e in found]


def test_a_change_column_beside_a_unit_column_is_read():
    """指标 | 单位 | 2023年 | 比上年增减（%）: each change cell is a row of its indicator, −2.6 a fall; 0.0 no row."""
    from build_tools.extract.figures.tables import table_sentences
    from build_tools.model import Paragraph

    para = Paragraph(id="t", text="", cells=[["指标", "单位", "2023年", "比上年增减（%）"],
                                             ["失业保险参保人数", "万人", "12.6", "-2.6"],
                                             ["工伤保险基金支出", "亿元", "0.84", "7.9"],
                                             ["生育保险参保人数", "万人", "9.1", "0.0"]])
    said = table_sentences(para)
    assert "失业保险参保人数比上年下降2.6%。" in said
    assert "工伤保险基金支出比上年增长7.9%。" in said
    assert not any("生育保险参保人数比上年" in s for s in said)


def test_kinds_counted_are_a_count():
    """纳入医保目录的药品扩大到3088种, 病种增加到58种: 种 counts kinds (as 类), a figure with a unit."""
    found = figs("全省医保目录内药品扩大到3088种，门诊慢特病病种增加到58种。", date="2024-05-10")
    assert (one(found, 3088).unit, one(found, 3088).base_unit) == ("种", "item")
    assert one(found, 58).direction == "up"


def test_medical_security_and_waste_names_in_english():
    """Scheme-qualified names composed with the schemes (GWR 2009/485 urban workers), the year's fund balance apart
    from the accumulated one, and the waste terms (YB 8-18 collection of household waste)."""
    from build_tools.translate.metrics import metric_en

    assert metric_en("职工基本医疗保险参保率") == "coverage rate of basic medical insurance for urban workers"
    assert metric_en("工伤保险基金当年结存") == "balance of the work-related injury insurance fund for the year"
    assert metric_en("当年结余") == "fund balance for the year"
    assert metric_en("结存") == "accumulated fund balance"
    assert metric_en("生活垃圾清运量") == "household waste collected"
    assert metric_en("定点零售药店") == "designated retail pharmacies"


def test_units_counted_with_their_alternatives_in_brackets():
    """深入8个县（区）、31家企业: the 8 county-level units are counted, their bracketed alternatives part of the noun;
    before a predicate (12个乡（镇）全部建成…) the ordinary reading is unchanged."""
    found = figs("调研组深入8个县（区）、31家企业和12个村实地调研。", date="2024-10-28")
    assert one(found, 8).metric == "县（区）" and one(found, 8).unit == "个"
    assert one(found, 31).metric == "企业"


def test_a_leading_basis_clause_does_not_date_the_paragraph():
    """根据市人大常委会2024年度监督工作计划，6月至7月，检查组…。检查组深入5个乡镇、17家企业…: the plan's year is no
    date; the figures of the paragraph are of June-July, when the inspection was done."""
    found = figs("根据市人大常委会2024年度监督工作计划，6月至7月，常委会检查组对全市实施情况进行了检查。"
                 "检查组深入5个乡镇、17家企业实地检查，召开座谈会6次。", **REPORT)
    assert [one(found, v).period for v in (17, 6)] == ["2024-06/2024-07"] * 2


def test_an_accumulated_balance_of_a_year_is_its_year_end_stock():
    """2023年，…基金收入3.1亿元，…滚存结余12.4亿元: the income is the year's, the accumulated balance the stock at the
    end of 2023; the year's own balance (当年结余) stays the year's."""
    found = figs("2023年，全县失业保险基金收入3.1亿元，当年结余0.4亿元，滚存结余12.4亿元。", date="2024-04-10",
                 region="栖川县", title="栖川县2023年人力资源和社会保障事业发展统计公报", genre="statistics")
    assert [one(found, v).period for v in (3.1, 0.4, 12.4)] == ["2023", "2023", "2023-12"]


def test_a_tables_year_column_restating_a_year_end_stock_is_no_second_row():
    """年末…参保人数12.6万人 in the text, then a table 指标 | 单位 | 2023年 with 12.6: the text's row (December 2023)
    stands, no second row dated 2023."""
    from build_tools.extract.figures import extract_figures
    from build_tools.model import Document, Metadata, Paragraph

    paras = [Paragraph(id="p0", text="2023年末，全县失业保险参保人数12.6万人，比上年末增加0.4万人。"),
             Paragraph(id="p1", text="", cells=[["指标", "单位", "2023年"], ["失业保险参保人数", "万人", "12.6"]])]
    doc = Document(id="d", title="栖川县2023年人力资源和社会保障事业发展统计公报", date="2024-04-10",
                   genre="statistics", paragraphs=paras)
    found = [f for f in extract_figures(doc, Metadata(date="2024-04-10", region="栖川县")) if f.value == 12.6]
    assert [f.period for f in found] == ["2023-12"]


def test_a_fund_with_a_merged_scheme_in_brackets():
    """职工基本医疗保险基金（含生育保险）总支出: the total of the fund, the merged scheme said after it (YB 24-32 birth
    insurance); a scheme outside the table keeps the name unrendered."""
    from build_tools.translate.metrics import metric_en

    assert metric_en("职工基本医疗保险基金（含生育保险）总支出") == (
        "total expenses of the fund of basic medical insurance for urban workers (including birth insurance)")
    assert metric_en("基本医疗保险基金（含意外伤害保险）总收入") is None

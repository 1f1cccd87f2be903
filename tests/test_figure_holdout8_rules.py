"""Figure rules added after the eighth held-out measurement (issue 11/12: a city statistics bureau's monthly table of
main indicators in PDF, a city government press conference transcript in HTML); sentences and tables invented for the
rule, expectations read by hand."""

from __future__ import annotations

from build_tools.extract.figures import extract_figures
from build_tools.extract.figures.tables import table_sentences
from build_tools.extract.reporting import reporting_period
from build_tools.model import Document, Figure, Metadata, Paragraph
from tests.test_events import events_of
from tests.test_figure_attributes import figs, one

PRESS = {"date": "2025-07-24", "region": "云溪市", "title": "云溪市上半年经济运行情况新闻发布会", "genre": "news"}
MONTHLY = [["指标名称", "单位", "1-5月", "同比增长（%）"],
           ["地区生产总值", "亿元", "—", "5.2"],
           ["规模以上工业增加值", "亿元", "—", "7.9"],
           ["  其中：5月份", "亿元", "—", "8.4"],
           ["全社会用电量", "亿千瓦时", "42.6", "3.1"],
           ["  其中：工业用电", "亿千瓦时", "27.3", "-1.6"],
           ["粮食播种面积", "万亩", "318.0", "—"]]


def _monthly(cells: list[list[str]], text: str = "") -> list[Figure]:
    paras = [Paragraph(id="p0", text="2024年1-5月全市主要经济指标", heading=1),
             Paragraph(id="p1", text="\n".join(" | ".join(r) for r in cells), role="table", cells=cells)]
    paras += [Paragraph(id="p2", text=text)] if text else []
    doc = Document(id="d", title="2024年1-5月全市主要经济指标", date="2024-06-20", genre="statistics", paragraphs=paras)
    meta = Metadata(date="2024-06-20", region="云溪市")
    doc.reporting_period = reporting_period(doc, meta)
    return extract_figures(doc, meta)


def test_a_monthly_indicator_table_restates_each_row_with_its_period_column():
    """指标 | 单位 | 1-5月 | 同比增长（%）: a level in the row's unit and the change in the header's, both of the
    period column; "—" is no figure; a negative change is a fall; a month row under its indicator (其中：5月份) is
    that indicator in that month; an item row (其中：工业用电) is its own indicator."""
    assert table_sentences(Paragraph(id="t", text="", role="table", cells=MONTHLY)) == [
        "1-5月，地区生产总值同比增长5.2%。",
        "1-5月，规模以上工业增加值同比增长7.9%。",
        "5月份，规模以上工业增加值同比增长8.4%。",
        "1-5月，全社会用电量42.6亿千瓦时，同比增长3.1%。",
        "1-5月，工业用电27.3亿千瓦时，同比下降1.6%。",
        "1-5月，粮食播种面积318.0万亩。"]
    found = _monthly(MONTHLY)
    assert (one(found, 42.6).period, one(found, 42.6).unit) == ("2024-01/2024-05", "亿千瓦时")
    assert (one(found, 8.4).period, one(found, 8.4).direction) == ("2024-05", "up")
    assert (one(found, 1.6).direction, one(found, 1.6).period) == ("down", "2024-01/2024-05")


def test_the_analysis_after_the_table_keeps_its_row_and_the_table_gives_no_second():
    """The text after the table restates 全社会用电量42.6亿千瓦时: one row, the text's."""
    found = _monthly(MONTHLY, "1-5月，全市全社会用电量42.6亿千瓦时，同比增长3.1%；粮食播种面积保持稳定。")
    assert [f.paragraph for f in found if f.value == 42.6] == ["p2"]
    assert [f.paragraph for f in found if f.value == 3.1] == ["p2"]
    assert [f.paragraph for f in found if f.value == 318.0] == ["p1"]


def test_a_speakers_courtesy_reply_does_not_hide_the_period_of_the_answer():
    """市统计局局长王芳：谢谢您的提问。上半年，… — the answer's opening 上半年 dates its later sentences too."""
    found = figs("市统计局局长王芳：谢谢您的提问。上半年，全市规模以上工业增加值同比增长6.4%。"
                 "社会消费品零售总额512.7亿元，增长4.6%。",
                 "市发展改革委主任李强：好的。1—6月，全市固定资产投资增长3.9%。民间投资增长1.2%。", **PRESS)
    assert [one(found, v).period for v in (512.7, 4.6, 1.2)] == ["2025-01/2025-06"] * 3


def test_a_later_year_opening_a_plan_sentence_dates_its_annual_plan_figures():
    """2026年，…计划安排…，年度计划投资800亿元 in a text of 2025: 年度 is 2026's; 年度计划投资 without such a year
    stays this year's target."""
    found = figs("2026年，全市计划安排省市重点项目260个，年度计划投资800亿元，其中制造业项目投资占比不低于45%。",
                 "今年全市重点项目年度计划投资760亿元。", **PRESS)
    assert [(one(found, v).period, one(found, v).status) for v in (800, 45)] == [("2026", "target")] * 2
    assert (one(found, 760).period, one(found, 760).status) == ("2025", "target")


def test_funding_sought_under_a_running_frame_is_funding_secured():
    """今年以来，…；争取中央预算内投资5.2亿元 reports money obtained (actual); 下一步，争取… seeks more (target)."""
    found = figs("今年以来，全市新签约招商项目46个；争取中央预算内投资资金5.2亿元、专项债券资金31亿元。",
                 "下一步，我们将争取更多专项债券资金，力争全年争取资金40亿元以上。", **PRESS)
    assert [one(found, v).status for v in (5.2, 31)] == ["actual", "actual"]
    assert one(found, 40).status == "target"


def test_a_figure_named_only_by_its_month_is_the_indicator_before_it_in_that_month():
    """…规模以上工业增加值同比增长7.9%；其中，5月当月增长8.4%: the indicator in May; 5月当月实现销售额 after
    商品房销售额 keeps the full name; the month is the period."""
    found = figs("1-5月，全市规模以上工业增加值同比增长7.9%；其中，5月当月增长8.4%。",
                 "全市商品房销售额96.2亿元，下降4.1%。受“五一”假期带动，5月当月实现销售额23.5亿元。",
                 date="2024-06-20", region="云溪市", title="2024年1-5月全市主要经济指标", genre="statistics")
    assert (one(found, 8.4).metric, one(found, 8.4).period) == ("规模以上工业增加值", "2024-05")
    assert (one(found, 23.5).metric, one(found, 23.5).period) == ("商品房销售额", "2024-05")


def test_a_journalists_question_gives_no_timeline_entry():
    """记者：能否介绍一下上半年…的情况？ asks about a period; the answer after it is what the timeline holds."""
    events = events_of("云溪日报记者：能否介绍一下上半年全市项目建设的情况？",
                       "市发展改革委主任李强：好的。6月底，云溪港二期码头工程完成主体工程。",
                       date="2024-07-24", title="云溪市上半年经济运行情况新闻发布会")
    assert [e.date for e in events if "记者" in e.text] == []
    assert [(e.date, e.kind) for e in events if "码头" in e.text] == [("2024-06", "event")]


def test_a_named_projects_total_investment_is_the_projects_size_of_no_year():
    """云溪港二期码头工程总投资32亿元: the project is the subject, 总投资 the metric, no period; a class of projects
    (全市重大项目总投资) stays a dated total (here of the half year the press conference reports)."""
    found = figs("云溪港二期码头工程总投资32亿元，6月底完成主体工程。市中医院新院区项目总投资12.4亿元，计划明年建成。",
                 "全市重大项目总投资2860亿元。", **PRESS)
    assert [(one(found, v).subject, one(found, v).metric, one(found, v).period) for v in (32, 12.4)] == [
        ("云溪港二期码头工程", "总投资", ""), ("市中医院新院区项目", "总投资", "")]
    assert (one(found, 2860).subject, one(found, 2860).period) == ("", "2025-01/2025-06")

"""Periods a figure takes from the text around its sentence (build_tools/extract/figures/carried.py): a heading
reviewing the past five years, a clause repeating the change of the clause before without its years, a 从…看
paragraph breaking down the figures of the paragraph before. Sentences written for the rules; expectations read by
hand from the Chinese."""

from __future__ import annotations

from build_tools.extract.dates import Anchor
from build_tools.extract.figures.carried import breakdown_frame, parallel_span, review_span
from tests.test_figure_attributes import figs, one


def test_review_span_of_a_heading_on_the_past_years():
    assert review_span("一、过去五年工作回顾", Anchor(2023, 1, 10)) == "2018/2022"
    assert review_span("（一）三年来的主要工作成效", Anchor(2024, 2, 1)) == "2021/2023"
    assert review_span("二、今后五年的目标任务", Anchor(2023, 1, 10)) == ""  # (no review: the years ahead)
    assert review_span("一、过去五年工作回顾", Anchor(2022, 10, 20)) == ""  # (later in a year: the year may count)


def test_average_rate_under_a_five_year_review_is_over_the_five_years():
    """城乡居民人均可支配收入年均分别增长…: under 过去五年工作回顾 in a report of February 2023, 2018-2022; a rate
    of one year under the same heading keeps its year, and an average rate under a plan heading is not touched."""
    found = figs("一、过去五年工作回顾", "全市城乡居民人均可支配收入年均分别增长5.9%和8.2%。",
                 "全市规模以上工业增加值增长4.1%。", "二、2023年主要预期目标", "全市地区生产总值年均增长6%左右。",
                 headings={0: 1, 3: 1}, date="2023-02-08", region="栖川市", title="政府工作报告", genre="work-report")
    assert [one(found, v).period for v in (5.9, 8.2)] == ["2018/2022", "2018/2022"]
    assert one(found, 4.1).period == "2022"
    assert one(found, 6).period != "2018/2022"


def test_parallel_clause_repeating_a_change_between_two_years():
    """由2015年的…提高到2020年的…；税收收入由…增加到…，年均增长…: the second clause is between the same years."""
    found = figs("全区财政总收入由2015年的31.4亿元增加到2020年的48.2亿元，年均增长8.9%；"
                 "税收收入由24.5亿元增加到39.7亿元，年均增长10.1%。", date="2021-01-20", region="栖川市")
    assert (one(found, 39.7).period, one(found, 39.7).base_period, one(found, 39.7).base_value) == (
        "2020", "2015", 24.5)
    assert one(found, 10.1).period == "2016/2020"
    assert parallel_span("由2015年的31.4亿元增加到2020年的48.2亿元；", "税收收入由24.5亿元增加到39.7亿元") == (
        "2015", "2020")
    assert parallel_span("由2015年的31.4亿元增加到2020年的48.2亿元。", "税收收入由24.5亿元增加到39.7亿元") is None
    assert parallel_span("由2015年的31.4亿元增加到2020年的48.2亿元；", "税收收入比2019年增长3%") is None


def test_breakdown_paragraph_is_of_the_months_reported_before():
    """今年1—9月，…。 then 分行业看，… and 从企业类型看，…: both of January-September, not the article's month;
    a paragraph of another kind keeps its own reading."""
    found = figs("记者从市统计局获悉，今年1—9月，全市规模以上工业增加值同比增长6.3%。",
                 "分行业看，装备制造业增加值增长11.2%，食品加工业增长4.7%。",
                 "从企业类型看，民营企业增加值增长7.5%。", date="2024-10-25", region="栖川市", genre="news")
    assert [one(found, v).period for v in (6.3, 11.2, 4.7, 7.5)] == ["2024-01/2024-09"] * 4
    assert breakdown_frame("全市上下团结一心，…", [object()]) == []  # type: ignore[list-item]


def test_breakdown_paragraph_naming_its_own_month_is_of_that_month():
    """分行业看，9月份，… after a paragraph ending on 1—9月: the breakdown names September, and its closing sentence
    (上述三个行业合计拉动…) stays of September."""
    found = figs("9月份，全市规模以上工业增加值增长5.1%。1—9月，全市规模以上工业增加值增长6.3%。",
                 "分行业看，9月份，装备制造业增加值增长11.2%。上述行业合计拉动全市规模以上工业增长约2.4个百分点。",
                 date="2024-10-25", region="栖川市", title="2024年9月份栖川市工业经济运行情况", genre="statistics")
    assert [one(found, v).period for v in (11.2, 2.4)] == ["2024-09"] * 2


def test_news_day_before_a_reporters_lead_in_frames_no_figure():
    """7月15日，记者从市水利局获悉，2024年…；…。其中，… : the day the news was reported is no period of its figures; the
    breakdown after the ；-joined sentences is of the year they report (written for the rule, read by hand)."""
    found = figs("7月15日，记者从市水利局获悉，2024年全市用水总量4.62亿立方米，比上年下降1.8%；"
                 "万元地区生产总值用水量28.3立方米，下降4.1%。其中，农业用水量2.71亿立方米，工业用水量0.96亿立方米。",
                 date="2025-07-15", region="栖川市", genre="news")
    assert [one(found, v).period for v in (4.62, 28.3, 2.71, 0.96)] == ["2024"] * 4
    # the lead-in's day still dates a paragraph that names no other time
    found = figs("7月15日，记者从市水利局获悉，全市首座智慧水厂建成投用，日供水能力10万吨。",
                 date="2025-07-15", region="栖川市", genre="news")
    assert one(found, 10).period in ("2025-07-15", "2025")


def test_what_there_is_now_is_of_the_documents_date():
    """现有… (what there is now) in a report of August 2025 is of August 2025, as 目前; 在现有基础上 is no time, and
    年末全县现有… is the year-end's (written for the rule, read by hand)."""
    found = figs("全县现有养老机构23家，床位2860张。", date="2025-08-26", region="栖川县", genre="report",
                 title="关于全县养老服务体系建设情况的报告")
    assert [one(found, v).period for v in (23, 2860)] == ["2025-08"] * 2
    found = figs("要在现有基础上再新增托位500个。", date="2025-08-26", region="栖川县", genre="report",
                 title="关于全县养老服务体系建设情况的报告")
    assert one(found, 500).period != "2025-08"
    found = figs("年末全县现有养老机构23家。", date="2025-03-20", region="栖川县", genre="statistics",
                 title="栖川县2024年国民经济和社会发展统计公报")
    assert one(found, 23).period in ("2024", "2024-12")

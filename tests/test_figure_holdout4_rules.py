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

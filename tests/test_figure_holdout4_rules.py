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

"""Timeline rules added after the twenty-eighth held-out measurement (issue 11/12): the completion report of a
year's livelihood projects; sentences invented for the rules, expectations read by hand."""

from __future__ import annotations

from build_tools.model import Event
from tests.event_docs import timeline


def _events(date: str, title: str, genre: str, *texts: str) -> list[Event]:
    return timeline(*texts, date=date, title=title, genre=genre, reporting="auto")  # (as the pipeline sets it)


def test_a_share_of_the_plan_reached_is_no_word_of_intent():
    """截至2024年12月31日，…全部完成，完成投资12.6亿元，占计划投资的105% in the completion report of 2024: where
    things stood when the year closed (an event); 占计划投资的 names the plan as the whole of a share, no intent."""
    (e,) = _events("2025-01-20", "栖川市2024年为民办实事项目完成情况", "report",
                   "截至2024年12月31日，十项民生实事全部完成，完成投资12.6亿元，占计划投资的105%。")
    assert (e.date, e.kind) == ("2024-12-31", "event")
    (e,) = _events("2025-01-20", "栖川市2024年为民办实事项目完成情况", "report",
                   "2025年，计划实施民生实事项目12项，计划投资15亿元。")
    assert e.kind == "target"


def test_the_year_end_stocks_of_a_management_report_are_no_events():
    """2024年末，全县县属国有企业资产总额…: the reference date of the data of a report on the management of state
    assets in 2024, no dated fact; what the year's reform did in a month (2024年6月，整合组建…) stays an event."""
    title = "柏川县人民政府关于2024年度国有资产管理情况的综合报告"
    assert _events("2025-10-29", title, "report", "2024年末，全县县属国有企业共15户，资产总额286.4亿元。") == []
    (e,) = _events("2025-10-29", title, "report", "2024年6月，整合组建县城投集团、县交投集团2家一级企业。")
    assert (e.date, e.kind) == ("2024-06", "event")

"""Timeline rules added after the thirty-second held-out measurement: a city's flood control and drought relief
summary (the next year's tasks under their heading, a record since a year, a plan's edition) and a county's report on
handling suggestions and proposals; sentences invented for the rules, expectations read by hand."""

from __future__ import annotations

from build_tools.model import Event
from tests.event_docs import timeline

SUMMARY = "岚溪市2024年防汛抗旱工作总结"


def _events(date: str, title: str, *paras: tuple[str, int]) -> list[Event]:
    return timeline(*paras, date=date, title=title, genre="report", reporting="auto")


def test_deadlines_under_the_next_years_tasks_are_that_years_targets():
    """四、2025年工作安排 in a summary of November 2024: 3月底前, 5月底前 are the deadlines of 2025, targets."""
    found = _events("2024-11-20", SUMMARY, ("一、主要工作", 1), ("6月18日启动防汛Ⅳ级应急响应。", 0),
                    ("四、2025年工作安排", 1), ("（一）3月底前修订完善全市防汛应急预案。", 0),
                    ("（二）5月底前完成全市汛前检查。", 0))
    got = {(e.date, e.kind) for e in found}
    assert ("2024-06-18", "event") in got
    assert ("2025-03", "target") in got
    assert ("2025-05", "target") in got


def test_a_heading_of_the_past_years_work_is_no_plan():
    """二、2024年工作开展情况 (not a plan of a later year): its dates stay events of 2024."""
    found = _events("2024-11-20", SUMMARY, ("二、2024年主要工作", 1), ("3月底前完成全市防汛应急预案修订。", 0))
    assert [(e.date, e.kind) for e in found] == [("2024-03", "event")]


def test_a_record_since_a_year_gives_no_period():
    """洪峰水位…为2012年以来最高水位: the day of the peak is the event, the span since 2012 no entry."""
    found = _events("2024-11-20", SUMMARY, ("石门水文站8月2日出现洪峰水位32.5米，为2012年以来最高水位。", 0))
    assert [(e.date, e.kind) for e in found] == [("2024-08-02", "event")]


def test_the_edition_of_a_plan_gives_no_entry():
    found = _events("2024-11-20", SUMMARY, ("依据《岚溪市防汛应急预案》（2023年修订），全年完成病险水库除险加固15座。", 0))
    assert not [e for e in found if e.date.startswith("2023")]


def test_the_years_totals_of_a_handling_report_are_no_event():
    """关于2024年度…建议和…提案办理情况的报告: 2024年，县政府系统共承办…150件 gives the year's totals, no entry; the
    assignment meeting's day stays an event."""
    title = "岚溪县人民政府关于2024年度县人大代表建议和县政协委员提案办理情况的报告"
    found = _events("2024-12-20", title, ("2024年，县政府系统共承办代表建议150件、委员提案201件。", 0),
                    ("2024年3月8日，县政府召开建议提案交办会。", 0))
    assert [(e.date, e.kind) for e in found] == [("2024-03-08", "event")]

"""Timeline rules added after the twenty-fifth held-out measurement (issue 11/12): the schedule of a recruitment
notice (windows with clock times, birth-date bounds of its conditions) and the frame sentence of a five-year plan;
sentences invented for the rules, expectations read by hand."""

from __future__ import annotations

from build_tools.model import Event
from tests.event_docs import timeline


def _events(date: str, title: str, genre: str, *texts: str) -> list[Event]:
    return timeline(*texts, date=date, title=title, genre=genre)


def _notice(*texts: str) -> list[Event]:
    return _events("2025-09-10", "柏川县2025年公开招聘社区工作者公告", "announcement", *texts)


def test_a_window_of_a_schedule_with_clock_times_is_a_period():
    """报名时间：2025年9月15日8:30至9月19日18:00: the window from the first day to the last (the clock time between
    the two days does not break the range), a period of the schedule, not a target on its last day."""
    (e,) = _notice("报名时间：2025年9月15日8:30至9月19日18:00。")
    assert (e.date, e.kind) == ("2025-09-15/2025-09-19", "period")
    (e,) = _notice("资格审查时间为2025年10月9日至10月10日。")
    assert (e.date, e.kind) == ("2025-10-09/2025-10-10", "period")
    # a single day still to come stays a target; a span a plan sets to work over, with no slot named, too
    (e,) = _notice("笔试时间：2025年10月18日上午9:00—11:30。")
    assert (e.date, e.kind) == ("2025-10-18", "target")
    (e,) = _notice("2026年至2027年，全县将新建社区服务中心8个。")
    assert e.kind == "target"


def test_a_birth_date_bound_and_a_plans_frame_are_no_events():
    """（1988年9月10日以后出生） bounds who may apply; 规划基准年为2025年，规划期为2026—2030年，展望到2035年 states the
    plan's frame: neither is an entry. A dated target of the plan stays."""
    assert _notice("年龄为18周岁以上、37周岁以下（1988年9月10日以后出生）。") == []
    plan = ("2026-03-20", "栖川市“十五五”水生态环境保护规划", "plan")
    assert _events(*plan, "规划基准年为2025年，规划期为2026—2030年，展望到2035年。") == []
    (e,) = _events(*plan, "到2028年，全市城市黑臭水体全面消除。")
    assert (e.date, e.kind) == ("2028", "target")


def test_a_year_before_an_action_on_a_plan_dates_the_action():
    """2027年开展规划中期评估，2029年开展总结评估: each year dates what is done in it (规划 after the verb is its object,
    not a report the year names); 2027年全国…评估报告 still names a report."""
    plan = ("2026-03-20", "栖川市“十五五”水生态环境保护规划", "plan")
    found = _events(*plan, "建立评估机制，2027年开展规划中期评估，2029年开展规划总结评估。")
    assert [(e.date, e.kind) for e in found] == [("2027", "target"), ("2029", "target")]
    assert _events(*plan, "参照2027年全国水生态环境质量评估报告的方法。") == []

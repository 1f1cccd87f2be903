"""Timeline rules added after the thirty-first held-out measurement: a county's publicity notice of its territorial
spatial master plan (the publicity window, the plan's span and horizon) and a city's monitoring report on its women's
development programme (the year's place in the programme, the year's statistics); sentences invented for the rules,
expectations read by hand."""

from __future__ import annotations

from build_tools.model import Event
from tests.event_docs import timeline


def _events(date: str, title: str, genre: str, *texts: str) -> list[Event]:
    return timeline(*texts, date=date, title=title, genre=genre, reporting="auto")


def _plan(*texts: str) -> list[Event]:
    return _events("2024-11-05", "《青禾县国土空间总体规划（2021—2035年）》批前公示", "notice", *texts)


def _monitor(*texts: str) -> list[Event]:
    return _events("2025-09-30", "岚川市儿童发展规划（2021—2030年）2024年实施情况统计监测报告", "report", *texts)


def test_the_plan_span_and_horizon_are_its_frame_the_publicity_window_a_period():
    assert _plan("规划期限为2021年至2035年，远景展望到2050年。") == []
    (e,) = _plan("公示时间为2024年11月5日至2024年12月4日，共30天。")
    assert (e.date, e.kind) == ("2024-11-05/2024-12-04", "period")
    (goal,) = _plan("到2035年，全县常住人口城镇化率达到62%左右。")
    assert (goal.date, goal.kind) == ("2035", "target")


def test_the_year_s_place_in_a_programme_and_its_statistics_are_no_events():
    """2024年是《…》实施的第四年: the frame of the report; 2024年，全市婴儿死亡率为…: a statistic of the year reported on;
    a meeting of that year and a goal ahead stay."""
    assert _monitor("2024年是《岚川市儿童发展规划（2021—2030年）》实施的第四年。") == []
    assert _monitor("2024年，全市婴儿死亡率为3.1‰，比上年下降0.2个千分点。") == []
    (meeting,) = _monitor("2024年8月，市政府召开全市妇女儿童工作会议。")
    assert (meeting.date, meeting.kind) == ("2024-08", "event")
    (goal,) = _monitor("力争到2026年全部监测指标达到目标值。")
    assert (goal.date, goal.kind) == ("2026", "target")

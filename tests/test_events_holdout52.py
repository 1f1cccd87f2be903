"""Timeline rules added after the fifty-second held-out measurement: a water resources bulletin (a rain process over
days) and an urgent heavy-rain notice (a forecast window of days without their month); sentences invented for the
rules, expectations read by hand."""

from __future__ import annotations

from build_tools.model import Event
from tests.event_docs import timeline


def _bulletin(*texts: str) -> list[Event]:
    return timeline(*texts, date="2025-07-15", title="2024年青禾市水资源公报", genre="report")


def _urgent(*texts: str) -> list[Event]:
    return timeline(*texts, date="2026-07-02", title="关于切实做好当前强降雨防范应对工作的紧急通知", genre="notice")


def test_what_occurred_over_days_is_an_event():
    """7月3日至5日全市出现一次强降雨过程: a rain that happened over the span (event), not a span of time."""
    (e,) = _bulletin("7月3日至5日全市出现一次强降雨过程，过程平均降水量98.1毫米。")
    assert (e.date, e.kind) == ("2024-07-03/2024-07-05", "event")


def test_a_forecast_window_of_days_is_a_future_item():
    """预计2日夜间至4日我县将出现强降雨过程: 2-4 July of the notice's month, still to come, an outlook of the weather
    (forecast, since 2026-12-07; before, target: no one's goal); a window of every month (每月1日至10日) is no date."""
    (e,) = _urgent("预计2日夜间至4日我县将出现一次强降雨过程。")
    assert (e.date, e.kind) == ("2026-07-02/2026-07-04", "forecast")
    assert _urgent("各乡镇每月1日至10日报送上月巡查情况。") == []

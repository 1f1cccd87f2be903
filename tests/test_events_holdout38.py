"""Timeline rules added after the thirty-eighth held-out measurement: a notice of spot check results whose lead says
the check was carried out over some months; sentences invented for the rules, expectations read by hand."""

from __future__ import annotations

from build_tools.model import Event
from tests.event_docs import timeline


def _events(date: str, title: str, *texts: str, genre: str = "notice") -> list[Event]:
    return timeline(*texts, date=date, title=title, genre=genre)


def test_an_action_done_over_a_span_after_yu_is_an_event_of_the_span():
    """我局于2026年3月至5月组织开展了…抽查: the check was done over those months, an event, not a span of time."""
    (e,) = _events("2026-06-15", "栖川市市场监督管理局关于食品相关产品质量监督抽查结果的通告",
                   "我局于2026年3月至5月组织开展了食品相关产品质量监督抽查。")
    assert (e.date, e.kind) == ("2026-03/2026-05", "event")


def test_a_span_without_an_action_done_in_it_stays_a_period():
    """2026年1月至5月，全市…: the cumulative months of a statistic, a period."""
    (e,) = _events("2026-06-15", "2026年1—5月栖川市工业运行情况",
                   "2026年1月至5月，全市规模以上工业增加值同比增长6.1%。", genre="statistics")
    assert (e.date, e.kind) == ("2026-01/2026-05", "period")

"""Timeline rules added after the thirty-fourth held-out measurement: a bureau's summary of a past year and plan for
the next (a review headed …完成情况), a statistics release of cumulative months; sentences invented for the rules,
expectations read by hand."""

from __future__ import annotations

from build_tools.model import Event
from tests.event_docs import timeline


def _events(date: str, title: str, *texts: str, headings: dict[int, int] | None = None) -> list[Event]:
    return timeline(*[(t, (headings or {}).get(i, 0)) for i, t in enumerate(texts)], date=date, title=title,
                    genre="report")


def test_a_bare_month_under_a_past_year_s_completion_heading_is_that_year_s():
    """一、2025年就业工作完成情况 in January 2026: 6月，举办… is an event of June 2025, not a target of June 2026."""
    (e,) = _events("2026-01-12", "岑河县人力资源和社会保障局2025年工作总结和2026年工作计划",
                   "一、2025年就业工作完成情况", "6月，成功举办岑河县第二届返乡创业大赛。", headings={0: 1})
    assert (e.date, e.kind) == ("2025-06", "event")

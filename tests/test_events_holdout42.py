"""Timeline rules added after the forty-second held-out measurement: a land survey communiqué whose lead dates the
survey's start and names its standard time point; sentences invented for the rules, expectations read by hand."""

from __future__ import annotations

from build_tools.model import Event
from tests.event_docs import timeline


def _events(date: str, title: str, *texts: str) -> list[Event]:
    return timeline(*texts, date=date, title=title, genre="statistics")


def test_a_standard_time_after_a_dated_start_is_no_event():
    """于2018年10月启动…调查，以2019年12月31日为标准时点，全面查清了…: the survey started in October 2018 (an event);
    the standard time is the moment its data describe, no second entry."""
    found = _events("2022-02-20", "栖川市第三次全国国土调查主要数据公报",
                    "栖川市于2018年10月启动第三次全国国土调查，以2019年12月31日为标准时点，全面查清了全市国土利用状况。")
    assert [(e.date, e.kind) for e in found] == [("2018-10", "event")]


def test_a_census_taken_at_its_standard_time_stays_an_event():
    """以2023年12月31日为标准时点，开展了第五次全国经济普查 (no other date): the day the census was taken, as before."""
    found = _events("2025-03-10", "栖川市第五次全国经济普查公报（第一号）",
                    "根据国务院统一部署，我市以2023年12月31日为标准时点，开展了第五次全国经济普查。")
    assert [(e.date, e.kind) for e in found] == [("2023-12-31", "event")]

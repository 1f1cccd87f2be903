"""Timeline rules added after the thirty-third held-out measurement (a city finance bureau's January-November fiscal
release): a month characterised and the year a task prepares for are no entries; sentences invented for the rules,
expectations read by hand."""

from __future__ import annotations

from build_tools.model import Event
from tests.event_docs import timeline


def _events(*texts: str) -> list[Event]:
    return timeline(*texts, date="2025-11-18", title="2025年1-10月全市财政收支情况", genre="statistics")


def test_a_month_characterised_is_no_event():
    """11月是全年组织收入的关键时期: what the month is, no dated fact; 11月底前完成…拨付 stays."""
    assert _events("11月是全年组织收入的关键时期。") == []
    assert _events("12月是全年收支的收官之月。") == []
    (e,) = _events("各地要于11月底前完成资金拨付。")
    assert e.date == "2025-11"


def test_the_year_a_task_prepares_for_is_no_date():
    """为2026年预算编制打好基础: the year the work prepares for; 2026年3月底前完成 stays."""
    assert [e for e in _events("加快预算执行，为2026年预算编制和执行打好基础。") if e.date.startswith("2026")] == []
    (e,) = _events("各部门要于2026年3月底前完成绩效自评，为2026年预算编制提供依据。")
    assert e.date == "2026-03"

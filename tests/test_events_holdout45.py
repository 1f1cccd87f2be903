"""Timeline rules added after the forty-fifth held-out measurement: implementing rules for attracting talent (the
cut-off date of a definition); sentences invented for the rules, expectations read by hand."""

from __future__ import annotations

from build_tools.model import Event
from tests.event_docs import timeline


def _events(*texts: str) -> list[Event]:
    return timeline(*texts, date="2025-11-20", title="栖川市高层次人才引进实施办法", genre="regulation")


def test_the_cut_off_date_of_a_definition_is_no_event():
    """本办法所称新引进人才，是指2026年1月1日以后…签订劳动合同的人才: the date bounds who is defined, nothing happens
    on it; the entry into force (自2026年1月1日起施行) stays, a date still to come."""
    assert _events("本办法所称新引进人才，是指2026年1月1日以后与本市用人单位签订劳动合同的各类人才。") == []
    (e,) = _events("本办法自2026年1月1日起施行，有效期3年。")
    assert (e.date, e.kind) == ("2026-01-01", "target")

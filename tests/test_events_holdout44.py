"""Timeline rules added after the forty-fourth held-out measurement: a people's congress standing committee's work
report (a regulation approved and then in force) and a market entities report (its notes on the data); sentences
invented for the rules, expectations read by hand."""

from __future__ import annotations

from build_tools.model import Event
from tests.event_docs import timeline


def _doc(*texts: str, title: str = "栖川市人民代表大会常务委员会工作报告", date: str = "2025-12-20") -> list[Event]:
    return timeline(*texts, date=date, title=title, genre="report")


def test_a_regulation_approved_and_then_in_force_gives_two_entries():
    """…于9月26日经省人大常委会批准，自2025年11月1日起施行: the approval and the entry into force, each dated."""
    found = _doc("《栖川市养犬管理条例》于9月26日经省人大常委会批准，自2025年11月1日起施行。")
    assert [(e.date, e.kind) for e in found] == [("2025-09-26", "event"), ("2025-11-01", "event")]
    assert all(e.text.startswith("《栖川市养犬管理条例》") for e in found)  # (each entry names the law)
    # (a single entry into force stays one entry)
    (e,) = _doc("《栖川市养犬管理条例》自2025年11月1日起施行。")
    assert e.date == "2025-11-01"


def test_the_numbered_notes_on_the_data_give_no_entry():
    """说明：1.本文数据来源于…，统计截至2025年12月31日: a note on the data itself, as 说明：本…."""
    assert _doc("说明：1.本文数据来源于全市经营主体登记注册系统，统计截至2025年12月31日。",
                title="2025年全市经营主体发展情况", date="2026-01-18") == []

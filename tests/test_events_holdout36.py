"""Timeline rules checked after the thirty-sixth held-out measurement (a supervision office's circular): a
rectification deadline and the office's follow-up in the next paragraph are two entries; sentences invented for the
rules, expectations read by hand."""

from __future__ import annotations

from build_tools.clean import clean
from build_tools.model import Event
from tests.event_docs import timeline


def _events(*texts: str) -> list[Event]:
    blocks = clean("\n\n".join(texts) + "\n").blocks
    return timeline(*[b.text for b in blocks], date="2025-07-18", genre="bulletin",
                    title="澜北市人民政府督查室关于2025年1—6月全市重点项目建设推进情况的督查通报")


def test_a_deadline_and_the_follow_up_heading_the_next_paragraph_are_two_entries():
    """…于2025年8月1日前将整改情况书面报送市政府督查室。 | 市政府督查室将于8月上旬…开展“回头看”: the office is
    named twice (no page-break overlap), each paragraph gives its date."""
    found = _events("被通报批评的青石县要认真分析原因，于2025年8月1日前将整改情况书面报送市政府督查室。",
                    "市政府督查室将于8月上旬对整改落实情况开展“回头看”。")
    assert sorted((e.date, e.kind) for e in found) == [("2025-08", "target"), ("2025-08-01", "target")]

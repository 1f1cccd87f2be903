"""Timeline rule extended after the twenty-second held-out measurement (issue 11/12): a yearly bulletin of a field
(水资源公报, a report by kind) reports statistics as a communiqué does, its sentences opening with the year
before 全市 (2024年全市…) included; sentences invented for the rule, expectations read
by hand."""

from __future__ import annotations

from build_tools.extract.events import extract_events
from build_tools.model import Document, Event, Metadata, Paragraph


def _events(genre: str, title: str, *texts: str) -> list[Event]:
    paras = [Paragraph(id=f"p{i}", text=t) for i, t in enumerate(texts)]
    doc = Document(id="d", title=title, date="2025-07-08", genre=genre, paragraphs=paras, reporting_period="2024")
    return extract_events(doc, Metadata(date="2025-07-08"))


def test_a_yearly_field_bulletin_states_data_no_dated_facts():
    title = "梧岭市2024年水资源公报"
    assert _events("report", title, "2024年全市用水总量9.86亿立方米，比上年减少0.12亿立方米。") == []
    # the same sentence in a report that is no yearly bulletin stays on the timeline
    (e,) = _events("report", "梧岭市水利局关于水资源管理工作情况的报告", "2024年全市用水总量9.86亿立方米。")
    assert e.date == "2024"
    # what was achieved in the year stays an event
    (e,) = _events("report", title, "2024年全市建成节水型社会示范区2个。")
    assert e.date == "2024"


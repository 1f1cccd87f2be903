"""A document made of invented paragraphs, and its timeline: the one helper of the timeline rule tests."""

from __future__ import annotations

from build_tools.extract.events import extract_events
from build_tools.extract.reporting import reporting_period
from build_tools.model import Document, Event, Metadata, Paragraph

# a body paragraph's text, or a (text, heading level) pair
Para = str | tuple[str, int]


def timeline(*paragraphs: Para, date: str, title: str = "", genre: str = "", reporting: str | None = None,
             region: str = "") -> list[Event]:
    """The timeline of a document of ``paragraphs`` published on ``date`` (a heading's role is "heading", as the
    structure stage sets it). ``reporting``: None leaves the document's reporting period unset, "auto" reads it from
    the document as the pipeline does (``region`` for that reading), any other value sets it."""
    paras = []
    for i, para in enumerate(paragraphs):
        text, level = (para, 0) if isinstance(para, str) else para
        paras.append(Paragraph(id=f"p{i}", text=text, heading=level, role="heading" if level else "body"))
    doc = Document(id="d", title=title, date=date, genre=genre, paragraphs=paras)
    if reporting == "auto":
        doc.reporting_period = reporting_period(doc, Metadata(date=date, region=region) if region else
                                                Metadata(date=date))
    elif reporting is not None:
        doc.reporting_period = reporting
    return extract_events(doc, Metadata(date=date))

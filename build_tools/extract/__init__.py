"""Stage 4: figures, events and summaries, each read from the structured model."""

from __future__ import annotations

from ..model import Source
from .events import extract_events
from .figures import extract_figures
from .reporting import reporting_period
from .summary import summarize


def run(source: Source) -> Source:
    for doc in source.documents:
        doc.reporting_period = reporting_period(doc, source.meta)  # read by figures and events
        doc.figures = extract_figures(doc, source.meta)
        doc.events = extract_events(doc, source.meta)
        doc.summary = summarize(doc)
    return source

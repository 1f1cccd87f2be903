"""Stage 4: figures, events and summaries, each read from the structured model."""

from __future__ import annotations

from ..model import Source
from .events import extract_events
from .figures import extract_figures
from .summary import summarize


def run(source: Source) -> Source:
    for doc in source.documents:
        doc.figures = extract_figures(doc, source.meta)
        doc.events = extract_events(doc, source.meta)
        doc.summary = summarize(doc)
    return source

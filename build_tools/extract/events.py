"""Dated statements (events) for timelines."""

from __future__ import annotations

from ..model import Document, Event, Metadata


def extract_events(doc: Document, meta: Metadata) -> list[Event]:
    return []

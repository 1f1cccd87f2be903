"""Extractive summaries."""

from __future__ import annotations

from ..model import Document


def summarize(doc: Document) -> list[str]:
    return []

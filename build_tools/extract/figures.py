"""Quantitative facts (figures) from a document's paragraphs."""

from __future__ import annotations

from ..model import Document, Figure, Metadata


def extract_figures(doc: Document, meta: Metadata) -> list[Figure]:
    return []

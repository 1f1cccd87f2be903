"""The Traditional Chinese version of a document: every text of the page converted with OpenCC."""

from __future__ import annotations

from ..model import Document, DocumentTranslation, TranslatedText
from .hant import to_hant
from .memory import text_hash


def _converted(text: str) -> TranslatedText:
    return TranslatedText(to_hant(text), "converted", text_hash(text))


def traditional_document(doc: Document) -> DocumentTranslation:
    """Title, paragraphs, summary, figure rows (the figure's source span) and events, all converted."""
    return DocumentTranslation(
        "zh-Hant",
        _converted(doc.title),
        {p.id: _converted(p.text) for p in doc.paragraphs},
        [_converted(s) for s in doc.summary],
        [_converted(f.text or f.sentence) for f in doc.figures],
        [_converted(e.text) for e in doc.events],
    )

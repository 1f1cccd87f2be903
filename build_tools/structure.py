"""Stage 3: documents, headings and metadata (placeholder)."""

from __future__ import annotations

from .model import Block, Document, Paragraph, Source


def build(source: Source, blocks: list[Block]) -> Source:
    doc = Document(id=source.slug, title=source.meta.title or blocks[0].text, date=source.meta.date)
    for i, b in enumerate(blocks, 1):
        doc.paragraphs.append(Paragraph(id=f"p{i}", text=b.text, lines=b.lines))
    source.documents = [doc]
    return source

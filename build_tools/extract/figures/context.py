"""What the figure rules know about the document: its date, region, plan genre and headings."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Document, Metadata, Paragraph
from ..dates import Anchor
from .vocab import _HEADING_MARK, _NOT_PLAN_TITLE, _PLAN_TITLE

# --------------------------------------------------------------------------------------------------------------
# Document context


@dataclass
class _Ctx:
    anchor: Anchor
    anchor_iso: str
    year: str
    regions: tuple[str, ...]
    plan_doc: bool


def _context(doc: Document, meta: Metadata) -> _Ctx:
    date = doc.date or meta.date or ""
    anchor = Anchor.from_iso(date)
    regions: list[str] = []
    for r in (meta.region, doc.issuer.split("人民政府")[0] if doc.issuer else ""):
        r = (r or "").strip()
        if len(r) >= 2 and r not in regions:
            regions.append(r)
    title = doc.title if not doc.title_inferred else ""
    plan = (bool(_PLAN_TITLE.search(title)) and not _NOT_PLAN_TITLE.search(title)) or doc.genre in ("plan", "work-plan")
    return _Ctx(anchor=anchor, anchor_iso=date, year=str(anchor.year) if anchor.year else "",
                regions=tuple(sorted(regions, key=len, reverse=True)), plan_doc=plan)


def _heading_level(p: Paragraph) -> int:
    if p.heading:
        return p.heading
    text = p.text.strip()
    m = _HEADING_MARK.match(text)
    if m and len(text) <= 40 and not re.search(r"[。；]", text[:-1]):
        mark = m.group()
        return 1 if "、" in mark and not mark.strip()[0].isdigit() else (2 if mark.strip()[0] in "（(" else 3)
    return 0


def _iso_last(iso: str) -> str:
    return iso.split("/")[-1]


def _before(iso: str, anchor: str) -> bool:
    """The date ends strictly before the anchor (comparing ISO prefixes)."""
    if not iso or not anchor:
        return False
    a, b = _iso_last(iso), anchor
    n = min(len(a), len(b))
    return a[:n] < b[:n]

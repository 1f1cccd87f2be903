"""Shared checks on a processed source: no content line lost, no sentence duplicated."""

from __future__ import annotations

import re
from collections import Counter

from build_tools.ingest import decode_bytes
from build_tools.model import Source

CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
FOLD = str.maketrans({",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）",
                      "\u3000": "", " ": "", "\t": "", "\n": "", "\r": ""})


def _cjk(text: str) -> int:
    return len(re.findall(f"[{CJK}]", text))


def lost_lines(src: Source, raw_bytes: bytes, name: str) -> list[str]:
    """Raw lines (8+ Chinese characters) found neither in the output nor inside a recorded removal.

    The output is every document's title, subtitle, byline, issuer/letterhead, document number and paragraphs
    (table cells included); removals are the report's 'removed' actions and page-break overlaps."""
    stream = "".join(d.title + d.subtitle + d.byline + d.issuer + "文件" + d.doc_number
                     + "".join("".join(c for r in p.cells for c in r) or p.text for p in d.paragraphs)
                     for d in src.documents).translate(FOLD)
    gone = [a.text.translate(FOLD) for a in src.report if a.action == "removed" or a.rule == "dedupe.overlap"]
    gone = [r for r in gone if _cjk(r) >= 3]
    lost = []
    for line in decode_bytes(raw_bytes, name).text.split("\n"):
        for piece in re.split("\u3000{2,}", line):
            piece = piece.translate(FOLD)
            if _cjk(piece) < 8 or any(piece.strip("。！？；") in r for r in gone):
                continue
            for r in gone:
                piece = piece.replace(r, "")
            piece = piece.strip("。！？；")
            if _cjk(piece) >= 8 and piece not in stream:
                lost.append(piece)
    return lost


def duplicated_sentences(src: Source) -> list[str]:
    text = "".join(p.text for d in src.documents for p in d.paragraphs)
    sentences = [s for s in re.split(r"(?<=[。！？；])", text) if len(s) >= 12]
    return [s for s, n in Counter(sentences).items() if n > 1]

"""A Simplified-script view of a document written in Traditional characters, for the English templates.

The glossary, the metric grammar and the title frames are written in Simplified Chinese; a bulletin published in
Traditional characters (a Hong Kong release, a Taiwanese reprint) would otherwise miss every one of them
(規模以上工業增加值 is 规模以上工业增加值). ``simplified_view(doc)`` returns a copy of the document with its Chinese
converted by OpenCC's ``t2s`` (character and phrase conversion to Mainland Simplified), or the document itself
when it is already Simplified. Only the English is derived from the view: reviewed translations are still matched
on the original text, and the pages show the original.

Simplified text is left alone: a document counts as Traditional only when converting changes at least
``MIN_CHANGED_SHARE`` of its Han characters (a Simplified text changes almost none).
"""

from __future__ import annotations

import copy
import dataclasses
import re
from functools import lru_cache
from typing import Any

import opencc

from ..model import Document

MIN_CHANGED_SHARE = 0.05
HAN_RE = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_hans(text: str) -> str:
    """Simplified Chinese for a Traditional Chinese text (same length for the characters that map one to one)."""
    return _converter().convert(text) if text else text


def is_traditional(text: str) -> bool:
    """True if converting to Simplified changes at least MIN_CHANGED_SHARE of the Han characters."""
    han = HAN_RE.findall(text)
    if not han:
        return False
    converted = to_hans(text)
    if len(converted) != len(text):
        return True
    changed = sum(1 for a, b in zip(text, converted, strict=True) if a != b)
    return changed / len(han) >= MIN_CHANGED_SHARE


def _convert(value: Any) -> Any:
    if isinstance(value, str):
        return to_hans(value)
    if isinstance(value, list):
        return [_convert(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_convert(v) for v in value)
    if isinstance(value, dict):
        return {k: _convert(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            if f.name not in ("id", "paragraph", "translations"):  # ids and references stay as they are
                setattr(value, f.name, _convert(getattr(value, f.name)))
    return value


def simplified_view(doc: Document) -> Document:
    """``doc`` itself if its text is Simplified, else a converted copy (translations left out)."""
    sample = doc.title + "".join(p.text for p in doc.paragraphs[:20])
    if not is_traditional(sample):
        return doc
    view = copy.deepcopy(dataclasses.replace(doc, translations={}))
    return _convert(view)

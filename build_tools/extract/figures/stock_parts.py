"""Parts of a stock held at a year's end, in a later paragraph that does not date them (used by
:func:`.extract_figures`).

* A paragraph opening with the stock it breaks down (企业中，私营企业15.28万户，占企业总数的93.1%) is of that stock's
  year end (截至2025年12月末，…企业16.42万户 in a paragraph before), not of the year.
* Counts whose values add up to a stock stated at a year's end, of the same noun (从产业分布看，第一产业经营主体
  2.35万户…；第二产业…6.92万户…；第三产业…49.36万户 after 实有经营主体58.63万户 at 2025-12) are its breakdown: of
  that year end, with the shares their sentences give them.
"""

from __future__ import annotations

import re

from ...model import Figure

_OF_WHOLE = re.compile(r"^(?P<whole>[\u4e00-\u9fff]{1,8})中[，,]")
_YEAR_END = re.compile(r"\d{4}-12")
_STOCK_WORD = re.compile(r"^(?:实有|现有|全市|全县|全区)")


def _stocks(figures: list[Figure], upto: int) -> list[Figure]:
    return [g for g in figures[:upto] if g.kind in ("level", "count") and _YEAR_END.fullmatch(g.period)
            and g.edge == "end"]


def _hold(parts: list[Figure], figures: list[Figure], at: str) -> None:
    sentences = {f.sentence for f in parts}
    for f in figures:
        if f.sentence in sentences and f.period == at[:4] and f.kind in ("level", "count", "share"):
            f.period, f.edge = at, "end"


def hold_stock_parts(figures: list[Figure], texts: dict[str, str]) -> None:
    """Date the undated parts of a year-end stock (see the module docstring); ``texts``: paragraph id -> text."""
    paragraphs: dict[str, list[int]] = {}
    for i, f in enumerate(figures):
        paragraphs.setdefault(f.paragraph, []).append(i)
    for pid, indexes in paragraphs.items():
        first = indexes[0]
        stocks = _stocks(figures, first)
        if not stocks:
            continue
        own = [figures[i] for i in indexes]
        year = stocks[-1].period[:4]
        whole = _OF_WHOLE.match(texts.get(pid, ""))
        named = [g for g in stocks if whole and g.metric == whole.group("whole")]
        if named:  # (only the sentence the whole opens: the paragraph's later sentences may date their own)
            _hold([f for f in own if f.sentence.startswith(whole.group())], figures, named[-1].period)
            continue
        if any(f.period != year for f in own if f.kind != "growth"):
            continue  # (the paragraph dates its own figures)
        for g in reversed(stocks):
            noun = _STOCK_WORD.sub("", g.metric)
            parts = [f for f in own if f.kind in ("level", "count") and f.unit == g.unit and len(noun) >= 2
                     and f.metric.endswith(noun) and f.metric != g.metric]
            if len(parts) >= 2 and abs(sum(f.value for f in parts) - g.value) <= 0.005 * g.value:
                _hold(parts, figures, g.period)
                break

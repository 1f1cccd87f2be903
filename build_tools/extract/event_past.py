"""Dates already past when a document is read (events.py): a span that ended before its day is an act done over it
(10月20日至11月10日，…开展秋粮收购专项检查 in December), and a deadline past (至年底, 年内 in a bulletin of the year
after) after the day opening a sentence bounds a count since that day."""

from __future__ import annotations

import re

from .dates import Anchor, DateMatch

# (10月20日至11月10日，市粮食局联合…开展秋粮收购专项检查 in December: the act, over a span already ended; with 了,
# 2025年4月7日至5月30日，巡察组对…开展了常规巡察, done whenever the document is read: SPAN_THEN_DONE)
_SPAN_THEN = r"[，,][^，,；;。]{0,60}?(?:开展|进行|实施|举办"
SPAN_THEN_ACT = re.compile(_SPAN_THEN + r"|组织)")
SPAN_THEN_DONE = re.compile(_SPAN_THEN + r")了")


def ended(m: DateMatch, anchor: Anchor) -> bool:
    """The span of ``m`` ended before the document's day."""
    return None not in (anchor.year, anchor.month, anchor.day) and \
        m.last < f"{anchor.year:04d}-{anchor.month:02d}-{anchor.day:02d}"


def past_after_day(m: DateMatch, best: dict[tuple[int, int], DateMatch], anchor: Anchor) -> bool:
    """6月18日，…博物馆建成开放，至年底接待观众21.7万人次 in a bulletin of the next year: a deadline already past, in a
    clause after the day that opens the sentence, bounds a count since that day; the day dates the act."""
    if anchor.year is None:
        return False
    # (a document anchored on a year alone reports that year: its deadlines are past as it is read)
    end = m.last if len(m.last) >= 7 else m.last[:4] + "-12"  # (年内: to the year's end)
    past = end[:7] <= f"{anchor.year:04d}-{anchor.month:02d}" if anchor.month else end[:4] <= str(anchor.year)
    return past and any(
        c[0] == 0 and d is not m and d.kind == "point" and d.precision == "day" for c, d in best.items())

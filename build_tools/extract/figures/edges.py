"""Stocks at the edge of a period (issue 11, period): 年末全市户籍人口120.5万人 is the population at the end of 2024,
not in December 2024; 年初 is the start of the year. The date that dated the figure is found again in its sentence,
else earlier in its paragraph (年末…养老机构186个。…。全市共有社区养老服务设施1264个), else in the caption before a
table (表1 2024年末全市…), else in the nearest earlier paragraph naming that month (a period carried from a section's
opening); its :attr:`DateMatch.edge` becomes the figure's ``edge``. A figure of a whole month (12月份, 2024年12月)
keeps ``edge`` empty. A day a count is taken at (截至11月30日，累计发放…, 截止2025年6月30日，全市实有企业…) is
``asof``: the figure is the total at that day, not of that day; an estimate after it (预计全年…) is of the year.
A year-end no paragraph names is the reporting period's when that is a census's year-end
standard time (以2023年12月31日为标准时点: the reporting period ``2023-12``)."""

from __future__ import annotations

import re

from ...model import Document, Figure
from ..dates import Anchor, DateMatch, find_dates

_MONTH = re.compile(r"\d{4}-\d{2}")
_SINCE_LAST_YEAR_END = re.compile(r"[比较]上年[末底]")
_OWN_YEAR = re.compile(r"\d{4}|[〇零一二三四五六七八九]{4}|[今去明前上本次翌同]年")
_BALANCE = re.compile(r"(期初|期末)(?:余额|结余|数|结存)")
_STANDARD_YEAR_END = re.compile(r"12月31日(?:零时|24时)?为(?:普查|调查)?的?标准时")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_AS_OF = re.compile(r"^(?:截至|截止|截到)")


def _as_of(dates: list[DateMatch], period: str) -> bool:
    """The figure's day is named after 截至/截止 (截至11月30日，全县累计…): a total at that day."""
    return any(d.iso == period and _AS_OF.match(d.text) for d in dates)


def _same(d: DateMatch, period: str) -> bool:
    """``d`` names the figure's period: the same month, or a 年末 of no year of its own (a work report's 年末 is the
    year it reviews, which the figure's period already says, while the anchor is the report's own year)."""
    if d.iso == period:
        return True
    return bool(d.edge) and d.iso[4:] == period[4:] and not _OWN_YEAR.search(d.text)


def _edge_of(dates: list[DateMatch], period: str, before: int | None = None) -> str | None:
    """The edge of the last of ``dates`` (starting before ``before``) that is the figure's period; None when none is."""
    found = [d for d in dates if _same(d, period) and (before is None or d.start < before)]
    return found[-1].edge if found else None


def mark_edges(figures: list[Figure], doc: Document, anchor: Anchor) -> None:
    """Set ``edge`` on the figures dated by the end or start of a period (see the module docstring). Each
    paragraph's dates are read once, whatever the number of figures looking back at it."""
    index_of = {p.id: i for i, p in enumerate(doc.paragraphs)}
    read: dict[int, list[DateMatch]] = {}

    def dates_of(i: int) -> list[DateMatch]:
        if i not in read:
            read[i] = find_dates(doc.paragraphs[i].text, anchor)
        return read[i]

    opening = None  # whether the opening names a year-end standard time (a census), read once if needed
    for f in figures:
        if _DAY.fullmatch(f.period or ""):
            own = find_dates(f.sentence, anchor)
            if f.status == "forecast" and not any(d.iso == f.period for d in own):
                f.period, f.edge = f.period[:4], ""  # 截至11月15日…。预计全年收购总量将达到18万吨: the year's estimate
                continue
            f.edge = "asof" if _as_of(own, f.period) else ""
            continue
        if not _MONTH.fullmatch(f.period or ""):
            continue
        at = f.sentence.find(f.text) if f.text else -1
        own = find_dates(f.sentence, anchor)
        edge = _edge_of(own, f.period, at if at >= 0 else None)
        index = index_of.get(f.paragraph)
        if edge is None and index is not None:
            start = doc.paragraphs[index].text.find(f.sentence) if f.sentence else -1
            if start > 0:  # earlier in the paragraph
                edge = _edge_of(dates_of(index), f.period, start)
            for earlier in range(index - 1, -1, -1):  # the nearest earlier paragraph naming the month (a caption)
                if edge is not None:
                    break
                edge = _edge_of(dates_of(earlier), f.period)
        if edge is None and f.period.endswith("-12") and _SINCE_LAST_YEAR_END.search(f.sentence):
            edge = "end"  # 总数达到1248家，比上年末净增157家: the level at this year's end
        if edge is None and f.period.endswith("-12") and f.period == doc.reporting_period:
            if opening is None:
                opening = bool(_STANDARD_YEAR_END.search(" ".join(p.text for p in doc.paragraphs[:3])))
            edge = "end" if opening else None
        if edge is None and f.period == f"{doc.reporting_period}-12" and f.kind != "growth" and not any(
                d.precision == "month" and d.iso == f.period for d in own):
            edge = "end"  # 全市共有幼儿园412所 in a bulletin on 2025 written after it: the stock at the year's end
        if edge is None and "/" in (doc.reporting_period or ""):
            balance = _BALANCE.search(f.sentence[:at] if at > 0 else f.sentence)
            first, last = doc.reporting_period.split("/")[0][:7], doc.reporting_period.split("/")[-1][:7]
            if balance and f.period == (first if balance.group(1) == "期初" else last):
                edge = "start" if balance.group(1) == "期初" else "end"  # 期初余额 of a quarter's accounts
        f.edge = edge or ""


def collapse_point_spans(figures: list[Figure]) -> None:
    """A span from a point to the same point (截至目前 in a January report, counted since the year began:
    2026-01/2026-01) is that point, in periods and base periods alike."""
    for f in figures:
        start, _, end = f.period.partition("/")
        f.period = start if end and start == end else f.period
        start, _, end = f.base_period.partition("/")
        f.base_period = start if end and start == end else f.base_period

"""A heating season the document dates with its years (全市供暖期为2025年11月15日至2026年3月15日; 上一供暖季（2024年11月
15日至2025年3月15日）) and names after: 本供暖季 (this season), 本供暖季末 (its last month), 上一供暖季 (the season
before, dated by its own brackets or one year before this one). A figure of a sentence naming the season before the
number, or of a paragraph opened by it (上一供暖季（…），全市供热运行总体平稳…。全市共受理供热投诉1.26万件), is of the
season's days, not of the year it was read as. Standing norms keep no period (供暖期间保持储煤不少于10天用量)."""

from __future__ import annotations

import datetime as dt
import re

from ...model import Figure

_SEASON = r"(?:供暖|采暖|供热)(?:期|季)"
_DAY1 = r"(?P<y1>(?:19|20)\d{2})\s*年\s*(?P<m1>1[0-2]|0?[1-9])\s*月\s*(?P<d1>[0-3]?\d)\s*日"
_DAY2 = r"(?:(?P<y2>(?:19|20)\d{2})\s*年|次年)?\s*(?P<m2>1[0-2]|0?[1-9])\s*月\s*(?P<d2>[0-3]?\d)\s*日"
_TO = r"\s*(?:至|到|—|－|-|~|～)\s*"
# the definition of this season (全市供暖期为2025年11月15日至2026年3月15日)
_DEFINED = re.compile(rf"{_SEASON}\s*(?:为|是|：|:)\s*{_DAY1}{_TO}{_DAY2}")
# the season before, dated in brackets after its name (上一供暖季（2024年11月15日至2025年3月15日）)
_PREVIOUS_DATED = re.compile(rf"上一?个?\s*{_SEASON}\s*[（(]\s*{_DAY1}{_TO}{_DAY2}\s*[）)]")
_THIS = re.compile(rf"(?:本|今冬)\s*{_SEASON}(?P<end>末)?")
_LAST = re.compile(rf"上一?个?\s*{_SEASON}")
# a date of the figure's own sentence that frames it instead (截至9月20日, 2025年, 10月31日前)
_OWN_DATE = re.compile(r"(?:19|20)\d{2}\s*年|\d{1,2}\s*月|截至|目前|今年|明年|上年")
_MARKER = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)")


def _span(m: re.Match[str]) -> tuple[dt.date, dt.date] | None:
    try:
        start = dt.date(int(m.group("y1")), int(m.group("m1")), int(m.group("d1")))
        end_year = int(m.group("y2")) if m.group("y2") else start.year + 1
        end = dt.date(end_year, int(m.group("m2")), int(m.group("d2")))
    except ValueError:
        return None
    return (start, end) if start < end and (end - start).days < 366 else None


def _iso(span: tuple[dt.date, dt.date]) -> str:
    return f"{span[0].isoformat()}/{span[1].isoformat()}"


def _year_before(span: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date] | None:
    try:
        return span[0].replace(year=span[0].year - 1), span[1].replace(year=span[1].year - 1)
    except ValueError:  # (a season ending on 29 February)
        return None


def _named(text: str, upto: int, this: tuple[dt.date, dt.date] | None,
           previous: tuple[dt.date, dt.date] | None) -> str:
    """The period the last season named in ``text[:upto]`` stands for, else ""."""
    found = [(m.start(), "this_end" if m.group("end") else "this") for m in _THIS.finditer(text, 0, upto)]
    found += [(m.start(), "last") for m in _LAST.finditer(text, 0, upto)]
    if not found:
        return ""
    kind = max(found)[1]
    if kind == "last":
        return _iso(previous) if previous else ""
    if this is None:
        return ""
    return f"{this[1].year}-{this[1].month:02d}" if kind == "this_end" else _iso(this)


def date_heating_seasons(figures: list[Figure], paragraphs: dict[str, str]) -> None:
    """Date the figures of sentences (or of paragraphs opened by) 本供暖季 / 上一供暖季 as the season the document
    dates; requirements keep no period."""
    texts = list(paragraphs.values())
    spans = {s for t in texts for m in _DEFINED.finditer(t) if (s := _span(m))}
    this = spans.pop() if len(spans) == 1 else None
    dated_before = {s for t in texts for m in _PREVIOUS_DATED.finditer(t) if (s := _span(m))}
    previous = dated_before.pop() if len(dated_before) == 1 else (_year_before(this) if this else None)
    if this is None and previous is None:
        return
    for f in figures:
        if f.status == "requirement":
            continue
        at = f.sentence.find(f.text) if f.text else -1
        period = _named(f.sentence, at if at >= 0 else len(f.sentence), this, previous)
        if not period and not _OWN_DATE.search(f.sentence):
            para = _MARKER.sub("", paragraphs.get(f.paragraph, ""))
            opening = re.split(r"[，,。；;]", para, maxsplit=1)[0]
            if len(opening) <= 40:
                period = _named(opening, len(opening), this, previous)
        if period:
            f.period = period


# this winter and next spring (今冬明春全县计划实施水利工程冬修项目426处 in a speech of November 2025): the works of
# the season between the two, from November to the next April (the farming calendar's winter works and spring
# ploughing), not the year after
_WINTER_SPRING = re.compile(r"今冬明春")


def date_winter_spring(figures: list[Figure], anchor_iso: str) -> None:
    """The figures of a sentence naming 今冬明春 before the number: November of this winter's year to next April."""
    if not anchor_iso[:4].isdigit():
        return
    year = int(anchor_iso[:4]) - (1 if anchor_iso[5:7] and anchor_iso[5:7] < "07" else 0)  # (in spring: last winter)
    for f in figures:
        at = f.sentence.find(f.text) if f.text else -1
        if f.status != "requirement" and at > 0 and _WINTER_SPRING.search(f.sentence, 0, at) \
                and f.period[:4] in (str(year), str(year + 1)) and "/" not in f.period:
            f.period = f"{year}-11/{year + 1}-04"

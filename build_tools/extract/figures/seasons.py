"""A season that crosses the year, defined once by the document (森林防火期为每年10月1日至次年4月30日,
供暖期为每年11月15日至次年3月15日) and named after by its two years (2024—2025年度森林防火期内,
2025—2026年度): the figures of such a sentence are of that season's months, not of the two whole years, and a change
against 上年度 is against the season before."""

from __future__ import annotations

import re

from ...model import Figure

# the season's definition: its first month in a year and its last in the next (每年10月1日至次年4月30日)
_DEFINED = re.compile(r"每年\s*(?P<m1>1[0-2]|[1-9])\s*月(?:\s*\d{1,2}\s*日)?\s*(?:至|到|—|－|-|~|～)\s*次年\s*"
                      r"(?P<m2>1[0-2]|[1-9])\s*月")
# the season named by its two years (2024—2025年度, 2024-2025年度): consecutive years
_NAMED = re.compile(r"(?<!\d)(?P<y1>(?:19|20)\d{2})\s*年?\s*[—–\-－~～至]\s*(?P<y2>(?:19|20)\d{2})\s*年度")


def season_months(texts: list[str]) -> tuple[int, int] | None:
    """The first and last month of the season the document defines as crossing the year (10, 4), else None (no
    definition, or two that disagree)."""
    found = {(int(m.group("m1")), int(m.group("m2"))) for t in texts for m in _DEFINED.finditer(t)}
    months = found.pop() if len(found) == 1 else None
    return months if months and months[1] < months[0] else None


def _span(y1: int, months: tuple[int, int]) -> str:
    return f"{y1}-{months[0]:02d}/{y1 + 1}-{months[1]:02d}"


def date_seasons(figures: list[Figure], months: tuple[int, int] | None) -> None:
    """A figure of a sentence naming one season by its two years (2024—2025年度…期内，…发生森林火灾2起，比上年度
    减少3起):
    its period the season's months (2024-10/2025-04) where it was read as either or both of the years (or as the two
    years, carried from the sentence before), its base of 上年度 the season before."""
    if months is None:
        return
    for f in figures:
        seasons = {int(m.group("y1")) for m in _NAMED.finditer(f.sentence)
                   if int(m.group("y2")) == int(m.group("y1")) + 1}
        carried = re.fullmatch(r"((?:19|20)\d{2})/((?:19|20)\d{2})", f.period)
        if not seasons and carried and int(carried.group(2)) == int(carried.group(1)) + 1:
            seasons = {int(carried.group(1))}  # (…；森林火灾受害率为0.11‰: the season of the clauses before)
        if len(seasons) != 1:
            continue
        y1 = seasons.pop()
        if f.period in (str(y1), str(y1 + 1), f"{y1}/{y1 + 1}"):
            f.period = _span(y1, months)
            if f.base_period in (str(y1 - 1), f"{y1 - 1}/{y1}"):
                f.base_period = _span(y1 - 1, months)

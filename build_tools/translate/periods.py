"""English dates and periods from the ISO values the extractor writes.

``30 May 2021``, ``July 2019``, ``H1 2019``, ``Q1-Q3 2023``, ``January-July 2019``,
``2021-2025 (14th Five-Year Plan period)``. Returns None for a value it cannot read, so that the caller can
mark the item as missing rather than print something wrong.
"""

from __future__ import annotations

import calendar
import re

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
ISO_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
# The 1st and 2nd Five-Year Plans began in 1953 and 1958; after the 1963-1965 readjustment, the 3rd began in 1966
# and plans have followed each other every five years since (14th: 2021-2025).
PLAN_STARTS = {1953: 1, 1958: 2}
THIRD_PLAN_START = 1966
QUARTERS = {(1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4", (1, 6): "H1", (7, 12): "H2",
            (1, 9): "Q1-Q3", (4, 9): "Q2-Q3", (4, 12): "Q2-Q4"}


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st."""
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def five_year_plan(start: int, end: int) -> int | None:
    """The number of the Five-Year Plan covering exactly start-end (2021-2025 -> 14), else None."""
    if end - start != 4:
        return None
    if start in PLAN_STARTS:
        return PLAN_STARTS[start]
    if start < THIRD_PLAN_START or (start - THIRD_PLAN_START) % 5:
        return None
    return (start - THIRD_PLAN_START) // 5 + 3


def _point(parts: tuple[int, int | None, int | None]) -> str:
    year, month, day = parts
    if month is None:
        return str(year)
    if day is None:
        return f"{MONTHS[month - 1]} {year}"
    return f"{day} {MONTHS[month - 1]} {year}"


def _parse(value: str) -> tuple[int, int | None, int | None] | None:
    m = ISO_RE.match(value.strip())
    if not m:
        return None
    year, month, day = (int(g) if g else None for g in m.groups())
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= calendar.monthrange(year, month or 1)[1]:
        return None
    return year, month, day


def _interval(start: tuple[int, int | None, int | None], end: tuple[int, int | None, int | None]) -> str | None:
    (y1, m1, d1), (y2, m2, d2) = start, end
    if m1 is None and m2 is None:
        text = f"{y1}-{y2}"
        plan = five_year_plan(y1, y2)
        return f"{text} ({ordinal(plan)} Five-Year Plan period)" if plan else text
    if m1 is None or m2 is None:
        return f"{_point(start)} to {_point(end)}"
    if d1 is None and d2 is None:
        if y1 == y2:
            if (m1, m2) == (1, 12):
                return str(y1)
            name = QUARTERS.get((m1, m2))
            if name:
                return f"{name} {y1}"
            return f"{MONTHS[m1 - 1]}-{MONTHS[m2 - 1]} {y1}"
        return f"{MONTHS[m1 - 1]} {y1} to {MONTHS[m2 - 1]} {y2}"
    if d1 is None or d2 is None:
        if y1 == y2:  # "January to 31 October 2023", not "January 2023 to 31 October 2023" (review_2026-12-b Q2b)
            return f"{_point(start).removesuffix(f' {y1}')} to {_point(end)}"
        return f"{_point(start)} to {_point(end)}"
    if (y1, m1) == (y2, m2):
        return f"{d1}-{d2} {MONTHS[m1 - 1]} {y1}"
    if y1 == y2:
        return f"{d1} {MONTHS[m1 - 1]} to {d2} {MONTHS[m2 - 1]} {y1}"
    return f"{_point(start)} to {_point(end)}"


def english_period(value: str) -> str | None:
    """English for an ISO date, partial date or interval ("2019-01/2019-06" -> "H1 2019")."""
    value = (value or "").strip()
    if not value:
        return None
    if "/" in value:
        left, _, right = value.partition("/")
        if left == right:  # (an interval of one month, 2026-01/2026-01: the month)
            return english_period(left)
        start, end = _parse(left), _parse(right)
        if start is None or end is None:
            return None
        return _interval(start, end)
    point = _parse(value)
    return _point(point) if point else None


def edge_period(value: str, edge: str) -> str | None:
    """English for a figure's period with its edge (Figure.edge): a stock at the end of a year is "end of 2024" (NBS
    communiqués: "At the end of 2023, ..."), at the end of another month "end of June 2024" (6月末, 三季度末: end of
    September), at the start "beginning of 2024" (年初), a total taken at a day "as of 30 November 2025" (截至11月30日:
    Figure.edge "asof"); otherwise as :func:`english_period`."""
    if edge == "asof" and (day := english_period(value)):
        return f"as of {day}"
    point = _parse(value) if edge and "/" not in (value or "") else None
    if point is None or point[1] is None or point[2] is not None:
        return english_period(value)
    year, month = point[0], point[1]
    if edge == "end":
        return f"end of {year}" if month == 12 else f"end of {MONTHS[month - 1]} {year}"
    if edge == "start":
        return f"beginning of {year}" if month == 1 else f"beginning of {MONTHS[month - 1]} {year}"
    return english_period(value)


def the_period(period: str | None) -> str | None:
    """'end of 2024' -> 'the end of 2024' (an edge_period after "for", "from", "dated"); other periods as they are."""
    return f"the {period}" if period and period.startswith(("end of", "beginning of")) else period


def on_period(period: str) -> str:
    """The preposition of an English period: 'on 1 October 2022' for a day, 'in October 2022' otherwise."""
    return f"on {period}" if period[:1].isdigit() and not period[:4].isdigit() else f"in {period}"

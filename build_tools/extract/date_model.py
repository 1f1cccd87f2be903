"""The date model shared by every stage that reads dates: a document's anchor date (Anchor), a date found in a text
(DateMatch: its span, ISO value, precision, kind and edge), and comparing partial ISO dates."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Anchor:
    year: int | None
    month: int | None = None
    day: int | None = None

    @classmethod
    def from_iso(cls, value: str) -> Anchor:
        parts = [int(p) for p in value.split("-") if p.isdigit()] if value else []
        return cls(*(parts + [None] * (3 - len(parts)))[:3]) if parts else cls(None)

    def parts(self) -> tuple[int, ...]:
        """The known components, e.g. (2019, 9) for "2019-09"; () when the year is unknown."""
        out: list[int] = []
        for value in (self.year, self.month, self.day):
            if value is None:
                break
            out.append(value)
        return tuple(out)


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    iso: str
    precision: str
    kind: str
    text: str

    @property
    def first(self) -> str:
        """The start of the date (the whole ISO value when it is not an interval)."""
        return self.iso.split("/")[0]

    @property
    def last(self) -> str:
        """The end of the date (the whole ISO value when it is not an interval)."""
        return self.iso.split("/")[-1]

    @property
    def edge(self) -> str:
        """"end" for a point at the end of a year, quarter or month (年末, 2024年底, 年终, 三季度末, 6月末 -> its last
        month; 到2025年底, 6月底前 too), "start" for its beginning (年初, 月初); "" for a whole month (12月份) or any
        other date."""
        if "/" in self.iso or self.precision != "month" or self.kind not in ("point", "deadline"):
            return ""
        tail = re.sub(r"(?:之前|以前|前)$", "", self.text.rstrip())  # 6月底前, 年底以前: by the end of it
        if tail.endswith(("末", "底", "终")):
            return "end"
        return "start" if tail.endswith("初") else ""


_PRECISION_RANK = {"year": 1, "half": 2, "quarter": 3, "month": 4, "interval": 4, "day": 5}


def _iso(parts: tuple[int, ...]) -> str:
    return "-".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]])


def compare(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    """Compare two partial dates on their common precision: -1 (a before b), 0 (overlap), 1 (a after b)."""
    n = min(len(a), len(b))
    if a[:n] < b[:n]:
        return -1
    return 1 if a[:n] > b[:n] else 0


def parse_iso(value: str) -> tuple[int, ...]:
    """``"2019-07"`` -> (2019, 7); an interval gives its start."""
    return tuple(int(p) for p in value.split("/")[0].split("-") if p.isdigit())


def precision_rank(precision: str) -> int:
    """How fine a precision is (year 1 ... day 5), to prefer the most precise date of a clause."""
    return _PRECISION_RANK.get(precision, 0)

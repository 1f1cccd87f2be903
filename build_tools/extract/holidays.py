"""Public holidays as periods: the tourist visits of “五一”假期 are those of the holiday, not of the year.

The dates are the official holiday schedules published each year by the General Office of the State Council
(国务院办公厅关于YYYY年部分节假日安排的通知), for the years the corpus covers; a holiday of a year outside the table
is not dated (the lunar holidays move, and a guess would be a wrong period).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# year -> holiday -> (first day, last day) as MM-DD; 元旦 may start in December of the year before
_SCHEDULE: dict[int, dict[str, tuple[str, str]]] = {
    2019: {"元旦": ("2018-12-30", "01-01"), "春节": ("02-04", "02-10"), "清明": ("04-05", "04-07"),
           "劳动节": ("05-01", "05-04"), "端午": ("06-07", "06-09"), "中秋": ("09-13", "09-15"),
           "国庆": ("10-01", "10-07")},
    2020: {"元旦": ("01-01", "01-01"), "春节": ("01-24", "02-02"), "清明": ("04-04", "04-06"),
           "劳动节": ("05-01", "05-05"), "端午": ("06-25", "06-27"), "中秋": ("10-01", "10-08"),
           "国庆": ("10-01", "10-08")},
    2021: {"元旦": ("01-01", "01-03"), "春节": ("02-11", "02-17"), "清明": ("04-03", "04-05"),
           "劳动节": ("05-01", "05-05"), "端午": ("06-12", "06-14"), "中秋": ("09-19", "09-21"),
           "国庆": ("10-01", "10-07")},
    2022: {"元旦": ("01-01", "01-03"), "春节": ("01-31", "02-06"), "清明": ("04-03", "04-05"),
           "劳动节": ("04-30", "05-04"), "端午": ("06-03", "06-05"), "中秋": ("09-10", "09-12"),
           "国庆": ("10-01", "10-07")},
    2023: {"元旦": ("2022-12-31", "01-02"), "春节": ("01-21", "01-27"), "清明": ("04-05", "04-05"),
           "劳动节": ("04-29", "05-03"), "端午": ("06-22", "06-24"), "中秋": ("09-29", "10-06"),
           "国庆": ("09-29", "10-06")},
    2024: {"元旦": ("01-01", "01-01"), "春节": ("02-10", "02-17"), "清明": ("04-04", "04-06"),
           "劳动节": ("05-01", "05-05"), "端午": ("06-08", "06-10"), "中秋": ("09-15", "09-17"),
           "国庆": ("10-01", "10-07")},
    2025: {"元旦": ("01-01", "01-01"), "春节": ("01-28", "02-04"), "清明": ("04-04", "04-06"),
           "劳动节": ("05-01", "05-05"), "端午": ("05-31", "06-02"), "中秋": ("10-01", "10-08"),
           "国庆": ("10-01", "10-08")},
}
_NAMES = {"五一": "劳动节", "劳动节": "劳动节", "元旦": "元旦", "春节": "春节", "清明": "清明", "端午": "端午",
          "中秋": "中秋", "国庆": "国庆"}
# a holiday named as a period: “五一”假期, 中秋国庆期间, 春节黄金周, 国庆节期间 (not 庆祝国庆, 国庆节当天)
_HOLIDAY = re.compile(r"[“\"]?(?P<a>五一|劳动节|元旦|春节|清明|端午|中秋|国庆)(?:节)?"
                      r"(?:[、和与]?(?P<b>中秋|国庆)(?:节)?)?[”\"]?(?:假期|期间|黄金周|小长假|长假|节日期间|节假日)")


@dataclass(frozen=True)
class Holiday:
    start: int
    end: int
    iso: str  # "2024-05-01/2024-05-05"
    text: str


def _day(year: int, value: str) -> str:
    return value if len(value) == 10 else f"{year}-{value}"


def find_holidays(text: str, year: int | None) -> list[Holiday]:
    """The holiday periods named in ``text`` in ``year`` (the year the text is about)."""
    if not year or year not in _SCHEDULE or not _HOLIDAY.search(text):
        return []
    out = []
    for m in _HOLIDAY.finditer(text):
        names = [_NAMES[n] for n in (m.group("a"), m.group("b")) if n]
        spans = [_SCHEDULE[year][n] for n in names]
        first = min(_day(year, a) for a, _ in spans)
        last = max(_day(year, b) for _, b in spans)
        out.append(Holiday(m.start(), m.end(), f"{first}/{last}" if first != last else first, m.group()))
    return out


# the order a period matching several holidays is named by (2020: 中秋 and 国庆 share 10-01/10-08)
_PRECEDENCE = ("春节", "国庆", "劳动节", "元旦", "清明", "端午", "中秋")


def holiday_of(period: str) -> str:
    """The public holiday a figure's period is (春节, 国庆, 劳动节…), or "": a period read from “五一”假期 or
    中秋国庆期间 is the holiday's days, whose figures (tourist visits, revenue) are of another kind of period than
    the year's."""
    first, _, last = period.partition("/")
    if len(first) != 10 or not first[:4].isdigit() or len(last or first) != 10:
        return ""
    year = int(last[:4]) if last else int(first[:4])
    days = _SCHEDULE.get(year, {})
    spans = {name: (_day(year, a), _day(year, b)) for name, (a, b) in days.items()}
    whole = (first, last or first)
    for name in _PRECEDENCE:
        if name in spans and spans[name] == whole:
            return name
    for a in _PRECEDENCE:  # 中秋国庆期间 of 2023-2025: the union of two holidays, named by the greater one
        for b in _PRECEDENCE:
            if a in spans and b in spans and a != b and (min(spans[a][0], spans[b][0]),
                                                         max(spans[a][1], spans[b][1])) == whole:
                return a
    return ""

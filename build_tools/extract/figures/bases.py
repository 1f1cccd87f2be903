"""Comparison bases (issue 11).

- :func:`previous_period`: the period of 比上年, 比上年同期, 比上学年, 环比.
- :func:`valued_bases`: a base that states its value (与2010年第六次全国人口普查的3520168人相比，十年共增加345304人;
  比2010年的3.05人减少0.27人): the number inside the base is the base value of the change after it (same unit), no
  row of its own: it is the level of the base period, not of the reported one.
- :func:`average_since_base`, :func:`compared_lead`: a yearly average after a change against a base year; a comparison
  opening a sentence, for the clauses joined to it.
"""

from __future__ import annotations

import datetime as dt
import re

from ...model import Figure
from ..dates import _cn_number
from .quantities import _Num

# after the base's date and name: …的3520168人相比 (与 … 相比 holding the base's value)
COMPARED_AFTER_VALUED = re.compile(r"[^，,。；;：:！？\d]{0,16}?的\s*[\d.,]+\s*[万亿]?[^\d\s，,。；;相]{0,3}?\s*"
                                   r"(?:相比|相较|比较)")
# …比2010年的3.05人减少0.27人: the base's value, then the change
_DE_BEFORE = re.compile(r"[^，,。；;：:！？\d]{0,16}?的\s*$")
_CHANGE_AFTER = re.compile(r"\s*(?:共|累计)?(?:增加|减少|下降|上升|提高|降低|增长|缩小|扩大)了?\s*$")


def valued_bases(s: str, nums: list[_Num], comps: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Mark the numbers stating a comparison base's value (role "base") and give it to the change after them; the
    spans of the base's words after 比…年 (no part of the change's name)."""
    spans: list[tuple[int, int]] = []
    for k, num in enumerate(nums):
        inside = any(a < num.start and num.end <= b for a, b, _ in comps)
        after = next((b for a, b, _ in comps if b <= num.start and _DE_BEFORE.fullmatch(s, b, num.start)), None)
        if not inside and after is None:
            continue
        change = next((x for x in nums[k + 1:] if x.unit == num.unit), None)
        if change is None:
            continue
        if not inside and not _CHANGE_AFTER.fullmatch(s, num.end, change.start):
            continue
        num.role = "base"
        if change.base_value is None:
            change.base_value = num.value
        if after is not None:
            spans.append((after, num.end))
    return spans


_YEARLY_AVERAGE = re.compile(r"年平均增长率|年均增长率|年均增速|年平均增速")
_YEARLY = re.compile(r"年增长率|年增速")


def average_since_base(nums: list[_Num]) -> None:
    """全市常住人口…与2010年…相比，十年共增加345304人，增长9.81%，年平均增长率为0.94%: the yearly average rate of
    a change against a base year is over the years from the base to the figure's (2010/2020), no point in time."""
    for k, num in enumerate(nums):
        yearly = _YEARLY_AVERAGE.search(num.metric) or (  # (年平均增长率 read as 平均, the comparison, and 年增长率)
            num.comparison.endswith("平均") and _YEARLY.search(num.metric))
        if not yearly or "/" in num.period:
            continue
        base = next((x.base_period[:4] for x in reversed(nums[:k]) if x.base_period[:4].isdigit()), "")
        if base and num.period[:4].isdigit() and base < num.period[:4]:
            num.period = f"{base}/{num.period[:4]}"


# a sentence opening with its comparison base: 与2010年第六次全国人口普查相比，…; 同上年相比，…
_LEAD_COMPARED = re.compile(r"^\s*(?:与|同|和|跟)[^，,；;。]{1,30}?(?:相比|相较|比较)\s*[，,]")


def compared_lead(sentence: str, found: list[Figure], inherit: tuple[str, str] | None) -> tuple[str, str] | None:
    """与2010年…相比，…由9126人上升为15842人；拥有高中文化程度的由13874人上升为14958人: a comparison opening a sentence
    is the base of the changes of the sentences joined to it by ； and of a breakdown after it (其中，城关区…增加198426
    人). ``inherit`` is the base the sentence continues (the caller passes it only to such a sentence): its changes
    without a base of their own get it. Returns the base the next sentence may continue."""
    if inherit is not None:
        for f in found:
            if f.direction and not f.comparison and not f.base_period:
                f.comparison, f.base_period = inherit
    if _LEAD_COMPARED.match(sentence):
        return next(((f.comparison, f.base_period) for f in found if f.comparison and f.base_period), None)
    return inherit if sentence.rstrip().endswith(("；", ";")) else None


# (去年同期 too: the same period a year before the figure's, as 上年同期 and 同比 — 去年 alone stays the year before
# the document, read as a date)
_LAST_YEAR_BASE = re.compile(r"^(?:比|较|与|同)?(?:上年(?P<end>末|底)?(?P<same>同期|同月)?"
                             r"|去年(?P<last_same>同期|同月))|^(?P<yoy>同比)"
                             # (比去年假期增长7.8%: the same holiday a year before, as 同比)
                             r"|^(?:比|较)(?:去年|上年)(?:同期)?(?P<holiday>假期|节日期间|黄金周)")
# 比近三年平均偏多12% of 2024: the average of 2021-2023 (a bracketed span, 比近五年（2019—2023年）平均值, is read as a
# date of the comparison)
_RECENT_YEARS_BASE = re.compile(r"^(?:比|较)(?:近|前|过去)(?P<n>[两三四五六七八九十\d]{1,2})年(?![（(])")
_PREVIOUS_MONTH = re.compile(r"环比|(?:比|较|与)?上月")  # (降幅比上月收窄0.2个百分点: against the month before)


# the base of an index written after it (99.7（上月=100）, 96.8（上年同期=100）, （以上年同月为100）): the period it is
# compared with, as 环比 and 同比 say it
_INDEX_BASE = re.compile(r"\s*[（(]\s*以?(?P<base>上月|上年同月|上年同期|上年)\s*(?:=|＝|为)\s*100\s*[）)]")
_INDEX_BASE_WORD = {"上月": "环比", "上年同月": "同比", "上年同期": "比上年同期", "上年": "比上年"}


def index_base(text: str, end: int) -> str:
    """The comparison an index's bracketed base after ``end`` says (（上月=100） -> 环比, （上年同期=100） ->
    比上年同期), else ""."""
    m = _INDEX_BASE.match(text, end)
    return _INDEX_BASE_WORD[m.group("base")] if m else ""


_MONTH = re.compile(r"\d{4}-\d{2}")
_SCHOOL_YEAR_BASE = re.compile(r"^(?:比|较|与|同)?上学年(?:同期)?")
_SCHOOL_YEAR_PERIOD = re.compile(r"\d{4}-\d{2}/\d{4}-\d{2}")  # (a school year, dates.py: September to August)


_PREVIOUS_WEEK = re.compile(r"(?:比|较|与)?上周")  # (较上周下跌1.8%: against the week before)
_DAY_SPAN = re.compile(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}")


_PREVIOUS_QUARTER = re.compile(r"(?:比|较|与)?上(?:一个?)?季度")
_QUARTER = re.compile(r"(\d{4})-(01|04|07|10)/\1-(03|06|09|12)")


def _quarter_before(period: str) -> str:
    """The calendar quarter before a quarter (2025-07/2025-09 -> 2025-04/2025-06, 2025-01/2025-03 ->
    2024-10/2024-12); "" when the period is no calendar quarter (a 1-9月 span's 环比 says no quarter)."""
    m = _QUARTER.fullmatch(period)
    if not m or int(m.group(3)) - int(m.group(2)) != 2:
        return ""
    year, start = int(m.group(1)), int(m.group(2))
    if start == 1:
        return f"{year - 1}-10/{year - 1}-12"
    return f"{year}-{start - 3:02d}/{year}-{start - 1:02d}"


def _span_before(first: str, last: str) -> str:
    """The span of as many days right before first/last (a week's 环比: the week before); "" for a span longer than a
    month, whose 环比 is not a span of days."""
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    days = (end - start).days + 1
    if not 1 <= days <= 31:
        return ""
    before_end = start - dt.timedelta(days=1)
    return f"{before_end - dt.timedelta(days=days - 1)}/{before_end}"


def week_after(period: str) -> str:
    """The week after a period of seven days (a weekly release's 下周: 2025-11-17/2025-11-23 -> 2025-11-24/
    2025-11-30); "" when the period is no week."""
    if not _DAY_SPAN.fullmatch(period):
        return ""
    first, last = (dt.date.fromisoformat(p) for p in period.split("/"))
    if (last - first).days != 6:
        return ""
    return f"{last + dt.timedelta(days=1)}/{last + dt.timedelta(days=7)}"


def previous_period(base: str, period: str) -> str:
    """比上年, 比上年末, 比上年同期, 由上年的…: 上年 is the year before the figure's own year (in a work report of
    2023 reviewing 2022, 比上年 is 2021; 去年 stays the year before the report); 上年同期 is the figure's period a
    year earlier (1-9月 -> 1-9月 of the year before), and so is 同比 (6月份…同比上涨0.3% -> June of the year
    before); 上学年 the school year before; 环比 (比上月) of a month the month before. "" when the base is not
    上年 (or 环比 of a month) or the period is not within one year."""
    if _PREVIOUS_MONTH.match(base) and _MONTH.fullmatch(period):
        year, month = int(period[:4]), int(period[5:])  # 9月份…环比增长0.52%: against the month before
        return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"
    first, _, last = period.partition("/")
    if _PREVIOUS_MONTH.match(base) or _PREVIOUS_QUARTER.match(base):
        quarter = _quarter_before(period)  # 三季度…环比下降3.2%, 比上季度提高0.5个百分点: against the quarter before
        if quarter:
            return quarter
    if (_PREVIOUS_MONTH.match(base) or _PREVIOUS_WEEK.match(base)) and _DAY_SPAN.fullmatch(period):
        return _span_before(first, last)  # 第47周（11月17日—23日）…环比下跌1.8%: against the week before
    recent = _RECENT_YEARS_BASE.match(base)
    if recent and first[:4].isdigit() and (not last or last[:4] == first[:4]):
        n = _cn_number(recent.group("n")) if not recent.group("n").isdigit() else int(recent.group("n"))
        year = int(first[:4])
        return f"{year - n}/{year - 1}" if 1 < n <= 10 else ""
    if _SCHOOL_YEAR_BASE.match(base) and _SCHOOL_YEAR_PERIOD.fullmatch(period):
        # 比上学年 of the 2023/2024 school year (2023-09/2024-08): the school year before, 2022-09/2023-08
        return "/".join(str(int(p[:4]) - 1) + p[4:] for p in (first, last))
    m = _LAST_YEAR_BASE.match(base)
    if not m or not first[:4].isdigit() or (last and last[:4] != first[:4]):
        return ""
    if m.group("same") or m.group("last_same") or m.group("yoy") or m.group("holiday"):
        return "/".join(str(int(p[:4]) - 1) + p[4:] for p in period.split("/"))
    return f"{int(first[:4]) - 1}-12" if m.group("end") else str(int(first[:4]) - 1)

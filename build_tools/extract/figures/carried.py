"""Periods a figure takes from the text around its sentence (used by :func:`.extract_figures`).

* :func:`review_span`: a heading reviewing the past N years (一、过去五年工作回顾, 五年来的工作回顾) said early in a
  year covers the N years just closed (January 2022: 2017/2021); an average annual rate under it (城乡居民人均可支配
  收入年均分别增长6.8%和9.1%) is over that span, not of the last year alone (:func:`average_over_span`).
* :func:`parallel_span`: a clause joined by ； that repeats the construction of the one before without its years
  (由2016年的98.6亿元增加到2021年的152.3亿元，年均增长7.1%；一般公共预算收入由6.2亿元增加到9.8亿元，年均增长9.6%)
  is between the same years: its level has the first year as its base period, its average rate the span after it.
* :func:`breakdown_frame`: a paragraph opening with 从…看 (从贸易伙伴看，…; 分行业看，…) breaks down the figures
  the paragraph before reported; without a date of its own it is of their period (今年1—4月), not the document's
  month.
"""

from __future__ import annotations

import re

from ...model import Figure
from ..dates import Anchor, DateMatch, find_dates

# 过去五年, 过去的五年, 五年来 in a heading that reviews (回顾, 成就, 总结 …)
_PAST_YEARS_HEADING = re.compile(r"过去的?(?P<n>[两三四五十])年|(?<![\d一二三四五六七八九十第])(?P<m>[两三四五十])年来")
_REVIEW_WORDS = re.compile(r"回顾|成就|成效|进展|总结|工作|历程")
_COUNT = {"两": 2, "三": 3, "四": 4, "五": 5, "十": 10}


def review_span(heading: str, anchor: Anchor) -> str:
    """The years a heading reviewing the past N years covers: said in the first quarter of a year, the N years just
    closed (一、过去五年工作回顾 in January 2022 -> 2017/2021); "" for any other heading, or later in a year (when the
    current year may be one of them)."""
    m = _PAST_YEARS_HEADING.search(heading)
    if not m or not _REVIEW_WORDS.search(heading) or not anchor.year or not 1 <= (anchor.month or 0) <= 3:
        return ""
    n = _COUNT[m.group("n") or m.group("m")]
    return f"{anchor.year - n}/{anchor.year - 1}"


def _average(f: Figure) -> bool:
    return f.kind == "growth" and f.comparison == "年均" and f.status == "actual"


def average_over_span(f: Figure, span: str) -> None:
    """An average annual rate dated by the last year of the reviewed span alone is over the span."""
    if span and _average(f) and f.period == span[-4:]:
        f.period = span


# 由2016年的98.6亿元增加到2021年的152.3亿元: the years of a change between two values
_YEARS_SPAN = re.compile(r"(?:由|从)(?P<a>(?:19|20)\d{2})年[^。！？；;]{0,40}?(?:到|至)(?P<b>(?:19|20)\d{2})年")
_UNDATED_FROM_TO = re.compile(r"(?:由|从)[^，,；;。\d]{0,12}?[\d.]+[^，,；;。]{0,8}?(?:到|至)")
_DATED = re.compile(r"(?:19|20)\d{2}\s*年")


def parallel_span(previous: str, sentence: str) -> tuple[str, str] | None:
    """(base year, end year) when ``previous`` (a clause ending with ；) changes between two years and ``sentence``
    repeats the construction without naming any year; None otherwise."""
    if not previous.endswith(("；", ";")) or _DATED.search(sentence) or not _UNDATED_FROM_TO.search(sentence):
        return None
    m = _YEARS_SPAN.search(previous)
    if not m or int(m.group("a")) >= int(m.group("b")):
        return None
    return m.group("a"), m.group("b")


def apply_parallel_span(f: Figure, years: tuple[str, str]) -> None:
    """The level of the repeated change gets the base year; its average annual rate the years after it."""
    base, end = years
    if f.period != end:
        return
    if _average(f):
        f.period = f"{int(base) + 1}/{end}"
    elif f.base_value is not None and not f.base_period and f.kind != "growth":
        f.base_period = base


# 从贸易伙伴看，…; 从出口产品来看，…; 分行业看，…; 分区域来看，…
_BREAKDOWN_OPENING = re.compile(r"^\s*(?:从[^，,。；;\d]{1,10}?|分[^，,。；;\d]{1,6}?)(?:来)?看\s*[，,：:]")


def breakdown_frame(text: str, before: list[DateMatch]) -> list[DateMatch]:
    """The period a 从…看 paragraph is of: the last period of months or quarters the paragraph before dated its
    figures with (``before``); [] for any other paragraph, and for one naming its own period in the clause after
    the opening (从主要行业看，6月份，…: its figures are of that month, not of the 1—6月 before)."""
    m = _BREAKDOWN_OPENING.match(text)
    if not before or not m:
        return []
    if find_dates(re.split(r"[，,；;。]", text[m.end():], maxsplit=1)[0], Anchor.from_iso(before[-1].iso[:4])):
        return []
    periods = [d for d in before if d.kind == "period" and d.precision != "year"]
    return periods[-1:]

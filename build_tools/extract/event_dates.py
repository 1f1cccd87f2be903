"""Dates of timeline events read in their context (events.py uses them): a span said early in a year ends with the
year just closed, a day from which something changes is an event of that day, a flow reached at a year end is the
year's, and a task said late in a year without its own year is for the next one."""

from __future__ import annotations

import re

from .dates import Anchor, DateMatch, compare, parse_iso
from .figures.attributes import year_to_date
from .reporting import _OWN_YEAR

# (目标责任: the responsibility system for goals, 耕地保护目标责任考核, is no goal of the sentence)
_TARGET_WORDS = re.compile(
    r"力争|确保|争取|目标(?!责任)|计划|必保|务必|力求|预期|将要|即将|将(?![军领士])"  # not 预计: an estimate is no goal
    r"|要(?<![主重需必只纪提简摘扼首]要)(?![求素点闻件害职塞])|做好|抓好|冲刺"  # look-behind after 要: a faster scan
)
# 完成/实现/达到…目标 states a goal reached (超额完成全年目标): no word of intent (确保完成… still is, by 确保)
# (占计划投资的109.2%, 完成年度计划的105%: the share of a plan reached, no intent either)
_GOAL_REACHED = re.compile(r"(?:超额|提前|圆满|全面)?(?:完成|实现|达成|达到)了?[^，,；;。！？]{0,12}?目标(?:任务)?"
                           r"|(?:占|完成)(?:全?年度?)?计划[\u4e00-\u9fff]{0,4}?的")  # (占计划面积的91.2%)
_FIGURE = re.compile(
    r"\d[\d.,]*\s*(?:%|％|个|万|亿|元|户|人|家|项|倍|吨|千米|公里|平方米|公顷|亩|千瓦|座|台|所|条|次|位|名|件|场)"
)


def _since_closed_year(m: DateMatch, anchor: Anchor) -> DateMatch:
    """2021年以来… said in January or February 2025 (a work report, a year-end review): through 2024, the year just
    closed, whose figures it reports; 今年以来 stays up to the document's date."""
    first, _, last = m.iso.partition("/")
    if (m.kind != "since" or not last or not anchor.year or not 1 <= (anchor.month or 0) <= 2
            or not first[:4].isdigit() or int(first[:4]) >= anchor.year or not last.startswith(str(anchor.year))):
        return m
    closed = str(anchor.year - 1)  # (去年以来 said in January: that year, not a span from 2024 to 2024)
    return DateMatch(m.start, m.end, closed if first == closed else f"{first}/{closed}", m.precision, m.kind, m.text)


def _start_day(m: DateMatch) -> DateMatch:
    """自2024年10月1日起，…最低工资标准由…提高到…: a day (or month) from which something changes is the date of the
    change, an event; a year from which something recurs (从2023年起，每年…) and 以来 stay periods."""
    if m.kind != "since" or m.precision not in ("day", "month") or not m.text.rstrip().endswith("起"):
        return m
    first = m.iso.split("/")[0]
    return DateMatch(m.start, m.end, first, m.precision, "point", m.text)


def _as_of_flow(m: DateMatch, sentence: str, ss: int) -> DateMatch:
    """到2018年末，全镇一般预算收入实现4761万元: a flow reached at year end (收入实现, 完成投资) is the year's total,
    dated by the year (the figures' rule, attributes.year_to_date); a stock or a state stays at its date."""
    if not re.match(r"(?:截至|截止|到)", m.text):
        return m
    start = m.end - ss
    while start < len(sentence) and sentence[start] in "，, ":
        start += 1  # 到2018年末，全镇…: the clause the date opens
    end = min([i for i in (sentence.find(c, start) for c in "，,；;。") if i >= 0] or [len(sentence)])
    clause = sentence[start:end]
    iso = year_to_date(m, clause)
    if not iso or "/" in iso or not _FIGURE.search(clause):
        return m  # only a year's total at year end: 截至9月份，到位资金… stays dated September on the timeline
    return DateMatch(m.start, m.end, iso, "year", m.kind, m.text)


def _intends(context: str) -> bool:
    """Words of intent in the clause (力争, 确保, 目标 ...), a goal reported as reached aside."""
    return bool(_TARGET_WORDS.search(_GOAL_REACHED.sub("", context)))


def _next_year_task(m: DateMatch, anchor: Anchor, context: str, under_goal: bool) -> DateMatch:
    """确保…上半年开工 in a speech of December: a task dated without a year of its own, at a time of the year already
    past, is for next year (a year-end meeting plans the year ahead)."""
    now = anchor.parts()
    if (not anchor.year or (anchor.month or 0) < 11 or _OWN_YEAR.search(m.text) or m.kind == "since"
            or m.text.startswith(("截至", "截止"))  # (截至11月20日 in November: a state already reached)
            or not (under_goal or _intends(context)) or not now
            or compare(parse_iso(m.last), now) >= 0):
        return m
    iso = "/".join(str(int(p[:4]) + 1) + p[4:] if p[:4].isdigit() else p for p in m.iso.split("/"))
    return DateMatch(m.start, m.end, iso, m.precision, m.kind, m.text)


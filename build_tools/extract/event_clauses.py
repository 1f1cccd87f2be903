"""The clauses of a sentence with dates (events.py asks): where a date's clause begins and ends, whether a clause
sets the whole year's goal, and whether a dated act followed by what is planned or expected of it later
(3月18日，…项目正式签约，…，预计2027年6月底前建成投产) is an event of its day and a plan of its later date, not one
plan dated by the later one."""

from __future__ import annotations

import re

from .date_model import Anchor, DateMatch, compare, parse_iso
from .event_dates import _FIGURE

# the words that make a later date a plan or an estimate (预计2027年6月底前建成, 计划于年底投用, 力争明年…)
# the breaks between the clauses of a sentence (a date's clause runs between them; events.py reads them too)
_CLAUSES = "，,；;：:"
_PLANNED = re.compile(r"(?:预计|计划|力争|争取|确保|拟|将|有望)(?:于|在|到)?\s*$")


def act_then_plan(dates: list[DateMatch], sentence: str, offset: int, anchor: Anchor) -> bool:
    """Two dates in ``sentence`` (``offset``: where it starts in its paragraph): the first a day or month opening the
    sentence, not after the document's date (what was done); the second after it, its clause saying it is planned
    or expected (预计, 计划, 力争, 将于…). Each is then an entry of its own."""
    if len(dates) != 2 or not anchor.year:
        return False
    act, plan = sorted(dates, key=lambda d: d.start)
    if act.precision not in ("day", "month") or act.kind != "point" or "/" in act.iso:
        return False
    if sentence[:act.start - offset].strip(" \u3000"):
        return False  # (…将于3月18日签约: the first date must open the sentence, as a news item's act does)
    before = sentence[:plan.start - offset]
    breaks = [k for k, c in enumerate(before) if c in _CLAUSES]
    if not breaks or not _PLANNED.search(before[breaks[-1] + 1:]):
        return False
    now = anchor.parts()
    return compare(parse_iso(act.iso), now) <= 0 < compare(parse_iso(plan.last), now)


def _clause_bounds(sentence: str, pos: int) -> tuple[int, int]:
    start = max((sentence.rfind(c, 0, pos) for c in _CLAUSES), default=-1) + 1
    ends = [i for i in (sentence.find(c, pos) for c in _CLAUSES) if i >= 0]
    return start, min(ends) if ends else len(sentence)


# a goal of the whole year (确保完成全年地区生产总值增长6%左右的预期目标) stated in a sentence framed by part of it
_WHOLE_YEAR_GOAL = re.compile(r"全年[^，,；;。！？]{0,30}?目标")


def _year_goal(sentence: str, date_at: int) -> bool:
    """Does a clause of ``sentence`` set a figure as the whole year's goal (确保完成全年…增长6%左右的目标) while the
    clause of the date at ``date_at`` (下半年要巩固…) sets none of its own?"""
    lo, hi = _clause_bounds(sentence, date_at)
    if _FIGURE.search(sentence, lo, hi):
        return False  # 力争四季度…增长7.5%以上: the quarter's own goal
    for g in _WHOLE_YEAR_GOAL.finditer(sentence):
        glo, ghi = _clause_bounds(sentence, g.start())
        if _FIGURE.search(sentence, glo, ghi):
            return True
    return False

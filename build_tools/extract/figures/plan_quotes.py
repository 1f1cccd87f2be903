"""The year's plan quoted in brackets after an estimate (holdout24, issue 11).

A plan-execution report compares an estimate with the plan it was set against by quoting the plan in brackets:
``预计全年规模以上工业增加值增长6.4%，未完成年度计划（增长7%）``, ``完成年度目标（5%左右）``. The number in the brackets
is the plan's value of the figure before it: the same metric, the year of its period (a plan of the year
against 1—11月 results), status target; a programme's target (低于规划目标（12/10万以下）in a plan's monitoring
report) is of the programme's last year. Without a figure before it in the sentence the bracket is left as read.

Such a report is written before the year's statistics are out: a figure of the year just closed given as 左右
(…增加到2025年的2860亿元左右, 年均增长5.9%左右 over 2021/2025, in January 2026) is an estimate, as 预计 says elsewhere.
"""

from __future__ import annotations

import re
from typing import Any

# a goal, a plan or a programme's target and an opening bracket (未完成年度计划（增长7%）, 低于规划目标（12/10万以下）,
# 均达到规划目标（分别为90%和85%以上）): the figures up to the closing bracket are the goal's values
_GOAL_OPEN = re.compile(r"(?P<whose>规划|纲要|年度|全年|年初)?(?:计划|目标|预期目标)(?:目标|值)?[（(]$")


def quoted_plans(s: str, nums: list[Any], plan_end: str = "") -> None:
    """Give a plan quoted in brackets after a figure (…增长6.4%，未完成年度计划（增长7%）) the metric of the figure
    before it of the same kind and unit, status target; several quoted together (分别控制在5‰和6‰以下) take the
    figures before them in order. A year's plan is of that figure's year; a programme's (规划目标, 纲要目标) of its
    last year, ``plan_end`` (2030), or of no year when that is unknown. The figures are changed in place."""
    groups: dict[int, list[Any]] = {}
    for num in nums:
        opened = max(s.rfind("（", 0, num.start), s.rfind("(", 0, num.start))
        if opened < 0 or max(s.find("）", opened, num.start), s.find(")", opened, num.start)) >= 0:
            continue
        if _GOAL_OPEN.search(s, max(0, opened - 8), opened + 1):
            groups.setdefault(opened, []).append(num)
    for opened, quoted in groups.items():
        first = nums.index(quoted[0])
        for k, num in enumerate(quoted):
            same = [b for b in nums[:first] if b.kind == num.kind and b.unit == num.unit and b.status != "target"]
            if len(same) < len(quoted):
                continue
            before = same[len(same) - len(quoted) + k]
            whose = _GOAL_OPEN.search(s, max(0, opened - 8), opened + 1).group("whose")
            year = before.period[:4]
            num.metric = before.metric
            num.period = (plan_end if whose in ("规划", "纲要") else year if year.isdigit() else before.period)
            num.status, num.is_target = "target", True


def approximate_estimates(s: str, nums: list[Any], issued: str) -> None:
    """A figure read as achieved, qualified 左右, of a period ending in the year before a document issued in its first
    quarter (``issued`` ISO): an estimate ("forecast"); changed in place."""
    if not re.match(r"\d{4}-0[1-3]", issued):
        return
    closed = str(int(issued[:4]) - 1)
    for num in nums:
        if num.status == "actual" and s[num.start:num.end].endswith("左右") and \
                num.period.rpartition("/")[2][:4] == closed:
            num.status = "forecast"

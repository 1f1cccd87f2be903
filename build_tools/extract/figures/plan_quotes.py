"""The year's plan quoted in brackets after an estimate (holdout24, issue 11).

A plan-execution report compares an estimate with the plan it was set against by quoting the plan in brackets:
``预计全年规模以上工业增加值增长6.4%，未完成年度计划（增长7%）``, ``完成年度目标（5%左右）``. The number in the brackets
is the plan's value of the figure before it: the same metric, the year of its period (a plan of the year
against 1—11月 results), status target. Without a figure before it
in the sentence the bracket is left as read.

Such a report is written before the year's statistics are out: a figure of the year just closed given as 左右
(…增加到2025年的2860亿元左右, 年均增长5.9%左右 over 2021/2025, in January 2026) is an estimate, as 预计 says elsewhere.
"""

from __future__ import annotations

import re
from typing import Any

# (未)完成/低于/高于/超过 (年度|全年)计划/目标 + an opening bracket, and a figure up to the closing one
_QUOTED_PLAN = re.compile(r"(?:(?:未)?完成|低于|高于|超过|达到|实现)?(?:年度|全年|年初)?(?:计划|目标|预期目标)(?:目标)?"
                          r"[（(](?:增长|下降|增速|为|目标)?\s*$")
_CLOSE = re.compile(r"\s*(?:左右|以上|以内)?\s*[）)]")


def quoted_plans(s: str, nums: list[Any]) -> None:
    """Give a plan quoted in brackets after an estimate (…增长6.4%，未完成年度计划（增长7%）) the estimate's metric and
    period, status target (the figures are changed in place)."""
    for before, num in zip(nums, nums[1:], strict=False):
        if not (_QUOTED_PLAN.search(s, max(0, num.start - 16), num.start) and _CLOSE.match(s, num.end)):
            continue
        if before.kind != num.kind or before.unit != num.unit:
            continue
        year = before.period[:4]
        num.metric, num.period = before.metric, year if year.isdigit() else before.period  # (the year's plan)
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

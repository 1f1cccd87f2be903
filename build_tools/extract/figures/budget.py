"""Budgeted amounts: a department's or a government's budget is a plan of the year's revenue and spending.

A budget named as such (收入预算总计6842.35万元, “三公”经费预算数为38.60万元, 政府采购预算总额1285.40万元, 2024年预算数
6748.20万元, 机关运行经费预算为126.35万元) gives an amount set out for a year, not money received or spent: its
status is "target" whatever year dates it (last year's budget is last year's plan). The names of budget kinds
(一般公共预算收入, 预算支出, 预算内投资) are amounts of revenue and spending, not plans, and a budget executed,
completed or closed (预算执行数, 完成预算的, 决算数, 实际支出) is a result. A table under a caption naming a budget
(收入预算总表, 支出预算表) holds the budget's amounts.
"""

from __future__ import annotations

import re

# a budget as the plan itself: 收入预算/支出预算/采购预算/经费预算 (not 预算收入, 预算支出: the kinds of revenue and
# spending), or 预算 followed by 数/总计/总额/为/安排 (预算数, 预算总计, 预算为126.35万元, 预算安排)
_BUDGET_PLAN = re.compile(r"(?:收入|支出|采购|经费|资金)预算(?![收支内执])|预算(?:数|总计|总额|安排|为)(?!.{0,2}的)")
# a budget whose execution is reported: a result, not the plan
_EXECUTED = re.compile(r"执行|完成|决算|实际|调整预算的|预算的")
_BUDGET_CAPTION = re.compile(r"预算(?:总表|表|安排表|明细表|情况表)")


def budget_cues(prefix: str) -> list[tuple[int, str]]:
    """("target" cues at the end of each budget named as a plan in ``prefix``, the part of a sentence before a
    figure), none when the clause says the budget was executed (预算执行数, 实际支出)."""
    out = []
    for m in _BUDGET_PLAN.finditer(prefix):
        start = max(prefix.rfind(c, 0, m.start()) for c in "，,；;。：:") + 1
        if not _EXECUTED.search(prefix, start, min(len(prefix), m.end() + 4)) and not _THEN_EXECUTED.search(
                prefix, m.end()):
            out.append((m.end(), "target"))
    return out


# a later clause of the same sentence that turns to the execution of the budget (…预算数3247.5亿元，…执行数3286.4亿元，
# …为预算101.2%: a budget execution table's row read as a sentence): the budget's cue does not reach past it (not a
# base of comparison: 比上年执行数增长5%)
# (a department's final accounts: 年初预算为1856.00万元，支出决算为1924.31万元，完成年初预算的103.7%: the line's
# actual spending and its ratio to the budget, results)
_THEN_EXECUTED = re.compile(r"[，,；;](?![^，,；;。]{0,12}?(?:比|较|与|同)[^，,；;。]{0,8}执行数)"
                            r"[^，,；;。]{0,20}?(?:执行数|为预算|决算(?:数|为)|完成[^，,；;。]{0,4}?预算的)")


def budget_caption(caption: str) -> bool:
    """A table whose caption names a budget (表2 支出预算总表（单位：万元）): its amounts are the budget's."""
    return bool(_BUDGET_CAPTION.search(caption)) and not _EXECUTED.search(caption)


# the clause of a budget's execution (执行数268.40万元, 预算执行率83.9%, 支出决算为…, 完成年初预算的…): a result
_EXECUTION_CLAUSE = re.compile(r"执行数|执行率|决算(?:数|为)|完成[^，,；;。]{0,4}?预算的|实际(?:支出|完成)")


def executed(s: str, start: int, end: int) -> bool:
    """Whether the clause ``s[start:end]`` before a figure reports a budget's execution (其中，该项目预算数…，执行数
    268.40万元: the part of a breakdown that is the result, not the budget it breaks down)."""
    return bool(_EXECUTION_CLAUSE.search(s, start, end))


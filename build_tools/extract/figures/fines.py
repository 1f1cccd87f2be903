"""A fine as a law or regulation sets it, its amount written before the noun (处二百元以上五百元以下罚款,
并处五十元罚款, 对个人处1000元罚款): the amount, or each bound of its range, is the fine (a norm of the rule), not a
threshold of a class (超5000万元的项目); a fine inside a quotation is the law a decision cites (“…处五万元以上
十万元以下罚款”的规定), no figure of it, and not an amount named by the words before it (由公安机关责令限期改正；
逾期不改正的，处…)."""

from __future__ import annotations

import re

from .text import _clause_start

FINE_NOUNS = ("罚款", "罚金")
_FINE_BEFORE = re.compile(r"(?:处以|并处|处)(?:[^，,；;。处]{1,12}?以上)?\s*$")
_FINE_AFTER = re.compile(r"\s*(?:以上|以下)?(?:[^，,；;。]{1,12}?以下)?的?(?P<fine>罚款|罚金)")


# the amount after the noun, a decision's fine (依法作出罚款3万元的行政处罚, 处以罚款2万元, 并处罚款5000元)
_FINE_NOUN_BEFORE = re.compile(r"(?:处以|并处|处|作出|给予)(?P<fine>罚款|罚金)\s*$")


def fine_name(s: str, start: int, end: int, unit: str) -> str:
    """罚款 (or 罚金) when the money amount at ``start``-``end`` is a fine set before its noun, else ""."""
    if unit.endswith("元") and (after := _FINE_NOUN_BEFORE.search(s, _clause_start(s, start), start)):
        return after.group("fine") if s.count("“", 0, start) <= s.count("”", 0, start) else ""
    if not unit.endswith("元") or not _FINE_BEFORE.search(s, _clause_start(s, start), start):
        return ""
    if s.count("“", 0, start) > s.count("”", 0, start):
        return ""  # (依据…第一百二十四条“…，并处五万元以上十万元以下罚款”的规定: the law quoted by a decision)
    fine = _FINE_AFTER.match(s, end)
    return fine.group("fine") if fine else ""


# a fine set as a share of an income or an amount (对其处上一年年收入40%的罚款，计9.6万元; 处违法所得50%的罚款)
_INCOME_BEFORE = re.compile(r"处(?:以)?[^，,；;。\d]{0,12}(?:收入|所得|金额|价款|货值)的?\s*$")
_FINE_TOTAL = re.compile(r"[%％]的?(?:罚款|罚金)[，,]\s*(?:计|共计|合计)\s*$")


def fine_basis(s: str, start: int, end: int) -> bool:
    """The share at ``start``-``end`` is the basis of a fine (处上一年年收入60%的罚款): the amount follows."""
    return bool(_FINE_AFTER.match(s, end) and _INCOME_BEFORE.search(s, 0, start))


def fine_total(s: str, start: int) -> bool:
    """The amount at ``start`` is the fine a share of an income came to (…60%的罚款，计28.8万元)."""
    return bool(_FINE_TOTAL.search(s, 0, start))

"""Table columns named without a unit whose cells write their own unit or bounds (tables.py): 容积率 | ≥1.0且≤2.5,
建筑密度 | ≤35%, 出让年限 | 70年, each cell said as written, its signs in words."""

from __future__ import annotations

import re

# a column named without a unit whose cells write their own unit or bounds (容积率 | ≥1.0且≤2.5, 建筑密度 | ≤35%,
# 出让年限 | 70年): each cell said as written, its signs in words (不低于1.0且不高于2.5, 不高于35%)
OWN = "@own"
_OWN_HEADER = re.compile(r"[\u4e00-\u9fff]{2,8}")
_OWN_PART = r"(?:[≥≤＞＜><]=?)?\s*\d+(?:\.\d+)?\s*(?:%|％|年|米|元/[亩头只羽公顷]{1,2})?"
_OWN_CELL = re.compile(rf"{_OWN_PART}(?:\s*(?:且|，|,|、)\s*{_OWN_PART})?")
_OWN_SIGNS = {"≥": "不低于", ">=": "不低于", "≤": "不高于", "<=": "不高于", "＞": "高于", ">": "高于", "＜": "低于",
              "<": "低于"}


def _own_unit_column(rows: list[list[str]], j: int) -> bool:
    """Whether column ``j`` (named without a unit) writes each cell's unit or bounds itself."""
    cells = [r[j].strip() for r in rows[1:] if j < len(r) and r[j].strip()]
    return bool(cells) and all(_OWN_CELL.fullmatch(c) for c in cells) and any(
        re.search(r"[≥≤＞＜><%％年米元]", c) for c in cells)

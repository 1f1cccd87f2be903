"""A plan report's table of main indicators whose rows name their unit inside the indicator's cell, with no 单位
column (指标 | 2025年计划 | 2025年预计 | 2026年预期目标, rows ``地区生产总值增速（%）``, ``细颗粒物（PM2.5）平均浓度
（微克/立方米）``): the unit is split off into a column of its own, so that the table is read as one with a 单位
column (tables.py ``_unit_column_sentences``: each cell under a status column restated with its column's words,
``2025年计划：地区生产总值增速6%。``), its period and status the column's.

A name may hold a bracket of its own (（PM2.5）): only the last bracket closing the cell is the unit, and only when it
is a unit (a measure word, perhaps with 万/亿, or %)."""

from __future__ import annotations

import re

from .units import UNITS

# the last bracket closing a cell: 细颗粒物（PM2.5）平均浓度（微克/立方米） -> 细颗粒物（PM2.5）平均浓度, 微克/立方米
_LAST_BRACKET = re.compile(r"^(?P<name>.+?)\s*[（(](?P<unit>[^（()）]{1,8})[）)]\s*$")
_MULTIPLIER = re.compile(r"^(?:万亿|亿|千万|百万|十万|万|千|百)")


def _is_unit(text: str) -> bool:
    unit = text.strip()
    return unit in ("%", "％", "‰") or unit in UNITS or (
        bool(m := _MULTIPLIER.match(unit)) and unit[m.end():] in UNITS)


def split_label_units(rows: list[list[str]], label_col: int, status_header: re.Pattern[str]) -> list[list[str]] | None:
    """The table with a 单位 column inserted after ``label_col`` (each row's unit taken out of its label), or None when
    it is no such table: every other column of the header a status column (``status_header``: 2025年计划, 2025年预计,
    2026年预期目标; two at least), and most data rows naming a unit in their label."""
    header = rows[0]
    others = [j for j in range(len(header)) if j != label_col]
    if len(others) < 2 or not all(status_header.match(header[j].strip()) for j in others):
        return None
    out = [[*header[:label_col + 1], "单位", *header[label_col + 1:]]]
    named = 0
    for row in rows[1:]:
        label = row[label_col] if label_col < len(row) else ""
        m = _LAST_BRACKET.match(label.strip())
        name, unit = (m.group("name"), m.group("unit").strip()) if m and _is_unit(m.group("unit")) else (label, "")
        named += bool(unit)
        out.append([*row[:label_col], name, unit, *row[label_col + 1:]])
    return out if named * 2 > len(rows) - 1 else None

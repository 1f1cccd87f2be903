"""Figures of a table of figures: each data row restated as the sentence the table abbreviates.

A table whose header names a quantity and its unit per column (``改造小区（个）``, ``计划投资（亿元）``,
``增速（%）``) and whose first column names what each row is about (a city, a county, an industry; ``合计`` for the
total) gives one figure per numeric cell. The row is restated as a sentence in the report's own words
(``泰源市：改造小区420个，计划投资19.8亿元。``) and read like any other sentence: the metric is the column's, the unit
the header's, the subject the row's entity (none for a total, 合计), and the period and status those of the table's
caption or section (``附表：2025年各市…任务表``: 2025's targets). Tables without units in their header are left
alone: a bare number without a unit is never a figure.
"""

from __future__ import annotations

import re

from ...model import Paragraph

# a header cell naming a quantity and its unit: 改造小区（个）, 计划投资(亿元), 增长（%）
_HEADER_UNIT = re.compile(r"^(?P<name>[^（(]{1,16}?)\s*[（(](?P<unit>[^（()）]{1,6})[）)]\s*$")
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")


def table_sentences(para: Paragraph) -> list[str]:
    """The data rows of a table paragraph restated as sentences ("" rows left out); [] if it is no table of
    figures (see the module docstring)."""
    rows = [[c.strip() for c in row] for row in para.cells]
    if len(rows) < 2 or len(rows[0]) < 2:
        return []
    columns = {j: m for j, h in enumerate(rows[0]) if j and (m := _HEADER_UNIT.match(h))}
    if not columns:
        return []
    out = []
    for row in rows[1:]:
        label = row[0] if row else ""
        if not label or _NUMBER.fullmatch(label):
            continue
        parts = [f"{m.group('name')}{row[j]}{m.group('unit')}" for j, m in columns.items()
                 if j < len(row) and _NUMBER.fullmatch(row[j])]
        if parts:
            out.append(f"{label}：" + "，".join(parts) + "。")
    return out

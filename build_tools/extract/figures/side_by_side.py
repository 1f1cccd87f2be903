"""Two tables set side by side in one grid: a final accounts' 收入支出决算总表 (收入 | 决算数 | 支出 | 决算数), a
budget's 收支总表 (收入 | 预算数 | 支出 | 预算数). Each half is a table of its own: its first column names the rows,
the rest hold their values; read as one table, the right half's names would be taken for values of the left's rows
and their numbers lost."""

from __future__ import annotations

import re

_NUMBER_CELL = re.compile(r"[+-]?\d[\d,，]*(?:\.\d+)?")


def side_by_side(rows: list[list[str]]) -> list[list[list[str]]] | None:
    """The two halves of a grid whose header repeats its value columns after a second name column (收入 | 决算数 |
    支出 | 决算数), each with its own header; None for any other table. The right half's name column must hold names
    (not numbers) where it is filled, and its value columns must repeat the left's headers."""
    header = rows[0]
    width = len(header)
    if width < 4 or width % 2:
        return None
    half = width // 2
    left, right = header[:half], header[half:]
    if left[1:] != right[1:] or not all(left[1:]) or left[0] == right[0] or not left[0] or not right[0]:
        return None
    if any(_NUMBER_CELL.fullmatch(row[half].strip()) for row in rows[1:] if len(row) == width and row[half].strip()):
        return None
    halves: list[list[list[str]]] = [[left], [right]]
    for row in rows[1:]:
        if len(row) != width:
            return None
        for k, part in enumerate((row[:half], row[half:])):
            if part[0].strip() or any(c.strip() for c in part[1:]):
                halves[k].append(part)
    return [h for h in halves if len(h) > 1]

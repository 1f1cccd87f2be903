"""A table's grouping column whose cells were merged down their rows in the source (a Word or HTML table with a
vertically merged cell): the converter keeps the text in the group's first row and leaves the rows below it empty.

    类别 | 等级 | 新标准（元/人·年）
    因战 | 一级 | 119880
         | 二级 | 107890
    因公 | 一级 | 115910

Each empty cell is the group of the rows above it (因战), and when the next column's names repeat from one group to
the next (一级 under 因战 and under 因公) a row is named by its group and its own name together (因战一级), so that
every row is read (it was: only the first row of each group, named by the group alone).
"""

from __future__ import annotations

import re

_PLAIN = re.compile(r"[+-]?\d+(?:\.\d+)?")
_TOTAL = re.compile(r"^(?:全[省市县区])?(?:合计|总计|小计|总数)$")
_WORDS = re.compile(r"[\u4e00-\u9fff]")
# a header naming a quantity or a year, not the names of the rows (新标准（元/人·年）, 2025年)
_VALUE_HEADER = re.compile(r"[（(][^（()）]{1,8}[）)]\s*$|^(?:19|20)\d{2}\s*年?$")


def fill_merged_groups(rows: list[list[str]], col: int) -> list[list[str]]:
    """``rows`` (header first) with the merged cells of column ``col`` filled down, and the names of column ``col + 1``
    prefixed with their group when they repeat across groups; ``rows`` unchanged unless column ``col`` groups the rows
    (its first body cell is words, at least two cells below are empty, every row with an empty cell has a name of words
    in the next column) and the next column's header names no quantity."""
    nxt = col + 1
    if len(rows) < 4 or any(len(r) <= nxt for r in rows) or _VALUE_HEADER.search(rows[0][nxt]):
        return rows
    body = rows[1:]
    first = body[0][col].strip()
    empty = [r for r in body if not r[col].strip()]
    if not first or not _WORDS.search(first) or _TOTAL.match(first) or len(empty) < 2:
        return rows
    if any(not _WORDS.search(r[nxt]) or _PLAIN.fullmatch(r[nxt].strip()) or _TOTAL.match(r[nxt].strip())
           for r in empty):
        return rows  # (合计 | | 5862: a total row's empty cell, no merged group)
    filled: list[list[str]] = []
    group = ""
    for r in body:
        group = r[col].strip() or group
        filled.append([*r[:col], group, *r[col + 1:]])
    names = [r[nxt].strip() for r in filled]
    if len(set(names)) != len(names) and len({(r[col], r[nxt].strip()) for r in filled}) == len(filled):
        filled = [[*r[:nxt], r[col] + r[nxt].strip(), *r[nxt + 1:]] for r in filled]  # (因战 | 一级: 因战一级)
    return [rows[0], *filled]

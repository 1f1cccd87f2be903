"""A table whose rows are named by a group merged down beside a column of ranges (a bulletin's table by age group and
sex, a survey's by income bracket):

    人群   | 年龄（岁） | 男身高（厘米） | 女身高（厘米）
    成年人 | 20-39      | 172.4          | 160.7
           | 40-59      | 169.9          | 158.8

Each row is named by its group and its range with the range's unit (成年人20-39岁, 成年人40-59岁) and the column of
ranges is no column of values: without it the ranges' rows below the group's first were unnamed and not read, and the
first was named by its group alone.
"""

from __future__ import annotations

import re

_RANGE = re.compile(r"\d+(?:\.\d+)?\s*[-－—–～~至]\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:及以上|以上|以下|及以下)")
# the head of a column of ranges: an age, a group or a bracket, with the ranges' unit in brackets (年龄（岁）, 年龄组,
# 收入分组（元）)
_RANGE_HEAD = re.compile(r"^(?P<name>[\u4e00-\u9fff]{0,6}(?:年龄|组|段|区间|档次|档))\s*"
                         r"(?:[（(](?P<unit>[^（()）]{1,4})[）)])?$")
_WORDS = re.compile(r"[\u4e00-\u9fff]")


def name_range_rows(rows: list[list[str]], col: int) -> list[list[str]]:
    """``rows`` (header first) with column ``col + 1`` of ranges folded into the names of column ``col`` (its empty
    cells filled with the group above); ``rows`` itself unless the next column's head names ranges, every body cell
    of it is a range and the first body cell of column ``col`` is words."""
    nxt = col + 1
    if len(rows) < 3 or any(len(r) <= nxt for r in rows):
        return rows
    head = _RANGE_HEAD.match(rows[0][nxt].strip())
    body = rows[1:]
    if head is None or not _WORDS.search(body[0][col]) or not all(_RANGE.fullmatch(r[nxt].strip()) for r in body):
        return rows
    unit = head.group("unit") or ""
    named: list[list[str]] = []
    group = ""
    for r in body:
        group = r[col].strip() or group
        named.append([*r[:col], f"{group}{r[nxt].strip()}{unit}", *r[nxt + 1:]])
    return [[*rows[0][:nxt], *rows[0][nxt + 1:]], *named]

"""A table's two-row header whose first row writes each head merged across columns once and leaves the columns it
spans empty (a PDF's ruled table, a Word table saved with its merged cells blank), the second row naming the columns
under each span:

    人群 | 年龄（岁） | 身高（厘米） |      | 体重（千克） |
         |            | 男           | 女   | 男           | 女

The two rows are one header: each column under a span is named by its own name and the span's, with the span's unit
(男身高（厘米）, 女体重（千克）); a column merged down the two rows keeps its name. header_rows.merge_header_rows reads
one span of a first row written shorter than the second; this reads any number of spans written with blanks.
"""

from __future__ import annotations

import re

from .header_rows import _NAME_UNIT, _NUMBER, _YEAR
from .wrapped_heads import measure_under_span, wrapped_head

# a sub-column of the change against a base (比上年末增减, 较上年增长): said after the span's name, as a bulletin says
# it (从业人员比上年末增减, not 比上年末增减从业人员), so that the change reads as one
_COMPARISON = re.compile(r"^(?:比|较)(?:上年末|上年|年初|上月末|上月|同期)(?:增减|增长|增加|减少|变化|变动)$")


def merge_spanned_heads(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` with a two-row header of blank-padded spans made one row; unchanged unless the first column is no
    span, every span covers at least two names of the second row (no figures), and every other column is named in
    one row or the same in both."""
    if len(rows) < 3 or len(rows[0]) < 2:
        return rows
    sub = rows[1]
    n = len(sub)
    if len(rows[0]) > n or len(rows[2]) != n:
        return rows
    top = rows[0] + [""] * (n - len(rows[0]))
    merged: list[str] = []
    spans = 0
    j = 0
    while j < n:
        end = j + 1
        while end < n and not top[end] and sub[end]:
            end += 1
        if top[j] and end - j >= 2 and all(sub[j:end]):
            under = sub[j:end]
            if j == 0 or any(_NUMBER.match(c) for c in under):
                return rows
            m = _NAME_UNIT.match(top[j])
            name, unit = (m.group("name"), m.group("unit")) if m else (top[j], "")
            merged += [measure_under_span(c, name) or (
                c if _NAME_UNIT.match(c) or _YEAR.match(c) else f"{name}{c}{unit}" if _COMPARISON.match(c)
                else f"{c}{name}{unit}") for c in under]
            spans += 1
            j = end
            continue
        wrapped = wrapped_head(top[j], sub[j])
        if (top[j] and sub[j] and top[j] != sub[j] and not wrapped) or not (top[j] or sub[j]):
            return rows
        merged.append(wrapped or top[j] or sub[j])
        j += 1
    return [merged, *rows[2:]] if spans else rows


def pad_collapsed_spans(rows: list[list[str]]) -> list[list[str]]:
    """A Word table read with each merged cell once (docx ingest): a first row of several heads, each over the same
    run of sub-columns, written shorter than the second row:

        机构类型 | 机构数（个） | 从业人员（人）
        机构类型 | 2025年末 | 比上年末增减 | 2025年末 | 比上年末增减

    The spans are laid out again as blank-padded heads (机构数（个） | "" | 从业人员（人） | "") for
    merge_spanned_heads, only when the sub-columns between the cells merged down both rows split evenly among the
    heads and repeat the same names under each (one span alone is header_rows.merge_header_rows's)."""
    if len(rows) < 3:
        return rows
    top, sub = rows[0], rows[1]
    if len(top) >= len(sub) or len(rows[2]) != len(sub):
        return rows
    lead = 0
    while lead < len(top) and top[lead] and top[lead] == sub[lead]:
        lead += 1
    tail = 0
    while tail < len(top) - lead and top[-1 - tail] and top[-1 - tail] == sub[-1 - tail]:
        tail += 1
    heads = top[lead:len(top) - tail]
    under = sub[lead:len(sub) - tail]
    if len(heads) < 2 or not lead or len(under) % len(heads) or not all(heads):
        return rows
    width = len(under) // len(heads)
    groups = [under[k:k + width] for k in range(0, len(under), width)]
    if width < 2 or any(g != groups[0] for g in groups) or not all(groups[0]):
        return rows
    padded = top[:lead] + [c for h in heads for c in [h] + [""] * (width - 1)] + top[len(top) - tail:]
    return [padded, *rows[1:]]

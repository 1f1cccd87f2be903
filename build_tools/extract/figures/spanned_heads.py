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

from .header_rows import _NAME_UNIT, _NUMBER, _YEAR
from .wrapped_heads import measure_under_span, wrapped_head


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
            merged += [measure_under_span(c, name) or (c if _NAME_UNIT.match(c) or _YEAR.match(c)
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

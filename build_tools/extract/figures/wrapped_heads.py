"""Two small readings of a two-row table header (spanned_heads, header_rows):

- **A head merged down the two rows and wrapped across them** (a PDF's ruled table whose narrow
  column breaks a long head in two): ``每万人口高价值发明 | 专利拥有量（件）`` and ``有效注册商标量 | （件）``
  are one head each, the first line's text followed by the second's, when the first line names no
  unit and the second ends with one.
- **A column under a span named by a generic measure with its unit** (数量（件）, 金额（亿元）,
  同比增长（%）): the span names what is measured, so the column is the span's name with the measure
  (发明专利授权量（件）, 发明专利授权量同比增长（%）), not the bare measure.
"""

from __future__ import annotations

import re

# a head ending with its unit in brackets (（件）, 专利拥有量（件）, 登记金额（亿元）), or a bracket alone
_ENDS_WITH_UNIT = re.compile(r"[（(][^（()）]{1,12}[）)]$")
_HAS_BRACKET = re.compile(r"[（()）]")
_UNIT = r"[（(][^（()）]{1,12}[）)]"
# the measures a span's columns are split into: a count or an amount (the span's own quantity) ...
_AMOUNT = re.compile(rf"^(?:数量|数额|金额|总量|总额|规模|件数|个数|人数|绝对数|总数)(?P<unit>{_UNIT})$")
# ... or a change or share of it
_CHANGE = re.compile(rf"^(?:同比|比上年|较上年)?(?:增长|增减|增速|增幅|下降|变化|变动)(?:率|幅度)?{_UNIT}$"
                     rf"|^(?:同比|占比|比重|占全[省市县区]比重){_UNIT}$")


def wrapped_head(top: str, sub: str) -> str:
    """The head of a column merged down two header rows whose text wraps from the first row into the second
    (``有效注册商标量`` over ``（件）`` -> ``有效注册商标量（件）``); "" when the two are no such halves."""
    if not top or not sub or _HAS_BRACKET.search(top) or not _ENDS_WITH_UNIT.search(sub):
        return ""
    return top + sub


def measure_under_span(cell: str, name: str) -> str:
    """A column under the span ``name`` named by a generic measure with its unit: the span's name with it (数量（件）
    under 发明专利授权量 -> 发明专利授权量（件）; 同比增长（%） -> 发明专利授权量同比增长（%）); "" when ``cell`` is no
    generic measure."""
    m = _AMOUNT.match(cell)
    if m:
        return name + m.group("unit")
    if _CHANGE.match(cell):
        return name + cell
    return ""

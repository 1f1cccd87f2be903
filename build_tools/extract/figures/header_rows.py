"""A table whose header takes two rows because one header cell spans several columns (a Word or HTML table with
merged cells): the converter writes the spanning cell once in the first row, and the cells merged down the two rows
twice (python-docx repeats them) or once with an empty cell below.

    类别 | 险种 | 保险金额（元/亩） | 保险费率（%） | 保费补贴比例（%）
    类别 | 险种 | 保险金额（元/亩） | 保险费率（%） | 中央财政 | 省级财政 | 县级财政 | 农户自缴

The two rows are one header: the columns under the spanning cell are named by their own name and the span's (中央财政
保费补贴比例（%）), with the span's unit; the other columns keep their name. Without it the first row was read as the
header, and the columns under the span had no name (their cells were no figures).
"""

from __future__ import annotations

import re

# a header cell ending with its unit in brackets: 保费补贴比例（%）, 补助标准（元/人）
_NAME_UNIT = re.compile(r"^(?P<name>.*?[^\s（(])\s*(?P<unit>[（(][^（()）]{1,12}[）)])$")
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?%?$")


def merge_header_rows(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` with a two-row header (one cell of the first row spanning the last columns of the second) made one
    row; ``rows`` unchanged unless the first row is shorter than the second, the cells before the span are the
    second row's (or empty below), the span is the first row's last cell and the second row's cells under it are
    names, not figures."""
    if len(rows) < 3 or len(rows[0]) < 2:
        return rows
    top, sub = rows[0], rows[1]
    lead = len(top) - 1  # the cells before the span
    if len(sub) <= len(top) or len(sub) - lead < 2 or len(rows[2]) != len(sub):
        return rows
    if any(s and s != t for t, s in zip(top[:lead], sub[:lead], strict=False)) or not top[lead]:
        return rows
    under = sub[lead:]
    if any(not c or _NUMBER.match(c) for c in under) or not any(c for c in top[:lead]):
        return rows
    m = _NAME_UNIT.match(top[lead])
    name, unit = (m.group("name"), m.group("unit")) if m else (top[lead], "")
    merged = [t or s for t, s in zip(top[:lead], sub[:lead], strict=False)]
    merged += [c if _NAME_UNIT.match(c) else f"{c}{name}{unit}" for c in under]
    return [merged, *rows[2:]]


# a header's unit naming alternatives by what the rows insure or subsidize (保险金额（元/亩、元/头）: per mu of a crop,
# per head of livestock): each row's cell takes the one that fits its row, animals counted by head, land by area
_PER = r"元/[\u4e00-\u9fff]{1,2}"
_ALTERNATIVES = re.compile(rf"^(?P<name>[^（(]+)[（(](?P<units>{_PER}(?:[、，,]{_PER})+)[）)]$")
_ANIMAL = re.compile(r"猪|牛|羊|马|驴|兔|畜|禽|鸡|鸭|鹅|蜂|养殖")
_PER_HEAD = ("头", "只", "羽")
_PER_AREA = ("亩", "公顷")


def pick_unit_alternatives(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` with each column whose header names alternative units (保险金额（元/亩、元/头）) named without them and
    each of its cells written with the alternative of its row (1200元/亩 in a rice row, 1500元/头 in a sows' row);
    unchanged unless every row with a value fits one alternative."""
    header = rows[0]
    for j, h in enumerate(header):
        m = _ALTERNATIVES.match(h.strip())
        if not m:
            continue
        units = re.split(r"[、，,]", m.group("units"))
        head = next((u for u in units if u.endswith(_PER_HEAD)), "")
        area = next((u for u in units if u.endswith(_PER_AREA)), "")
        if not head or not area:
            continue
        body = []
        for row in rows[1:]:
            cell = row[j].strip() if j < len(row) else ""
            if not _NUMBER.match(cell) or cell.endswith("%"):
                body.append(row)
                continue
            unit = head if _ANIMAL.search("".join(row[:j])) else area
            body.append([*row[:j], cell + unit, *row[j + 1:]])
        rows = [[*header[:j], m.group("name").strip(), *header[j + 1:]], *body]
        header = rows[0]
    return rows


# a header naming a column of signed changes with ± (单位GDP能耗比上年±（%）, “十四五”以来累计±（%）, 增减（±%）): the
# column of 增减, whose negative cells are falls and positive cells rises, as a statistics table's 比上年增减（%）
_PLUS_MINUS = re.compile(r"\s*(?:±|\+/-|＋/－)\s*(?=[（(]|$)")
_PLUS_MINUS_UNIT = re.compile(r"[（(]\s*(?:±|\+/-)\s*(%|％)\s*[）)]$")


def plain_signs(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` with a header cell's ± (比上年±（%）, 累计（±%）) said as 增减 (比上年增减（%）, 累计增减（%）)."""
    if not rows:
        return rows
    head = [_PLUS_MINUS.sub("增减", _PLUS_MINUS_UNIT.sub(r"增减（\1）", cell)) for cell in rows[0]]
    return rows if head == rows[0] else [head, *rows[1:]]


def header_read(rows: list[list[str]]) -> list[list[str]]:
    """A table's rows with its header read: two header rows made one, a unit's alternatives picked for each row, ±
    said as 增减."""
    return plain_signs(pick_unit_alternatives(merge_header_rows(rows)))

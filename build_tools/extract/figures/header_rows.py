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
_YEAR = re.compile(r"^(?:19|20)\d{2}\s*年(?:度)?$")


def merge_header_rows(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` with a two-row header (one cell of the first row spanning several columns of the second) made one
    row; ``rows`` unchanged unless the first row is shorter than the second, the cells before the span are the
    second row's (or empty below), the cells after it end the second row (or are empty there), and the second row's
    cells under the span are names, not figures. The span is the first row's last cell, or one in its middle
    (业务类别 | 项目 | 案件数量 | 同比变化（%） over 业务类别 | 项目 | 2024年 | 2025年 | 同比变化（%）): the first span
    that fits is taken. Years under a span (2024年, 2025年) keep their own name, the year columns they are."""
    if len(rows) < 3 or len(rows[0]) < 2:
        return rows
    top, sub = rows[0], rows[1]
    if len(sub) <= len(top) or len(rows[2]) != len(sub):
        return rows
    for lead in range(len(top) - 1, -1, -1):
        merged = _merged(top, sub, lead)
        if merged is not None:
            return [merged, *rows[2:]]
    return rows


def _merged(top: list[str], sub: list[str], lead: int) -> list[str] | None:
    """The header made one when ``top[lead]`` spans the columns of ``sub`` between the cells before and after it."""
    tail = len(top) - lead - 1  # the cells after the span
    under = sub[lead:len(sub) - tail]
    if len(under) < 2 or not top[lead]:
        return None
    after = sub[len(sub) - tail:]
    if any(s and s != t for t, s in zip(top[:lead], sub[:lead], strict=False)) or any(
            s and s != t for t, s in zip(top[lead + 1:], after, strict=False)):
        return None
    if any(not c or _NUMBER.match(c) for c in under) or not any(c for c in top[:lead]):
        return None
    m = _NAME_UNIT.match(top[lead])
    name, unit = (m.group("name"), m.group("unit")) if m else (top[lead], "")
    merged = [t or s for t, s in zip(top[:lead], sub[:lead], strict=False)]
    merged += [c if _NAME_UNIT.match(c) or _YEAR.match(c) else f"{c}{name}{unit}" for c in under]
    return merged + [t or s for t, s in zip(top[lead + 1:], after, strict=False)]


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


# a column of signed changes (同比变化（%）, 增减（%）) whose falls carry a minus sign (-9.8) and whose rises carry none
# (6.8): the rises are its unsigned cells, as the table's 注 says (负数为下降)
_SIGNED_HEADER = re.compile(r"(?:变化|变动|增减)(?:幅度)?\s*(?:[（(][^（()）]{1,6}[）)])?$")
_UNSIGNED = re.compile(r"^\d+(?:\.\d+)?%?$")


def sign_changes(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` with the unsigned cells of each signed-change column written with a plus sign (6.8 -> +6.8), when
    the column has a negative cell: a column of changes marking its falls only. Unchanged otherwise."""
    if len(rows) < 3:
        return rows
    for j, h in enumerate(rows[0]):
        if not _SIGNED_HEADER.search(h.strip()):
            continue
        cells = [r[j].strip() if j < len(r) else "" for r in rows[1:]]
        if not any(c.startswith(("-", "−", "－")) and len(c) > 1 for c in cells):
            continue
        rows = [rows[0], *([*r[:j], "+" + r[j].strip(), *r[j + 1:]] if j < len(r) and _UNSIGNED.match(r[j].strip())
                           and float(r[j].strip().rstrip("%")) else r for r in rows[1:])]
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


# a total row whose label spans the columns before the figures (合计 merged across 序号 | 乡镇 | 工程名称): the
# converter writes the spanning cell once (and a trailing empty cell may be lost), so the row is shorter than the
# others: its figures are under the last columns of figures of the full row above it, its label in each column
# before them, as a merged cell is read
_TOTAL_LABEL = re.compile(r"^(?:全[省市县区])?(?:合计|总计|小计|总数|全部)$")
_FIGURE_CELL = re.compile(r"^[+-]?\d+(?:\.\d+)?\s*[%％]?$")


def align_total_rows(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` with each short total row laid out in the columns of the table's full rows (unchanged when its
    figures do not match the columns of figures of the full row above it)."""
    width = max((len(r) for r in rows[1:]), default=0)
    out = []
    for i, row in enumerate(rows):
        above = next((r for r in reversed(rows[1:i]) if len(r) == width), None)
        if above and 1 < len(row) < width and _TOTAL_LABEL.match(row[0].strip()):
            nums = [c for c in row[1:] if _FIGURE_CELL.match(c.strip())]
            cols = [j for j, c in enumerate(above) if _FIGURE_CELL.match(c.strip())][-len(nums):] if nums else []
            if len(cols) == len(nums) and cols[0] > 0:
                laid = [row[0]] * cols[0] + [""] * (width - cols[0])
                for j, c in zip(cols, nums, strict=True):
                    laid[j] = c
                row = laid
        out.append(row)
    return out


def prepare_rows(cells: list[list[str]]) -> list[list[str]]:
    """A table's rows as read: its cells stripped, a two-row header made one, alternative units picked, ± said as
    增减, the rises of a column of signed changes signed."""
    from .spanned_heads import merge_spanned_heads, pad_collapsed_spans

    rows = [[c.strip() for c in row] for row in cells]
    merged = merge_header_rows(merge_spanned_heads(pad_collapsed_spans(rows)))
    return sign_changes(plain_signs(pick_unit_alternatives(align_total_rows(merged))))

"""Tables whose unit is given once for all their cells, by a unit line or the caption
(``单位：亿元``, ``（单位：万元）``) and not by their headers or row labels: a finance bureau's debt table
(项目 | 合计 | 一般债务 | 专项债务 under ``单位：亿元``), a list of projects with their amounts
(序号 | 项目名称 | 项目单位 | 债券金额 under ``单位：万元``).

Each data row is restated as the sentence the table abbreviates and read like any other sentence:
- a first value column of the whole (合计, 总计, 总额) is the row's own value, the columns after it its parts:
  ``2023年末政府债务余额77.27亿元，其中一般债务29.98亿元，专项债务47.29亿元。``;
- otherwise each value column is named: ``城东污水处理厂扩建工程：债券金额32000万元。`` (a row naming a project or an
  entity is about it: its label, then a colon, makes it the subject);
- a totals row (合计) is the whole's: ``合计，债券金额97600万元。``.
Columns of serial numbers and of text are left out; thousands separators (32,000) are read as one number.
"""

from __future__ import annotations

import re

from .units import _MULTS, UNITS

# the unit a unit line or a caption gives every cell: 单位：亿元, （单位：万元）, 单位:万人
_UNIT_LINE = re.compile(r"单位\s*[：:]\s*(?P<unit>[^\s，,。；;）)]{1,6})\s*[）)]?\s*$")
_WHOLE = re.compile(r"^(?:合计|总计|总额|总量|全部)$")


def unit_of_line(text: str) -> str:
    """The unit a unit line or a caption gives every cell of its table (亿元 of ``单位：亿元``), or ""."""
    m = _UNIT_LINE.search(text.strip())
    if not m:
        return ""
    unit = m.group("unit")
    base = next((unit[len(k):] for k in sorted(_MULTS, key=len, reverse=True) if unit.startswith(k)), unit)
    return unit if base in UNITS and base != "年" else ""


def value_columns(rows: list[list[str]], label_col: int, skip: re.Pattern[str], number: re.Pattern[str]) -> list[int]:
    """The columns after the label whose data cells hold numbers (serial numbers aside)."""
    header = rows[0]
    return [j for j in range(len(header)) if j != label_col and not skip.match(header[j])
            and any(j < len(r) and number.fullmatch(plain_number(r[j])) for r in rows[1:])]


def plain_number(cell: str) -> str:
    """A cell's number without thousands separators (32,000 -> 32000); other cells unchanged."""
    cell = cell.strip()
    return cell.replace(",", "") if re.fullmatch(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?", cell) else cell


_DATE_HEAD = re.compile(r"^(?:(?:19|20)\d{2}\s*年(?:度|末|底)?)?")


def part_name(label: str, column: str) -> str:
    """The name of a part column's cell in a row: the column put in the row's name where the row names the whole
    the column divides (政府债务余额 by 一般债务: 一般债务余额), else the column before the row's name (新增债券 by
    一般债务: 一般债务新增债券, the new bonds of the general debt, not the general debt itself)."""
    core = _DATE_HEAD.sub("", label).strip()
    head = column[-2:]
    at = core.find(head)
    if len(column) >= 3 and at >= 0:
        return column + core[at + 2:]  # (the words before the head are the whole's own qualifier: 政府债务)
    return column + core if core and not core.startswith(column) else column


# a generic amount column (金额) and an item naming an amount of money itself (期初余额, 经营收入, 管理费用, 道路硬化
# 工程进度款, 误工补贴): the item alone names the figure
GENERIC_AMOUNT = ("金额", "金额数", "发生额")
MONEY_ITEM = re.compile(r"(?:余额|结余|收入|支出|费用|费|款|补贴|补助|资金|收益|利息)$")


def unit_line_sentences(rows: list[list[str]], label_col: int, unit: str, columns: list[int],
                        entity: re.Pattern[str], total: re.Pattern[str], number: re.Pattern[str],
                        quantity: str = "") -> list[str]:
    """The data rows of a table whose unit line gives ``unit``, restated (see the module docstring); a totals row
    of a table whose caption names the ``quantity`` its rows divide, with a whole column first, is that quantity's
    (合计 | 186.40 | 28.60 | … under …供应计划分季度安排表: 国有建设用地供应计划186.40公顷，其中一季度…28.60公顷)."""
    header = rows[0]
    whole_first = bool(columns) and bool(_WHOLE.match(header[columns[0]].strip())) and len(columns) > 1
    out = []
    for row in rows[1:]:
        label = row[label_col].strip() if label_col < len(row) else ""
        if not label or number.fullmatch(plain_number(label)):
            continue
        named = quantity + label if quantity and whole_first and total.match(label) else ""
        if named:
            label = named
        parts = []
        for j in columns:
            cell = plain_number(row[j]) if j < len(row) else ""
            if not number.fullmatch(cell):
                continue
            name = "" if j == columns[0] and whole_first else header[j].strip()
            if name in GENERIC_AMOUNT and MONEY_ITEM.search(label):
                name = ""  # 项目 | 金额 under 单位：元: 期初余额386254.17元 (the item already names an amount)
            if whole_first and j != columns[0]:
                name = part_name(label, name)
            if whole_first and j != columns[0] and parts and not parts[-1].startswith("其中"):
                name = ("其中" if len(parts) == 1 else "") + name
            parts.append(f"{name}{cell.lstrip('+')}{unit}")
        if not parts:
            continue
        if named:
            out.append(label + "，".join(parts) + "。")
        elif total.match(label):
            out.append(f"{label}，" + "，".join(parts) + "。")
        elif entity.search(label):
            out.append(f"{label}：" + "，".join(parts) + "。")
        else:
            out.append(label + "，".join(parts) + "。")
    return out

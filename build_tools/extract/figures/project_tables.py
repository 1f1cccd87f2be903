"""The tables that list projects (序号 | 项目名称 | 总投资（亿元） | …): the column naming one project a row, and the
projects named, whose figures are about them whatever their names end with (…数据中心（一期）, …高速公路)."""

from __future__ import annotations

import re

from ...model import Paragraph

# (包号, 分包号, 标包号 of a tender's lots: a number, the next column names what each lot buys)
_SERIAL = re.compile(r"^(?:序号|编号|序|No\.?|(?:分|标)?包号|包件号)$", re.IGNORECASE)
_TOTAL = re.compile(r"^(?:全[省市县区])?(?:合计|总计|小计|总数)$")  # a total row

# the label column of a list of projects (项目名称, 工程名称): every row names a project, whatever its name ends with
# (…数据中心（一期）, …高速公路, …综合体); a bare 项目 or 工程 is the label column of any table of items
# (项目 | 播种面积（千公顷） | 单产…: 夏粮, 稻谷; 项目 | 环比 | 同比: 食品, 衣着) unless a column is a project's
# (投资, 建设…)
_PROJECT_HEADER = re.compile(r"^(?:建设)?(?:项目|工程)(?:名称)?$")
_BARE_ITEM_HEADER = re.compile(r"^(?:项目|工程)$")
_PROJECT_COLUMN = re.compile(r"投资|建设|开工|竣工|实施单位|业主")


def named_projects(head: str) -> bool:
    """A column headed 项目名称, 工程名称 or 建设项目 (not a bare 项目): it names one project a row."""
    return bool(_PROJECT_HEADER.match(head)) and not _BARE_ITEM_HEADER.match(head)


def project_labels(para: Paragraph) -> set[str]:
    """The row labels of a table listing projects (its label column headed 项目名称, 工程名称): each names the project
    its figures are about, whatever the name ends with; empty for any other table. (A column of the counties the
    projects are in may come first: 序号 | 县（市、区） | 项目名称 | …)"""
    rows = [[c.strip() for c in row] for row in para.cells]
    if len(rows) < 2:
        return set()
    label_col = next((j for j, h in enumerate(rows[0]) if not _SERIAL.match(h)), 0)
    label_col = next((j for j, h in enumerate(rows[0]) if j > label_col and named_projects(h)), label_col)
    if not lists_projects(rows[0], label_col):
        return set()
    return {r[label_col] for r in rows[1:] if label_col < len(r) and r[label_col] and not _TOTAL.match(r[label_col])}


def lists_projects(header: list[str], label_col: int) -> bool:
    """The label column is headed 项目名称/工程名称/建设项目, or a bare 项目/工程 with a project's column beside it."""
    head = header[label_col] if label_col < len(header) else ""
    if not _PROJECT_HEADER.match(head):
        return False
    return not _BARE_ITEM_HEADER.match(head) or any(
        _PROJECT_COLUMN.search(h) for j, h in enumerate(header) if j != label_col)

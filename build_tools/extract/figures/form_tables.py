"""Figures of a form: a table without a header row whose rows are items of a template, each naming its unit in its
label (``独立用户访问总量（单位：个） | 1286431``), as the annual reports filled in on a national template have them.

A label that names its unit with 单位：… gives the row's value that unit; a group cell that names it (``信息发布（单位：
条） | 总数 | 4862``) gives it to the rows under it (``概况类信息更新量 | 56``) until a row names its own unit or gives
no number. Each row is restated with its label as written before the item and the value with its unit
(``收到留言数量（单位：条）：收到留言数量1642条。``); a generic sub-item (总数, 合计) takes the name of the item it
totals (``信息发布总数4862条``); the rows under an account's 名称 row (``微博 | 名称 | 沣屿发布``) are that account's
(``微博信息发布量682条``). Answers (☑是 □否), names and codes are text: a row whose last cell is no plain number
gives nothing, and a number without a unit is never a figure.
"""

from __future__ import annotations

import re

_FORM_UNIT = re.compile(r"\s*[（(]\s*(?:计量)?单位\s*[：:]\s*(?P<unit>[^（()）：:]{1,6}?)\s*[）)]\s*")
_PLAIN = re.compile(r"\d+(?:\.\d+)?")
_GENERIC = re.compile(r"^(?:总数|合计|总计|总量|小计)$")
# a sub-item naming a count by its verb alone (维护数量, 新开设数量): the count of the group's noun (专栏专题维护数量)
_BARE_COUNT = re.compile(r"^[\u4e00-\u9fff]{0,3}数量$")
_ANSWER = re.compile(r"[☑□■√]")
_NAME_FIELD = re.compile(r"^(?:账号)?名称$")


def _unit(cell: str) -> str:
    m = _FORM_UNIT.search(cell)
    return m.group("unit") if m else ""


def form_sentences(rows: list[list[str]]) -> list[str] | None:
    """The rows of a form restated (see the module docstring); None when the table is no form (fewer than two rows
    whose label names its unit with 单位：… beside a plain number)."""
    if sum(1 for r in rows if len(r) >= 2 and _PLAIN.fullmatch(r[-1]) and any(_unit(c) for c in r[:-1])) < 2:
        return None
    out: list[str] = []
    carried, group = "", ""  # the unit a group cell gives the rows under it, and the group's name
    account = ""  # the account a 名称 row names (微博 | 名称 | 沣屿发布): the rows under it count its posts, followers
    for row in rows:
        labels = [c for c in row[:-1] if c and not _ANSWER.search(c)]
        if not labels or not _PLAIN.fullmatch(row[-1]):
            carried = group = ""
            account = labels[-2] if len(labels) >= 2 and _NAME_FIELD.match(labels[-1]) else ""
            continue
        names = [_FORM_UNIT.sub("", c) for c in labels]
        owner = next((j for j in range(len(labels) - 1, -1, -1) if _unit(labels[j])), None)
        if owner is not None:
            unit = _unit(labels[owner])
            carried, group = (unit, names[owner]) if owner < len(labels) - 1 else ("", "")
        elif not (unit := carried):
            continue
        name = names[-1]
        if _GENERIC.match(name) and len(names) > 1:
            name = names[-2] + name
        elif _BARE_COUNT.match(name) and group:
            name = group + name
        if account and len(labels) == 1:
            name = account + name  # 微博 | 名称 | 沣屿发布, then 信息发布量（单位：条） | 682: 微博信息发布量
        said = f"{labels[owner]}：" if owner is not None else ""
        out.append(f"{said}{name}{row[-1]}{unit}。")
    return out

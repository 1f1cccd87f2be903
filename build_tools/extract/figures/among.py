"""A count of those of a set that did something, the set named first (全县12座中型水库中有9座超汛限水位, 全市8个县（市、
区）中，6个完成年度献血任务, 38个重点项目中，已有30个开工建设): the set and what the counted ones did (中型水库超汛限
水位, 重点项目开工建设), not a fragment of the predicate (超汛, 完成年度)."""

from __future__ import annotations

import re

from .text import _clause_end

# the set before 中 (its size and measure word dropped), then 有/已有/共有 or a comma
_SET_BEFORE = re.compile(r"(?:\d+(?:\.\d+)?[个座家所项条名户村镇乡]|[个座家所项条名户])?"
                         r"(?P<set>[\u4e00-\u9fff（）()、]{2,12}?)中(?:[，,]\s*)?(?:已有|共有|有|已)?\s*$")
_PREDICATE = re.compile(r"^(?:已|均|都|已经)?(?P<pred>[\u4e00-\u9fff（）()]{2,16})$")
_COUNT_UNITS = ("个", "座", "家", "所", "项", "条", "名", "户")


def among_name(s: str, start: int, end: int, metric: str, unit: str) -> str:
    """The name of a count at ``start``–``end`` (its unit included) of those of a set named before 中 that did
    what follows it to the end of the clause; ``metric`` unchanged when the text is not so."""
    if unit.strip() not in _COUNT_UNITS:
        return metric
    m = _SET_BEFORE.search(s, max(0, start - 24), start)
    if not m:
        return metric
    p = _PREDICATE.match(s[end:_clause_end(s, end)].strip())
    if not p or p.group("pred")[:2] in ("以上", "以下", "左右"):
        return metric
    return re.sub(r"^全[市县区省州镇乡]的?(?=..)", "", m.group("set")) + p.group("pred")

"""A count of those of a set that did something, the set named first (全县12座中型水库中有9座超汛限水位, 全市8个县（市、
区）中，6个完成年度献血任务, 38个重点项目中，已有30个开工建设): what the counted ones did and the set (超汛限水位的
中型水库, 开工建设的重点项目, as metric.py names 达到或提前实现目标值的指标), not a fragment of the predicate (超汛,
完成年度)."""

from __future__ import annotations

import re

from .text import _clause_end

# the set before 中 (its size and measure word dropped), then 有/已有/共有 or a comma
_SET_BEFORE = re.compile(r"(?:\d+(?:\.\d+)?[个座家所项条名户村镇乡位]|[个座家所项条名户位])?的?"
                         r"(?P<set>[\u4e00-\u9fff（）()、]{2,12}?)中(?:[，,]\s*)?(?:已有|共有|有|已)?\s*$")
_PREDICATE = re.compile(r"^(?:已|均|都|已经)?(?P<pred>[\u4e00-\u9fff（）()]{2,16})$")
# an indicator and its change said of the counted ones (6个规模以上工业增加值保持正增长): the indicator stays the name
# its places' figures after it take (澄东区增长9.4%); a bare change (10个实现正增长) is what they did
_INDICATOR_CHANGED = re.compile(r"^(?!(?:实现|保持|均)?正?(?:增长|下降)$).+(?:增长|下降|提高|减少|增加)$")
_COUNT_UNITS = ("个", "座", "家", "所", "项", "条", "名", "户", "位")


def among_name(s: str, start: int, end: int, metric: str, unit: str) -> str:
    """The name of a count at ``start``–``end`` (its unit included) of those of a set named before 中 that did
    what follows it to the end of the clause; ``metric`` unchanged when the text is not so."""
    if unit.strip() not in _COUNT_UNITS:
        return metric
    m = _SET_BEFORE.search(s, max(0, start - 24), start)
    if not m:
        return metric
    p = _PREDICATE.match(s[end:_clause_end(s, end)].strip())
    pred = p.group("pred") if p else ""
    if not pred or pred[:2] in ("以上", "以下", "左右") or _INDICATOR_CHANGED.search(pred) or \
            metric.endswith("的" + m.group("set")[-2:]) or re.search(r"的[\u4e00-\u9fff]{1,6}$", metric):
        return metric  # (达到或提前实现目标值的指标: named already, metric.py's 的 form)
    return pred + "的" + re.sub(r"^全[市县区省州镇乡]的?(?=..)", "", m.group("set"))

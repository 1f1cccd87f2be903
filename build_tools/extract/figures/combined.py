"""The whole of a 分别 list: 对东盟、欧盟和美国分别进出口18.2亿元、15.6亿元和11.9亿元，合计占全市外贸总值的53.7% -
the share after 合计 is of the three partners together, not of the last one listed (used by :func:`.lists._inherit`)."""

from __future__ import annotations

import re

from .quantities import _Num

# 合计, 共计, 总计, 三者合计, 两项合计, 共 right before 占 (or before a verb of the whole: 合计达, 合计增长)
_TOGETHER = re.compile(r"(?:[两三四五六七八九十]?(?:者|项|类|家|个)?(?:合计|共计|总计)|共同)\s*"
                       r"(?:占|达到?|为|增长|下降)?\s*$")

# a share's metric opening with the words of the whole (三者合计占农作物播种面积): they go, the items name the whole
TOGETHER_HEAD = re.compile(r"^[两三四五六七八九十]?(?:者|项|类)?(?:合计|共计|总计)(?=占)")


def _items_joined(metrics: list[str]) -> str:
    """东盟进出口, 欧盟进出口, 美国进出口 -> 东盟、欧盟和美国进出口 (the items' shared ending once); "" when the
    items share no ending (nothing can name them together)."""
    suffix = metrics[0]
    for m in metrics[1:]:
        while suffix and not m.endswith(suffix):
            suffix = suffix[1:]
    heads = [m[: len(m) - len(suffix)] for m in metrics]
    if len(suffix) < 2 or not all(heads):
        return ""
    return "、".join(heads[:-1]) + "和" + heads[-1] + suffix


def whole_of_list(s: str, num: _Num, prev: list[_Num]) -> str:
    """The items of the 分别 list just before ``num`` named together with 合计 (东盟、欧盟和美国进出口合计), when
    ``num``'s own clause says it is of them together (合计占…); "" otherwise."""
    if not prev or prev[-1].group <= 0 or not _TOGETHER.search(_clause_before(s, num)):
        return ""
    group = [x for x in prev if x.group == prev[-1].group]
    if len(group) < 2:
        return ""
    joined = _items_joined([x.metric for x in group])
    return joined + "合计" if joined else ""


def _clause_before(s: str, num: _Num) -> str:
    start = max(s.rfind(p, 0, num.start) for p in "，,；;：:") + 1
    clause = s[start:num.start]
    return clause[: clause.find("占") + 1] if "占" in clause else clause


# the verb (and level) opening a list's first item: 新培育省级智能工厂200家、数字化车间600个
_LEAD = re.compile(r"^(?P<verb>新建改造|新建改扩建|新改扩建|新改建|新培育|培育|新建|建成|新创建|创建|打造|新认定|认定|"
                   r"新引进|引进|新增|新开工|开工|改造提升|改造)"
                   r"(?:国家级|省级|市级|县级|区级)?(?=[\u4e00-\u9fffA-Za-z0-9])")  # (新建5G基站)
# (培育国家级智能工厂5家、省级智能工厂60家: an item naming its own level takes the verb only)
_OWN_LEVEL = re.compile(r"^(?:国家级|省级|市级|县级|区级)")


def shared_lead(s: str, nums: list[_Num]) -> None:
    """A list item named right after 、 (…200家、数字化车间600个; 建成12个产业园、5个物流园) without a verb of its
    own is done by the verb of the item before it, at its level: 新培育省级数字化车间, 建成物流园."""
    for prev, num in zip(nums, nums[1:], strict=False):
        if prev.role != "figure" or num.role != "figure" or not num.metric or _LEAD.match(num.metric):
            continue
        lead = _LEAD.match(prev.metric)
        gap = re.sub(r"\s+", "", s[prev.end:num.start])
        # (the items written number first: 建成12个产业园、5个物流园 -- each noun after its number, the gap the
        # first item's noun and 、)
        counted_after = (gap.endswith("、") and len(gap) > 1 and prev.metric.endswith(gap[:-1])
                         and re.sub(r"\s+", "", s[num.end:]).startswith(num.metric))
        if lead and (gap == "、" + num.metric or counted_after):
            num.metric = (lead.group("verb") if _OWN_LEVEL.match(num.metric) else lead.group()) + num.metric

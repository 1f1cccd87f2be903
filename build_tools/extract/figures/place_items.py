"""Places named item by item in one clause (moved out of subject.py): a figure after 分别 distributed over the
places heading its clause, and an item joined by 、 that opens with a place (其中新河区17个、高塘县12个; 溪口县新建
改造供水管网220公里、青箬县新建改造供水管网160公里). ``entity_at`` reads the entity heading a text (subject.py)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .text import _clause_start

EntityAt = Callable[[str], "str | None"]

# (villages too: 蕖阳村、新丰村村集体经济收入分别达到86万元和72万元, each village's income)
# (after 其中: 15分钟社区生活圈覆盖率达到78.4%，其中榕屿区、琮州区分别达到89.2%和85.6%)
_PLACES_EACH = re.compile(r"(?:其中[，,]?)?(?P<names>[\u4e00-\u9fff]{2,6}?[县区市镇乡村](?:、[\u4e00-\u9fff]{2,6}?"
                          r"[县区市镇乡村])+)(?=[^，,；;。]{0,20}?分别)")


_PLACES_HEAD = re.compile(r"(?P<names>[\u4e00-\u9fff]{2,6}?[县区市镇乡](?:、[\u4e00-\u9fff]{2,6}?[县区市镇乡])+)"
                          r"[^，,；;。\d、]{1,12}[，,]$")


def each_place(s: str, own: int, pos: int, starts: list[int], entity_at: EntityAt) -> str | None:
    """白沙县、高塘县PM2.5平均浓度分别超出…2.8微克/立方米和4.4微克/立方米: the k-th figure after 分别 is the k-th
    place's; None unless the places head the figure's clause and all read as names."""
    m = _PLACES_EACH.match(s, own)
    if not m and own >= 2 and s[own - 1] in "，,":
        # 石渡县、漓坪县项目推进迟缓，开工率分别为62.5%、70.0%: the places head the clause before, which states no
        # figure of its own; the figure's clause distributes over them
        head = _PLACES_HEAD.match(s, _clause_start(s, own - 1), own)
        m = head if head and "分别" in s[own:pos] else None
    if not m:
        return None
    names = m.group("names").split("、")
    if not all(entity_at(n) == n for n in names):
        return None
    each = s.find("分别", own)
    k = sum(1 for p in starts if each <= p < pos and _clause_start(s, p) == own)
    return names[k] if each >= 0 and each < pos and k < len(names) else None


_ITEM_BEFORE = re.compile(r"\d[^\d、，,；;。]{0,4}$")  # the item before 、 ends with its figure (新河区17个、)
_ITEM_VERB = re.compile(r"(?:增长|下降|提高|降低|减少|增加|为|达|达到)")  # (同期岚埠县增长7.1%、沭湾县增长6.4%)
_PLACE = re.compile(r"[县区市镇乡旗]$|街道$")


def list_item_place(s: str, own: int, pos: int, entity_at: EntityAt) -> str | None:
    """其中新河区17个、高塘县12个: a figure right after a place name that opens an item joined by 、 is that place's;
    None when no such item (当面申请9件、网络申请61件 names no place). Items of the same words each opened by its
    place (溪口县新建改造供水管网220公里、青箬县新建改造供水管网160公里): the figure is its own item's place, not the
    first's carried over."""
    cut = s.rfind("、", own, pos)
    if cut < 0 or not _ITEM_BEFORE.search(s, own, cut):
        return None  # (省、市两级贫困村, 低于全省、全国: no item of a figure before the 、)
    item = s[cut + 1:pos].strip()
    name = entity_at(item)
    if not name:
        return None
    if item == name or item.startswith(name) and _ITEM_VERB.fullmatch(item, len(name)):
        return name
    first = entity_at(s[max(s.rfind("、", own, cut) + 1, own):cut])
    parallel = first and first != name and item.startswith(name) and _PLACE.search(name) and _PLACE.search(first)
    return name if parallel else None

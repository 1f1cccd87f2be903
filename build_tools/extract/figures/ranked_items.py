"""Items of a ranking named by their class only (投诉量居前三位的商品依次为：食品2956件、家用电子电器2471件; 进口额居前
三位的国家依次是：…): each value is the item's measure (食品投诉量), not the item itself ("food: 2,956" would say 2,956
of food). Used by :func:`.sentence._analyse_sentence`."""

from __future__ import annotations

import re

from .quantities import _Num

_RANKED_LEAD = re.compile(r"(?P<measure>[\u4e00-\u9fff]{2,10}?)(?:居|排|位居|排名)(?:前|全市前|全省前)"
                          r"[一二三四五六七八九十\d]{1,2}位?的(?P<cls>[\u4e00-\u9fff]{1,8}?)(?:依次|分别)?(?:为|是)[：:]")
_ITEM = re.compile(r"[\u4e00-\u9fff]{1,12}")
# a measure that names nothing of its own (数量居前三位的行业是：批发和零售业2318个: the count the sentence before
# names, 法人单位, is the item's; the rules of the list name it)
_BARE_MEASURES = {"数量", "个数", "总量", "规模", "数额", "金额"}


def ranked_items(s: str, nums: list[_Num]) -> None:
    """The values listed after a ranking's lead take its measure after their item's name."""
    lead = _RANKED_LEAD.search(s)
    if not lead:
        return
    measure = lead.group("measure")
    if measure in _BARE_MEASURES:
        return
    for num in nums:
        if num.role != "figure" or num.start < lead.end() or not num.metric or not _ITEM.fullmatch(num.metric):
            continue
        if measure.endswith(num.metric) or num.metric.endswith(measure):
            continue
        num.metric += measure

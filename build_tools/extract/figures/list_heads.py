"""The name each item of a 分别 list takes from the others: the measure of places named once after the last place
(蕖阳村、新丰村村集体经济收入), the head of pollutants or shares named once after the last item (…和挥发性有机物重点
工程减排量, …所占比重), a suffix every item shares (…用电量增速), and the head any short item lacks, named once after
the last (高血压、糖尿病患者规范管理率: each a management rate). Used by :mod:`.lists` and :mod:`.ranks`."""

from __future__ import annotations

import re

from .vocab import _tag

# places listed before the measure named once after the last (蕖阳村、新丰村村集体经济收入分别达到86万元和72万元):
# each place's figure is that measure (the places are the figures' subjects, subject.py); kinds of area are none
_PLACE_ITEM = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:[县区市镇乡村旗]|社区|街道)")
_AREA_KIND = re.compile(r"^(?:城市|农村|城镇|乡村|城乡|市区|县城|城区|乡镇|社区|街道|县区|区县|市县|"
                        r"全市|全县|全区|全镇|各县|各区|各市|中心城区|主城区)$")


def _places_measure(items: list[str]) -> list[str]:
    """The items of a 分别 list as the measure of each place when all but the last are place names and the last is
    a place name and the measure; the items unchanged otherwise."""
    if len(items) < 2 or not all(_PLACE_ITEM.fullmatch(x) and not _AREA_KIND.match(x) for x in items[:-1]):
        return items
    last = _PLACE_ITEM.match(items[-1])
    if not last or _AREA_KIND.match(last.group()) or len(items[-1]) - last.end() < 2:
        return items
    return [items[-1][last.end():]] * len(items)


# the head of a list of pollutants (化学需氧量、氨氮、氮氧化物和挥发性有机物重点工程减排量分别为…): every item takes
# it (each value is a reduction, not an emission)
_POLLUTANT_HEAD = re.compile(r"(?:重点工程|重点行业|工程)?(?:减排量|削减量|排放量|排放总量|年平均浓度|平均浓度|浓度)$")
# a measure of the things the numbers before it named (…R&D经费42.16亿元，…23.48亿元，投入强度分别为3.12%和2.25%): each
# is that thing's measure, not the thing again
_MEASURE_OF_PREVIOUS = re.compile(r"[\u4e00-\u9fff]{0,4}(?:强度|比重|占比|比例|增速|增幅|增长率|密度)")
# the shares of the parts of a whole named once after the last part (基础研究、应用研究和试验发展经费所占比重分别为…;
# 企业、政府属研究机构、高等学校经费支出所占比重分别为…; 基础研究、应用研究和试验发展经费占全省R&D经费的比重分别为…):
# every part takes it (each value is its share, not the part)
_SHARE_HEAD = re.compile(r"(?:(?:经费|资金)?(?:支出|投入)|经费|投资|收入|增加值|人员|人数|资金)?"
                         r"(?:所占|占[^、和及与，,；;。]{2,16}?的?)(?:比重|比例)$")


def _shared_suffix(items: list[str]) -> str:
    """财政收入、工业增加值、用电量增速 -> every item takes 增速 (only when no other item has a suffix)."""
    suffixes = ("增速", "增幅", "总量", "占比", "比重", "价格")
    last = items[-1]
    for suf in suffixes:
        if last.endswith(suf) and not any(x.endswith(suffixes) or x.endswith("率") for x in items[:-1]):
            return suf
    return ""




def items_head(items: list[str]) -> list[str]:
    """The head of pollutants or shares named once after the last item (…和挥发性有机物重点工程减排量), and the head
    any short item lacks (高血压、糖尿病患者规范管理率 -> 高血压患者规范管理率; 小麦、玉米单产 -> 小麦单产): every item
    takes it. The items unchanged otherwise."""
    if len(items) < 2:
        return items
    for shared in (_POLLUTANT_HEAD, _SHARE_HEAD):
        head_words = shared.search(items[-1])
        if head_words and head_words.start() >= 2 and not any(shared.search(x) for x in items[:-1]):
            return [*(x + head_words.group() for x in items[:-1]), items[-1]]
    return [*(x + head for x in items[:-1]), items[-1]] if (head := _lacked_head(items)) else items


def _lacked_head(items: list[str]) -> str:
    """The words after the last item's first word when every other item is one word of that length (城镇、农村居民人均
    可支配收入 -> 居民人均可支配收入): the head those bare words lack; "" when the items are not so."""
    size = len(items[0])
    if not 2 <= size <= 4 or len(items[-1]) < size + 2 or any(len(x) != size or len(_tag(x)) != 1
                                                               for x in items[:-1]):
        return ""
    words = [w for w, _ in _tag(items[-1])]
    areas = all(_AREA_KIND.match(x) for x in (*items[:-1], items[-1][:size]))  # (城镇、农村居民: 农村居民 one word)
    if not areas and (len(words) < 2 or len(words[0]) != size):  # (汽车、新能源汽车产量: 新能源 is no word the
        return ""  # size of 汽车)
    return items[-1][size:]

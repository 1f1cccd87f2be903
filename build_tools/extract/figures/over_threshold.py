"""Counts of units whose measure passes a threshold (有12个站超过100毫米, 全市有15个乡镇降雨量超过100毫米): the count
is the figure, named by the measure, the comparison and the threshold (降雨量超过100毫米的乡镇); the threshold is no
level of its own (100毫米 is no rainfall of the towns)."""

from __future__ import annotations

import re

from .quantities import _Num

# what is counted: a kind of station, place or body, with a short modifier (雨量站, 国控断面, 监测点位)
_UNITS = (r"(?:站点|雨量站|监测站|气象站|站|乡镇|镇|乡|村|县区|区县|县（市、区）|县|街道|社区|断面|点位|城市|河段|水库"
          r"|企业|学校)")
_BETWEEN = re.compile(r"\s*(?P<noun>[\u4e00-\u9fff]{0,4}?" + _UNITS + r")(?P<measure>[\u4e00-\u9fff]{0,8}?)"
                      r"(?P<cmp>超过|达到|高于|低于|不足|大于|小于|在)\s*$")
_ALL_OF_THEM = re.compile(r"(?:全部|均|都|全都|一律)(?:已)?$")
# a total of the units (总收入, 总量, 合计) or all the units of the place (全县186个行政村…达到): no threshold
_TOTAL = re.compile(r"总|合计")  # (not 累计雨量超过250毫米的站点: a station's own cumulative rainfall)
ALL_UNITS_BEFORE = re.compile(r"全(?:省|市|州|县|区|旗|镇|乡)(?:共有|共|所有)?\s*$")
_COUNTERS = ("个", "座", "家", "所", "处", "条")
_CLAUSE_CLOSES = re.compile(r"\s*(?:以上|以下|及以上)?\s*(?:[，,；;。]|$)")


def units_over_threshold(s: str, nums: list[_Num]) -> bool:
    """Name each count of units over a threshold and mark its threshold (see the module's docstring); whether any
    was found."""
    found = False
    for a, b in zip(nums, nums[1:], strict=False):
        if a.cls != "count" or a.unit not in _COUNTERS or b.cls in ("count", "percent", "permille", "pp") or (
                b.role == "skip"):
            continue  # (12个国控断面水质优良比例达到80%: a rate may be the group's, not each unit's bound)
        m = _BETWEEN.fullmatch(s, a.end, b.num_start)  # (超过 may be the threshold's own qualifier)
        if not m or not _CLAUSE_CLOSES.match(s, b.end) or _ALL_OF_THEM.search(m.group("measure")):
            continue  # (168个行政村集体经济收入全部达到10万元以上: all of them, the level is the figure)
        if _TOTAL.search(m.group("measure")) or (
                m.group("cmp") == "达到" and ALL_UNITS_BEFORE.search(s, 0, a.num_start)):
            continue  # (全县186个行政村集体经济总收入达到1.42亿元: the units' total, a figure of its own)
        bound = s[b.num_start:b.end].strip()
        a.role, a.pattern = "figure", "fixed"
        a.metric = f"{m.group('measure')}{m.group('cmp')}{bound}的{m.group('noun')}"
        b.role = "threshold"
        found = True
    return found

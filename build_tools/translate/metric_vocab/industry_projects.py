"""A statistics bureau's analysis of the industrial economy over the months of a year (value added by enterprise size,
the pillar industries and the parks, contributions to growth, the industrial chain, products, enterprises entered in
the register) and a mayor's speech at a ceremony starting major projects and signing investment projects (the batch
started, the projects signed, the flagship projects' sizes and effects, the year's service commitments); holdout65.

Official usage where the reference has it: 规模以上工业企业 "industrial enterprises above designated size" (YB 13-3),
小微企业 "small and micro businesses" (GWR 2014/278), 先进制造业 "advanced manufacturing" (GWR 2021/399),
新能源汽车 "new-energy vehicles" (GWR 2022/374), 固定资产投资 "fixed-asset investment" (GWR), 招商引资 "attract
investment" (GWR 2017/481), 重大项目 "major projects" (GWR 2022/93); the names of the industries as the price releases
name them (metric_vocab/prices.py, after the NBS classification). The rest project renderings (P).

``contribution_metric`` reads a contribution to growth (私营企业拉动全市规模以上工业, 非金属矿物制品业下拉…):
"contribution of X to the growth of industrial enterprises above designated size" (P), a drag "drag of X on …".
"""

from __future__ import annotations

import re
from collections.abc import Callable

_ABOVE = "industrial enterprises above designated size"  # YB 13-3

INDUSTRY_PROJECTS_EXACT: dict[str, tuple[str, str]] = {
    # an analysis of the industrial economy
    "大型企业增加值": ("value added of large enterprises", "P"),
    "中型企业增加值": ("value added of medium-sized enterprises", "P"),
    "小微企业增加值": ("value added of small and micro businesses", "GWR 2014/278, P"),
    "小微企业增速": ("growth rate of small and micro businesses", "GWR 2014/278, P"),
    "增加值保持增长的行业": ("industries whose value added grew", "P"),
    "工业增长的贡献率": ("contribution rate to industrial growth", "P"),
    "黑色金属冶炼和压延加工业": ("value added of the smelting and pressing of ferrous metals", "P"),
    "非金属矿物制品业": ("value added of the manufacture of non-metallic mineral products", "P"),
    "六大支柱产业增加值": ("value added of the six pillar industries", "P"),
    "六大支柱产业增加值占全市规模以上工业增加值比重": (
        f"share of the six pillar industries in the value added of {_ABOVE}", "YB 13-3, P"),
    "新能源汽车及零部件产业链实现产值": ("output value of the industrial chain of new-energy vehicles and parts",
                                     "GWR 2022/374, P"),
    "产业链规模": ("size of the industrial chain", "P"),
    "化学农药原药产量": ("output of chemical pesticides (technical)", "P"),
    "省级以上开发区（园区）规模以上工业增加值": (
        f"value added of {_ABOVE} in development zones and parks at or above the provincial level", "YB 13-3, P"),
    "省级以上开发区（园区）规模以上工业增加值占全市比重": (
        "share of development zones and parks at or above the provincial level in the city's industrial value added",
        "P"),
    "新增入库企业": ("enterprises newly entered in the statistical register", "P"),
    "工业投资占全部固定资产投资比重": ("share of industrial investment in fixed-asset investment", "P"),
    # a ceremony starting major projects and signing investment projects
    "招商引资实际到位资金": ("investment attracted and actually in place", "GWR 2017/481, P"),
    "新引进百亿元以上项目": ("new projects of CNY 10 billion or more brought in", "P"),
    "集中开工的项目": ("projects started at the same time", "P"),
    "集中开工的项目总投资": ("total investment in the projects started at the same time", "P"),
    "签约的招商引资项目": ("investment projects signed", "GWR 2017/481, P"),
    "签约总金额": ("total value of the contracts signed", "P"),
    "先进制造业项目": ("advanced manufacturing projects", "GWR 2021/399, P"),
    "先进制造业项目占签约项目总数": ("share of advanced manufacturing projects in the projects signed",
                                 "GWR 2021/399, P"),
    "数字经济领域签约项目": ("digital economy projects signed", "P"),
    "数字经济领域签约项目总投资": ("total investment in the digital economy projects signed", "P"),
    "计划建设标准机柜": ("standard racks planned", "P"),
    "新增中小学学位": ("new places in primary and secondary schools", "P"),
    "一期投资": ("investment in the first phase", "P"),
    "两岸通行时间": ("travel time between the two banks", "P"),
    "抽水蓄能电站装机容量": ("installed capacity of the pumped-storage hydroelectric plant", "GWR 2022/476, P"),
    "全长": ("length", "P"),
    "年发电量": ("annual power generation", "P"),
    "亿元以上项目开工率": ("start rate of projects of CNY 100 million or more", "P"),
    "工业项目审批时限": ("time limit for approving industrial projects", "P"),
    "计划供应工业用地": ("industrial land planned for supply", "P"),
    "重大项目前期经费": ("funds for the preparatory work of major projects", "GWR 2022/93, P"),
    "市财政安排重大项目前期经费": ("municipal funds for the preparatory work of major projects", "GWR 2022/93, P"),
}

# X拉动全市规模以上工业(增长), X下拉全市…: X's contribution to (drag on) the growth of the whole's industry
_CONTRIBUTION = re.compile(r"^(?P<what>.*?)(?:增加值)?(?P<verb>拉动|下拉|拖累)全[市省县区]"
                           r"(?P<whole>规模以上工业)?(?:增长)?$")


def contribution_metric(zh: str, noun: Callable[[str], str | None]) -> str | None:
    """The English of a contribution to growth (私营企业增加值拉动全市规模以上工业), or None when its part does not
    render."""
    m = _CONTRIBUTION.match(zh)
    if not m:
        return None
    whole = _ABOVE if m.group("whole") else "industry"
    what = m.group("what")
    part = noun(what) if what else ""
    if what and not part:
        return None
    if m.group("verb") == "拉动":
        return f"contribution {'of ' + part + ' ' if part else ''}to the growth of {whole}"
    return f"drag {'of ' + part + ' ' if part else ''}on the growth of {whole}"

"""Household waste sorting and treatment capacities: a city's quarterly circular on waste sorting (holdout67, measured
first; then this vocabulary). Official usage from ../shared/reference: 生活垃圾分类 "household waste sorting"
(GWR 2021/507), 回收利用 "recycling" and 无害化处理 "safe disposal" (GWR 2019/516); the rest are project renderings
("P")."""

from __future__ import annotations

WASTE_SORTING_EXACT: dict[str, tuple[str, str]] = {
    "厨余垃圾分出量": ("food waste sorted out", "GWR 2021/507, P"),
    "分出厨余垃圾": ("food waste sorted out", "GWR 2021/507, P"),
    "日均分出厨余垃圾": ("food waste sorted out per day", "GWR 2021/507, P"),
    "可回收物分出量": ("recyclables sorted out", "GWR 2019/516, P"),
    "分出可回收物": ("recyclables sorted out", "GWR 2019/516, P"),
    "日均分出可回收物": ("recyclables sorted out per day", "GWR 2019/516, P"),
    "日均清运生活垃圾": ("household waste collected per day", "GWR 2021/507, P"),
    "其他垃圾日均清运量": ("residual waste collected per day", "P"),
    "人均日清运量": ("waste collected per person per day", "P"),
    "小区覆盖率": ("coverage rate of residential communities", "P"),
    "生活垃圾分类覆盖小区": ("residential communities covered by household waste sorting", "GWR 2021/507, P"),
    "分类投放点": ("sorted waste drop-off points", "P"),
    "定时定点投放点": ("scheduled drop-off points", "P"),
    "污水处理能力": ("sewage treatment capacity", "P"),
    "供水能力": ("water supply capacity", "P"),
    "厨余垃圾处理能力": ("food waste treatment capacity", "P"),
    "资源化利用率": ("resource utilization rate", "GWR 2019/516 (recycling), P"),
    "设置分类投放点": ("sorted waste drop-off points set up", "P"),
    "再生资源回收站点": ("recycling stations", "GWR 2019/516, P"),
    "建成再生资源回收站点": ("recycling stations built", "GWR 2019/516, P"),
    "日均回收可回收物": ("recyclables collected per day", "GWR 2019/516, P"),
    # an assessment's scores (平均得分86.3分)
    "平均得分": ("average score", "P"),
    "得分": ("score", "P"),
}

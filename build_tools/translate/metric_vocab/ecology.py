"""Environmental status bulletins (fourth round, issue 12): air quality, pollutants and their emissions (GWR
2019/508, 2019/512), water bodies by grade, contaminated land, noise (YB 8-19, composed by bulletin_rules:
区域环境噪声平均值 "average regional environmental noise"), complaints.
"""

from __future__ import annotations

ECOLOGY_EXACT: dict[str, tuple[str, str]] = {
    "挥发性有机物": ("volatile organic compounds", "P"),
    "劣Ⅴ类水体": ("water bodies below Grade V", "P"),
    "劣V类水体": ("water bodies below Grade V", "P"),
    "污染地块安全利用率": ("safe utilization rate of contaminated land plots", "P"),
    "环境信访": ("environmental complaints", "P"),
}
ECOLOGY_HEADS: dict[str, tuple[str, str | None, str]] = {
    # 挥发性有机物排放量, 化学需氧量排放总量: a pollutant's emissions (GWR 2019/508 "sulfur dioxide ... emissions")
    "排放量": ("{s} emissions", None, "GWR 2019/508"),
    "排放总量": ("total {s} emissions", None, "GWR 2019/508, P"),
    # 一般工业固体废物综合利用量 (YB 8-15 Disposal and Reuse: comprehensively utilized)
    "综合利用量": ("{s} comprehensively utilized", None, "YB 8-15, P"),
}
ECOLOGY_SUBJECTS: dict[str, tuple[str, str]] = {
    "可吸入颗粒物": ("PM10", "P"),  # before the head 平均浓度 "average {s} concentration"
    "PM10": ("PM10", "P"),
    "一般工业固体废物": ("general industrial solid waste", "YB 8-15"),
}
# The kinds of noise monitored (YB 8-19 Monitoring of Noise); project renderings.
NOISES: dict[str, str] = {"区域环境": "regional environmental", "城市区域环境": "urban regional environmental",
                          "道路交通": "road traffic", "区域声环境": "regional environmental",
                          "道路交通声环境": "road traffic"}

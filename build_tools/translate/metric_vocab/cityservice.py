"""Government services and urban management: a government services bureau's, an urban management bureau's and a
housing bureau's figures (12345热线办结率, 行政审批事项, 生活垃圾分类覆盖率, 燃气管道长度, 口袋公园 ...), after YB 25
(Urban Construction: 25-5/25-6 water and gas supply, 25-7 centralized heating, 25-8 municipal facilities, 25-11
sanitation, 25-12 level of facilities). Rates of what is sorted or used compose in rules.py (RATE_OF).
"""

from __future__ import annotations

CITY_EXACT: dict[str, tuple[str, str]] = {
    "政务服务事项": ("government services", "GWR 2022/74, P"),
    "行政审批事项": ("administrative approval items", "P"),
    "一网通办率": ("one-stop online service rate", "P"),
    "供水普及率": ("water coverage rate", "YB 25-12, P"),
    "生活垃圾": ("household waste", "YB 8-18, P"),
    "生活垃圾分类": ("household waste sorting", "P"),
    "公交线路": ("bus routes", "P"),
    "新能源公交车": ("new-energy buses", "GWR 2022/374 (new-energy vehicles), P"),
    "停车位": ("parking spaces", "P"),
    "口袋公园": ("pocket parks", "P"),
    "城市更新项目": ("urban renewal projects", "P"),
    "城市照明路灯": ("urban street lamps", "P"),
    # applications a government services center accepts and handles (办件, as 办件量 in medical.py)
    "受理办件": ("service requests accepted", "P"),
    "办件": ("service requests handled", "P"),
    "便民服务中心办件量": ("service requests handled by public service centers", "P"),
    # (一次办: "with the need for only one application process", GWR 2021/344)
    "“一件事一次办”办件": ("service requests handled as “one matter, done in one go”", "P"),
}

CITY_HEADS: dict[str, tuple[str, str | None, str]] = {
    "长度": ("length of {s}", None, "YB 25-8, P"),
}

CITY_SUBJECTS: dict[str, tuple[str, str]] = {
    "集中供热": ("centralized heating", "YB 25-7"),
    "燃气管道": ("gas pipelines", "YB 25-6, P"),
    "供水管道": ("water supply pipelines", "YB 25-5, P"),
    "污水管道": ("sewage pipelines", "YB 25-8, P"),
    "排水管道": ("drainage pipelines", "YB 25-8, P"),
}

# The 12345 hotline (市民热线, 政务服务便民热线) and what is measured of it; project renderings.
HOTLINE_HEADS: dict[str, str] = {"受理量": "calls handled by the {h}", "来电量": "calls to the {h}",
                                 "办结率": "completion rate of {h} requests", "满意率": "satisfaction rate of the {h}",
                                 "按时办结率": "on-time completion rate of {h} requests"}

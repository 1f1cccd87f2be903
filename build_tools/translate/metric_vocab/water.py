"""Water resources bulletins and water conservancy (fourth round, issue 12): resources (YB 8-9), supply by source
and use by sector (YB 8-10), reservoirs, irrigation, soil erosion, river chiefs. The sectors of water use and the
sources of supply are closed lists composed by bulletin_rules (生活用水量 "domestic water use", 地下水源供水量
"water supply from groundwater sources").
"""

from __future__ import annotations

WATER_EXACT: dict[str, tuple[str, str]] = {
    "水资源量": ("water resources", "YB 8-9"),
    "地表水与地下水资源重复量": ("duplicated measurement of surface water and groundwater", "YB 8-9, P"),
    "产水系数": ("water yield coefficient", "P"),
    "人均综合用水量": ("per capita water use", "YB 8-10"),
    "供水量": ("water supply", "YB 8-10"),
    "耗水总量": ("total water consumption", "P"),
    "耗水量": ("water consumption", "P"),
    "水库": ("reservoirs", "YB 12-6 (reservoirs)"),
    "大中型水库": ("large and medium-sized reservoirs", "YB 12-6 (reservoirs), P"),
    "小型水库": ("small reservoirs", "P"),
    "大型水库": ("large reservoirs", "YB 12-6 (reservoirs), P"),  # (a bulletin's reservoirs by size)
    "中型水库": ("medium-sized reservoirs", "YB 12-6 (reservoirs), P"),
    "节水灌溉面积": ("water-saving irrigated area", "P"),
    "水利建设投资": ("investment in water conservancy projects", "P"),
    "水利投资": ("investment in water conservancy projects", "P"),
    "农村集中供水率": ("rural centralized water supply rate", "P"),
    "河长": ("river chiefs", "GWR 2019/82"),
    "农村供水工程": ("rural water supply projects", "P"),
    "湖长": ("lake chiefs", "GWR 2019/82"),
    # holdout22: a city bulletin's precipitation, groundwater, indicators and management (MWR China Water Resources
    # Bulletin usage; YB 8-7 Precipitation, 8-9 Water Resources, 8-10 Water Use)
    "降水总量": ("total precipitation", "YB 8-7, P"),
    "折合降水总量": ("total precipitation", "YB 8-7, P"),
    "重复计算量": ("duplicated measurement of surface water and groundwater", "YB 8-9, P"),
    "与地表水资源量之间的重复计算量": ("duplicated measurement of surface water and groundwater", "YB 8-9, P"),
    "浅层地下水平均埋深": ("average depth of shallow groundwater", "P"),
    "平原区浅层地下水平均埋深": ("average depth of shallow groundwater in the plains", "P"),
    "人工生态环境补水": ("artificial ecological and environmental water replenishment", "YB 8-10, P"),
    "万元地区生产总值（当年价）用水量": ("water use per CNY 10,000 of GDP (current prices)", "P"),
    "万元工业增加值（当年价）用水量": ("water use per CNY 10,000 of industrial value added (current prices)", "P"),
    "农田灌溉亩均用水量": ("water use per mu of irrigated farmland", "P"),
    "新建取水计量监测点": ("new water withdrawal metering and monitoring points", "P"),
    "核发取水许可证": ("water withdrawal permits issued", "P"),
    "用水总量控制指标": ("ceiling on total water use", "P"),
}
WATER_HEADS: dict[str, tuple[str, str | None, str]] = {
    # 城镇居民人均生活用水量 "per capita domestic water use of urban residents"
    "人均生活用水量": ("per capita domestic water use of {s}", "per capita domestic water use", "YB 8-10, P"),
    # 大中型水库年末蓄水总量: what is stored in them (after the existing 大中型水库蓄水量 "water stored in ...")
    "蓄水总量": ("water stored in {s}", None, "P"),
    "蓄水量": ("water stored in {s}", None, "P"),
}
WATER_SUBJECTS: dict[str, tuple[str, str]] = {
    "堤防": ("embankments", "P"),  # 堤防长度 "length of embankments"
}
# The sectors of water use (YB 8-10 Water Use: domestic, industrial, agricultural, ecological) before 用水量/用水.
WATER_USES: dict[str, str] = {"生活": "domestic", "工业": "industrial", "农业": "agricultural",
                              "生态环境": "ecological", "生态": "ecological", "城镇公共": "urban public",
                              "农田灌溉": "farmland irrigation", "城镇生活": "urban domestic"}
# The sources of supply (YB 8-10 Water Supply: surface water, groundwater, other) before 供水量.
WATER_SOURCES: dict[str, str] = {"地表水源": "surface water sources", "地下水源": "groundwater sources",
                                 "地表水": "surface water", "地下水": "groundwater",
                                 "其他水源": "other sources"}

"""Water and natural resources: a water resources bulletin (YB 8-9 water resources, 8-10 water supply and use) and
a natural resources bureau's land and forest figures (YB 8-20 cultivated land, 8-22 forest resources, 8-23
afforestation).
"""

from __future__ import annotations

RESOURCES_EXACT: dict[str, tuple[str, str]] = {
    "地表水资源量": ("surface water resources", "YB 8-9"),
    "地下水资源量": ("groundwater resources", "YB 8-9"),
    "地下水位": ("groundwater level", "P"),
    "地下水开采量": ("groundwater extraction", "P"),
    "供水总量": ("total water supply", "YB 8-10"),
    "用水量": ("water use", "YB 8-10"),
    "生活用水": ("domestic water use", "YB 8-10"),
    "工业用水": ("industrial water use", "YB 8-10"),
    "农业用水": ("agricultural water use", "YB 8-10"),
    "生态用水": ("ecological water use", "YB 8-10"),
    "大中型水库蓄水量": ("water stored in large and medium-sized reservoirs", "YB 12-6 (reservoirs), P"),
    "农田灌溉水有效利用系数": ("effective utilization coefficient of irrigation water", "P"),
    "森林蓄积量": ("forest stock volume", "YB 8-22, P"),
    "森林面积": ("forest area", "YB 8-22"),
    "造林": ("afforestation", "YB 8-23"),
    "完成造林": ("afforestation completed", "YB 8-23, P"),
    # 保有量 of land is what is kept, not owned (the head 保有量 "~ owned" is of vehicles)
    "耕地保有量": ("cultivated land retained", "P"),
    "永久基本农田": ("permanent basic cropland", "GWR 2016/462"),
    "建设用地": ("land for construction", "P"),
    "自然保护区": ("nature reserves", "P"),
    "草原综合植被盖度": ("overall vegetation coverage of grasslands", "P"),
    "水土流失治理面积": ("area of soil erosion brought under control", "GWR 2010/73, P"),
    "水土保持率": ("water and soil conservation rate", "YB 12-6, P"),
}
# What a quantity is measured per unit of (万元GDP用水量 "water use per CNY 10,000 of GDP"); project renderings
# after the existing 万元地区生产总值用水量.
PER_OUTPUT_AMOUNTS: dict[str, str] = {"万元": "CNY 10,000", "亿元": "CNY 100 million"}
PER_OUTPUT_BASES: dict[str, str] = {"GDP": "GDP", "地区生产总值": "GDP", "生产总值": "GDP",
                                    "工业增加值": "industrial value added", "规上工业增加值": "industrial value added",
                                    "规模以上工业增加值": "industrial value added"}

"""A proposed project's environmental impact assessment notice and a sale of land use rights (holdout49): the
project's size, investment, staff and design, the emissions the assessment predicts, the protection distance; the
parcels' planning bounds, the term of the right and the terms of the sale. Official usage from ../shared/reference
(State Council work reports, GWR year/unit): 二氧化硫 "sulfur dioxide" (GWR 2009/56), 氮氧化物 "nitrogen oxides" (GWR
2015/537), 颗粒物 "particulate matter" (GWR 2011/383, 细颗粒物 "fine particulate matter"), 污水 "sewage" (GWR
2008/492), 总投资 "total (planned) investment" (GWR 2010/47), 土地出让 "transfer of land-use rights" (GWR 2010/304),
建设用地使用权 "the use of … land for construction purposes" (GWR 2014/359); the rest are project renderings ("P").
"""

from __future__ import annotations

ASSESSMENTS_EXACT: dict[str, tuple[str, str]] = {
    # the project (EIA publicity notice)
    "项目占地面积": ("site area of the project", "P"),
    "占地面积": ("site area", "P"),
    "总建筑面积": ("total floor area", "P"),
    # the size of works named with their investment (…设置床位500张, 设计日处理能力5万吨; .extract.figures.invested)
    "建筑面积": ("floor area", "P"),
    "日处理能力": ("daily treatment capacity", "P"),
    "处理能力": ("treatment capacity", "P"),
    "年处理能力": ("annual treatment capacity", "P"),
    "学位": ("school places", "P"),
    "停车位": ("parking spaces", "P"),
    "项目建成后年产高性能建筑石膏粉": ("annual output of high-performance building gypsum powder once built", "P"),
    "年产高性能建筑石膏粉": ("annual output of high-performance building gypsum powder", "P"),
    "高性能建筑石膏粉": ("high-performance building gypsum powder", "P"),
    "项目总投资": ("total investment of the project", "GWR 2010/47"),
    "环保投资": ("investment in environmental protection", "P"),
    "环保投资占总投资": ("investment in environmental protection as a share of total investment", "GWR 2010/47"),
    "劳动定员": ("staffing quota", "P"),
    "年工作": ("working days a year", "P"),
    "排气筒高度": ("stack height", "P"),
    "项目颗粒物排放量": ("particulate matter emissions of the project", "GWR 2011/383"),
    "颗粒物排放量": ("particulate matter emissions", "GWR 2011/383"),
    "生活污水产生量": ("domestic sewage generated", "GWR 2008/492"),
    "卫生防护距离": ("health protection distance", "P"),
    "距最近环境敏感点距离": ("distance to the nearest environmentally sensitive site", "P"),
    # the sale of land use rights (listing-for-sale announcement); a parcel's 面积 (its table's column, the parcel
    # the subject) its area
    "面积": ("area", "P"),
    "国有建设用地使用权": ("state-owned construction land use rights", "GWR 2014/359"),
    "容积率": ("floor area ratio", "P"),
    "建筑密度": ("building coverage ratio", "P"),
    "绿地率": ("green space ratio", "P"),
    "出让年限": ("term of the land use right", "GWR 2010/304"),
    "起始价": ("starting price", "P"),
    "竞买保证金": ("bid deposit", "P"),
    "增价幅度": ("bid increment", "P"),
    "投资强度": ("investment intensity", "P"),
    "该地块投资强度": ("investment intensity of the parcel", "P"),
}

"""Forestry and grassland (fourth round, issue 12): forest resources (YB 8-22), afforestation and its kinds
(YB 8-23), grassland (YB 8-24), nature reserves (YB 8-25), forest pests (YB 8-29), investment (YB 8-36). Each kind
of work is a noun the head 面积 "area of {s}" takes (封山育林面积 "area of closing hillsides for forest
regeneration").
"""

from __future__ import annotations

FORESTRY_EXACT: dict[str, tuple[str, str]] = {
    # (全县已组建专业扑火队伍12支、360人: the teams, then their members)
    "组建专业扑火队伍": ("professional firefighting teams formed", "P"),
    "专业扑火队伍": ("professional firefighting teams", "P"),
    "活立木蓄积量": ("standing stock volume", "YB 8-22, P"),
    "人工林": ("planted forests", "YB 8-22, P"),
    "天然林": ("natural forests", "YB 8-22, P"),
    "人工造林": ("artificial afforestation", "YB 8-23, P"),
    "封山育林": ("closing hillsides for forest regeneration", "YB 8-23, P"),
    "退化林修复": ("degraded forests restored", "P"),
    "森林抚育": ("forest tending", "P"),
    "义务植树": ("trees planted by voluntary tree-planting", "P"),
    "草原面积": ("grassland area", "YB 8-24"),
    "种草改良": ("grassland sown and improved", "P"),
    "林业有害生物": ("forest harmful organisms", "YB 8-29"),
    "林业有害生物防治": ("prevention and control of forest harmful organisms", "YB 8-29"),
    "林业草原投资": ("investment of forestry and grassland", "YB 8-36"),
    "自然保护地": ("protected areas", "P"),
    "林地": ("forest land", "YB 8-1 (land use), P"),
    "林草覆盖率": ("forest and grass coverage rate", "P"),
    "国家储备林": ("national reserve forests", "P"),
    # a spring's tree planting (an untuned forestry bureau's news): GWR 2012/55 植树造林 "planted … trees"
    "植树": ("trees planted", "GWR 2012/55, P"),
    "参加义务植树": ("participants in voluntary tree-planting", "P"),
    "新建国家储备林基地": ("new national reserve forest bases", "P"),
    "油茶产业产值": ("output value of the camellia oil industry", "P"),
}
FORESTRY_HEADS: dict[str, tuple[str, str | None, str]] = {
    # 森林火灾受害面积 "area affected by forest fires", 林业有害生物发生面积
    "受害面积": ("area affected by {s}", "area affected", "YB 8-28, P"),
    "发生面积": ("area affected by {s}", "area affected", "YB 8-29, P"),
}

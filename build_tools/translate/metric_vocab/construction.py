"""The construction industry (fourth round, issue 12): enterprises by qualification, floor space of buildings under
construction, completed and started (YB 14-23), institutions of prospecting and supervision (YB 14-24, 14-26).
"""

from __future__ import annotations

CONSTRUCTION_EXACT: dict[str, tuple[str, str]] = {
    "勘察设计企业": ("prospecting and designing institutions", "YB 14-24"),
    "勘察设计单位": ("prospecting and designing institutions", "YB 14-24"),
    "工程监理企业": ("construction project supervision enterprises", "YB 14-26"),
    "建设工程监理企业": ("construction project supervision enterprises", "YB 14-26"),
}
CONSTRUCTION_HEADS: dict[str, tuple[str, str | None, str]] = {
    "房屋建筑施工面积": ("floor space of buildings under construction by {s}",
                 "floor space of buildings under construction", "YB 14-23"),
    "房屋建筑竣工面积": ("floor space of buildings completed by {s}", "floor space of buildings completed", "YB 14-23"),
    "新开工面积": ("floor space of buildings started by {s}", "floor space of buildings started", "YB 19-8, P"),
    "房屋新开工面积": ("floor space of buildings started by {s}", "floor space of buildings started", "YB 19-8, P"),
    "税收": ("tax revenue from {s}", "tax revenue", "P"),  # 建筑业税收 "tax revenue from construction"
}
CONSTRUCTION_SUBJECTS: dict[str, tuple[str, str]] = {
    "资质以上建筑业企业": ("qualified construction enterprises", "P"),
    "资质等级以上建筑业企业": ("qualified construction enterprises", "P"),
}
# A grade of qualification before the enterprises (特级资质建筑业企业); project renderings.
QUALIFICATION_GRADES: dict[str, str] = {"特级资质": "special-grade", "一级资质": "first-grade",
                                        "二级资质": "second-grade", "三级资质": "third-grade"}
# Buildings by use before the floor space of a stage of building (商品房施工面积 "floor space of commercial buildings
# under construction", not "... by commercial buildings": the heads' {s} is who builds), YB 19-8, 19-10.
BUILDINGS: dict[str, str] = {"商品房": "commercial buildings", "商品住宅": "residential buildings",
                             "住宅": "residential buildings", "办公楼": "office buildings",
                             "商业营业用房": "commercial business buildings"}
STAGES_OF_BUILDING: dict[str, str] = {"施工面积": "under construction", "房屋施工面积": "under construction",
                                      "新开工面积": "started", "竣工面积": "completed"}

"""A city's five-year ecological and environmental protection plan: its review and its table of main indicators
(holdout25, issue 12).

Official English from the State Council work reports (../shared/reference): "fine particulate matter (PM2.5)" (GWR
2016/525), "forest cover" (GWR 2011/204), "redlines for ecological conservation" (GWR 2017/526), "soil erosion"
(GWR 2013/77), "obligatory" indicators (约束性, GWR 2016/80). The names the reports do not use (营造林, 重点治理项目,
国控点位, 新能源车辆比例 among buses) are project renderings (P), in the wording of the existing ecology entries
(metric_tables: "compliance rate of centralized drinking water sources at and above county level", "urban sewer
networks built or upgraded").
"""

from __future__ import annotations

_DRINKING = "compliance rate of centralized drinking water sources at and above county level"  # (metric_tables, P)

ECOLOGY_PLAN_EXACT: dict[str, tuple[str, str]] = {
    # the review of the previous plan
    "营造林": ("afforestation", "P"),
    "完成营造林": ("afforestation completed", "P"),
    "累计完成营造林": ("afforestation completed", "P"),
    "投入生态环境保护资金": ("funds invested in ecological and environmental protection", "P"),
    "累计投入生态环境保护资金": ("funds invested in ecological and environmental protection", "P"),
    "重点治理项目": ("key pollution control projects", "P"),
    "实施重点治理项目": ("key pollution control projects carried out", "P"),
    "县级及以上城市集中式饮用水水源水质达标率": (_DRINKING, "P"),
    "县级及以上城市集中式饮用水水源地水质达标率": (_DRINKING, "P"),
    # the table of main indicators and the tasks
    "细颗粒物（PM2.5）浓度": ("concentration of fine particulate matter (PM2.5)", "GWR 2016/525"),
    "地表水国控断面达到或好于Ⅲ类水体比例": (
        "share of national surface water monitoring sections at Grade III or better", "P"),
    "地下水国控点位Ⅴ类水比例": ("share of national groundwater monitoring points at Grade V", "P"),
    "生态保护红线面积": ("area within the redlines for ecological conservation", "GWR 2017/526"),
    "新建改造污水管网": ("sewer networks built or upgraded", "GWR 2011/382 (sewer networks)"),
    "城市建成区新增和更新公交车中新能源车辆比例": (
        "share of new-energy vehicles among new and replaced buses in built-up urban areas", "P"),
    "新增和更新公交车中新能源车辆比例": ("share of new-energy vehicles among new and replaced buses", "P"),
    "治理水土流失面积": ("area of soil erosion brought under control", "GWR 2013/77"),
}

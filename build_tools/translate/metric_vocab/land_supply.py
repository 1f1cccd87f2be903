"""A county's yearly supply plan of state-owned construction land (holdout40): the planned total, existing
construction land (new land, 新增建设用地, keeps the tables' "new land for construction"), the supply by use
(industrial, residential, commercial and service, public administration and public services, transport) and the
housing-security land within residential land. Official usage from ../shared/reference (State Council work reports,
GWR year/unit): 新增建设用地特别是工业用地 "land used for development projects, especially for industrial purposes"
(GWR 2008/453), 住宅用地 "land for residential use" (GWR 2017/268), 保障性住房 "low-income housing" (GWR 2009/71),
土地供应 "land supply" (GWR 2012/118); the categories of use follow the national land-use classification and are
project renderings ("P").
"""

from __future__ import annotations

LAND_SUPPLY_EXACT: dict[str, tuple[str, str]] = {
    "国有建设用地供应计划": ("planned supply of state-owned construction land", "P"),
    "国有建设用地计划供应总量": ("planned total supply of state-owned construction land", "P"),
    "国有建设用地供应总量": ("total supply of state-owned construction land", "P"),
    "存量建设用地": ("existing construction land", "P"),
    "存量建设用地占计划供应总量": ("existing construction land as a share of the planned total supply", "P"),
    "工业用地": ("land for industrial purposes", "GWR 2008/453"),
    "工业用地占比": ("share of land for industrial purposes", "GWR 2008/453"),
    "住宅用地": ("land for residential use", "GWR 2017/268"),
    "住宅用地占比": ("share of land for residential use", "GWR 2017/268"),
    "保障性住房用地": ("land for low-income housing", "GWR 2009/71"),
    "占住宅用地供应总量的比例": ("share of the total supply of land for residential use", "GWR 2017/268"),
    "商服用地": ("commercial and service land", "P"),
    "商服用地占比": ("share of commercial and service land", "P"),
    "公共管理与公共服务用地": ("land for public administration and public services", "P"),
    "公共管理与公共服务用地占比": ("share of land for public administration and public services", "P"),
    "交通运输用地": ("land for transport", "P"),
    "交通运输用地占比": ("share of land for transport", "P"),
    "其他用地": ("other land", "P"),
    "其他用地占比": ("share of other land", "P"),
    "标准厂房用地": ("land for standard factory buildings", "P"),
}

"""Electricity operation and regulated water prices: a development and reform commission's release on electricity
consumption of cumulative months (peak load, installed capacity, branches of consumption) and a notice of a hearing on
residents' tiered water prices (tier prices, their adjustment, the water company's costs) (held-out set 37).

Official wording where the reference has it: "total electricity consumption" (GWR 2014/21), "installed
power-generating capacity" (GWR 2010/68, 2011/58), "wind power, photovoltaic power" (GWR 2015/547, 2009/334), "tiered
pricing for household water consumption" (GWR 2014/526; "tiered prices for household consumption of electricity and
water", GWR 2010/482), "charges for ... sewage treatment" (GWR 2008/493), "water prices" (GWR 2009/363). The reports
name neither peak load, charging and battery-swapping services, unit costs of water supply, water sold, pipe network
leakage nor free water for the poor: project renderings (P).
"""

from __future__ import annotations

UTILITY_PRICES_EXACT: dict[str, tuple[str, str]] = {
    # electricity operation
    "最高用电负荷": ("peak electricity load", "P"),
    "最高负荷": ("peak load", "P"),
    "冬季最高用电负荷": ("winter peak electricity load", "P"),
    "夏季最高用电负荷": ("summer peak electricity load", "P"),
    "电源总装机容量": ("total installed power-generating capacity", "GWR 2010/68, P"),
    "总装机容量": ("total installed capacity", "GWR 2010/68, P"),
    "新增新能源装机": ("new-energy capacity added", "P"),
    "风电": ("wind power", "GWR 2009/334"),
    "高技术及装备制造业用电量": ("electricity consumption of high-tech and equipment manufacturing", "YB 9-14, P"),
    "充换电服务业用电量": ("electricity consumption of charging and battery-swapping services",
                          "GWR 2020/261 (battery charging and swapping facilities), P"),
    # water supply and its prices
    "平均单位供水成本": ("average unit cost of water supply", "P"),
    "单位供水成本": ("unit cost of water supply", "P"),
    "售水量": ("water sold", "P"),
    "管网漏损率": ("leakage rate of the pipe network", "P"),
    "污水处理费": ("sewage treatment charge", "GWR 2008/493"),
    "含污水处理费": ("sewage treatment charge included", "GWR 2008/493, P"),
    "每户每月免费用水": ("free water per household a month", "P"),
    "第一、二、三阶梯水价": ("water prices of tiers 1, 2 and 3", "GWR 2014/526, P"),
    "阶梯水价": ("tiered water prices", "GWR 2014/526"),
    "居民生活用水阶梯价格": ("tiered prices for household water consumption", "GWR 2014/526"),
}

# the tiers of a tiered price (第一阶梯现行价格, 第二阶梯调整后价格, 第三阶梯调整额, 第一阶梯水价): "tier 1 ..."
_TIERS = {"一": "1", "二": "2", "三": "3", "四": "4"}
_TIER_HEADS = {
    "水价": ("water price", "GWR 2009/363, P"),
    "现行价格": ("current price", "P"),
    "调整后价格": ("adjusted price", "P"),
    "调整额": ("price change", "P"),
    "年用水量": ("annual water use", "P"),
    "每户每年用水量": ("annual water use per household", "P"),
    "每户每年用气量": ("annual gas use per household", "P"),
    "每户每年用电量": ("annual electricity use per household", "P"),
    "电价": ("electricity price", "P"),
    "气价": ("gas price", "P"),
}
for _zh, _n in _TIERS.items():
    for _head, (_en, _src) in _TIER_HEADS.items():
        UTILITY_PRICES_EXACT[f"第{_zh}阶梯{_head}"] = (f"tier {_n} {_en}", _src)

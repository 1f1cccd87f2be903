"""Agriculture in detail: an agriculture and rural affairs bureau's figures (耕种收综合机械化率, 粮食单产, 绿色食品,
秸秆综合利用率, 蔬菜种植面积 ...), after YB 12 (12-4 agricultural machinery, 12-8 sown areas, 12-11 output per
hectare). Utilization rates compose in rules.py (RATE_OF).
"""

from __future__ import annotations

FARMING_EXACT: dict[str, tuple[str, str]] = {
    "耕地地力保护补贴": ("subsidies for protecting cultivated land fertility", "P"),  # (paid per mu; no GWR occurrence)
    "农作物耕种收综合机械化率": ("overall mechanization rate of crop plowing, sowing and harvesting", "P"),
    "主要农作物耕种收综合机械化率": ("overall mechanization rate of plowing, sowing and harvesting of major crops",
                            "P"),
    "示范家庭农场": ("model family farms", "GWR 2019/467 (family farms), P"),
    "绿色食品": ("green food products", "P"),
    "农产品地理标志": ("geographical indications of agricultural products", "P"),
    "秸秆": ("crop straw", "GWR 2017/502 (straw), P"),
    "畜禽粪污": ("livestock and poultry manure", "P"),
    # the progress of field work in a news report (截至11月20日，全县已完成秋冬种面积…)
    "秋冬种面积": ("area of autumn and winter sowing", "P"),
    "冬小麦播种": ("area sown to winter wheat", "P"),
    "油菜移栽": ("area of rapeseed transplanted", "P"),
    "冬季蔬菜": ("winter vegetables", "P"),
    "机播率": ("mechanized sowing rate", "P"),
    "投入各类农机具": ("agricultural machinery in use", "GWR 2008/43 (agricultural machinery), P"),
    "培训农民": ("farmers trained", "P"),
}

FARMING_HEADS: dict[str, tuple[str, str | None, str]] = {
    # (YB 12-11 "output per hectare"; the area is the unit's to say: 单产408公斤/亩 is "408 kg per mu", 6120公斤/公顷
    # "6,120 kg per ha"; a local bulletin's bare 公斤 is per mu, never "per hectare")
    "单产": ("{s} yield", None, "YB 12-11, P"),
    "亩产": ("{s} yield per mu", "yield per mu", "P"),  # (亩产404.9公斤: the yield in the local unit of area)
    "平均亩产": ("average {s} yield per mu", "average yield per mu", "P"),
    "种植面积": ("sown area of {s}", "sown area", "YB 12-8"),
    "建设面积": ("area of {s} built", None, "P"),  # 高标准农田建设面积
}

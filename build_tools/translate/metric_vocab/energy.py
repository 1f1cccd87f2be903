"""Energy and power: a power supply company's and a development and reform commission's figures (第三产业用电量,
光伏发电量, 风电装机容量, 充电站, 天然气消费量 ...), after YB 9 (Energy: 9-2 consumption, 9-12 household consumption,
9-14 electricity consumption, 9-15 installed capacity). Who uses electricity is a SUBJECT of 用电量; the sources of
power compose with 发电量 and 装机容量 (rules.py).
"""

from __future__ import annotations

ENERGY_EXACT: dict[str, tuple[str, str]] = {
    "居民生活用电量": ("household electricity consumption", "YB 9-12, 9-14"),
    "城乡居民生活用电量": ("household electricity consumption of urban and rural residents", "YB 9-12, 9-14, P"),
    "售电量": ("electricity sold", "P"),
    "发电装机容量": ("installed capacity of power generation", "YB 9-15"),
    "充电站": ("charging stations", "P"),
    "换电站": ("battery swapping stations", "GWR 2020/261 (battery swapping facilities), P"),
    "新能源汽车充电桩": ("charging piles for new-energy vehicles", "GWR 2020/261, P"),
    "非化石能源": ("non-fossil energy", "GWR 2014/524 (non-fossil fuel), P"),
    "一次能源消费": ("primary energy consumption", "YB 9-2, P"),
    "原油加工量": ("crude oil processed", "P"),
}

ENERGY_HEADS: dict[str, tuple[str, str | None, str]] = {
    "用电量": ("electricity consumption of {s}", "electricity consumption", "YB 9-14"),
    "消费量": ("{s} consumption", None, "YB 9-2, P"),  # 天然气消费量 "natural gas consumption"
}

# Sources of power: zh -> (before 装机容量 "installed ~ capacity", before "generation"); project renderings.
POWER_SOURCES: dict[str, tuple[str, str]] = {
    "火电": ("thermal power", "thermal power"), "火力": ("thermal power", "thermal power"),
    "水电": ("hydropower", "hydropower"), "水力": ("hydropower", "hydropower"),
    "风电": ("wind power", "wind power"), "风力": ("wind power", "wind power"),
    "光伏": ("photovoltaic", "photovoltaic power"), "太阳能": ("solar", "solar power"),
    "核电": ("nuclear power", "nuclear power"), "生物质": ("biomass", "biomass power"),
    "新能源": ("new energy", "new energy power"), "可再生能源": ("renewable energy", "renewable energy power"),
    "清洁能源": ("clean energy", "clean energy power"),
}

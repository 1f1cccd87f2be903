"""The qualifiers around a metric's head (metrics.py composes them): trading partners, levels and above, insurance
schemes and the notes of NBS indicators, each with its source as in metric_tables.py. The domain vocabulary of
metric_vocab is merged into PARTNERS and SCHEMES by metric_tables."""

from __future__ import annotations

# Trading partners: 东盟进出口 -> "trade with ASEAN"; 对美出口 is not read.
PARTNERS: dict[str, str] = {"东盟": "ASEAN", "欧盟": "the EU", "美国": "the United States", "日本": "Japan",
                            "韩国": "the Republic of Korea", "俄罗斯": "Russia", "非洲": "Africa",
                            "拉美": "Latin America", "香港": "Hong Kong", "台湾": "Taiwan",
                            "一带一路沿线国家": "Belt and Road countries", "RCEP成员国": "RCEP member states"}
TRADE_HEADS = {"进出口": "trade with {p}", "进出口额": "trade with {p}", "出口": "exports to {p}",
               "出口额": "exports to {p}", "进口": "imports from {p}", "进口额": "imports from {p}"}
# Levels before a metric: 县级以上农业产业化龙头企业 -> "... (county level and above)".
LEVELS_AND_ABOVE = {"国家级": "national level", "省级以上": "provincial level and above",
                    "市级以上": "city level and above", "县级以上": "county level and above",
                    "县级及以上": "county level and above", "市级及以上": "city level and above",
                    "省级及以上": "provincial level and above"}
# Insurance schemes, for 参加X(人数) "people covered by X".
SCHEMES: dict[str, tuple[str, str]] = {
    "城乡居民基本养老保险": ("basic endowment insurance for urban and rural residents", "YB 24-27"),
    "城镇职工基本养老保险": ("basic endowment insurance for urban workers", "YB 24-26"),
    "基本养老保险": ("basic endowment insurance", "YB 24-26"),
    "基本医疗保险": ("basic medical insurance", "YB 24-29"),
    "城乡居民基本医疗保险": ("basic medical insurance for rural and non-working urban residents", "GWR 2022/503"),
    "失业保险": ("unemployment insurance", "P"),
    "工伤保险": ("work-related injury insurance", "P"),
}
# Parenthetical notes of NBS indicators.
NOTES: dict[str, str] = {"不含农户": "excluding rural households", "含农户": "including rural households"}

"""Urban water supply and drinking-water quality: a city's quarterly water quality announcement (an untuned document
of the genre, measured first; then this vocabulary). Official usage from ../shared/reference: 管网 更新改造
"upgrading of urban pipelines ... for water supply" (GWR 2022/382), 饮用水 "drinking water" (GWR 2014/518); the
names of the kinds of water tested follow GB 5749-2022 and CJ/T 206 (出厂水, 管网水, 末梢水, 二次供水) in the
English usual in water-utility reporting; they and the rest are project renderings ("P")."""

from __future__ import annotations

_PIPES = "GWR 2022/382, P"

WATER_SUPPLY_EXACT: dict[str, tuple[str, str]] = {
    # supply, and its quality (a title's subject: 城市供水水质公告)
    "城市供水水质": ("quality of urban water supply", "P"),
    "供水水质": ("quality of water supply", "P"),
    "日均供水量": ("average daily water supply", "YB 8-10 (water supply), P"),
    "日供水量": ("daily water supply", "YB 8-10 (water supply), P"),
    "公共供水日均供水量": ("average daily supply of public water systems", "YB 8-10 (water supply), P"),
    "城市公共供水日均供水量": ("average daily supply of urban public water systems", "YB 8-10 (water supply), P"),
    "城市公共供水量": ("supply of urban public water systems", "YB 8-10 (water supply), P"),
    # samples tested, by the kind of water (GB 5749-2022; CJ/T 206)
    "检测水样": ("water samples tested", "P"),
    "水样": ("water samples", "P"),
    "出厂水水样": ("samples of treated water leaving the plants", "P"),
    "管网水水样": ("samples of water in the distribution network", "P"),
    "末梢水水样": ("samples of tap water at the point of use", "P"),
    "二次供水水样": ("samples of secondary supply water", "P"),
    "水源水水样": ("samples of source water", "P"),
    "出厂水检测": ("samples of treated water tested", "P"),
    "管网水检测": ("samples of network water tested", "P"),
    "末梢水检测": ("samples of tap water tested", "P"),
    "二次供水检测": ("samples of secondary supply water tested", "P"),
    # pass rates (YB 20-32 uses "pass rate" for 合格率)
    "合格率": ("pass rate", "YB 20-32 (pass rate), P"),
    "综合合格率": ("overall pass rate", "YB 20-32 (pass rate), P"),
    "水质综合合格率": ("overall water quality pass rate", "YB 20-32 (pass rate), P"),
    "水质合格率": ("water quality pass rate", "YB 20-32 (pass rate), P"),
    "出厂水合格率": ("pass rate of treated water leaving the plants", "P"),
    "管网水合格率": ("pass rate of water in the distribution network", "P"),
    "末梢水合格率": ("pass rate of tap water at the point of use", "P"),
    "水样合格率": ("pass rate of water samples", "P"),
    "二次供水合格率": ("pass rate of secondary supply water", "P"),
    "合格样品": ("samples passed", "P"),
    "饮用水水源地水质达标率": ("share of drinking water sources meeting quality standards", "GWR 2014/518, P"),
    # turbidity (GB 5749-2022 limit 1 NTU)
    "浑浊度": ("turbidity", "P"),
    "出厂水浑浊度": ("turbidity of treated water leaving the plants", "P"),
    "管网水浑浊度": ("turbidity of water in the distribution network", "P"),
    # pipes and facilities
    "老旧供水管网改造": ("old water supply pipes upgraded", _PIPES),
    "完成老旧供水管网改造": ("old water supply pipes upgraded", _PIPES),
    "改造老旧供水管网": ("old water supply pipes upgraded", _PIPES),
    "供水管网漏损率": ("leakage rate of the water supply network", _PIPES),
    "公共供水管网漏损率": ("leakage rate of the public water supply network", _PIPES),
    "二次供水设施清洗消毒": ("cleaning and disinfection of secondary water supply facilities", "P"),
    "二次供水设施": ("secondary water supply facilities", "P"),
}

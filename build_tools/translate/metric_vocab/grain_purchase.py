"""A county's news of its autumn grain purchase (秋粮收购, an untuned document of 2026-12-07): the grain purchased
and its kinds, the expected total, the purchase points and capacity, the minimum purchase price and the market
price, the purchase loans and their interest subsidies, the storage capacity.

Official wording where the reference has it: 最低收购价 "minimum purchase prices" (GWR 2022/410); the others are
project renderings (P)."""

from __future__ import annotations

GRAIN_PURCHASE_EXACT: dict[str, tuple[str, str]] = {
    "收购秋粮": ("autumn grain purchased", "P"),
    "秋粮收购总量": ("total autumn grain purchases", "P"),
    "收购中晚稻": ("mid- and late-season rice purchased", "P"),
    "收购玉米": ("corn purchased", "P"),
    "收购稻谷": ("rice purchased", "P"),
    "收购小麦": ("wheat purchased", "P"),
    "最低收购价": ("minimum purchase price", "GWR 2022/410"),
    "中晚稻最低收购价": ("minimum purchase price of mid- and late-season rice", "GWR 2022/410, P"),
    "稻谷最低收购价": ("minimum purchase price of rice", "GWR 2022/410"),
    "小麦最低收购价": ("minimum purchase price of wheat", "GWR 2022/410"),
    "市场收购均价": ("average market purchase price", "P"),
    "收购网点": ("purchase points", "P"),
    "设立收购网点": ("purchase points set up", "P"),
    "日均收购能力": ("average daily purchase capacity", "P"),
    "仓容总量": ("total storage capacity", "P"),
    "高标准粮仓": ("high-standard granaries", "P"),
    "空仓容": ("empty storage capacity", "P"),
    "发放收购贷款": ("purchase loans issued", "P"),
    "已发放收购贷款": ("purchase loans issued", "P"),
    "秋粮收购贷款贴息资金": ("interest subsidies for autumn grain purchase loans", "P"),
    "县财政安排秋粮收购贷款贴息资金": ("interest subsidies for autumn grain purchase loans", "P"),
}

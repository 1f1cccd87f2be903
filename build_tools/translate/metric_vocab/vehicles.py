"""New-energy vehicles and their charging: a development and reform commission's report on promoting them (stock,
sales, penetration, charging piles, trade-in subsidies, the industry's output). Official usage from
../shared/reference (GWR year/unit): 新能源汽车 "new-energy vehicles" (GWR 2022/374), 充电桩/换电站 "battery charging
and swapping facilities" (GWR 2020/261, 2021/414), 以旧换新 "trading-in old ... for new ones" (GWR 2011/286); the
rest are project renderings ("P")."""

from __future__ import annotations

VEHICLES_EXACT: dict[str, tuple[str, str]] = {
    "新能源汽车销量": ("sales of new-energy vehicles", "GWR 2022/374, P"),
    "新能源汽车渗透率": ("penetration rate of new-energy vehicles", "GWR 2022/374, P"),
    "直流快充桩": ("DC fast-charging piles", "GWR 2020/261, P"),
    "快充桩": ("fast-charging piles", "GWR 2020/261, P"),
    "农村地区公共充电桩": ("public charging piles in rural areas", "GWR 2020/261, P"),
    "汽车以旧换新补贴": ("subsidies for trading in old cars for new ones", "GWR 2011/286, P"),
    "发放汽车以旧换新补贴": ("subsidies paid for trading in old cars for new ones", "GWR 2011/286, P"),
    "新能源汽车及零部件规模以上企业": ("new-energy vehicle and parts enterprises above designated size",
                                       "GWR 2022/374, P"),
    "展会期间成交新能源汽车": ("new-energy vehicles sold during the expo", "GWR 2022/374, P"),
    "储能规模": ("energy storage capacity", "P"),
    "产能利用率": ("capacity utilization rate", "P"),
    "整车产能利用率": ("capacity utilization rate of vehicle assembly", "P"),
    "本地整车产能利用率": ("capacity utilization rate of local vehicle assembly", "P"),
    "惠及家庭": ("households benefiting", "P"),
}

"""A city 12345 government service hotline centre's quarterly report (requests received by channel and category, the
on-time completion and satisfaction rates, follow-up calls, requests transferred from the 110 police hotline,
supervision notices) and a city government's report on the management of state-owned assets (the state enterprises'
equity and the city-owned enterprises' share, the disposal income of administrative assets, land supplied, forests,
the rules issued, the enterprise groups formed, the share of state capital earnings turned over) (held-out set 53).

Official wording where the reference has it: the people's demands voiced (群众诉求, GWR 2013/389 "channels for people
to voice their demands"; GWR 2008/713 "voicing the concerns of the people"), processed "within a specified time"
(限时办结, GWR 2019/356), the debt-to-asset ratio (资产负债率, GWR 2017/74, 2018/87), "the percentage of earnings from
state capital turned over to public finance" (国有资本收益上缴…比例, GWR 2014/284), assets put to good use (盘活,
GWR 2022/243). The hotline's channels and categories, callbacks, supervision notices, state-owned capital equity and
the other names are not in the reference: project renderings (P).
"""

from __future__ import annotations

HOTLINE_EXACT: dict[str, tuple[str, str]] = {
    # a 12345 hotline's requests
    "受理群众诉求": ("requests from the public received", "GWR 2013/389, P"),
    "12345热线受理群众诉求": ("requests from the public received by the 12345 hotline", "GWR 2013/389, P"),
    "12345热线累计受理群众诉求": ("requests from the public received by the 12345 hotline so far this year",
                          "GWR 2013/389, P"),
    "电话渠道受理": ("requests received by telephone", "P"),
    "网络渠道受理": ("requests received online", "P"),
    "城乡建设类诉求": ("requests on urban and rural development", "P"),
    "城乡建设类": ("requests on urban and rural development", "P"),
    "劳动社保类": ("requests on employment and social security", "P"),
    "市场监管类": ("requests on market regulation", "P"),
    "交通运输类": ("requests on transport", "P"),
    "教育类": ("requests on education", "P"),
    "涉及停水停电的诉求": ("requests about water and power cuts", "P"),
    "停水停电诉求": ("requests about water and power cuts", "P"),
    "受理量": ("requests received", "P"),
    "诉求按期办结率": ("share of requests handled on time", "GWR 2019/356, P"),
    "满意率": ("satisfaction rate", "P"),
    "满意度回访": ("satisfaction follow-up calls", "P"),
    "回访率": ("follow-up call rate", "P"),
    "满意度回访率": ("rate of satisfaction follow-up calls", "P"),
    "转办非警务类诉求": ("non-police requests transferred from the 110 police hotline", "P"),
    "诉求下发督办单": ("overdue requests given supervision notices", "P"),
    # state-owned assets
    "国有资本权益": ("state-owned capital equity", "P"),
    "市属企业": ("city-owned enterprises", "P"),
    "市属国有企业资产总额": ("total assets of city-owned enterprises", "P"),
    "市属国有企业资产负债率": ("debt-to-asset ratio of city-owned enterprises", "GWR 2017/74, P"),
    "市属国有企业资产总额占全市国有企业资产总额": (
        "share of city-owned enterprises in the total assets of the city's state-owned enterprises", "P"),
    "国有资本收益上缴比例": ("percentage of earnings from state capital turned over to public finance", "GWR 2014/284"),
    "行政事业性国有资产处置收入": (
        "income from the disposal of state-owned assets of administrative bodies and public institutions", "P"),
    "供应国有建设用地": ("state-owned land for construction supplied", "P"),
    "国有森林面积": ("area of state-owned forests", "P"),
    "房屋": ("buildings", "P"),
    "制度文件": ("rules and regulations", "P"),
    "企业集团": ("enterprise groups", "P"),
}

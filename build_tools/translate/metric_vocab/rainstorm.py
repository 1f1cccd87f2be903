"""A city meteorological bureau's news on a rainstorm and the flood-season outlook (rainfall of a window, the heaviest
station, hourly intensity, a station's record, rainfall since the flood season began against the normal, reservoirs
above the flood limit, a station's water level, the forecast of the next hours and of the main flood season) and a
province's notice allocating the central subsidy for advancing rural revitalisation to counties (the total, the share
for industry, spending progress, the amount per county) (held-out set 50).

Official wording where the reference has it: "reservoirs" (水库, GWR 2008/409), "subsidies" (补助资金, GWR 2008/164),
"sped up the process of making budgetary funds available for fiscal expenditures" (支出进度, GWR 2015/30), rural
revitalization (乡村振兴, GWR 2018/502; 巩固拓展脱贫攻坚成果同乡村振兴有效衔接, GWR 2021/434). Rainfall, its
intensity, records, the flood limit and warning levels and the names of a notice's table are not in the reference:
project renderings (P).
"""

from __future__ import annotations

RAINSTORM_EXACT: dict[str, tuple[str, str]] = {
    # rainfall and water
    "降雨量": ("rainfall", "P"),
    "累计降雨量": ("accumulated rainfall", "P"),
    "最大降雨量": ("heaviest rainfall", "P"),
    "最大雨强": ("maximum rainfall intensity", "P"),
    "1小时最大雨强": ("maximum hourly rainfall intensity", "P"),
    "大部地区累计降雨量": ("accumulated rainfall in most areas", "P"),
    "局地": ("locally", "P"),
    "主汛期降雨量": ("rainfall of the main flood season", "P"),
    "主汛期我市降雨量": ("rainfall of the main flood season", "P"),
    "水位": ("water level", "P"),
    "小型水库超汛限水位": ("small reservoirs above the flood-limit level", "GWR 2008/409, P"),
    "中型水库超汛限水位": ("medium-sized reservoirs above the flood-limit level", "GWR 2008/409, P"),
    "区域性暴雨过程": ("regional rainstorms", "P"),
    # subsidy allocation
    "金额": ("amount", "P"),
    "用于产业发展的资金": ("funds for industrial development", "P"),
    "用于产业发展的资金占下达资金比例": ("share of the funds allocated used for industrial development", "P"),
    "用于产业发展的比例": ("share used for industrial development", "P"),
    "支出进度": ("spending progress", "GWR 2015/30"),
    "在收到资金后": ("time allowed after the funds are received", "P"),
    "中央财政衔接推进乡村振兴补助资金（第二批）":
        ("central government subsidies for advancing rural revitalization allocated (second batch)",
         "GWR 2008/164, GWR 2021/434, P"),
    "中央财政衔接推进乡村振兴补助资金":
        ("central government subsidies for advancing rural revitalization", "GWR 2008/164, GWR 2021/434, P"),
}

"""A county flood control headquarters' circular on a typhoon's impact (an untuned document of the genre, measured
first; then this vocabulary): rainfall and wind of the storm, water levels and reservoirs, losses, the response.
Official usage from ../shared/reference: 紧急转移安置 "relocated" (GWR 2017/133), 救灾资金 "disaster relief funds"
(GWR 2017/444); the rest are project renderings ("P") in the usage of the Ministry of Emergency Management's English
releases (affected, total crop failure, direct economic losses)."""

from __future__ import annotations

TYPHOON_EXACT: dict[str, tuple[str, str]] = {
    "过程平均降雨量": ("average rainfall of the storm", "P"),
    "过程累计降雨量": ("accumulated rainfall of the storm", "P"),
    "过程最大降雨量": ("heaviest rainfall of the storm", "P"),
    "极大风速": ("maximum gust speed", "P"),
    "最大风速": ("maximum wind speed", "P"),
    "最高水位": ("highest water level", "P"),
    "预泄水量": ("water released in advance", "P"),
    "集中安置": ("people housed in shelters", "GWR 2017/133 (relocated), P"),
    "分散安置": ("people housed with relatives and friends", "GWR 2017/133 (relocated), P"),
    "绝收": ("crop area with total crop failure", "YB 8-26, P"),
    "农业损失": ("agricultural losses", "P"),
    "农业直接经济损失": ("direct economic losses in agriculture", "P"),
    "出动抢险救援人员": ("rescue personnel deployed", "P"),
    "抢险救援人员": ("rescue personnel", "P"),
    "投入机械设备": ("machinery and equipment deployed", "P"),
    "转移渔船": ("fishing boats moved to safety", "P"),
    "抢修恢复受损线路": ("damaged power lines repaired", "P"),
    "下拨救灾资金": ("disaster relief funds allocated", "GWR 2017/444"),
    "乡镇不同程度受灾": ("townships affected", "P"),
    # those of a set that did something (extract/figures/among.py: 12座中型水库中有9座超汛限水位)
    "超汛限水位的中型水库": ("medium-sized reservoirs above the flood-limit level", "GWR 2008/409, P"),
    "超汛限水位的小型水库": ("small reservoirs above the flood-limit level", "GWR 2008/409, P"),
    "超汛限水位的水库": ("reservoirs above the flood-limit level", "GWR 2008/409, P"),
    "开工建设的重点项目": ("key projects started", "P"),
}

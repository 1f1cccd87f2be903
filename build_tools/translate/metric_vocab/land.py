"""Land expropriation: the land taken and what its compensation and resettlement plan pays (holdout23, issue 12).

None of these is in ../shared/reference except 被征地农民 (GWR 2009/67, 2009/446: "farmers whose land has been
expropriated") and 建设用地 (already in the tables). The others follow the English text of the Land Administration Law
of the PRC (NPC, 2019 amendment: "land for agricultural use", "unused land", "land compensation fees", "resettlement
subsidies", "comprehensive land prices for zones", "compensation for young crops", "social security costs"); that
text is not in the reference folder, so they are cited P (project renderings after the law's English).
"""

from __future__ import annotations

LAND_EXACT: dict[str, tuple[str, str]] = {
    "农用地": ("land for agricultural use", "P"),
    "其他农用地": ("other land for agricultural use", "P"),
    "未利用地": ("unused land", "P"),
    "区片综合地价": ("comprehensive land price for the zone", "P"),
    "土地补偿费": ("land compensation fees", "P"),
    "安置补助费": ("resettlement subsidies", "P"),
    "青苗补偿费": ("compensation for young crops", "P"),
    "地上附着物补偿费": ("compensation for ground attachments", "P"),
    "果园补偿费": ("compensation for orchards", "P"),
    "坟墓迁移补助费": ("grave relocation subsidy", "P"),
    "临时安置补助费": ("temporary resettlement subsidy", "P"),
    "搬家补助费": ("moving subsidy", "P"),
    "搬迁奖励": ("relocation reward", "P"),
    "安置面积": ("resettlement floor space", "P"),
    "被征地农民": ("farmers whose land has been expropriated", "GWR 2009/67"),
    "被征地农户": ("rural households whose land is expropriated", "P"),
    "需安置的农业人口": ("agricultural population to be resettled", "P"),
    "被征地农民社会保障费用": ("social security costs for farmers whose land has been expropriated", "P"),
    "社会保障费用": ("social security costs", "P"),
    "征收土地面积": ("area of land expropriated", "P"),
    "拟征收土地面积": ("area of land to be expropriated", "P"),
}

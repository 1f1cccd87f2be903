"""The land categories of a main-data communiqué of the Third National Land Survey (第三次全国国土调查主要数据公报,
held-out set 42): the eight first-level categories and the second-level ones a city's communiqué gives with
their shares (耕地: 水田, 水浇地, 旱地; 园地: 果园, 茶园, …; 林地, 草地, 湿地, 城镇村及工矿用地, 交通运输用地,
水域及水利设施用地).

Official wording where the reference has it: 耕地 "cultivated land" (YB 8-20; economy.py), 林地 "forest land"
(forestry.py), 草地 "grassland" (GWR 2011/325 "farmland, forestland and grassland"), 湿地 "wetlands" (GWR 2012/323).
The reports and the yearbook's table titles name none of the second-level categories nor the survey's composite
categories (城镇村及工矿用地, 水域及水利设施用地): project renderings (P) after the English of the national land use
classification's category names as the Ministry of Natural Resources' releases give them (not in the reference
folder).
"""

from __future__ import annotations

LAND_SURVEY_EXACT: dict[str, tuple[str, str]] = {
    # 耕地 by kind
    "水田": ("paddy fields", "P"),
    "水浇地": ("irrigated land", "P"),
    "旱地": ("dry land", "P"),
    # 园地
    "园地": ("garden land", "P"),
    "果园": ("orchards", "P"),
    "其他园地": ("other garden land", "P"),
    # 林地 (forest land: forestry.py)
    "乔木林地": ("arbor forest land", "P"),
    "竹林地": ("bamboo forest land", "P"),
    "灌木林地": ("shrub forest land", "P"),
    "其他林地": ("other forest land", "P"),
    # 草地, 湿地
    "草地": ("grassland", "GWR 2011/325"),
    "天然牧草地": ("natural pastures", "P"),
    "其他草地": ("other grassland", "P"),
    "湿地": ("wetlands", "GWR 2012/323"),
    "内陆滩涂": ("inland tidal flats", "P"),
    "沼泽地": ("swamps", "P"),
    # 城镇村及工矿用地
    "城镇村及工矿用地": ("land for urban and rural settlements, industry and mining", "P"),
    "城市用地": ("urban land", "P"),
    "建制镇用地": ("land of designated towns", "P"),
    "村庄用地": ("village land", "P"),
    "采矿用地": ("mining land", "P"),
    "风景名胜及特殊用地": ("land for scenic spots and special uses", "P"),
    # 交通运输用地 (land for transport: already composed), 水域及水利设施用地
    "公路用地": ("highway land", "P"),
    "农村道路": ("rural roads", "P"),
    "水域及水利设施用地": ("water areas and land for water conservancy facilities", "P"),
    "河流水面": ("river surface", "P"),
    "水库水面": ("reservoir surface", "P"),
    # the changes since the second survey
    "城镇村及工矿用地增幅": ("percentage increase in land for urban and rural settlements, industry and mining", "P"),
    "林地和园地等生态功能较强的地类": ("forest land, garden land and other land types with strong ecological "
                                       "functions", "P"),
}

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

import re
from collections.abc import Callable

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

# a slope class of a land category (位于2度以下坡度（含2度）的耕地, 位于25度以上坡度的耕地, and its share of the
# category, …的耕地占全市耕地): the communiqué's classes of cultivated land by slope (P)
SLOPE_RE = re.compile(r"^(?:位于)?(?P<deg>\d+(?:\.\d+)?)度(?P<side>以下|以上)坡度(?:[（(]含\d+(?:\.\d+)?度[）)])?的"
                      r"(?P<land>[\u4e00-\u9fff]{2,10}?)(?:占(?:全[市县区省])?(?P<whole>[\u4e00-\u9fff]{2,10}?)"
                      r"(?:比重|比例)?)?$")


def slope_metric(zh: str, noun: Callable[[str], str | None]) -> str | None:
    """位于2度以下坡度（含2度）的耕地 -> "cultivated land on slopes of 2 degrees or less"; 位于25度以上坡度的耕地占全市
    耕地 -> "share of cultivated land on slopes above 25 degrees in cultivated land"; None unless the land renders."""
    m = SLOPE_RE.match(zh)
    land = noun(m.group("land")) if m else None
    if not m or not land:
        return None
    side = "or less" if m.group("side") == "以下" else ""
    slope = f"{land} on slopes of {m.group('deg')} degrees {side}".rstrip() if side else \
        f"{land} on slopes above {m.group('deg')} degrees"
    if not m.group("whole"):
        return slope
    whole = noun(m.group("whole"))
    return f"share of {slope} in {whole}" if whole else None

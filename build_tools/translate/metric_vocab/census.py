"""The vocabulary of population census communiqués (第七次全国人口普查公报 of provinces, cities and counties):
households, sex and age composition, educational attainment, urban and rural residence, migration.

Sources as metric_tables (``YB x-y`` the yearbook table of chapter 2 whose title has the wording, ``GWR yyyy/n``,
``P``). Age bands (0—14岁人口) are metrics.AGE_RE's; attainment, counts per 100,000 people, years of schooling and
household sizes are composed by people_rules.
"""

from __future__ import annotations

CENSUS_EXACT: dict[str, tuple[str, str]] = {
    # a district's row of a census table (人口数, 比重 columns), a change of the population (增加198426人)
    "人口": ("population", "YB 2-1"), "人口数": ("population", "YB 2-1"),
    "年增长率": ("annual growth rate", "P"),
    # households (YB 2-8 Household, Population, Sex Ratio and Household Size; 2-28 Family Households)
    "家庭户": ("family households", "YB 2-28"),
    "集体户": ("collective households", "P"),  # the census's other kind of household (YB 2-8's columns)
    "家庭户人口": ("population in family households", "YB 2-8, P"),
    "集体户人口": ("population in collective households", "P"),
    "平均每个家庭户的人口": ("average size of family households", "YB 2-8 (household size)"),
    "平均家庭户规模": ("average size of family households", "YB 2-8 (household size)"),
    "户均人口": ("average household size", "YB 2-8 (household size)"),
    "总户数": ("total households", "P"),
    # sex and ethnic composition (YB 2-8 sex ratio, 2-22 ethnic groups)
    "总人口性别比": ("sex ratio of the total population", "YB 2-8, P"),
    "出生人口性别比": ("sex ratio at birth", "P"),
    "汉族人口": ("Han population", "YB 2-22, P"),
    "少数民族人口": ("ethnic minority population", "YB 2-22, P"),
    # age composition (YB 2-4 Age Composition and Dependency Ratio)
    "劳动年龄人口": ("working-age population", "GWR 2021/222"),
    "总抚养比": ("total dependency ratio", "YB 2-4"),
    "少儿抚养比": ("child dependency ratio", "YB 2-4"),
    "老年抚养比": ("old-age dependency ratio", "YB 2-4"),
    "老年人口抚养比": ("old-age dependency ratio", "YB 2-4"),
    "育龄妇女": ("women of childbearing age", "P"),
    # illiteracy (YB 2-26 Illiterate Population Aged 15 and Over)
    "文盲人口": ("illiterate population", "YB 2-26"),
    "文盲率": ("illiteracy rate", "P"),
    # residence and migration (YB 2-6 urban population, 2-23 household registration elsewhere; GWR 2019/619)
    "居住在城镇的人口": ("urban population", "YB 2-6"),
    "居住在乡村的人口": ("rural population", "YB 2-6, P"),
    "流动人口": ("migrant population", "GWR 2019/619"),
    "人户分离人口": ("population with household registration elsewhere", "YB 2-23"),
    "市辖区内人户分离人口": ("population with household registration elsewhere within municipal districts",
                           "YB 2-23, P"),
    "跨省流动人口": ("inter-provincial migrant population", "GWR 2019/619, P"),
    "省内流动人口": ("intra-provincial migrant population", "GWR 2019/619, P"),
}

CENSUS_HEADS: dict[str, tuple[str, str | None, str]] = {
    # 常住人口年平均增长率 (the growth between two censuses)
    "年平均增长率": ("average annual growth rate of {s}", "average annual growth rate", "YB 2-7, P"),
}

# Educational attainment (拥有大学文化程度的人口, YB 2-24 Population ... by Educational Attainment): the level's
# education; project renderings after the YB 21 school levels.
ATTAINMENT: dict[str, str] = {"大学": "university", "大专及以上": "university", "高中": "senior secondary",
                              "初中": "junior secondary", "小学": "primary"}
# The size of a family household (YB 2-28 Family Households by Size): 一人户 "one-person households".
HOUSEHOLD_SIZES: dict[str, str] = {"一": "one", "二": "two", "三": "three", "四": "four", "五": "five",
                                   "六": "six", "七": "seven", "八": "eight", "九": "nine", "十": "ten"}

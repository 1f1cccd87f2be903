"""English of the metrics of a land survey's main-data communiqué and of a release on residents' income and
consumption (held-out set 42, metric_vocab/land_survey.py and household_budget.py); expectations written by hand."""

from __future__ import annotations

import pytest

from build_tools.translate.metrics import metric_en


@pytest.mark.parametrize(("zh", "en"), [
    ("水田", "paddy fields"),
    ("旱地占比", "share of dry land"),
    ("园地", "garden land"),
    ("灌木林地", "shrub forest land"),
    ("草地", "grassland"),
    ("湿地", "wetlands"),
    ("城镇村及工矿用地", "land for urban and rural settlements, industry and mining"),
    ("建制镇用地占比", "share of land of designated towns"),
    ("水域及水利设施用地", "water areas and land for water conservancy facilities"),
])
def test_land_categories(zh: str, en: str) -> None:
    assert metric_en(zh) == en


@pytest.mark.parametrize(("zh", "en"), [
    ("人均衣着消费支出", "per capita consumption expenditure on clothing"),
    ("居民人均食品烟酒消费支出", "per capita consumption expenditure on food, tobacco and liquor"),
    ("人均教育文化娱乐消费支出占比",
     "share of education, culture and recreation in per capita consumption expenditure"),
    ("居民人均工资性收入占可支配收入比重", "share of wage income in per capita disposable income"),
    ("中位数占平均数比重", "median as a percentage of the mean"),
    ("城乡居民收入比", "ratio of urban to rural per capita disposable income"),
])
def test_household_budget(zh: str, en: str) -> None:
    assert metric_en(zh) == en


@pytest.mark.parametrize(("zh", "en"), [
    ("位于2度以下坡度（含2度）的耕地", "cultivated land on slopes of 2 degrees or less"),
    ("位于25度以上坡度的耕地", "cultivated land on slopes above 25 degrees"),
    ("位于15度以上坡度的耕地占全市耕地",
     "share of cultivated land on slopes above 15 degrees in the city's cultivated land"),
    ("位于6度以下坡度的园地", "garden land on slopes of 6 degrees or less"),
])
def test_slope_classes(zh: str, en: str) -> None:
    assert metric_en(zh) == en


def test_a_slope_class_of_unknown_land_has_no_english() -> None:
    assert metric_en("位于25度以上坡度的某某地") is None


@pytest.mark.parametrize(("zh", "english"), [
    ("栖川市第三次全国国土调查主要数据公报", "Communiqué of Qichuan on the Main Data of the Third National Land Survey"),
    ("栖川市第二次全国土地调查主要数据公报", "Communiqué of Qichuan on the Main Data of the Second National Land Survey"),
    ("栖川市第七次全国人口普查主要数据公报", "Communiqué of Qichuan on the Seventh National Population Census"),
    ("2025年前三季度栖川市居民收支情况",
     "Residents' Income and Consumption Expenditure of Qichuan in the First Three Quarters of 2025"),
    ("2025年上半年全市居民收支情况", "Residents' Income and Consumption Expenditure of Qichuan in the First Half of 2025"),
])
def test_survey_and_household_release_titles(zh: str, english: str) -> None:
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.titles import TitleRenderer

    title = TitleRenderer(get_glossary(), year="2025").title(zh, "栖川市统计局", "栖川市")
    assert title is not None and title.text == english, title

"""English of a commerce bureau's holiday consumption news and of a town's work summary and plan (held-out set 56):
names written for these tests (variants of the fixtures' wording), expectations read from the official and project
renderings cited in metric_vocab/consumption.py, names.py and comparisons.py."""

from __future__ import annotations

import pytest

from build_tools.translate.comparisons import Context, english_comparison
from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.names import cooperative_en, name_en, venue_en


@pytest.mark.parametrize(("zh", "english"), [
    ("重点监测零售和餐饮企业销售额", "sales of the monitored key retail and catering enterprises"),
    ("重点监测汽车销售企业销售新车", "new cars sold by the monitored car dealers"),
    ("夜间消费集聚区客流量", "footfall in night-time consumption areas"),
    ("受理以旧换新补贴申请", "trade-in subsidy applications received"),
    ("Ａ级旅游景区接待游客", "tourist visits to A-level scenic areas"),
    ("购买１级能效产品再给予售价", "extra subsidy for products of energy class 1, as a share of the price"),
    ("市场监管部门通过12315热线受理消费投诉", "consumer complaints received through the 12315 hotline"),
])
def test_holiday_consumption_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


@pytest.mark.parametrize(("zh", "english"), [
    ("发放城乡低保金", "subsistence allowances paid in urban and rural areas"),
    ("完成县下达年度任务", "share of the county's annual target completed"),
    ("固定资产投资完成进度", "progress of investment in fixed assets"),
    ("整顿软弱涣散村党组织", "weak and lax village Party organizations overhauled"),
    ("新签约项目协议投资", "contracted investment of newly signed projects"),
])
def test_town_work_summary_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


@pytest.mark.parametrize(("comparison", "english"), [
    ("比去年假期", "compared with last year's holiday"),
    ("较上年同期假期", "compared with last year's holiday"),
    ("低于全县", "below the county average"),
    ("高于全区平均水平", "above the district average"),
])
def test_comparisons_with_last_year_s_holiday_and_a_county(comparison: str, english: str) -> None:
    assert english_comparison(comparison, get_glossary(), Context()) == english


def test_venues_named_by_their_own_name() -> None:
    """A mall, a pedestrian street, a historic block: Pinyin and the generic (GB/T 30240); a kind is no name."""
    assert venue_en("湖光汇购物中心") == "Huguanghui Shopping Center"
    assert name_en("青石巷步行街") == "Qingshixiang Pedestrian Street"
    assert venue_en("重点步行街") is None


def test_a_cooperative_registered_under_its_county() -> None:
    """青禾县绿源果蔬专业合作社: the county, the brand in Pinyin, the produce and 'Specialized Cooperative'
    (GWR 2012/295); 农民专业合作社 is a kind."""
    assert cooperative_en("青禾县绿源果蔬专业合作社") == (
        "Qinghe County Luyuan Fruit and Vegetable Specialized Cooperative")
    assert cooperative_en("绿源茶叶专业合作社") == "Luyuan Tea Specialized Cooperative"
    assert cooperative_en("农民专业合作社") is None


def test_a_holiday_consumption_headline() -> None:
    """国庆中秋假期我市消费市场繁荣活跃: the holiday first, the city's market, the assessment (繁荣活跃, project
    rendering) — the frame of 2025年春节假期澜城市文化和旅游市场繁荣有序."""
    from build_tools.translate.titles import TitleRenderer

    title = TitleRenderer(get_glossary(), year="2025").title("国庆中秋假期我市消费市场繁荣活跃", "", "岑川市")
    assert title is not None and title.text == (
        "Cenchuan's Consumer Market Is Buoyant and Vibrant During the National Day and Mid-Autumn Festival Holiday")


def test_a_company_s_project_completed_in_a_month() -> None:
    """青岚化工有限公司二期项目于8月建成投产，总投资2.8亿元: the company's phase-II project (names.py) completed, as a
    facility's completion reads; a project of no company stays untranslated here."""
    from build_tools.translate.facilities import completed_clause

    text = completed_clause("青岚化工有限公司二期项目于8月建成投产，总投资2.8亿元。", "August 2025", False, get_glossary())
    assert text is not None and text.startswith("The Qinglan Chemical") and text.endswith(
        "Phase II Project was completed and went into production in August 2025.")

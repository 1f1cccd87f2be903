"""English rules added after the thirty-fifth held-out measurement (a city intermediate court's work report, a city's
real-estate release); metric names and comparisons invented for the rules, expectations written by hand."""

from __future__ import annotations

from build_tools.translate.comparisons import Context, english_comparison
from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import metric_english


def en(metric: str) -> str | None:
    found = metric_english(metric, get_glossary())
    return None if found is None else found.text


def test_kinds_of_cases_compose_in_the_order_written():
    """审结一审刑事案件: a verb before kinds of cases (一审 + 刑事), each a kind of the justice vocabulary; a part
    that is no kind leaves the name untranslated."""
    assert en("审结一审行政案件") == "first trial administrative cases settled"
    assert en("受理执行案件") == "enforcement cases accepted"
    assert en("执结涉民生案件") == "livelihood-related cases enforced"
    assert en("审结玄学案件") is None


def test_a_size_band_of_the_dwellings_priced():
    """144平方米以上新建商品住宅销售价格: the band in brackets after what it bounds."""
    assert en("144平方米以上新建商品住宅销售价格") == (
        "sales prices of newly built residential buildings (144 square meters or more)")
    assert en("90平方米及以下玄学价格") is None


def test_a_comparison_with_one_month_of_the_same_year():
    """降幅比8月份扩大…: "compared with August"; 比13月份 is no month."""
    assert english_comparison("比8月份", get_glossary(), Context()) == "compared with August"
    assert english_comparison("比13月份", get_glossary(), Context()) is None


def test_the_court_and_real_estate_vocabulary():
    assert en("一审服判息诉率") == "rate of first-instance judgments accepted without appeal"
    assert en("执行到位金额") == "amount recovered through enforcement"
    assert en("个人按揭贷款") == "individual mortgage loans"
    assert en("二手住宅销售价格") == "sales prices of second-hand homes"


def test_those_honoured_at_a_level():
    """获得市级以上表彰的集体: the collectives honoured at the city level or above; without a level, honoured."""
    assert en("获得市级以上表彰的集体") == "collectives honoured at the city level or above"
    assert en("受到表彰的个人") == "individuals honoured"
    assert en("受到表彰的玄学") is None


def test_a_release_on_real_estate_development_and_sales():
    """2025年1—11月岚溪市房地产开发和销售情况: the indicator release's title with the topic of the vocabulary."""
    from build_tools.translate.titles import TitleRenderer

    title = TitleRenderer(get_glossary()).title("2025年1—11月岚溪市房地产开发和销售情况", "", "岚溪市")
    assert title is not None
    assert title.text == "Real Estate Development and Sales in Lanxi, January-November 2025"


def test_newly_built_qualifies_the_buildings_sold():
    """新建商品房销售面积: the floor space of newly built commercial buildings sold (not "new floor space")."""
    assert en("新建商品房销售面积") == "floor space of newly built commercial buildings sold"
    assert en("新建商品房销售额") == "sales of newly built commercial buildings"

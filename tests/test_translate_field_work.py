"""English of a field-work progress report's rows (秋冬种 progress, written for the purpose): expectations by hand."""

from __future__ import annotations

import pytest

from build_tools.translate.metrics import metric_en


@pytest.mark.parametrize(("zh", "english"), [
    ("完成秋冬种面积", "area of autumn and winter sowing"),
    ("冬小麦播种", "area sown to winter wheat"),
    ("机播率", "mechanized sowing rate"),
    # the share of a plan done, named by the plan's measure
    ("完成秋冬种面积占计划面积", "area of autumn and winter sowing completed as a share of the planned area"),
    ("完成投资占计划投资", "investment completed as a share of the planned investment"),
])
def test_field_work_rows(zh: str, english: str) -> None:
    assert metric_en(zh) == english


def test_an_unknown_crop_leaves_the_share_unrendered() -> None:
    assert metric_en("完成某某面积占计划面积") is None


def test_a_quoted_qualifier_of_a_share_is_not_left_out() -> None:
    """“全程网办”比例 is the share of services handled fully online: without the quote it would read 'share of
    government services', another figure; unknown, it stays untranslated rather than wrong. A name before what it
    names may still be left out."""
    assert metric_en("某某服务事项“全程网办”比例") is None
    assert metric_en("政务服务事项“全程网办”比例") == "share of government services handled fully online"
    assert metric_en("“国庆”精品旅游线路") == "premium tourist routes"


@pytest.mark.parametrize(("zh", "english"), [
    ("一般工商业用电价格", "electricity price for general industrial and commercial businesses"),  # GWR 2018/391
    ("经营主体减负", "burden on business entities lightened"),
    ("每年新增建设用地指标", "quota of new land for construction per year"),
])
def test_business_environment_rows(zh: str, english: str) -> None:
    assert metric_en(zh) == english


@pytest.mark.parametrize(("zh", "region", "english"), [
    ("2025年全市经营主体发展情况", "琮阳市", "Development of Market Entities in Congyang in 2025"),
    ("2025年澍岭省农民工监测调查报告", "澍岭省",
     "Monitoring Survey Report on Rural Migrant Workers in Shuling Province, 2025"),
    # a subject the grammar does not know leaves the title to the other frames (none: it stays Chinese)
    ("2025年全市某某发展情况", "琮阳市", None),
])
def test_titles_of_yearly_reports_on_a_subject(zh: str, region: str, english: str | None) -> None:
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.titles import TitleRenderer

    title = TitleRenderer(get_glossary()).title(zh, "", region)
    assert (title.text if title and title.status != "missing" else None) == english


@pytest.mark.parametrize(("zh", "region", "english"), [
    ("沅阜市国有建设用地使用权挂牌出让公告", "沅阜市",
     "Yuanfu Announcement on the Listing for Sale of State-Owned Construction Land Use Rights"),
    ("行政处罚决定书", "棠宁县", "Decision on Administrative Penalty"),  # a fixed name may stand alone
    ("澹川市空气质量周报（2025年第47周）", "澹川市", "Danchuan Weekly Air Quality Report, Week 47 of 2025"),
])
def test_titles_of_a_land_sale_and_a_penalty_decision(zh: str, region: str, english: str) -> None:
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.titles import TitleRenderer

    title = TitleRenderer(get_glossary()).title(zh, "", region)
    assert title is not None and (title.text, title.status) == (english, "derived")


def test_a_modifier_the_name_already_says_is_not_repeated() -> None:
    """城乡居民医保个人缴费: 城乡 ("urban and rural") before the scheme for rural and urban residents said nothing
    new; it had read "urban and rural personal contributions to basic medical insurance for rural and non-working
    urban residents". A modifier that adds something is kept."""
    assert metric_en("城乡居民医保个人缴费") == (
        "personal contributions to basic medical insurance for rural and non-working urban residents")
    assert metric_en("城乡居民人均可支配收入") == "per capita disposable income of urban and rural residents"

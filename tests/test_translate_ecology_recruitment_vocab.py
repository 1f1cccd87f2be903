"""English of a five-year ecology plan's names and of a public recruitment notice's terms and posts (holdout25,
issue 12): names written for these tests (variants, not the fixture's own), expectations read from the official
renderings and project renderings cited in metric_vocab/ecology_plan.py and recruitment.py."""

from __future__ import annotations

import pytest

from build_tools.translate.metrics import metric_en


@pytest.mark.parametrize(("zh", "english"), [
    ("治理水土流失面积", "area of soil erosion brought under control"),
    ("累计完成营造林", "afforestation completed"),
    ("累计投入生态环境保护资金", "funds invested in ecological and environmental protection"),
    ("新增和更新公交车中新能源车辆比例", "share of new-energy vehicles among new and replaced buses"),
    ("县级及以上城市集中式饮用水水源地水质达标率",
     "compliance rate of centralized drinking water sources at and above county level"),
])
def test_ecology_plan_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


@pytest.mark.parametrize(("zh", "english"), [
    ("公开招聘事业单位工作人员", "staff of public institutions to be recruited"),
    ("综合类岗位", "general posts"),
    ("初中数学教师计划招聘", "places to fill: junior high school mathematics teachers"),
    ("护士计划招聘", "places to fill: nurses"),
    ("会计计划招聘", "places to fill: accountants"),
])
def test_recruitment_terms_and_posts(zh: str, english: str) -> None:
    assert metric_en(zh) == english


def test_an_unknown_post_stays_untranslated() -> None:
    """A post the list does not hold is not guessed word by word."""
    assert metric_en("文物修复师计划招聘") is None


def test_full_years_of_age_are_years() -> None:
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.numbers import parse_unit

    unit = parse_unit("周岁", get_glossary())
    assert unit is not None and unit.entry.en == "year"


@pytest.mark.parametrize(("zh", "english"), [
    ("白河县职业高级中学", "Baihe County Vocational Senior High School"),
    ("县农业技术推广中心", "County Agricultural Technology Extension Center"),
    ("市不动产登记中心", "Municipal Real Estate Registration Center"),
    ("白河县水利工程管理站", "Baihe County Water Conservancy Project Management Station"),
])
def test_employers_of_a_post_table(zh: str, english: str) -> None:
    """The employers of a recruitment notice's post table, named after their place like a county's hospitals."""
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.institutions import institution_en

    assert institution_en(zh, get_glossary()) == english

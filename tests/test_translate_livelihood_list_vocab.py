"""English of a city's list of its yearly livelihood projects and of a plan-execution report's estimates (held-out
set 55): names written for these tests (the fixtures' wording and variants), expectations read from the official
renderings and project renderings cited in metric_vocab/livelihood_list.py."""

from __future__ import annotations

import pytest

from build_tools.translate.metrics import metric_en


@pytest.mark.parametrize(("zh", "english"), [
    ("市级财政资金", "funds from the municipal budget"),
    ("中央和省级补助资金", "subsidies from the central and provincial governments"),
    ("新建社区嵌入式托育服务点", "community-embedded childcare service sites built"),
    ("新增普惠性托位一次性建设补助标准", "one-off construction subsidy per new public-interest childcare place"),
    ("新建村级互助养老服务点", "village-level mutual-aid elderly care service sites built"),
    ("６５岁及以上老年人免费健康体检", "free health checkups for people aged 65 and over"),  # (full-width digits)
    ("新辟优化公交线路", "bus routes opened or optimized"),
    ("完成食品安全快速检测", "rapid food safety tests completed"),
    ("新建改造供水管网", "water supply pipes built or upgraded"),
    ("低收入家庭", "low-income households"),
    ("考核权重", "weight in the performance assessment"),
    ("全年产值", "output value for the year"),
])
def test_livelihood_list_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


@pytest.mark.parametrize(("project", "english"), [
    ("城乡居民就业", "Employment of urban and rural residents — total investment: CNY 160 million"),
    ("菜篮子米袋子", "The food supply (vegetable basket and rice bag) — total investment: CNY 160 million"),
])
def test_a_project_named_in_the_lists_table_is_the_rows_subject(project: str, english: str) -> None:
    """A table's 项目名称 cell (城乡居民就业 | 1.6 | 0.8) names the programme the row's figures are of: rendered as the
    vocabulary names it, not left in Chinese."""
    from build_tools.model import Figure
    from build_tools.translate.names import get_glossary
    from build_tools.translate.rows import NO_CONTEXT, figure_row

    row = figure_row(Figure("总投资", 1.6, "亿元", f"{project}：总投资1.6亿元。", "p1", subject=project,
                            status="target", period="2026", base_unit="CNY"), get_glossary(), NO_CONTEXT)
    assert row.status == "derived" and row.text.startswith(english)


def test_an_unknown_programme_stays_untranslated() -> None:
    from build_tools.model import Figure
    from build_tools.translate.names import get_glossary
    from build_tools.translate.rows import NO_CONTEXT, figure_row

    row = figure_row(Figure("总投资", 1.6, "亿元", "某某某某：总投资1.6亿元。", "p1", subject="某某某某",
                            status="target", period="2026", base_unit="CNY"), get_glossary(), NO_CONTEXT)
    assert row.status == "missing"


@pytest.mark.parametrize(("zh", "english"), [
    ("宁川电池公司", "Ningchuan Battery Company"),  # (a company named without its legal form)
    ("岚汐合作产业园", "the Lanxi Cooperation Industrial Park"),  # (a park two cities build together)
    ("县第二水厂", "the County No. 2 Water Plant"),  # (the own government's plant, numbered)
])
def test_a_report_names_a_company_a_park_and_a_plant(zh: str, english: str) -> None:
    from build_tools.translate.names import name_en

    assert name_en(zh) == english


def test_the_list_of_a_years_livelihood_projects_titled():
    """梧川市2026年十件民生实事项目清单: the list of the year's projects, as the report on their completion is titled
    (completion_titles.py)."""
    from build_tools.translate.names import get_glossary
    from build_tools.translate.titles import TitleRenderer

    tr = TitleRenderer(get_glossary()).title("梧川市2026年十件民生实事项目清单", region="梧川市")
    assert tr is not None and (tr.status, tr.text) == (
        "derived", "List of Wuchuan's Ten Practical Projects for People's Wellbeing in 2026")


def test_the_works_on_a_numbered_plant_in_english():
    from build_tools.translate.names import name_en

    assert name_en("县第一水厂扩建工程") == "the Expansion Project of the County No. 1 Water Plant"
    assert name_en("市第三水厂改造工程") == "the Renovation Project of the Municipal No. 3 Water Plant"

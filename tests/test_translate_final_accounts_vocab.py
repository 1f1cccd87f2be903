"""English of a department's final accounts (held-out set 54): names written for these tests (other lines and
variants of the fixture's wording), expectations read from the official renderings and project renderings cited in
metric_vocab/final_accounts.py."""

from __future__ import annotations

import pytest

from build_tools.translate.metrics import metric_en


@pytest.mark.parametrize(("zh", "english"), [
    # a line of the classification with its budget, spending and completion rate
    ("行政运行年初预算", "budget for administrative operations at the start of the year"),
    ("财政国库业务支出决算", "spending on treasury operations in the final accounts"),
    ("行政单位医疗决算数", "medical care of administrative units in the final accounts"),
    ("公务接待费上年决算数", "official hospitality in the previous year's final accounts"),
    ("行政运行完成年初预算", "administrative operations as a share of the budget set at the start of the year"),
    # the three public expenses (GWR 2019/309) and their parts
    ("“三公”经费支出决算",
     "spending on official overseas visits, official vehicles, and official hospitality in the final accounts"),
    ("公务用车运行维护费", "operation and maintenance of official vehicles"),
    ("因公出国（境）费年初预算数", "budget for official overseas visits at the start of the year"),
    # revenue, expenditure, carry-over, procurement, units
    ("本年收入合计", "total revenue of the year"),
    ("上年结转和结余", "funds carried over from the previous year"),
    ("年末结转和结余", "funds carried over to the next year"),
    ("一般公共预算财政拨款基本支出", "basic regular expenditures of appropriations from the general public budget"),
    ("授予小微企业合同金额", "contracts awarded to small and micro businesses"),
    ("本部门政府采购支出总额", "government procurement"),
    ("参照公务员法管理的事业单位", "public institutions managed under the Civil Servant Law"),
])
def test_final_accounts_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


def test_a_line_of_unknown_words_stays_untranslated() -> None:
    assert metric_en("某某业务年初预算") is None


@pytest.mark.parametrize(("zh", "english"), [
    ("化解存量隐性债务", "existing hidden debt defused"),
    ("协议引资", "investment agreed in signed contracts"),
])
def test_year_end_speech_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


@pytest.mark.parametrize(("zh", "issuer", "region", "en"), [
    ("棠浦县自然资源局2024年度部门决算", "棠浦县自然资源局", "棠浦县",
     "Final Accounts of the Tangpu County Natural Resources Bureau for 2024"),
    ("棠浦县自然资源局2024年部门决算情况说明", "棠浦县自然资源局", "棠浦县",
     "Explanation of the Final Accounts of the Tangpu County Natural Resources Bureau for 2024"),
])
def test_final_accounts_titles(zh: str, issuer: str, region: str, en: str) -> None:
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.titles import TitleRenderer

    assert TitleRenderer(get_glossary(), year="2025").title(zh, issuer, region).text == en


@pytest.mark.parametrize(("zh", "en"), [
    ("第二部分　2024年度部门决算情况说明", "Part II Explanation of the Department's Final Accounts for 2024"),
    ("七、一般公共预算财政拨款“三公”经费支出决算情况说明",
     "VII. Spending on Official Overseas Visits, Official Vehicles, and Official Hospitality in the Final Accounts"),
    ("二、部门决算单位构成", "II. Units Covered by the Final Accounts"),
    ("（三）具体情况。", "(3) Details"),
])
def test_final_accounts_headings(zh: str, en: str) -> None:
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.titles import TitleRenderer

    assert TitleRenderer(get_glossary(), year="2025").heading(zh).text == en


def test_final_accounts_kind_and_a_place_reading():
    """An editor adding 棠浦县自然资源局2024年度部门决算 gets kind report (its own accounts reported, as a budget
    statement); 苕 reads tiáo in a place name (苕溪 Tiaoxi), in the file name and in the English."""
    from build_tools.new import infer_kind, region_pinyin
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.titles import TitleRenderer

    assert infer_kind("棠浦县自然资源局2024年度部门决算", "棠浦县自然资源局2024年度部门决算") == "report"
    assert infer_kind("2025年部门预算公开", "棠浦县教育局2025年部门预算公开") == "report"
    assert region_pinyin("苕溪县") == "tiaoxi"
    assert TitleRenderer(get_glossary(), year="2025").region("苕溪县") == "Tiaoxi County"


@pytest.mark.parametrize(("zh", "en"), [
    ("宏远新材料年产20万吨锂电池负极材料项目",
     "Hongyuan New Materials Project for 200,000 Tons of Lithium Battery Anode Materials a Year"),
    ("华川电子有限公司年产500万套汽车线束项目",
     "Huachuan Electronics Co., Ltd. Project for 5 million Sets of Automotive Wiring Harnesses a Year"),
])
def test_a_firms_capacity_project(zh: str, en: str) -> None:
    from build_tools.translate.names import name_en

    assert name_en(zh) == en


def test_a_capacity_project_of_an_unknown_product_stays_unread() -> None:
    from build_tools.translate.names import name_en

    assert name_en("宏远新材料年产20万吨某某材料项目") is None

"""English of the twentieth held-out round (issue 12): a civil affairs bulletin's and a CPPCC committee's figures,
and rate units written X/Y (元/人·月)."""

from __future__ import annotations

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.numbers import quantity


@pytest.mark.parametrize(("value", "unit", "english"), [
    (760, "元/人·月", "CNY 760 per person per month"),
    (6600, "元/人·年", "CNY 6,600 per person per year"),
    (1.86, "万对", "18,600 couples"),
    (860, "万小时", "8.6 million hours"),
])
def test_rate_and_count_units(value: float, unit: str, english: str) -> None:
    assert quantity(value, unit, get_glossary()) == english


def test_a_rate_of_an_unknown_unit_stays_unknown() -> None:
    """元/吨 is composed from the glossary's 吨 ("per ton"); a unit the glossary does not know (元/某, or 个 with no
    English of its own) is not guessed: the caller marks the amount untranslated."""
    assert quantity(35, "元/吨", get_glossary()) == "CNY 35 per ton"
    assert quantity(35, "元/某", get_glossary()) is None
    assert quantity(35, "元/个", get_glossary()) is None


@pytest.mark.parametrize(("zh", "english"), [
    ("支出低保资金", "subsistence allowance funds spent"),
    ("农村低保平均标准", "average rural subsistence allowance standard"),
    ("分散供养", "persons in extreme poverty supported at home"),
    ("社会团体", "social groups"),
    ("基金会", "foundations"),
    ("村民委员会", "villagers' committees"),
    ("发放护理补贴", "nursing care subsidies issued"),  # (GWR 2021/146: 重度残疾人护理补贴 "nursing care subsidies")
])
def test_civil_affairs_metrics(zh: str, english: str) -> None:
    assert metric_en(zh) == english


@pytest.mark.parametrize(("zh", "english"), [
    ("召开常委会会议", "meetings of the Standing Committee held"),
    ("收到委员提案", "proposals from members received"),
    ("经审查立案", "proposals placed on file after review"),
    ("报送社情民意信息", "items of information on public sentiment submitted"),
    ("民主监督性视察", "democratic oversight inspection tours"),
])
def test_cppcc_metrics(zh: str, english: str) -> None:
    assert metric_en(zh) == english


def test_a_local_cppcc_committee_and_its_bodies() -> None:
    """政协X县委员会 and its standing committee, office and chair; the short form X市政协 names the same committee."""
    from build_tools.translate.bylines import byline_en
    from build_tools.translate.names import issuer_en

    assert issuer_en("政协柳川县委员会常务委员会") == "Standing Committee of the Liuchuan County Committee of the CPPCC"
    assert issuer_en("栖川市政协办公室") == "General Office of the Qichuan Municipal Committee of the CPPCC"
    assert issuer_en("政协委员") is None
    assert byline_en("政协柳川县委员会副主席 王海", get_glossary()) == (
        "Wang Hai, Vice Chairman of the Liuchuan County Committee of the CPPCC")


def test_a_cppcc_work_report_title_and_its_session_line() -> None:
    from build_tools.translate.titles import TitleRenderer

    renderer = TitleRenderer(get_glossary(), "2024")
    item = renderer.title("政协柳川县委员会常务委员会工作报告", "政协柳川县委员会常务委员会", "柳川县")
    assert item is not None and item.text == (
        "Work Report of the Standing Committee of the Liuchuan County Committee of the CPPCC")
    line = renderer.subtitle("——2024年1月10日在政协柳川县第九届委员会第三次会议上")
    assert line is not None and line.text == (
        "Delivered at the Third Session of the 9th Liuchuan County Committee of the CPPCC on 10 January 2024")

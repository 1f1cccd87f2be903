"""Names of hospitals, health centers, schools and cultural institutions (institutions.py): English by hand."""

from __future__ import annotations

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.names import name_en


@pytest.mark.parametrize(("zh", "english"), [
    ("县人民医院新院区", "County People's Hospital (new campus)"),
    ("白河县中医院", "Baihe County Hospital of Traditional Chinese Medicine"),
    ("市第一人民医院", "Municipal No. 1 People's Hospital"),
    ("白河县第二中学", "Baihe County No. 2 Middle School"),
    ("青山镇中心卫生院", "Qingshan Town Central Health Center"),
    ("市疾病预防控制中心", "Municipal Center for Disease Control and Prevention"),
])
def test_institution_names(zh: str, english: str) -> None:
    assert name_en(zh, get_glossary()) == english


@pytest.mark.parametrize("zh", ["滨江医院", "某某专科医院", "县第十一人民医院分部"])
def test_unknown_kinds_or_owners_stay_unread(zh: str) -> None:
    assert name_en(zh, get_glossary()) is None


def test_words_too_common_to_mark_in_running_text() -> None:
    """单位 and 部门 name key figures (审计单位 'units audited') but get no tooltip in running text."""
    from build_tools.translate.metrics import metric_en

    text = "各部门、各单位要严格落实单位地区生产总值能耗下降目标。"
    found = {m.text for m in get_glossary().find_terms(text)}
    assert "单位" not in found and "部门" not in found
    assert metric_en("审计单位") == "units audited"


@pytest.mark.parametrize(("zh", "english"), [
    ("新建改扩建中小学5所，县人民医院新院区于9月投入使用，新增床位400张。",
     "The new campus of the County People's Hospital was put into use in September 2024."),
    ("市第一人民医院于9月正式投入使用。", "Municipal No. 1 People's Hospital was put into use in September 2024."),
])
def test_an_institution_opened_in_a_month_on_the_timeline(zh: str, english: str) -> None:
    from build_tools.translate.facilities import completed_clause

    assert completed_clause(zh, "September 2024", False, get_glossary()) == english


def test_two_dated_clauses_or_an_unknown_name_give_no_clause() -> None:
    from build_tools.translate.facilities import completed_clause

    g = get_glossary()
    assert completed_clause("县人民医院新院区于9月投入使用，县中医院于10月投入使用。", "September 2024", False, g) is None
    assert completed_clause("新建中小学5所，滨江片区于9月投入使用。", "September 2024", False, g) is None


def test_a_glossary_source_in_chinese_is_an_error_with_its_fix(tmp_path) -> None:
    from build_tools.translate.glossary import parse_file

    path = tmp_path / "x.yml"
    path.write_text("- zh: 测试\n  en: test\n  category: term\n  source: after GWR 2009/95 政府信息公开条例\n",
                    encoding="utf-8")
    _entries, problems = parse_file(path)
    assert [(p.line, p.message.split(": ", 1)[1]) for p in problems] == [(1, "the source contains Chinese characters")]
    assert "ref_zh" in problems[0].fix

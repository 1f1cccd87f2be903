"""English rules added after the thirty-ninth held-out measurement (a city's monthly report on notifiable infectious
diseases, a county's enrolment notice); metric names invented for the rules, expectations written by hand."""

from __future__ import annotations

from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import metric_english


def en(metric: str) -> str | None:
    found = metric_english(metric, get_glossary())
    return None if found is None else found.text


def test_a_disease_or_class_before_what_is_counted_of_it():
    """麻疹发病数, 狂犬病死亡数, 乙类传染病报告发病数: the disease or the class of the law, then cases or deaths."""
    assert en("麻疹发病数") == "reported cases of measles"
    assert en("狂犬病死亡数") == "deaths from rabies"
    assert en("丙类传染病报告发病数") == "reported cases of class C infectious diseases"
    assert en("甲类死亡数") == "deaths from class A infectious diseases"
    assert en("玄学病发病数") is None


def test_diseases_reported_count_both_the_diseases_and_their_cases():
    """报告法定传染病 (13种, 5,862例), 乙类传染病共报告 (8种, 1,246例): "reported", whatever the unit counts."""
    assert en("报告法定传染病") == "notifiable infectious diseases reported"
    assert en("乙类传染病共报告") == "class B infectious diseases reported"
    assert en("登革热报告") == "dengue fever reported"


def test_the_share_of_a_class_s_cases():
    """占乙类传染病报告病例总数: the share of the leading diseases in all the class's reported cases."""
    assert en("占乙类传染病报告病例总数") == "share of all reported cases of class B infectious diseases"


def test_an_enrolment_notice_s_plans_and_limits():
    assert en("计划招生数") == "planned enrolment"
    assert en("小学一年级班额") == "class size of the first grade of primary school"

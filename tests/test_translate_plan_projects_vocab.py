"""English of a plan-execution report's gaps to the plan and of a key-project plan's kinds of projects (holdout24,
issue 12): names written for these tests (not the fixture's), expectations read from the renderings cited in
metric_vocab/plan_projects.py and metric_patterns.PLAN_GAP_RE."""

from __future__ import annotations

import pytest

from build_tools.translate.metrics import metric_en


@pytest.mark.parametrize(("zh", "english"), [
    ("续建项目", "continuing projects"),
    ("基础设施项目总投资", "total investment in infrastructure projects"),
    ("社会民生项目", "projects for people's wellbeing"),
    ("新建改建农村公路", "rural roads built or improved"),
    ("项目审批办理时限", "time limit for project approval"),
])
def test_kinds_of_projects_and_tasks_of_a_plan(zh: str, english: str) -> None:
    assert metric_en(zh) == english


@pytest.mark.parametrize(("zh", "english"), [
    ("固定资产投资高于年度计划", "fixed-asset investment against the annual plan"),
    ("社会消费品零售总额低于全年计划", "total retail sales of consumer goods against the annual plan"),
    ("低于年度目标", "gap to the annual target"),
])
def test_a_gap_to_the_plan_names_the_plan(zh: str, english: str) -> None:
    assert metric_en(zh) == english


def test_a_gap_to_the_plan_of_an_unknown_measure_stays_untranslated() -> None:
    assert metric_en("某某指数低于年度计划") is None


@pytest.mark.parametrize(("zh", "english"), [
    ("泸源至东坡高速公路", "the Luyuan-Dongpo Expressway"),
    ("泸源数据中心（二期）", "Phase II of the Luyuan Data Center"),
    ("泸源火车站综合交通枢纽", "the Luyuan Railway Station Integrated Transportation Hub"),
    ("东坡县绿色食品产业园（一期）", "Phase I of the Dongpo County Green Food Industrial Park"),
])
def test_a_project_list_names_its_facilities(zh: str, english: str) -> None:
    from build_tools.translate.names import name_en

    assert name_en(zh) == english


@pytest.mark.parametrize("zh", ["干线公路", "城市公路", "县乡公路", "老旧供水管网改造工程"])
def test_a_kind_of_road_or_works_is_no_facility_name(zh: str) -> None:
    from build_tools.translate.names import name_en

    assert name_en(zh) is None

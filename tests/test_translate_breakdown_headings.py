"""Headings of statistical communiqués naming a breakdown or a statistic (translate/breakdown_headings.py, issue 12
after held-out set 19). Headings written for the test; expected English read by hand (YB 1-5/1-8 "by Sector",
"by Status of Registration"; the statistics' names from the metric grammar)."""

from __future__ import annotations

import pytest

from build_tools.translate.breakdown_headings import breakdown_heading
from build_tools.translate.glossary import get_glossary
from build_tools.translate.titles import TitleRenderer


@pytest.mark.parametrize(("zh", "en"), [
    ("按地区分组", "By Region"),
    ("分执行主体情况", "By Performer"),
    ("按企业类型分", "By Type of Enterprise"),
    ("法人单位基本情况", "Basic Information on Corporate Units"),
    ("产业活动单位情况", "Establishments"),
    ("规模以上工业企业R&D经费情况", "Research and Development Spending of Industrial Enterprises Above Designated Size"),
])
def test_breakdown_and_statistic_headings(zh: str, en: str) -> None:
    assert breakdown_heading(zh) == en


@pytest.mark.parametrize("zh", ["按时间节点推进", "分步实施", "基本情况说明", "加强组织领导"])
def test_other_headings_are_left_to_other_rules(zh: str) -> None:
    assert breakdown_heading(zh) is None


def test_numbered_heading_of_a_census_communique() -> None:
    item = TitleRenderer(get_glossary()).heading("（二）按登记注册类型分组。")
    assert item is not None and item.text == "(2) By Registration Status"


@pytest.mark.parametrize(("zh", "english"), [
    ("农民工规模和分布", "Size and Distribution of Rural Migrant Workers"),
    ("农民工基本特征", "Basic Characteristics of Rural Migrant Workers"),
    ("农民工就业行业分布", "Rural Migrant Workers by Industry of Employment"),
    ("农民工收入", "Income of Rural Migrant Workers"),
    ("一般公共预算", "General Public Budgets"),  # GWR 2015/275, a glossary term
])
def test_an_aspect_of_a_statistics_subject(zh: str, english: str) -> None:
    assert breakdown_heading(zh) == english


def test_an_aspect_of_an_unknown_subject_stays_chinese() -> None:
    assert breakdown_heading("某某群体规模和分布") is None

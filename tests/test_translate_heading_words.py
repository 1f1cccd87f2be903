"""Standard headings of notices, rules and campaign plans (heading_words.py), through the heading renderer. The
headings were written for this test in the forms local notices use; the English is written by hand."""

from __future__ import annotations

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.heading_words import paired_actions, stage_heading
from build_tools.translate.titles import TitleRenderer


@pytest.fixture(scope="module")
def renderer() -> TitleRenderer:
    return TitleRenderer(get_glossary(), year="2025")


@pytest.mark.parametrize(("zh", "english"), [
    ("第二章 规划与建设", "Chapter II Planning and Construction"),
    ("第三章 管理与维护", "Chapter III Management and Maintenance"),
    ("第四章 预防、监测和处置", "Chapter IV Prevention, Monitoring and Handling"),
    ("（一）动员部署阶段（2025年3月）", "(1) Mobilization and Deployment Stage (March 2025)"),
    ("（三）总结验收阶段（2025年10月底前）", "(3) Review and Acceptance Stage (by the end of October 2025)"),
    ("（二）自查自纠阶段（2025年4月1日—4月30日）", "(2) Self-Inspection and Correction Stage (1-30 April 2025)"),
    ("五、资金来源", "V. Sources of Funding"),
    ("四、下一步工作", "IV. Next Steps"),
    ("一、组织机构", "I. Organizational Structure"),
    ("（三）严格考核督导", "(3) Conducting Strict Assessment and Supervision"),
])
def test_standard_headings(renderer: TitleRenderer, zh: str, english: str) -> None:
    item = renderer.heading(zh)
    assert item is not None and item.status == "derived", item
    assert item.text == english


@pytest.mark.parametrize("zh", ["规划与滨江", "建设", "监督检查与滨江片区", "规划与建设与管理与维护"])
def test_paired_actions_need_every_part_known(zh: str) -> None:
    assert paired_actions(zh) is None


@pytest.mark.parametrize("zh", [
    "滨江阶段（2025年3月）",  # no known stage
    "动员部署阶段（2025年3月中旬）",  # a part of a month the site's dates do not write
    "动员部署阶段（春节前后）",  # a date in words
])
def test_a_stage_renders_only_with_a_known_name_and_date(zh: str) -> None:
    assert stage_heading(zh) is None

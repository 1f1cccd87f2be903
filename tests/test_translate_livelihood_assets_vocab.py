"""English of a completion report's livelihood projects and of a state-owned assets report's accounts (holdout28,
issue 12): names written for these tests (variants, not the fixture's own where a rule is at stake), expectations
read from the official renderings and project renderings cited in metric_vocab/livelihood.py."""

from __future__ import annotations

import pytest

from build_tools.translate.enterprises import company_en
from build_tools.translate.metrics import metric_en


@pytest.mark.parametrize(("zh", "english"), [
    # a project planned or done: the row's status says which, the name is the thing
    ("计划改造背街小巷", "back streets and alleys upgraded"),
    ("实际完成乳腺癌筛查", "breast cancer screenings"),
    ("计划新增普惠托育托位", "new public-interest childcare places"),
    # a completion table's columns after the project's name
    ("快充桩完成率", "completion rate of fast-charging piles"),  # (the grammar's X完成率)
    ("新建社区食堂完成投资", "investment completed: community canteens built"),
    # state-owned assets
    ("平均资产负债率", "average asset-liability ratio"),
    ("所有者权益", "owners' equity"),
    ("行政事业单位资产总额", "total assets of administrative bodies and public institutions"),
    ("在保余额", "outstanding guarantees"),
    ("国有未利用地", "state-owned unused land"),
])
def test_livelihood_and_assets_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


def test_a_plan_word_before_an_unknown_thing_stays_untranslated() -> None:
    """计划 before a thing the vocabulary does not hold is not guessed word by word."""
    assert metric_en("计划改造文物修复工坊") is None


def test_a_group_named_by_the_level_of_its_own_government() -> None:
    """县城投集团 'County Urban Investment Group', 市交投集团 'Municipal Transport Investment Group' (the document's
    own county or city); a level word without a legal form is no company."""
    assert company_en("县城投集团") == "County Urban Investment Group"
    assert company_en("市交投集团") == "Municipal Transport Investment Group"
    assert company_en("县城投") is None


def test_a_goal_and_its_share_reached_name_their_measure() -> None:
    assert metric_en("城镇新增就业年度目标") == "annual target: new urban jobs"
    assert metric_en("城镇新增就业年度目标完成率") == "share of the annual target reached: new urban jobs"


def test_enterprises_past_a_bound() -> None:
    assert metric_en("资产负债率超过70%的企业") == "enterprises with an asset-liability ratio above 70%"

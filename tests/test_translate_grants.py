"""English names of grants (metric_vocab/grants.py, metrics.GRANT_FOR_RE, PER_PLACE_RE): expectations written by hand."""

from __future__ import annotations

import pytest

from build_tools.translate.metrics import metric_en


@pytest.mark.parametrize(("zh", "english"), [
    ("每辆补贴", "subsidy per vehicle"),
    ("每户补助", "subsidy per household"),
    ("单件补贴金额", "subsidy amount per item"),
    ("每亩补贴", "subsidy per mu"),
    ("一次性奖励", "one-off reward"),
    ("新认定的市级智能工厂给予一次性奖励", "one-off reward for newly recognized city-level smart factories"),
    ("新引进企业奖励", "reward for newly introduced enterprises"),
    ("家电以旧换新补贴", "home appliance trade-in subsidies"),  # a programme's subsidy, not one for recipients
])
def test_grant_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


def test_recipients_that_do_not_render_leave_the_name_untranslated() -> None:
    assert metric_en("滨江片区新认定企业给予一次性奖励") is None

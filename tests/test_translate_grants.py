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


def test_a_level_against_a_base_years_same_period_in_english() -> None:
    from build_tools.model import Figure
    from build_tools.translate.comparisons import Context
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.rows import figure_row

    fig = Figure(metric="游客接待量", value=118.0, unit="%", sentence="游客接待量恢复到2019年同期的118%。", paragraph="p1",
                 kind="share", comparison="相当于2019年同期", period="2025-01-28/2025-02-04", base_unit="percent")
    assert figure_row(fig, get_glossary(), Context()).text == (
        "Tourist visits: 118% of the level of the same period of 2019, 28 January to 4 February 2025")

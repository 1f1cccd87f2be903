"""Figures of a county's review of its social aid, each read by hand: a count of those who receive a benefit (the
noun after the number, the benefit after the noun), a rate said after the clause naming what is paid, a total taken
at a day (截至…). Sentences invented for these tests; English checked against the official wording cited in
translate/done_acts.py and metric_vocab (GWR 2012/110, 2021/40, 2017/547)."""

from __future__ import annotations

import pytest

from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import figure_row
from tests.test_figure_attributes import figs, one

REVIEW = {"date": "2025-12-12", "region": "澄江县", "genre": "report", "title": "澄江县2025年民生保障工作总结"}


def _row(text: str, value: float):
    fig = one(figs(text, **REVIEW), value)
    return fig, figure_row(fig, get_glossary(), Context()).text


@pytest.mark.parametrize(("text", "value", "metric", "english"), [
    ("全县0.86万名农村学生享受营养膳食补助。", 0.86, "享受营养膳食补助的农村学生",
     "Rural students receiving meal subsidy for nutrition improvement: 8,600, 2025"),
    ("全县4300户农户参加农业保险。", 4300, "参加农业保险的农户",
     "Farming households covered by agricultural insurance: 4,300, 2025"),
    ("全县1.3万名老年人领取高龄津贴。", 1.3, "领取高龄津贴的老年人",
     "Elderly people receiving allowances for the very elderly: 13,000, 2025"),
    ("全县共有640名困难职工享受生活救助。", 640, "享受生活救助的困难职工",
     "Struggling employees receiving living assistance: 640, 2025"),
])
def test_a_count_of_those_a_benefit_reaches_names_the_benefit(text: str, value: float, metric: str,
                                                              english: str) -> None:
    fig, en = _row(text, value)
    assert fig.metric == metric
    assert en == english


def test_a_count_with_a_figure_of_its_own_after_it_is_not_a_beneficiary_count() -> None:
    # (the noun runs into a verb with a number: 2100名高校毕业生实现就业 is no benefit received)
    fig, _ = _row("全县城镇新增就业2600人，其中1900名高校毕业生实现就业。", 1900)
    assert "享受" not in fig.metric and "毕业生" in fig.metric


def test_people_receiving_a_benefit_counted_in_people() -> None:
    _, en = _row("全县有1.1万人享受低保待遇。", 1.1)
    assert en == "Recipients of subsistence allowances: 11,000, 2025"


@pytest.mark.parametrize(("text", "value", "metric", "unit", "english"), [
    ("全县为家庭经济困难学生发放国家助学金，每生每学期1250元。", 1250, "国家助学金", "元/生·学期",
     "Government grants for students: CNY 1,250 per student per semester, 2025"),
    ("全县农村学生享受营养膳食补助，每生每天5元。", 5, "营养膳食补助", "元/生·日",
     "Meal subsidy for nutrition improvement: CNY 5 per student per day, 2025"),
])
def test_a_rate_after_the_clause_naming_the_payment_is_the_payments(text: str, value: float, metric: str, unit: str,
                                                                    english: str) -> None:
    fig, en = _row(text, value)
    assert (fig.metric, fig.unit) == (metric, unit)
    assert en == english


def test_a_rate_per_mu_after_the_subsidy_it_pays() -> None:
    fig, _ = _row("全县落实耕地地力保护补贴，每亩补助105元。", 105)
    assert (fig.metric, fig.unit) == ("耕地地力保护补贴", "元/亩")


@pytest.mark.parametrize(("text", "value", "period", "english"), [
    ("截至11月30日，全县累计发放临时救助金860万元。", 860, "2025-11-30", "as of 30 November 2025"),
    ("截止2025年9月30日，全县实有市场主体4.2万户。", 4.2, "2025-09-30", "as of 30 September 2025"),
])
def test_a_total_taken_at_a_day_is_as_of_that_day(text: str, value: float, period: str, english: str) -> None:
    fig, en = _row(text, value)
    assert (fig.period, fig.edge) == (period, "asof")
    assert en.endswith(english)


def test_a_figure_of_a_day_is_of_that_day() -> None:
    fig, en = _row("10月1日，全县接待游客5.6万人次。", 5.6)
    assert (fig.period, fig.edge) == ("2025-10-01", "")
    assert en.endswith(", 1 October 2025")


NOTICE = {"date": "2025-11-20", "region": "澄江县", "genre": "notice", "title": "澄江县关于做好2026年春季学期学生资助工作的通知"}


@pytest.mark.parametrize(("text", "value", "status", "period"), [
    # a sum paid out in a dated past term, told in a notice: an outcome, not the notice's rule
    ("2025年秋季学期，全县发放资助资金640万元。", 640, "actual", "2025"),
    ("今年以来，全县累计拨付补助资金930万元。", 930, "actual", "2025-01/2025-11"),
    # the amount a measure grants is the notice's standing rule
    ("对认定的省级示范幼儿园给予一次性奖励20万元。", 20, "requirement", ""),
])
def test_a_grant_paid_out_is_an_outcome_a_grant_offered_a_rule(text: str, value: float, status: str,
                                                               period: str) -> None:
    fig = one(figs(text, **NOTICE), value)
    assert (fig.status, fig.period) == (status, period)


@pytest.mark.parametrize(("text", "value", "metric", "unit"), [
    # an amount paid to each of a group: the payment, per household or per person
    ("年底前为每户困难群众发放慰问金800元，共计发放96万元。", 800, "慰问金", "元/户"),
    ("给每名学生发放交通补助150元。", 150, "交通补助", "元/人"),
])
def test_an_amount_paid_to_each_of_a_group_is_a_rate(text: str, value: float, metric: str, unit: str) -> None:
    fig = one(figs(text, **REVIEW), value)
    assert (fig.metric, fig.unit) == (metric, unit)


def test_gong_ji_totals_what_follows() -> None:
    fig = one(figs("年底前为每户困难群众发放慰问金800元，共计发放96万元。", **REVIEW), 96)
    assert "计" not in fig.metric

"""Figures of an analysis of consumer complaints (an untuned genre, measured 2026-12-07), each read by hand: acts
counted as things listed after one verb, a growth in per cent after a share, the next of a ranking, the items of a
ranking named by its class, the word 理由 inside a name. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import figure_row
from tests.test_figure_attributes import figs, one

ANALYSIS = {"date": "2025-07-15", "region": "榆川市", "genre": "report",
            "title": "榆川市2025年上半年消费者投诉举报情况分析"}


def _fig(text: str, value: float, unit: str | None = None):
    return one(figs(text, **ANALYSIS), value, unit)


def _en(fig) -> str:
    return figure_row(fig, get_glossary(), Context()).text


def test_acts_counted_as_things_after_one_verb_are_one_name() -> None:
    fig = _fig("上半年，全市共受理消费者投诉、举报和咨询3.41万件。", 3.41)
    assert fig.metric == "消费者投诉、举报和咨询"
    assert _en(fig) == "Consumer complaints, reports and inquiries: 34,100, H1 2025"


@pytest.mark.parametrize(("text", "value", "unit", "metric"), [
    # a growth in per cent after a share is of the amount the share is of
    ("受理网络购物投诉6120件，占投诉总量的35.4%，同比增长9.8%。", 9.8, "%", "受理网络购物投诉"),
    ("全市规模以上工业增加值88.6亿元，占地区生产总值的31.2%，同比增长5.9%。", 5.9, "%", "规模以上工业增加值"),
    # a change in points is the share's own
    ("受理网络购物投诉6120件，占投诉总量的35.4%，比上年同期提高2.6个百分点。", 2.6, "个百分点",
     "受理网络购物投诉占投诉总量"),
])
def test_a_growth_after_a_share_is_of_its_amount_a_change_in_points_of_the_share(text: str, value: float, unit: str,
                                                                                 metric: str) -> None:
    fig = _fig(text, value, unit)
    assert fig.metric == metric and fig.direction == "up"


def test_the_next_of_a_ranking_is_a_subject_of_the_same_measure() -> None:
    found = figs("投诉量最多的是河东区，受理投诉5230件；其次是河西区4410件。", **ANALYSIS)
    second = one(found, 4410)
    assert (second.metric, second.subject) == ("受理投诉", "河西区")
    fig = one(figs("全市地区生产总值增长5.8%；其次是河西区增长5.2%。", **ANALYSIS), 5.2)
    assert (fig.metric, fig.subject) == ("地区生产总值", "河西区")


@pytest.mark.parametrize(("text", "value", "metric", "english"), [
    ("投诉量居前三位的商品依次为：食品1210件、家用电子电器980件、服装鞋帽736件。", 980, "家用电子电器投诉量",
     "Complaints about household electronic appliances: 980, H1 2025"),
    ("进口额居前三位的国家依次是：澳大利亚6.2亿元、巴西4.1亿元、智利2.3亿元。", 4.1, "巴西进口额", None),
])
def test_the_items_of_a_ranking_take_its_measure(text: str, value: float, metric: str, english: str | None) -> None:
    fig = _fig(text, value)
    assert fig.metric == metric
    if english:
        assert _en(fig) == english


def test_li_you_is_a_word_inside_a_name() -> None:
    fig = _fig("上半年累计办理无理由退货4860件。", 4860)
    assert fig.metric == "办理无理由退货"
    assert _en(fig) == "No-questions-asked returns handled: 4,860, H1 2025"


def test_a_net_addition_compared_with_the_start_of_the_year_is_not_said_new_twice() -> None:
    fig = _fig("截至6月末，全市ODR企业达到286家，比年初新增41家。", 41)
    assert _en(fig) == ("Enterprises settling disputes online (ODR): up 41 compared with the start of the year, "
                        "H1 2025")
    assert _en(_fig("上半年全市新增城镇就业6800人。", 6800)) == "New urban jobs: 6,800, H1 2025"


def test_a_discipline_commissions_counts_are_of_what_it_did() -> None:
    """全县纪检监察机关立案…处分…: the acting body is the report's voice; bare 立案 says what is placed on file (a
    commission's cases, a CPPCC's proposals alike)."""
    found = figs("上半年，全县纪检监察机关立案96件，处分87人。", **ANALYSIS)
    filed, punished = one(found, 96), one(found, 87)
    assert (filed.metric, punished.metric) == ("立案", "处分")
    assert _en(filed) == "Placed on file: 96, H1 2025"
    assert _en(punished) == "People given disciplinary penalties: 87, H1 2025"

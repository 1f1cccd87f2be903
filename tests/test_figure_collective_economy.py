"""A county's news of its village collective economies, read by hand (sentences invented for these tests, not those
of any fixture or of the untuned document that prompted the rules): the count of all the units of a place before
their total (全县…个行政村集体经济总收入达到…) names the units, and the total is a figure, not a threshold; a bound
passed by a count of some units stays a threshold; 全部 before the verb is no part of the name; villages counted by
an income band, in English."""

from __future__ import annotations

import pytest

from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.rows import figure_row
from tests.test_figure_attributes import figs, one

NEWS = {"date": "2026-02-03", "region": "澄岭县", "genre": "news", "title": "澄岭县村级集体经济持续发展壮大"}


def _english(f) -> str:
    return figure_row(f, get_glossary(), Context(province="", city="")).text


def test_the_units_of_the_whole_place_before_their_total() -> None:
    found = figs("2025年，全县143个行政村集体经济总收入达到9860万元，同比增长11.2%。", **NEWS)
    villages = one(found, 143)
    assert villages.metric == "行政村"
    total = one(found, 9860)
    assert (total.metric, total.unit, total.period, total.status) == ("行政村集体经济总收入", "万元", "2025", "actual")
    assert one(found, 11.2).metric == "行政村集体经济总收入"
    assert _english(total) == "Total village collective income: CNY 98.6 million, 2025"


def test_a_count_of_some_units_over_a_bound_stays_a_threshold() -> None:
    found = figs("2025年，全县有17个村集体经济收入超过100万元。", **NEWS)
    assert one(found, 17).metric == "集体经济收入超过100万元的村"
    assert all(f.value != 100 for f in found)  # (the bound is no income of theirs)


def test_all_of_them_before_the_verb_is_no_part_of_the_name() -> None:
    assert one(figs("全县村集体经济年收入全部达到15万元以上。", **NEWS), 15).metric == "村集体经济年收入"


@pytest.mark.parametrize(("zh", "english"), [
    ("收入50万元以上的村", "villages with collective income of CNY 500,000 or more"),
    ("集体经济收入1000万元以上的行政村", "villages with collective income of CNY 10 million or more"),
    ("经营性收入10万元以下的村", "villages with operating income of CNY 100,000 or less"),
])
def test_villages_counted_by_an_income_band(zh: str, english: str) -> None:
    assert metric_en(zh) == english


def test_each_of_the_units_of_the_whole_place_reached_a_level() -> None:
    # (全部达到: each village's income, not their total; the count names the villages)
    found = figs("2025年，全县94个行政村集体经济收入全部达到12万元以上。", **NEWS)
    assert one(found, 94).metric == "行政村"
    each = one(found, 12)
    assert each.metric == "每个行政村集体经济收入"
    assert _english(each) == "Collective income of each village: over CNY 120,000, 2025"


def test_a_units_own_cumulative_measure_over_a_bound_stays_a_threshold() -> None:
    # (累计 is each station's rainfall summed over the storm, not a total of the stations: 总/合计 are)
    found = figs("受台风影响，全县有9个站点累计雨量超过200毫米。", **NEWS)
    assert one(found, 9).metric == "累计雨量超过200毫米的站点"
    assert all(f.value != 200 for f in found)

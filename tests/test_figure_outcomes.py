"""Deaths, injuries and losses after a count of events are those events': sentences written for these tests
(invented figures); the expected metrics are read by hand (issue 11: a reader must not take the deaths of road
accidents for all deaths)."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one


def test_outcomes_after_a_count_of_named_events_are_theirs():
    found = figs("2024年，全市共发生较大道路交通事故3起，死亡11人，受伤6人，直接经济损失412万元。")
    assert one(found, 11).metric == "较大道路交通事故死亡人数"
    assert one(found, 6).metric == "较大道路交通事故受伤人数"  # past the deaths: still the same accidents
    assert one(found, 412).metric == "较大道路交通事故直接经济损失"


def test_a_reported_fire_and_a_change_of_the_count_in_the_same_sentence():
    found = figs("2024年，全县共接报火灾126起，直接财产损失88.2万元，与上年相比，起数下降4.5%，死亡人数持平。")
    assert one(found, 88.2).metric == "火灾直接财产损失"
    assert one(found, 4.5).metric == "火灾起数"


def test_outcomes_without_a_count_of_events_before_them_keep_their_name():
    found = figs("2024年，全市因灾死亡3人，直接经济损失1.2亿元。")
    assert one(found, 3).metric == "因灾死亡"
    assert one(found, 1.2).metric == "直接经济损失"
    found = figs("2024年，全县安全生产检查发现隐患120处，死亡人数同比下降20%。")  # 处 no count of events
    assert one(found, 20).metric == "死亡人数"

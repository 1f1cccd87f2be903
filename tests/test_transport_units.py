"""Units and names of transport statistics bulletins (sentences and figures written for these tests): a density per
100 square kilometers is no length, thousands of vehicles are counted, TEUs and throughput have their English."""

from __future__ import annotations

from build_tools.translate.metrics import metric_en
from tests.test_figure_attributes import figs, one


def test_a_road_density_keeps_its_whole_unit_and_thousands_of_vehicles_count() -> None:
    found = figs("年末全县公路密度为96.4公里/百平方公里，营运货车达到12.7千辆。")
    assert (one(found, 96.4).unit, one(found, 96.4).base_unit) == ("公里/百平方公里", "km/100 km2")
    assert (one(found, 12.7).base_unit, one(found, 12.7).normalized) == ("vehicle", 12700)


def test_throughput_names_and_a_completing_verb_inside_a_name() -> None:
    assert metric_en("集装箱吞吐量") == "container throughput"
    assert metric_en("港口完成货物吞吐量") == metric_en("港口货物吞吐量")
    assert metric_en("计划完成率") is None  # (完成 of a rate is no empty verb)

"""English of land-expropriation names and of a climate bulletin's seasons and days (holdout23, issue 12): names
written for these tests (not the fixture's), expectations read from the Land Administration Law's English and the
project renderings cited in land.py and climate.py."""

from __future__ import annotations

import pytest

from build_tools.translate.metrics import metric_en


@pytest.mark.parametrize(("zh", "english"), [
    ("未利用地", "unused land"),
    ("其他农用地", "other land for agricultural use"),
    ("安置补助费", "resettlement subsidies"),
    ("土地补偿费", "land compensation fees"),
    ("青苗补偿费", "compensation for young crops"),
    ("需安置的农业人口", "agricultural population to be resettled"),
    ("被征地农民", "farmers whose land has been expropriated"),
])
def test_land_expropriation_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


@pytest.mark.parametrize(("zh", "english"), [
    ("冬季平均气温", "winter average temperature"),
    ("秋季全省降水量", "autumn precipitation"),
    ("年冰雹日数", "annual hail days"),
    ("最大日降水量", "maximum daily precipitation"),
])
def test_climate_seasons_and_days(zh: str, english: str) -> None:
    assert metric_en(zh) == english


def test_a_season_needs_a_known_measure() -> None:
    assert metric_en("春季全市旅游人数") != "spring tourists"

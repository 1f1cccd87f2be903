"""Crop yields (issue 11: units always complete; issue 12: no false 'per hectare'): a yield per unit of area keeps
its area in the unit (单产395公斤/亩 is kg per mu, 5925公斤/公顷 kg per ha), and a yield named after a crop's area
or output (其中玉米播种面积…，总产量…，平均亩产…) is that crop's. Sentences invented for these tests."""

from __future__ import annotations

from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.numbers import quantity
from tests.test_figure_attributes import figs, one

BULLETIN = {"date": "2025-03-12", "region": "柏川县", "genre": "statistics",
            "title": "柏川县2024年国民经济和社会发展统计公报"}


def test_a_yield_per_unit_of_area_keeps_the_area_in_its_unit() -> None:
    found = figs("全年粮食单产395公斤/亩，比上年提高4公斤/亩。全县水稻单产5925公斤/公顷。", **BULLETIN)
    assert (one(found, 395).unit, one(found, 395).base_unit) == ("公斤/亩", "kg/mu")
    assert one(found, 5925).unit == "公斤/公顷"
    glossary = get_glossary()
    assert quantity(395, "公斤/亩", glossary) == "395 kg per mu"
    assert quantity(5925, "公斤/公顷", glossary) == "5,925 kg per hectare"


def test_the_yield_of_the_crop_just_named() -> None:
    found = figs("其中玉米播种面积32.6万亩，总产量13.9万吨，平均亩产426公斤，比上年增加5公斤。", **BULLETIN)
    assert one(found, 426).metric == "玉米平均亩产"
    assert one(found, 5).metric == "玉米平均亩产"


def test_a_yield_is_not_said_per_hectare_when_the_unit_does_not_say_so() -> None:
    glossary = get_glossary()
    assert metric_en("粮食单产", glossary) == "grain yield"
    assert metric_en("玉米平均亩产", glossary) == "average corn yield per mu"


def test_a_harvest_after_a_semicolon_is_the_crops_and_of_its_year() -> None:
    """A news item of July on the summer harvest: 夏粮播种面积…；总产量…；平均亩产… are the summer grain's (the clause
    before names it) and of the year, not of the news item's month."""
    found = figs("今年全县夏粮再获丰收，夏粮播种面积48.2万亩，比上年增加0.6万亩；总产量19.7万吨，增长2.8%；"
                 "平均亩产408.7公斤，比上年提高5.1公斤。", date="2024-07-03", region="柏川县", genre="news",
                 title="柏川县夏粮再获丰收")
    assert [(one(found, v).metric, one(found, v).period) for v in (48.2, 19.7, 408.7)] == [
        ("夏粮播种面积", "2024"), ("夏粮总产量", "2024"), ("夏粮平均亩产", "2024")]


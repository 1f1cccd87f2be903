"""A utility's or a laboratory's quality announcement, read by hand (sentences invented for these tests, not those of
any fixture): the body that tested is no part of what it counted, the kinds of samples after 其中 are samples, a bare
pass rate is of the test counted just before it, a value kept (保持) in a period already past is an outcome, how often
a thing is to be done keeps its period in the unit, and turbidity in NTU; with their English."""

from __future__ import annotations

import pytest

from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.rows import figure_row
from tests.test_figure_attributes import figs, one

NOTICE = {"date": "2026-04-12", "region": "汀川市", "genre": "notice", "title": "汀川市2026年第一季度城市供水水质公告"}


def _english(f) -> str:
    return figure_row(f, get_glossary(), Context(province="", city="")).text


@pytest.mark.parametrize(("text", "value", "metric"), [
    ("一季度，市疾病预防控制中心共检测饮用水水样312份。", 312, "检测饮用水水样"),
    ("一季度，县食品检验所抽检食用农产品860批次。", 860, "抽检食用农产品"),
    ("全年，区消防救援大队累计检查社会单位2150家。", 2150, "检查社会单位"),
    # no body before the act: the name is unchanged (a plant's own figures keep the plant as their subject)
    ("东郊水厂出厂水检测48份。", 48, "出厂水检测"),
])
def test_the_body_that_acted_is_no_part_of_what_it_counted(text: str, value: float, metric: str) -> None:
    assert one(figs(text, **NOTICE), value).metric == metric


def test_kinds_of_samples_after_qizhong_are_samples() -> None:
    found = figs("一季度，全市共检测水样906份，其中出厂水90份、末梢水780份、二次供水36份。", **NOTICE)
    assert one(found, 90).metric == "出厂水水样"
    assert one(found, 780).metric == "末梢水水样"
    assert one(found, 36).metric == "二次供水水样"
    assert _english(one(found, 780)) == "Samples of tap water at the point of use: 780, Q1 2026"
    food = figs("2025年，市食品检验所共检测食品样品2400份，其中粮食制品600份。", **NOTICE)
    assert one(food, 600).metric == "粮食制品样品"


@pytest.mark.parametrize(("text", "value", "metric"), [
    ("西山水厂出厂水检测39份，合格率97.4%。", 97.4, "出厂水合格率"),
    # a count passed between the test and the rate: the rate is still of the test
    ("末梢水检测520份，合格517份，合格率99.4%。", 99.4, "末梢水合格率"),
    ("全年抽检蔬菜3100批次，合格率98.9%。", 98.9, "蔬菜抽检合格率"),
    ("全年检测肉类样品410份，合格率99.0%。", 99.0, "肉类样品合格率"),
])
def test_a_bare_pass_rate_is_of_the_test_counted_before_it(text: str, value: float, metric: str) -> None:
    assert one(figs(text, **NOTICE), value).metric == metric


def test_a_value_kept_in_a_period_already_past_is_an_outcome() -> None:
    kept = one(figs("一季度，全市日均供水量31.5万立方米；城市供水普及率保持100%。", **NOTICE), 100)
    assert (kept.status, kept.period) == ("actual", "2026-01/2026-03")
    # a floor or band kept, a modal before it, or a year not yet begun: still a norm or a goal
    assert one(figs("城市供水普及率保持在98%以上。", **NOTICE), 98).status == "requirement"
    assert one(figs("今年，全市要保持100%的覆盖率。", **NOTICE), 100).status != "actual"
    assert one(figs("2027年，城市供水普及率保持100%。", **NOTICE), 100).status != "actual"


@pytest.mark.parametrize(("text", "value", "metric", "unit", "english"), [
    ("力争年内漏损率控制在8.5%以内，水池水箱清洗每季度不少于1次。", 1, "水池水箱清洗", "次/季度",
     "at least once a quarter (requirement)"),
    ("各乡镇每年开展应急演练不少于2次。", 2, "开展应急演练", "次/年", "at least twice a year (requirement)"),
])
def test_how_often_keeps_its_period_in_the_unit(text: str, value: float, metric: str, unit: str,
                                                english: str) -> None:
    f = one(figs(text, **NOTICE), value)
    assert (f.metric, f.unit, f.status, f.period) == (metric, unit, "requirement", "")
    assert _english(f).endswith(english)


def test_turbidity_in_ntu() -> None:
    f = one(figs("一季度，出厂水浑浊度平均为0.21NTU。", **NOTICE), 0.21)
    assert (f.unit, f.metric) == ("NTU", "出厂水浑浊度")
    assert _english(f) == "Turbidity of treated water leaving the plants: 0.21 NTU, Q1 2026"


@pytest.mark.parametrize(("zh", "en"), [
    ("日均供水量", "average daily water supply"),
    ("检测水样", "water samples tested"),
    ("检测蔬菜样品", "vegetable samples tested"),
    ("水产品样品合格率", "pass rate of aquatic product samples"),
    ("管网水合格率", "pass rate of water in the distribution network"),
    ("改造老旧供水管网", "old water supply pipes upgraded"),
])
def test_english_of_water_supply_and_samples(zh: str, en: str) -> None:
    assert metric_en(zh) == en


def test_the_samples_passed_between_a_test_and_its_rate() -> None:
    found = figs("末梢水检测420份，合格418份，合格率99.5%。", "全年抽检食品2600批次，合格2571批次。", **NOTICE)
    assert one(found, 418).metric == "合格样品"
    assert _english(one(found, 418)) == "Samples passed: 418, Q1 2026"
    assert one(found, 2571).metric == "合格批次"
    assert _english(one(found, 2600)).startswith("Food sampled for inspection: 2,600")

"""English of an energy saving and carbon reduction action plan's targets and of a county work report's review
(held-out set 30): names written for these tests (with another place's prefix or a running total where the fixture
has none), expectations read from the official renderings and project renderings cited in
metric_vocab/energy_saving.py and glossary/units.yml."""

from __future__ import annotations

import pytest

from build_tools.translate.metrics import metric_en


@pytest.mark.parametrize(("zh", "english"), [
    ("全市煤炭消费量", "coal consumption"),
    ("煤炭消费比重", "share of coal consumption"),
    ("全市非化石能源消费比重", "share of non-fossil energy in energy consumption"),
    ("规模以上工业单位增加值能耗", "energy consumption per unit of industrial value added"),
    ("累计既有建筑节能改造", "energy conservation retrofits of existing buildings (cumulative)"),
    ("全县节能变压器", "energy-saving transformers"),
    ("公共机构单位建筑面积能耗", "energy consumption per unit of floor area of public institutions"),
    ("全市风电、光伏发电装机容量", "installed capacity of wind and photovoltaic power"),
    ("全市新增并网装机", "capacity newly connected to the grid"),
    ("抽水蓄能电站在建规模", "capacity of pumped-storage hydroelectric plants under construction"),
    ("完成超低排放改造的钢铁产能比例", "share of steel production capacity upgraded to achieve ultra-low emissions"),
])
def test_energy_saving_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


@pytest.mark.parametrize(("zh", "english"), [
    ("新签约亿元以上项目", "newly signed projects of CNY 100 million or more"),
    ("新建改扩建中小学和幼儿园", "primary and secondary schools and kindergartens built, renovated or expanded"),
    ("新增城市建成区面积", "increase in the built-up urban area"),
])
def test_county_review_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


def test_transformer_capacity_and_coal_per_kwh_units_read() -> None:
    """万千伏安 and 克标准煤/千瓦时 are units of the glossary (a figure row in them gets its English)."""
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.numbers import parse_unit

    glossary = get_glossary()
    assert parse_unit("万千伏安", glossary).entry.en == "kVA"
    assert parse_unit("克标准煤/千瓦时", glossary).entry.en == "grams of standard coal per kWh"


def test_an_energy_saving_plan_title() -> None:
    """节能降碳 is a programme of the glossary (GWR 2022/479): a plan named for it, and the notice issuing it, have
    English titles."""
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.titles import TitleRenderer

    renderer = TitleRenderer(get_glossary(), year="2027")
    result = renderer.title("岚川省2027—2028年节能降碳行动方案", "岚川省人民政府办公厅", "岚川省")
    assert result is not None and result.status == "derived"
    assert result.text == "Lanchuan Province Action Plan for Energy Saving and Carbon Reduction (2027-2028)"

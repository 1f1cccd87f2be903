"""English added after the thirty-seventh held-out measurement (a city's electricity consumption release, a notice of
a hearing on residents' tiered water prices); metric names written by hand, expectations read from the module's
sources (GWR or P)."""

from __future__ import annotations

from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import metric_english


def en(metric: str) -> str | None:
    found = metric_english(metric, get_glossary())
    return None if found is None else found.text


def test_the_electricity_operation_vocabulary():
    assert en("最高用电负荷") == "peak electricity load"
    assert en("冬季最高用电负荷") == "winter peak electricity load"
    assert en("电源总装机容量") == "total installed power-generating capacity"
    assert en("充换电服务业用电量") == "electricity consumption of charging and battery-swapping services"


def test_the_water_price_vocabulary_and_its_tiers():
    assert en("单位供水成本") == "unit cost of water supply"
    assert en("管网漏损率") == "leakage rate of the pipe network"
    assert en("第二阶梯水价") == "tier 2 water price"
    assert en("第三阶梯调整额") == "tier 3 price change"
    assert en("第五阶梯玄学") is None

"""Climate and hydrology bulletins (issue 11: subject, period, base period; issue 12: English): a station's value is
the station's, an extreme is dated by the day it occurred, 比常年 compares with the normals the note defines, and
比近五年平均 with the average of the years before. Sentences invented for these tests (a county's climate bulletin);
expectations written from the Chinese."""

from __future__ import annotations

from build_tools.translate.comparisons import context_for
from build_tools.translate.glossary import get_glossary
from build_tools.translate.names import name_en
from build_tools.translate.rows import figure_row
from tests.test_figure_attributes import figs, one

CLIMATE = {"date": "2025-01-16", "region": "岑溪县", "genre": "statistics", "title": "岑溪县2024年气候公报"}


def _row(fig) -> str:  # noqa: ANN001
    return figure_row(fig, get_glossary(), context_for("岑溪县", get_glossary())).text


def test_an_extreme_is_the_stations_on_the_day_it_occurred() -> None:
    found = figs("年极端最低气温-7.3℃，于12月28日出现在梅岭站。年极端最高气温39.6℃，出现在7月30日的石桥站。",
                 **CLIMATE)
    low, high = one(found, -7.3), one(found, 39.6)
    assert (low.subject, low.period) == ("梅岭站", "2024-12-28")
    assert (high.subject, high.period) == ("石桥站", "2024-07-30")
    assert _row(high) == "Shiqiao Station — annual extreme maximum temperature: 39.6 °C, 30 July 2024"


def test_a_station_heading_its_measure_or_holding_the_extreme_of_a_topic() -> None:
    found = figs("年日照时数空间分布不均，东部梅岭站最多，为1980.5小时；西部石桥站最少，为1502.3小时。",
                 "梅岭站最大日降水量达168.2毫米。", **CLIMATE)
    assert (one(found, 1980.5).subject, one(found, 1980.5).metric) == ("梅岭站", "年日照时数")
    assert (one(found, 1502.3).subject, one(found, 1502.3).metric) == ("石桥站", "年日照时数")
    assert (one(found, 168.2).subject, one(found, 168.2).metric) == ("梅岭站", "最大日降水量")


def test_facilities_named_zhan_are_no_stations() -> None:
    found = figs("全县新建充电站42个，5G基站达到860个。", **CLIMATE)
    assert one(found, 42).subject == "" and one(found, 860).subject == ""
    assert name_en("梅岭站") == "Meiling Station"
    assert name_en("石桥水文站") == "Shiqiao Hydrological Station"
    assert name_en("充电站") is None and name_en("污水处理站") is None


def test_normals_defined_by_the_note() -> None:
    found = figs("全县年平均气温17.9℃，比常年偏高0.6℃。夏季降水量比常年同期偏少21%。",
                 "注：常年值指1991—2020年30年平均值。", **CLIMATE)
    assert one(found, 0.6).base_period == "1991/2020"
    assert one(found, 21).base_period == "1991/2020"
    # without the note, no base period is invented
    assert one(figs("全县年平均气温17.9℃，比常年偏高0.6℃。", **CLIMATE), 0.6).base_period == ""


def test_the_average_of_the_years_before() -> None:
    found = figs("全年气象灾害直接经济损失0.82亿元，比近五年（2019—2023年）平均值偏少24%。",
                 "全年降水量比近三年平均偏多9%。", **CLIMATE)
    loss = one(found, 24)
    assert (loss.period, loss.base_period, loss.direction) == ("2024", "2019/2023", "down")
    assert _row(loss).endswith("down 24% compared with the 2019-2023 average, 2024")
    rain = one(found, 9)
    assert (rain.period, rain.base_period) == ("2024", "2021/2023")
    assert "compared with the average of the previous three years" in _row(rain)

"""Prices per person, ticket or bottle (a scenic area's notice; sentences invented for these tests): the rate kept in
the unit (元/人, 元/张, 元/瓶) and said in English ("CNY 80 per person"), not a bare amount of yuan."""

from __future__ import annotations

import pytest

from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import figure_row
from tests.test_figure_attributes import figs, one

NOTICE = {"date": "2025-04-20", "region": "岷山县", "genre": "notice", "title": "岷山风景区“五一”假期门票优惠公告"}


@pytest.mark.parametrize(("text", "value", "unit", "english"), [
    ("景区门票挂牌价格为100元/人。", 100, "元/人", "List price of the scenic area's tickets: CNY 100 per person"),
    ("索道往返票价80元/人。", 80, "元/人", "Return fare of the cableway: CNY 80 per person"),
    ("联票价格160元/张。", 160, "元/张", None),
    ("景区内饮用水售价不超过2元/瓶。", 2, "元/瓶", None),
])
def test_a_price_per_head_keeps_its_rate(text: str, value: float, unit: str, english: str | None) -> None:
    f = one(figs(text, **NOTICE), value)
    assert f.unit == unit
    row = figure_row(f, get_glossary(), Context(province="", city="")).text
    assert "per " in row
    if english:
        assert row.startswith(english)


def test_new_reads_a_scenic_areas_county_as_its_region() -> None:
    # (a scenic area's committee names the area, 风景名胜区, more often than its county: 名胜区 is no district)
    from build_tools.new_origin import infer_region

    text = ("岷山风景名胜区管理委员会关于“五一”假期门票优惠的公告。岷山风景名胜区位于岷山县岷江镇，"
            "岷山风景名胜区门票挂牌价格为100元/人。岷山县文化和旅游局。")
    assert infer_region(text) == "岷山县"


def test_a_heading_of_last_years_reception_dates_its_days() -> None:
    # (五、上年假期接待情况 in a notice of April 2025: its 5月2日 is 2024's, not a day still to come)
    found = figs("五、上年假期接待情况", "“五一”假期，景区共接待游客12.4万人次。5月2日单日接待游客3.1万人次，创历史新高。",
                 headings={0: 1}, **NOTICE)
    assert one(found, 3.1).period == "2024-05-02"


@pytest.mark.parametrize(("text", "value", "unit", "english"), [
    ("全市厨余垃圾分出量为312吨/日。", 312, "吨/日", "Food waste sorted out: 312 tons per day"),
    ("全市污水处理能力达到6万吨/日。", 6, "万吨/日", "Sewage treatment capacity: 60,000 tons per day"),
])
def test_a_daily_rate_keeps_its_day(text: str, value: float, unit: str, english: str) -> None:
    f = one(figs(text, date="2025-10-18", region="桐江市", genre="notice",
                 title="桐江市关于2025年第三季度生活垃圾分类工作情况的通报"), value)
    assert f.unit == unit
    assert figure_row(f, get_glossary(), Context(province="", city="")).text.startswith(english)


def test_a_booking_limit_is_no_approximation() -> None:
    # (每日限约1次: 约 of 预约, one booking a day; 限流约2.8万人次 keeps its "about")
    assert not one(figs("每个身份证号每日限约1次。", **NOTICE), 1).qualifier
    assert one(figs("景区每日限流约2.8万人次。", **NOTICE), 2.8).qualifier


def test_water_leaving_the_plant_names_no_plant() -> None:
    # (其中出厂水156份: 出厂 is "leaving the plant", no plant, and the part is of the samples; 城东水厂出厂水检测52份 keeps its plant)
    found = figs("市监测中心共检测水样1200份，其中出厂水140份、管网水1000份。", "城北水厂出厂水检测48份，合格率100%。",
                 date="2025-10-15", region="桐江市", genre="notice", title="桐江市2025年第三季度城市供水水质公告")
    assert (one(found, 140).metric, one(found, 140).subject) == ("出厂水水样", "")
    assert one(found, 48).subject == "城北水厂"

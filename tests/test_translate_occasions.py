"""One disaster as the subject of its losses, a trading partner as the subject of trade, and the items of a price
release, in English."""

from __future__ import annotations

from build_tools.model import Figure
from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.occasions import occasion_en
from build_tools.translate.rows import figure_row


def test_a_dated_or_demonstrative_occurrence_reads_as_one_event() -> None:
    assert occasion_en("6月下旬的强降雨过程") == "the heavy rainfall in late June"
    assert occasion_en("7月中旬的暴雨") == "the rainstorm in mid-July"
    assert occasion_en("8月3日的台风") == "the typhoon of 3 August"
    assert occasion_en("此次地震") == "the earthquake"
    assert occasion_en("强降雨过程") == "the heavy rainfall"


def test_a_named_event_or_anything_else_is_left_to_the_translator() -> None:
    assert occasion_en("台风“海燕”") is None  # a typhoon's English name is not its Pinyin
    assert occasion_en("13月的暴雨") is None
    assert occasion_en("全县火灾事故") is None


def _row(**kw: object) -> str:
    fig = Figure(kw.pop("metric"), kw.pop("value"), kw.pop("unit"), "", "", **kw)  # type: ignore[arg-type]
    return figure_row(fig, get_glossary(), Context()).text


def test_losses_of_one_rainfall_name_it_first() -> None:
    row = _row(metric="直接经济损失", value=8650.0, unit="万元", subject="6月下旬的强降雨过程", period="2024-06")
    assert row == "The heavy rainfall in late June — direct economic losses: CNY 86.5 million, June 2024"


def test_a_trading_partner_as_subject_reads_as_trade_with_it() -> None:
    row = _row(metric="进出口", value=286.3, unit="亿元", subject="东盟", period="2025-01/2025-10")
    assert row == "Trade with ASEAN: CNY 28.63 billion, January-October 2025"
    share = _row(metric="进出口占全市进出口总额", value=50.8, unit="%", subject="“一带一路”共建国家",
                 period="2025-01/2025-10")
    assert share.startswith("Share of trade with Belt and Road partner countries in the city's total value of")


def test_items_of_a_price_release_compose_with_prices() -> None:
    """鲜菜价格, 蛋类价格, 生产资料价格: items of the CPI and the PPI's split by use, as subjects of 价格."""
    from build_tools.translate.metrics import metric_en

    assert metric_en("鲜菜价格") == "prices of fresh vegetables"
    assert metric_en("畜肉类价格") == "prices of livestock meat"
    assert metric_en("服务价格") == "prices of services"
    assert metric_en("生产资料价格") == "prices of the means of production"


def test_contributions_industries_and_areas_of_a_price_release() -> None:
    """影响CPI上涨约0.13个百分点 names what a price contributes to; a sector's producer prices; CPI by area."""
    from build_tools.translate.metrics import metric_en

    assert metric_en("鲜果价格影响CPI") == "contribution of prices of fresh fruit to the CPI"
    assert metric_en("衣着类价格影响居民消费价格总水平（CPI）") == "contribution of prices of clothing to the CPI"
    assert metric_en("生活资料价格影响工业生产者出厂价格总水平") == (
        "contribution of prices of the means of subsistence to the PPI")
    assert metric_en("有色金属冶炼和压延加工业价格") == "producer prices in smelting and pressing of non-ferrous metals"
    assert metric_en("农村居民消费价格") == "consumer prices in rural areas"
    assert metric_en("某某价格影响CPI") is None  # (an item the vocabulary does not know stays marked)


def test_every_kind_of_occasion_the_extract_stage_names_has_its_english() -> None:
    from build_tools.extract.figures.occasions import KINDS as EXTRACTED
    from build_tools.translate.occasions import KINDS

    assert set(KINDS) == set(EXTRACTED)

"""Figure rules added after the forty-eighth held-out measurement (a county market regulation bureau's administrative
penalty decision as a DOCX, a city's weekly release of the prices of everyday goods as an HTML page); sentences
invented for each rule, expectations read by hand."""

from __future__ import annotations

from build_tools.extract.figures.bases import previous_period, week_after
from tests.test_figure_attributes import figs, one

WEEKLY = {"date": "2025-06-10", "region": "栖川市", "genre": "statistics",
          "title": "第23周（6月2日—8日）栖川市主要农副产品价格监测情况"}
DECISION = {"date": "2025-06-18", "region": "栖川县", "genre": "notice", "title": "行政处罚决定书"}


def weekly(*paragraphs: str):
    return figs(*paragraphs, date=WEEKLY["date"], region=WEEKLY["region"], title=WEEKLY["title"],
                genre=WEEKLY["genre"])


def decision(*paragraphs: str):
    return figs(*paragraphs, date=DECISION["date"], region=DECISION["region"], title=DECISION["title"],
                genre=DECISION["genre"])


def test_a_price_per_weight_or_package_keeps_its_unit():
    """牛肉42.50元/斤, 草鱼16.80元/公斤, 菜籽油85.00元/桶: money per unit, base CNY, the rate kept in the unit."""
    found = weekly("牛肉平均零售价格为42.50元/斤，草鱼平均零售价格为16.80元/公斤。", "菜籽油零售价格为85.00元/桶。")
    assert (one(found, 42.5).unit, one(found, 42.5).base_unit) == ("元/斤", "CNY")
    assert one(found, 42.5).metric == "牛肉平均零售价格"
    assert one(found, 16.8).unit == "元/公斤"
    assert one(found, 85).unit == "元/桶"


def test_a_price_fall_is_down_and_a_weeks_change_is_against_the_week_before():
    """环比下跌3.1% of a week (2025-06-02/2025-06-08): down, against 2025-05-26/2025-06-01; 同比下跌 against the same
    days a year before; 环比上涨 up."""
    found = weekly("本周牛肉平均零售价格为42.50元/斤，环比下跌3.1%，同比下跌7.4%；鸡蛋环比上涨1.2%。")
    assert (one(found, 3.1).direction, one(found, 3.1).base_period) == ("down", "2025-05-26/2025-06-01")
    assert (one(found, 7.4).direction, one(found, 7.4).base_period) == ("down", "2024-06-02/2024-06-08")
    assert one(found, 1.2).direction == "up"


def test_the_span_before_and_the_week_after():
    """环比 of a span of days: the span of as many days right before; 上周 likewise; 下周 the next seven days."""
    assert previous_period("环比", "2025-03-03/2025-03-09") == "2025-02-24/2025-03-02"
    assert previous_period("比上周", "2025-01-01/2025-01-07") == "2024-12-25/2024-12-31"
    assert previous_period("环比", "2025-03") == "2025-02"
    assert week_after("2025-12-29/2026-01-04") == "2026-01-05/2026-01-11"
    assert week_after("2025-03") == ""


def test_next_weeks_price_range_is_a_forecast_of_the_next_week_named_by_the_price():
    """预计下周…牛肉价格在每斤41.00—42.00元之间波动: a forecast of the week after the release's, named by the price
    before the range (not 之间波动), kept at its lower bound."""
    found = weekly("本周牛肉平均零售价格为42.50元/斤。", "预计下周牛肉价格在每斤41.00—42.00元之间波动。")
    f = one(found, 41)
    assert (f.status, f.period, f.metric) == ("forecast", "2025-06-09/2025-06-15", "牛肉价格")


def test_the_items_a_clause_ranks_before_a_list_of_changes():
    """苦瓜、豇豆涨幅居前，分别上涨12.3%、10.1%: each change is the item's, in the order listed."""
    found = weekly("其中，苦瓜、豇豆涨幅居前，分别上涨12.3%、10.1%。")
    assert one(found, 12.3).metric.startswith("苦瓜")
    assert one(found, 10.1).metric.startswith("豇豆")
    assert one(found, 10.1).direction == "up"


def test_the_basket_an_average_is_taken_over_and_a_package_size_are_no_figures():
    """15种水果平均零售价格为5.20元/斤: 15种 names the average; 2.5升装花生油: the size of a package."""
    found = weekly("本周全市15种水果平均零售价格为5.20元/斤。", "2.5升装花生油零售价格为56.00元/桶。")
    assert [f.value for f in found] == [5.2, 56]


def test_time_limits_written_in_words_are_requirements_named_by_what_is_done():
    """十五日内缴纳, 六十日内…申请行政复议, 六个月内…提起行政诉讼: time limits of the law, requirements without period,
    named by the act (not by the body addressed, 向…人民政府)."""
    found = decision("当事人应当自收到本决定书之日起十五日内缴纳罚款。",
                     "当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向栖川县人民政府申请行政复议；"
                     "也可以在六个月内依法向栖川县人民法院提起行政诉讼。")
    assert (one(found, 15).unit, one(found, 15).status, one(found, 15).period) == ("日", "requirement", "")
    assert (one(found, 60).metric, one(found, 60).status) == ("申请行政复议时限", "requirement")
    assert (one(found, 6).unit, one(found, 6).metric, one(found, 6).status) == ("个月", "提起行政诉讼时限",
                                                                              "requirement")


def test_a_penalty_decisions_figures_are_the_partys_and_its_penalties_of_the_decisions_day():
    """当事人：栖川县某某食品有限公司 (a field line): the figures after it are the company's; 没收…, 罚款… listed without
    a date are imposed on the day of the decision; the daily surcharge of a late fine is a standing norm."""
    found = decision("当事人：栖川县丰禾食品有限公司",
                     "经查，当事人于2025年4月销售过期饮料120箱，违法所得960元。",
                     "1.没收违法所得960元；", "2.罚款30000元。",
                     "到期不缴纳罚款的，本局可以每日按罚款数额的百分之三加处罚款。")
    for value in (960, 30000, 3):
        assert all(f.subject == "栖川县丰禾食品有限公司" for f in found if f.value == value), value
    fine = one(found, 30000)
    assert fine.period == "2025-06-18"
    surcharge = one(found, 3)
    assert (surcharge.status, surcharge.period) == ("requirement", "")


def test_a_person_named_as_the_party_is_not_made_a_subject():
    """当事人：张某某 (a person, no business's legal form): the rule names no subject; the penalty keeps the ordinary
    reading."""
    found = decision("当事人：张某某", "2.罚款3000元。")
    assert one(found, 3000).subject == ""


def test_a_county_company_with_a_trade_name_is_described_by_county_and_trade():
    """栖川县丰禾食品有限公司: the trade name is not romanized; the company is described by its county and trade. A
    company named after its place alone keeps its English name."""
    from build_tools.translate.enterprises import company_en

    assert company_en("栖川县丰禾食品有限公司") == "a Qichuan County food company"
    assert company_en("栖川县丰禾农产品贸易有限公司") == "a Qichuan County agricultural products trading company"
    assert company_en("栖川化工集团") == "Qichuan Chemical Group"

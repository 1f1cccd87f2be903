"""Figure rules added after the fiftieth held-out measurement (a city meteorological bureau's rainstorm news as
hard-wrapped text, a province's notice allocating subsidy funds to counties); sentences invented for each rule,
expectations read by hand."""

from __future__ import annotations

from build_tools.extract.dates import Anchor, find_dates
from tests.test_figure_attributes import figs, one

DAY = "2024-06-19"


def test_a_day_with_its_hour_is_a_day_of_the_documents_month():
    """A bulletin dates by day and hour without the month (18日20时, 18日8时至19日8时, 18日22时至23时): the days of
    the document's month; a day more than a week after the document's is of the month before; a day without an hour
    (30日) and a daily time (每日8时) stay no date."""
    anchor = Anchor(2024, 6, 19)
    assert [(d.iso, d.kind) for d in find_dates("市气象台于18日20时发布暴雨橙色预警信号", anchor)] == [
        ("2024-06-18", "point")]
    assert [d.iso for d in find_dates("18日8时至19日8时，全市平均降雨量42.3毫米", anchor)] == ["2024-06-18/2024-06-19"]
    assert [d.iso for d in find_dates("出现在北关站（18日22时至23时）", anchor)] == ["2024-06-18"]
    assert [d.iso for d in find_dates("29日14时", anchor)] == ["2024-05-29"]
    assert find_dates("每日8时报送雨情，30日完成", anchor) == []


def test_a_total_foretold_is_a_forecast():
    """预计未来24小时（…），…累计降雨量30～60毫米: 累计 of the estimate is no past sign; a 累计 after ； stays
    actual."""
    found = figs("预计未来24小时（19日8时至20日8时），我市仍有较强降雨，全市大部地区累计降雨量30～60毫米，局地可达100毫米"
                 "以上。", date=DAY)
    assert [(f.value, f.status, f.period) for f in found] == [(30.0, "forecast", "2024-06-19/2024-06-20"),
                                                             (100.0, "forecast", "2024-06-19/2024-06-20")]
    assert one(figs("预计全年新增就业8000人；全年累计发放贷款2亿元。", date="2024-12-20"), 2).status == "actual"


def test_a_river_stations_rise_and_its_excess_over_the_mark():
    """清水桐湾站19日6时水位涨至38.52米，超警戒水位0.42米: the station on its river (清水) is the subject of both; the
    level reached by a rise (涨至) is up, the excess over the warning mark no change; their day is the hour's."""
    found = figs("受持续降雨影响，清水桐湾站19日6时水位涨至38.52米，超警戒水位0.42米。", date=DAY)
    assert [(f.value, f.subject, f.direction, f.period) for f in found] == [
        (38.52, "桐湾站", "up", "2024-06-19"), (0.42, "桐湾站", "", "2024-06-19")]


def test_the_station_of_an_extreme_and_the_station_named_again():
    """最大为梅岗镇站126.4毫米: the station after 为 is the subject, the extreme of the measure named before the
    metric; 出现在城区北关站（18日22时至23时）: the place before the station goes, the day in brackets is the period;
    突破该站…（原极值为2010年6月2日的98.7毫米）: 该站 is the station named before in the paragraph."""
    found = figs("18日8时至19日8时，全市平均降雨量42.3毫米，最大为梅岗镇站126.4毫米；1小时最大雨强46.2毫米，出现在城区"
                 "北关站（18日22时至23时）。", date=DAY)
    f = one(found, 126.4)
    assert (f.subject, f.metric, f.period) == ("梅岗镇站", "最大降雨量", "2024-06-18/2024-06-19")
    f = one(found, 46.2)
    assert (f.subject, f.period) == ("北关站", "2024-06-18")
    found = figs("此次过程中，城区北关站日降雨量118.6毫米，突破该站建站以来日降雨量历史极值（原极值为2010年6月2日的98.7"
                 "毫米）。", date=DAY)
    assert [(f.value, f.subject) for f in found] == [(118.6, "北关站"), (98.7, "北关站")]

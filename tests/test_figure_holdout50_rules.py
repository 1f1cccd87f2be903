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


def test_tenths_after_a_change_against_the_normal():
    """较常年同期偏多3成, 偏少1～2成: tenths of the base (value as written, no base unit as holdout32, up/down); 3成员单位, 建成 are no
    tenths."""
    f = one(figs("入汛以来，全市累计降雨量486.2毫米，较常年同期偏多3成。", date=DAY), 3)
    assert (f.unit, f.base_unit, f.direction) == ("成", "", "up")
    f = one(figs("据预测，今年主汛期（7月至8月）全市降雨量较常年同期偏少1～2成。", date=DAY), 1)
    assert (f.unit, f.direction, f.status, f.period) == ("成", "down", "forecast", "2024-07/2024-08")
    assert figs("全市3成员单位参加会议，5成立项目已建成。", date=DAY) == []


def test_a_level_reached_by_a_rise_is_named_without_its_verb():
    """桐湾站水位涨至38.52米: the metric is 水位, the direction up."""
    f = one(figs("桐湾站水位涨至38.52米。", date=DAY), 38.52)
    assert (f.metric, f.direction) == ("水位", "up")


def test_a_notices_act_of_allocating_is_no_part_of_the_metric():
    """现下达你们2026年…补助资金（第一批）3600万元: the funds are the metric, not 下达你们."""
    f = one(figs("现下达你们2026年省级农业产业发展补助资金（第一批）3600万元，用于支持特色产业发展。",
                 date="2026-02-10", genre="notice"), 3600)
    assert not f.metric.startswith(("下达", "现下达"))
    assert f.metric.startswith("省级农业产业发展补助资金")


def test_the_amounts_an_allocating_notice_hands_out_are_of_its_date():
    """关于下达2026年…补助资金的通知 of 10 February 2026: the total it allocates (现下达…3600万元) and the share for a
    use are actuals of 2026-02-10, not of the funds' year or the month; a notice of another kind keeps the month."""
    title = "关于下达2026年省级农业产业发展补助资金（第一批）的通知"
    found = figs("现下达你们2026年省级农业产业发展补助资金（第一批）3600万元，其中用于产业发展的资金2400万元，占66.7%。",
                 date="2026-02-10", genre="notice", title=title)
    assert {(f.value, f.period) for f in found} == {(3600.0, "2026-02-10"), (2400.0, "2026-02-10"),
                                                    (66.7, "2026-02-10")}
    found = figs("全县共有产业发展资金2400万元。", date="2026-02-10", genre="notice", title="关于开展项目检查的通知")
    assert one(found, 2400).period != "2026-02-10"


def test_rain_accumulated_after_a_span_is_over_the_span():
    """入汛以来（4月1日以来），…；其中某县累计降雨量523.6毫米: the rain fallen over the span, not a total at its end."""
    found = figs("入汛以来（4月1日以来），全市累计平均降雨量486.2毫米，较常年同期偏多3成；其中梅岗县累计降雨量523.6毫米，较常年"
                 "同期偏多41%。", date=DAY)
    assert {(f.value, f.period) for f in found if f.unit == "毫米"} == {(486.2, "2024-04-01/2024-06-19"),
                                                                      (523.6, "2024-04-01/2024-06-19")}

"""Figure rules added after the fifty-second held-out measurement (a city's water resources bulletin on 2024 as a DOCX
with its county table, a county flood control headquarters' urgent notice on heavy rain copied out of WeChat);
sentences invented for each rule, expectations read by hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

BULLETIN = {"date": "2025-07-15", "region": "青禾市", "genre": "report", "title": "2024年青禾市水资源公报"}
URGENT = {"date": "2026-07-02", "region": "青禾县", "genre": "notice",
          "title": "关于切实做好当前强降雨防范应对工作的紧急通知"}
NOTICE = {"date": "2026-07-02", "region": "青禾县", "genre": "notice", "title": "关于做好汛期安全防范工作的通知"}


def test_a_dutys_time_limits_are_requirements():
    """险情发生后，要在20分钟内电话报告，2小时内书面报告: two time limits of a standing duty (the second under the modal
    of the first), minutes a unit of time; 确保…在10分钟内传递到户 likewise; 来临前4小时完成转移 a lead time."""
    found = figs("险情发生后，要在20分钟内电话报告县防指，2小时内书面报告，不得迟报。",
                 "确保预警信息在10分钟内传递到户。", "在台风登陆前4小时完成人员转移。", **NOTICE)
    for v, unit in ((20, "分钟"), (2, "小时"), (10, "分钟"), (4, "小时")):
        f = one(found, v)
        assert (f.unit, f.status, f.period) == (unit, "requirement", ""), v
    assert one(found, 20).base_unit == "minute"
    # named by what is done within them (not by whom it is reported to)
    assert [one(found, v).metric for v in (20, 2, 10, 4)] == ["电话报告时限", "书面报告时限", "预警信息传递时限",
                                                              "转移提前时间"]
    # a duration that is no limit stays out (施工持续3小时 is neither a duty nor a statistic)
    assert not [f for f in figs("受降雨影响，施工中断3小时。", **NOTICE) if f.value == 3]


def test_the_size_of_a_body_to_be_formed_is_a_requirement():
    """各村要组建不少于15人的巡查队伍: the floor the rule sets (a requirement), not a class bound; 超过50人的企业有3家
    keeps 50 a bound."""
    found = figs("各村要组建不少于15人的巡查队伍。", **NOTICE)
    assert (one(found, 15).unit, one(found, 15).status) == ("人", "requirement")
    assert not [f for f in figs("全县超过50人的企业有3家。", **NOTICE) if f.value == 50]


def test_an_urgent_notices_present_is_of_its_day():
    """关于…的紧急通知 of 2 July: 全县现有小型水库38座 and 已组织200名巡查人员 are the county's state that day; an ordinary
    notice keeps the month."""
    text = ("全县现有小型水库38座、地质灾害隐患点92处。", "县防指已组织200名巡查人员开展巡查。")
    found = figs(*text, **URGENT)
    for v in (38, 92, 200):
        assert (one(found, v).period, one(found, v).status) == ("2026-07-02", "actual"), v
    assert one(figs(*text, **NOTICE), 38).period == "2026-07"


def test_a_forecast_window_of_days_without_month():
    """预计2日夜间至4日…累计雨量60～100毫米: the window is 2-4 July of the notice's month."""
    found = figs("预计2日夜间至4日我县将出现强降雨过程，全县累计雨量60～100毫米，局地180毫米以上。", **URGENT)
    for v in (60, 180):
        assert (one(found, v).period, one(found, v).status) == ("2026-07-02/2026-07-04", "forecast"), v


def test_a_quota_set_from_above_is_a_requirement():
    """用水总量控制在省下达的年度控制指标8.20亿立方米以内: the province's ceiling for the year."""
    found = figs("2024年全市用水总量控制在省下达的年度控制指标8.20亿立方米以内。", **BULLETIN)
    assert (one(found, 8.2).status, one(found, 8.2).period) == ("requirement", "2024")


def test_a_change_against_the_year_start_said_in_its_own_clause():
    """年末…平均埋深7.90米，与年初相比，地下水位平均下降0.21米: a change over the year against its start (the
    平均 is over the area, no average annual rate); 五年平均增长7.5% keeps its comparison."""
    found = figs("年末全市平原区浅层地下水平均埋深7.90米，与年初相比，地下水位平均下降0.21米。", **BULLETIN)
    f = one(found, 0.21)
    assert (f.period, f.base_period, f.direction) == ("2024", "2024-01", "down")
    assert one(figs("五年来，全市地区生产总值平均增长7.5%。", **BULLETIN), 7.5).comparison


def test_a_breakdown_after_an_event_or_a_season_is_of_the_year():
    """从地区分布看 after a paragraph naming 汛期（6—9月） and a rain process of 7月3日至5日: the counties' figures are the
    year's, not the process's nor the season's; after 1—6月 they are of 1—6月."""
    found = figs("2024年全市平均降水量655.0毫米。",
                 "汛期（6—9月）降水量470.2毫米。7月3日至5日全市出现一次强降雨过程，过程平均降水量98.1毫米。",
                 "从地区分布看，降水量最大的是东山县790.4毫米。", **BULLETIN)
    assert one(found, 98.1).period == "2024-07-03/2024-07-05"
    assert one(found, 790.4).period == "2024"
    found = figs("1—6月，全市进出口总值86.7亿元。", "从贸易方式看，一般贸易进出口52.4亿元。",
                 date="2024-07-20", region="青禾市", genre="news", title="上半年青禾市外贸运行情况")
    assert one(found, 52.4).period == "2024-01/2024-06"


def test_minutes_in_a_name_stay_in_it():
    """社区15分钟生活圈覆盖率达到85%: the minutes name the circle (minutes being a unit of time now), no figure."""
    found = figs("全市社区15分钟生活圈覆盖率达到85%。", **BULLETIN)
    assert [f.value for f in found] == [85]
    assert "15分钟生活圈" in one(found, 85).metric


def test_names_of_a_bulletins_clauses():
    """最小的是北湖区 after 降水量最大的是西岭县: named 降水量 (the district the subject); the changes after a conversion
    (折合年径流深…，比上年减少…) are of the quantity converted; a quota is named by what it bounds."""
    found = figs("从地区分布看，降水量最大的是西岭县790.4毫米，最小的是北湖区588.6毫米。",
                 "全市地表水资源量10.21亿立方米，折合年径流深150.3毫米，比上年减少9.6%，比多年平均偏多2.2%。",
                 "2024年全市用水总量控制在省下达的年度控制指标8.20亿立方米以内。", **BULLETIN)
    assert (one(found, 588.6).metric, one(found, 588.6).subject) == ("降水量", "北湖区")
    assert one(found, 150.3).metric == "年径流深"
    assert one(found, 9.6).metric == one(found, 2.2).metric == "地表水资源量"
    assert one(found, 8.2).metric == "用水总量控制指标"


def test_a_defining_threshold_and_all_of_a_force_leave_the_name():
    """矿化度≤2克/升的浅层地下水资源量5.10亿立方米: named 浅层地下水资源量 (the threshold defines it, no figure);
    各类救援力量共420人全员在岗待命: named 救援力量, not 全员."""
    found = figs("全市矿化度≤2克/升的浅层地下水资源量5.10亿立方米。", **BULLETIN)
    assert [f.value for f in found] == [5.1]
    assert found[0].metric == "浅层地下水资源量"
    found = figs("县消防救援大队、民兵应急分队等各类救援力量共420人全员在岗待命。", **URGENT)
    assert one(found, 420).metric == "救援力量"

"""Figure and timeline rules added after the eleventh held-out measurement (issue 11/12: a county government's annual
report on government information disclosure in HTML, a city air quality ranking notice in PDF); sentences invented for
each rule, expectations read by hand."""

from __future__ import annotations

from tests.test_events import events_of
from tests.test_figure_attributes import figs, one

DISCLOSURE = {"date": "2024-01-25", "region": "桐原县", "title": "桐原县人民政府2023年政府信息公开工作年度报告",
              "genre": "report"}
RANKING = {"date": "2024-11-08", "region": "桐原市", "title": "桐原市生态环境局关于2024年1—9月各县区环境空气质量排名情况的通报",
           "genre": "notice"}


def test_nouns_and_the_disposal_construction_are_no_plan_cue():
    """规划计划信息 and 拟公开信息 name kinds of information, 将…纳入 is 把…纳入: the year's facts, not targets;
    计划新建 and 将逐步纳入 still plan."""
    found = figs("全年主动公开政府信息3120条，其中规划计划信息28条、人事信息95条。",
                 "全年审核拟公开信息2470条。", "将信息公开工作纳入年度考核，分值占比为4%。", **DISCLOSURE)
    assert [(one(found, v).status, one(found, v).period) for v in (28, 95, 2470, 4)] == [("actual", "2023")] * 4
    planned = figs("2024年计划新建政务服务站12个，将逐步纳入统一平台管理的事项达到300项。", **DISCLOSURE)
    assert (one(planned, 12).status, one(planned, 300).status) == ("target", "target")


def test_a_superlative_stated_in_its_own_clause_is_no_norm():
    """…综合指数最低，为2.71 compares places; the share after it in the sentence is a fact of October, no target."""
    found = figs("9月当月，北山县综合指数最低，为2.71；南湖区综合指数最高，为4.02，优良天数比例仅为76.5%。", **RANKING)
    assert (one(found, 76.5).status, one(found, 76.5).period) == ("actual", "2024-09")


def test_a_notice_of_november_on_its_own_months_sets_this_years_targets():
    """A notice of November 2024 on January-September 2024: its 全年 targets are 2024's, not next year's (a year-end
    speech's still are next year's)."""
    found = figs("2024年1—9月，全市PM2.5平均浓度为30.2微克/立方米。",
                 "各县区要确保全市全年PM2.5平均浓度不高于31微克/立方米、优良天数比例不低于86%。", **RANKING)
    assert [(one(found, v).status, one(found, v).period) for v in (31, 86)] == [("target", "2024")] * 2


def test_a_primary_pollutant_is_no_intent():
    """首要污染物 holds 要 but states no task: 1—9月 of a November notice stays 2024 on the timeline."""
    events = events_of("1—9月，全市臭氧超标天数21天，同比增加4天，臭氧已成为影响优良天数的首要污染物。",
                       date=RANKING["date"], title=RANKING["title"], genre="notice", reporting_period="2024-01/2024-09")
    assert [e.date for e in events] in ([], ["2024-01/2024-09"])


def test_a_verb_before_a_governments_level_is_no_place_and_new_heads_a_district_name():
    """优化县政府门户网站… names no county 优化县; 新河区 (新 + a name + 区) is a district, not a kind of thing."""
    found = figs("优化县政府门户网站信息公开专栏，新增子栏目7个。", **DISCLOSURE)
    assert one(found, 7).subject == ""
    found = figs("1—9月，新河区PM2.5平均浓度为35.1微克/立方米。", **RANKING)
    assert one(found, 35.1).subject == "新河区"


def test_a_breakdown_by_place_gives_each_place_the_count_broken_down():
    """…扬尘问题38个，其中北山县15个、南湖区11个: each count is the places' share of the problems, the place its
    subject (was: the metric 北山县, and 南湖区's count given to 北山县)."""
    found = figs("9月份市级巡查共发现建筑工地扬尘问题38个，其中北山县15个、南湖区11个。", **RANKING)
    assert [(one(found, v).subject, one(found, v).metric) for v in (15, 11)] == [
        ("北山县", one(found, 38).metric), ("南湖区", one(found, 38).metric)]
    assert "扬尘问题" in one(found, 38).metric
    found = figs("全年共收到申请72件，其中当面申请8件、网络申请50件。", **DISCLOSURE)
    assert [(one(found, v).subject, one(found, v).metric) for v in (8, 50)] == [("", "当面申请"), ("", "网络申请")]


def test_signed_change_and_index_columns_of_a_ranking_table():
    """县区 | PM2.5浓度（微克/立方米） | 同比变化（%） | 综合指数 | 排名: -6.1 is a fall, +2.4 a rise; the index is read
    without a unit; the rank column gives nothing."""
    from build_tools.extract.figures import extract_figures
    from build_tools.model import Document, Metadata, Paragraph

    table = Paragraph(id="p1", text="", role="table", cells=[
        ["县区", "PM2.5浓度（微克/立方米）", "同比变化（%）", "综合指数", "排名"],
        ["北山县", "27.4", "-6.1", "3.21", "1"],
        ["南湖区", "36.2", "+2.4", "4.05", "2"]])
    doc = Document(id="d", title=RANKING["title"], date=RANKING["date"], genre="notice", paragraphs=[
        Paragraph(id="p0", text="表1 2024年1—9月各县区环境空气质量排名", role="caption"), table])
    found = extract_figures(doc, Metadata(date=RANKING["date"], region=RANKING["region"]))
    assert (one(found, 6.1).direction, one(found, 6.1).subject) == ("down", "北山县")
    assert (one(found, 2.4).direction, one(found, 2.4).subject) == ("up", "南湖区")
    assert (one(found, 4.05).subject, one(found, 4.05).unit) == ("南湖区", "")
    assert not [f for f in found if f.value == 2 and f.unit == ""]


def test_a_move_in_a_ranking_is_no_count_of_people():
    found = figs("与1—8月相比，北山县排名上升3位，南湖区排名下降2位，新增注册志愿者5位。", **RANKING)
    assert [f.value for f in found] == [5]


def test_what_the_previous_year_carried_over_is_a_count_of_the_reported_year():
    found = figs("全年共收到政府信息公开申请72件；上年结转申请4件。", **DISCLOSURE)
    assert one(found, 4).period == "2023"


def test_the_statistical_period_and_what_did_not_happen_give_no_timeline_entry():
    kw = {"date": DISCLOSURE["date"], "title": DISCLOSURE["title"], "genre": "report"}
    assert not events_of("报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。", **kw)
    assert not events_of("本年度未收取信息处理费。", **kw)
    assert events_of("2023年，全县未发生泄密事件，审查拟公开信息2470条。", **kw)  # (a figure: a dated fact)


def test_the_channel_and_a_word_opening_with_ke_stay_out_of_or_in_the_name():
    """通过…门户网站 says how information was published, not what (was 网站主动公开政府信息); 可 of 可吸入颗粒物 is part
    of the name (was 吸入颗粒物)."""
    found = figs("全年通过市政府门户网站主动公开政府信息4210条，通过政务服务平台办理事项12.6万件。", **DISCLOSURE)
    assert (one(found, 4210).metric, one(found, 12.6).metric) == ("主动公开政府信息", "办理事项")
    found = figs("1—9月，全市可吸入颗粒物（PM10）平均浓度为49.6微克/立方米。", **RANKING)
    assert one(found, 49.6).metric.startswith("可吸入颗粒物")


def test_places_listed_before_fenbie_each_take_their_figure():
    found = figs("对照年度目标，北山县、南湖区PM2.5平均浓度分别超出年度目标值3.1微克/立方米和1.7微克/立方米。", **RANKING)
    assert (one(found, 3.1).subject, one(found, 1.7).subject) == ("北山县", "南湖区")
    found = figs("工业、农业分别增长6.1%和3.2%。", **RANKING)  # (no places: no subject)
    assert (one(found, 6.1).subject, one(found, 3.2).subject) == ("", "")

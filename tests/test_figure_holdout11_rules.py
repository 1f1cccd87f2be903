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

"""Rules found on a county news article on the progress of autumn sowing written for the purpose (截至11月20日…, a
portal page pasted as text): sentences invented for each rule, expectations read by hand."""

from __future__ import annotations

from build_tools.clean.furniture import _is_web
from tests.event_docs import timeline
from tests.test_figure_attributes import figs, one

NEWS = {"date": "2025-11-21", "region": "青潭县", "genre": "news", "title": "我县秋冬种工作进展顺利"}


def test_ahead_of_or_behind_the_base_is_a_change_up_or_down():
    """比去年同期快3.5个百分点 (ahead), 慢2.1个百分点 (behind): changes of the progress against the base, not a metric
    named 进度慢."""
    found = figs("截至11月20日，全县已完成秋冬种面积42.6万亩，占计划面积的91.2%，比去年同期快3.5个百分点。", **NEWS)
    f = one(found, 3.5)
    assert (f.kind, f.direction, f.comparison, f.period) == ("growth", "up", "比去年同期", "2025-11-20")
    f = one(figs("全县小麦收获进度比去年同期慢2.1个百分点。", **NEWS), 2.1)
    assert (f.metric, f.direction) == ("小麦收获进度", "down")


def test_a_clause_of_purpose_is_no_goal_of_the_figure_after_it():
    """为确保应种尽种，县财政安排…资金1200万元: the money was allocated (a news report's actual), 确保 says what for;
    a goal stated in the main clause stays a target."""
    assert one(figs("为确保应种尽种，县财政安排秋冬种专项资金1200万元。", **NEWS), 1200).status == "actual"
    assert one(figs("为确保应种尽种，今年力争秋冬种面积达到47万亩。", **NEWS), 47).status == "target"


def test_a_count_of_towns_reached_is_no_place_of_the_indicator_before():
    """…平均降水量42.8毫米。…深入18个乡镇开展指导服务: 18 towns reached, not the towns' precipitation."""
    found = figs("10月以来，全县平均降水量42.8毫米。技术服务组深入18个乡镇开展指导服务。", **NEWS)
    assert "降水" not in one(found, 18).metric


def test_a_grant_per_unit_named_per_unit_is_not_named_twice():
    f = one(figs("对集中连片种植50亩以上的种粮大户每亩补贴30元。", **NEWS), 30)
    assert f.metric.count("每亩") == 1


def test_a_sites_name_alone_is_page_furniture():
    for line in ("青潭县人民政府门户网站", "岚州市人民政府网", "蔺阳新闻网"):
        assert _is_web(line), line
    for line in ("我县秋冬种工作进展顺利", "全市建成5G基站1200个，实现城区全覆盖"):
        assert not _is_web(line), line


def test_an_as_of_day_in_november_is_no_task_of_next_year():
    """截至11月20日 in an article of 21 November: the state reached that day (占计划面积的91.2% is the share of the plan
    done, no intent), dated 2025-11-20, not a target of 2026."""
    text = "截至11月20日，全县已完成秋冬种面积42.6万亩，占计划面积的91.2%，比去年同期快3.5个百分点。"
    events = timeline(text, date="2025-11-21", title=NEWS["title"], genre="news")
    assert [(e.date, e.kind) for e in events] == [("2025-11-20", "event")]


def test_a_season_characterized_is_not_the_time_of_what_follows():
    """会议指出，3月至5月是森林火灾高发期，全县已组建专业扑火队伍12支: the teams are formed as of the meeting (March
    2026), not over March-May; the characterization gives no timeline entry of its own."""
    meeting = {"date": "2026-03-12", "region": "岚溆县", "genre": "news", "title": "县政府召开第45次常务会议"}
    text = "会议指出，3月至5月是森林火灾高发期，全县已组建专业扑火队伍12支、360人。"
    assert one(figs(text, **meeting), 12).period == "2026-03"
    assert timeline(text, date="2026-03-12", title=meeting["title"], genre="news") == []
    # a dated fact after its date is still dated by it
    assert one(figs("3月至5月，全县共组建专业扑火队伍12支。", **meeting), 12).period == "2026-03/2026-05"


def test_an_area_allocated_is_named_by_the_noun_phrase_after_it():
    """每年安排不少于5000亩新增建设用地指标: the area measures the new construction land quota (新增 opens the noun
    phrase; it is no predicate of the number), a standing requirement."""
    plan = {"date": "2026-02-10", "region": "蔺溪市", "genre": "plan", "title": "蔺溪市2026年优化营商环境工作要点"}
    f = one(figs("每年安排不少于5000亩新增建设用地指标用于重点产业项目。", **plan), 5000)
    assert (f.metric, f.status) == ("每年新增建设用地指标", "requirement")


def test_a_schemes_year_as_the_object_of_an_act_dates_no_figure():
    """截至11月6日，全区已有…完成2026年度参保缴费，占年度目标任务的78.4% in a news item of November 2025: 2026年度 is
    the insurance year the enrolment is for, not the time of the share (it had been dated 2026)."""
    news = {"date": "2025-11-10", "region": "禾西区", "genre": "news", "title": "我区城乡居民医保集中参保缴费工作有序推进"}
    f = one(figs("截至11月6日，全区已有28.6万人完成2026年度参保缴费，占年度目标任务的78.4%，比去年同期提高5.3个百分点。",
                 **news), 78.4)
    assert f.period.startswith("2025")
    # a year that dates what is counted still does
    assert one(figs("2026年度全区计划新增参保5000人。", **news), 5000).period == "2026"

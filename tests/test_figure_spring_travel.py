"""A transport bureau's plan for the Spring Festival travel season, read by hand (sentences invented for these tests,
not those of any fixture or of the untuned document that prompted the rules): a season dated by its first and last
day (春运自…开始，至…结束) dates its later mentions and the clauses they lend to; 预计 after the estimate's ground
(综合分析，预计…；…) governs the clauses after ；; a continuous driving time is a figure; 日均 is a word; the purpose
formula of a plan is no event, and a span said by its first and last day is one period on the timeline."""

from __future__ import annotations

from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import figure_row
from tests.event_docs import timeline
from tests.test_figure_attributes import figs, one

PLAN = {"date": "2026-01-12", "region": "溧川市", "genre": "plan", "title": "溧川市2026年春运工作方案"}


def _english(f) -> str:
    return figure_row(f, get_glossary(), Context(province="", city="")).text


def test_a_season_dated_by_its_first_and_last_day_dates_its_estimates() -> None:
    found = figs("2026年春运自2月2日开始，至3月13日结束，共40天。",
                 "综合研判，预计今年春运期间全市发送旅客980万人次，同比增长4.8%；铁路发送旅客210万人次。",
                 "2025年春运期间，全市共发送旅客935万人次。", **PLAN)
    for value in (980, 4.8, 210):
        f = one(found, value)
        assert (f.period, f.status) == ("2026-02-02/2026-03-13", "forecast"), value
    assert (one(found, 935).period, one(found, 935).status) == ("2025", "actual")  # (last year's season)
    assert _english(one(found, 210)).endswith("2 February to 13 March 2026 (estimate)")


def test_a_continuous_driving_time_and_a_daily_average() -> None:
    found = figs("驾驶员日间连续驾驶时间不得超过4小时，每次停车休息时间不少于20分钟。", "预计高速公路车流量日均达到16.2万辆次。",
                 "全县连续3天出现大雾。", **PLAN)
    drive = one(found, 4)
    assert (drive.metric, drive.unit, drive.status) == ("驾驶员日间连续驾驶时间", "小时", "requirement")
    assert one(found, 16.2).metric == "高速公路车流量日均"
    assert all(f.value != 3 for f in found)  # (连续3天: a span of the weather, no figure)


def test_the_purpose_formula_is_no_event_and_a_span_is_one_period() -> None:
    events = timeline("为做好2026年春运工作，确保群众安全出行，结合我市实际，制定本方案。",
                      "2026年春运自2月2日开始，至3月13日结束，共40天。", date=PLAN["date"], title=PLAN["title"],
                      genre="plan")
    assert [e.date for e in events] == ["2026-02-02/2026-03-13"]


def test_a_stock_in_days_of_use_is_named_before_the_number() -> None:
    f = one(figs("1月下旬，全市红细胞库存一度降至2.8天用量。", **PLAN), 2.8)
    assert (f.metric, f.unit, f.direction) == ("红细胞库存", "天", "down")


def test_the_plans_title() -> None:
    from build_tools.translate.titles import TitleRenderer

    title = TitleRenderer(get_glossary()).title("溧川市2026年春运工作方案", issuer="", region="")
    assert getattr(title, "text", title) == "Lichuan Work Plan for Spring Festival Travel in 2026"


def test_a_seasons_work_opened_on_its_first_day_runs_from_it() -> None:
    # (收购自9月20日…起全面展开 … 截至11月25日，累计收购…; a county's 累计收购 later, undated: to the same day; the
    # purchase points set up and the prices keep their own time)
    news = {"date": "2025-11-28", "region": "沅州市", "genre": "news", "title": "我市秋粮收购进展顺利"}
    found = figs("今年秋粮收购自9月20日新粮上市起全面展开。",
                 "截至11月25日，全市累计收购秋粮48.2万吨，同比增长6.1%。",
                 "分县看，北溪县累计收购12.4万吨。全市设立收购网点96个。目前，玉米平均收购价格为每斤1.12元。", **news)
    assert one(found, 48.2).period == "2025-09-20/2025-11-25"
    assert one(found, 6.1).period == "2025-09-20/2025-11-25"
    assert one(found, 12.4).period == "2025-09-20/2025-11-25"
    assert "/" not in one(found, 96).period
    assert "/" not in one(found, 1.12).period


def test_this_winter_and_next_spring_is_november_to_april() -> None:
    # (今冬明春 in a speech of November: the season's works, not the year after; in a March text, last winter's)
    speech = {"date": "2025-11-20", "region": "沅州市", "genre": "speech", "title": "在全市冬春农田水利建设动员会上的讲话"}
    f = one(figs("今冬明春全市计划实施农田水利冬修项目318处。", **speech), 318)
    assert (f.period, f.status) == ("2025-11/2026-04", "target")
    spring = dict(speech, date="2026-03-10")
    assert one(figs("今冬明春以来，全市完成农田水利冬修项目296处。", **spring), 296).period == "2025-11/2026-04"


def test_a_sentence_opening_with_its_own_season_is_not_dated_by_the_day_before() -> None:
    # (3月12日，…义务植树活动启动…。今春全市累计参加义务植树…: the spring's count, not the launch day's; 植树…万株 in
    # English)
    news = {"date": "2026-04-28", "region": "沅州市", "genre": "news", "title": "沅州市春季造林绿化工作全面完成"}
    found = figs("3月12日，全市义务植树活动在青龙山启动。今春全市累计参加义务植树9.4万人次，植树31.5万株。", **news)
    assert one(found, 9.4).period != "2026-03-12"
    trees = one(found, 31.5)
    assert trees.period != "2026-03-12"
    assert _english(trees).startswith("Trees planted: 315,000")

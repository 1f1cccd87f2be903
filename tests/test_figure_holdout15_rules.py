"""Figure rules added after the fifteenth held-out measurement (issue 11: a city's monthly price release in HTML, a
county's rural revitalization summary and plan in DOCX); sentences invented for each rule, expectations read by
hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

RELEASE = {"date": "2024-09-12", "region": "栖川市", "title": "2024年8月份栖川市工业生产者价格变动情况",
           "genre": "statistics"}


def test_an_undated_sentence_of_a_monthly_release_is_of_the_month_it_reports():
    """A release of 12 September on August: 其中，轻工业下降1.1% names no month, yet is August's, not 12 September's."""
    found = figs("8月份，全市工业生产者出厂价格下降0.9%。", "其中，轻工业下降1.1%，重工业下降0.7%。", **RELEASE)
    assert [one(found, v).period for v in (0.9, 1.1, 0.7)] == ["2024-08"] * 3


def test_an_undated_sentence_of_a_news_article_keeps_its_date():
    """A news article (not a release) on a period its title names keeps the rules it had: 目前 is its date."""
    found = figs("目前，全市共有养老机构86家。", date="2024-09-12", title="栖川市8月份养老服务工作综述", genre="article")
    assert one(found, 86).period != "2024-08"


SUMMARY_AND_PLAN = {"date": "2024-01-12", "region": "栖川县", "title": "栖川县2023年农业农村工作总结和2024年工作要点",
                    "genre": "report"}


def test_a_summary_and_plan_reads_last_year_and_this_year_from_its_date():
    """A summary of 2023 and plan of 2024, dated January 2024: 去年 is 2023 (not 2022), 比上年 a change over 2022,
    今年 2024 (not 2023), although the period it reports is 2023."""
    found = figs("去年，全县农村居民人均可支配收入达到21360元，比上年增加1520元。",
                 "今年计划新建高标准农田1.8万亩。", **SUMMARY_AND_PLAN)
    assert (one(found, 21360).period, one(found, 1520).base_period) == ("2023", "2022")
    assert (one(found, 1.8).period, one(found, 1.8).status) == ("2024", "target")


def test_a_communique_still_reads_its_relative_years_from_the_year_it_reports():
    """A communiqué of 2023 published in 2024 names no later year: its 比上年 stays a change over 2022."""
    found = figs("全年粮食总产量42.6万吨，比上年增长1.3%。", date="2024-03-20",
                 title="栖川县2023年国民经济和社会发展统计公报", genre="statistics")
    assert (one(found, 42.6).period, one(found, 1.3).base_period) == ("2023", "2022")


def test_a_summary_and_plans_deadlines_are_this_years_targets():
    """Said in January 2024 in a plan for 2024: 12月底前完成… is a target of December 2024, not an event of 2023;
    去年以来 said in January is 2023."""
    from tests.test_events import events_of

    found = events_of("去年以来，全县各项工作取得新进展。", "各乡镇要于12月底前完成全年工作考核。",
                      date="2024-01-12", title=SUMMARY_AND_PLAN["title"], genre="report", reporting_period="2023")
    assert [(e.date, e.kind) for e in found] == [("2023", "period"), ("2024-12", "target")]

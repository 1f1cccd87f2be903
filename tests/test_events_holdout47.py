"""Timeline rules added after the forty-seventh held-out measurement: a year's review published in January (the day
of the press conference its lead opens with), a village's disclosure (the disclosure period as a field line);
sentences invented for the rules, expectations read by hand."""

from __future__ import annotations

from tests.event_docs import timeline

REVIEW = "栖川市公安局通报2025年全市社会治安形势"


def test_a_bare_day_just_before_publication_is_the_news_day():
    """A review of 2025 published on 2026-01-12 is read against the end of 2025, but its lead 1月10日上午，…召开…
    新闻发布会 is the day of the news (2026-01-10), not 10 January 2025; a bare month of the review stays 2025."""
    events = timeline("1月10日上午，栖川市公安局召开新闻发布会，通报全年公安工作情况。",
                      "6月，全市开展夏季治安打击整治行动，破获刑事案件320起。",
                      date="2026-01-12", title=REVIEW, genre="article", reporting="auto")
    (lead,) = [e for e in events if e.text.startswith("1月10日")]
    (month,) = [e for e in events if e.text.startswith("6月")]
    assert (lead.date, lead.kind) == ("2026-01-10", "event")
    assert month.date == "2025-06"


def test_a_bare_day_long_before_publication_stays_in_the_year_reviewed():
    """3月15日，… in the same review is a day of 2025 (it is months before publication)."""
    (e,) = timeline("3月15日，全市启动打击电信网络诈骗专项行动，当月破获案件46起。",
                    date="2026-01-12", title=REVIEW, genre="article", reporting="auto")
    assert e.date == "2025-03-15"


def test_a_field_line_naming_a_disclosure_period_is_a_period():
    """公示期：2025年7月8日至7月15日。 is three characters before its dates, yet the statement of the disclosure's
    period; a bare date line stays no entry."""
    (e,) = timeline("公示期：2025年7月8日至7月15日。", date="2025-07-08", title="石桥村2025年第二季度村级财务公开",
                    genre="notice")
    assert (e.date, e.kind) == ("2025-07-08/2025-07-15", "period")
    assert timeline("2025年7月8日", date="2025-07-08", title="石桥村2025年第二季度村级财务公开", genre="notice") == []


def test_a_bare_day_after_the_lead_keeps_the_year_reviewed():
    """Only the lead (the first paragraph) tells the news day: 1月5日，… in a later paragraph of the same review (a
    chronicle's entry of January) is a day of 2025."""
    events = timeline("栖川市公安局近日通报全年公安工作情况。", "1月5日，全市启动冬季治安巡防行动，出动警力1200人次。",
                      date="2026-01-12", title=REVIEW, genre="article", reporting="auto")
    (e,) = [e for e in events if e.text.startswith("1月5日")]
    assert e.date == "2025-01-05"

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

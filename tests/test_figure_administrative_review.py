"""A justice bureau's report on administrative review and litigation, read by hand (sentences invented for these
tests, not those of any fixture or of the untuned document that prompted the rules): the city level's own count
(市本级共收到…) names what was received; a bare act after a count and its growth (…件，同比增长…，其中受理…件) is of
the count's object; 和解 is a word, not a conjunction; English."""

from __future__ import annotations

from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import figure_row
from tests.test_figure_attributes import figs, one

REPORT = {"date": "2026-01-28", "region": "泷川市", "genre": "report",
          "title": "泷川市司法局关于2025年度行政复议和行政应诉工作情况的报告"}


def _english(f) -> str:
    return figure_row(f, get_glossary(), Context(province="", city="")).text


def test_a_bare_act_after_a_count_and_its_growth_is_of_the_counts_object() -> None:
    found = figs("2025年，市本级共收到行政复议申请932件，同比增长18.4%，其中受理861件。", **REPORT)
    received = one(found, 932)
    assert received.metric == "收到行政复议申请"
    assert _english(received) == "Applications for administrative review received: 932, 2025"
    accepted = one(found, 861)
    assert accepted.metric == "行政复议申请受理"
    assert _english(accepted) == "Applications for administrative review accepted: 861, 2025"


def test_a_budget_of_the_city_level_keeps_its_word() -> None:
    assert one(figs("2025年，市本级一般公共预算收入42.6亿元。", **REPORT), 42.6).metric.startswith("市本级")


def test_settlement_is_a_word() -> None:
    f = one(figs("全年通过调解、和解方式结案57件。", **REPORT), 57)
    assert f.metric == "和解方式结案"
    assert _english(f) == "Cases closed by mediation or settlement: 57, 2025"


def test_the_reports_title() -> None:
    from build_tools.translate.titles import TitleRenderer

    title = TitleRenderer(get_glossary()).title(REPORT["title"], issuer="泷川市司法局", region="泷川市")
    assert getattr(title, "text", title) == (
        "Report of the Longchuan Municipal Justice Bureau on Administrative Review and Responses to Administrative "
        "Lawsuits in 2025")

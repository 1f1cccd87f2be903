"""A policy interpretation of a childcare subsidy, read by hand (sentences invented for these tests): an amount paid
per head at a standard named after the number (按每孩每年3600元的标准发放育儿补贴 -> 育儿补贴标准, 元/孩·年), an
estimate (经测算) and the breakdown of it in the next sentence (其中，…: estimates of the same year), the estimate on
the timeline, and their English."""

from __future__ import annotations

import pytest

from build_tools.extract.events import extract_events
from build_tools.extract.reporting import reporting_period
from build_tools.model import Document, Metadata, Paragraph
from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import figure_row
from tests.test_figure_attributes import figs, one

INTERPRETATION = {"date": "2025-09-20", "region": "沣阳市", "genre": "policy",
                  "title": "《沣阳市育儿补贴实施办法》政策解读"}


def _figs(*texts: str):
    return figs(*texts, **INTERPRETATION)


def _english(f) -> str:
    return figure_row(f, get_glossary(), Context(province="", city="")).text


@pytest.mark.parametrize(("text", "value", "metric", "unit", "english"), [
    ("对3周岁以下婴幼儿，按每孩每年3600元的标准发放育儿补贴。", 3600, "育儿补贴标准", "元/孩·年",
     "Childcare subsidy standard: CNY 3,600 per child per year (requirement)"),
    ("对生育三孩的家庭，每孩每年再增发1500元地方补贴。", 1500, "地方补贴", "元/孩·年",
     "Local subsidies: CNY 1,500 per child per year (requirement)"),
    ("对失能老人按照每人每月300元标准发放护理补贴。", 300, "护理补贴标准", "元/人·月", None),
    # a rate's unit read already without its time: the time is added
    ("按每人每月500元的标准发放生活补贴。", 500, "生活补贴标准", "元/人·月", None),
])
def test_an_amount_paid_per_head_at_a_standard(text: str, value: float, metric: str, unit: str,
                                                english: str | None) -> None:
    f = one(_figs(text), value)
    assert (f.metric, f.unit, f.status) == (metric, unit, "requirement")
    if english:
        assert _english(f) == english


def test_an_amount_per_head_without_a_payment_named_is_left_as_it_is() -> None:
    f = one(_figs("每孩每年3600元，由中央财政和地方财政共同承担。"), 3600)
    assert f.metric != "标准" and "补贴" not in f.metric


def test_an_estimate_and_its_breakdown_are_estimates_of_its_year() -> None:
    found = _figs("经测算，2025年全市需发放育儿补贴约3.1亿元，惠及婴幼儿约8.4万名。其中，中央财政补助资金约2.5亿元，"
                  "市级财政安排配套资金4100万元。")
    assert {(f.value, f.status, f.period) for f in found} == {
        (3.1, "forecast", "2025"), (8.4, "forecast", "2025"), (2.5, "forecast", "2025"), (4100, "forecast", "2025")}
    assert _english(one(found, 2.5)) == "Subsidy funds from the central government: about CNY 250 million, 2025 (estimate)"


def test_the_breakdown_of_actual_figures_stays_actual() -> None:
    found = figs("2024年全市发放育儿补贴2.9亿元。其中，中央财政补助资金2.3亿元。", date="2025-03-10", region="沣阳市",
                 genre="report", title="沣阳市2024年育儿补贴发放情况")
    assert one(found, 2.3).status == "actual"


def test_an_estimate_on_the_timeline_is_a_forecast() -> None:
    paras = [Paragraph(id="p1", text="经测算，2025年全市需发放育儿补贴约3.1亿元，惠及婴幼儿约8.4万名。"),
             Paragraph(id="p2", text="2024年，全市发放育儿补贴2.2亿元。")]
    doc = Document(id="d", title=INTERPRETATION["title"], date="2025-09-20", genre="policy", paragraphs=paras)
    meta = Metadata(date="2025-09-20", region="沣阳市")
    doc.reporting_period = reporting_period(doc, meta)
    kinds = {e.paragraph: e.kind for e in extract_events(doc, meta)}
    assert kinds["p1"] == "forecast"
    assert kinds.get("p2", "event") == "event"  # (a closed year's payment happened)


def test_a_measure_by_calculation_of_what_is_stays_actual() -> None:
    # 据测算 of a present distribution (no 需/将: nothing still to come)
    f = one(figs("据测算，全市约78.2%的居民用户年用水量在第一阶梯以内。", date="2025-11-05", region="沣阳市", genre="notice",
                 title="关于调整居民生活用水价格的听证公告"), 78.2)
    assert f.status == "actual"


@pytest.mark.parametrize(("text", "english"), [
    ("近日，沣阳市人民政府办公室印发《沣阳市育儿补贴实施办法》（沣政办发〔2025〕17号，以下简称《办法》）。",
     "Recently, the General Office of the Fengyang Municipal People's Government issued the Fengyang Measures for the "
     "Implementation of Childcare Subsidies (Feng Zheng Ban Fa [2025] No. 17)."),
    ("日前，市政府印发《沣阳市育儿补贴实施办法》。",
     "Recently, the Fengyang Municipal People's Government issued the Fengyang Measures for the Implementation of "
     "Childcare Subsidies."),
    ("近日，全市各地积极开展宣传活动。", None),  # (no document issued: no frame)
])
def test_a_document_issued_recently_in_a_summary(text: str, english: str | None) -> None:
    from build_tools.translate.event_frames import recently_issued

    assert recently_issued(text, get_glossary(), "沣阳市") == english


def test_a_rule_taking_effect_with_its_standard_on_the_timeline() -> None:
    from build_tools.extract.figures import extract_figures
    from build_tools.translate.timeline import event_english

    paras = [Paragraph(id="p1", text="自2025年1月1日起，对3周岁以下婴幼儿，按每孩每年3600元的标准发放育儿补贴。")]
    doc = Document(id="d", title=INTERPRETATION["title"], date="2025-09-20", genre="policy", paragraphs=paras)
    meta = Metadata(date="2025-09-20", region="沣阳市")
    doc.reporting_period = reporting_period(doc, meta)
    doc.figures = extract_figures(doc, meta)
    (event,) = [e for e in extract_events(doc, meta) if e.date == "2025-01-01"]
    t = event_english(doc, event, get_glossary(), Context(province="", city=""))
    assert (t.text, t.status) == ("From 1 January 2025 — childcare subsidy standard: CNY 3,600 per child per year.",
                                  "derived")

"""A stock at the edge of its period (issue 11: period; issue 12: English style). 年末 is the end of the year, not
December: the row says "end of 2024" (NBS communiqués: "At the end of 2023, ..."), the Chinese page "2024年末", and
the data carry ``edge``. Sentences invented for these tests; expectations written from the Chinese."""

from __future__ import annotations

from build_tools.extract.dates import Anchor, find_dates
from build_tools.model import Figure
from build_tools.render.i18n import figure_period
from build_tools.translate.comparisons import context_for
from build_tools.translate.glossary import get_glossary
from build_tools.translate.periods import edge_period
from build_tools.translate.rows import figure_row
from tests.test_figure_attributes import figs, one

COMMUNIQUE = {"date": "2025-03-12", "region": "柏川县", "genre": "statistics",
              "title": "柏川县2024年国民经济和社会发展统计公报"}


def _edges(text: str) -> list[tuple[str, str]]:
    return [(d.iso, d.edge) for d in find_dates(text, Anchor.from_iso("2024-06-01"))]


def test_dates_know_their_edge() -> None:
    assert _edges("年末") == [("2024-12", "end")]
    assert _edges("截至2023年底") == [("2023-12", "end")]
    assert _edges("三季度末") == [("2024-09", "end")]
    assert _edges("6月末") == [("2024-06", "end")]
    assert _edges("年初") == [("2024-01", "start")]
    assert _edges("到2025年底") == [("2025-12", "end")]
    assert _edges("6月底前")[0][1] == "end"  # by the end of June
    # a whole month, a year: no edge
    assert _edges("12月份") == [("2024-12", "")]
    assert _edges("2024年12月") == [("2024-12", "")]
    assert _edges("2024年") == [("2024", "")]


def test_a_year_end_stock_is_at_the_end_of_the_communiques_year() -> None:
    found = figs("年末全县户籍人口120.5万人，比上年末减少0.3万人。", "12月份，全县用电量3.2亿千瓦时。",
                 "全年粮食产量50万吨。", **COMMUNIQUE)
    population = one(found, 120.5)
    assert (population.period, population.edge) == ("2024-12", "end")
    assert one(found, 0.3).edge == ""  # the change over the year is of the year (period 2024), no edge
    assert (one(found, 3.2).period, one(found, 3.2).edge) == ("2024-12", "")  # December's consumption
    assert one(found, 50).edge == ""


def test_a_work_reports_year_end_and_a_level_against_last_year_end() -> None:
    # a work report of February 2025 reviewing 2024: 年末 is the end of 2024 (the anchor is 2025)
    review = {"date": "2025-02-20", "region": "柏川县", "genre": "report", "title": "2025年柏川县人民政府工作报告"}
    found = figs("过去一年，全县经济稳中有进。年末全县常住人口41.3万人。",
                 "高新技术企业总数达到126家，比上年末净增15家。", **review)
    assert (one(found, 41.3).period, one(found, 41.3).edge) == ("2024-12", "end")
    assert (one(found, 126).period, one(found, 126).edge) == ("2024-12", "end")


def test_the_edge_of_a_date_earlier_in_the_paragraph() -> None:
    # the paragraph opens with 年末; the next sentence's stock is at the same year end
    found = figs("年末全县共有养老机构18个。全县共有社区养老服务设施126个。", **COMMUNIQUE)
    assert (one(found, 126).period, one(found, 126).edge) == ("2024-12", "end")


def test_mid_year_and_start_of_year_stocks() -> None:
    found = figs("截至6月末，全县金融机构人民币存款余额320亿元。年初全县有市场主体2.1万户。", date="2024-07-20",
                 region="柏川县", genre="news", title="上半年柏川县经济运行情况")
    assert (one(found, 320).period, one(found, 320).edge) == ("2024-06", "end")
    assert (one(found, 2.1).period, one(found, 2.1).edge) == ("2024-01", "start")


def test_english_and_chinese_periods_of_an_edge() -> None:
    assert edge_period("2024-12", "end") == "end of 2024"
    assert edge_period("2024-06", "end") == "end of June 2024"
    assert edge_period("2024-01", "start") == "beginning of 2024"
    assert edge_period("2024-12", "") == "December 2024"
    assert edge_period("2024", "end") == "2024"  # a year has no month to be the edge of
    fig = Figure(metric="户籍人口", value=120.5, unit="万人", sentence="年末全县户籍人口120.5万人。", paragraph="p1",
                 kind="count", period="2024-12", text="120.5万人", edge="end")
    assert figure_row(fig, get_glossary(), context_for("", get_glossary())).text.endswith(", end of 2024")
    assert figure_period(fig, "zh") == "2024年末"
    fig.period, fig.edge = "2024-06", "end"
    assert figure_period(fig, "zh") == "2024年6月末"
    fig.edge = ""
    assert figure_period(fig, "zh") == "2024-06"


def test_the_base_of_a_change_from_a_year_end() -> None:
    found = figs("全县贫困发生率由2015年底的6.9%下降到2018年底的1.7%。", date="2019-03-12", region="柏川县",
                 genre="report", title="柏川县政府工作报告")
    rate = one(found, 1.7)
    assert (rate.period, rate.edge, rate.base_period, rate.base_edge) == ("2018-12", "end", "2015-12", "end")
    text = figure_row(rate, get_glossary(), context_for("", get_glossary())).text
    assert text == "Poverty headcount ratio: down from 6.9% (end of 2015) to 1.7%, end of 2018"


def test_the_indicators_page_says_end_of_year() -> None:
    """The seeds' year-end stocks (Chaoyang, 到2018年底…贫困发生率…1.7%) read 'End of 2018' in the English Period
    column and '2018年末' in the Chinese one, never 'December 2018'."""
    from build_tools.model import Document, Metadata, Source
    from build_tools.render.indicators import Point
    fig = Figure(metric="贫困发生率", value=1.7, unit="%", sentence="到2018年底，贫困发生率下降到1.7%。", paragraph="p1",
                 kind="share", period="2018-12", text="1.7%", edge="end")
    doc = Document(id="d", title="t", date="2019-03-01", paragraphs=[], figures=[fig])
    source = Source("s", "s.txt", "utf-8", Metadata(title="t", date="2019-03-01", region="朝阳市"))
    point = Point(source, doc, fig, 0)
    assert point.shown_when("en") == "end of 2018"
    assert point.shown_when("zh") == "2018年末"


def test_a_year_end_carried_from_an_earlier_paragraph_and_a_census_standard_time() -> None:
    # a census at its year-end standard time: the undated stocks of a later paragraph are of that year end
    found = figs("根据国务院统一部署，我县以2023年12月31日为标准时点，开展了第五次全国经济普查。",
                 "2023年末，全县共有法人单位8426个。", "在法人单位中，第二产业法人单位1684个。",
                 date="2025-03-20", region="柏川县", genre="statistics", title="柏川县第五次全国经济普查公报（第一号）")
    assert (one(found, 1684).period, one(found, 1684).edge) == ("2023-12", "end")


def test_a_lead_of_one_year_end_takes_the_article() -> None:
    from build_tools.translate.figure_lists import TIMELINE_LEADS, figure_list

    fig = Figure(metric="户籍人口", value=120.5, unit="万人", sentence="年末全县户籍人口120.5万人。", paragraph="p1",
                 kind="count", period="2024-12", text="120.5万人", edge="end")
    text = figure_list([fig], get_glossary(), context_for("", get_glossary()), TIMELINE_LEADS)
    assert text is not None and text.startswith("Figures for the end of 2024 — ")


def test_a_timeline_entry_at_a_year_end() -> None:
    from build_tools.extract.events import extract_events
    from build_tools.model import Document, Event, Metadata, Paragraph
    from build_tools.render.i18n import event_date

    doc = Document(id="d", title="t", date="2019-03-01", paragraphs=[
        Paragraph(id="p0", text="到2018年底，全县累计实施产业扶贫项目374个。"),
        Paragraph(id="p1", text="2018年12月，县城污水处理厂建成投用。")])
    events = extract_events(doc, Metadata(date="2019-03-01", region="柏川县"))
    by_text = {e.text[:6]: e for e in events}
    year_end = next(e for e in events if "产业扶贫" in e.text)
    month = next(e for e in events if "污水处理厂" in e.text)
    assert (year_end.date, year_end.edge) == ("2018-12", "end"), by_text
    assert (month.date, month.edge) == ("2018-12", "")
    assert event_date(year_end, "en") == "End of 2018" and event_date(year_end, "zh") == "2018年末"
    assert event_date(month, "en") == "December 2018"
    assert isinstance(year_end, Event)

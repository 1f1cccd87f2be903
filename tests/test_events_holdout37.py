"""Timeline rules added after the thirty-seventh held-out measurement: a release on electricity consumption whose
peak loads are dated by day inside a season of the year; sentences invented for the rules, expectations read by
hand."""

from __future__ import annotations

from build_tools.extract.events import extract_events
from build_tools.model import Document, Event, Metadata, Paragraph


def _events(date: str, title: str, *texts: str) -> list[Event]:
    paras = [Paragraph(id=f"p{i}", text=t) for i, t in enumerate(texts)]
    doc = Document(id="d", title=title, date=date, genre="statistics", paragraphs=paras)
    return extract_events(doc, Metadata(date=date))


def test_the_day_after_yu_dates_what_happened_inside_the_year_that_frames_it():
    """今年迎峰度夏期间，全市最高用电负荷于7月28日达到…: an event of 28 July, not of the whole year."""
    (e,) = _events("2025-10-20", "2025年1—9月栖川市电力运行情况",
                   "今年迎峰度夏期间，全市最高用电负荷于7月28日达到812.4万千瓦，创历史新高。")
    assert (e.date, e.kind) == ("2025-07-28", "event")


def test_a_year_alone_still_dates_a_sentence_without_a_day_after_yu():
    """今年全市新建投运…: no day after 于 in the sentence, the year dates it."""
    (e,) = _events("2025-10-20", "栖川市电力保供工作情况", "今年全市新建投运110千伏变电站6座，较上年多2座。")
    assert e.date == "2025"

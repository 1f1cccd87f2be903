"""Timeline rules added after the twenty-eighth held-out measurement (issue 11/12): the completion report of a
year's livelihood projects; sentences invented for the rules, expectations read by hand."""

from __future__ import annotations

from build_tools.extract.events import extract_events
from build_tools.model import Document, Event, Metadata, Paragraph


def _events(date: str, title: str, genre: str, *texts: str) -> list[Event]:
    paras = [Paragraph(id=f"p{i}", text=t) for i, t in enumerate(texts)]
    doc = Document(id="d", title=title, date=date, genre=genre, paragraphs=paras)
    return extract_events(doc, Metadata(date=date))


def test_a_share_of_the_plan_reached_is_no_word_of_intent():
    """截至2024年12月31日，…全部完成，完成投资12.6亿元，占计划投资的105% in the completion report of 2024: where
    things stood when the year closed (an event); 占计划投资的 names the plan as the whole of a share, no intent."""
    (e,) = _events("2025-01-20", "栖川市2024年为民办实事项目完成情况", "report",
                   "截至2024年12月31日，十项民生实事全部完成，完成投资12.6亿元，占计划投资的105%。")
    assert (e.date, e.kind) == ("2024-12-31", "event")
    (e,) = _events("2025-01-20", "栖川市2024年为民办实事项目完成情况", "report",
                   "2025年，计划实施民生实事项目12项，计划投资15亿元。")
    assert e.kind == "target"

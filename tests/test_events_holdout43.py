"""Timeline rules added after the forty-third held-out measurement: an announcement inviting bids (a field line
giving the window to obtain the documents, the look-back of a qualification); sentences invented for the rules,
expectations read by hand."""

from __future__ import annotations

from build_tools.extract.events import extract_events
from build_tools.model import Document, Event, Metadata, Paragraph


def _tender(*texts: str) -> list[Event]:
    paras = [Paragraph(id=f"p{i}", text=t) for i, t in enumerate(texts)]
    doc = Document(id="d", title="栖川县第一中学教学设备采购项目公开招标公告", date="2026-03-10", genre="notice",
                   paragraphs=paras)
    return extract_events(doc, Metadata(date="2026-03-10"))


def test_a_field_line_without_an_end_mark_is_a_whole_statement():
    """时间：2026年3月11日至2026年3月17日，每天上午9:00至11:30（法定节假日除外）: a field of the list, no end mark,
    still the window of the schedule; 报名时间：… with clock times the same."""
    (e,) = _tender("时间：2026年3月11日至2026年3月17日，每天上午9:00至11:30（法定节假日除外）")
    assert (e.date, e.kind) == ("2026-03-11/2026-03-17", "period")
    (e,) = _tender("报名时间：2026年3月11日9:00至3月13日17:00")
    assert (e.date, e.kind) == ("2026-03-11/2026-03-13", "period")


def test_the_look_back_of_a_qualification_is_no_event():
    """近三年（2023年1月1日以来）具有…业绩: the window past contracts are counted over, no dated fact; a deadline of
    the same announcement stays."""
    assert _tender("投标人近三年（2023年1月1日以来）具有不少于2个同类项目业绩。") == []
    assert _tender("投标人近3年（2023年1月1日以来）无重大违法记录。") == []
    (e,) = _tender("投标截止时间为2026年4月1日9时30分。")
    assert (e.date, e.kind) == ("2026-04-01", "target")

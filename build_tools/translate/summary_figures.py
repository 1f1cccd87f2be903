"""English for a summary sentence from the figures it states (issue 12): when every number of the sentence is a
key figure that renders (or a date), the sentence's data in the words of the key-figure rows, led as the timeline
leads them ("Figures for Q1-Q3 2025 — GDP: CNY 128.6 billion, +5.6% year on year; ..."). The lead says what the
English is: the data of the sentence, not a translation of its wording. Anything else stays Chinese (None)."""

from __future__ import annotations

import re

from ..model import Document, Event, TranslatedText
from .comparisons import Context
from .figure_lists import TIMELINE_LEADS, figure_list
from .glossary import Glossary
from .timeline import stated_in

_DIGITS = re.compile(r"[0-9０-９]")
# the time words of a sentence (2025年, 1—9月, 10月1日至8日, 第47周, 三季度末): the rows carry the periods; a
# guard only, no date is read here (the model's periods are the figures')
_TIME = re.compile(r"(?:[0-9０-９]{1,4}\s*[—–\-－~～至到]\s*)?第?[0-9０-９]{1,4}\s*(?:年度?|月份?|日|号|周|季度)"
                   r"(?:[—–\-－~～至到][0-9０-９]{1,4}\s*(?:年|月|日))?")  # (1—11月, １－９月: a span said once)
# a rank the rows carry (居全国第8位: the row's rank attribute says it)
_RANK = re.compile(r"第\s*[0-9０-９]{1,3}\s*(?:位|名)")
# a service line's or a platform's number (全国12315平台, 12345政务服务便民热线): a name, no figure
_LINE_NUMBER = re.compile(r"(?<![0-9０-９.])[0-9０-９]{3,6}"
                          r"(?=[\u4e00-\u9fff]{0,8}?(?:热线|平台|专线|服务台|报警|客户端|小程序))")
# what may stay of a sentence whose figures and time words are taken out: words and punctuation; a number left
# over is a figure the rows do not carry (the English would say less than the text): no English then
_SPACE = re.compile(r"\s+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# a sentence this long around one figure says more than the figure: it stays Chinese
LONG_SENTENCE = 60


def summary_figures(doc: Document, sentence: str, glossary: Glossary, ctx: Context) -> str | None:
    """The English of one summary sentence from its figures, or None (see the module)."""
    figures = stated_in(doc.figures, sentence)
    if not figures:
        return None
    text = rest = _SPACE.sub("", sentence)
    for f in sorted(figures, key=lambda f: -len(f.text)):
        rest = rest.replace(_SPACE.sub("", f.text), "")
    for number in sorted({n for f in figures for n in re.findall(r"\d+", f.metric + " " + f.subject)}):
        rest = re.sub(rf"(?<!\d){number}(?!\d)", "", rest)  # (12345热线: a number in a name the rows say)
    if any(f.rank for f in figures):
        rest = _RANK.sub("", rest)
    rest = _LINE_NUMBER.sub("", rest)
    if _DIGITS.search(_TIME.sub("", rest)):
        return None
    if len(figures) == 1 and len(_CJK.findall(text)) > LONG_SENTENCE:
        return None  # (…要按照“谁组织、谁转移”的原则…，在强降雨来临前６小时完成转移: a duty, not its one number)
    return figure_list(figures, glossary, ctx, TIMELINE_LEADS)



def summary_event(doc: Document, sentence: str, events: list[tuple[Event, TranslatedText]]) -> str | None:
    """A summary sentence that is a timeline entry of its own (1月3日，区委召开…全体会议。) and states no number beyond
    its date: the entry's English (chronicle_frames, event_frames), which says the whole act; else None."""
    key = _SPACE.sub("", sentence).rstrip("。；;")
    if stated_in(doc.figures, sentence) or _DIGITS.search(_TIME.sub("", key)):
        return None
    return next((item.text for event, item in events if item.status == "derived"
                 and _SPACE.sub("", event.text).rstrip("。；;") == key), None)

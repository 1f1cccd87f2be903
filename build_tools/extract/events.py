"""Dated statements (events) for timelines.

One event per dated clause of a body paragraph:

* Dates come from ``dates.find_dates`` anchored on the document's date (``document_anchor``); when a clause holds
  several dates the most precise one (then the first) dates the clause.
* ``text`` is the whole sentence when it is shorter than 80 characters, else the clause holding the date up to the
  next ；/。 (widened backwards when that is too short to mean anything, cut at a comma when too long).
* ``kind``: ``target`` for dates not in the past that are deadlines (到2025年, 11月10日前), lie after the document
  date, are governed by words of intent (力争, 确保, 计划, 将, 要 ...) or sit under a goals heading (工作目标);
  ``period`` for reporting periods (1—9月份, 上半年, “十三五”期间, 2016年以来) that introduce figures; else ``event``.
* Skipped: headings and furniture (bylines, signatures, date lines, notes), dates inside book titles 《…》 (names
  of other documents), comparison bases (比2019年增长, 较2015年, 与上年相比, 由2015年底的6.9%), and sentences
  with no content besides the date.
* ``sort_key`` is the start date padded to YYYY-MM-DD (missing month/day as 01); identical (date, text) pairs are
  kept once; events stay in reading order.
"""

from __future__ import annotations

import logging
import re

from ..model import Document, Event, Metadata
from .dates import Anchor, DateMatch, compare, find_dates, is_comparison, parse_iso, precision_rank
from .summary import SKIP_ROLES, is_goal_heading, sentence_spans

log = logging.getLogger(__name__)

SHORT_SENTENCE = 80  # a sentence shorter than this is the event text as a whole
MIN_TEXT = 20  # widen a clause shorter than this backwards
MAX_TEXT = 150  # cut a clause longer than this at a comma

_CLAUSE_BREAK = "，,；;：:"
_CLAUSE_END = "；;。！？!?"
_BOOK_TITLE = re.compile(r"《[^《》]{1,120}》")
_BASELINE_BEFORE = re.compile(r"(?:由|从)\s*$")
_TARGET_WORDS = re.compile(
    r"力争|确保|争取|目标|计划|预计|必保|务必|力求|预期|将要|即将|将(?![军领士])"
    r"|要(?<![主重需必只纪提简摘扼]要)(?![求素点闻件害职塞])|做好|抓好|冲刺"  # look-behind after 要: a faster scan
)
_FIGURE = re.compile(
    r"\d[\d.,]*\s*(?:%|％|个|万|亿|元|户|人|家|项|倍|吨|千米|公里|平方米|公顷|亩|千瓦|座|台|所|条|次|位|名|件|场)"
)
_PUNCT = "，,；;。！？!?：:、（）()《》“”"
# a year naming a publication or a list (发布的2023年全国政务热线服务质量评估报告), not the date of a statement
_NAMED = re.compile(r"报告|名单|榜单|排行|白皮书|公报|年鉴|清单|目录|指数|方案|规划|计划|要点")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_FOUR_CJK = re.compile(r"(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){4}")  # at least 4 Chinese characters
_BRACKETED = re.compile(r"\s*[（(].*[）)]\s*")  # a note in brackets: （此件公开发布）
_REPORT_TITLE = re.compile(r"((?:19|20)\d{2})\s*年.*(?:统计公报|年度报告|年报)")


def document_anchor(doc: Document, meta: Metadata) -> Anchor:
    """The date relative expressions are read against.

    The document's own date (from the metadata or its date line) first, refined by a more precise date that
    agrees with it (signing date, source metadata). A yearly report dated in the following year (a statistical
    communiqué of 2023 published in 2024) is anchored at the end of the year it reports on, so that 年末 and 上年
    mean what its authors meant.
    """
    candidates = [c for c in (doc.date, doc.signed, meta.date) if c]
    if not candidates:
        return Anchor(None)
    best = candidates[0]
    for c in candidates[1:]:
        if c.startswith(best) and len(c) > len(best):
            best = c
    anchor = Anchor.from_iso(best)
    m = _REPORT_TITLE.search(doc.title or "")
    if m and anchor.year is not None and int(m.group(1)) == anchor.year - 1:
        return Anchor(int(m.group(1)), 12, 31)
    return anchor


def _skip_match(text: str, m: DateMatch, titles: list[tuple[int, int]]) -> bool:
    if any(s <= m.start and m.end <= e for s, e in titles):
        return True  # part of the name of another document
    if is_comparison(text, m.start, m.end):
        return True
    before, after = text[max(0, m.start - 6):m.start], text[m.end:m.end + 6]
    if m.precision == "year" and m.kind == "point" and _names_something(text, m.end):
        return True
    return bool(_BASELINE_BEFORE.search(before) and after.lstrip().startswith("的"))


def _names_something(text: str, end: int) -> bool:
    """Whether the words right after a year form the name of a report or list: 2023年全国…评估报告."""
    if end >= len(text) or not _CJK.match(text[end]):
        return False
    stop = min((i for i in (text.find(c, end) for c in _PUNCT) if i >= 0), default=len(text))
    return bool(_NAMED.search(text, end, stop))


def _clause_bounds(sentence: str, pos: int) -> tuple[int, int]:
    start = max((sentence.rfind(c, 0, pos) for c in _CLAUSE_BREAK), default=-1) + 1
    ends = [i for i in (sentence.find(c, pos) for c in _CLAUSE_BREAK) if i >= 0]
    return start, min(ends) if ends else len(sentence)


def event_text(sentence: str, start: int, end: int) -> str:
    """The words of an event: the sentence if short, else its clause(s) from the date to the next ；/。."""
    if len(sentence) < SHORT_SENTENCE:
        return sentence
    lo, _ = _clause_bounds(sentence, start)
    ends = [i for i in (sentence.find(c, end) for c in _CLAUSE_END) if i >= 0]
    hi = min(ends) if ends else len(sentence)
    if hi < len(sentence) and sentence[hi] in "。！？!?":
        hi = len(sentence)  # the clause ends the sentence: keep its closing punctuation
    while hi - lo < MIN_TEXT and lo > 0:
        lo = max((sentence.rfind(c, 0, lo - 1) for c in _CLAUSE_BREAK), default=-1) + 1
    if hi - lo > MAX_TEXT:
        cut = max((sentence.rfind(c, end, lo + MAX_TEXT) for c in "，,"), default=-1)
        if cut > end:
            hi = cut
    return sentence[lo:hi].strip().rstrip("，,；;：:")


def _kind(m: DateMatch, anchor: Anchor, context: str, text: str, under_goal: bool) -> str:
    now = anchor.parts()
    lo, hi = parse_iso(m.first), parse_iso(m.last)
    past = bool(now) and compare(hi, now) < 0
    future = bool(now) and compare(lo, now) > 0
    has_figures = bool(_FIGURE.search(text.replace(m.text, "", 1)))
    if future:
        return "target"  # 自2024年1月1日起施行 in a document of 2023
    if m.kind == "since":
        return "period" if has_figures else "event"
    if not past and (m.kind == "deadline" or under_goal or _TARGET_WORDS.search(context)):
        return "target"
    if m.kind == "period":
        return "period"
    return "event"


def sort_key(iso: str) -> str:
    parts = list(parse_iso(iso)) + [1, 1]
    return f"{parts[0]:04d}-{parts[1]:02d}-{parts[2]:02d}"


def _paragraph_events(text: str, pid: str, anchor: Anchor, under_goal: bool) -> list[Event]:
    matches = find_dates(text, anchor)
    if not matches:
        return []
    titles = [m.span() for m in _BOOK_TITLE.finditer(text)]
    matches = [m for m in matches if not _skip_match(text, m, titles)]
    events: list[Event] = []
    for ss, se in sentence_spans(text):
        sentence = text[ss:se]
        inside = [m for m in matches if ss <= m.start < se]
        if not inside:
            continue
        rest = sentence
        for m in inside:
            rest = rest.replace(m.text, "", 1)
        if not _FOUR_CJK.match(rest):
            continue  # a date line, not a statement
        best: dict[tuple[int, int], DateMatch] = {}
        for m in inside:
            clause = _clause_bounds(sentence, m.start - ss)
            held = best.get(clause)
            if held is None or precision_rank(m.precision) > precision_rank(held.precision):
                best[clause] = m
        for clause in sorted(best):
            m = best[clause]
            words = event_text(sentence, m.start - ss, m.end - ss)
            context = sentence[:m.start - ss] + words
            kind = _kind(m, anchor, context, words, under_goal)
            events.append(Event(date=m.iso, text=words, paragraph=pid, precision=m.precision, kind=kind,
                                sort_key=sort_key(m.iso)))
    return events


def extract_events(doc: Document, meta: Metadata) -> list[Event]:
    anchor = document_anchor(doc, meta)
    if anchor.year is None:
        log.info("%s: no document date; relative dates are not resolved", doc.id)
    events: list[Event] = []
    seen: set[tuple[str, str]] = set()
    goal_level = 0  # level of the goals heading (二、工作目标) whose section we are in; 0: none
    for p in doc.paragraphs:
        if p.heading > 0:
            if is_goal_heading(p.text):
                goal_level = p.heading
            elif goal_level and p.heading <= goal_level:
                goal_level = 0  # the goals section has ended; its subheadings keep it
            continue
        if p.role in SKIP_ROLES or _BRACKETED.fullmatch(p.text):
            continue
        for e in _paragraph_events(p.text, p.id, anchor, goal_level > 0):
            if (e.date, e.text) not in seen:
                seen.add((e.date, e.text))
                events.append(e)
    return events

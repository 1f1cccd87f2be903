""""In brief": an English paragraph about every document, generated from the model (status "derived").

Built only from parts that render, so it is correct English by construction and never holds a Chinese hole:

1. one sentence on what the document is (its genre, or the bulletin's kind: work report, communiqué, plan ...),
   its document number, who issued or delivered it (issuer, speaker, the occasion of a work report) and when, and
   what it does with its reporting period (``Document.reporting_period``, when that differs from its date):
   "The Shiliang County government work report, delivered at the Fourth Session of the 18th People's Congress of
   Shiliang County on 9 January 2024, reviews 2023 and sets targets for 2024." / "The notice (Nan Zheng Ban Fa
   [2022] No. 12) was issued by the General Office of the Nanping Municipal People's Government on 10 March 2022.";
2. "It was published in a government gazette." for a gazette's documents;
3. its leading figures: the first achieved (or estimated, marked "estimate" by the row) figures about the region
   as a whole whose key-figure row renders (rows.py), those of the reporting period first; then its first targets;
4. the extent of its timeline, and the programmes and slogans of the glossary it names.

A part that does not render is left out (a missing issuer drops "issued by ..."), and a sentence that would still
hold Chinese is dropped whole. The result is None only when not even the first sentence can be written.
"""

from __future__ import annotations

import re

from ..model import Document, Figure, Metadata, TranslatedText
from .comparisons import MISSING_LABEL, Context
from .figure_lists import Leads, figure_list
from .glossary import Glossary
from .memory import text_hash
from .names import doc_number_en
from .periods import edge_period, english_period, the_period
from .persons import person_en
from .rows import figure_row
from .titles import TitleRenderer

HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
MAX_FIGURES = 3
MAX_TARGETS = 2
MAX_TERMS = 4
# What a document of each genre is called in a sentence (Document.genre, else Metadata.kind).
GENRE_NOUNS = {
    "notice": "notice", "plan": "plan", "speech": "speech", "article": "news article", "report": "report",
    "opinion": "set of opinions", "decision": "decision", "measures": "set of measures",
    "regulation": "set of provisions", "announcement": "announcement", "letter": "letter", "reply": "official reply",
    "statistics": "statistical communiqué",
    "gazette": "document", "news": "news article",
    "work-report": "government work report", "policy": "policy document",
}
PAPERS = ("Daily", "Evening News")  # English names of newspapers (names.NEWSPAPERS)
ISSUED = {"speech": "delivered", "work-report": "delivered", "article": "published",
          "news": "published"}


def _clean(sentence: str) -> str | None:
    """The sentence, or None if it still holds Chinese or a marker (then it is left out)."""
    if not sentence or HAN_RE.search(sentence) or MISSING_LABEL in sentence:
        return None
    return sentence


# documents named by their title rather than their genre (a town's 2024年工作总结和2025年工作计划 is no work report
# delivered to a people's congress; an interpretation page explains rules, it does not lay them down)
OWN_NOUNS = ((re.compile(r"\d{4}年(?:度)?[\u4e00-\u9fff]{0,12}?工作总结(?:和|及|与|暨)\d{4}年(?:度)?"
                         r"[\u4e00-\u9fff]{0,12}?工作(?:计划|打算|思路|安排|要点)$"), "annual review and work plan"),
             (re.compile(r"\d{4}年(?:度)?[\u4e00-\u9fff]{0,12}?工作总结$"), "annual work review"),
             (re.compile(r"(?:政策)?解读$"), "policy interpretation"))


def _genre_noun(doc: Document, meta: Metadata, title_en: str) -> str:
    own = next((noun for pattern, noun in OWN_NOUNS if pattern.search(doc.title or "")), None)
    if own:
        return own
    if doc.genre == "report" and re.match(r"^(?:.*?)(?:\d{4}年)?政府工作报告$", doc.title or ""):
        return "government work report"
    if doc.genre in ("", "report") and meta.kind == "work-report":
        return "government work report"
    if doc.genre == "plan" or (not doc.genre and meta.kind == "plan"):
        for word in ("Implementation Plan", "Action Plan", "Work Plan", "Development Plan"):
            if word in title_en:
                return word.lower()
    noun = GENRE_NOUNS.get(doc.genre) or GENRE_NOUNS.get(meta.kind) or "document"
    if noun == "statistical communiqué" and "公报" not in (doc.title or ""):
        return "statistical release"  # a monthly or quarterly release (上半年全市经济运行…) is not a 统计公报
    return noun


def _rendered(text: str | None) -> str | None:
    """A name that rendered whole, or None."""
    return text if text and not HAN_RE.search(text) and MISSING_LABEL not in text else None


def _issuer(doc: Document, meta: Metadata, renderer: TitleRenderer) -> str | None:
    """The issuing body (or bodies, of a joint notice) in English, or None."""
    named = re.match(r"^(?P<who>.+?)关于", re.sub(r"\s+", "、", doc.title.strip()))
    joint = _rendered(renderer.issuers(named.group("who"))) if named else None  # every issuer of a joint notice
    if joint:
        return joint
    if "、" in meta.issuer and (listed := _rendered(renderer.issuers(meta.issuer))):
        return listed  # the joint issuers the editor confirmed (统计局、调查队), not the first of them alone
    issuer = doc.issuer or (meta.issuer if doc.genre != "speech" else "")
    english = _rendered(renderer.body(issuer)) if issuer else None
    if doc.genre == "article" and english and not english.endswith(PAPERS):
        return None  # an article's publisher only when it is a newspaper (a website's owner is not)
    return english


def _subject(doc: Document, meta: Metadata, renderer: TitleRenderer, title_en: str) -> tuple[str, bool]:
    """The document as the subject of the first sentence, and whether that names the region.

    "The Shiliang County government work report", "The speech at the Countywide Economic Work Conference" (the
    occasion from the rendered title), "The statistical communiqué" (the genre, else the bulletin's kind)."""
    noun = _genre_noun(doc, meta, title_en)
    if noun == "government work report":
        place = _rendered(renderer.region(meta.region)) if meta.region else None
        return (f"The {place} government work report", True) if place else ("The government work report", False)
    if noun == "speech" and title_en.startswith(("Speech at the ", "Speech by ")) and not HAN_RE.search(title_en):
        return "The speech " + title_en.removeprefix("Speech ").removesuffix(" (Excerpts)"), False
    return f"The {noun}", False


def _participle(doc: Document, meta: Metadata, renderer: TitleRenderer, issuer: str | None, verb: str) -> str:
    """"issued by X on 7 October 2023", "delivered at the Fourth Session of ... on 9 January 2024"."""
    speaker = _rendered(person_en(doc.speaker, renderer.glossary)) if doc.speaker else None
    clause = verb
    if speaker and verb == "delivered":
        clause += f" by {speaker}"
    elif issuer and verb == "issued":
        clause += f" by {_the(issuer)}"  # (joint issuers already carry their articles)
    elif issuer and verb == "published" and issuer.endswith(PAPERS):
        clause += f" in {issuer}"  # published in Qichuan Daily
    occasion = renderer.subtitle(doc.subtitle) if doc.subtitle else None
    lead = verb[:1].upper() + verb[1:] + " "
    if occasion is not None and occasion.status == "derived" and occasion.text.startswith(lead):
        return clause + occasion.text[len(verb):]  # "Delivered at the ... on 9 January 2024" holds the date
    date = (_meeting_day(doc) if verb == "delivered" else None) or english_period(doc.date or meta.date)
    if not date:
        return clause
    return clause + (f" on {date}" if date[:1].isdigit() and not date[:4].isdigit() else f" in {date}")


def _meeting_day(doc: Document) -> str | None:
    """The day the speech's meeting was held, when the text dates it (1月8日，全市经济工作会议召开) and the title names
    that meeting (…在全市经济工作会议上的讲话): a web page's date is the day it was published, not delivered."""
    from .timeline import CONVENED_RE

    title = re.match(r"^.*?在(?P<meeting>.+?)上的(?:讲话|发言|致辞|总结讲话)", re.sub(r"\s+", "", doc.title or ""))
    if not title:
        return None
    for event in doc.events:
        m = CONVENED_RE.match(re.sub(r"\s+", "", event.text))
        if m and m.group("meeting") == title.group("meeting") and len(event.date) == 10:
            return english_period(event.date)
    return None


def _target_year(doc: Document, end: str = "") -> str:
    """The year of the document's targets when they come after its reporting period (or the year ``end``), else
    ""."""
    end = end or doc.reporting_period.rpartition("/")[2][:4]
    years = sorted({f.period.rpartition("/")[2][:4] for f in doc.figures
                    if (f.status == "target" or f.is_target) and f.period})
    later = [y for y in years if y.isdigit() and end and y > end]
    return later[0] if later else ""


def _coverage(doc: Document, meta: Metadata, place: str | None) -> str | None:
    """What the document does with its reporting period: "reviews 2023 and sets targets for 2024" (work reports,
    speeches), "reports data for 2023" (communiqués, news), "covers 2021-2025 (...)" (plans, notices, reports)."""
    if place and place.endswith("Region"):  # the Hong Kong Special Administrative Region
        place = f"the {place}"
    where = f" in {place}" if place else ""
    if not doc.reporting_period or doc.reporting_period == (doc.date or "")[: len(doc.reporting_period)]:
        target = _target_year(doc, (doc.date or "")[:4])  # a speech in December: the coming year's targets
        if target and (doc.genre == "speech" or meta.kind in ("work-report", "speech")):
            return f"sets targets for {place} for {target}" if place else f"sets targets for {target}"
        return None
    period = english_period(doc.reporting_period)
    edges = {f.edge for f in doc.figures if f.period == doc.reporting_period}
    if edges == {"end"}:  # a census at its year-end standard time: "for the end of 2023", not "for December 2023"
        period = f"the {edge_period(doc.reporting_period, 'end')}"
    if period is None:
        return None
    # (a report on last year's plan and this year's draft plan, or budget: a review and the year's targets)
    if doc.genre == "speech" or meta.kind in ("work-report", "speech") or (
            meta.kind == "report" and "/" not in doc.reporting_period and _target_year(doc)):
        target = _target_year(doc)
        return f"reviews {period}{where}" + (f" and sets targets for {target}" if target else "")
    if doc.genre in ("article", "news", "statistics") or meta.kind in ("statistics", "news"):
        # "reports data on Chengzhou for January-October 2025"; a census at a day: "as of 1 November 2020"
        # (review_2026-12 class O: "reports on 1 November 2020 in Jizhou" named a day as if it were the subject)
        when = f"as of {period}" if len(doc.reporting_period) == 10 else f"for {period}"
        return f"reports data on {place} {when}" if place else f"reports data {when}"
    return f"covers {period}{where}"


def _what(doc: Document, meta: Metadata, renderer: TitleRenderer, title_en: str) -> str:
    """The first sentence: what the document is, who issued or delivered it and when, and its period.

    "The Shiliang County government work report, delivered at the Fourth Session of the 18th People's Congress of
    Shiliang County on 9 January 2024, reviews 2023 and sets targets for 2024."; "The notice (Qi Jiao Fa [2024]
    No. 18) was issued by the Qichuan Municipal Transport Bureau and the Qichuan Municipal Finance Bureau on
    15 April 2024." Only parts that render: a document with nothing else known is "The speech was delivered on
    10 January 2022."
    """
    subject, named = _subject(doc, meta, renderer, title_en)
    issuer = _issuer(doc, meta, renderer)
    number_en = doc_number_en(doc.doc_number) if doc.doc_number else ""
    if number_en and not HAN_RE.search(number_en):
        subject += f" (No. {number_en.removeprefix('No. ')})" if number_en.startswith("No. ") else f" ({number_en})"
    if issuer and doc.genre in ("report", "gazette") and not named:
        subject += f" of {_the(issuer)}"  # a report of a bureau: its author, not its publisher
        issuer = None
    # the region, where nothing else names it ("reports data on Qichuan for H1 2024")
    delivered = "government work report" in subject
    own = any(pattern.search(doc.title or "") for pattern, _ in OWN_NOUNS)
    verb = "delivered" if delivered else "issued" if own else ISSUED.get(doc.genre) or ISSUED.get(meta.kind) or \
        "issued"
    place = None if named or (issuer and verb == "issued") or " of the " in subject else (
        _rendered(renderer.region(meta.region)) if meta.region else None)
    participle = _participle(doc, meta, renderer, issuer, verb)
    coverage = _coverage(doc, meta, place)
    if coverage:
        return f"{subject}, {participle}, {coverage}."
    return f"{subject} was {participle}."


def _the(name: str) -> str:
    return name if name.startswith("the ") else f"the {name}"


def _gazette(doc: Document, meta: Metadata) -> str | None:
    return "It was published in a government gazette." if meta.kind == "gazette" else None


def _in_period(period: str, reporting: str) -> bool:
    """Whether a figure's period falls in the document's reporting period (both ISO; unknown counts as in)."""
    if not period or not reporting:
        return True
    start, _, end = reporting.partition("/")
    first = period.partition("/")[0]
    return (start[:4] <= first[:4] <= (end or start)[:4])


# the work of the team that wrote an inspection or survey report (检查组深入6个县、23家企业实地检查, 召开座谈会9次,
# 随机抽查的120个居民小区): how the facts were gathered, no leading figure of the place
_OWN_WORK = re.compile(r"(?:检查组|调研组|视察组|督查组|评估组|考核组)[^。；;]{0,16}?"
                       r"(?:深入|走访|实地|召开|抽查|随机|察看|座谈)")


# a report's section on the body itself (一、机构概况, 组织机构, 机构设置; a department's accounts or budget: 部门概况,
# 部门决算单位构成): its members, offices, units and staff are no leading figures of the report (a provident fund's
# annual report opens with them)
_BODY_SECTION = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、]|"
                           r"第[一二三四五六七八九十]+部分)?\s*"
                           r"(?:机构概况|机构设置|组织机构|机构和人员|机构与人员|部门概况|单位概况|部门基本情况|单位基本情况|"
                           r"部门主要职能|单位主要职能|部门决算单位构成|部门预算单位构成)")


def _body_sections(doc: Document) -> set[str]:
    """Ids of the paragraphs under a heading on the body itself, up to the next heading of its level or above."""
    out: set[str] = set()
    level = 0  # the level of the open body section, 0 when none is open
    for para in doc.paragraphs:
        if para.heading and (not level or para.heading <= level):
            level = para.heading if _BODY_SECTION.match(para.text) else 0
        elif level:
            out.add(para.id)
    return out


def _figures(doc: Document, glossary: Glossary, ctx: Context) -> list[str]:
    achieved: dict[str, Figure] = {}  # row text -> figure (one figure per distinct row)
    own = _body_sections(doc)
    targets: dict[str, Figure] = {}
    # achieved figures of the reporting period first; figures of other periods (base years) only to fill up; the
    # targets a review sets for the years after it before the past year's own targets (a plan report's annex)
    ahead = _target_year(doc)
    order = sorted(doc.figures, key=lambda f: not _in_period(f.period, doc.reporting_period) if not (
        f.is_target or f.status == "target") else bool(ahead) and not f.period.startswith(ahead))
    for fig in order:
        if fig.subject or fig.base_value is not None or _OWN_WORK.search(fig.sentence) or fig.paragraph in own:
            continue
        target = fig.is_target or fig.status == "target"
        if fig.status == "requirement" and not target:
            continue
        bucket = targets if target else achieved
        if len(bucket) >= (MAX_TARGETS if target else MAX_FIGURES):
            continue
        row = figure_row(fig, glossary, ctx)
        if row.status != "derived" or (fig.status == "forecast" and "estimate" not in row.text):
            continue  # an estimate only where its row says so
        bucket.setdefault(row.text, fig)
    sentences = []
    for bucket, leads in ((achieved, BRIEF_ACHIEVED), (targets, BRIEF_TARGETS)):
        figures = _in_document_order(doc, list(bucket.values()))
        text = figure_list(figures, glossary, ctx, leads) if figures else None
        if text:
            sentences.append(text)
    return sentences


# Leads of the figure sentences of "In brief" (project wording; figure_lists.py joins the rows).
BRIEF_ACHIEVED = Leads({"": "Leading figures for {p}", "estimate": "Estimates for {p}"}, "Leading figures",
                       "Targets")
BRIEF_TARGETS = Leads({"target": "Targets for {p}"}, "Targets", "Targets")


def _in_document_order(doc: Document, figures: list[Figure]) -> list[Figure]:
    """The chosen figures in the order the document gives them (a metric's level and growth side by side)."""
    rank = {id(f): i for i, f in enumerate(doc.figures)}
    return sorted(figures, key=lambda f: rank.get(id(f), 0))


def _timeline(doc: Document) -> str | None:
    # (a date at a year end: "the end of 2024", Event.edge; an interval's ends have no edge)
    starts = sorted((e.date.partition("/")[0], "" if "/" in e.date else e.edge) for e in doc.events if e.date)
    ends = sorted((e.date.rpartition("/")[2], "" if "/" in e.date else e.edge) for e in doc.events if e.date)
    if not starts:
        return None
    first, last = the_period(edge_period(*starts[0])), the_period(edge_period(*ends[-1]))
    if not first or not last:
        return None
    n = len(doc.events)
    if n == 1:
        only = edge_period(doc.events[0].date, doc.events[0].edge)
        return f"Its timeline has one dated entry ({only})." if only else None
    if first == last:
        return f"Its timeline has {n} dated entries, all dated {first}."
    if re.fullmatch(r"\d{4}", starts[0][0]) and ends[-1][0][:4] == starts[0][0]:
        # the first entry is the whole year and the last inside it: "from 2024 to December 2024" says one year twice
        # (review_2026-12-b class J2)
        return f"Its timeline has {n} dated entries, all in {first}."
    return f"Its timeline has {n} dated entries, from {first} to {last}."


def _terms(doc: Document, glossary: Glossary) -> str | None:
    found: list[str] = []
    for text in [doc.title, *(p.text for p in doc.paragraphs)]:
        for match in glossary.find_terms(text):  # the longest term first: 专精特新 inside 专精特新“小巨人”企业 is none
            en = match.entry.en
            if match.entry.category in ("programme", "slogan") and en not in found:
                found.append(en)
        if len(found) >= MAX_TERMS:
            break
    if not found:
        return None
    return f"Programs and policy terms it names: {'; '.join(found[:MAX_TERMS])}."


def brief(doc: Document, meta: Metadata, glossary: Glossary, ctx: Context, renderer: TitleRenderer,
          title: TranslatedText | None = None) -> TranslatedText | None:
    """The "In brief" paragraph of a document, or None."""
    title_en = title.text if title is not None and title.status in ("reviewed", "derived") else ""
    first = _clean(_what(doc, meta, renderer, title_en))
    if first is None:
        return None
    sentences = [first]
    for sentence in (_gazette(doc, meta), *_figures(doc, glossary, ctx), _timeline(doc),
                     _terms(doc, glossary)):
        kept = _clean(sentence or "")
        if kept:
            sentences.append(kept)
    return TranslatedText(" ".join(sentences), "derived", text_hash(doc.title + doc.date))

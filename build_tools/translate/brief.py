""""In brief": an English paragraph about every document, generated from the model (status "derived").

Built only from parts that render, so it is correct English by construction and never holds a Chinese hole:

1. what the document is: its genre, issuer or speaker, document number, the occasion and its date
   ("A notice issued by the General Office of the Chaoyang Municipal People's Government (Chao Zheng Ban Fa [2023]
   No. 30), dated 7 October 2023.");
2. the period it reports on (``Document.reporting_period``) when that differs from its date;
3. its leading figures: the first achieved (or estimated, marked "forecast" by the row) figures about the region
   as a whole whose key-figure row renders (rows.py), those of the reporting period first; then its first targets;
4. the extent of its timeline, and the programmes and slogans of the glossary it names.

A part that does not render is left out (a missing issuer drops "issued by ..."), and a sentence that would still
hold Chinese is dropped whole. The result is None only when not even the first sentence can be written.
"""

from __future__ import annotations

import re

from ..model import Document, Metadata, TranslatedText
from .glossary import Glossary
from .memory import text_hash
from .names import doc_number_en
from .periods import english_period
from .rows import MISSING_LABEL, Context, figure_row
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
ISSUED = {"speech": "delivered", "report": "delivered", "work-report": "delivered", "article": "published",
          "news": "published"}


def _article(noun: str) -> str:
    return ("An " if noun[:1].lower() in "aeiou" else "A ") + noun


def _clean(sentence: str) -> str | None:
    """The sentence, or None if it still holds Chinese or a marker (then it is left out)."""
    if not sentence or HAN_RE.search(sentence) or MISSING_LABEL in sentence:
        return None
    return sentence


def _genre_noun(doc: Document, meta: Metadata, title_en: str) -> str:
    if doc.genre == "report" and re.match(r"^(?:.*?)(?:\d{4}年)?政府工作报告$", doc.title or ""):
        return "government work report"
    if doc.genre == "plan" or (not doc.genre and meta.kind == "plan"):
        for word in ("Implementation Plan", "Action Plan", "Work Plan", "Development Plan"):
            if word in title_en:
                return word.lower()
    return GENRE_NOUNS.get(doc.genre) or GENRE_NOUNS.get(meta.kind) or "document"


def _what(doc: Document, meta: Metadata, renderer: TitleRenderer, title_en: str) -> str:
    noun = _genre_noun(doc, meta, title_en)
    sentence = _article(noun)
    issuer = doc.issuer or (meta.issuer if doc.genre not in ("article", "speech") else "")
    issuer_en = renderer.body(issuer) if issuer else None
    named = re.match(r"^(?P<who>.+?)关于", re.sub(r"\s+", "、", doc.title.strip()))
    joint = renderer.issuers(named.group("who")) if named else None  # the title names every issuer (joint notices)
    if joint:
        issuer_en = joint
    speaker = renderer._glossary_en(doc.speaker, ("person",)) if doc.speaker else None
    occasion = renderer.subtitle(doc.subtitle) if doc.subtitle else None
    if noun == "government work report":
        place = renderer.region(meta.region) if meta.region else None
        sentence = f"The government work report of {place}" if place else sentence
        if speaker:
            sentence += f", delivered by {speaker}"
    elif speaker and doc.genre in ("speech", "report"):
        sentence += f" delivered by {speaker}"
    elif issuer_en and doc.genre in ("report", "gazette"):
        sentence += f" of {_the(issuer_en)}"
    elif issuer_en and doc.genre != "article":
        sentence += f" issued by {_the(issuer_en)}"  # (joint issuers already carry their articles)
    if occasion is not None and occasion.status == "derived":
        text = occasion.text[:1].lower() + occasion.text[1:]
        sentence += (" " if speaker and noun == "government work report" else ", ") + text.removeprefix(
            "delivered " if speaker and noun == "government work report" else "")
        return sentence + "."
    number_en = doc_number_en(doc.doc_number) if doc.doc_number else ""
    if number_en and not HAN_RE.search(number_en):
        sentence += f" (No. {number_en.removeprefix('No. ')})" if number_en.startswith("No. ") else f" ({number_en})"
    date = english_period(doc.date or meta.date)
    if date:
        sentence += f", dated {date}"
    return sentence + "."


def _the(name: str) -> str:
    return name if name.startswith("the ") else f"the {name}"


def _gazette(doc: Document, meta: Metadata) -> str | None:
    return "It was published in a government gazette." if meta.kind == "gazette" else None


def _reporting(doc: Document) -> str | None:
    if not doc.reporting_period:
        return None
    period = english_period(doc.reporting_period)
    if period is None or doc.reporting_period == (doc.date or "")[: len(doc.reporting_period)]:
        return None
    return f"It reports on {period}."


def _in_period(period: str, reporting: str) -> bool:
    """Whether a figure's period falls in the document's reporting period (both ISO; unknown counts as in)."""
    if not period or not reporting:
        return True
    start, _, end = reporting.partition("/")
    first = period.partition("/")[0]
    return (start[:4] <= first[:4] <= (end or start)[:4])


def _figures(doc: Document, glossary: Glossary, ctx: Context) -> list[str]:
    achieved: list[str] = []
    targets: list[str] = []
    # achieved figures of the reporting period first; figures of other periods (base years) only to fill up
    order = sorted(doc.figures, key=lambda f: not _in_period(f.period, doc.reporting_period))
    for fig in order:
        if fig.subject or fig.base_value is not None:
            continue
        target = fig.is_target or fig.status == "target"
        if fig.status == "requirement" and not target:
            continue
        bucket = targets if target else achieved
        if len(bucket) >= (MAX_TARGETS if target else MAX_FIGURES):
            continue
        row = figure_row(fig, glossary, ctx)
        if row.status != "derived" or (fig.status == "forecast" and "forecast" not in row.text):
            continue  # an estimate only where its row says so
        text = row.text.removesuffix(" (target)")
        if text not in bucket:
            bucket.append(text)
    sentences = []
    if achieved:
        sentences.append(f"Leading figures: {'; '.join(achieved)}.")
    if targets:
        sentences.append(f"Targets: {'; '.join(targets)}.")
    return sentences


def _timeline(doc: Document) -> str | None:
    starts = sorted(e.date.partition("/")[0] for e in doc.events if e.date)
    ends = sorted(e.date.rpartition("/")[2] for e in doc.events if e.date)
    if not starts:
        return None
    first, last = english_period(starts[0]), english_period(ends[-1])
    if not first or not last:
        return None
    n = len(doc.events)
    if n == 1:
        only = english_period(doc.events[0].date)
        return f"Its timeline has one dated entry ({only})." if only else None
    if first == last:
        return f"Its timeline has {n} dated entries, all of {first}."
    return f"Its timeline has {n} dated entries, from {first} to {last}."


def _terms(doc: Document, glossary: Glossary) -> str | None:
    found: list[str] = []
    for text in [doc.title, *(p.text for p in doc.paragraphs)]:
        for match in glossary.find_terms(text, ("programme", "slogan")):
            en = match.entry.en
            if en not in found:
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
    for sentence in (_gazette(doc, meta), _reporting(doc), *_figures(doc, glossary, ctx), _timeline(doc),
                     _terms(doc, glossary)):
        kept = _clean(sentence or "")
        if kept:
            sentences.append(kept)
    return TranslatedText(" ".join(sentences), "derived", text_hash(doc.title + doc.date))

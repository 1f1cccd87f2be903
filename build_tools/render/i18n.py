"""The text of a page in each language: source data, translations and glossary tooltips as escaped Markdown.

- zh: the source text as written.
- zh-Hant: the translate stage's conversion (``doc.translations["zh-Hant"]``) for document text, and the project's
  OpenCC conversion (``labels.hant``) for metadata and interface wording.
- en: reviewed or derived English from ``doc.translations["en"]``; metadata through the glossary, then names composed
  by ``translate.names`` (regions, issuing bodies). Chinese appears on
  an English page only inside a language-tagged element of one of three kinds: the visible "not yet translated"
  marker (``pd-untranslated``), a quoted Chinese name or term (``pd-term``, e.g. a document number or a glossary
  term) and the original text (``pd-original``). ``tests/test_site.py`` checks exactly that on the built site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..model import Document, DocumentTranslation, Event, Figure, Paragraph, TranslatedText
from ..translate import display_text, english_event_date
from ..translate.bylines import byline_en
from ..translate.comparisons import MISSING_LABEL, marked
from ..translate.glossary import Entry, get_glossary
from ..translate.names import doc_number_en, name_en
from ..translate.periods import edge_period, english_period
from .labels import hant, label
from .markdown import inline, inline_terms, normalize, span

ZH_TAG = "zh-Hans"  # language tag of Simplified Chinese quoted on English pages
HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
MARKER_RE = re.compile(r"\[" + re.escape(MISSING_LABEL) + r": ([^\]]*)\]")


def has_han(text: str) -> bool:
    return bool(HAN_RE.search(text))


# ---- English ----

def marker(zh: str) -> str:
    """The visible "not yet translated" marker around Chinese text, as Markdown."""
    return span(f"\\[{MISSING_LABEL}: {span(inline(zh), lang=ZH_TAG)}\\]", ["pd-untranslated"])


def english_markup(text: str) -> str:
    """English text that may hold "[not yet translated: ...]" markers (from the translate stage): escaped, with each
    marker wrapped so that it shows as a marker and its Chinese is language-tagged."""
    out: list[str] = []
    pos = 0
    shown = normalize(text)
    for m in MARKER_RE.finditer(shown):
        out.append(inline_piece(shown[pos:m.start()]))
        out.append(marker(m.group(1)))
        pos = m.end()
    out.append(inline_piece(shown[pos:]))
    return "".join(out)


def inline_piece(text: str) -> str:
    """``inline`` for a piece of a longer text: the spaces at its ends are kept."""
    if not text.strip():
        return text
    lead = text[:len(text) - len(text.lstrip())]
    tail = text[len(text.rstrip()):]
    return lead + inline(text) + tail


def english(item: TranslatedText) -> str:
    """A translated item on an English page: the marker if missing, a warning if stale."""
    markup = english_markup(display_text(item))
    if item.status == "stale":
        markup += " " + span(f"({inline(label('stale', 'en'))})", ["pd-stale"])
    return markup


def english_plain(item: TranslatedText) -> str:
    """The same as plain text (link labels, navigation titles): markers stay as text."""
    return display_text(item)


HAN_RUN_RE = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff20"
                        r"\U00020000-\U0002fa1f]*[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]"
                        r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff20"
                        r"\U00020000-\U0002fa1f]*")


@lru_cache(maxsize=4096)
def english_citing(text: str) -> str:
    """English text that cites Chinese words (a glossary explanation: "see 飞地经济"): escaped, each run of Chinese
    tagged as a quoted term. Cached: the same explanations are shown for every document with the term."""
    shown = normalize(text)
    out: list[str] = []
    pos = 0
    for m in HAN_RUN_RE.finditer(shown):
        out.append(inline_piece(shown[pos:m.start()]))
        out.append(term(m.group(0)))
        pos = m.end()
    out.append(inline_piece(shown[pos:]))
    return "".join(out)


def term(zh: str, quoted: bool = False) -> str:
    """A Chinese name or term quoted on an English page (document number, glossary term)."""
    text = f"“{zh}”" if quoted else zh
    return span(inline(text), ["pd-term"], ZH_TAG)


def doc_number(zh: str) -> str:
    """A document number on an English page: the official-translation form, then the original as a tagged term
    ('Chao Zheng Ban Fa [2023] No. 30 (“朝政办发〔2023〕30号”)'); the original alone if it has another form."""
    english = doc_number_en(zh)
    if english == zh.strip():
        return term(zh, quoted=True)
    return f"{inline(english)} ({term(zh, quoted=True)})"


def glossary_entry(zh: str) -> Entry | None:
    return get_glossary().lookup(zh) if zh else None


def _english_parts(zh: str) -> str | None:
    """A name made of glossary entries separated by spaces (a byline: 本报记者 郑有胜 -> 'Staff reporter Zheng
    Yousheng'), or None when a part has no entry."""
    parts = zh.split()
    if len(parts) < 2:
        return None
    out = []
    for part in parts:
        entry = glossary_entry(part) if has_han(part) else None
        if has_han(part) and entry is None:
            return None
        out.append(entry.en if entry is not None else part)
    text = " ".join(out)
    return text[:1].upper() + text[1:]


_NAMES: dict[tuple[str, bool], str] = {}  # english_name, for the glossary _NAMES_OF: the same regions on every row
_NAMES_OF: list[object] = [None]


def english_name(zh: str, people: bool = False) -> str:
    """A name from the metadata (region, issuer, publication, byline) in English: the glossary's rendering (of the
    whole, or of each space-separated part), the text itself if it has no Chinese, else the marker. With
    ``people`` (a field that holds a person's name: speaker, byline), a personal name in Hanyu Pinyin, alone or
    after an office (bylines.py). Remembered for the glossary in use: the site-wide pages name the same few
    regions and issuers thousands of times."""
    glossary = get_glossary()
    if _NAMES_OF[0] is not glossary:  # another glossary (a test's): forget the names of the last one
        _NAMES.clear()
        _NAMES_OF[0] = glossary
    key = (zh, people)
    found = _NAMES.get(key)
    if found is None:
        found = _NAMES[key] = _english_name(zh, people)
    return found


def _english_name(zh: str, people: bool) -> str:
    if not zh or not has_han(zh):
        return inline(zh)
    entry = glossary_entry(zh)
    if entry is not None:
        return inline(entry.en)
    composed = (_english_parts(zh) or name_en(zh, people=people)
                or (byline_en(zh, get_glossary()) if people else None))  # 市长 李文博 -> Mayor Li Wenbo
    return inline(composed) if composed else marker(zh)


def english_name_plain(zh: str) -> str:
    if not zh or not has_han(zh):
        return zh
    entry = glossary_entry(zh)
    if entry is not None:
        return entry.en
    return _english_parts(zh) or name_en(zh) or marked(zh)


def english_date(value: str) -> str:
    """An ISO date or period in English ('2019-09' -> 'September 2019'); the value itself if it cannot be read."""
    return english_period(value) or value if value else ""


# ---- per language ----

def meta_text(text: str, lang: str, people: bool = False) -> str:
    """Metadata text (region, publication, issuer ...) as Markdown in ``lang`` (``people``: a person's name)."""
    if lang == "en":
        return english_name(text, people)
    return inline(hant(text) if lang == "zh-Hant" else text)


def meta_plain(text: str, lang: str) -> str:
    if lang == "en":
        return english_name_plain(text)
    return hant(text) if lang == "zh-Hant" and text else text


def figure_period(fig: Figure, lang: str) -> str:
    """A figure's period with its edge (Figure.edge): 'end of 2024' / '2024年末', 'end of June 2024' / '2024年6月末',
    'beginning of 2024' / '2024年初', as the source says it; otherwise as :func:`date_text` (ISO on Chinese pages)."""
    if lang == "en":
        return (edge_period(fig.period, fig.edge) or fig.period) if fig.period else ""
    return zh_edge(fig.period, fig.edge)


def zh_edge(period: str, edge: str) -> str:
    """'2024-12' at its end -> '2024年末', '2024-06' -> '2024年6月末', '2024-01' at its start -> '2024年初'; the ISO
    period otherwise."""
    m = re.fullmatch(r"(\d{4})-(\d{2})", period) if edge else None
    if not m:
        return period
    year, month = m.group(1), int(m.group(2))
    if edge == "end":
        return f"{year}年末" if month == 12 else f"{year}年{month}月末"
    return f"{year}年初" if month == 1 else f"{year}年{month}月初"


def date_text(value: str, lang: str) -> str:
    return english_date(value) if lang == "en" else value


def translation(doc: Document, lang: str) -> DocumentTranslation | None:
    return doc.translations.get(lang) if lang != "zh" else None


def _item(items: list[TranslatedText], index: int, zh: str, lang: str) -> TranslatedText:
    """A translated item, or what stands in for it when the translate stage gave none (missing English, or the
    Traditional conversion made here)."""
    if index < len(items):
        return items[index]
    if lang == "zh-Hant":
        return TranslatedText(hant(zh), "converted")
    return TranslatedText(zh, "missing")


def title_item(doc: Document, lang: str) -> TranslatedText:
    tr = translation(doc, lang)
    return tr.title if tr is not None else _item([], 0, doc.title, lang)


def title_plain(doc: Document, lang: str) -> str:
    """The document's title as plain text in ``lang`` (headings, links, navigation)."""
    if lang == "zh" or not doc.title:
        return doc.title or doc.id
    item = title_item(doc, lang)
    return english_plain(item) if lang == "en" else item.text or doc.id


def title_markup(doc: Document, lang: str) -> str:
    if lang == "en" and doc.title:
        return english(title_item(doc, lang))
    return inline(title_plain(doc, lang))


def summary_markup(doc: Document, lang: str) -> list[str]:
    if lang == "zh":
        return [inline(s) for s in doc.summary]
    tr = translation(doc, lang)
    items = tr.summary if tr is not None and len(tr.summary) == len(doc.summary) else []
    shown = [_item(items, i, s, lang) for i, s in enumerate(doc.summary)]
    if lang == "en" and summary_untranslated(doc):  # the section says so once: each sentence in Chinese, tagged
        return [span(inline(s), ["pd-untranslated"], lang=ZH_TAG) for s in doc.summary]
    return [english(t) for t in shown] if lang == "en" else [inline(t.text) for t in shown]


def summary_untranslated(doc: Document) -> bool:
    """No sentence of the summary has English (reviewed or derived): the English page heads the section as Chinese
    instead of marking every sentence."""
    tr = translation(doc, "en")
    items = tr.summary if tr is not None and len(tr.summary) == len(doc.summary) else []
    return bool(doc.summary) and all(_item(items, i, s, "en").status == "missing" for i, s in enumerate(doc.summary))


def event_markup(doc: Document, index: int, lang: str) -> str:
    """The text of ``doc.events[index]`` in ``lang``."""
    ev = doc.events[index]
    if lang == "zh":
        return inline(ev.text)
    tr = translation(doc, lang)
    item = _item(tr.events if tr is not None and len(tr.events) == len(doc.events) else [], index, ev.text, lang)
    return english(item) if lang == "en" else inline(item.text)


def event_date(ev: Event, lang: str) -> str:
    if lang == "en":  # a Date cell: "End of 2018" (at a year end), "30 May 2021"
        date = english_event_date(ev)
        return date[:1].upper() + date[1:]
    return zh_edge(ev.date, ev.edge)


def figure_row_markup(doc: Document, index: int, shown_period: str = "") -> str:
    """The English row of ``doc.figures[index]`` (generated by the translate stage). ``shown_period``: the period a
    table's own column shows (the indicators page): the row's ", H1 2019" before its end or its note is not said
    again (review_2026-12-b class S2)."""
    tr = translation(doc, "en")
    items = tr.figures if tr is not None and len(tr.figures) == len(doc.figures) else []
    item = _item(items, index, doc.figures[index].metric, "en")
    return english(without_period(item, shown_period) if shown_period else item)


def without_period(item: TranslatedText, period: str) -> TranslatedText:
    """The row without its ", <period>" when it stands once, at the end or before the row's parenthesis."""
    tail = f", {period}"
    if item.status != "derived" or item.text.count(tail) != 1:
        return item
    at = item.text.index(tail)
    rest = item.text[at + len(tail):]
    if rest and not rest.startswith(" ("):
        return item
    if rest.startswith(" (") and period.endswith(")"):
        return item  # "2021-2025 (14th Five-Year Plan period, target)": the note is inside the period's parenthesis
    return replace(item, text=item.text[:at] + rest)


def translated_paragraphs(doc: Document, lang: str) -> list[Paragraph]:
    """The document's paragraphs with the text of ``lang`` (zh-Hant: converted; others: as written)."""
    tr = translation(doc, lang)
    if lang != "zh-Hant" or tr is None:
        return list(doc.paragraphs)
    out = []
    for par in doc.paragraphs:
        item = tr.paragraphs.get(par.id)
        text = item.text if item is not None else hant(par.text)
        out.append(Paragraph(par.id, text, par.heading, par.run_in, par.role, par.lines,
                             [[hant(c) for c in row] for row in par.cells]))
    return out


# ---- glossary tooltips (Chinese pages) ----

@dataclass(frozen=True)
class Tooltip:
    start: int
    end: int
    title: str


def tooltip_title(entry: Entry, lang: str) -> str:
    """English rendering and explanation, for a tooltip on a Chinese page."""
    explain = entry.explain_zh or entry.explain_en
    if entry.explain_zh and lang == "zh-Hant":
        explain = hant(entry.explain_zh)
    return f"{entry.en} — {explain}" if explain else entry.en


@lru_cache(maxsize=1)
def _term_runs() -> re.Pattern[str]:
    """Runs of the characters that occur in glossary terms, as long as the shortest term at least. A term never
    spans any other character, so the leftmost-longest scan of ``Glossary.find_terms`` finds the same terms run by
    run as in the whole text, with far fewer candidate lengths to try at each position."""
    glossary = get_glossary()
    # The terms find_terms can return (not units, not helper words): the spellings it finds whole in themselves.
    terms = {m.text for entry in glossary.entries for form in entry.forms for m in glossary.find_terms(form)}
    if not terms:
        return re.compile(r"(?!)")  # matches nothing
    chars = "".join(sorted({ch for term in terms for ch in term}))
    return re.compile(f"[{re.escape(chars)}]{{{min(map(len, terms))},}}")


@lru_cache(maxsize=8192)
def _terms(text: str) -> tuple[tuple[int, int, Entry], ...]:
    """Glossary terms in ``text`` as (start, end, entry): ``Glossary.find_terms``, run by run (see ``_term_runs``)."""
    # get_glossary() as glossary_entry calls it: its cache is keyed by the arguments, and translate.find_terms
    # (which passes the folder) would load the glossary a second time.
    glossary = get_glossary()
    found: list[tuple[int, int, Entry]] = []
    for run in _term_runs().finditer(text):
        offset = run.start()
        found += [(offset + m.start, offset + m.end, m.entry) for m in glossary.find_terms(run.group())]
    return tuple(found)


def tooltips(simplified: str, shown: str, lang: str) -> list[tuple[int, int, str]]:
    """Tooltip spans for a paragraph: the first occurrence of each glossary term, found in the Simplified text and
    placed at the same offsets of the text shown (the Traditional conversion keeps every character in place; if the
    lengths differ, no tooltips). Offsets index ``normalize(text)``."""
    source = normalize(simplified)
    if len(source) != len(normalize(shown)):
        return []
    seen: set[str] = set()
    spans = []
    for start, end, entry in _terms(source):
        if entry.zh in seen:
            continue
        seen.add(entry.zh)
        spans.append((start, end, tooltip_title(entry, lang)))
    return spans


def text_with_tooltips(simplified: str, shown: str, lang: str) -> str:
    return inline_terms(shown, tooltips(simplified, shown, lang))


def document_terms(doc: Document) -> list[Entry]:
    """Glossary entries found in the document's title, summary and text, in order of first appearance."""
    seen: dict[str, Entry] = {}
    for text in [doc.title, *doc.summary, *(p.text for p in doc.paragraphs)]:
        for _start, _end, entry in _terms(normalize(text)):
            seen.setdefault(entry.zh, entry)
    return list(seen.values())

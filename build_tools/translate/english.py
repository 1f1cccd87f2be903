"""The English translation of a document, from three sources in this order of trust:

1. human-reviewed translations kept as data per bulletin (``memory.py``): title, headings, summary
   sentences, event texts, any body paragraph a translator chose to translate, and key-figure rows the
   glossary cannot render (keyed by the row's Chinese, see ``figure_item``);
2. text generated from structured data and the glossary ("derived"): key-figure rows (``rows.py``), titles and
   headings from genre templates (``titles.py``), timeline entries (``timeline.py``), "In brief" (``brief.py``);
3. otherwise the Chinese itself with status "missing" (the renderer shows a "not yet translated" marker).

Nothing is ever translated word by word. A stale reviewed translation (made for a different Chinese text) is
kept with status "stale", so the page can show it with a warning.
"""

from __future__ import annotations

import dataclasses
import re

from ..model import Document, DocumentTranslation, Event, Figure, Metadata, TranslatedText
from .brief import brief
from .comparisons import MISSING_LABEL, Context, marked
from .event_frames import recently_issued
from .glossary import Glossary
from .memory import Memory, text_hash
from .periods import edge_period
from .rows import figure_row
from .simplified import simplified_view, to_hans
from .summary_figures import summary_event, summary_figures
from .timeline import event_english, figures_by_paragraph
from .titles import TitleRenderer

HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Spans where Chinese is allowed inside English: quoted names (“…”, "…", 《…》, 「…」) and the missing marker.
ALLOWED_SPANS = re.compile(r"“[^”]*”|\"[^\"]*\"|《[^》]*》|「[^」]*」|\[" + re.escape(MISSING_LABEL) + r": [^\]]*\]")


BRACKETS = str.maketrans({"[": "［", "]": "］"})


def untranslated_chinese(text: str) -> list[str]:
    """Chinese characters in an English text outside quoted names and marked fallbacks."""
    rest = ALLOWED_SPANS.sub(" ", text)
    return HAN_RE.findall(rest)


def display_text(item: TranslatedText) -> str:
    """The text to show on the English page: a missing item shows its Chinese inside the visible marker.

    A whole missing item holds the Chinese as written (see model.TranslatedText); a key-figure row that could
    only be partly rendered already carries markers around its Chinese parts.
    """
    if item.status == "missing" and MISSING_LABEL not in item.text:
        # square brackets of the source ("地区生产总值[1]", a footnote) would close the marker early: shown full-width
        return marked(item.text.translate(BRACKETS))
    return item.text


_STATUS_ZH = {"target": "目标", "forecast": "预计", "requirement": "要求"}  # an achieved figure ("actual") says none


def figure_item(doc: Document, fig: Figure) -> tuple[str, str]:
    """The translation-memory key and Chinese of a key-figure row: '梳理出重大项目：37个（2023）',
    '城发集团｜出资：1000万元（2019-08）', '地区生产总值：增长6%（2024，目标）'. Everything the English states is in
    the key, the subject and the status too, so that a reviewed row whose subject or status changes is reported
    stale instead of showing another row's English."""
    zh = f"{fig.metric}：{fig.text or fig.value}"
    if fig.subject:
        zh = f"{fig.subject}｜{zh}"
    extra = "，".join(x for x in (fig.comparison, fig.rank, fig.period, _STATUS_ZH.get(fig.status, "")) if x)
    if extra:
        zh += f"（{extra}）"
    return f"{doc.id}/figure/{text_hash(zh)}", zh


def missing_figure_items(doc: Document, glossary: Glossary, ctx: Context) -> list[tuple[str, str]]:
    """The rows the glossary cannot render in full: what a translator should translate by hand."""
    return [figure_item(doc, fig) for fig in doc.figures if figure_row(fig, glossary, ctx).status == "missing"]


def english_event_date(event: Event) -> str:
    """The event's date in English ("30 May 2021", "H1 2019"); the ISO value if it cannot be read."""
    return edge_period(event.date, event.edge) or event.date  # (到2018年底: "end of 2018", not "December 2018")


def english_document(doc: Document, memory: Memory, glossary: Glossary, ctx: Context,
                     meta: Metadata | None = None) -> DocumentTranslation:
    """The English of one document: reviewed translations first, then text derived from the model (title and
    heading templates, key-figure rows, timeline entries, "In brief"), else the Chinese with status "missing"."""
    meta = meta or Metadata()
    # reviewed translations match the original text; derived English reads a Simplified view (simplified.py)
    src = simplified_view(doc)
    src_meta = dataclasses.replace(meta, region=to_hans(meta.region), issuer=to_hans(meta.issuer)) \
        if src is not doc else meta
    renderer = TitleRenderer(glossary, year=(doc.date or meta.date)[:4])
    title = _first(memory.resolve(f"{doc.id}/title", doc.title).translated(),
                   _keep_hash(renderer.title(src.title, src.issuer or src_meta.issuer, src_meta.region), doc.title))
    paragraphs: dict[str, TranslatedText] = {}
    for para, src_para in zip(doc.paragraphs, src.paragraphs, strict=True):
        res = memory.resolve(f"{doc.id}/{para.id}", para.text)
        if para.heading > 0:
            paragraphs[para.id] = _first(res.translated(), _keep_hash(renderer.heading(src_para.text), para.text))
        elif res.status != "missing":
            paragraphs[para.id] = res.translated()
    figures = []
    # a metric counted in two units in the document keeps them on every row (12,600 households; 19,200 people; down
    # 800 people), as "In brief" does: alone, "19,200" and "down 800" would not say which is counted
    units: dict[tuple[str, str], set[str]] = {}
    for f in src.figures:
        units.setdefault((f.metric, f.subject), set()).add(f.unit.strip())
    for fig, src_fig in zip(doc.figures, src.figures, strict=True):
        key, zh = figure_item(doc, fig)
        res = memory.resolve(key, zh)
        if res.status in ("reviewed", "stale"):
            figures.append(res.translated())
            continue
        row = figure_row(src_fig, glossary, ctx,
                         keep_unit=len(units[(src_fig.metric, src_fig.subject)] - {"%", "个百分点", ""}) > 1)
        earlier = _earlier_row(doc, fig, memory) if row.status == "missing" else None
        figures.append(earlier or row)
    by_paragraph = figures_by_paragraph(src)
    events = [_first(memory.resolve(f"{doc.id}/event/{text_hash(e.text)}", e.text).translated(),
                     _keep_hash(event_english(src, src_e, glossary, ctx, by_paragraph, src_meta.region), e.text))
              for e, src_e in zip(doc.events, src.events, strict=True)]
    # (a summary sentence that is a timeline entry with no figure: the entry's English)
    dated = list(zip(src.events, events, strict=True))
    summary = [_first(memory.resolve(f"{doc.id}/summary/{text_hash(s)}", s).translated(),
                      _keep_hash(_derived(summary_figures(src, src_s, glossary, ctx)
                                          or summary_event(src, src_s, dated)
                                          or recently_issued(src_s, glossary, src_meta.region)), s))
               for s, src_s in zip(doc.summary, src.summary, strict=True)]
    subtitle = _first(memory.resolve(f"{doc.id}/subtitle", doc.subtitle).translated(),
                      _keep_hash(renderer.subtitle(src.subtitle), doc.subtitle)) if doc.subtitle else None
    in_brief = brief(src, src_meta, glossary, ctx, renderer, title)
    return DocumentTranslation("en", title, paragraphs, summary, figures, events, in_brief, subtitle)


def _keep_hash(item: TranslatedText | None, zh: str) -> TranslatedText | None:
    """Derived text from the Simplified view keeps the hash of the original Chinese (what the page shows)."""
    if item is None or item.source_hash == text_hash(zh):
        return item
    if item.status == "missing" and MISSING_LABEL not in item.text:  # nothing rendered: the original as written
        return TranslatedText(zh, "missing", text_hash(zh))
    return dataclasses.replace(item, source_hash=text_hash(zh))


def _earlier_row(doc: Document, fig: Figure, memory: Memory) -> TranslatedText | None:
    """A reviewed row made for the same figure when its other attributes (period, comparison...) were read
    differently: shown as stale (with the page's warning) rather than not at all. Same metric and value only."""
    head = f"{fig.metric}：{fig.text or fig.value}"
    prefix = f"{doc.id}/figure/"
    for key, entry in memory.entries.items():
        same = entry.zh == head or entry.zh.startswith(head + "（")
        if key.startswith(prefix) and entry.reviewed and entry.en and same:
            return TranslatedText(entry.en, "stale", entry.hash)
    return None


def _derived(text: str | None) -> TranslatedText | None:
    """Text composed from the model (a summary sentence's figures) as a derived translation, or None."""
    return TranslatedText(text, "derived", "") if text else None


def _first(reviewed: TranslatedText, derived: TranslatedText | None) -> TranslatedText:
    """A reviewed (or stale) translation before derived text; derived text with markers only before nothing."""
    if reviewed.status in ("reviewed", "stale") or derived is None:
        return reviewed
    return derived

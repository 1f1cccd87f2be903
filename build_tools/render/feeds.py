"""Atom feeds of the bulletins, one per language: plain XML files written into the docs tree.

``feed.xml`` (the default language, zh) sits at the docs root; another language's feed is ``feed.<lang>.xml``
beside it, the same suffix convention as its pages (``page.en.md``), so the site engine publishes it as
``<lang>/feed.xml`` next to that language's pages. Every link in a feed is relative to the feed itself, so a
feed works on any host and from ``file://``; pages link to their language's feed from the theme (overrides/).

Deterministic: entries are ordered by the bulletins' own dates (newest first, ties by file name), the feed's
``updated`` is the newest bulletin date, and no wall-clock time is used anywhere.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..model import Document, Source, TranslatedText
from . import i18n, paths
from .labels import hant
from .pages import bulletin_label, doc_title

log = logging.getLogger(__name__)

ATOM_NS = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DEFAULT_LANG = "zh"
LANGUAGES = ("zh", "en", "zh-Hant")
# A tag URI (RFC 4151) names the feed and its entries: stable, needs no host, unaffected by where the site lives.
ID_PREFIX = "tag:policy-digest,2024:"
PAGE_SUFFIX = ".html"  # the site is built without directory URLs: page.md -> page.html
EPOCH = "1970-01-01"
MAX_SUMMARY = 3  # summary sentences per document in an entry
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
# Characters XML 1.0 does not allow, even escaped (C0 controls except tab/newline/return, surrogates, U+FFFE/F).
_NOT_XML_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

ET.register_namespace("", ATOM_NS)


@dataclass(frozen=True)
class FeedWords:
    title: str
    subtitle: str
    author: str
    documents: str  # lead-in of the entry's document list


WORDS: dict[str, FeedWords] = {
    "zh": FeedWords("政策文件摘要：公报", "中国地方政府政策文件的结构化摘要，按公报日期排列。",
                    "政策文件摘要", "文档"),
    "en": FeedWords("Policy Digest: bulletins",
                    "Structured digests of Chinese local government policy documents, "
                    "newest bulletin first.", "Policy Digest", "Documents"),
    "zh-Hant": FeedWords("政策文件摘要：公報", "中國地方政府政策文件的結構化摘要，按公報日期排列。",
                         "政策文件摘要", "文檔"),
}


def feed_path(lang: str) -> str:
    """Where a language's feed goes in the docs tree: 'feed.xml' for zh, 'feed.en.xml' for English."""
    return "feed.xml" if lang == DEFAULT_LANG else f"feed.{lang}.xml"


def atom_date(value: str) -> str:
    """A partial ISO date as an Atom (RFC 3339) timestamp, midnight China time.

    '2019-08' -> '2019-08-01T00:00:00+08:00'; empty or unreadable -> ''."""
    m = _DATE_RE.match(value or "")
    if not m:
        return ""
    year, month, day = m.group(1), m.group(2) or "01", m.group(3) or "01"
    return f"{year}-{month}-{day}T00:00:00+08:00"


def bulletin_date(source: Source) -> str:
    """The bulletin's date, else its newest document's date (ISO, possibly partial), else ''."""
    if atom_date(source.meta.date):
        return source.meta.date
    dates = sorted(d.date for d in source.documents if atom_date(d.date))
    return dates[-1] if dates else ""


def xml_text(text: str) -> str:
    return _NOT_XML_RE.sub("", text)


def summary_plain(doc: Document, lang: str) -> list[str]:
    """A document's summary sentences as plain text in ``lang``, as its page shows them: the translation; where
    there is none, English marks the Chinese as not yet translated and Traditional Chinese converts it."""
    if lang == DEFAULT_LANG:
        return list(doc.summary)
    tr = i18n.translation(doc, lang)
    items = tr.summary if tr is not None and len(tr.summary) == len(doc.summary) else []
    if lang == "en":
        return [i18n.english_plain(items[i] if items else TranslatedText(zh, "missing"))
                for i, zh in enumerate(doc.summary)]
    return [items[i].text if items else hant(zh) for i, zh in enumerate(doc.summary)]


def _translated(doc: Document, lang: str) -> tuple[str, list[str]]:
    """A document's title and summary in ``lang``, worded as on its page."""
    return doc_title(doc, lang), summary_plain(doc, lang)


def entry_title(source: Source, lang: str) -> str:
    """The bulletin's name as the site's lists give it in ``lang``."""
    return bulletin_label(source, lang)


def page_href(md_path: str) -> str:
    """The published address of a generated page, relative to the language root: 'a/index.md' -> 'a/index.html'."""
    return md_path[: -len(".md")] + PAGE_SUFFIX if md_path.endswith(".md") else md_path


def _sub(parent: ET.Element, tag: str, text: str = "", **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
    if text:
        el.text = xml_text(text)
    return el


def _entry_html(source: Source, lang: str, words: FeedWords) -> str:
    """The entry's content: its documents, each linked, with up to MAX_SUMMARY summary sentences. Escaped text."""
    items = []
    for doc in source.documents:
        title, summary = _translated(doc, lang)
        sentences = "".join(f"<li>{_esc(s)}</li>" for s in summary[:MAX_SUMMARY])
        body = f"<ul>{sentences}</ul>" if sentences else ""
        href = page_href(paths.document_page(source, doc))
        items.append(f'<li><a href="{_esc(href)}">{_esc(title)}</a>{body}</li>')
    return f"<p>{_esc(words.documents)}</p><ul>{''.join(items)}</ul>" if items else ""


def _esc(text: str) -> str:
    return (xml_text(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _entry(feed: ET.Element, source: Source, lang: str, words: FeedWords, updated: str) -> None:
    entry = _sub(feed, "entry")
    _sub(entry, "id", f"{ID_PREFIX}{lang}/{paths.bulletin_dir(source)}")
    _sub(entry, "title", entry_title(source, lang))
    _sub(entry, "updated", updated)
    _sub(entry, "published", updated)
    author = source.meta.issuer or source.meta.source
    if author:
        _sub(_sub(entry, "author"), "name", i18n.meta_plain(author, lang))
    _sub(entry, "link", rel="alternate", type="text/html", href=page_href(paths.bulletin_page(source)))
    for region in [source.meta.region] if source.meta.region else []:
        _sub(entry, "category", term=xml_text(i18n.meta_plain(region, lang)))
    first = next((s for d in source.documents for s in _translated(d, lang)[1]), "")
    if first:
        _sub(entry, "summary", first, type="text")
    content = _entry_html(source, lang, words)
    if content:
        _sub(entry, "content", content, type="html")


def atom_feed(sources: Iterable[Source], lang: str = DEFAULT_LANG, limit: int = 50) -> str:
    """The Atom feed of ``sources`` in ``lang``: the ``limit`` newest bulletins. Bulletins with no date are left
    out (logged): a feed entry must say when it was published."""
    words = WORDS.get(lang, WORDS[DEFAULT_LANG])
    dated: list[tuple[str, Source]] = []
    for source in sorted(sources, key=lambda s: s.slug):
        date = atom_date(bulletin_date(source))
        if date:
            dated.append((date, source))
        else:
            log.warning("%s: no date, left out of the %s feed", source.slug, lang)
    dated.sort(key=lambda pair: pair[0], reverse=True)  # stable: ties stay in file-name order
    dated = dated[:limit]
    feed = ET.Element(f"{{{ATOM_NS}}}feed", {XML_LANG: lang})
    _sub(feed, "id", f"{ID_PREFIX}{lang}/feed")
    _sub(feed, "title", words.title)
    _sub(feed, "subtitle", words.subtitle)
    _sub(feed, "updated", dated[0][0] if dated else atom_date(EPOCH))
    _sub(_sub(feed, "author"), "name", words.author)
    _sub(feed, "link", rel="alternate", type="text/html", href=page_href(paths.BULLETINS_INDEX))
    _sub(feed, "link", rel="self", type="application/atom+xml", href="feed.xml")
    _sub(feed, "generator", "Policy Digest")
    for date, source in dated:
        _entry(feed, source, lang, words, date)
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def write_feeds(sources: list[Source], out: Path, languages: Iterable[str] = LANGUAGES) -> list[str]:
    """Write one feed per language into the docs tree ``out``; returns the paths written (relative to ``out``)."""
    written = []
    for lang in languages:
        rel_path = feed_path(lang)
        if (out / rel_path).exists():
            raise ValueError(f"{rel_path} already exists in {out}: a hand-written file would be overwritten")
        (out / rel_path).write_text(atom_feed(sources, lang), encoding="utf-8")
        written.append(rel_path)
    log.info("wrote %d feeds: %s", len(written), ", ".join(written))
    return written

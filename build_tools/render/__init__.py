"""Stage 6: write the site sources: Markdown pages with YAML front matter, JSON/CSV data files and SVG charts.

Only plain files come out of here; nothing in this package knows the site engine. mkdocs.yml, overrides/ and
hooks/ are the thin layer that does. Generated paths are listed in ``paths``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path

from ..model import Source
from . import data, indexes, indicators, originals, pages, paths
from .labels import hant
from .memo import NONE, Fragments

log = logging.getLogger(__name__)

# Hand-written pages that come after the generated ones in the navigation, if present in docs/.
EXTRA_PAGES = (paths.SCHEMA, paths.ABOUT)


class Tree:
    """The output folder. Every file is written once: a second write to the same path is a bug."""

    def __init__(self, root: Path):
        self.root = root
        self.written: set[str] = set()

    def write(self, rel: str, content: str | bytes) -> None:
        if rel in self.written:
            raise ValueError(f"two generated files share the path {rel}")
        self.written.add(rel)
        target = self.root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)


class MemoryTree:
    """Stands in for Tree: keeps the files in memory (an incremental build writes only those that changed)."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    @property
    def written(self) -> set[str]:
        return set(self.files)

    def write(self, rel: str, content: str | bytes) -> None:
        if rel in self.files:
            raise ValueError(f"two generated files share the path {rel}")
        self.files[rel] = content.encode("utf-8") if isinstance(content, str) else content


def _page_language(rel: str) -> tuple[str, str]:
    """('about.en.md') -> ('about.md', 'en'); a page without a language suffix is in the default language."""
    for lang in paths.LANGUAGES:
        if lang != paths.DEFAULT_LANG and rel.endswith(f".{lang}.md"):
            return rel[: -len(f".{lang}.md")] + ".md", lang
    return rel, paths.DEFAULT_LANG


def copy_static(docs_src: Path, tree: Tree | MemoryTree) -> dict[str, str]:
    """Copy hand-written pages and assets from docs/; returns the home page text of each language (to be completed).

    A hand-written page in Simplified Chinese without a Traditional version of its own (``page.zh-Hant.md``) gets one
    converted with OpenCC. A page without an English version falls back to the Chinese one on the English site.
    """
    intros: dict[str, str] = {}
    if not docs_src.is_dir():
        log.warning("no hand-written docs folder at %s", docs_src)
        return intros
    files = sorted(p for p in docs_src.rglob("*") if p.is_file())
    present = {p.relative_to(docs_src).as_posix() for p in files}
    for path in files:
        rel = path.relative_to(docs_src).as_posix()
        base, lang = _page_language(rel)
        if not rel.endswith(".md"):
            tree.write(rel, path.read_bytes())
            continue
        text = path.read_text(encoding="utf-8")
        pages = {lang: text}
        if lang == paths.DEFAULT_LANG and paths.localized(base, "zh-Hant") not in present:
            pages["zh-Hant"] = hant(text)
        if lang == paths.DEFAULT_LANG and paths.localized(base, "en") not in present:
            log.warning("docs/%s has no English version (docs/%s)", rel, paths.localized(base, "en"))
        for page_lang, content in pages.items():
            if base == paths.HOME:
                intros[page_lang] = content
            else:
                tree.write(paths.localized(base, page_lang), content)
    return intros


def write_source(source: Source, tree: Tree | MemoryTree) -> tuple[list[dict], list[dict]]:
    """One bulletin's pages (in every language) and data files. Returns its figure and event records for the
    collection files."""
    for lang in paths.LANGUAGES:
        tree.write(paths.localized(paths.bulletin_page(source), lang), pages.bulletin_page(source, lang))
        tree.write(paths.localized(paths.report_page(source), lang), pages.report_page(source, lang))
    tree.write(paths.extract_json(source), data.extract_json(source))
    originals.write_original(source, tree)  # a PDF or DOCX as published, for download
    all_figures: list[dict] = []
    all_events: list[dict] = []
    for doc in source.documents:
        for lang in paths.LANGUAGES:
            tree.write(paths.localized(paths.document_page(source, doc), lang), pages.document_page(source, doc, lang))
        figures, events = data.document_records(source, doc)
        tree.write(paths.document_data(source, doc, "figures.csv"), data.to_csv(figures, data.FIGURE_FIELDS))
        tree.write(paths.document_data(source, doc, "events.csv"), data.to_csv(events, data.EVENT_FIELDS))
        tree.write(paths.document_data(source, doc, "json"),
                   data.to_json({"bulletin": source.slug, "document": doc.id, "figures": figures, "events": events}))
        all_figures += figures
        all_events += events
    return all_figures, all_events


def bulletin_records(source: Source) -> tuple[list[dict], list[dict]]:
    """The figure and event records write_source returns for a bulletin, without rendering it."""
    figures: list[dict] = []
    events: list[dict] = []
    for doc in source.documents:
        f, e = data.document_records(source, doc)
        figures += f
        events += e
    return figures, events


Parts = tuple[str, tuple[str, ...], tuple[tuple[tuple[str, str, str], str, str], ...]]


def _collection_parts(source: Source, records: tuple[list[dict], list[dict]] | None) -> Parts:
    """One bulletin's part of the collection files: its figures' CSV lines and JSON texts, and for each event its
    sort key, CSV line and JSON text (events are sorted across bulletins)."""
    figures, events = records if records is not None else bulletin_records(source)
    return (data.csv_rows(figures, data.FIGURE_FIELDS), tuple(data.dumps(f) for f in figures),
            tuple((data.event_order(e), data.csv_rows([e], data.EVENT_FIELDS), data.dumps(e)) for e in events))


def write_tree(sources: list[Source], out: Path | Tree | MemoryTree, docs_src: Path,
               write_bulletin: Callable | None = None, fragments: Fragments = NONE) -> None:
    """Write the whole generated tree into ``out`` (an empty folder, or a Tree). ``sources`` in any order; their
    documents carry their translations (the translate stage has run). ``write_bulletin`` (default
    ``write_source``) writes one bulletin's pages and returns its figure and event records (or None: they are then
    read from the model); an incremental build passes one that reuses pages already written, and the
    ``fragments`` of site-wide pages remembered from the previous build (memo.py)."""
    write_bulletin = write_bulletin or write_source
    sources = sorted(sources, key=lambda s: s.slug)
    tree = out if isinstance(out, (Tree, MemoryTree)) else Tree(out)
    intros = copy_static(docs_src, tree)
    parts: list[Parts] = []
    for source in sources:
        records = write_bulletin(source, tree)
        parts.append(fragments.get(("collection",), [source], partial(_collection_parts, source, records)))
    events = sorted((e for part in parts for e in part[2]), key=lambda e: e[0])  # stable: ties in slug order
    col = paths.COLLECTION
    tree.write(col["figures.csv"], data.csv_file(data.FIGURE_FIELDS, (part[0] for part in parts)))
    tree.write(col["figures.json"], data.json_list_file("figures", (f for part in parts for f in part[1])))
    tree.write(col["events.csv"], data.csv_file(data.EVENT_FIELDS, (e[1] for e in events)))
    tree.write(col["events.json"], data.json_list_file("events", (e[2] for e in events)))
    groups = indicators.charted_groups(sources)
    charted = {key for key, _ in groups}
    points = indicators.key_figures(sources)
    for lang in paths.LANGUAGES:
        loc = partial(paths.localized, lang=lang)
        tree.write(loc(paths.HOME), indexes.home_page(sources, intros.get(lang, ""), lang=lang, fragments=fragments,
                                                         charted=charted, points=points))
        tree.write(loc(paths.BULLETINS_INDEX), indexes.bulletins_index(sources, lang, fragments))
        tree.write(loc(paths.TIMELINE), indexes.timeline_page(sources, lang, fragments))
        charts: dict[str, str] = {}
        tree.write(loc(paths.INDICATORS), indicators.indicators_page(groups, charts, lang, fragments))
        for chart_path in sorted(charts):
            tree.write(chart_path, charts[chart_path])
        tree.write(loc(paths.DOWNLOADS), indexes.downloads_page(sources, lang, fragments))
        tree.write(loc(paths.GLOSSARY), indexes.glossary_page(lang))
    extra = [p for p in EXTRA_PAGES if p in tree.written]
    tree.write(paths.SITE, indexes.site_file(sources, extra))

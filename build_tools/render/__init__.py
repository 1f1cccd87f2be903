"""Stage 6: write the site sources: Markdown pages with YAML front matter, JSON/CSV data files and SVG charts.

Only plain files come out of here; nothing in this package knows the site engine. mkdocs.yml, overrides/ and
hooks/ are the thin layer that does. Generated paths are listed in ``paths``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..model import Source
from . import data, indexes, pages, paths

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


def copy_static(docs_src: Path, tree: Tree) -> str:
    """Copy hand-written pages and assets from docs/ (except the home page, returned as text to be completed)."""
    intro = ""
    if not docs_src.is_dir():
        log.warning("no hand-written docs folder at %s", docs_src)
        return intro
    for path in sorted(p for p in docs_src.rglob("*") if p.is_file()):
        rel = path.relative_to(docs_src).as_posix()
        if rel == paths.HOME:
            intro = path.read_text(encoding="utf-8")
            continue
        tree.write(rel, path.read_bytes())
    return intro


def write_source(source: Source, tree: Tree) -> tuple[list[dict], list[dict]]:
    """One bulletin's pages and data files. Returns its figure and event records for the collection files."""
    tree.write(paths.bulletin_page(source), pages.bulletin_page(source))
    tree.write(paths.report_page(source), pages.report_page(source))
    tree.write(paths.extract_json(source), data.extract_json(source))
    all_figures: list[dict] = []
    all_events: list[dict] = []
    for doc in source.documents:
        tree.write(paths.document_page(source, doc), pages.document_page(source, doc))
        figures, events = data.document_records(source, doc)
        tree.write(paths.document_data(source, doc, "figures.csv"), data.to_csv(figures, data.FIGURE_FIELDS))
        tree.write(paths.document_data(source, doc, "events.csv"), data.to_csv(events, data.EVENT_FIELDS))
        tree.write(paths.document_data(source, doc, "json"),
                   data.to_json({"bulletin": source.slug, "document": doc.id, "figures": figures, "events": events}))
        all_figures += figures
        all_events += events
    return all_figures, all_events


def write_tree(sources: list[Source], out: Path, docs_src: Path) -> None:
    """Write the whole generated tree into ``out`` (an empty folder). ``sources`` in any order."""
    sources = sorted(sources, key=lambda s: s.slug)
    tree = Tree(out)
    intro = copy_static(docs_src, tree)
    figures: list[dict] = []
    events: list[dict] = []
    for source in sources:
        f, e = write_source(source, tree)
        figures += f
        events += e
    events.sort(key=data.event_order)
    col = paths.COLLECTION
    tree.write(col["figures.csv"], data.to_csv(figures, data.FIGURE_FIELDS))
    tree.write(col["figures.json"], data.to_json({"figures": figures}))
    tree.write(col["events.csv"], data.to_csv(events, data.EVENT_FIELDS))
    tree.write(col["events.json"], data.to_json({"events": events}))
    tree.write(paths.HOME, indexes.home_page(sources, intro))
    tree.write(paths.BULLETINS_INDEX, indexes.bulletins_index(sources))
    tree.write(paths.TIMELINE, indexes.timeline_page(sources))
    charts: dict[str, str] = {}
    tree.write(paths.INDICATORS, indexes.indicators_page(sources, charts))
    for chart_path in sorted(charts):
        tree.write(chart_path, charts[chart_path])
    tree.write(paths.DOWNLOADS, indexes.downloads_page(sources))
    extra = [p for p in EXTRA_PAGES if p in tree.written]
    tree.write(paths.SITE, indexes.site_file(sources, extra))


"""``python -m build_tools translate --status``: translation coverage per bulletin and language.

For each bulletin in the seeds folder and each language, counts the items of its pages by where their text
comes from: reviewed (human translation), derived (generated from structured data), converted (OpenCC),
missing, stale (the reviewed translation was made for a different Chinese text), then the English share per
part of the page (title, subtitle, headings and paragraphs, summary, "In brief", key figures, timeline). Also
lists unreviewed drafts and translation-file entries that match nothing. ``--strict`` exits 1 if anything is
missing or stale.
"""

from __future__ import annotations

import logging
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from ..errors import InputError
from ..model import DocumentTranslation, Source
from ..sources import iter_sources
from .memory import TRANSLATIONS_DIR, document_items, load_memory, text_hash

log = logging.getLogger(__name__)

STATUSES = ("reviewed", "derived", "converted", "missing", "stale")
LANGS = ("en", "zh-Hant")


@dataclass
class Coverage:
    bulletin: str
    lang: str
    counts: Counter[str] = field(default_factory=Counter)
    unreviewed: int = 0  # drafts with English but not reviewed: not published
    unused: list[str] = field(default_factory=list)  # memory ids that match no current item
    stale_ids: list[str] = field(default_factory=list)
    parts: Counter[tuple[str, str]] = field(default_factory=Counter)  # (kind, status) of every item

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def failing(self) -> bool:
        return bool(self.counts["missing"] or self.counts["stale"])


def _texts(tr: DocumentTranslation) -> list[tuple[str, str]]:
    """(kind, status) of every item of a translated page."""
    items = [("title", tr.title.status)]
    items += [("paragraph", t.status) for t in tr.paragraphs.values()]
    items += [("summary", t.status) for t in tr.summary]
    items += [("figure", t.status) for t in tr.figures]
    items += [("event", t.status) for t in tr.events]
    items += [(kind, t.status) for kind, t in (("subtitle", tr.subtitle), ("brief", tr.brief)) if t is not None]
    return items


def coverage(source: Source, translations_dir: Path = TRANSLATIONS_DIR) -> list[Coverage]:
    """Coverage of one translated source, per language."""
    result = []
    for lang in LANGS:
        cov = Coverage(source.slug, lang)
        for doc in source.documents:
            tr = doc.translations.get(lang)
            if tr is None:
                continue
            texts = _texts(tr)
            cov.counts.update(status for _kind, status in texts)
            cov.parts.update(texts)
        if lang == "en":
            _memory_notes(source, cov, translations_dir)
        result.append(cov)
    return result


def _memory_notes(source: Source, cov: Coverage, translations_dir: Path) -> None:
    memory, _problems = load_memory(source.slug, "en", translations_dir)
    current = {}
    from .english import figure_item
    from .memory import Item

    for doc in source.documents:
        for item in document_items(doc, body=True):
            current[item.key] = item
        for fig in doc.figures:  # key-figure rows a translator may have translated by hand
            key, zh = figure_item(doc, fig)
            current[key] = Item(key, zh, "figure")
    hashes = {text_hash(item.zh) for item in current.values()}
    for key, entry in memory.entries.items():
        item = current.get(key)
        if entry.en and not entry.reviewed:
            cov.unreviewed += 1
        if item is None and entry.hash not in hashes:
            cov.unused.append(key)
        elif item is not None and entry.en and entry.reviewed and entry.hash != text_hash(item.zh):
            cov.stale_ids.append(key)


def _process(path: Path, translations_dir: Path) -> Source:
    from ..pipeline import process
    from . import translate

    return translate(process(path), translations_dir=translations_dir)


def _table(rows: list[Coverage], out: TextIO) -> None:
    width = max([len("bulletin"), *(len(r.bulletin) for r in rows)])
    head = f"{'bulletin':<{width}}  {'lang':<7} {'items':>5} " + " ".join(f"{s:>9}" for s in STATUSES)
    out.write(head + f" {'drafts':>6}\n")
    for r in rows:
        cells = " ".join(f"{r.counts[s]:>9}" for s in STATUSES)
        out.write(f"{r.bulletin:<{width}}  {r.lang:<7} {r.total:>5} {cells} {r.unreviewed:>6}\n")
    for lang in LANGS:
        total: Counter[str] = Counter()
        for r in rows:
            if r.lang == lang:
                total.update(r.counts)
        cells = " ".join(f"{total[s]:>9}" for s in STATUSES)
        out.write(f"{'TOTAL':<{width}}  {lang:<7} {sum(total.values()):>5} {cells}\n")


PART_ORDER = ("title", "subtitle", "paragraph", "summary", "brief", "figure", "event")
ENGLISH = ("reviewed", "derived")


def _parts(rows: list[Coverage], out: TextIO) -> None:
    """English share per part of the page: items in English (reviewed or derived) out of all items."""
    total: Counter[tuple[str, str]] = Counter()
    for r in rows:
        if r.lang == "en":
            total.update(r.parts)
    kinds = [k for k in PART_ORDER if any(kind == k for kind, _s in total)]
    if not kinds:
        return
    out.write("\nEnglish share per part (reviewed + derived / items):\n")
    for kind in kinds:
        n = sum(c for (k, _s), c in total.items() if k == kind)
        english = sum(total[(kind, s)] for s in ENGLISH)
        out.write(f"  {kind:<10} {english:>5} / {n:<5} {100 * english / n:5.1f}%\n")


def run_status(seeds: str | Path = "seeds", strict: bool = False, out: TextIO | None = None,
               translations_dir: Path = TRANSLATIONS_DIR) -> int:
    """Print the coverage table; return 1 in strict mode if anything is missing or stale (or a source fails)."""
    out = out or sys.stdout
    paths = list(iter_sources(seeds))  # the one rule for what a bulletin is (sources.py), as in build and lint
    if not paths:
        out.write(f"no sources in {seeds}\n")
        return 1 if strict else 0
    rows: list[Coverage] = []
    failed: list[str] = []
    for path in paths:
        try:
            source = _process(path, translations_dir)
        except InputError as exc:
            failed.append(f"{path}: {exc}")
            continue
        rows.extend(coverage(source, translations_dir))
    _table(rows, out)
    _parts(rows, out)
    for r in rows:
        if r.stale_ids:
            out.write(f"\n{r.bulletin} ({r.lang}): stale, the Chinese changed since translation:\n")
            out.writelines(f"  {key}\n" for key in r.stale_ids)
        if r.unused:
            out.write(f"\n{r.bulletin} ({r.lang}): entries matching no current text (old ids?):\n")
            out.writelines(f"  {key}\n" for key in r.unused)
    for line in failed:
        out.write(f"\nerror: {line}\n")
    bad = failed or any(r.failing for r in rows)
    if strict and bad:
        out.write("\nstrict: missing or stale translations (see above)\n")
        return 1
    return 1 if failed else 0

"""Translators' exchange files: export what has no English (or stale English) as PO or XLIFF, import it back.

``python -m build_tools.translate export seeds/<slug>.txt --format po|xliff --out DIR`` writes one file per
bulletin with every item whose English is missing or stale once reviewed translations and derived text (genre
templates, key-figure rows, timeline clauses) are applied. Each unit carries its id (the translation-memory key),
the Chinese, any draft or stale English, and notes for the translator: the glossary's English for the terms in it,
the partly rendered English the templates made (with "[not yet translated: ...]" markers) and fuzzy matches from
the official corpus (State Council work reports and NBS yearbook tables, ``../shared/reference``; optional).

``python -m build_tools.translate import FILE.po|FILE.xlf [--reviewed]`` writes the translated units into
``translations/en/<slug>.yml`` (memory.py format): a unit with English becomes an entry for its id and Chinese.
An entry is published (``reviewed: true``) only if the file says it was checked: XLIFF ``state="final"`` or
``"signed-off"``; PO entries are drafts unless ``--reviewed`` is given (the reviewer imports the file they checked)
and never when marked fuzzy.

Libraries: PO through Babel's ``babel.messages`` (BSD-3-Clause, already a dependency of the site) rather than polib
(MIT, a new dependency for the same job) or translate-toolkit (GPL-2.0-or-later: its licence would bind the build
tools that import it); XLIFF 1.2 through the standard library's ElementTree (escaping and parsing by the library);
fuzzy matching through rapidfuzz (MIT).
"""

from __future__ import annotations

import io
import logging
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po, write_po

from ..fsutil import atomic_write_text
from ..model import Source
from .glossary import Glossary, get_glossary
from .memory import TRANSLATIONS_DIR, Item, MemoryEntry, dump_memory, load_memory, memory_path, text_hash

log = logging.getLogger(__name__)

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
FORMATS = ("po", "xliff")
SUFFIX = {"po": ".po", "xliff": ".xlf"}
FUZZY_CUTOFF = 60  # rapidfuzz ratio (0-100) below which a corpus segment is not worth showing
FUZZY_LIMIT = 3
REVIEWED_STATES = ("final", "signed-off")
FIXED_DATE = datetime(2000, 1, 1, tzinfo=UTC)  # PO header dates: fixed, so an export is byte-identical


@dataclass
class Unit:
    """One item for a translator."""

    key: str
    zh: str
    kind: str
    target: str = ""  # a draft or stale English to revise
    state: str = "needs-translation"  # XLIFF state: needs-translation | needs-review-translation | final ...
    notes: list[str] = field(default_factory=list)
    matches: list[tuple[int, str, str, str]] = field(default_factory=list)  # (score, citation, zh, en)


def _translated_status(source: Source) -> dict[str, tuple[str, str]]:
    """(status, text) of every item of the translated English page, by memory key."""
    from .english import figure_item

    out: dict[str, tuple[str, str]] = {}
    for doc in source.documents:
        tr = doc.translations.get("en")
        if tr is None:
            continue
        out[f"{doc.id}/title"] = (tr.title.status, tr.title.text)
        for pid, item in tr.paragraphs.items():
            out[f"{doc.id}/{pid}"] = (item.status, item.text)
        for sentence, item in zip(doc.summary, tr.summary, strict=True):
            out[f"{doc.id}/summary/{text_hash(sentence)}"] = (item.status, item.text)
        for event, item in zip(doc.events, tr.events, strict=True):
            out[f"{doc.id}/event/{text_hash(event.text)}"] = (item.status, item.text)
        for fig, item in zip(doc.figures, tr.figures, strict=True):
            out[figure_item(doc, fig)[0]] = (item.status, item.text)
        if doc.subtitle and tr.subtitle is not None:
            out[f"{doc.id}/subtitle"] = (tr.subtitle.status, tr.subtitle.text)
    return out


def _items(source: Source) -> list[Item]:
    from .english import figure_item
    from .memory import document_items

    items: list[Item] = []
    for doc in source.documents:
        items += document_items(doc)
        seen = {i.key for i in items}
        for fig in doc.figures:
            key, zh = figure_item(doc, fig)
            if key not in seen:
                seen.add(key)
                items.append(Item(key, zh, "figure"))
    return items


def glossary_notes(zh: str, glossary: Glossary) -> list[str]:
    """'术语 = English (source)' for each glossary term of the text, in order, once each."""
    notes, seen = [], set()
    for match in glossary.find_terms(zh):
        entry = match.entry
        if entry.zh in seen:
            continue
        seen.add(entry.zh)
        notes.append(f"glossary: {match.text} = {entry.en} ({entry.source})")
    return notes


class Corpus:
    """Fuzzy matches from the official corpus (None of it when the reference files are absent)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.segments: list[tuple[str, str, str]] = []
        try:
            from .terminology import REFERENCE_DIR, load_segments

            segments = load_segments(folder or REFERENCE_DIR)
        except (FileNotFoundError, ImportError) as exc:
            log.info("no fuzzy matches from the official corpus: %s", exc)
            return
        self.segments = [(s.zh, s.en, s.citation) for s in segments if s.zh and s.en]
        self._choices = [s[0] for s in self.segments]

    def matches(self, zh: str) -> list[tuple[int, str, str, str]]:
        """The best official segments for a text (WRatio: whole or partial similarity), one per Chinese wording."""
        if not self.segments:
            return []
        from rapidfuzz import fuzz, process

        found = process.extract(zh, self._choices, scorer=fuzz.WRatio, limit=FUZZY_LIMIT * 3,
                                score_cutoff=FUZZY_CUTOFF)
        out: list[tuple[int, str, str, str]] = []
        seen: set[str] = set()
        for _choice, score, i in found:
            seg_zh, seg_en, cite = self.segments[i]
            if seg_zh not in seen:
                seen.add(seg_zh)
                out.append((round(score), cite, seg_zh, seg_en))
        return out[:FUZZY_LIMIT]


def export_units(source: Source, glossary: Glossary | None = None, corpus: Corpus | None = None,
                 translations_dir: Path = TRANSLATIONS_DIR) -> list[Unit]:
    """The units of a translated source that need a translator: English missing, stale, or only a draft."""
    glossary = glossary or get_glossary()
    memory, _problems = load_memory(source.slug, "en", translations_dir)
    shown = _translated_status(source)
    units = []
    for item in _items(source):
        status, text = shown.get(item.key, ("missing", item.zh))
        if status in ("reviewed", "derived", "converted"):
            continue
        entry = memory.entries.get(item.key)
        unit = Unit(item.key, item.zh, item.kind)
        if status == "stale" and entry is not None:
            unit.target, unit.state = entry.en, "needs-review-translation"
            unit.notes.append(f"stale: this English was made for an earlier Chinese text: {entry.zh}")
        elif status == "stale":  # a row reviewed for the same figure read differently (english._earlier_row)
            unit.target, unit.state = text, "needs-review-translation"
            unit.notes.append("stale: this English was made for the same figure read with another period or "
                              "comparison")
        elif entry is not None and entry.en and entry.hash == text_hash(item.zh):
            unit.target, unit.state = entry.en, "needs-review-translation"
            unit.notes.append("draft: not reviewed yet")
        if status == "missing" and text != item.zh and "[" in text:
            unit.notes.append(f"generated with gaps: {text}")
        unit.notes += glossary_notes(item.zh, glossary)
        if corpus is not None:
            unit.matches = corpus.matches(item.zh)
        units.append(unit)
    return units


# ---- PO ----

def to_po(slug: str, units: list[Unit]) -> str:
    catalog = Catalog(locale="en", project=slug, version="1", creation_date=FIXED_DATE,
                      revision_date=FIXED_DATE, header_comment=f"# English translations of the bulletin {slug}.\n"
                      "# Import with: python -m build_tools.translate import FILE [--reviewed]", fuzzy=False)
    for unit in units:
        comments = [f"{unit.kind}", *unit.notes]
        comments += [f"official {score}% {cite}: {zh} => {en}" for score, cite, zh, en in unit.matches]
        flags = ("fuzzy",) if unit.target else ()
        catalog[unit.zh] = Message(unit.zh, unit.target, flags=flags, auto_comments=comments, context=unit.key)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, omit_header=False, include_lineno=False)
    return buffer.getvalue().decode("utf-8")


def from_po(text: str) -> tuple[str, list[tuple[str, str, str, bool]]]:
    """(slug, [(key, zh, en, fuzzy)]) of a PO file."""
    catalog = read_po(io.StringIO(text))
    units = []
    for message in catalog:
        if not message.id or not message.context:
            continue
        en = message.string if isinstance(message.string, str) else ""
        units.append((message.context, str(message.id), en.strip(), message.fuzzy))
    return catalog.project or "", units


# ---- XLIFF 1.2 ----

def to_xliff(slug: str, units: list[Unit]) -> str:
    ET.register_namespace("", XLIFF_NS)
    root = ET.Element(f"{{{XLIFF_NS}}}xliff", {"version": "1.2"})
    file_el = ET.SubElement(root, f"{{{XLIFF_NS}}}file", {"original": slug, "source-language": "zh-Hans",
                                                           "target-language": "en", "datatype": "plaintext"})
    body = ET.SubElement(file_el, f"{{{XLIFF_NS}}}body")
    for unit in units:
        tu = ET.SubElement(body, f"{{{XLIFF_NS}}}trans-unit", {"id": unit.key, "resname": unit.kind})
        ET.SubElement(tu, f"{{{XLIFF_NS}}}source").text = unit.zh
        target = ET.SubElement(tu, f"{{{XLIFF_NS}}}target", {"state": unit.state})
        target.text = unit.target
        for note in unit.notes:
            ET.SubElement(tu, f"{{{XLIFF_NS}}}note", {"from": note.partition(":")[0]}).text = note
        for score, cite, zh, en in unit.matches:
            alt = ET.SubElement(tu, f"{{{XLIFF_NS}}}alt-trans", {"match-quality": str(score), "origin": cite})
            ET.SubElement(alt, f"{{{XLIFF_NS}}}source").text = zh
            ET.SubElement(alt, f"{{{XLIFF_NS}}}target").text = en
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def from_xliff(text: str) -> tuple[str, list[tuple[str, str, str, bool]]]:
    """(slug, [(key, zh, en, reviewed)]) of an XLIFF 1.2 file."""
    root = ET.fromstring(text)
    ns = {"x": XLIFF_NS}
    file_el = root.find("x:file", ns)
    slug = file_el.get("original", "") if file_el is not None else ""
    units = []
    for tu in root.iter(f"{{{XLIFF_NS}}}trans-unit"):
        source = tu.find("x:source", ns)
        target = tu.find("x:target", ns)
        zh = "".join(source.itertext()) if source is not None else ""
        en = "".join(target.itertext()).strip() if target is not None else ""
        state = target.get("state", "") if target is not None else ""
        units.append((tu.get("id", ""), zh, en, state in REVIEWED_STATES))
    return slug, units


# ---- files ----

def export_file(source: Source, fmt: str, out_dir: Path, *, corpus: Corpus | None = None,
                translations_dir: Path = TRANSLATIONS_DIR) -> tuple[Path, int]:
    """Write ``<out_dir>/<slug>.po|.xlf`` for a translated source; returns its path and number of units."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format '{fmt}': use one of {', '.join(FORMATS)}")
    units = export_units(source, corpus=corpus, translations_dir=translations_dir)
    text = to_po(source.slug, units) if fmt == "po" else to_xliff(source.slug, units)
    path = out_dir / f"{source.slug}{SUFFIX[fmt]}"
    atomic_write_text(path, text)
    return path, len(units)


def import_file(path: Path, *, reviewed: bool = False, translations_dir: Path = TRANSLATIONS_DIR,
                slug: str = "") -> tuple[Path, int]:
    """Merge the translated units of a PO or XLIFF file into ``translations/en/<slug>.yml``.

    Returns the memory file and the number of entries written. Units without English are skipped; an entry is
    reviewed only as the module docstring says. Other entries of the memory are kept as they are.
    """
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".xlf", ".xliff") or text.lstrip().startswith("<?xml") or "<xliff" in text[:500]:
        try:
            file_slug, raw = from_xliff(text)
        except ET.ParseError as exc:
            line, column = exc.position
            raise ValueError(f"{path}:{line}:{column}: not a well-formed XLIFF file ({exc}); export it again from "
                             "the translation tool") from exc
        units = [(key, zh, en, done) for key, zh, en, done in raw]
    else:
        file_slug, raw = from_po(text)
        units = [(key, zh, en, reviewed and not fuzzy) for key, zh, en, fuzzy in raw]
    slug = slug or file_slug or path.stem
    if not slug or "/" in slug or slug.startswith("."):
        raise ValueError(f"{path}: cannot tell which bulletin this file is for; give --slug")
    memory, problems = load_memory(slug, "en", translations_dir)
    if any(p.severity == "error" for p in problems):
        raise ValueError(f"fix {memory_path(slug, 'en', translations_dir)} first: {problems[0]}")
    written = 0
    for key, zh, en, done in units:
        if not key or not zh or not en:
            continue
        if not key.startswith(f"{slug}"):
            log.warning("%s: unit %s does not belong to bulletin %s: skipped", path, key, slug)
            continue
        memory.entries[key] = MemoryEntry(key, zh.strip(), en, done)
        written += 1
    memory._reindex()
    target = memory_path(slug, "en", translations_dir)
    atomic_write_text(target, dump_memory(memory))
    log.info("%s: %d entries from %s", target, written, path)
    return target, written

"""Translation memory: human-reviewed translations kept as data, one YAML file per bulletin and language.

``translations/en/<source-slug>.yml``::

    bulletin: 2019-chaoyang-opening-up-page
    lang: en
    entries:
      2019-chaoyang-opening-up-page/title:
        zh: 砥砺奋进 新时代振兴力量
        hash: 5d0c3a1e
        en: Forging Ahead: the Strength of Revitalization in the New Era
        reviewed: true

Keys are stable ids: ``<doc-id>/title``, ``<doc-id>/subtitle``, ``<doc-id>/<paragraph-id>`` (headings, or any
paragraph), ``<doc-id>/summary/<hash8>`` and ``<doc-id>/event/<hash8>``, where hash8 is ``text_hash`` of the Chinese.
``zh`` is the Chinese the English translates and ``hash`` its hash: when the document's Chinese changes,
the entry no longer matches and is reported *stale*. Only entries with ``reviewed: true`` are published;
an unreviewed draft counts as missing. ``write_skeleton`` writes (or completes) a file with the Chinese
filled in and ``en`` empty, for a translator.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import Problem
from ..fsutil import atomic_write_text
from ..meta import parse_yaml
from ..model import Document, Source, TranslatedText

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "translations"
HASH_RE = re.compile(r"^[0-9a-f]{8}$")
ENTRY_KEYS = ("zh", "hash", "en", "reviewed")
TOP_KEYS = ("bulletin", "lang", "entries")


def text_hash(text: str) -> str:
    """8 hex digits identifying a Chinese text; whitespace and Unicode normalisation do not count."""
    norm = re.sub(r"\s+", "", unicodedata.normalize("NFC", text or ""))
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:8]


@dataclass(frozen=True)
class Item:
    """One translatable item of a document and its stable id."""

    key: str
    zh: str
    kind: str  # title | subtitle | heading | paragraph | summary | event | figure


def document_items(doc: Document, *, body: bool = False) -> list[Item]:
    """The items a translator translates, in reading order: title, headings, summary, events.

    Body paragraphs are included only with ``body=True`` (the English page shows them only when a
    reviewed translation exists).
    """
    items = [Item(f"{doc.id}/title", doc.title, "title")]
    if doc.subtitle:
        items.append(Item(f"{doc.id}/subtitle", doc.subtitle, "subtitle"))
    for para in doc.paragraphs:
        if para.heading > 0:
            items.append(Item(f"{doc.id}/{para.id}", para.text, "heading"))
        elif body:
            items.append(Item(f"{doc.id}/{para.id}", para.text, "paragraph"))
    seen: set[str] = set()
    for sentence in doc.summary:
        key = f"{doc.id}/summary/{text_hash(sentence)}"
        if key not in seen:
            seen.add(key)
            items.append(Item(key, sentence, "summary"))
    for event in doc.events:
        key = f"{doc.id}/event/{text_hash(event.text)}"
        if key not in seen:
            seen.add(key)
            items.append(Item(key, event.text, "event"))
    return items


@dataclass
class MemoryEntry:
    key: str
    zh: str
    en: str = ""
    reviewed: bool = False
    hash: str = ""  # hash of the Chinese the English was made for (defaults to text_hash(zh))
    line: int = field(default=0, compare=False)  # where it was read (for messages)

    def __post_init__(self) -> None:
        if not self.hash:
            self.hash = text_hash(self.zh)


@dataclass(frozen=True)
class Resolution:
    """What the memory says about one item."""

    status: str  # reviewed | stale | missing
    text: str  # the English (reviewed, stale) or the Chinese (missing)
    source_hash: str
    note: str = ""  # "moved" (found under another key by its Chinese), "unreviewed" (draft not published)

    def translated(self) -> TranslatedText:
        return TranslatedText(self.text, self.status, self.source_hash)


@dataclass
class Memory:
    bulletin: str
    lang: str = "en"
    entries: dict[str, MemoryEntry] = field(default_factory=dict)
    path: Path | None = None
    _by_hash: dict[str, MemoryEntry] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._reindex()

    def _reindex(self) -> None:
        self._by_hash = {}
        for entry in self.entries.values():
            if entry.en and entry.reviewed:
                self._by_hash.setdefault(entry.hash, entry)

    def resolve(self, key: str, zh: str) -> Resolution:
        """Reviewed English for the item ``key`` whose Chinese is now ``zh``, or why there is none."""
        current = text_hash(zh)
        entry = self.entries.get(key)
        if entry is not None and entry.en and entry.hash == current:
            if entry.reviewed:
                return Resolution("reviewed", entry.en, current)
            return Resolution("missing", zh, current, "unreviewed")
        moved = self._by_hash.get(current)
        if moved is not None:  # same Chinese under another id (e.g. paragraphs renumbered)
            return Resolution("reviewed", moved.en, current, "moved")
        if entry is not None and entry.en and entry.reviewed:
            return Resolution("stale", entry.en, entry.hash)
        return Resolution("missing", zh, current, "unreviewed" if entry is not None and entry.en else "")


def memory_path(slug: str, lang: str = "en", folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / lang / f"{slug}.yml"


def _entry_lines(node: yaml.Node | None) -> dict[str, int]:
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == "entries" and isinstance(value, yaml.MappingNode):
                for k, _v in value.value:
                    lines[str(k.value)] = k.start_mark.line + 1
    return lines


def parse_memory(text: str, name: str, slug: str = "", lang: str = "en") -> tuple[Memory, list[Problem]]:
    """A memory from YAML text, and every problem in it (names the file, line and fix)."""
    memory = Memory(bulletin=slug, lang=lang)
    data, problems, node = parse_yaml(text, name)
    if data is None:
        return memory, problems
    if not isinstance(data, dict):
        return memory, problems + [Problem(name, "a translation file must be a mapping with 'entries:'",
                                           "see translations/README.md for the format", 1)]
    for key in data:
        if key not in TOP_KEYS:
            problems.append(Problem(name, f"unknown key '{key}'", f"use only: {', '.join(TOP_KEYS)}"))
    if slug and data.get("bulletin") and data["bulletin"] != slug:
        problems.append(Problem(name, f"bulletin '{data['bulletin']}' does not match the file name '{slug}'",
                                f"write 'bulletin: {slug}'", 1, severity="warning"))
    raw_entries = data.get("entries") or {}
    if not isinstance(raw_entries, dict):
        return memory, problems + [Problem(name, "'entries' must be a mapping of id: {zh, en, reviewed}",
                                           "indent each id under 'entries:'", 1)]
    lines = _entry_lines(node)
    for key, raw in raw_entries.items():
        line = lines.get(str(key), 0)
        entry, probs = _parse_entry(str(key), raw, name, line)
        problems.extend(probs)
        if entry is not None:
            memory.entries[entry.key] = entry
    memory._reindex()
    return memory, problems


def _parse_entry(key: str, raw: Any, name: str, line: int) -> tuple[MemoryEntry | None, list[Problem]]:
    if not isinstance(raw, dict):
        return None, [Problem(name, f"{key}: an entry must have zh, en and reviewed",
                              "write 'zh: ...', 'en: ...', 'reviewed: false' indented under the id", line)]
    problems = []
    for k in raw:
        if k not in ENTRY_KEYS:
            problems.append(Problem(name, f"{key}: unknown key '{k}'", f"use only: {', '.join(ENTRY_KEYS)}", line))
    zh = raw.get("zh")
    if not isinstance(zh, str) or not zh.strip():
        problems.append(Problem(name, f"{key}: 'zh' (the Chinese being translated) is missing",
                                "regenerate the skeleton, or copy the Chinese text into 'zh'", line))
        return None, problems
    en = raw.get("en")
    en = "" if en is None else str(en).strip()
    reviewed = raw.get("reviewed", False)
    if not isinstance(reviewed, bool):
        problems.append(Problem(name, f"{key}: 'reviewed' must be true or false", "write 'reviewed: true'", line))
        reviewed = False
    if reviewed and not en:
        problems.append(Problem(name, f"{key}: marked reviewed but 'en' is empty", "write the English", line,
                                severity="warning"))
    digest = str(raw.get("hash") or "")
    if digest and not HASH_RE.match(digest):
        problems.append(Problem(name, f"{key}: 'hash' must be 8 hex digits", "remove the line (it is recomputed)",
                                line))
        digest = ""
    if digest and digest != text_hash(zh):
        problems.append(Problem(name, f"{key}: 'hash' is not the hash of 'zh' (the Chinese was edited by hand?)",
                                "regenerate with the skeleton command, or remove 'hash' if 'zh' is right",
                                line, severity="warning"))
    return MemoryEntry(key, zh.strip(), en, reviewed, digest, line), problems


def load_memory(slug: str, lang: str = "en", folder: Path = TRANSLATIONS_DIR) -> tuple[Memory, list[Problem]]:
    """The memory of one bulletin (empty if there is no file)."""
    path = memory_path(slug, lang, folder)
    if not path.exists():
        return Memory(bulletin=slug, lang=lang, path=path), []
    memory, problems = parse_memory(path.read_text(encoding="utf-8"), str(path), slug, lang)
    memory.path = path
    for problem in problems:
        log.warning("%s", problem)
    return memory, problems


def validate_file(path: str | Path) -> list[Problem]:
    """Problems in one translation file (for ``python -m build_tools lint``)."""
    path = Path(path)
    return parse_memory(path.read_text(encoding="utf-8"), str(path), path.stem, path.parent.name)[1]


HEADER = """\
# {lang} translations of the bulletin seeds/{slug}.txt (written by the skeleton command, completed by hand).
# For each id: zh = the Chinese being translated (do not edit), hash = its hash (do not edit),
# en = the translation, reviewed = true once a second person has checked it (only reviewed entries are
# published). When the Chinese text changes, the entry is reported stale: rerun the skeleton command with
# --update, revise 'en' and set 'reviewed: true' again. See translations/README.md.
"""


def _dump_entry(entry: MemoryEntry) -> dict[str, Any]:
    return {"zh": entry.zh, "hash": entry.hash, "en": entry.en, "reviewed": entry.reviewed}


def skeleton(source: Source, memory: Memory, *, update: bool = False, body: bool = False,
             extra: dict[str, list[Item]] | None = None) -> Memory:
    """A memory holding every item of ``source``: existing entries are kept, new items get an empty ``en``.

    With ``update``, an entry whose Chinese changed takes the new Chinese and hash, keeps its English as a
    draft and is set ``reviewed: false``. Entries that match no item are kept at the end.
    """
    result = Memory(bulletin=source.slug, lang=memory.lang, path=memory.path)
    for doc in source.documents:
        for item in document_items(doc, body=body) + (extra or {}).get(doc.id, []):
            old = memory.entries.get(item.key)
            if old is None:
                result.entries[item.key] = MemoryEntry(item.key, item.zh)
            elif update and old.hash != text_hash(item.zh):
                result.entries[item.key] = MemoryEntry(item.key, item.zh, old.en, False)
            else:
                result.entries[item.key] = old
    for key, old in memory.entries.items():
        result.entries.setdefault(key, old)
    result._reindex()
    return result


def dump_memory(memory: Memory) -> str:
    data = {"bulletin": memory.bulletin, "lang": memory.lang,
            "entries": {key: _dump_entry(entry) for key, entry in memory.entries.items()}}
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100000, default_flow_style=False)
    return HEADER.format(lang=memory.lang, slug=memory.bulletin) + body


def write_skeleton(source: Source, lang: str = "en", folder: Path = TRANSLATIONS_DIR, *, update: bool = False,
                   body: bool = False) -> Path:
    """Write (or complete) ``translations/<lang>/<slug>.yml`` for a processed bulletin. Returns its path."""
    memory, problems = load_memory(source.slug, lang, folder)
    if any(p.severity == "error" for p in problems):
        raise ValueError(f"fix {memory.path} first: {problems[0]}")
    from .comparisons import context_for
    from .english import missing_figure_items  # the rows the glossary cannot render, for a translator
    from .glossary import get_glossary

    glossary = get_glossary()
    ctx = context_for(source.meta.region, glossary)
    extra = {doc.id: [Item(k, zh, "figure") for k, zh in missing_figure_items(doc, glossary, ctx)]
             for doc in source.documents}
    result = skeleton(source, memory, update=update, body=body, extra=extra)
    path = memory_path(source.slug, lang, folder)
    atomic_write_text(path, dump_memory(result))
    added = len(result.entries) - len(memory.entries)
    log.info("%s: %d entries (%d new)", path, len(result.entries), added)
    return path

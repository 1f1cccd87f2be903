"""Build cache: the model of each source after extract and translate, so unchanged bulletins are not processed again.

An entry is the ``Source.to_dict()`` JSON of one source, stored under a key that hashes everything the model
depends on:

- the source text and its metadata file (bytes), and the path the model records;
- the glossary (every file of glossary/) and the source's own translation files (translations/<lang>/<slug>.yml);
- the pipeline version: every file of the build_tools package (code and data), the model's schema version, the
  Python version and the versions of the libraries that shape the output. Editing any pipeline file therefore
  invalidates every entry: correctness first.

Layout: ``<cache>/models/<hash of the source's absolute path>/<key>.json`` plus a ``PATH`` file naming the
source, and ``<key>.outline.pickle``: the same model without the text (paragraphs, their translations and the
cleaning report), all that the site-wide pages read; a rebuild loads only outlines for the bulletins whose pages
it takes from the previous tree. Outlines are pickles, the fastest form Python reads back (a rebuild at 1,000
bulletins reads 1,000 of them), written once per key by the process that built the model.
Entries are written atomically (a reader sees the old entry, the new one or
none). ``prune`` keeps one entry per source and drops the entries of sources that no longer exist, so the cache
does not grow without bound. A damaged or unreadable entry counts as a miss.

``<cache>/fragments/<shard>.pickle``: the fragments of site-wide pages the last build used (render/memo.py), keyed
by the bulletin keys above, so a rebuild renders again only the fragments of the bulletins that changed, and
writes again only their shards. Pickles hold the model's dataclasses, strings and tuples, written and read by this
program alone (a local cache, like the models).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import shutil
import sys
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .errors import InputError
from .fsutil import atomic_write_bytes, atomic_write_text
from .model import SCHEMA_VERSION, Source
from .sources import MAX_META_BYTES, MAX_SOURCE_BYTES, META_SUFFIXES, read_source_bytes

log = logging.getLogger(__name__)

FORMAT = 1  # bump when the layout or the content of an entry changes
PACKAGE_DIR = Path(__file__).resolve().parent
ROOT = PACKAGE_DIR.parent
DEFAULT_DIR = ROOT / "build" / "cache"
GLOSSARY_DIR = ROOT / "glossary"
LEGACY_FRAGMENTS = "fragments.pickle"  # one file for all fragments, before shards
TRANSLATIONS_DIR = ROOT / "translations"
# Libraries whose version can change the model (decoding, segmentation, number parsing, Chinese conversion).
LIBRARIES = ("charset-normalizer", "cn2an", "jieba", "rjieba", "OpenCC", "PyYAML")
_SKIP_PARTS = frozenset({"__pycache__"})
_SKIP_SUFFIXES = frozenset({".pyc", ".pyo", ".tmp"})


class _Hasher:
    """SHA-256 over length-prefixed fields, so that no two different field sequences hash alike."""

    def __init__(self, label: str):
        self._h = hashlib.sha256()
        self.add(label.encode())

    def add(self, data: bytes | str) -> _Hasher:
        raw = data.encode("utf-8") if isinstance(data, str) else data
        self._h.update(len(raw).to_bytes(8, "little"))
        self._h.update(raw)
        return self

    def hexdigest(self) -> str:
        return self._h.hexdigest()


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*")
                  if p.is_file() and not _SKIP_PARTS.intersection(p.parts) and p.suffix not in _SKIP_SUFFIXES)


def folder_digest(folder: str | Path, label: str = "folder") -> str:
    """Hash of every file in ``folder`` (recursively): relative paths and contents."""
    folder = Path(folder)
    h = _Hasher(label)
    for path in _files(folder):
        h.add(path.relative_to(folder).as_posix()).add(path.read_bytes())
    return h.hexdigest()


@lru_cache(maxsize=1)
def code_version() -> str:
    """The pipeline version: the build_tools package files, schema, Python and library versions."""
    h = _Hasher(f"policy-digest cache format {FORMAT}")
    h.add(f"schema {SCHEMA_VERSION}").add(f"python {sys.version_info.major}.{sys.version_info.minor}")
    for name in LIBRARIES:
        try:
            h.add(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            h.add(f"{name} -")
    h.add(folder_digest(PACKAGE_DIR, "build_tools"))
    return h.hexdigest()


def _meta_files(path: Path) -> list[Path]:
    """The metadata files the pipeline may read for a source (see sources.meta_path_for)."""
    return [path.with_suffix(ext) for ext in META_SUFFIXES]


def _bytes_or_absent(path: Path, limit: int) -> bytes:
    """The bytes of a regular file (read as the build reads it: no link followed, at most ``limit``); a marker when
    there is no such entry. OSError when the entry is refused (a link, a special file, too large)."""
    if not os.path.lexists(path):
        return b"\x00absent"
    try:
        return read_source_bytes(path, limit)
    except InputError as exc:
        raise OSError(str(exc)) from exc


def _translation_files(slug: str, translations_dir: Path) -> list[Path]:
    """translations/<lang>/<slug>.yml (or .yaml) of every language folder (no glob: a slug may contain '[')."""
    if not translations_dir.is_dir():
        return []
    langs = sorted(p for p in translations_dir.iterdir() if p.is_dir())
    return [f for lang in langs for ext in (".yml", ".yaml") if (f := lang / f"{slug}{ext}").is_file()]


class Keys:
    """Computes cache keys. The shared parts (code, glossary) are hashed once per build."""

    def __init__(self, glossary_dir: str | Path = GLOSSARY_DIR, translations_dir: str | Path = TRANSLATIONS_DIR):
        self.translations_dir = Path(translations_dir)
        self.shared = (_Hasher("shared").add(code_version())
                       .add(folder_digest(glossary_dir, "glossary")).hexdigest())

    def key(self, path: str | Path) -> str:
        """The key of one source as the build names it (``str(path)`` is recorded in the model)."""
        path = Path(path)
        try:
            data = read_source_bytes(path, MAX_SOURCE_BYTES)
        except InputError as exc:  # a link, a special file, too large: the pipeline reports it
            raise OSError(str(exc)) from exc
        h = _Hasher("source").add(self.shared).add(str(path)).add(data)
        for meta in _meta_files(path):
            h.add(meta.suffix).add(_bytes_or_absent(meta, MAX_META_BYTES))
        for tr in _translation_files(path.stem, self.translations_dir):
            h.add(tr.relative_to(self.translations_dir).as_posix()).add(tr.read_bytes())
        return h.hexdigest()


@lru_cache(maxsize=1 << 16)  # three calls per source and build (hit check, load, prune), each resolving the path
def _path_id(path: str | Path) -> str:
    return hashlib.sha256(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:20]


class Cache:
    """Source models on disk, by source path and key."""

    def __init__(self, folder: str | Path = DEFAULT_DIR):
        self.folder = Path(folder)
        self.models = self.folder / "models"
        self.fragments = self.folder / "fragments"

    def entry(self, path: str | Path, key: str, outline: bool = False) -> Path:
        return self.models / _path_id(path) / (f"{key}.outline.pickle" if outline else f"{key}.json")

    def load(self, path: str | Path, key: str, outline: bool = False) -> Source | None:
        """The cached model (or its outline), or None (absent, damaged, or written for another key)."""
        entry = self.entry(path, key, outline)
        try:
            raw = entry.read_bytes()
            if outline:
                data = pickle.loads(raw)
                if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("key") != key \
                        or not isinstance(data.get("source"), Source):
                    return None
                return data["source"]
            data = json.loads(raw)
            if data.get("format") != FORMAT or data.get("key") != key:
                return None
            return Source.from_dict(data["source"])
        except FileNotFoundError:
            return None
        except Exception as exc:  # noqa: BLE001 - any damage (a truncated pickle raises many kinds) is a miss
            log.warning("ignoring the damaged cache entry %s (%s)", entry, exc)
            return None

    def store(self, path: str | Path, key: str, source: Source) -> None:
        entry = self.entry(path, key)
        marker = entry.parent / "PATH"
        if not marker.exists():
            atomic_write_text(marker, str(Path(path).resolve()))
        # The outline first: a full entry implies its outline.
        outline = {"format": FORMAT, "key": key, "path": str(path), "source": outline_of(source)}
        atomic_write_bytes(self.entry(path, key, True), pickle.dumps(outline, protocol=pickle.HIGHEST_PROTOCOL))
        payload = {"format": FORMAT, "key": key, "path": str(path), "source": source.to_dict()}
        atomic_write_bytes(self.entry(path, key), json.dumps(payload, ensure_ascii=False,
                                                             separators=(",", ":")).encode("utf-8"))

    def load_fragments(self) -> dict[str, dict]:
        """The fragment shards stored by earlier builds ({shard name: {key: fragment}}; a damaged shard is left
        out: its fragments are made again)."""
        shards: dict[str, dict] = {}
        try:
            files = sorted(self.fragments.iterdir())
        except FileNotFoundError:
            return shards
        for path in files:
            if path.suffix != ".pickle":
                continue
            try:
                data = pickle.loads(path.read_bytes())
            except Exception as exc:  # noqa: BLE001 - any damage is a miss
                log.warning("ignoring the damaged cache file %s (%s)", path, exc)
                continue
            if isinstance(data, dict) and data.get("format") == FORMAT and isinstance(data.get("entries"), dict):
                shards[path.stem] = data["entries"]
        return shards

    def store_fragments(self, changed: dict[str, dict], dropped: Iterable[str] = ()) -> None:
        """Write the ``changed`` shards, remove the ``dropped`` ones (render/memo.py)."""
        for name, entries in sorted(changed.items()):
            atomic_write_bytes(self.fragments / f"{name}.pickle",
                               pickle.dumps({"format": FORMAT, "entries": entries}, protocol=pickle.HIGHEST_PROTOCOL))
        for name in dropped:
            (self.fragments / f"{name}.pickle").unlink(missing_ok=True)
        (self.folder / LEGACY_FRAGMENTS).unlink(missing_ok=True)

    def prune(self, live: Iterable[tuple[str | Path, str]]) -> int:
        """Keep only the current entry of each live source; drop folders of sources that no longer exist.
        Returns the number of files removed."""
        wanted: dict[str, set[str]] = {_path_id(p): {f"{k}.json", f"{k}.outline.pickle"} for p, k in live}
        removed = 0
        if not self.models.is_dir():
            return 0
        for folder in sorted(self.models.iterdir()):
            if not folder.is_dir():
                continue
            if folder.name in wanted:
                for entry in folder.iterdir():  # (outlines of an older cache format, *.outline.json, too)
                    if entry.name != "PATH" and entry.name not in wanted[folder.name]:
                        entry.unlink(missing_ok=True)
                        removed += 1
                continue
            marker = folder / "PATH"
            try:
                source = Path(marker.read_text(encoding="utf-8"))
            except OSError:
                source = None
            if source is None or not source.exists():
                removed += sum(1 for entry in folder.iterdir() if entry.name != "PATH")
                shutil.rmtree(folder, ignore_errors=True)
        return removed


def outline_of(source: Source) -> Source:
    """The model without its text: documents keep their metadata, summaries, figures, events and translated titles,
    summaries, figure and event rows; paragraphs, translated paragraphs and the cleaning report are dropped."""
    docs = [replace(d, paragraphs=[], translations={k: replace(t, paragraphs={}) for k, t in d.translations.items()})
            for d in source.documents]
    return replace(source, documents=docs, report=[])

"""The previous docs tree and what can stay in it: the manifest a build leaves (each bulletin's key, the site-wide
files, a digest of each bulletin's folders), the folder states that let the next build trust a digest without
reading the files again (stamps, kept in the cache), the sweep of files no build produced, and the staging
folders of interrupted builds. build.py decides with these what to render again."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cache import Cache
from .fsutil import atomic_write_text
from .model import Metadata, Source
from .render import paths

log = logging.getLogger(__name__)

MANIFEST = ".build-manifest.json"  # in the docs tree: a dot file, so the site engine does not publish it
MANIFEST_FORMAT = 3  # 3: a digest of each bulletin's folders, to find files changed by hand


def stub_source(path: str) -> Source:
    """A model with only the name of the source (the slug is the file stem, as in pipeline.slug_for)."""
    return Source(slug=Path(path).stem, path=path, encoding="", meta=Metadata())


@dataclass
class Manifest:
    """What a build wrote, for the next one: each bulletin's key, and every file that is not a bulletin's."""

    bulletins: dict[str, str] = field(default_factory=dict)  # slug -> cache key
    files: list[str] = field(default_factory=list)  # site-wide pages, collection files, charts, feeds, assets
    digests: dict[str, str] = field(default_factory=dict)  # slug -> folder_digest of its folders as written


def read_manifest(tree: Path) -> Manifest | None:
    """The manifest of a previous docs tree, or None (no tree, no manifest, another format, unreadable)."""
    try:
        data_ = json.loads((tree / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data_, dict) or data_.get("format") != MANIFEST_FORMAT:
        return None
    bulletins, files, digests = data_.get("bulletins"), data_.get("files"), data_.get("digests")
    if not isinstance(bulletins, dict) or not isinstance(files, list) or not isinstance(digests, dict):
        return None
    return Manifest({str(k): str(v) for k, v in bulletins.items()}, [str(f) for f in files],
                    {str(k): str(v) for k, v in digests.items()})


def manifest_text(sources: list[Source], keys: dict[str, str], files: list[str], digests: dict[str, str]) -> str:
    bulletins = {s.slug: keys[s.path] for s in sorted(sources, key=lambda s: s.slug) if keys.get(s.path)}
    return json.dumps({"format": MANIFEST_FORMAT, "bulletins": bulletins, "files": sorted(files),
                       "digests": {slug: digests[slug] for slug in sorted(digests) if slug in bulletins}},
                      ensure_ascii=False, indent=1) + "\n"


def folder_digest(tree: Path, slug: str) -> str:
    """SHA-256 of every file of a bulletin's folders in ``tree`` (relative paths and bytes, links as links): a
    file changed, added or removed by hand changes it."""
    h = hashlib.sha256()
    for folder in bulletin_folders(slug):
        for rel, entry in _walk_files(tree, folder):
            data = os.readlink(entry.path).encode() if entry.is_symlink() else Path(entry.path).read_bytes()
            raw = rel.encode("utf-8")
            h.update(len(raw).to_bytes(8, "little") + raw + len(data).to_bytes(8, "little") + data)
    return h.hexdigest()



def _walk_files(tree: Path, folder: str) -> Iterator[tuple[str, os.DirEntry[str]]]:
    """(relative path, entry) of every file under ``tree/folder``, sorted, links not followed."""
    try:
        entries = sorted(os.scandir(tree / folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        rel = f"{folder}/{entry.name}"
        if entry.is_dir(follow_symlinks=False):
            yield from _walk_files(tree, rel)
        else:
            yield rel, entry


def folder_state(tree: Path, slug: str) -> list[list[str | int]]:
    """Path, size and modification time of every file of a bulletin's folders: cheap to read, and changed by any
    edit (what ``stamped_digest`` checks before trusting a remembered digest)."""
    state: list[list[str | int]] = []
    for folder in bulletin_folders(slug):
        for rel, entry in _walk_files(tree, folder):
            info = entry.stat(follow_symlinks=False)
            state.append([rel, info.st_size, info.st_mtime_ns])
    return state


def _stamps_file(cache: Cache, out: Path) -> Path:
    """In the cache (local to this machine, never published), one file per output tree."""
    return cache.folder / f"stamps-{hashlib.sha256(str(out.resolve()).encode()).hexdigest()[:16]}.json"


def read_stamps(cache: Cache | None, out: Path) -> dict[str, Any]:
    if cache is None:
        return {}
    try:
        data = json.loads(_stamps_file(cache, out).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_stamps(cache: Cache | None, out: Path, digests: dict[str, str], states: dict[str, Any] | None = None
                 ) -> None:
    """Remember each bulletin's folder state with its digest, so the next build hashes only what changed.
    ``states``: folder states already read in this build, of folders it did not write."""
    states = states or {}
    if cache is not None and out.is_dir():
        atomic_write_text(_stamps_file(cache, out), json.dumps(
            {slug: {"digest": digest, "state": states[slug] if slug in states else folder_state(out, slug)}
             for slug, digest in sorted(digests.items())}))


def stamped_digest(out: Path, slug: str, stamps: dict[str, Any], states: dict[str, Any] | None = None) -> str:
    """The digest of a bulletin's folders: the remembered one when no file's size or time changed since the last
    build wrote it, else computed from the bytes. The state read is added to ``states``."""
    entry = stamps.get(slug)
    state = folder_state(out, slug)
    if states is not None:
        states[slug] = state
    if isinstance(entry, dict) and entry.get("state") == state:
        return str(entry.get("digest", ""))
    return folder_digest(out, slug)


def sweep_strays(out: Path, keep: set[str], slugs: set[str]) -> int:
    """Remove every file of ``out`` that this build did not produce (left by an interrupted build, or added by
    hand): not in ``keep`` (site-wide files and the manifest) nor in a current bulletin's folders. Returns the
    number removed."""
    folders = {f for slug in slugs for f in bulletin_folders(slug)}
    removed = 0
    for current, dirs, names in os.walk(out):
        rel_dir = Path(current).relative_to(out).as_posix()
        if rel_dir in folders:
            dirs[:] = []  # a bulletin's folder: checked by its digest
            continue
        for name in names:
            rel = name if rel_dir == "." else f"{rel_dir}/{name}"
            if rel not in keep:
                (Path(current) / name).unlink(missing_ok=True)
                removed += 1
    return removed


def bulletin_folders(slug: str) -> tuple[str, str]:
    """The two folders that hold everything of one bulletin (its pages, its data files)."""
    stub = stub_source(slug)
    return paths.bulletin_dir(stub), paths.data_dir(stub)


def staging_prefix(out: Path) -> str:
    return f".{out.name}-staging-"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_staging(out: Path) -> list[Path]:
    """Remove the staging folders beside ``out`` left by builds that were interrupted (their process is gone), and
    the half-swapped ``<out>.old``. Returns the folders removed."""
    removed = []
    prefix = staging_prefix(out)
    if not out.parent.is_dir():
        return removed
    for entry in sorted(out.parent.iterdir()):
        pid_text = entry.name[len(prefix):].split("-", 1)[0] if entry.name.startswith(prefix) else ""
        stale = entry.name.startswith(prefix) and not (pid_text.isdigit() and _alive(int(pid_text)))
        if (stale or entry.name == f"{out.name}.old") and entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    if removed:
        log.info("removed %d folder(s) left by an interrupted build: %s", len(removed),
                 ", ".join(p.name for p in removed))
    return removed



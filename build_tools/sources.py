"""What a bulletin is: the one rule every command applies (``new``, ``lint``, ``build``, ``translate --status``
and the cache).

A bulletin's source is a **regular file directly inside the seeds folder**, with a plain name and one of
``SOURCE_SUFFIXES``; its metadata is the regular file ``NAME.yml`` (or ``NAME.yaml``) beside it. Refused, with a
problem naming the file and the fix (an error in ``lint`` and in ``build``, which builds the other bulletins):

- symbolic links (to a file, a folder or a device): a link could publish any file the build can read (the
  repository's ``.git/config`` with a CI token, ``/etc/passwd``, ``/dev/zero``);
- devices, FIFOs, sockets and folders;
- hidden names (a leading dot) and odd names (white space, control or invisible characters, characters that are
  not allowed in file names on Windows, names that are not in Unicode NFC form, overlong names);
- two sources whose names give the same web address on any system (they differ only in case, in '.'/'-'/'_',
  in Unicode normalization, or only in their suffix): see ``collisions``.

Every read is bounded: ``read_source_bytes`` opens without following a link (O_NOFOLLOW), checks that the open
file is a regular file (fstat), and reads at most ``limit + 1`` bytes, so the size is checked on what is read,
not on what ``stat`` says (``/proc`` files and devices report 0).
"""

from __future__ import annotations

import errno
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError, Problem

SOURCE_SUFFIXES = (".txt", ".md", ".htm", ".html", ".pdf", ".docx")
META_SUFFIXES = (".yml", ".yaml")
# Files an editor may keep in seeds/ that are not bulletins (never read by the build).
IGNORED_NAMES = frozenset({".gitkeep", ".gitignore", ".gitattributes", "README.md", "README.txt"})
MAX_NAME_CHARS = 120  # a web address component; file systems allow 255 bytes
# Hard bound on any source read (any format). Format readers apply their own, smaller limits on the decoded text.
MAX_SOURCE_BYTES = 32 * 1024 * 1024
MAX_META_BYTES = 64 * 1024  # a metadata file is a few hundred bytes
# A plain name: letters and digits of any script, then letters, digits, '-', '_', '.'.
_NAME_RE = re.compile(r"^[^\W_][\w.-]*$")
# Invisible format characters: direction controls (which reorder what is shown: U+202E), zero-width characters,
# soft hyphens, a BOM inside the text. Removed from source texts when read (ingest.text), refused in metadata.
INVISIBLE_CHARS = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb"
INVISIBLE_RE = re.compile(f"[{INVISIBLE_CHARS}]")
_SPECIAL_KINDS = ((stat.S_ISLNK, "a symbolic link"), (stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
                  (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


@dataclass(frozen=True)
class Entry:
    """One directory entry of the seeds folder and what it is."""

    path: Path
    role: str  # "source", "metadata", "ignored", "other" (not used by the build) or "refused"
    problem: Problem | None = None  # why it is refused


def name_problem(path: Path) -> Problem | None:
    """Why the name of a source or metadata file is not acceptable, or None."""
    name = path.name
    fix = "rename it using lower-case letters, digits and hyphens, e.g. 2023-chaoyang-gazette-10.txt"
    if name.startswith("."):
        return Problem(str(path), "a hidden file (its name starts with '.'): it is not a bulletin, and editors "
                       "do not see it", "rename it without the leading dot, or remove it")
    if len(name) > MAX_NAME_CHARS:
        return Problem(str(path), f"the file name has {len(name)} characters (at most {MAX_NAME_CHARS})", fix)
    if unicodedata.normalize("NFC", name) != name:
        return Problem(str(path), "the file name is not in Unicode NFC form (it would be a different file on "
                       "another system)", fix)
    stem = name[: -len(path.suffix)] if path.suffix else name
    if not _NAME_RE.match(stem) or any(unicodedata.category(c) in ("Cf", "Cc", "Co", "Cn") for c in stem):
        odd = next((c for c in stem if not (c.isalnum() or c in "-_.")), stem[:1])
        shown = repr(odd) if odd.isprintable() and not odd.isspace() else f"U+{ord(odd):04X}"
        return Problem(str(path), f"the file name contains {shown}: a bulletin's name holds only letters, digits, "
                       "'-', '_' and '.', and starts with a letter or digit", fix)
    return None


def _kind_of(mode: int) -> str | None:
    for test, label in _SPECIAL_KINDS:
        if test(mode):
            return label
    return None if stat.S_ISREG(mode) else "not a regular file"


def classify(path: str | Path) -> Entry:
    """The role of one path (not following a symbolic link), and why it is refused."""
    path = Path(path)
    try:
        mode = os.lstat(path).st_mode
    except OSError as exc:
        return Entry(path, "refused", Problem(str(path), f"cannot read the file: {exc.strerror or exc}",
                                              "check the path and that the file exists"))
    suffix = path.suffix.lower()
    wanted = suffix in SOURCE_SUFFIXES or suffix in META_SUFFIXES
    if path.name in IGNORED_NAMES and not stat.S_ISLNK(mode):
        return Entry(path, "ignored")
    kind = _kind_of(mode)
    if kind is not None:
        if stat.S_ISDIR(mode) and not wanted:
            return Entry(path, "ignored")  # a folder: nothing in it is a bulletin (lint says so of such files)
        what = "bulletin or metadata file" if wanted else "file"
        return Entry(path, "refused", Problem(
            str(path), f"this is {kind}, not a regular file: a {what} in seeds/ must be the file itself",
            "replace it with a copy of the file (cp --remove-destination TARGET PATH), or remove it"))
    if path.name.startswith(".") and not wanted:
        return Entry(path, "ignored")
    if not wanted:
        return Entry(path, "other")
    problem = name_problem(path)
    if problem is not None:
        return Entry(path, "refused", problem)
    if suffix != path.suffix:
        return Entry(path, "refused", Problem(str(path), f"the suffix '{path.suffix}' is not in lower case",
                                              f"rename it to {path.stem}{suffix}"))
    return Entry(path, "source" if suffix in SOURCE_SUFFIXES else "metadata")


def scan(seeds_dir: str | Path) -> list[Entry]:
    """Every entry directly inside ``seeds_dir``, sorted by name, classified. Sources that collide with another
    (same web address) are refused (both of them)."""
    folder = Path(seeds_dir)
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    entries = [classify(folder / name) for name in names]
    clashes = collisions(e.path for e in entries if e.role == "source")
    return [Entry(e.path, "refused", clashes[e.path]) if e.path in clashes else e for e in entries]


def iter_sources(seeds_dir: str | Path) -> Iterator[Path]:
    """The bulletins' source files in ``seeds_dir``, sorted by name (what ``build`` publishes)."""
    for entry in scan(seeds_dir):
        if entry.role == "source":
            yield entry.path


def refused(seeds_dir: str | Path) -> list[Problem]:
    """The problems of the entries of ``seeds_dir`` that look like bulletins or metadata but are refused."""
    return [e.problem for e in scan(seeds_dir) if e.role == "refused" and e.problem is not None]


def collision_key(stem: str) -> str:
    """Two names with the same key give the same web address on some system: case-insensitive file systems
    (macOS, Windows, the offline zip unpacked there), '.' turned into '-' by the page paths, Unicode forms."""
    text = unicodedata.normalize("NFKC", stem).casefold()
    text = re.sub(r"[^\w]+|_", "-", text).strip("-")
    return unicodedata.normalize("NFKC", text)


def collisions(paths: Iterable[Path]) -> dict[Path, Problem]:
    """Sources (any suffix) whose names collide: each of them gets a problem naming the others."""
    groups: dict[str, list[Path]] = {}
    for path in paths:
        groups.setdefault(collision_key(path.stem), []).append(path)
    found: dict[Path, Problem] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        for path in group:
            others = ", ".join(p.name for p in group if p != path)
            found[path] = Problem(str(path), f"its name collides with {others}: both would be published at the same "
                                  "web address (names that differ only in case, in '.', '-' or '_', in their "
                                  "suffix or in Unicode form are the same address)",
                                  "rename one of the files (and its .yml) so that the names differ in letters or "
                                  "digits, or remove the duplicate")
    return found


def meta_path_for(source: str | Path) -> Path:
    """The metadata file of a source: NAME.yml, or NAME.yaml when only that exists (an entry, link or not)."""
    source = Path(source)
    yaml_ = source.with_suffix(".yaml")
    if not os.path.lexists(source.with_suffix(".yml")) and os.path.lexists(yaml_):
        return yaml_
    return source.with_suffix(".yml")


def read_source_bytes(path: str | Path, limit: int = MAX_SOURCE_BYTES) -> bytes:
    """The bytes of a regular file, at most ``limit``; raises InputError (naming the file) for a link, a special
    file, a missing file or a file larger than ``limit`` (counted on the bytes read)."""
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP or (os.path.islink(path)):
            raise InputError(Problem(str(path), "this is a symbolic link: the build reads only regular files",
                                     "replace it with a copy of the file, or remove it")) from exc
        if exc.errno == errno.EISDIR:
            raise InputError(Problem(str(path), "this is a folder, not a file", "give the path of a file")) from exc
        raise InputError(Problem(str(path), f"cannot read the file: {exc.strerror or exc}",
                                 "check the path and that the file exists")) from exc
    try:
        info = os.fstat(fd)
        mode = info.st_mode
        if stat.S_ISREG(mode) and info.st_size > limit:  # refused before reading (the read is bounded anyway)
            raise InputError(_too_big(path, f"{info.st_size / 1e6:.1f} MB", limit))
        if not stat.S_ISREG(mode):
            kind = _kind_of(mode) or "not a regular file"
            raise InputError(Problem(str(path), f"this is {kind}, not a regular file",
                                     "give the path of a regular file"))
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise InputError(Problem(str(path), f"cannot read the file: {exc.strerror or exc}",
                                 "check that the file is readable")) from exc
    finally:
        os.close(fd)
    if size > limit:
        raise InputError(_too_big(path, f"larger than {_mib(limit)}", limit))
    return b"".join(chunks)


def _too_big(path: Path, size: str, limit: int) -> Problem:
    return Problem(str(path), f"the file is {size}; a bulletin is at most a few MB (the limit is {_mib(limit)})",
                   "check that this is one bulletin and not an archive or several issues pasted together; split it "
                   "into one file per issue or per document")


def _mib(limit: int) -> str:
    if limit >= 2**20:
        return f"{limit / 2**20:g} MiB"
    return f"{limit / 1024:g} KiB" if limit >= 1024 else f"{limit} bytes"


# ---------------------------------------------------------------- the verdict on one bulletin (lint and build)

MAX_TEXT_CHARS = 4_000_000  # the whole decoded text (8 MiB of UTF-8 is about 2.8 million Chinese characters)
MAX_PARAGRAPH_CHARS = 10_000  # about five printed pages; the longest paragraph of the seeds has 631 characters
MAX_TITLE_CHARS = 200  # the longest title of the seeds has 47 characters
_NEW_FIX = ("create it pre-filled from the text ({command}), check every value marked TODO, "
            "or write date, region, kind and source by hand")


def new_command(path: Path) -> str:
    """The ``new`` command that writes the metadata of a source already in its folder."""
    seeds = "" if path.parent == Path("seeds") else f" --seeds '{path.parent}'"
    return f"python -m build_tools new '{path}'{seeds} --name {path.stem}"


def file_problems(path: str | Path) -> list[Problem]:
    """Errors about the files of one bulletin, before reading it: its metadata file is missing, is not a regular
    file, or exists twice (.yml and .yaml)."""
    path = Path(path)
    yml, yaml_ = path.with_suffix(".yml"), path.with_suffix(".yaml")
    present = [p for p in (yml, yaml_) if os.path.lexists(p)]
    if not present:
        return [Problem(str(path), "this source has no metadata file (date, region, kind, source): it is not "
                        "published", f"add {yml.name}: " + _NEW_FIX.format(command=new_command(path)))]
    problems = []
    if len(present) == 2:
        problems.append(Problem(str(yaml_), f"there are two metadata files for {path.stem} (.yml and .yaml)",
                                "merge them into the .yml file and delete the .yaml"))
    for meta in present:
        entry = classify(meta)
        if entry.role == "refused" and entry.problem is not None:
            problems.append(Problem(str(path), f"its metadata file {meta.name} is refused: {entry.problem.message}",
                                    entry.problem.fix))
    return problems


def bulletin_problems(source: Any) -> list[Problem]:
    """Errors that stop a structured bulletin (``pipeline.process`` without extract) from being published: no
    document with text, or a text, paragraph or title past the limits (each names the source line and the fix)."""
    name = source.path
    problems: list[Problem] = []
    paragraphs = [(d, p) for d in source.documents for p in d.paragraphs]
    if not any(p.text.strip() for _d, p in paragraphs):
        removed = sorted({a.rule for a in source.report if a.action == "removed"})
        why = f": every line was removed as page furniture ({', '.join(removed[:4])})" if removed else ""
        return [Problem(name, f"no document could be read from this text{why}",
                        "check that the file holds the bulletin's Chinese text, not only a title, page numbers, a "
                        "table of contents or a text in another language")]
    total = sum(len(p.text) for _d, p in paragraphs)
    if total > MAX_TEXT_CHARS:
        problems.append(Problem(name, f"the text has {total:,} characters (at most {MAX_TEXT_CHARS:,})",
                                "split it into one file per issue or per document"))
    for _doc, para in paragraphs:
        if len(para.text) > MAX_PARAGRAPH_CHARS:
            problems.append(Problem(name, f"a paragraph of {len(para.text):,} characters (at most "
                                    f"{MAX_PARAGRAPH_CHARS:,}): the line breaks of the original were probably lost",
                                    "break the text into its paragraphs (one per line, or an empty line between "
                                    "them) as in the original document", para.lines[0]))
            break  # one is enough: the others have the same cause
    for doc in source.documents:
        if len(doc.title) > MAX_TITLE_CHARS:
            how = ("the text has no title line, so its first sentence was taken as the title"
                   if doc.title_inferred else "this line was read as the title")
            first = doc.paragraphs[0].lines[0] if doc.paragraphs else 0
            problems.append(Problem(name, f"the title of document {doc.id} has {len(doc.title):,} characters (at "
                                    f"most {MAX_TITLE_CHARS}): {how}",
                                    "put the document's title alone on the first line, followed by a line break, "
                                    "or shorten it", first))
    return problems


def link_problems(folder: str | Path) -> list[Problem]:
    """Symbolic links and special files anywhere under ``folder`` (not followed): refused in every folder the build
    publishes from (glossary/, translations/, docs/), as in seeds/."""
    root = Path(folder)
    problems: list[Problem] = []
    if not root.is_dir() or root.is_symlink():
        return [Problem(str(root), "this is a symbolic link, not a folder", "replace it with the folder itself")] \
            if root.is_symlink() else []
    for current, dirs, names in os.walk(root, followlinks=False):
        dirs.sort()
        for name in sorted(dirs) + sorted(names):
            path = Path(current) / name
            mode = os.lstat(path).st_mode
            if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
                continue
            kind = _kind_of(mode) or "not a regular file"
            problems.append(Problem(str(path), f"this is {kind}: the build publishes only regular files from "
                                    f"{root.name}/ (a link could publish any file the build can read)",
                                    "replace it with a copy of the file, or remove it"))
    return problems

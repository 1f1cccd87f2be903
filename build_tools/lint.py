"""``python -m build_tools lint``: check every file an editor touches, and say how to fix each problem.

Checked: sources (seeds/*.txt, .md, .html, .pdf, .docx, by the rule of sources.py that the build applies too),
their metadata (seeds/*.yml), the glossary (glossary/*.yml) and the translations (translations/**/*.yml). Each
problem is printed as::

    FILE:LINE:COL: error: WHAT IS WRONG
        fix: HOW TO FIX IT

Errors stop the bulletin from building (exit 1): the build refuses the same bulletins (one verdict: the checks
of ``sources.file_problems`` and ``sources.bulletin_problems`` are shared). Warnings are accepted (exit 0) unless
``--strict`` (CI).
"""

from __future__ import annotations

import difflib
import logging
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from . import meta
from .errors import InputError, Problem
from .ingest import HAN_RE, MAX_BYTES, decode_bytes
from .sources import (
    IGNORED_NAMES,
    INVISIBLE_RE,
    MAX_META_BYTES,
    META_SUFFIXES,
    SOURCE_SUFFIXES,
    bulletin_problems,
    classify,
    collisions,
    file_problems,
    link_problems,
    read_source_bytes,
)

log = logging.getLogger(__name__)

DEFAULT_PATHS = ("seeds", "glossary", "translations")
META_EXT = META_SUFFIXES
TEXT_SUFFIXES = (".txt", ".md")  # read as plain text here; the other formats through their ingest readers
SLUG_RE = re.compile(r"^\d{4}(?:-\d{2}){0,2}-[a-z0-9]+(?:-[a-z0-9]+)*$")
ICONV_NAMES = {"gb18030": "GB18030", "gbk": "GBK", "big5": "BIG5", "utf-16": "UTF-16", "utf-16-le": "UTF-16LE",
               "utf-16-be": "UTF-16BE", "utf-32": "UTF-32", "utf-32-le": "UTF-32LE", "utf-32-be": "UTF-32BE"}
FULL_DATE_RE = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
PRIVATE_RE = re.compile(r"[\ue000-\uf8ff]")


@dataclass
class SourceInfo:
    """What the checks of one source found, for the checks across sources."""

    path: Path
    text: str = ""
    meta: meta.Metadata | None = None
    doc_ids: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- helpers


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def convert_command(path: Path, encoding: str) -> str:
    name = ICONV_NAMES.get(encoding, encoding.upper())
    tmp = f"{path}.utf8"
    return f"iconv -f {name} -t UTF-8 '{path}' > '{tmp}' && mv '{tmp}' '{path}'"


def read_file(path: Path, limit: int = MAX_BYTES) -> tuple[str | None, list[Problem]]:
    """Decode a text or YAML file; problems for undecodable input, non-UTF-8 encodings, BOM and CRLF."""
    try:
        data = read_source_bytes(path, limit)  # as the build reads it: no link followed, bounded
    except InputError as exc:
        return None, [exc.problem]
    if path.suffix in META_EXT and not data.strip():
        return "", []
    try:
        decoded = decode_bytes(data, str(path))
    except InputError as exc:
        return None, [exc.problem]
    problems: list[Problem] = []
    if decoded.encoding == "utf-8-sig":
        problems.append(Problem(str(path), "the file starts with an invisible byte-order mark (BOM)",
                                "save it as 'UTF-8' without BOM, or run: sed -i '1s/^\\xEF\\xBB\\xBF//' "
                                f"'{path}'", 1, 1, severity="warning"))
    elif decoded.encoding != "utf-8":
        label = ICONV_NAMES.get(decoded.encoding, decoded.encoding)
        problems.append(Problem(str(path), f"the file is encoded in {label}, not UTF-8 (it was read correctly, "
                                "but the repository keeps UTF-8 only)",
                                f"convert it: {convert_command(path, decoded.encoding)}", severity="warning"))
    if decoded.had_crlf:
        raw = data.decode(decoded.encoding, errors="replace")
        first = raw.find("\r")
        line = raw.count("\n", 0, first) + 1 if first >= 0 else 0
        problems.append(Problem(str(path), "the file has Windows (CRLF) line endings; they are converted when read",
                                f"save it with Unix (LF) line endings, or run: sed -i 's/\\r$//' '{path}'", line,
                                severity="warning"))
    return decoded.text, problems


def _first(regex: re.Pattern[str], text: str) -> tuple[int, int, str] | None:
    m = regex.search(text)
    if not m:
        return None
    line, col = position(text, m.start())
    return line, col, m.group()


# ---------------------------------------------------------------- sources


def check_text(path: Path, text: str) -> list[Problem]:
    """Problems in the characters of a decoded source text."""
    name = str(path)
    problems: list[Problem] = []
    if not HAN_RE.search(text):
        problems.append(Problem(name, "no Chinese text: this site publishes Chinese bulletins",
                                "check that this is the right file (an English translation belongs in "
                                "translations/en/, not in seeds/)", severity="warning"))
    found = _first(re.compile("\ufffd"), text)
    if found:
        count = text.count("\ufffd")
        problems.append(Problem(name, f"the text contains {count} '\ufffd' (U+FFFD): characters were lost when it was "
                                "converted earlier", "copy the text again from the original document", found[0],
                                found[1], severity="warning"))
    found = _first(CONTROL_RE, text)
    if found:
        problems.append(Problem(name, f"invisible control character U+{ord(found[2]):04X} in the text",
                                "delete it (in most editors: place the cursor after it and press Backspace)",
                                found[0], found[1], severity="warning"))
    found = _first(PRIVATE_RE, text)
    if found:
        problems.append(Problem(name, f"private-use character U+{ord(found[2]):04X}: it shows as a box or as nothing "
                                "on most screens (often a symbol copied from a PDF)",
                                "replace it with the character it stands for, or delete it", found[0], found[1],
                                severity="warning"))
    for m in FULL_DATE_RE.finditer(text):
        iso = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
        why = meta.check_date(iso)
        if why:
            line, col = position(text, m.start())
            problems.append(Problem(name, f"the text mentions {m.group()}, which does not exist ({why})",
                                    "check the date against the original document and correct the typo", line, col,
                                    severity="warning"))
    return problems


def check_date_against_text(path: Path, metadata: meta.Metadata, text: str, meta_file: Path) -> list[Problem]:
    """Warn when the metadata year cannot be the year of a text whose own dates are all later (or all earlier)."""
    if not metadata.date[:4].isdigit():
        return []
    year = int(metadata.date[:4])
    years = meta.text_years(text)
    if not years or year in years:
        return []
    listed = ", ".join(f"{y} ({n}x)" for y, n in sorted(years.items())[:6])
    if min(years) > year:
        what = f"the metadata date {metadata.date} is earlier than every year the text mentions: {listed}"
    elif max(years) < year - 1:
        what = f"the metadata date {metadata.date} is later than every year the text mentions: {listed}"
    else:
        return []
    line = _date_line(meta_file)
    return [Problem(str(meta_file), what, f"check the publication date of {path.name} and correct 'date:'", line,
                    severity="warning")]


def _date_line(meta_file: Path) -> int:
    try:
        for n, line in enumerate(meta_file.read_text(encoding="utf-8", errors="replace").split("\n"), 1):
            if line.startswith("date:"):
                return n
    except OSError:
        pass
    return 0


def check_name(path: Path) -> list[Problem]:
    if SLUG_RE.match(path.stem):
        return []
    return [Problem(str(path), f"the file name '{path.name}' does not follow the convention YEAR-REGION-NAME.txt "
                    "(it becomes the web address of the bulletin)",
                    "rename it (and its .yml) using lower-case letters, digits and hyphens, e.g. "
                    "2023-chaoyang-gazette-10.txt", severity="warning")]


def run_pipeline(path: Path, meta_file: Path | None, info: SourceInfo) -> list[Problem]:
    """Structure the source (no extraction) and check that it yields at least one document with text."""
    from .pipeline import process

    try:
        source = process(path, meta_file, with_extract=False)
    except InputError as exc:
        if meta_file is not None and Path(exc.problem.file) == meta_file:
            return []  # already reported by the metadata checks
        return [exc.problem]
    except Exception as exc:  # noqa: BLE001 - a crash in the pipeline is reported, the lint goes on
        log.debug("pipeline crashed on %s", path, exc_info=True)
        return [Problem(str(path), f"the build tools crashed on this file ({type(exc).__name__}: {exc})",
                        "this is a bug in the build tools, not a mistake in the file: open an issue and attach "
                        "the file")]
    info.doc_ids = [d.id for d in source.documents]
    return bulletin_problems(source)  # no document, text past the limits: the build refuses these too


def check_source(path: Path) -> tuple[list[Problem], SourceInfo]:
    info = SourceInfo(path)
    problems = check_name(path)
    if path.suffix in TEXT_SUFFIXES:
        text, found = read_file(path)
    else:
        text, found = _read_other(path)
    problems.extend(found)
    if text is None:
        return problems, info
    info.text = text
    problems.extend(check_text(path, text))
    problems.extend(invisible_problems(path))
    meta_file = _meta_file(path)
    found = file_problems(path)  # no metadata, two metadata files, a linked one: the build refuses these too
    problems.extend(found)
    if not found:
        problems.extend(run_pipeline(path, meta_file, info))
    return problems, info


def _read_other(path: Path) -> tuple[str | None, list[Problem]]:
    """The text of a PDF, DOCX or web page, as its ingest reader gives it."""
    from .ingest import read_source

    try:
        return read_source(path).text, []
    except InputError as exc:
        return None, [exc.problem]


def invisible_problems(path: Path) -> list[Problem]:
    """A warning for the invisible and direction-control characters of a text (removed when it is read)."""
    try:
        raw = read_source_bytes(path, MAX_BYTES).decode("utf-8")
    except (InputError, UnicodeDecodeError):
        return []
    found = _first(INVISIBLE_RE, raw.lstrip("\ufeff"))
    if not found:
        return []
    count = len(INVISIBLE_RE.findall(raw.lstrip("\ufeff")))
    return [Problem(str(path), f"{count} invisible or direction-control character(s), the first U+{ord(found[2]):04X}: "
                    "they are removed when the text is read", "delete them (they often come with text copied from "
                    "a web page or a PDF)", found[0], found[1], severity="warning")]


def _meta_file(path: Path) -> Path | None:
    for ext in META_EXT:
        if path.with_suffix(ext).is_file() and not path.with_suffix(ext).is_symlink():
            return path.with_suffix(ext)
    return None


def _has_source(path: Path) -> bool:
    return any(path.with_suffix(ext).is_file() for ext in SOURCE_SUFFIXES)


# ---------------------------------------------------------------- metadata, glossary, translations


def check_metadata(path: Path, sources: set[Path]) -> tuple[list[Problem], meta.Metadata | None]:
    problems: list[Problem] = []
    if not any(path.with_suffix(ext) in sources for ext in SOURCE_SUFFIXES) and not _has_source(path):
        others = sorted(p.stem for p in sources if p.parent == path.parent)
        close = difflib.get_close_matches(path.stem, others, n=1)
        hint = f" (did you mean {close[0]}.yml?)" if close else ""
        unread = sorted(p for p in path.parent.glob(path.stem + ".*") if p.suffix.lower() in (*_OFFICE_OLD, *_SHEETS))
        if unread:  # 2024-x.doc beside 2024-x.yml: the source is there, in a format the build does not read
            problems.append(Problem(str(path), f"the source of this metadata file, {unread[0].name}, is in a format "
                                    "the build does not read", _convert_hint(unread[0].suffix.lower())))
        else:
            problems.append(Problem(str(path), f"this metadata file has no source text {path.stem}.txt{hint}",
                                    "add the text with the same name (.txt, .md, .html, .pdf or .docx), rename this "
                                    "file to match its text, or delete it"))
    text, found = read_file(path, MAX_META_BYTES)
    problems.extend(found)
    if text is None:
        return problems, None
    metadata, found = meta.validate(text, str(path))
    problems.extend(found)
    return problems, metadata if not any(p.severity == "error" for p in found) else None


def _deep_check(module: str, path: Path) -> list[Problem]:
    """Call ``build_tools.translate.<module>.validate_file`` if it exists (glossary and translation formats)."""
    import importlib

    try:
        mod = importlib.import_module(f"build_tools.translate.{module}")
    except ImportError:
        return []
    validate_file = getattr(mod, "validate_file", None)
    if validate_file is None:
        return []
    try:
        return list(validate_file(path))
    except InputError as exc:
        return [exc.problem]
    except Exception as exc:  # noqa: BLE001
        log.debug("validate_file crashed on %s", path, exc_info=True)
        return [Problem(str(path), f"the {module} checker crashed on this file ({type(exc).__name__}: {exc})",
                        "this is a bug in the build tools: open an issue and attach the file")]


def _utf8(path: Path) -> bool:
    try:
        path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return True


def check_yaml_file(path: Path, module: str) -> list[Problem]:
    """A glossary or translation file: encoding, YAML syntax and duplicate keys, then the format checks."""
    text, problems = read_file(path)
    if text is None:
        return problems
    problems.extend(meta.parse_yaml(text, str(path))[1])
    if module != "glossary" and _utf8(path):  # glossary files are checked together (check_glossary_folder)
        problems.extend(_deep_check(module, path))
    return problems


def check_glossary_folder(folder: Path, files: list[Path]) -> list[Problem]:
    """The glossary checks of ``build_tools.translate.glossary``, per file and across files (terms defined
    twice), restricted to ``files``."""
    try:
        from .translate.glossary import validate_dir
    except ImportError:
        return []
    if not all(_utf8(f) for f in folder.glob("*.yml")):
        return []  # the encoding problem is reported by check_yaml_file
    try:
        problems = validate_dir(folder)[1]
    except InputError as exc:
        problems = [exc.problem]
    except Exception as exc:  # noqa: BLE001
        log.debug("glossary checks crashed on %s", folder, exc_info=True)
        return [Problem(str(folder), f"the glossary checker crashed ({type(exc).__name__}: {exc})",
                        "this is a bug in the build tools: open an issue")]
    names = {str(f) for f in files}
    return [p for p in problems if p.file in names]


# ---------------------------------------------------------------- across files


def check_duplicates(infos: list[SourceInfo]) -> list[Problem]:
    """Two sources published at the same address (same name, or names differing only in case), or producing the
    same document id."""
    problems: list[Problem] = []
    exact: dict[str, Path] = {}
    folded: dict[str, Path] = {}
    clashing: set[frozenset[Path]] = set()
    for info in infos:
        stem = info.path.stem
        other = exact.get(stem) or folded.get(stem.lower())
        if other is not None and other.parent == info.path.parent:  # reported by collect (sources.collisions)
            clashing.add(frozenset((other, info.path)))
        elif other is not None:
            same = "the same name" if other.stem == stem else "a name that differs only in upper/lower case"
            problems.append(Problem(str(info.path), f"{other} has {same}: both would be published at the same web "
                                    "address", "rename one of the two files (and its .yml)"))
            clashing.add(frozenset((other, info.path)))
        exact.setdefault(stem, info.path)
        folded.setdefault(stem.lower(), info.path)
    owner: dict[str, Path] = {}
    shared: dict[tuple[Path, Path], list[str]] = {}
    for info in infos:
        for doc_id in info.doc_ids:
            first = owner.setdefault(doc_id, info.path)
            if first != info.path and frozenset((first, info.path)) not in clashing:
                shared.setdefault((info.path, first), []).append(doc_id)
    for (path, first), ids in shared.items():
        listed = ", ".join(ids[:3]) + (" ..." if len(ids) > 3 else "")
        problems.append(Problem(str(path), f"{len(ids)} document id(s) ({listed}) are also produced by {first}",
                                "rename one of the two source files"))
    return problems


def check_translation_targets(translations: list[Path], sources: list[Path]) -> list[Problem]:
    if not sources:
        return []
    slugs = {p.stem for p in sources}
    problems = []
    for path in translations:
        if path.stem not in slugs:
            close = difflib.get_close_matches(path.stem, sorted(slugs), n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            problems.append(Problem(str(path), f"no bulletin is named {path.stem}{hint}: this translation is never "
                                    "used", "rename the file to the name of its source text, or delete it",
                                    severity="warning"))
    return problems


# ---------------------------------------------------------------- driver


def _walk(root: Path) -> list[Path]:
    """Every entry under ``root`` that is not a folder (links and special files included), not following links;
    hidden folders (.git) are not entered."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") or Path(d).suffix in SOURCE_SUFFIXES + META_EXT)
        here = Path(folder)
        found.extend(here / name for name in files)
        found.extend(here / d for d in dirs if Path(d).suffix in SOURCE_SUFFIXES + META_EXT)  # a folder named x.txt
        dirs[:] = [d for d in dirs if Path(d).suffix not in SOURCE_SUFFIXES + META_EXT]
    return sorted(found)


def collect(paths: Iterable[str | Path]) -> tuple[dict[str, list[Path]], list[Problem]]:
    """Sort the files under ``paths`` by role: source, metadata, glossary, translation, other. Sources and their
    metadata follow the rule of sources.py (as the build): links, special files, hidden, oddly or colliding
    names, and sources not directly inside the folder given, are errors."""
    roles: dict[str, list[Path]] = {"source": [], "metadata": [], "glossary": [], "translations": [], "other": []}
    problems: list[Problem] = []
    for root in paths:
        root = Path(root)
        if not os.path.lexists(root):
            problems.append(Problem(str(root), "no such file or folder", "check the path"))
            continue
        single = root.is_symlink() or not root.is_dir()
        for f in [root] if single else _walk(root):
            parts = set(f.parts)
            if f.suffix in META_EXT and ("glossary" in parts or "translations" in parts):
                entry = classify(f)
                if entry.role == "refused" and entry.problem is not None and f.is_symlink():
                    problems.append(entry.problem)  # a link could bring any file into the site
                elif not f.name.startswith("."):
                    roles["glossary" if "glossary" in parts else "translations"].append(f)
                continue
            entry = classify(f)
            if entry.role == "refused" and entry.problem is not None:
                problems.append(entry.problem)
            elif entry.role in ("source", "metadata") and not single and f.parent != root:
                problems.append(Problem(str(f), f"this file is in a subfolder of {root}: the build reads only the "
                                        "files directly inside it, so it would not be published",
                                        f"move it (and its .yml) into {root}, or remove it"))
            elif entry.role in ("source", "metadata"):
                roles[entry.role].append(f)
            elif entry.role == "other" and f.name not in IGNORED_NAMES:
                roles["other"].append(f)
    for role in roles:
        roles[role] = sorted(set(roles[role]))
    for folder in sorted({p.parent for p in roles["source"]}):  # across folders: check_duplicates
        problems.extend(collisions(p for p in roles["source"] if p.parent == folder).values())
    return roles, problems


def lint_paths(paths: Iterable[str | Path]) -> tuple[list[Problem], int]:
    """All problems under ``paths`` (sorted) and the number of files checked."""
    roles, problems = collect(paths)
    infos: list[SourceInfo] = []
    for path in roles["source"]:
        found, info = check_source(path)
        problems.extend(found)
        infos.append(info)
    sources = set(roles["source"])
    metas: dict[Path, meta.Metadata | None] = {}
    for path in roles["metadata"]:
        found, metas[path] = check_metadata(path, sources)
        problems.extend(found)
    for info in infos:
        meta_file = _meta_file(info.path)
        metadata = metas.get(meta_file) if meta_file else None
        if metadata is None and meta_file is not None and meta_file not in metas:  # source given without its .yml
            found, metadata = check_metadata(meta_file, sources)
            problems.extend(found)
            metas[meta_file] = metadata
        if metadata is not None and meta_file is not None and info.text:
            problems.extend(check_date_against_text(info.path, metadata, info.text, meta_file))
    problems.extend(check_duplicates(infos))
    for path in roles["glossary"]:
        problems.extend(check_yaml_file(path, "glossary"))
    for folder in sorted({p.parent for p in roles["glossary"]}):
        problems.extend(check_glossary_folder(folder, [p for p in roles["glossary"] if p.parent == folder]))
    for path in roles["translations"]:
        problems.extend(check_yaml_file(path, "memory"))
    problems.extend(check_translation_targets(roles["translations"], roles["source"]))
    for path in roles["other"]:
        problems.append(Problem(str(path), f"'{path.suffix or path.name}' files are not used by the build",
                                _convert_hint(path.suffix.lower()), severity="warning"))
    unique = {(p.file, p.line, p.column, p.severity, p.message): p for p in problems}
    ordered = sorted(unique.values(), key=lambda p: (p.file, p.line, p.column, p.severity, p.message))
    checked = sum(len(v) for v in roles.values())
    return ordered, checked


# formats an editor receives that the build does not read, and what to save them as
_OFFICE_OLD = {".doc": "Word 97-2003", ".wps": "WPS Writer", ".rtf": "RTF", ".odt": "OpenDocument"}
_SHEETS = (".xls", ".xlsx", ".et", ".ods", ".csv")


def _convert_hint(suffix: str) -> str:
    """How to turn a file the build does not read into a source it reads."""
    sources = ("sources are .txt (UTF-8), .md, .html, .pdf or .docx, each with a .yml metadata file beside it (python "
               "-m build_tools new SOURCE writes one)")
    if suffix in _OFFICE_OLD:
        return (f"this is a {_OFFICE_OLD[suffix]} document: open it in Word, WPS or LibreOffice and save it as .docx "
                f"(or run: soffice --headless --convert-to docx FILE), then remove this file; {sources}")
    if suffix in _SHEETS:
        return ("a spreadsheet is not read as a bulletin: add the document it belongs to (its text, PDF or web page), "
                f"whose tables the build reads, and remove this file; {sources}")
    return f"remove this file or convert it; {sources}"


def run_lint(paths: list[str] | None, strict: bool = False, out: TextIO | None = None) -> int:
    """Check files and print every problem. Exit status: 1 on errors (or warnings with ``strict``), else 0."""
    out = out or sys.stdout
    if not paths:
        paths = [p for p in DEFAULT_PATHS if Path(p).exists()]
        if not paths:
            out.write("lint: nothing to check (no seeds/, glossary/ or translations/ folder here)\n"
                      "    fix: run the command from the repository's top folder, or give the files to check\n")
            return 1
    problems, checked = lint_paths(paths)
    if Path("docs").is_dir():  # hand-written pages: published as they are, so no links either (as the build)
        problems = sorted([*problems, *link_problems("docs")], key=lambda p: (p.file, p.line, p.column))
    for problem in problems:
        out.write(f"{problem}\n")
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    failed = errors > 0 or (strict and warnings > 0)
    summary = f"lint: {checked} files checked, {errors} error(s), {warnings} warning(s)"
    if strict and warnings:
        summary += " (--strict: warnings count as errors)"
    out.write(summary + ("" if failed else " - OK") + "\n")
    return 1 if failed else 0

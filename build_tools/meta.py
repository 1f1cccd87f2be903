"""Bulletin metadata: the small YAML file an editor writes beside each source text.

Validation errors name the file, the line, the key and the fix.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import fields
from pathlib import Path

import yaml

from .errors import InputError, Problem
from .model import Metadata

REQUIRED = ("date", "region", "kind", "source")
OPTIONAL = ("title", "issuer", "doc_number", "source_url", "notes")
KINDS = ("gazette", "news", "work-report", "plan", "speech", "statistics", "notice", "policy", "report", "other")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
EXAMPLE = "date: 2019-07-15   # or 2019-07, or 2019"


def meta_path_for(source: str | Path) -> Path:
    """The metadata file that belongs to a source text: same name, .yml (or .yaml)."""
    source = Path(source)
    for ext in (".yml", ".yaml"):
        candidate = source.with_suffix(ext)
        if candidate.exists():
            return candidate
    return source.with_suffix(".yml")


def check_date(value: str) -> str | None:
    """Return an explanation if ``value`` is not an ISO 8601 (partial) date, else None."""
    m = DATE_RE.match(value)
    if not m:
        return f"'{value}' is not an ISO 8601 date"
    year, month, day = m.groups()
    if not 1900 <= int(year) <= 2100:
        return f"year {year} is out of range"
    if month and not 1 <= int(month) <= 12:
        return f"month {month} does not exist"
    if day:
        try:
            dt.date(int(year), int(month), int(day))
        except ValueError:
            return f"{value} is not a real calendar day"
    return None


def _key_lines(text: str) -> dict[str, int]:
    lines: dict[str, int] = {}
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return lines
    if isinstance(node, yaml.MappingNode):
        for key, _value in node.value:
            lines[str(key.value)] = key.start_mark.line + 1
    return lines


def validate(text: str, name: str) -> tuple[Metadata, list[Problem]]:
    """Parse and validate metadata YAML. Returns the metadata and all problems found."""
    problems: list[Problem] = []
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        col = mark.column + 1 if mark else 0
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        problems.append(Problem(name, f"the YAML cannot be read: {reason}",
                                "write one 'key: value' per line; put values containing ':' or '#' in quotes",
                                line, col))
        return Metadata(), problems
    if data is None:
        data = {}
    if not isinstance(data, dict):
        problems.append(Problem(name, "the metadata must be a list of 'key: value' lines",
                                f"start from this example:\n      {EXAMPLE}\n      region: 朝阳市\n      kind: news", 1))
        return Metadata(), problems
    lines = _key_lines(text)
    known = REQUIRED + OPTIONAL
    values: dict[str, str] = {}
    for key, value in data.items():
        key = str(key)
        line = lines.get(key, 0)
        if key not in known:
            close = difflib.get_close_matches(key, known, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"allowed keys: {', '.join(known)}"
            problems.append(Problem(name, f"unknown key '{key}'", f"rename or remove it ({hint})", line))
            continue
        if isinstance(value, (dt.date, dt.datetime)):
            value = value.isoformat()[:10]
        if value is None:
            value = ""
        if isinstance(value, (list, dict)):
            problems.append(Problem(name, f"'{key}' must be a single value, not a list or mapping",
                                    f"write it on one line: {key}: ...", line))
            continue
        values[key] = str(value).strip()
    for key in REQUIRED:
        if not values.get(key):
            fix = {"date": f"add the publication date: {EXAMPLE}",
                   "region": "add the region, e.g. 'region: 朝阳市'",
                   "kind": f"add the kind, one of: {', '.join(KINDS)}",
                   "source": "add the publication, e.g. 'source: 朝阳市人民政府公报 2023年第10期'"}[key]
            problems.append(Problem(name, f"required key '{key}' is missing or empty", fix, lines.get(key, 0)))
    if values.get("date"):
        why = check_date(values["date"])
        if why:
            problems.append(Problem(name, f"bad date: {why}", f"use ISO 8601: {EXAMPLE}", lines.get("date", 0)))
    if values.get("kind") and values["kind"] not in KINDS:
        close = difflib.get_close_matches(values["kind"], KINDS, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        problems.append(Problem(name, f"unknown kind '{values['kind']}'{hint}",
                                f"use one of: {', '.join(KINDS)}", lines.get("kind", 0)))
    url = values.get("source_url")
    if url and not re.match(r"^https?://\S+$", url):
        problems.append(Problem(name, f"source_url '{url}' is not a web address",
                                "write the full address starting with http:// or https://", lines.get("source_url", 0)))
    names = {f.name for f in fields(Metadata)}
    meta = Metadata(**{k: v for k, v in values.items() if k in names})
    return meta, problems


def load(path: str | Path) -> Metadata:
    """Load and validate a metadata file; raise InputError on the first error."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(Problem(str(path), "the metadata file is not UTF-8", "save it as UTF-8")) from exc
    meta, problems = validate(text, str(path))
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise InputError(errors[0])
    return meta

"""Bulletin metadata: the small YAML file an editor writes beside each source text.

Validation errors name the file, the line, the key and the fix. ``parse_yaml`` is shared with the linter for the
glossary and translation files: it reports YAML syntax errors in plain words and catches duplicate keys, which
PyYAML would otherwise accept silently (the last one wins).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections import Counter
from dataclasses import fields
from pathlib import Path
from typing import Any

import yaml

from . import sources
from .errors import InputError, Problem
from .model import Metadata

REQUIRED = ("date", "region", "kind", "source")
OPTIONAL = ("title", "issuer", "doc_number", "source_url", "notes")
KINDS = ("gazette", "news", "work-report", "plan", "speech", "statistics", "notice", "policy", "report", "other")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
EXAMPLE = "date: 2019-07-15   # or 2019-07, or 2019"
# Longest value of each key, in characters ("" for the others): every value is published on several pages.
MAX_VALUE_CHARS = {"title": 200, "notes": 2000, "source_url": 2000, "source": 200, "": 100}
# Control characters and invisible format characters (sources.INVISIBLE_CHARS): refused in metadata values.
INVISIBLE_RE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{sources.INVISIBLE_CHARS}]")
TODO_MARK = "# TODO confirm"  # written by `python -m build_tools new` beside each inferred value
# Keys editors write in Chinese or by habit, and the key they mean.
ALIASES = {
    "日期": "date", "时间": "date", "发布日期": "date", "published": "date", "pubdate": "date",
    "地区": "region", "地点": "region", "城市": "region", "city": "region", "place": "region",
    "类型": "kind", "类别": "kind", "type": "kind", "genre": "kind", "category": "kind",
    "来源": "source", "出处": "source", "publication": "source",
    "标题": "title", "题目": "title", "name": "title",
    "发文机关": "issuer", "发布机关": "issuer", "author": "issuer", "publisher": "issuer",
    "文号": "doc_number", "发文字号": "doc_number", "number": "doc_number", "docnumber": "doc_number",
    "url": "source_url", "link": "source_url", "网址": "source_url", "链接": "source_url",
    "备注": "notes", "note": "notes", "comment": "notes", "comments": "notes",
}


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps dates as written: 2019-02-30 is reported by check_date instead of crashing."""


_Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


class _FastLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The same, on libyaml when PyYAML has it (several times faster: the glossary is read by every build)."""


_FastLoader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


class _StringLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Every plain scalar is the string the editor wrote: no implicit booleans (yes, off), numbers (2019.07, 0123,
    1e5), dates or nulls. Metadata values are published as text, so nothing is converted."""

    yaml_implicit_resolvers: dict = {}


for _tag in ("bool", "int", "float", "null", "timestamp", "binary"):  # explicit tags (!!int 5) too: kept as written
    _StringLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", lambda loader, node: loader.construct_scalar(node))


def meta_path_for(source: str | Path) -> Path:
    """The metadata file that belongs to a source text: same name, .yml (or .yaml). See sources.py."""
    return sources.meta_path_for(source)


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


_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_LOOSE_DATE = re.compile(r"^\s*(\d{4}|[〇零○一二三四五六七八九]{4})\s*[年./\-]\s*([\d一二三四五六七八九十]{1,3})\s*"
                         r"(?:[月./\-]\s*([\d一二三四五六七八九十]{1,3})\s*[日号]?)?\s*月?\s*$")


def cn_number(text: str) -> int | None:
    """Arabic or Chinese numerals up to 99 (十五, 二十一, 15) as an int."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, units = text.partition("十")
        value = (_CN_DIGITS.get(tens, -100) if tens else 1) * 10 + (_CN_DIGITS.get(units, -100) if units else 0)
        return value if value > 0 else None
    if len(text) == 1 and text in _CN_DIGITS:
        return _CN_DIGITS[text]
    return None


def suggest_date(value: str) -> str | None:
    """The ISO form of a date written another way (2019年7月15日, 2019/7/15, 2019.07, 二〇一九年七月), if any."""
    value = value.strip()
    compact = re.match(r"^(\d{4})(\d{2})(\d{2})$", value)
    if compact:
        year, month, day = (int(x) for x in compact.groups())
    else:
        m = _LOOSE_DATE.match(value)
        if not m:
            return None
        year_text, month_text, day_text = m.groups()
        year = int(year_text) if year_text.isdigit() else int("".join(str(_CN_DIGITS[c]) for c in year_text))
        month = cn_number(month_text)
        day = cn_number(day_text) if day_text else None
        if month is None or (day_text and day is None):
            return None
    iso = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    return iso if check_date(iso) is None else None


YEAR_RE = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*(?:年|[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?!\d))")
CN_YEAR_RE = re.compile(r"([〇零○一二三四五六七八九]{4})\s*年")


def text_years(text: str) -> Counter[int]:
    """Years a text mentions as dates (2023年, 2023-11-05, 二〇二三年), with counts: to check a metadata date."""
    years: Counter[int] = Counter(int(m.group(1)) for m in YEAR_RE.finditer(text))
    for m in CN_YEAR_RE.finditer(text):
        value = "".join(str(_CN_DIGITS[c]) for c in m.group(1))
        if value.startswith(("19", "20")):
            years[int(value)] += 1
    return years


def _yaml_error(exc: yaml.YAMLError, name: str, text: str) -> Problem:
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 if mark else 0
    col = mark.column + 1 if mark else 0
    reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    lines = text.split("\n")
    bad = lines[mark.line] if mark and mark.line < len(lines) else ""
    fix = "write one 'key: value' per line; put a value that contains ':' or '#' or starts with a quote in quotes"
    if "\t" in reason or "'\\t'" in reason or "\t" in bad[: max(col, 1)]:
        what, fix = "a tab character is used for indentation", "replace the tab with spaces"
    elif "mapping values are not allowed" in reason and re.match(r"^\s+[^\s:#]+\s*:", bad):
        what = "this line is indented, so YAML reads it as part of the line above"
        fix = "remove the spaces at the start of the line"
    elif "mapping values are not allowed" in reason:
        what = "a second ':' on this line makes it unreadable"
        fix = "put the value in quotes, e.g. title: \"朝阳市: 2023年工作报告\""
    elif "could not find expected ':'" in reason or "could not find expected" in reason:
        what = "a line is not in the form 'key: value'"
        fix = "add ': ' after the key, or join this line to the value above (indent it to continue a long value)"
    elif "found unexpected end of stream" in reason or "while scanning a quoted scalar" in str(exc):
        what = "a quotation mark is opened but never closed"
        fix = "close the quote at the end of the value"
        start = getattr(exc, "context_mark", None)
        if start is not None:  # point at the opening quote, not at the end of the file
            line, col = start.line + 1, start.column + 1
    elif re.search(r"found character .* that cannot start any token", reason):
        what = "a value starts with a character YAML reserves ('@', '`', '%' or a tab)"
        fix = "put the value in quotes"
    elif "expected <block end>" in reason or "did not find expected key" in reason:
        what = "the indentation of this line does not match the lines around it"
        fix = "start every key at the beginning of the line; indent only the continuation of a long value"
    else:
        what = reason
    return Problem(name, f"the YAML cannot be read: {what}", fix, line, col)


def _duplicates(node: yaml.Node | None, name: str) -> list[Problem]:
    problems: list[Problem] = []
    stack = [node]
    visited: set[int] = set()
    while stack:
        cur = stack.pop()
        if id(cur) in visited:  # an alias (*x) points back to a node already seen: YAML graphs can be cyclic
            continue
        visited.add(id(cur))
        if isinstance(cur, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key, value in cur.value:
                label = str(key.value)
                if isinstance(key, yaml.ScalarNode) and label in seen:
                    problems.append(Problem(
                        name, f"the key '{label}' appears twice (first on line {seen[label]}); the second silently "
                        "replaces the first", "keep one of the two lines", key.start_mark.line + 1,
                        key.start_mark.column + 1))
                else:
                    seen.setdefault(label, key.start_mark.line + 1)
                stack.append(value)
        elif isinstance(cur, yaml.SequenceNode):
            stack.extend(cur.value)
    return sorted(problems, key=lambda p: (p.line, p.column))


def parse_yaml(text: str, name: str, strings: bool = False) -> tuple[Any, list[Problem], yaml.Node | None]:
    """Parse YAML safely. Returns (data, problems, node); data is None when the YAML cannot be read. With
    ``strings`` every plain scalar stays the string written (no booleans, numbers, dates or nulls)."""
    try:
        loader = (_StringLoader if strings else _FastLoader)(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        return None, [_yaml_error(_exact_error(text) or exc, name, text)], None
    except (ValueError, TypeError, RecursionError) as exc:  # e.g. an unhashable key such as [a, b]: x
        return None, [Problem(name, f"the YAML cannot be read: {exc}", "write one 'key: value' per line")], None
    return data, _duplicates(node, name), node


def _exact_error(text: str) -> yaml.YAMLError | None:
    """The pure-Python parser's error (message and position), which the editors' error texts are written for."""
    try:
        yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        return exc
    return None


def _key_lines(node: yaml.Node | None) -> dict[str, int]:
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, _value in node.value:
            lines.setdefault(str(key.value), key.start_mark.line + 1)
    return lines


def _unknown_key(key: str, known: tuple[str, ...]) -> str:
    alias = ALIASES.get(key.strip().lower())
    if alias:
        return f"rename it to '{alias}'"
    close = difflib.get_close_matches(key.lower(), known, n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'? Rename it (or remove the line)"
    return f"remove it, or use one of the allowed keys: {', '.join(known)}"


def _check_values(values: dict[str, str], lines: dict[str, int], name: str) -> list[Problem]:
    problems: list[Problem] = []
    for key, value in values.items():
        limit = MAX_VALUE_CHARS.get(key, MAX_VALUE_CHARS[""])
        if len(value) > limit:
            why = "long remarks belong in a text of their own" if key == "notes" else f"write only the {key}"
            problems.append(Problem(name, f"'{key}' has {len(value):,} characters (at most {limit:,})",
                                    f"shorten it: {why}", lines.get(key, 0)))
        bad = INVISIBLE_RE.search(value)
        if bad:
            problems.append(Problem(name, f"'{key}' contains the invisible character U+{ord(bad.group()):04X} "
                                    f"({unicodedata.name(bad.group(), 'control character')}): it can change how "
                                    "the value is displayed or compared",
                                    "delete it: retype the value, or copy it from the original again",
                                    lines.get(key, 0)))
    if values.get("date"):
        why = check_date(values["date"])
        if why:
            iso = suggest_date(values["date"])
            fix = f"write it as 'date: {iso}'" if iso else f"use ISO 8601: {EXAMPLE}"
            problems.append(Problem(name, f"bad date: {why}", fix, lines.get("date", 0)))
    if values.get("kind") and values["kind"] not in KINDS:
        close = difflib.get_close_matches(values["kind"].lower(), KINDS, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        problems.append(Problem(name, f"unknown kind '{values['kind']}'{hint}",
                                f"use one of: {', '.join(KINDS)}", lines.get("kind", 0)))
    region = values.get("region", "")
    if region and not re.search(r"[\u4e00-\u9fff]", region):
        problems.append(Problem(name, f"region '{region}' is not written in Chinese",
                                "write the Chinese name of the city or county, e.g. 'region: 朝阳市'",
                                lines.get("region", 0), severity="warning"))
    url = values.get("source_url")
    if url and not re.match(r"^https?://\S+$", url):
        problems.append(Problem(name, f"source_url '{url}' is not a web address",
                                "write the full address starting with http:// or https://", lines.get("source_url", 0)))
    return problems


def _todo_marks(text: str, name: str) -> list[Problem]:
    problems = []
    for n, line in enumerate(text.split("\n"), 1):
        col = line.find(TODO_MARK)
        if col >= 0:
            key = line.split(":", 1)[0].strip() if ":" in line[:col] else "this value"
            problems.append(Problem(name, f"'{key}' was guessed by the computer and is not confirmed yet",
                                    "check the value against the text, correct it if needed, then delete the "
                                    f"'{TODO_MARK} ...' comment", n, col + 1, severity="warning"))
    return problems


def validate(text: str, name: str) -> tuple[Metadata, list[Problem]]:
    """Parse and validate metadata YAML. Returns the metadata and all problems found (errors and warnings)."""
    data, problems, node = parse_yaml(text, name, strings=True)
    if data is None and problems:
        return Metadata(), problems
    if data is None:
        data = {}
    if not isinstance(data, dict):
        problems.append(Problem(name, "the metadata must be a list of 'key: value' lines",
                                f"start from this example:\n      {EXAMPLE}\n      region: 朝阳市\n      kind: news\n"
                                "      source: 朝阳日报", 1))
        return Metadata(), problems
    lines = _key_lines(node)
    known = REQUIRED + OPTIONAL
    values: dict[str, str] = {}
    meant: set[str] = set()  # known keys that a misspelt key stands for: not reported missing as well
    for key, value in data.items():
        key = str(key)
        line = lines.get(key, 0)
        if key not in known:
            problems.append(Problem(name, f"unknown key '{key}'", _unknown_key(key, known), line))
            meant.update(k for k in known if f"'{k}'" in problems[-1].fix)
            continue
        if isinstance(value, (dt.date, dt.datetime)):
            value = value.isoformat()[:10]
        if value is None:
            value = ""
        if isinstance(value, (list, dict)):
            problems.append(Problem(name, f"'{key}' must be a single value, not a list or mapping",
                                    f"write it on one line: {key}: ...", line))
            continue
        if isinstance(value, float) and key == "date":
            value = _float_date(value, text, line)
        values[key] = str(value).strip()
    for key in REQUIRED:
        if not values.get(key) and not (key in meant and key not in data):
            fix = {"date": f"add the publication date: {EXAMPLE}",
                   "region": "add the region, e.g. 'region: 朝阳市'",
                   "kind": f"add the kind, one of: {', '.join(KINDS)}",
                   "source": "add the publication, e.g. 'source: 朝阳市人民政府公报 2023年第10期'"}[key]
            problems.append(Problem(name, f"required key '{key}' is missing or empty", fix, lines.get(key, 0)))
    problems.extend(_check_values(values, lines, name))
    problems.extend(_todo_marks(text, name))
    names = {f.name for f in fields(Metadata)}
    meta = Metadata(**{k: v for k, v in values.items() if k in names})
    return meta, sorted(problems, key=lambda p: (p.line, p.column))


def _float_date(value: float, text: str, line: int) -> str:
    """'date: 2019.07' is read by YAML as the number 2019.07: return it as written."""
    if line:
        raw = text.split("\n")[line - 1].split(":", 1)[-1].split("#", 1)[0].strip()
        if raw:
            return raw
    return str(value)


def read_text(path: str | Path) -> tuple[str, str]:
    """Read a metadata/YAML file in any encoding the source reader accepts. Returns (text, encoding)."""
    from .ingest import decode_bytes

    path = Path(path)
    data = sources.read_source_bytes(path, sources.MAX_META_BYTES)  # no link followed, bounded
    if not data.strip():
        return "", "utf-8"
    decoded = decode_bytes(data, str(path))
    return decoded.text, decoded.encoding


def load(path: str | Path) -> Metadata:
    """Load and validate a metadata file; raise InputError on the first error (warnings are ignored here)."""
    text, _encoding = read_text(path)
    meta, problems = validate(text, str(path))
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise InputError(errors[0], errors[1:])
    return meta

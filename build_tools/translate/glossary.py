"""The glossary: the single source of English for terms, kept as data in ``glossary/*.yml``.

Each file is a YAML list of entries::

    - zh: 一般公共预算收入
      en: general public budget revenue
      category: metric
      explain_en: Revenue of the general public budget: taxes and non-tax revenue of the local government.
      explain_zh: 政府一般公共预算中的税收收入和非税收入。
      source: 2019 Government Work Report (official translation), line 164

Required keys: zh, en, category, source. ``source`` names where the English comes from: the State Council's work
reports ("government_work_reports_2008_2022.tsv 2021/133": year and aligned segment), the NBS yearbook ("China
Statistical Yearbook 2021, table 2-2"), the 2019 report's official translation with the line number (older form;
all in ``../shared/reference``, see ``terminology.py``), another official usage, or
"project rendering, no official source". Optional keys are listed in ``OPTIONAL``. ``zh_hant`` is not written
by hand: it is the OpenCC conversion of ``zh``.

API: ``load_glossary()`` (all entries, cached), ``Glossary.lookup(zh)``, ``Glossary.find_terms(text)``
(longest match, non-overlapping, for tooltips) and ``validate_file(path)`` (problems for the linter).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import InputError, Problem
from ..meta import parse_yaml
from .hant import to_hant
from .terminology import GWR_CITE_RE, GWR_FILE, YEARBOOK_CITE_RE

log = logging.getLogger(__name__)

GLOSSARY_DIR = Path(__file__).resolve().parents[2] / "glossary"
CATEGORIES = ("metric", "programme", "slogan", "place", "body", "unit", "term", "person", "publication")
REQUIRED = ("zh", "en", "category", "source")
OPTIONAL = (
    "explain_zh", "explain_en",
    "variants",  # other Chinese spellings found in texts: abbreviations (规上工业增加值), short names (北票)
    "short",  # a short English form: "Liaoning" for 辽宁省
    "noun",  # metrics: what a count of the metric counts ("projects"); units: the plural ("people")
    "parent",  # places: the zh of the enclosing place (辽宁省 for 朝阳市)
    "modifier",  # terms: the English used when the term qualifies a metric name (城镇 -> "urban")
    "symbol_first",  # units: the English symbol goes before the number (CNY 61 billion)
    "ref_zh", "ref_en",  # the wording on the cited source line, when it differs from zh/en
    "reading",  # places: the pinyin reading when it is not the usual one (朝阳: cháo yáng)
    "romanization",  # places: "pinyin" (default) or "other" (names not written in Hanyu Pinyin)
    "in_text",  # false: never marked in running text (a word kept to name key figures, too common for a tooltip)
)
NO_OFFICIAL = "project rendering, no official source"
GWR_SOURCE = "2019 Government Work Report (official translation)"
GWR_RE = re.compile(re.escape(GWR_SOURCE) + r", line (\d+)")
# Units and counters are not glossary "terms" in running text (个, 人 ...): never matched for tooltips.
NOT_IN_TEXT = ("unit",)
HAN = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class Entry:
    zh: str
    en: str
    category: str
    source: str
    zh_hant: str = ""
    explain_zh: str = ""
    explain_en: str = ""
    variants: tuple[str, ...] = ()
    short: str = ""
    noun: str = ""
    parent: str = ""
    modifier: str | None = None
    symbol_first: bool = False
    ref_zh: str = ""
    ref_en: str = ""
    reading: str = ""
    romanization: str = "pinyin"
    in_text: bool = True
    file: str = ""
    line: int = 0

    @property
    def forms(self) -> tuple[str, ...]:
        """Every Chinese spelling of the term."""
        return (self.zh, *self.variants)

    @property
    def official(self) -> bool:
        return self.source != NO_OFFICIAL

    @property
    def is_helper(self) -> bool:
        """A word kept only to build metric names in key-figure rows (实施, 新增, 城镇 ...): not shown to readers."""
        return self.category == "term" and self.modifier is not None


@dataclass(frozen=True)
class TermMatch:
    start: int
    end: int
    text: str
    entry: Entry


@dataclass
class Glossary:
    entries: list[Entry]
    _index: dict[str, Entry] = field(default_factory=dict, repr=False)
    _max_len: int = 0

    def __post_init__(self) -> None:
        for entry in self.entries:
            for form in entry.forms:
                self._index.setdefault(form, entry)
        self._max_len = max((len(k) for k in self._index), default=0)

    def lookup(self, zh: str) -> Entry | None:
        """The entry whose Chinese (or a variant spelling) is exactly ``zh``."""
        return self._index.get(zh.strip())

    def by_category(self, category: str) -> list[Entry]:
        return [e for e in self.entries if e.category == category]

    def find_terms(self, text: str, categories: tuple[str, ...] | None = None, *,
                   helpers: bool = False) -> list[TermMatch]:
        """Glossary terms in a Chinese text: leftmost-longest, non-overlapping (for tooltips).

        Units and counters are never matched, nor helper words (see ``Entry.is_helper``) unless ``helpers``;
        ``categories`` restricts the match to those categories.
        """
        matches: list[TermMatch] = []
        i, n = 0, len(text)
        while i < n:
            found = None
            for length in range(min(self._max_len, n - i), 0, -1):
                entry = self._index.get(text[i:i + length])
                if entry is None or entry.category in NOT_IN_TEXT or (
                        not helpers and (entry.is_helper or not entry.in_text)):
                    continue
                if categories is not None and entry.category not in categories:
                    continue
                found = TermMatch(i, i + length, text[i:i + length], entry)
                break
            if found:
                matches.append(found)
                i = found.end
            else:
                i += 1
        return matches


def _as_entry(raw: dict[str, Any], name: str, line: int) -> Entry:
    variants = raw.get("variants") or ()
    if isinstance(variants, str):
        variants = (variants,)
    modifier = raw.get("modifier")
    return Entry(
        zh=str(raw["zh"]).strip(),
        en=str(raw["en"]).strip(),
        category=str(raw["category"]).strip(),
        source=str(raw["source"]).strip(),
        zh_hant=to_hant(str(raw["zh"]).strip()),
        explain_zh=str(raw.get("explain_zh") or "").strip(),
        explain_en=str(raw.get("explain_en") or "").strip(),
        variants=tuple(str(v).strip() for v in variants),
        short=str(raw.get("short") or "").strip(),
        noun=str(raw.get("noun") or "").strip(),
        parent=str(raw.get("parent") or "").strip(),
        modifier=None if modifier is None else str(modifier).strip(),
        symbol_first=bool(raw.get("symbol_first", False)),
        ref_zh=str(raw.get("ref_zh") or "").strip(),
        ref_en=str(raw.get("ref_en") or "").strip(),
        reading=str(raw.get("reading") or "").strip(),
        romanization=str(raw.get("romanization") or "pinyin").strip(),
        in_text=raw.get("in_text", True) is not False,
        file=name,
        line=line,
    )


def _check_entry(raw: Any, name: str, line: int) -> list[Problem]:
    if not isinstance(raw, dict):
        return [Problem(name, "an entry must be a mapping of keys (zh, en, category, source ...)",
                        "start each entry with '- zh: ...' and indent its other keys", line)]
    problems = []
    for key in REQUIRED:
        if not str(raw.get(key) or "").strip():
            problems.append(Problem(name, f"entry {raw.get('zh', '?')!s}: '{key}' is missing or empty",
                                    f"add '{key}: ...' to the entry", line))
    for key in raw:
        if key not in REQUIRED and key not in OPTIONAL:
            problems.append(Problem(name, f"entry {raw.get('zh', '?')!s}: unknown key '{key}'",
                                    f"remove it, or use one of: {', '.join(REQUIRED + OPTIONAL)}", line))
    if "in_text" in raw and not isinstance(raw["in_text"], bool):
        problems.append(Problem(name, f"entry {raw.get('zh')}: 'in_text' must be true or false",
                                "write 'in_text: false' to keep the term out of running text, or remove the key",
                                line))
    category = str(raw.get("category") or "")
    if category and category not in CATEGORIES:
        problems.append(Problem(name, f"entry {raw.get('zh')}: unknown category '{category}'",
                                f"use one of: {', '.join(CATEGORIES)}", line))
    en = str(raw.get("en") or "")
    if HAN.search(en):
        problems.append(Problem(name, f"entry {raw.get('zh')}: the English contains Chinese characters",
                                "write the English rendering only; put the Chinese in zh", line))
    source = str(raw.get("source") or "")
    if HAN.search(source):  # the English glossary page shows the source: it must read as English
        problems.append(Problem(name, f"entry {raw.get('zh')}: the source contains Chinese characters",
                                "cite in English (the segment's English words, or the table number); put Chinese "
                                "wording in ref_zh", line))
    if "Government Work Report" in source and not GWR_RE.search(source):
        problems.append(Problem(name, f"entry {raw.get('zh')}: cite the report as '{GWR_SOURCE}, line N'",
                                "add the line number of the aligned reference files", line))
    if GWR_FILE in source and not GWR_CITE_RE.search(source):
        problems.append(Problem(name, f"entry {raw.get('zh')}: cite the work reports as '{GWR_FILE} YEAR/UNIT'",
                                "add the year and segment number shown by 'python -m build_tools concordance'", line))
    if "Statistical Yearbook" in source and not YEARBOOK_CITE_RE.search(source):
        problems.append(Problem(name, f"entry {raw.get('zh')}: cite the yearbook as 'China Statistical Yearbook "
                                "2021, table N-M'", "add the table number", line))
    return problems


def parse_file(path: Path) -> tuple[list[Entry], list[Problem]]:
    """Entries of one glossary file and the problems found in it."""
    name = str(path)
    text = path.read_text(encoding="utf-8")
    data, problems, node = parse_yaml(text, name)
    if data is None:
        return [], problems
    if not isinstance(data, list):
        return [], problems + [Problem(name, "a glossary file must be a YAML list of entries",
                                       "start each entry with '- zh: ...'", 1)]
    lines = [item.start_mark.line + 1 for item in node.value] if node is not None else [0] * len(data)
    entries = []
    for raw, line in zip(data, lines, strict=True):
        found = _check_entry(raw, name, line)
        problems.extend(found)
        if not any(p.severity == "error" for p in found):
            entries.append(_as_entry(raw, name, line))
    return entries, problems


def _cross_check(entries: list[Entry]) -> list[Problem]:
    problems = []
    seen: dict[str, Entry] = {}
    for entry in entries:
        for form in entry.forms:
            other = seen.get(form)
            if other is not None:
                problems.append(Problem(entry.file, f"'{form}' is already defined at {other.file}:{other.line}",
                                        "keep one entry per Chinese term (merge them, or make one a variant)",
                                        entry.line))
            else:
                seen[form] = entry
    zh_set = {e.zh for e in entries}
    for entry in entries:
        if entry.parent and entry.parent not in zh_set:
            problems.append(Problem(entry.file, f"entry {entry.zh}: parent '{entry.parent}' is not in the glossary",
                                    "add the enclosing place as an entry, or fix the parent", entry.line))
    return problems


def validate_dir(folder: Path = GLOSSARY_DIR) -> tuple[list[Entry], list[Problem]]:
    """All entries of a glossary folder and every problem (per file, and across files)."""
    entries: list[Entry] = []
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.yml")):
        found, probs = parse_file(path)
        entries.extend(found)
        problems.extend(probs)
    return entries, problems + _cross_check(entries)


def validate_file(path: str | Path) -> list[Problem]:
    """Problems in one glossary file (for ``python -m build_tools lint``)."""
    return parse_file(Path(path))[1]


@lru_cache(maxsize=4)
def get_glossary(folder: Path = GLOSSARY_DIR) -> Glossary:
    """The glossary, loaded once. Raises InputError if it has errors (the build needs a valid glossary)."""
    entries, problems = validate_dir(folder)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise InputError(errors[0])
    log.debug("glossary: %d entries from %s", len(entries), folder)
    return Glossary(entries)


def load_glossary(folder: Path = GLOSSARY_DIR, *, helpers: bool = False) -> list[Entry]:
    """The glossary entries for readers, in file order (files sorted by name): for the glossary pages.

    Helper words used only to build key-figure rows are left out unless ``helpers``.
    """
    return [e for e in get_glossary(folder).entries if helpers or not e.is_helper]


def apply_modifier(template: str, text: str) -> str:
    """Apply a helper term's modifier: "~" stands for the metric ("~ brought in"); without "~" it is put before."""
    if not template:
        return text
    if "~" not in template and set(re.findall(r"[a-z]+", template)) - {"and", "or"} <= set(re.findall(r"[a-z]+", text)):
        return text  # (城乡 before 居民医保…: "urban and rural" says nothing the scheme's name does not)
    return template.replace("~", text) if "~" in template else f"{template} {text}"

"""The official terminology base: State Council work reports 2008-2022 (aligned zh/en) and NBS yearbook tables.

The reference files live beside the clone in ``../shared/reference`` (see its README). They are read only by
maintainers' commands -- ``python -m build_tools concordance 术语`` and the harvest that writes
``glossary/official.tsv`` -- never by the build: the glossary carries each rendering with its citation.

Citations (the ``source`` of a glossary entry):

- ``government_work_reports_2008_2022.tsv 2021/133``: the report of 2021, aligned segment 133;
- ``China Statistical Yearbook 2021, table 2-2``: the NBS yearbook's table 2-2 (its English title).

``occurrences(term)`` lists every aligned segment whose Chinese holds the term; ``check_citation(entry)``
says whether a cited segment holds the entry's Chinese and English (``ref_zh``/``ref_en`` when the entry's
wording differs from the source's).
"""

from __future__ import annotations

import csv
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

REFERENCE_DIR = Path(__file__).resolve().parents[3] / "shared" / "reference"
GWR_FILE = "government_work_reports_2008_2022.tsv"
YEARBOOK_FILE = "china_statistical_yearbook_2021_tables.tsv"
GWR_CITE_RE = re.compile(re.escape(GWR_FILE) + r" (?P<year>\d{4})/(?P<unit>\d+)")
YEARBOOK_CITE_RE = re.compile(r"China Statistical Yearbook 2021, table (?P<table>\d+-\d+)")
TABLE_RE = re.compile(r"^(?P<table>\d+-\d+)\s*(?P<title>.*)$")


@dataclass(frozen=True)
class Segment:
    """One aligned segment of the official corpus, with its citation."""

    source: str  # "gwr" | "yearbook"
    key: str  # "2021/133" | "2-2"
    zh: str
    en: str

    @property
    def citation(self) -> str:
        if self.source == "gwr":
            return f"{GWR_FILE} {self.key}"
        return f"China Statistical Yearbook 2021, table {self.key}"

    @property
    def year(self) -> int:
        return int(self.key.split("/")[0]) if self.source == "gwr" else 2021


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=2)
def load_segments(folder: Path = REFERENCE_DIR) -> tuple[Segment, ...]:
    """Every segment of both reference files (work reports first, by year and unit; then the yearbook)."""
    gwr_path, yb_path = folder / GWR_FILE, folder / YEARBOOK_FILE
    if not gwr_path.exists():
        raise FileNotFoundError(f"{gwr_path}: the official reference is not available (it lives in "
                                f"../shared/reference beside the clone; see the README there)")
    segments = [Segment("gwr", f"{row['year']}/{row['unit']}", row["zh"], row["en"]) for row in _read_tsv(gwr_path)]
    if yb_path.exists():
        for row in _read_tsv(yb_path):
            m = TABLE_RE.match(row["zh"])
            if m:
                en = TABLE_RE.match(row["en"])
                segments.append(Segment("yearbook", m.group("table"), row["zh_title"],
                                        en.group("title") if en else row["en_title"]))
    return tuple(segments)


def occurrences(term: str, folder: Path = REFERENCE_DIR) -> list[Segment]:
    """Segments whose Chinese contains ``term``, the latest report first (the yearbook last)."""
    found = [s for s in load_segments(folder) if term in s.zh]
    return sorted(found, key=lambda s: (s.source != "gwr", -s.year, int(s.key.split("/")[-1].split("-")[-1])))


def find_segment(citation: str, folder: Path = REFERENCE_DIR) -> Segment | None:
    """The segment a glossary citation names, or None (no citation of the corpus, or no such segment)."""
    m = GWR_CITE_RE.search(citation)
    if m:
        key, source = f"{m.group('year')}/{m.group('unit')}", "gwr"
    else:
        m = YEARBOOK_CITE_RE.search(citation)
        if not m:
            return None
        key, source = m.group("table"), "yearbook"
    return next((s for s in load_segments(folder) if s.source == source and s.key == key), None)


GWR_SHORT_RE = re.compile(r"\bGWR (?P<year>\d{4})/(?P<unit>\d+)")


def readable_citation(source: str) -> str:
    """A glossary ``source`` as a reader sees it: the work reports' file name and its abbreviation (GWR) as the
    report they cite -- "government_work_reports_2008_2022.tsv 2022/12" and "GWR 2022/12" both read "2022
    Government Work Report (official translation), segment 12", as the 2019 report's own citations read "2019
    Government Work Report (official translation), line 164" (review_2026-12-b class R2)."""
    def said(m: re.Match[str]) -> str:
        return f"{m['year']} Government Work Report (official translation), segment {m['unit']}"
    return GWR_SHORT_RE.sub(said, GWR_CITE_RE.sub(said, source))


def is_citation(source: str) -> bool:
    """Whether a glossary ``source`` cites the official corpus (work reports TSV or yearbook)."""
    return bool(GWR_CITE_RE.search(source) or YEARBOOK_CITE_RE.search(source))


def _fold(text: str) -> str:
    return re.sub(r"[\s\-‐–]+", " ", text.lower()).replace("’", "'")


def contains(text: str, phrase: str) -> bool:
    """Whether ``text`` holds ``phrase`` as whole words (case, hyphens and spacing ignored)."""
    return re.search(r"(?<![a-z])" + re.escape(_fold(phrase)) + r"(?![a-z])", _fold(text)) is not None


def check_citation(zh_forms: tuple[str, ...], en: str, citation: str, folder: Path = REFERENCE_DIR) -> str:
    """'' if the cited segment holds one of ``zh_forms`` and ``en`` (case-insensitive), else what is wrong."""
    segment = find_segment(citation, folder)
    if segment is None:
        return f"no segment {citation!r}"
    if not any(form in segment.zh for form in zh_forms):
        return f"{citation}: none of {list(zh_forms)} in {segment.zh!r}"
    if not contains(segment.en, en):
        return f"{citation}: {en!r} not in {segment.en!r}"
    return ""


def format_concordance(term: str, folder: Path = REFERENCE_DIR, *, limit: int = 0) -> str:
    """Every official occurrence of ``term`` with its English, for a maintainer reviewing a rendering."""
    found = occurrences(term, folder)
    lines = [f"{term}: {len(found)} official occurrence(s), latest first"]
    for seg in found[: limit or None]:
        lines.append(f"\n[{seg.citation}]\n  zh: {seg.zh}\n  en: {seg.en}")
    if limit and len(found) > limit:
        lines.append(f"\n... {len(found) - limit} more (use --limit 0 to see all)")
    return "\n".join(lines)


def run_concordance(terms: list[str], limit: int = 0, folder: Path = REFERENCE_DIR) -> int:
    """CLI: print the concordance of each term; 1 if the reference is missing."""
    import sys

    try:
        load_segments(folder)
    except FileNotFoundError as exc:
        log.error("%s", exc)
        return 1
    for term in terms:
        sys.stdout.write(format_concordance(term, folder, limit=limit) + "\n\n")
    return 0


def harvest(entries: list, folder: Path = REFERENCE_DIR) -> list[tuple[object, Segment | None, int]]:
    """For glossary entries without an official source: the latest segment holding both the term and the entry's
    English (a citation to add after reading it), or None with the number of segments to review by hand."""
    out = []
    for entry in entries:
        found = [s for form in entry.forms for s in occurrences(form, folder)]
        found.sort(key=lambda s: (s.source != "gwr", -s.year))
        match = next((s for s in found if contains(s.en, entry.en)), None)
        out.append((entry, match, len(found)))
    return out


def run_harvest(folder: Path = REFERENCE_DIR) -> int:
    """CLI: list the unsourced glossary entries the official corpus can cite, and those to review by hand."""
    import sys

    from .glossary import NO_OFFICIAL, get_glossary

    try:
        load_segments(folder)
    except FileNotFoundError as exc:
        log.error("%s", exc)
        return 1
    entries = [e for e in get_glossary().entries if e.source == NO_OFFICIAL and not e.is_helper
               and e.category not in ("unit", "person", "publication")]
    for entry, segment, count in harvest(entries, folder):
        if segment is not None:
            sys.stdout.write(f"CITE   {entry.zh} = {entry.en!r}: {segment.citation}\n       {segment.en[:160]}\n")
        elif count:
            sys.stdout.write(f"REVIEW {entry.zh} = {entry.en!r}: {count} official occurrence(s), English differs "
                             f"(python -m build_tools concordance {entry.zh})\n")
    return 0

"""One English style across the site (translations/README.md, "English style"): dates written "5 November 2023",
American spelling as in the State Council's official English, one spelling of each word on every page.

Checked on the English produced for the seeds and the real-style fixtures: every item of the translate stage
(reviewed, derived or marked) and the Markdown of the English document pages.
"""

import re
from functools import cache
from pathlib import Path

import pytest

from build_tools.model import Source
from build_tools.pipeline import process
from build_tools.render import pages
from build_tools.translate import translate

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "realstyle").glob("*.txt")) \
    + sorted((ROOT / "tests" / "fixtures" / "genres").glob("*.txt"))
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
US_DATE_RE = re.compile(rf"\b(?:{MONTHS}) \d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)")
ABBREVIATED_MONTH_RE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d")
# British spellings and their American form (the State Council's English: program 178 times, programme 0; center 72,
# centre 0; labor 66, labour 0; tire 23, tyre 0; people-centered 12, people-centred 0; units: tons 51, tonnes 0;
# kilometers 49, kilometres 0; meters 4, metres 0 (whole words) in ../shared/reference/government_work_reports_2008_2022.tsv).
BRITISH = {"programme": "program", "programmes": "programs", "centre": "center", "centres": "centers",
           "centred": "centered", "labour": "labor", "tyre": "tire", "tyres": "tires", "favour": "favor",
           "favourable": "favorable", "colour": "color", "neighbour": "neighbor", "neighbourhood": "neighborhood",
           "honour": "honor", "honoured": "honored", "behaviour": "behavior", "organisation": "organization",
           "organisations": "organizations", "modernisation": "modernization", "utilisation": "utilization",
           "urbanisation": "urbanization", "industrialisation": "industrialization", "optimise": "optimize",
           "stabilise": "stabilize", "prioritise": "prioritize", "realise": "realize", "mobilise": "mobilize",
           "specialised": "specialized", "tunnelling": "tunneling",
           # units (glossary/units.yml): the State Council's spelling, one across the site
           "tonne": "ton", "tonnes": "tons", "kilometre": "kilometer", "kilometres": "kilometers",
           "metre": "meter", "metres": "meters", "litre": "liter", "litres": "liters", "kilolitre": "kiloliter",
           "kilolitres": "kiloliters"}
WORD_RE = re.compile(r"[A-Za-z]+")


@cache
def _source(path: Path) -> Source:
    return translate(process(path))


def _texts(source: Source) -> list[str]:
    out = []
    for doc in source.documents:
        tr = doc.translations["en"]
        items = [tr.title, *tr.paragraphs.values(), *tr.summary, *tr.figures, *tr.events, tr.brief, tr.subtitle]
        out += [t.text for t in items if t is not None and t.status != "missing"]
    return out


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.stem)
def test_dates_day_month_year_on_english_pages(path: Path) -> None:
    source = _source(path)
    for doc in source.documents:
        page = pages.document_page(source, doc, "en")
        assert not US_DATE_RE.findall(page), (doc.id, US_DATE_RE.findall(page))
        assert not ABBREVIATED_MONTH_RE.findall(page), doc.id


def test_american_spelling_everywhere() -> None:
    found: dict[str, set[str]] = {}
    for path in SOURCES:
        for text in _texts(_source(path)):
            for word in WORD_RE.findall(text):
                if word.lower() in BRITISH:
                    found.setdefault(word.lower(), set()).add(path.stem)
    assert not found, f"British spellings (write {[BRITISH[w] for w in found]}): {found}"


def test_one_spelling_of_each_word_across_the_site() -> None:
    """No two spellings of one word (tyre/tire, centre/center) anywhere in the English of the site."""
    spellings: dict[str, set[str]] = {}
    for path in SOURCES:
        for text in _texts(_source(path)):
            for word in WORD_RE.findall(text):
                low = word.lower()
                key = BRITISH.get(low) or low
                spellings.setdefault(key, set()).add(low)
    assert {k: v for k, v in spellings.items() if len(v) > 1} == {}


def test_american_spelling_in_glossary_and_labels() -> None:
    """The glossary's English (names, unit nouns, tooltips) and the English interface labels use the same spelling."""
    import yaml

    from build_tools.render import labels

    texts = [str(entry.get(field, "")) for path in sorted((ROOT / "glossary").glob("*.yml"))
             for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []
             for field in ("en", "noun", "explain_en")]
    texts += [text for table in (labels.EN, labels.KINDS_EN, labels.GENRES_EN, labels.BASE_UNITS_EN,
                                 labels.FIGURE_KINDS_EN, labels.EVENT_KINDS_EN, labels.FIGURE_STATUS_EN,
                                 labels.ACTIONS_EN, labels.CATEGORIES_EN) for text in table.values()]
    british = sorted({w for text in texts for w in WORD_RE.findall(text) if w.lower() in BRITISH})
    assert not british, f"British spellings (write {[BRITISH[w.lower()] for w in british]}): {british}"


# Figures (review_2026-12, classes A-D and J): rows, timeline entries and "In brief" as the style section says.
ROW_RE = re.compile(r"^(?:[^:]* — )?(?P<label>[^:]+): (?:up |down |over |about |at least |at most |nearly )?"
                    r"[\d,.]+ (?P<unit>[a-z-]+)")
YEAR_END_RE = re.compile(r", (?:19|20)\d\d(?: \([^)]*\))?$")


def _derived_rows() -> list[tuple[str, str]]:
    return [(path.stem, t.text) for path in SOURCES for doc in _source(path).documents
            for t in doc.translations["en"].figures if t.status == "derived"]


def test_one_wording_for_a_year_earlier() -> None:
    """'over the previous year' for a year's figure, 'year on year' for part of a year; never 'over the same period
    last year' (the same comparison said a third way)."""
    wrong = [(stem, text) for stem, text in _derived_rows() if "over the same period last year" in text
             or ("year on year" in text and YEAR_END_RE.search(text))]
    assert not wrong, wrong[:10]


def test_a_count_does_not_repeat_its_label() -> None:
    """'Kindergartens: 118', not '118 kindergartens'; 'Population: 3,865,472', not '3,865,472 people' — unless the
    document counts the metric in two units (贫困人口8.2万户、17.16万人: 'Poor population: 82,000 households' and
    '171,600 people', each row saying which)."""
    persons = {"people", "population", "persons", "students", "children", "employees", "recipients", "residents"}
    wrong = []
    rows = _derived_rows()
    units: dict[tuple[str, str], set[str]] = {}
    for stem, text in rows:
        if m := ROW_RE.match(text):
            units.setdefault((stem, m.group("label")), set()).add(m.group("unit"))
    for stem, text in rows:
        m = ROW_RE.match(text)
        if not m or len(units[(stem, m.group("label"))]) > 1:
            continue
        unit, head = m.group("unit"), re.split(r" (?:of|in|for|by|with|covered|enrolled|employed) ", m.group("label"))[0]
        words = {w.rstrip("s") for w in head.lower().split()}
        if unit.rstrip("s") in words or (unit == "people" and words & {p.rstrip("s") for p in persons}):
            wrong.append((stem, text))
    assert not wrong, wrong[:10]


def test_a_figure_list_continues_its_lead_in_lower_case() -> None:
    """'Figures for 2024 — workplace accidents: 58; ...': no common noun capitalized after the lead's dash."""
    lead_re = re.compile(r"^(?:Figures|Targets|Estimates|Leading figures)(?: for [^—]+)? — (?P<word>[A-Z][a-z]+) ")
    wrong = []
    for path in SOURCES:
        for doc in _source(path).documents:
            tr = doc.translations["en"]
            for item in [*tr.events, tr.brief]:
                if item is None or item.status == "missing":
                    continue
                for sentence in item.text.split(". "):
                    m = lead_re.match(sentence)
                    if m and m.group("word") in {"Value", "Total", "Share", "Growth", "Number", "Output", "People"}:
                        wrong.append((path.stem, sentence[:120]))
    assert not wrong, wrong[:10]

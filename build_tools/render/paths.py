"""Where each generated file goes (paths relative to the docs root, '/'-separated).

bulletins/index.md                      all bulletins, by date and by region
bulletins/<slug>/index.md               one bulletin: metadata, documents, downloads
bulletins/<slug>/<doc>.md               one document
bulletins/<slug>/cleaning-report.md     what the cleaner removed or merged, and why
data/<slug>/extract.json                the bulletin's model (the `extract` JSON)
data/<slug>/<doc>.json|.figures.csv|.events.csv   one document's figures and events
data/figures.csv|json, data/events.csv|json       the whole collection
charts/<key>.svg                        indicator charts
glossary.md                             the glossary of policy terms
.site.json                              navigation and collection date, read by hooks/site.py

Pages and charts exist in every language of ``LANGUAGES``: ``page.md`` for the default language (Simplified
Chinese), ``page.en.md`` and ``page.zh-Hant.md`` beside it (``localized``); links between pages always name the
default file (``page.md``) and the site engine resolves them to the page of the reader's language.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Document, Source

DEFAULT_LANG = "zh"
LANGUAGES = ("zh", "en", "zh-Hant")
RESERVED = frozenset({"index", "cleaning-report", "extract"})
_UNSAFE_RE = re.compile(r"[^\w-]+")


@lru_cache(maxsize=8192)
def safe_name(value: str) -> str:
    """A file-name component: word characters (any script) and '-'. Dots go: 'x.en.md' means English to i18n.
    Cached: every link to a bulletin or document page asks for it again."""
    name = _UNSAFE_RE.sub("-", value).strip("-_") or "x"
    return name + "-doc" if name.lower() in RESERVED else name


def bulletin_dir(source: Source) -> str:
    return f"bulletins/{safe_name(source.slug)}"


def bulletin_page(source: Source) -> str:
    return f"{bulletin_dir(source)}/index.md"


def report_page(source: Source) -> str:
    return f"{bulletin_dir(source)}/cleaning-report.md"


def document_page(source: Source, doc: Document) -> str:
    return f"{bulletin_dir(source)}/{safe_name(doc.id)}.md"


def data_dir(source: Source) -> str:
    return f"data/{safe_name(source.slug)}"


def extract_json(source: Source) -> str:
    return f"{data_dir(source)}/extract.json"


def document_data(source: Source, doc: Document, suffix: str) -> str:
    """suffix: 'json', 'figures.csv' or 'events.csv'."""
    return f"{data_dir(source)}/{safe_name(doc.id)}.{suffix}"


def localized(path: str, lang: str) -> str:
    """The file of ``path`` in ``lang``: 'timeline.md' -> 'timeline.en.md'; the default language keeps the name."""
    if lang == DEFAULT_LANG:
        return path
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    stem, dot, ext = path.rpartition(".")
    if not dot or "/" in ext:
        return f"{path}.{lang}"
    return f"{stem}.{lang}.{ext}"


BULLETINS_INDEX = "bulletins/index.md"
HOME = "index.md"
TIMELINE = "timeline.md"
INDICATORS = "indicators.md"
DOWNLOADS = "downloads.md"
SCHEMA = "schema.md"
ABOUT = "about.md"
GLOSSARY = "glossary.md"
SITE = ".site.json"  # navigation and collection date, for the engine adapter (hooks/site.py)
COLLECTION = {
    "figures.csv": "data/figures.csv",
    "figures.json": "data/figures.json",
    "events.csv": "data/events.csv",
    "events.json": "data/events.json",
}

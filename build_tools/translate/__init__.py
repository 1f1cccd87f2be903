"""Stage 5: translations of every document (English, Traditional Chinese).

``translate(source)`` fills ``doc.translations["en"]`` and ``doc.translations["zh-Hant"]``:

- zh-Hant: OpenCC conversion of the whole page text (hant.py), status "converted";
- en: reviewed translations from ``translations/en/<slug>.yml`` (memory.py), key-figure rows generated from
  the glossary (rows.py, numbers.py, periods.py), else the Chinese with status "missing" (english.py).

The glossary (``glossary/*.yml``, glossary.py) is the single source of English for terms.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..model import Source
from .comparisons import context_for
from .english import display_text, english_document, english_event_date
from .glossary import GLOSSARY_DIR, Entry, TermMatch, get_glossary, load_glossary
from .hant import to_hant
from .memory import TRANSLATIONS_DIR, load_memory
from .traditional import traditional_document

__all__ = ["translate", "load_glossary", "find_terms", "to_hant", "display_text", "english_event_date", "Entry",
           "TermMatch"]

log = logging.getLogger(__name__)


def translate(source: Source, *, glossary_dir: Path = GLOSSARY_DIR,
              translations_dir: Path = TRANSLATIONS_DIR) -> Source:
    """Fill the English and Traditional Chinese translations of every document of ``source``."""
    glossary = get_glossary(glossary_dir)
    memory, _problems = load_memory(source.slug, "en", translations_dir)
    ctx = context_for(source.meta.region, glossary)
    for doc in source.documents:
        doc.translations["en"] = english_document(doc, memory, glossary, ctx, source.meta)
        doc.translations["zh-Hant"] = traditional_document(doc)
    log.debug("%s: translated %d documents (%d reviewed entries available)", source.slug, len(source.documents),
              len(memory.entries))
    return source


def find_terms(text: str, glossary_dir: Path = GLOSSARY_DIR) -> list[TermMatch]:
    """Glossary terms in a Chinese text (leftmost-longest, non-overlapping), for tooltips."""
    return get_glossary(glossary_dir).find_terms(text)

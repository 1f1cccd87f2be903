"""Search per language, for the site built by mkdocs-static-i18n (one build per language into one site folder).

1. Segmentation (``on_config``): the search plugin cuts Chinese with jieba. jieba is pointed at a dictionary that
   holds every word in both scripts (build_tools/render/search_dict.py), so Traditional pages are cut into the
   same words as Simplified ones. Set once per process: every language build runs ``on_config`` again.
2. One index per language (``on_post_build``): the i18n plugin writes ONE search index for all languages
   (``search/search_index.json``, and ``search/search_index.js`` when the offline plugin is on). After it, and
   after the offline plugin, this hook splits that index by location: pages of a non-default language live under
   ``<lang>/``; their entries go to ``<lang>/search/search_index.json`` (and ``.js``) with locations relative to
   ``<lang>/``, the rest stays in ``search/``. The theme (overrides/main.html) gives each page the root of its
   language as the search base, so the client loads the index of the page's language, over http and file://.
   The theme also fetches ``<base>sitemap.xml``: hooks/sitemaps.py copies the sitemap into each language folder.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parent.parent
INDEX = "search/search_index.json"
SCRIPT = "search/search_index.js"  # the offline plugin's copy of the index, loaded with <script> from file://
SCRIPT_PREFIX = "var __index = "  # what the offline plugin writes before the JSON (and the theme reads)
CACHE_DIR = ROOT / "build" / "cache" / "search"

log = logging.getLogger("mkdocs.hooks.search")


def _project_import() -> None:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))


@event_priority(90)
def on_config(config: Any) -> Any:
    if "search" not in config.plugins and "material/search" not in config.plugins:
        return config  # the served site: Pagefind (hooks/pagefind.py) segments Chinese itself
    try:
        import jieba
    except ImportError:  # the search plugin does not segment without jieba either
        return config
    _project_import()
    from build_tools.render.search_dict import merged_dictionary

    jieba.setLogLevel(logging.WARNING)
    path = str(merged_dictionary(CACHE_DIR))
    if jieba.dt.dictionary != path:
        jieba.set_dictionary(path)
    return config


def languages(config: Any) -> list[str]:
    """The languages built into sub-folders (all but the default); [] without the i18n plugin."""
    plugin = config.plugins.get("i18n")
    if plugin is None:
        return []
    return [lang.locale for lang in plugin.config.languages if lang.build and not lang.default]


def split_index(data: dict[str, Any], prefixes: list[str]) -> dict[str, dict[str, Any]]:
    """{'' (default language): index, 'en': index ...}: each entry goes to the language whose folder holds its page,
    with the location made relative to that folder. The index settings (separator, pipeline ...) are kept."""
    parts: dict[str, list[dict[str, Any]]] = {"": [], **{p: [] for p in prefixes}}
    for doc in data.get("docs", []):
        location = str(doc.get("location", ""))
        lang = next((p for p in prefixes if location.startswith(p + "/")), "")
        parts[lang].append({**doc, "location": location[len(lang) + 1:]} if lang else doc)
    return {lang: {**data, "docs": docs} for lang, docs in parts.items()}


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@event_priority(-200)  # after the i18n plugin (-100) has written the combined index, and after the offline plugin
def on_post_build(config: Any) -> None:
    site = Path(config.site_dir)
    index = site / INDEX
    prefixes = languages(config)
    if not prefixes or not index.is_file():
        return
    data = json.loads(index.read_text(encoding="utf-8"))
    with_script = (site / SCRIPT).is_file()
    for lang, part in split_index(data, prefixes).items():
        folder = site / lang if lang else site
        text = json.dumps(part, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        _write(folder / INDEX, text)
        if with_script:
            _write(folder / SCRIPT, SCRIPT_PREFIX + text)
        log.debug("search index %s: %d entries", lang or "default", len(part["docs"]))

"""MkDocs adapter for the generated tree: the only Python that knows MkDocs.

The pipeline writes ``<docs_dir>/.site.json`` (a dot file, so MkDocs does not publish it):
- ``nav``: the navigation in MkDocs nav syntax with plain-text titles. It becomes ``config.nav`` here, with
  section titles HTML-escaped because the theme prints titles as HTML.
- ``nav_translations``: per language, the section titles of ``nav`` in that language. They become the i18n
  plugin's ``nav_translations`` of each language (escaped like the titles).
- ``unsearched``: pages (default-language paths) left out of the search index; their translations too.
- ``unsearched_sections``: anchors of page sections left out of the search index (their heading gets the theme's
  ``data-search-exclude``).
- ``updated``: the date of the newest bulletin. MkDocs stamps pages with today's date (sitemap, sitemap.xml.gz
  header); unless SOURCE_DATE_EPOCH is set, pages get this date instead, so the same inputs give the same site.
"""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority

SITE_FILE = ".site.json"
_DATE_RE = re.compile(r"^\d{4}(-\d{2}){0,2}$")
_state: dict[str, str] = {}
_unsearched: set[str] = set()
_sections: list[re.Pattern[str]] = []
_searched_in: set[str] = set()  # languages whose pages keep the unsearched sections (English)
_LANG_SUFFIX_RE = re.compile(r"\.[A-Za-z]{2,3}(?:-[A-Za-z]{2,4})?\.md$")


def _escape_titles(items: Any) -> Any:
    if isinstance(items, list):
        return [_escape_titles(i) for i in items]
    if isinstance(items, dict):
        return {html.escape(str(k), quote=False): _escape_titles(v) for k, v in items.items()}
    return items


def _as_day(value: Any) -> str:
    """'2019' -> '2019-01-01', '2019-09' -> '2019-09-01'; anything else -> ''."""
    text = str(value or "")
    if not _DATE_RE.match(text):
        return ""
    parts = text.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))


@event_priority(100)  # before the i18n plugin reads the nav
def on_config(config: Any) -> Any:
    _state.clear()
    _unsearched.clear()
    _sections.clear()
    site_file = Path(config["docs_dir"]) / SITE_FILE
    if not site_file.exists():
        return config
    data = json.loads(site_file.read_text(encoding="utf-8")) or {}
    if data.get("nav") and not config.get("nav"):
        config["nav"] = _escape_titles(data["nav"])
    _set_nav_translations(config, data.get("nav_translations") or {})
    _unsearched.update(str(p) for p in data.get("unsearched") or [])
    anchors = [re.escape(str(a)) for a in data.get("unsearched_sections") or []]
    if anchors:
        _sections.append(re.compile(rf'(<h[1-6]) (id="(?:{"|".join(anchors)})")'))
    _searched_in.clear()
    _searched_in.update(str(lang) for lang in data.get("sections_searched_in") or [])
    if os.environ.get("SOURCE_DATE_EPOCH") is None:
        _state["date"] = _as_day(data.get("updated")) or "1970-01-01"
    return config


def _set_nav_translations(config: Any, translations: dict[str, dict[str, str]]) -> None:
    """Give the i18n plugin the generated section titles of each language (added to any set in mkdocs.yml)."""
    plugin = config.plugins.get("i18n")
    if plugin is None or not translations:
        return
    for lang in plugin.config.languages:
        generated = translations.get(lang.locale)
        if not generated:
            continue
        titles = {html.escape(str(k), quote=False): html.escape(str(v), quote=False) for k, v in generated.items()}
        lang["nav_translations"] = {**titles, **(lang.nav_translations or {})}


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Pages listed as ``unsearched`` get the theme's ``search: exclude`` (before the search plugin reads it)."""
    src = page.file.src_uri
    if src in _unsearched or _LANG_SUFFIX_RE.sub(".md", src) in _unsearched:
        search = page.meta.get("search")
        page.meta["search"] = {**(search if isinstance(search, dict) else {}), "exclude": True}
    return markdown


def on_page_content(html_: str, page: Any, config: Any, files: Any) -> str:
    """Headings of ``unsearched_sections`` get ``data-search-exclude``: the search plugin skips their sections
    (not on pages of the ``sections_searched_in`` languages: an English page's rows are its own English)."""
    lang = _LANG_SUFFIX_RE.search(page.file.src_uri)
    if lang and lang.group().split(".")[1] in _searched_in:
        return html_
    for pattern in _sections:
        html_ = pattern.sub(r"\1 data-search-exclude \2", html_)
    return html_


def on_pre_page(page: Any, config: Any, files: Any) -> Any:
    if "date" in _state:
        page.update_date = _state["date"]
    return page

"""The key-figure and timeline sections are left out of the search index where they repeat the page's text (the
Chinese pages), and kept on English pages, whose text of a bulletin nobody translated is Chinese: there the rows are
the page's own English, and an English search (room occupancy rate) must find the bulletin (found on a site of
documents not tuned on, 2026-12-07)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from hooks import site


def _page(src: str) -> SimpleNamespace:
    return SimpleNamespace(file=SimpleNamespace(src_uri=src))


class _Config(dict):  # type: ignore[type-arg]
    """What the hook reads of MkDocs' config: items, and a plugins collection (no i18n plugin here)."""

    plugins: dict[str, object] = {}


def test_sections_are_searched_on_english_pages_only(tmp_path: Path) -> None:
    (tmp_path / site.SITE_FILE).write_text(json.dumps({"unsearched_sections": ["figures", "events"],
                                                       "sections_searched_in": ["en"]}), encoding="utf-8")
    site.on_config(_Config(docs_dir=str(tmp_path), nav=["x"]))
    html = '<h2 id="figures">Key figures</h2>\n<h2 id="text">Text</h2>'
    zh = site.on_page_content(html, _page("bulletins/a/a.md"), None, None)
    assert '<h2 data-search-exclude id="figures">' in zh and '<h2 id="text">' in zh
    hant = site.on_page_content(html, _page("bulletins/a/a.zh-Hant.md"), None, None)
    assert '<h2 data-search-exclude id="figures">' in hant
    assert site.on_page_content(html, _page("bulletins/a/a.en.md"), None, None) == html

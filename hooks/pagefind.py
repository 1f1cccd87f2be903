"""Pagefind search for the served site: a chunked index per language, loaded a piece at a time by the reader.

Active when Material's search plugin is off (mkdocs.yml); the offline bundle (mkdocs.offline.yml) turns that plugin
back on, because a page opened from file:// cannot fetch Pagefind's chunks, and this hook then does nothing.

1. ``on_page_content``: the sections search leaves out (``unsearched_sections`` of ``.site.json``, whose headings
   hooks/site.py marks ``data-search-exclude``) are wrapped in ``data-pagefind-ignore``: a heading and what follows
   it up to the next heading, as Material's search plugin cuts sections.
2. ``on_post_page``: the article of every searched page gets ``data-pagefind-body`` (navigation, header, footer are
   outside it; pages listed as ``unsearched`` get none, so Pagefind skips them), and filters for the reader's
   facets in the page's language: year, region and kind of the bulletin (front matter ``date``/``region``/``kind``)
   and, on a document page, its issuer (from the bulletin's ``data/<bulletin>/extract.json``).
3. Indexing: the Pagefind binary of the pinned PyPI package (``pagefind[extended]``: Chinese segmentation)
   indexes each language apart into that language's folder: ``pagefind/`` for the default language at the root,
   ``en/pagefind/`` and ``zh-Hant/pagefind/`` for the others, each with Pagefind's default UI
   (pagefind-ui.js/.css), which overrides/partials/pagefind.html loads from the page's own language folder
   (``on_page_context`` / ``on_template_context`` give the template that folder as ``pd_pagefind``). A reader's
   browser fetches one language's index only; Pagefind's results are relative to the bundle's parent folder.
   ``make site`` (hooks/build_parallel.py) indexes each language in its own process right after its MkDocs build,
   so the languages are indexed in parallel; a serial ``mkdocs build`` indexes them one after another in
   ``on_post_build``, once every language is built.
"""

from __future__ import annotations

import html
import json
import logging
import re
import subprocess
import sys
import time
from functools import lru_cache
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = "pagefind"
ARTICLE = '<article class="md-content__inner md-typeset">'
_EXCLUDED_HEADING_RE = re.compile(r"<h([1-6]) data-search-exclude ")
_HEADING_RE = re.compile(r"<h[1-6][ >]")

log = logging.getLogger("mkdocs.hooks.pagefind")


def active(config: Any) -> bool:
    """Pagefind replaces Material's search plugin: on when that plugin is not configured."""
    return "search" not in config.plugins and "material/search" not in config.plugins


def _lang(config: Any) -> str:
    plugin = config.plugins.get("i18n")
    return str(plugin.current_language) if plugin is not None else "zh"


def ignore_sections(content: str) -> str:
    """Wrap each section whose heading carries ``data-search-exclude`` in ``<div data-pagefind-ignore>``."""
    out: list[str] = []
    pos = 0
    for match in _EXCLUDED_HEADING_RE.finditer(content):
        if match.start() < pos:  # inside a section already wrapped
            continue
        nxt = _HEADING_RE.search(content, match.end())
        end = nxt.start() if nxt else len(content)
        out += [content[pos:match.start()], "<div data-pagefind-ignore>", content[match.start():end], "</div>\n"]
        pos = end
    out.append(content[pos:])
    return "".join(out)


@lru_cache(maxsize=64)
def _issuers(extract: Path) -> dict[str, str]:
    """{document id: issuer} of one bulletin, from the pipeline's ``data/<bulletin>/extract.json``."""
    try:
        data = json.loads(extract.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(d.get("id")): str(d.get("issuer") or "") for d in data.get("documents", [])}


def filters(meta: dict[str, Any], lang: str, docs_dir: Path | None = None) -> dict[str, str]:
    """The page's facets in ``lang``: {'year': '2019', 'region': 'Chaoyang', 'kind': 'News', 'Issued by': ...}
    (those it has; the issuer on document pages, read from the bulletin's extract.json in ``docs_dir``)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from build_tools.render.i18n import meta_plain
    from build_tools.render.labels import kind_label, label

    found: dict[str, str] = {}
    year = str(meta.get("date") or "")[:4]
    if year.isdigit():
        found[label("year", lang)] = year
    if meta.get("region"):
        found[label("region", lang)] = meta_plain(str(meta["region"]), lang)
    if meta.get("kind"):
        found[label("kind", lang)] = kind_label(str(meta["kind"]), lang)
    if docs_dir is not None and meta.get("document") and meta.get("bulletin"):
        issuer = _issuers(docs_dir / "data" / str(meta["bulletin"]) / "extract.json").get(str(meta["document"]))
        if issuer:
            found[label("issuer", lang)] = meta_plain(issuer, lang)
    return found


def filter_markup(values: dict[str, str]) -> str:
    """Hidden elements that Pagefind reads as filters (``data-pagefind-filter="name"`` + the value as text)."""
    return "".join(f'<span hidden data-pagefind-filter="{html.escape(name)}">{html.escape(value)}</span>'
                   for name, value in values.items())


@event_priority(-50)  # after hooks/site.py has marked the excluded headings
def on_page_content(html_: str, page: Any, config: Any, files: Any) -> str:
    if not active(config):
        return html_
    # the permalink mark (¶) after each heading is not part of the title or text
    return ignore_sections(html_).replace('<a class="headerlink" ', '<a class="headerlink" data-pagefind-ignore ')


def on_post_page(output: str, page: Any, config: Any) -> str:
    if not active(config) or ARTICLE not in output:
        return output
    search = page.meta.get("search")
    if isinstance(search, dict) and search.get("exclude"):
        return output
    values = filters(page.meta, _lang(config), Path(config.docs_dir))
    body = ARTICLE.replace(">", " data-pagefind-body>") + filter_markup(values)
    return output.replace(ARTICLE, body, 1)


def other_languages(config: Any) -> list[str]:
    """The folders of the languages built beside the default one (``en``, ``zh-Hant``)."""
    plugin = config.plugins.get("i18n")
    if plugin is None:
        return []
    return [str(lang.locale) for lang in plugin.config.languages if lang.build and not lang.default]


def bundle_folder(config: Any) -> str:
    """The current language's Pagefind folder relative to the site root: ``pagefind/`` or ``<locale>/pagefind/``."""
    lang = _lang(config)
    return f"{lang}/{OUTPUT}/" if lang in other_languages(config) else f"{OUTPUT}/"


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    context["pd_pagefind"] = bundle_folder(config)
    return context


def on_template_context(context: dict[str, Any], template_name: str, config: Any) -> dict[str, Any]:
    context["pd_pagefind"] = bundle_folder(config)  # 404.html
    return context


def run_pagefind(site: Path, skip: tuple[str, ...] = ()) -> None:
    """Index the pages of ``site`` into ``site/pagefind/`` (replacing an older index), leaving out the top-level
    folders ``skip`` (the other languages' folders). Raises PluginError on failure."""
    cmd = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", OUTPUT, "--quiet"]
    if skip:
        kept = sorted(d.name for d in site.iterdir() if d.is_dir() and d.name not in skip and d.name != OUTPUT)
        cmd += ["--glob", "{" + ",".join(["*.html"] + [f"{name}/**/*.html" for name in kept]) + "}"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise PluginError(f"pagefind failed ({' '.join(cmd)}):\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")


def index_language(site: Path, locale: str | None, others: list[str]) -> None:
    """Index one language of the site: the default one (``locale`` None) at the root, without the folders of the
    ``others``; another one in its folder."""
    start = time.perf_counter()
    root = site if locale is None else site / locale
    run_pagefind(root, tuple(others) if locale is None else ())
    log.info("pagefind: indexed %s in %.1f s", root, time.perf_counter() - start)


@event_priority(-250)  # after the i18n plugin (-100) and hooks/search.py (-200)
def on_post_build(config: Any) -> None:
    plugin = config.plugins.get("i18n")
    if not active(config) or (plugin is not None and plugin.building):
        return  # the i18n plugin's nested build of one language (or hooks/build_parallel.py's): indexed apart
    others = other_languages(config)
    for locale in [None, *others]:
        index_language(Path(config.site_dir), locale, others)

"""Tables converted by cmark-gfm, not by Python-Markdown: the build at archive scale spends most of its time there.

At 1,000 bulletins most of a page's Markdown is pipe tables (key figures, timelines, the indicators and timeline
pages, cleaning reports), and Python-Markdown's inline processing of their cells was about three quarters of
the MkDocs build (``make bench``). Here every pipe table at the top level of a page is converted by cmark-gfm
(GitHub's C implementation of CommonMark with its table extension, MIT; https://github.com/theacodes/cmarkgfm)
and set aside before Python-Markdown runs: the page's Markdown gets a placeholder paragraph in its place, and
the table's HTML replaces that paragraph in the page's HTML.

The Markdown of the pipeline escapes source text for CommonMark and Python-Markdown alike
(build_tools/render/markdown.py): backslash escapes and HTML entities mean the same in both, raw HTML in a cell is
only what the pipeline writes itself (spans with a language tag), so a table reads the same either way (tested:
tests/test_hook_tables.py). Only the ``table`` extension is enabled: no autolinks of bare addresses, no
strikethrough, as in Python-Markdown.

Links in the tables are resolved as MkDocs resolves those of Markdown links: a relative link to a file of the
site becomes the URL of that file relative to the page (``doc.md#p5`` -> ``../doc/#p5``); a link to no file of the
site is a warning (an error with ``strict``), as MkDocs' own link validation makes it. Anchors inside tables'
links are not checked by MkDocs any more; tests/test_links.py checks every link and anchor of the built site.

Tables inside fenced code, lists, quotes or admonitions (indented) are left to Python-Markdown, as is everything
else on the page (headings and the table of contents, attribute lists, admonitions).
"""

from __future__ import annotations

import hashlib
import html
import logging
import posixpath
import re
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import cmarkgfm
from cmarkgfm.cmark import Options
from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.plugins.pd_tables")

_DELIMITER_RE = re.compile(r"^\|(?:\s*:?-+:?\s*\|)+\s*$")
_FENCE_RE = re.compile(r"^(`{3,}|~{3,})")
_LINK_RE = re.compile(r'(<a href=|<img src=)"([^"]*)"')
_URL_SAFE = ":/?#@!$&'*+,;=%~-._"
_pending: dict[str, tuple[str, list[str]]] = {}  # page src_uri -> (placeholder prefix, tables' HTML)


def split_tables(markdown: str, prefix: str) -> tuple[str, list[str]]:
    """The Markdown with each top-level pipe table replaced by a paragraph ``<prefix><n>``, and the tables' HTML.

    A table is a line starting with ``|`` after a blank line (or at the start), a delimiter row, and every following
    line that starts with ``|``. Lines inside fenced code are never tables.
    """
    lines = markdown.split("\n")
    out: list[str] = []
    tables: list[str] = []
    fence = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        match = _FENCE_RE.match(line)
        if fence:
            if line.startswith(fence):
                fence = ""
        elif match:
            fence = match.group(1)
        elif (line.startswith("|") and i + 1 < len(lines) and _DELIMITER_RE.match(lines[i + 1])
              and (i == 0 or not lines[i - 1].strip())):
            end = i + 2
            while end < len(lines) and lines[end].startswith("|"):
                end += 1
            tables.append(cmarkgfm.markdown_to_html_with_extensions(
                "\n".join(lines[i:end]) + "\n", options=Options.CMARK_OPT_UNSAFE, extensions=["table"]).strip())
            out += [f"{prefix}{len(tables) - 1}", ""]
            i = end
            continue
        out.append(line)
        i += 1
    return "\n".join(out), tables


def resolve(url: str, page_file: Any, files: Any) -> str:
    """A link of a table as MkDocs would write it: relative links to a file of the site become that file's URL."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return url
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page_file.src_uri), unquote(parts.path)))
    found = files.get_file_from_path(target.lstrip("/"))
    if found is None:
        log.warning("Doc file '%s' contains a link '%s' in a table, but the target '%s' is not found among "
                    "documentation files.", page_file.src_uri, url, target)
        return url
    return urlunsplit(("", "", found.url_relative_to(page_file), parts.query, parts.fragment))


@event_priority(100)  # before the other hooks and plugins read the page's Markdown
def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if "\n|" not in markdown and not markdown.startswith("|"):
        return markdown
    nonce = hashlib.sha256(markdown.encode("utf-8")).hexdigest()[:16]
    prefix = f"pdtable{nonce}n"
    if prefix in markdown:  # cannot happen by chance; never let page text pose as a placeholder
        return markdown
    converted, tables = split_tables(markdown, prefix)
    if tables:
        _pending[page.file.src_uri] = (prefix, tables)
    return converted


@event_priority(100)  # before the other hooks and plugins read the page's HTML
def on_page_content(html_: str, page: Any, config: Any, files: Any) -> str:
    pending = _pending.pop(page.file.src_uri, None)
    if pending is None:
        return html_
    prefix, tables = pending

    resolved: dict[str, str] = {}  # a page's tables link to the same few files many times (¶ p1, ¶ p2 ...)

    def link(match: re.Match[str]) -> str:
        url = html.unescape(match.group(2))
        path, hash_, fragment = url.partition("#")
        if path not in resolved:
            resolved[path] = resolve(path, page.file, files)
        return f'{match.group(1)}"{html.escape(quote(resolved[path] + hash_ + fragment, safe=_URL_SAFE))}"'

    def table(match: re.Match[str]) -> str:
        return _LINK_RE.sub(link, tables[int(match.group(1))])

    return re.sub(rf"<p>{prefix}(\d+)</p>", table, html_)

"""Markdown building blocks. Source text is data: every piece of it goes through ``inline`` or ``cell``.

The escaping covers CommonMark plus the Python-Markdown extensions enabled in mkdocs.yml (tables, attr_list, toc,
admonition). Characters with a meaning in Markdown are backslash-escaped; ``&``, ``<`` and ``>`` become HTML
entities, so no tag, comment or entity from a source can reach the page; ``~`` becomes an entity because
Python-Markdown cannot backslash-escape it. Line breaks (with the spaces around them) collapse to one space and
leading/trailing whitespace goes (Markdown drops it anyway), so source text can never start a block (heading, list,
quote, code block, setext underline, table). Full-width spaces (U+3000) inside the text are kept. Control
characters are dropped.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from urllib.parse import quote

import yaml

_BACKSLASHED = frozenset("\\`*_{}[]()#+-.!|")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "~": "&#126;"}
_ESCAPES = str.maketrans({**{ch: "\\" + ch for ch in _BACKSLASHED}, **_ENTITIES})
_ESCAPED_RE = re.compile("[" + re.escape("".join(sorted(_BACKSLASHED | _ENTITIES.keys()))) + "]")  # a cheap test
# attr_value: ASCII other than letters, digits and " ,.;:%-" becomes a numeric character reference.
_ATTR_ESCAPES = str.maketrans({chr(c): f"&#{c};" for c in range(128)
                               if not (chr(c).isalnum() or chr(c) in " ,.;:%-")})
_BREAK_RE = re.compile(r"[ \t]*[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+[ \t]*")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")
# Any character that _BREAK_RE or _CONTROL_RE acts on (a cheap test before running both).
_SPECIAL_RE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")
_NOT_ID_RE = re.compile(r"[^A-Za-z0-9_-]+")
_URL_RE = re.compile(r"^https?://[^\s<>\"]+$", re.IGNORECASE)


def normalize(text: str) -> str:
    """Source text as it is shown: control characters dropped, line breaks collapsed to one space, ends stripped."""
    if not _SPECIAL_RE.search(text):
        return text.strip()
    return _BREAK_RE.sub(" ", _CONTROL_RE.sub("", text)).strip()


def _escape(text: str) -> str:
    return text.translate(_ESCAPES) if _ESCAPED_RE.search(text) else text


@lru_cache(maxsize=32768)
def inline(text: str) -> str:
    """Escape source text for use anywhere Markdown inline text goes (paragraph, heading, list item, link label).
    Cached: labels, dates, rule names and quoted source text come back on every page of every language."""
    return _escape(normalize(text))


def attr_value(text: str) -> str:
    """Text for a double-quoted HTML attribute inside Markdown. Besides the HTML escapes, ASCII punctuation becomes a
    numeric character reference: inline patterns that run before raw HTML is set aside (code spans, backslash
    escapes, links, autolinks) would otherwise act inside the attribute."""
    return normalize(text).translate(_ATTR_ESCAPES)


def inline_terms(text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """``inline(text)`` with some spans wrapped in ``<abbr title="...">`` (glossary tooltips).

    ``spans`` are (start, end, title) offsets into ``normalize(text)``, sorted and non-overlapping; a span that does
    not fit the text is ignored. Every piece of text is escaped; the title goes through ``attr_value``.
    """
    shown = normalize(text)
    out: list[str] = []
    pos = 0
    for start, end, title in spans:
        if start < pos or end > len(shown) or start >= end:
            continue
        out.append(_escape(shown[pos:start]))
        out.append(f'<abbr title="{attr_value(title)}">{_escape(shown[start:end])}</abbr>')
        pos = end
    out.append(_escape(shown[pos:]))
    return "".join(out)


def span(markup: str, classes: Sequence[str] = (), lang: str = "") -> str:
    """Already-escaped Markdown inside a <span> with classes and a language tag (e.g. Chinese on an English page)."""
    attrs = []
    if classes:
        attrs.append(f'class="{" ".join(anchor_id(c) for c in classes)}"')
    if lang:
        attrs.append(f'lang="{anchor_id(lang)}"')
    return f"<span {' '.join(attrs)}>{markup}</span>" if attrs else markup


def cell(text: str) -> str:
    """Escape source text for a table cell (``|`` and line breaks are covered by ``inline``)."""
    return inline(text)


def url_ok(url: str) -> bool:
    """Only plain web addresses may become links: no javascript:, data: or relative tricks."""
    return bool(_URL_RE.match(url.strip()))


def external_link(label: str, url: str) -> str:
    """A link to an outside document, or the escaped label alone if the address is not a plain web address."""
    if not url_ok(url):
        return inline(label)
    safe = quote(url.strip(), safe=":/?#@!$&'*+,;=%~-._")
    return f"[{inline(label)}]({safe})"


def rel(target: str, page: str) -> str:
    """Relative link from generated page ``page`` to ``target`` (both paths relative to the docs root)."""
    path, _, anchor = target.partition("#")
    link = _relative(path, posixpath.dirname(page) or ".")
    return f"{link}#{anchor}" if anchor else link


@lru_cache(maxsize=8192)
def _relative(path: str, folder: str) -> str:
    """``path`` relative to ``folder``, URL-quoted (cached: a page links to the same few files many times)."""
    return quote(posixpath.relpath(path, folder), safe="/-._~")


def link(label: str, target: str, page: str) -> str:
    """Markdown link to another generated file; ``label`` is source text and gets escaped."""
    return f"[{inline(label)}]({rel(target, page)})"


@lru_cache(maxsize=8192)
def anchor_id(value: str) -> str:
    """An HTML id safe for attr_list: letters, digits, '-' and '_' only."""
    cleaned = _NOT_ID_RE.sub("-", value).strip("-")
    return cleaned or "x"


def heading(level: int, text: str, ident: str = "", classes: Sequence[str] = (), lang: str = "") -> str:
    body = inline(text)
    if not body:
        return f'<p id="{anchor_id(ident)}"></p>' if ident else ""
    attrs = _attrs(ident, classes, lang)
    return f"{'#' * level} {body}{' ' + attrs if attrs else ''}"


def paragraph(text: str, ident: str = "", classes: Sequence[str] = (), lead: str = "", *, markup: str | None = None,
              lang: str = "", unsearched: bool = False) -> str:
    """A paragraph with an optional id, classes and language tag (attr_list on the block's last line).

    ``lead`` is already-built Markdown (e.g. a bold run-in heading with its own id) put before the text;
    ``markup``, if given, is the already-escaped body used instead of ``inline(text)`` (see ``inline_terms``).
    ``unsearched`` leaves the paragraph out of the site's search index (the engine's ``data-search-exclude``).
    """
    body = inline(text) if markup is None else markup
    if lead:
        body = f"{lead} {body}" if body else lead
    attrs = _attrs(ident, classes, lang, unsearched)
    if not body:  # an empty paragraph keeps its anchor (a lone attribute list would show as text)
        return f'<p id="{anchor_id(ident)}"></p>' if ident else ""
    return f"{body}\n{attrs}" if attrs else body


def strong(text: str, ident: str = "") -> str:
    """Bold inline text, with an id on the <strong> element if given."""
    attrs = _attrs(ident, ())
    return f"**{inline(text)}**{attrs}"


def _attrs(ident: str, classes: Sequence[str], lang: str = "", unsearched: bool = False) -> str:
    parts = [f"#{anchor_id(ident)}"] if ident else []
    parts += [f".{anchor_id(c)}" for c in classes]
    if lang:
        parts.append(f'lang="{anchor_id(lang)}"')
    if unsearched:
        parts.append("data-search-exclude")
    return "{: " + " ".join(parts) + " }" if parts else ""


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A pipe table. ``headers`` are trusted labels; cells must already be escaped (``cell``) or built links."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(c if c else " " for c in row) + " |")
    return "\n".join(lines)


def bullets(items: Iterable[str]) -> str:
    """A list; items are already-escaped Markdown."""
    return "\n".join(f"- {item}" for item in items)


def front_matter(meta: dict[str, object]) -> str:
    """YAML front matter: plain data (dates, ids), never shown as Markdown. No 'title': engines print it as HTML
    unescaped; the page's first heading (escaped) is its title."""
    clean = {k: v for k, v in meta.items() if v not in ("", None, [], {})}
    if not clean:
        return ""
    items = tuple(clean.items())
    if all(isinstance(v, str) for _, v in items):  # the usual case: cached (the pages of each language share it)
        return _front_matter_text(items)
    return _yaml_block(clean)


@lru_cache(maxsize=1024)
def _front_matter_text(items: tuple[tuple[str, str], ...]) -> str:
    return _yaml_block(dict(items))


def _yaml_block(data: dict[str, object]) -> str:
    return "---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000) + "---\n"


def page(meta: dict[str, object], blocks: Iterable[str]) -> str:
    """A whole page: front matter then blocks separated by blank lines (empty blocks are dropped)."""
    body = "\n\n".join(b for b in blocks if b)
    head = front_matter(meta)
    return (head + "\n" if head else "") + body + "\n"

"""Tables and plain paragraphs converted by cmark-gfm, not by Python-Markdown: the build at archive scale spent most
of its time there.

At 1,000 bulletins most of a page's Markdown is pipe tables (key figures, timelines, the indicators and timeline
pages, cleaning reports) and paragraphs of the source text with an attribute list (``{: #p5 .pd-original
lang="zh-Hans" }``), and Python-Markdown's inline processing of them was about three quarters of the MkDocs build
(``make bench``). Here, before Python-Markdown runs, each such block at the top level of a page is converted by
cmark-gfm (GitHub's C implementation of CommonMark with its table extension, MIT;
https://github.com/theacodes/cmarkgfm) and set aside: the page's Markdown gets a placeholder paragraph in its
place, and the block's HTML replaces that paragraph in the page's HTML.

- A table: a line starting with ``|`` after a blank line, a delimiter row, and every following line starting
  with ``|``.
- A paragraph: exactly one line of text followed by one attribute-list line of ids, classes, ``lang="..."`` and
  ``data-search-exclude`` only, between blank lines; its attributes are written as attr_list writes them (sorted,
  ``data-search-exclude`` without a value). Anything else (headings and the table of contents, lists,
  admonitions, other attributes) is left to Python-Markdown.

The Markdown of the pipeline escapes source text for CommonMark and Python-Markdown alike
(build_tools/render/markdown.py): backslash escapes and HTML entities mean the same in both, raw HTML in a block is
only what the pipeline writes itself (spans with a language tag, glossary abbreviations), so a block reads the
same either way (tested on hostile text: tests/test_hook_blocks.py). Only the ``table`` extension is enabled: no
autolinks of bare addresses, no strikethrough, as in Python-Markdown.

Links in these blocks are resolved as MkDocs resolves those of Markdown links: a relative link to a file of the
site becomes the URL of that file relative to the page (``doc.md#p5`` -> ``doc.html#p5``); a link to no file of
the site is a warning (an error with ``strict``), as MkDocs' own link validation makes it. MkDocs does not check
the anchors of these links any more; tests/test_site.py checks every link and anchor of the built site.
"""

from __future__ import annotations

import hashlib
import html
import logging
import posixpath
import re
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import cffi
from cmarkgfm import _cmark, cmark
from cmarkgfm.cmark import Options
from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.plugins.pd_blocks")

_DELIMITER_RE = re.compile(r"^\|(?:\s*:?-+:?\s*\|)+\s*$")
_ATTRS_RE = re.compile(r'^\{:((?: +(?:#[A-Za-z][\w-]*|\.[A-Za-z][\w-]*|lang="[A-Za-z-]+"|data-search-exclude))+) *\}$')
_ATTR_RE = re.compile(r'#([\w-]+)|\.([\w-]+)|lang="([A-Za-z-]+)"|(data-search-exclude)')
# A paragraph line that no Markdown reads as anything but text: it starts with a letter, a digit or CJK text.
_TEXT_START_RE = re.compile(r"^[^\s!-/:-@\[-`{-~]")
_FENCE_RE = re.compile(r"^(`{3,}|~{3,})")
_LINK_RE = re.compile(r'(<a href=|<img src=)"([^"]*)"')
_OPTIONS = Options.CMARK_OPT_UNSAFE  # raw HTML kept: only what the pipeline writes (source text is escaped)
# cmarkgfm's own markdown_to_html_with_extensions (2025.10.22) never frees the parsed document nor the rendered
# string (commonmark/cmark#544: "the C string returned must be freed"): ~0.4 MB per table, 0.7 GB more per MkDocs
# process at 1,000 bulletins (measured). Here the same calls, with both freed through the library's own
# cmark_node_free and libc's free (cmark's default allocator), declared for cffi's ABI mode.
_abi = cffi.FFI()
_abi.cdef("void cmark_node_free(void *node); void free(void *ptr);")
_cmark_so = _abi.dlopen(_cmark.__file__)
_libc = _abi.dlopen(None)
_URL_SAFE = ":/?#@!$&'*+,;=%~-._"
_pending: dict[str, tuple[str, list[str]]] = {}  # page src_uri -> (placeholder prefix, blocks' HTML)


def _attributes(line: str) -> str | None:
    """``{: #p5 .a .b lang="zh-Hans" data-search-exclude }`` as attr_list writes it on a paragraph (sorted names),
    or None for anything else."""
    if not _ATTRS_RE.match(line):
        return None
    ids, classes, langs, flags = [], [], [], []
    for m in _ATTR_RE.finditer(line):
        (ids if m.group(1) else classes if m.group(2) else langs if m.group(3) else flags).append(
            m.group(1) or m.group(2) or m.group(3) or m.group(4))
    if len(ids) > 1 or len(langs) > 1:
        return None
    attrs = []
    if classes:
        attrs.append(f'class="{" ".join(classes)}"')
    if flags:
        attrs.append("data-search-exclude")
    if ids:
        attrs.append(f'id="{ids[0]}"')
    if langs:
        attrs.append(f'lang="{langs[0]}"')
    return " ".join(attrs)


def _void(pointer: Any) -> Any:
    return _abi.cast("void *", int(_cmark.ffi.cast("uintptr_t", pointer)))


def to_html(text: str, extensions: tuple[str, ...] = ()) -> str:
    """CommonMark (with the cmark-gfm ``extensions`` named) to HTML; everything cmark allocates is freed."""
    lib = _cmark.lib
    cmark.core_extensions_ensure_registered()
    parser = lib.cmark_parser_new(_OPTIONS)
    try:
        for name in extensions:
            lib.cmark_parser_attach_syntax_extension(parser, cmark.find_syntax_extension(name))
        data = text.encode("utf-8")
        lib.cmark_parser_feed(parser, data, len(data))
        root = lib.cmark_parser_finish(parser)
        try:
            raw = lib.cmark_render_html(root, _OPTIONS, lib.cmark_parser_get_syntax_extensions(parser))
            try:
                return _cmark.ffi.string(raw).decode("utf-8")
            finally:
                _libc.free(_void(raw))
        finally:
            _cmark_so.cmark_node_free(_void(root))
    finally:
        lib.cmark_parser_free(parser)


def _paragraph(text: str, attrs: str) -> str | None:
    html_ = to_html(text + "\n").strip()
    if not (html_.startswith("<p>") and html_.endswith("</p>")) or "<p>" in html_[3:]:
        return None
    return f"<p {attrs}>{html_[3:]}"


def _table(lines: list[str]) -> str:
    return to_html("\n".join(lines) + "\n", ("table",)).strip()


def split_blocks(markdown: str, prefix: str) -> tuple[str, list[str]]:
    """The Markdown with each top-level table and attributed paragraph replaced by a paragraph ``<prefix><n>``, and
    the blocks' HTML. Lines inside fenced code are never blocks."""
    lines = markdown.split("\n")
    out: list[str] = []
    blocks: list[str] = []
    fence = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        after_blank = i == 0 or not lines[i - 1].strip()
        match = _FENCE_RE.match(line)
        converted: str | None = None
        end = i + 1
        if fence:
            if line.startswith(fence):
                fence = ""
        elif match:
            fence = match.group(1)
        elif (after_blank and line.startswith("|") and i + 1 < len(lines) and _DELIMITER_RE.match(lines[i + 1])):
            end = i + 2
            while end < len(lines) and lines[end].startswith("|"):
                end += 1
            converted = _table(lines[i:end])
        elif (after_blank and i + 1 < len(lines) and _TEXT_START_RE.match(line) and lines[i + 1].startswith("{:")
              and (i + 2 == len(lines) or not lines[i + 2].strip())):
            attrs = _attributes(lines[i + 1])
            if attrs is not None:
                converted = _paragraph(line, attrs)
                end = i + 2
        if converted is not None:
            blocks.append(converted)
            out += [f"{prefix}{len(blocks) - 1}", ""] if end < len(lines) else [f"{prefix}{len(blocks) - 1}"]
            if end < len(lines) and not lines[end].strip():
                end += 1
            i = end
            continue
        out.append(line)
        i += 1
    return "\n".join(out), blocks


def resolve(url: str, page_file: Any, files: Any) -> str:
    """A link of a block as MkDocs would write it: relative links to a file of the site become that file's URL."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return url
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page_file.src_uri), unquote(parts.path)))
    found = files.get_file_from_path(target.lstrip("/"))
    if found is None:
        log.warning("Doc file '%s' contains a link '%s', but the target '%s' is not found among "
                    "documentation files.", page_file.src_uri, url, target)
        return url
    return urlunsplit(("", "", found.url_relative_to(page_file), parts.query, parts.fragment))


@event_priority(100)  # before the other hooks and plugins read the page's Markdown
def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    nonce = hashlib.sha256(markdown.encode("utf-8")).hexdigest()[:16]
    prefix = f"pdblock{nonce}n"
    if prefix in markdown:  # cannot happen by chance; never let page text pose as a placeholder
        return markdown
    converted, blocks = split_blocks(markdown, prefix)
    if blocks:
        _pending[page.file.src_uri] = (prefix, blocks)
    return converted


@event_priority(100)  # before the other hooks and plugins read the page's HTML
def on_page_content(html_: str, page: Any, config: Any, files: Any) -> str:
    pending = _pending.pop(page.file.src_uri, None)
    if pending is None:
        return html_
    prefix, blocks = pending

    resolved: dict[str, str] = {}  # a page links to the same few files many times (¶ p1, ¶ p2 ...)

    def link(match: re.Match[str]) -> str:
        url = html.unescape(match.group(2))
        path, hash_, fragment = url.partition("#")
        if path not in resolved:
            resolved[path] = resolve(path, page.file, files)
        return f'{match.group(1)}"{html.escape(quote(resolved[path] + hash_ + fragment, safe=_URL_SAFE))}"'

    def block(match: re.Match[str]) -> str:
        return _LINK_RE.sub(link, blocks[int(match.group(1))])

    return re.sub(rf"<p>{prefix}(\d+)</p>", block, html_)

"""Web pages: the main content of a government CMS or news page, and Markdown exports of web pages.

The article is found with readability-lxml (Apache-2.0; the same scoring as Firefox's reader view), then walked
here with lxml so that its structure survives: each heading, paragraph, list item and caption becomes one
paragraph, a data table becomes tab-separated rows. Inside and around the article the reader drops what is not
the document — scripts, styles, comments, navigation, breadcrumbs, share and print widgets, ads, stock quotes,
related links, footers, images (data URIs included) — and records each removal, with its rule, for the
cleaning report. Character references are decoded by the parser.

The metadata comes from what the page states: the meta tags of the usual government CMSs (ArticleTitle, PubDate,
ContentSource, SiteName), Open Graph tags, the canonical address, the publication-information table (发文字号,
发文机关, 成文日期) and ``<title>``. A Markdown export (front matter, then Markdown with embedded HTML) gives its
front matter as metadata, never as text.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections import Counter
from dataclasses import dataclass, field

from ..errors import InputError, Problem
from ..model import CleaningAction
from .base import Decoded, Reader, dropped
from .text import HAN_RE, decode_bytes

log = logging.getLogger(__name__)

HTML_START_RE = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
TAG_RE = re.compile(r"</?(p|div|span|br|a|img|table|h[1-6]|strong|section|article)\b", re.I)
CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
FRONT_MATTER_RE = re.compile(r"\A\ufeff?---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*\n", re.S)
BLOCK_TAGS = frozenset("p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote section article header footer aside "
                       "figure figcaption center pre table tr td th tbody thead tfoot caption form main nav "
                       "address hr".split())
SKIP_TAGS = {"script": "script", "style": "style", "noscript": "script", "template": "script", "iframe": "embed",
             "object": "embed", "embed": "embed", "svg": "image", "canvas": "image", "button": "navigation",
             "select": "navigation", "input": "navigation", "textarea": "navigation", "audio": "embed",
             "video": "embed", "map": "navigation", "nav": "navigation", "head": "script", "link": "script",
             "meta": "script"}
CAPTION_TOKENS = frozenset("caption figcaption img_descr img-descr imgdescr pic_text pictext pic-text photo_text "
                           "img_desc img-desc imgtitle img_title tuzhu picintro".split())
# Class and id words of what is not the document (matched as whole words of class and id values).
BOILERPLATE = (
    ("navigation", re.compile(r"^(nav|navbar|navigation|menu|menus|breadcrumb|breadcrumbs|crumb|crumbs|location|"
                              r"position|weizhi|dqwz|sitemap|topbar|top-nav|topnav|subnav|sidebar|side|skip)$")),
    ("share", re.compile(r"^(share|sharebox|share-box|bdshare|bdsharebuttonbox|fenxiang|social|jiathis)$")),
    ("ad", re.compile(r"^(ad|ads|advert|advertisement|adv|guanggao|gg|sponsor|promo|app-promo|sinaads|adbox)$")),
    ("stock_quote", re.compile(r"^(quotes|stock-quotes|stockquote|stock_quote|hq|hangqing|quote_.*)$")),
    ("related", re.compile(r"^(related|relate|xgxw|xglj|xgwz|prev-next|pre-next|prevnext|recommend|hotnews|rank|"
                           r"comment|comments|pinglun)$")),
    ("tools", re.compile(r"^(print|tools|toolbar|font|fontsize|close|collect|favorite|qrcode|ewm|erweima)$")),
    ("page_info", re.compile(r"^(info|article-info|articleinfo|pages-date|date-source|xxgk|attribute|"
                             r"publish-info|time-source)$")),
    ("footer", re.compile(r"^(footer|foot|copyright|banquan|bottom|site-footer)$")),
)
TITLE_CLASS_RE = re.compile(r"^(title|article-title|articletitle|biaoti|bt|headline|art_title|news_title|tit|"
                            r"main-title|detail-title|con-title)$")
KIND_LABELS = {"navigation": "navigation or breadcrumb", "share": "share widget", "ad": "advertisement",
               "stock_quote": "stock quote", "related": "related links or comments", "tools": "print/font tools",
               "page_info": "publication data of the page", "footer": "page footer"}
CLASS_SPLIT_RE = re.compile(r"[\s]+")
_NUM = r"\s*[-+]?\d+(?:\.\d+)?"
STOCK_QUOTE_TEXT_RE = re.compile(rf"[（(]{_NUM}\s*[,，]{_NUM}\s*[,，]{_NUM}%\s*[）)]")  # (230.15, -1.25, -0.54%)
EDITOR_RE = re.compile(r"^[（(\[【]?\s*(责任编辑|责编|编辑|审核|校对|初审|复审|终审)\s*[：:]\s*\S{1,12}"
                       r"(\s+[A-Za-z0-9]{2,10})?\s*[）)\]】]?$")
ORIGINAL_TITLE_RE = re.compile(r"^[（(]?\s*原标题\s*[：:]")
# (a dash between digits is a range, 2025年1—10月…, no separator; a bare hyphen between two Han characters is one,
# …销售情况-泓川市统计局)
TITLE_SPLIT_RE = re.compile(r"\s*(?:_|\||｜|--|(?<!\d)—|—(?!\d)|-\s|\s-|(?<=[\u4e00-\u9fff])-(?=[\u4e00-\u9fff]))\s*")
# A news outlet's name (日报, 新闻网, 融媒体中心, 新华社 ...): a CMS's ContentSource that names one is the publication.
OUTLET_END_RE = re.compile(r"(?:日报|晚报|早报|商报|都市报|报社|新闻网|政府网|门户网|新闻中心|融媒体中心|广播电视台"
                           r"|电视台|通讯社|新华社|客户端)$")
ISO_DATE_RE = re.compile(r"((?:19|20)\d{2})[-/.年]\s*(\d{1,2})[-/.月]\s*(\d{1,2})")
INFO_FIELDS = (("doc_number", re.compile(r"(?:发文字号|文\s*号)\s*[:：]\s*(\S+?〔\d{4}〕\d+号)")),
               ("issuer", re.compile(r"(?:发文机关|发布机构|发文单位)\s*[:：]\s*([\u4e00-\u9fff（）()]{2,40})")),
               ("signed", re.compile(r"成文日期\s*[:：]\s*(\d{4}\s*[-年]\s*\d{1,2}\s*[-月]\s*\d{1,2})")),
               # (the page's information line: 发布时间：2026-03-12 10:20, when no meta tag dates the page)
               ("date", re.compile(r"(?:发布时间|发布日期|发稿时间)\s*[:：]\s*(\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]"
                                   r"\s*\d{1,2})")))
SPACE_RE = re.compile(r"[ \t\r\n\f\v\u00a0\u2002\u2003\u2009\u200b\ufeff]+")
BR = "\x1e"  # stands for <br> while inline text is gathered


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """The page's text and encoding: a BOM, else the declared charset (GB2312/GBK read as GB18030), else sniffed."""
    m = CHARSET_RE.search(data[:4096])
    if m and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = m.group(1).decode("ascii", "replace").lower()
        if declared in ("gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936"):
            declared = "gb18030"
        try:
            return data.decode(declared), codecs.lookup(declared).name
        except (LookupError, UnicodeDecodeError):
            log.debug("%s: the declared charset %s does not decode the page", name, declared)
    decoded = decode_bytes(data, name)
    return decoded.text, decoded.encoding


def _words(element) -> list[str]:  # noqa: ANN001 (lxml element)
    values = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return [w for w in CLASS_SPLIT_RE.split(values) if w]


def _parts(word: str) -> list[str]:
    return [word, *re.split(r"[_-]", word)]


def boilerplate_kind(element) -> str:  # noqa: ANN001
    """'navigation', 'share', 'ad' ... when the element's class or id names page furniture, else ''."""
    if (element.get("id") or "").lower().startswith("quote_"):
        return "stock_quote"
    for word in _words(element):
        for kind, pattern in BOILERPLATE:
            if any(pattern.match(part) for part in _parts(word)):
                return kind
    return ""


def _is_caption(element) -> bool:  # noqa: ANN001
    return element.tag == "figcaption" or any(w in CAPTION_TOKENS for w in _words(element))


def _text(element) -> str:  # noqa: ANN001
    """The text a reader sees in ``element``: scripts, styles and comments left out."""
    parts: list[str] = []

    def visit(node) -> None:  # noqa: ANN001
        if isinstance(node.tag, str) and node.tag.lower() not in ("script", "style", "noscript", "template"):
            parts.append(node.text or "")
            for child in node:
                visit(child)
        if node is not element:
            parts.append(node.tail or "")

    visit(element)
    return SPACE_RE.sub(" ", "".join(parts)).strip()


INDENT_RE = re.compile(r"^[ \t\r\n]*[\u00a0\u3000\u2002\u2003]")  # visible indentation (&nbsp;, full-width space)
SENTENCE_END_RE = re.compile(r"[。！？；]”?\s*$")


def _joined_lines(lines: list[str]) -> list[str]:
    """The lines a block's ``<br>`` breaks make, with a line break inside an indented paragraph undone: where the
    block opens indented (``&nbsp;&nbsp;6月份，…下降0.2%。<br>其中，城市下降0.2%…``), a line after a single ``<br>``
    that is not indented itself goes on the paragraph before it, once that ends a sentence (a heading before a
    ``<br>`` stays a line of its own). An indented line (``<br>　　二、…``) or an empty one (``<br><br>``) still
    starts a paragraph."""
    if len(lines) < 2 or not INDENT_RE.match(lines[0]):
        return lines
    joined = [lines[0]]
    for line in lines[1:]:
        previous = joined[-1]
        if (line.strip() and previous.strip() and not INDENT_RE.match(line)
                and SENTENCE_END_RE.search(SPACE_RE.sub(" ", previous))):
            joined[-1] = previous.rstrip() + line.strip()
        else:
            joined.append(line)
    return joined


@dataclass
class Walker:
    """Turns an lxml tree into paragraphs; records what it leaves out."""

    report: list[CleaningAction] = field(default_factory=list)
    blocks: list[str] = field(default_factory=list)
    buffer: list[str] = field(default_factory=list)
    han_total: int = 0  # Chinese characters of the whole tree: furniture never holds most of them
    counts: Counter[str] = field(default_factory=Counter)

    def drop(self, kind: str, text: str, detail: str) -> None:
        self.counts[kind] += 1
        if text or kind not in ("script", "style", "comment"):
            self.report.append(dropped(f"ingest.html.{kind}", text, detail))

    def flush(self) -> None:
        raw = "".join(self.buffer)
        self.buffer.clear()
        for line in _joined_lines(raw.split(BR)):
            line = SPACE_RE.sub(" ", line).strip(" \u3000")
            if not line:
                continue
            quotes = STOCK_QUOTE_TEXT_RE.findall(line)
            if quotes:
                line = STOCK_QUOTE_TEXT_RE.sub("", line)
                for quote in quotes:
                    self.drop("stock_quote", quote, "share price quoted after a company name")
            self.blocks.append(line)

    def walk(self, element) -> None:  # noqa: ANN001, C901
        from lxml import etree

        if element.tag is etree.Comment or element.tag is etree.ProcessingInstruction:
            self.drop("comment", "", "HTML comment")
            self._tail(element)
            return
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in SKIP_TAGS:
            self.drop(SKIP_TAGS[tag], _text(element) if tag not in ("script", "style", "head", "noscript") else "",
                      f"<{tag}> element")
            self._tail(element)
            return
        kind = boilerplate_kind(element)
        if kind and not _is_caption(element):
            text = _text(element)
            if len(HAN_RE.findall(text)) <= max(200, self.han_total // 2):  # never most of the page's text
                self.drop(kind, text, f"{KIND_LABELS[kind]} (<{tag}> with class/id "
                          f"\"{' '.join(_words(element))[:60]}\")")
                self._tail(element)
                return
        if tag == "img":
            src = element.get("src") or ""
            if src.startswith("data:"):
                self.drop("data_uri", element.get("alt") or "", f"image embedded as a data URI ({len(src)} bytes)")
            else:
                self.drop("image", element.get("alt") or "", f"image {src[:120]}")
            self._tail(element)
            return
        if tag == "br":
            self.buffer.append(BR)
            self._tail(element)
            return
        if tag == "table" and self._data_table(element):
            self.flush()
            rows = []
            for row in element.iter("tr"):
                cells = [SPACE_RE.sub(" ", _text(cell)).replace("\t", " ") for cell in row
                         if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")]
                if any(cells):
                    rows.append("\t".join(cells))
            if rows:
                self.blocks.append("\n".join(rows))
            self._tail(element)
            return
        block = tag in BLOCK_TAGS
        if block:
            self.flush()
        if element.text:
            self.buffer.append(element.text)
        for child in element:
            self.walk(child)
        if block:
            self.flush()
        self._tail(element)

    def _tail(self, element) -> None:  # noqa: ANN001
        if element.tail:
            self.buffer.append(element.tail)

    @staticmethod
    def _data_table(table) -> bool:  # noqa: ANN001
        """A table of data (rows of short cells), not a layout table holding the page or its paragraphs."""
        if table.find(".//table") is not None:
            return False
        cells = [c for c in table.iter("td", "th")]
        return bool(cells) and max(len(_text(c)) for c in cells) <= 200


def _meta(tree) -> dict[str, str]:  # noqa: ANN001
    found: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("name") or node.get("property") or "").strip().lower()
        value = SPACE_RE.sub(" ", node.get("content") or "").strip()
        if key and value and key not in found:
            found[key] = value
    return found


def _clean_title(title: str, site: str = "") -> str:
    """'文章标题_栏目_网站' -> '文章标题': the longest part of a <title> split at its separators."""
    parts = [p for p in TITLE_SPLIT_RE.split(title) if p and p != site]
    return max(parts, key=lambda p: len(HAN_RE.findall(p))) if parts else title.strip()


def _iso(value: str) -> str:
    m = ISO_DATE_RE.search(value)
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else ""


def page_metadata(tree, page_text: str) -> dict[str, str]:  # noqa: ANN001
    meta = _meta(tree)
    found: dict[str, str] = {}
    site = meta.get("sitename") or meta.get("og:site_name") or ""
    title_node = tree.find(".//title")
    page_title = _text(title_node) if title_node is not None else ""
    body = tree.find("body")
    headings = [_text(h) for h in tree.iter("h1", "h2")] + [
        _text(e) for e in (body.iter() if body is not None else ()) if isinstance(e.tag, str)
        and any(TITLE_CLASS_RE.match(part) for word in _words(e) for part in _parts(word))]
    shown = next((h for h in headings if len(HAN_RE.findall(h)) >= 4), "")  # the headline the page shows
    title = meta.get("articletitle") or meta.get("og:title") or shown or _clean_title(page_title, site)
    if title:
        found["title"] = title
    date = _iso(meta.get("pubdate") or meta.get("publishdate") or meta.get("article:published_time")
                or meta.get("og:release_date") or meta.get("date") or "")
    if date:
        found["date"] = date
    issuer = meta.get("contentsource") or ""
    media = meta.get("mediaid") or meta.get("source") or ""
    outlet = ""
    if OUTLET_END_RE.search(issuer):  # 来源：沅川日报: the publication the page took the text from, not its issuer
        outlet, issuer = issuer, ""
    if issuer:
        found["issuer"] = issuer
    if outlet:
        found["outlet"] = outlet  # (the item's own source tag, not the site's sponsors)
    if not site and page_title:
        parts = [p for p in TITLE_SPLIT_RE.split(page_title) if p]
        site = parts[-1] if len(parts) > 1 else ""
    source = " ".join(dict.fromkeys(x for x in (site, media, outlet) if x))
    if source:
        found["source"] = source
    canonical = next((link.get("href") for link in tree.iter("link")
                      if (link.get("rel") or "").lower() == "canonical" and link.get("href")), None)
    url = canonical or meta.get("og:url") or ""
    if url.startswith(("http://", "https://")):
        found["source_url"] = url
    if meta.get("og:type", "").lower() in ("news", "article"):
        found["type"] = "news"
    for key, pattern in INFO_FIELDS:
        m = pattern.search(page_text)
        value = (_iso(m.group(1)) if key in ("signed", "date") else re.sub(r"\s+", "", m.group(1))) if m else ""
        if value and (key not in found or (key == "issuer" and value.startswith(found[key]) and value != found[key])):
            # (发布机构：溟川市公安局交通警察支队 under ContentSource 溟川市公安局: the bureau's unit that issued it)
            found[key] = value
    return found


def _check_content(blocks: list[str], name: str, what: str) -> None:
    text = "".join(blocks)
    han = len(HAN_RE.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    if han < 20 and latin < 200:
        raise InputError(Problem(name, f"no article found in this {what}: its main content has {han} Chinese "
                                 "characters (a list page, a login or error page, or content loaded by a script)",
                                 "open the page in a browser, go to the bulletin itself and save that page "
                                 "(or copy its text into a .txt file)"))
    if han < 0.3 * (han + latin / 4):  # four Latin letters count as about one Chinese character of meaning
        raise InputError(Problem(name, f"the {what} is not in Chinese (its main content has {han} Chinese "
                                 f"characters and {latin} Latin letters)",
                                 "give the Chinese original of the bulletin; this site publishes Chinese sources"))


def _title_first(blocks: list[str], title: str) -> list[str]:
    squeeze = re.compile(r"\s+")
    if title and not any(squeeze.sub("", b) == squeeze.sub("", title) for b in blocks[:3]):
        return [title, *blocks]
    return blocks


class HtmlReader(Reader):
    format = "html"
    suffixes = (".html", ".htm")

    def sniff(self, data: bytes) -> bool:
        head = data[:4096]
        for bom in (codecs.BOM_UTF8,):
            head = head.removeprefix(bom)
        return bool(HTML_START_RE.match(head))

    def read(self, data: bytes, name: str) -> Decoded:
        import lxml.html
        from readability import Document

        page, encoding = _decode(data, name)
        page = re.sub(r"^\s*<\?xml[^>]*\?>", "", page)  # lxml refuses a str with an encoding declaration
        try:
            tree = lxml.html.document_fromstring(page)
        except Exception as exc:  # lxml raises ParserError / ValueError on an empty or broken document
            raise InputError(Problem(name, f"the web page cannot be parsed ({exc})",
                                     "save the page again from the browser (File > Save as > HTML only)")) from exc
        everything = Walker()
        everything.han_total = len(HAN_RE.findall(_text(tree)))
        body = tree.find("body")
        everything.walk(body if body is not None else tree)
        everything.flush()
        metadata = page_metadata(tree, "\n".join(t.strip() for t in tree.itertext() if t.strip()))
        try:
            article = Document(page).summary(html_partial=True)
        except Exception as exc:  # readability raises Unparseable on pages it cannot score
            raise InputError(Problem(name, f"no article found in this web page ({exc})",
                                     "save the bulletin's own page, not a list or search page")) from exc
        walker = Walker()
        content = lxml.html.fragment_fromstring(article, create_parent="div")
        walker.han_total = len(HAN_RE.findall(_text(content)))
        walker.walk(content)
        walker.flush()
        blocks = _drop_editor_lines(walker)
        _check_content(blocks, name, "web page")
        kept = re.sub(r"\s+", "", "".join(blocks))
        report = [a for a in walker.report if a.rule not in ("ingest.html.script", "ingest.html.style")]
        recorded = {re.sub(r"\s+", "", a.text) for a in report}
        outside = [a for a in everything.report if a.text] + [
            dropped("ingest.html.outside_article", text, "text of the page outside the article")
            for text in everything.blocks if text != metadata.get("title")]
        for action in outside:  # what lies outside the article: navigation, page data, footers ...
            key = re.sub(r"\s+", "", action.text)
            if key not in kept and key not in recorded:
                recorded.add(key)
                report.append(action)
        for kind in ("script", "style", "comment"):
            if everything.counts[kind]:
                report.append(dropped(f"ingest.html.{kind}", "", f"{everything.counts[kind]} {kind} element(s) "
                                      "of the page"))
        title = re.sub(r"\s+", "", metadata.get("title", ""))
        if any(re.sub(r"\s+", "", b) == title for b in everything.blocks):  # a headline the page shows
            blocks = _title_first(blocks, metadata["title"])
        return Decoded(text="\n\n".join(blocks) + "\n", encoding=encoding, format="html", metadata=metadata,
                       dropped=report)


def _drop_editor_lines(walker: Walker) -> list[str]:
    """The editor's signature at the end of a web article (责任编辑：王小明) and a portal's 原标题 line at its start
    are page data, not the document."""
    blocks = list(walker.blocks)
    while blocks and EDITOR_RE.match(blocks[-1]):
        walker.drop("editor", blocks.pop(), "editor's name at the end of the web article")
    while blocks and ORIGINAL_TITLE_RE.match(blocks[0]):  # 原标题：… a portal's note of the source's headline
        walker.drop("original_title", blocks.pop(0), "the headline the article had where the portal took it from")
    return blocks


class MarkdownReader(Reader):
    """A web page exported as Markdown (browser clippers, Obsidian, Jekyll): YAML front matter, then Markdown
    with embedded HTML. Also any .md source: Markdown syntax never reaches the text."""

    format = "markdown"
    suffixes = (".md", ".markdown")

    def sniff(self, data: bytes) -> bool:
        head = data[:8192].removeprefix(codecs.BOM_UTF8)
        return head.startswith(b"---") and bool(FRONT_MATTER_RE.match(head.decode("utf-8", "ignore")))

    def read(self, data: bytes, name: str) -> Decoded:
        import lxml.html
        import markdown
        import yaml

        decoded = decode_bytes(data, name)
        text = decoded.text
        front: dict[str, str] = {}
        report: list[CleaningAction] = []
        m = FRONT_MATTER_RE.match(text)
        if m:
            try:
                loaded = yaml.safe_load(m.group(1))
            except yaml.YAMLError as exc:
                raise InputError(Problem(name, f"the front matter (between the --- lines at the top) is not valid "
                                         f"YAML: {exc}", "correct it, or delete the front matter")) from exc
            if isinstance(loaded, dict):
                front = {str(k).lower(): str(v).strip() for k, v in loaded.items()
                         if isinstance(v, (str, int, float)) or hasattr(v, "isoformat")}
            report.append(dropped("ingest.markdown.front_matter", m.group(1), "front matter (metadata, not text)"))
            text = text[m.end():]
        page = markdown.markdown(text, extensions=["tables"])
        content = lxml.html.fragment_fromstring(page, create_parent="div")
        walker = Walker()
        walker.han_total = len(HAN_RE.findall(_text(content)))
        walker.walk(content)
        walker.flush()
        blocks = _drop_editor_lines(walker)
        _check_content(blocks, name, "Markdown file")
        metadata = {}
        title = front.get("title", "")
        if title:
            metadata["title"] = _clean_title(title)
        for key in ("date", "published", "created"):
            if front.get(key) and _iso(front[key]):
                metadata["date"] = _iso(front[key])
                break
        url = front.get("source_url") or front.get("source") or front.get("url") or front.get("link") or ""
        if url.startswith(("http://", "https://")):
            metadata["source_url"] = url
        author = front.get("author") or front.get("site") or ""
        if author:
            metadata["source"] = author
        blocks = _title_first(blocks, metadata.get("title", ""))
        return Decoded(text="\n\n".join(blocks) + "\n", encoding=decoded.encoding, had_crlf=decoded.had_crlf,
                       format="markdown", metadata=metadata, dropped=report + walker.report)

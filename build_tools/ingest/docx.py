"""DOCX (Word, WPS): paragraphs and tables in document order, read with python-docx (MIT).

- list numbering that Word draws (1. / 一、 / （一）) is written in front of the item, as the reader sees it;
- a table is written as tab-separated rows (merged cells once), which is how ``clean`` recognises a table;
- page headers and footers are furniture: dropped and recorded in the cleaning report;
- core properties (title, author, created) are the metadata; when the title property disagrees with the title
  the document shows (its Title-style paragraphs, or a Heading 1 it opens with), the shown title wins (properties
  are often left over from a template) and the property is kept as ``title_property`` for the editor to see.
The ZIP container is checked before anything is decompressed: not a ZIP, no word/document.xml, or a ZIP bomb
(uncompressed size or compression ratio out of proportion) is a clear error.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections import defaultdict

from ..errors import InputError, Problem
from ..model import CleaningAction
from .base import Decoded, Reader, dropped

log = logging.getLogger(__name__)

MAX_UNCOMPRESSED = 200 * 1024 * 1024  # all members together; a long DOCX with images is a few tens of MB
MAX_RATIO = 200  # uncompressed / compressed, per member; XML compresses about 10:1, a bomb 1000:1 and more
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

CN_DIGITS = "〇一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 25 -> 二十五 (list numbers in Chinese documents rarely pass 99)."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    if n < 100:
        return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")
    return str(n)


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional", "chineseLegalSimplified"):
        return chinese_number(n)
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "decimalEnclosedCircleChinese" or fmt == "decimalEnclosedCircle":
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt in ("lowerRoman", "upperRoman"):
        numerals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
        out, rest = "", n
        for value, letters in numerals:
            while rest >= value:
                out, rest = out + letters, rest - value
        return out if fmt == "lowerRoman" else out.upper()
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


class Numbering:
    """Word's list numbering: numId + level -> the label drawn in front of each item."""

    def __init__(self, document) -> None:  # noqa: ANN001 (docx.Document)
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}  # (numId, ilvl) -> (numFmt, lvlText, start)
        self.counters: dict[str, list[int]] = defaultdict(lambda: [0] * 9)
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {}
        for node in root.findall(f"{W}abstractNum"):
            levels = {}
            for lvl in node.findall(f"{W}lvl"):
                fmt = lvl.find(f"{W}numFmt")
                text = lvl.find(f"{W}lvlText")
                start = lvl.find(f"{W}start")
                levels[int(lvl.get(f"{W}ilvl", "0"))] = (
                    fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
                    text.get(f"{W}val", "") if text is not None else "",
                    int(start.get(f"{W}val", "1")) if start is not None else 1)
            abstract[node.get(f"{W}abstractNumId")] = levels
        for num in root.findall(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is None:
                continue
            for ilvl, value in abstract.get(ref.get(f"{W}val"), {}).items():
                self.levels[(num.get(f"{W}numId"), ilvl)] = value

    def label(self, paragraph) -> str:  # noqa: ANN001 (docx.text.paragraph.Paragraph)
        ppr = paragraph._p.pPr
        numpr = ppr.numPr if ppr is not None else None
        style = paragraph.style
        while (numpr is None or numpr.numId is None) and style is not None:  # numbering set by the style
            style_ppr = style.element.pPr
            numpr = style_ppr.numPr if style_ppr is not None else None
            style = style.base_style
        if numpr is None or numpr.numId is None or numpr.numId.val == 0:  # numId 0: numbering switched off
            return ""
        num_id = str(numpr.numId.val)
        ilvl = int(numpr.ilvl.val) if numpr.ilvl is not None else 0
        level = self.levels.get((num_id, ilvl))
        if level is None:
            return ""
        fmt, text, start = level
        counters = self.counters[num_id]
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else start
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        if fmt == "bullet":
            return ""

        def value(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lvl_fmt = self.levels.get((num_id, k), ("decimal", "", 1))[0]
            return _format_number(counters[k] or 1, lvl_fmt)

        return re.sub(r"%(\d)", value, text)


def _check_zip(data: bytes, name: str) -> None:
    fix = "open it in Word or WPS and save it again as .docx, or export it as PDF"
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise InputError(Problem(name, f"the DOCX file is not a valid ZIP container ({exc})", fix)) from exc
    with archive:
        infos = archive.infolist()
        if "word/document.xml" not in {i.filename for i in infos}:
            raise InputError(Problem(name, "this ZIP file is not a Word document (it has no word/document.xml)",
                                     "give the bulletin as .docx, .pdf, .html or .txt"))
        total = sum(i.file_size for i in infos)
        bomb = next((i for i in infos if i.file_size > MAX_RATIO * max(i.compress_size, 1)
                     and i.file_size > 1024 * 1024), None)
        if total > MAX_UNCOMPRESSED or bomb is not None:
            what = (f"{bomb.filename} expands {bomb.file_size // max(bomb.compress_size, 1)} times"
                    if bomb is not None else f"its contents expand to {total / 1e6:.0f} MB")
            raise InputError(Problem(name, f"the DOCX file is not a plausible document: {what} "
                                     f"(the limits are {MAX_UNCOMPRESSED // 2**20} MiB and {MAX_RATIO}:1)",
                                     "this is a damaged or malicious file; " + fix))


def _body_elements(body):  # noqa: ANN001, ANN202 (lxml elements)
    """Paragraphs and tables in document order, also inside content controls (w:sdt) and custom XML."""
    for child in body.iterchildren():
        if child.tag in (f"{W}sdt", f"{W}customXml"):
            content = child.find(f"{W}sdtContent") if child.tag == f"{W}sdt" else child
            if content is not None:
                yield from _body_elements(content)
        else:
            yield child


def paragraph_text(p) -> str:  # noqa: ANN001 (a w:p element)
    """The text Word shows: runs, hyperlinks, inserted (tracked) text and fields' results; deleted text, field
    codes and footnote marks left out; a tab is a space, a line break (Shift+Enter) a new line."""
    parts = []
    for node in p.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen"):
        if next(node.iterancestors(FALLBACK), None) is not None:
            continue  # a text box is stored twice (DrawingML and a VML fallback): read it once
        tag = node.tag
        if tag == f"{W}t":
            parts.append(node.text or "")
        elif tag == f"{W}tab":
            parts.append(" ")
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
        elif node.get(f"{W}type") not in ("page", "column"):
            parts.append("\n")
    return "".join(parts)


def _cell_text(cell) -> str:  # noqa: ANN001
    texts = (paragraph_text(p._p).replace("\n", " ").strip() for p in cell.paragraphs)
    return " ".join(t for t in texts if t)


def _table_rows(table) -> list[str]:  # noqa: ANN001
    rows = []
    for row in table.rows:
        cells, last = [], None
        for cell in row.cells:
            if cell._tc is last:  # a horizontally merged cell is returned once per grid column
                continue
            last = cell._tc
            cells.append(_cell_text(cell).replace("\t", " "))
        if any(cells):
            rows.append("\t".join(cells))
    return rows


TITLE_STYLES = {"title", "标题"}  # python-docx style names (Word stores built-in names in English)
HEADING_1_STYLES = {"heading 1", "标题 1", "标题1"}
SUBTITLE_RE = re.compile(r"^(——|—|--|[（(])")
SECTION_RE = re.compile(r"^([一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+[章节条部分篇]|\d+[.、．]\D"
                        r"|[（(][一二三四五六七八九十\d]+[）)])")  # a numbered section heading, not a title


def _style_name(paragraph) -> str:  # noqa: ANN001 (docx.text.paragraph.Paragraph)
    try:
        return (paragraph.style.name or "").strip().lower() if paragraph.style is not None else ""
    except (KeyError, AttributeError):
        return ""


def body_title(document) -> str:  # noqa: ANN001 (docx.Document)
    """The title the document shows: its first run of Title-style paragraphs (a title wrapped over two joined),
    or the Heading 1 paragraph it opens with unless that is a numbered section (一、综合); '' when it has neither."""
    from docx.text.paragraph import Paragraph

    parts: list[str] = []
    first = True
    for child in _body_elements(document.element.body):
        if child.tag != f"{W}p":
            if parts:
                break
            first = False
            continue
        lines = [t.strip() for t in paragraph_text(child).split("\n") if t.strip()]
        if not lines:
            continue
        if parts and SUBTITLE_RE.match(lines[0]):
            break
        cut = next((i for i, line in enumerate(lines) if i and SUBTITLE_RE.match(line)), len(lines))
        text = _join_lines(lines[:cut])  # a subtitle (——在...会议上, （2024年...）) and what follows are not the title
        style = _style_name(Paragraph(child, document))
        if style in TITLE_STYLES or (first and not parts and style in HEADING_1_STYLES
                                     and not SECTION_RE.match(text)):
            parts.append(text)
            if style not in TITLE_STYLES:
                break
        elif parts:
            break
        first = False
    return _join_lines(parts)


def _join_lines(lines: list[str]) -> str:
    """Lines of one title: no space after Chinese, a space between Latin words."""
    text = ""
    for line in lines:
        text += (" " if text and re.search(r"[A-Za-z0-9]$", text) and re.match(r"[A-Za-z0-9]", line) else "") + line
    return text


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


class DocxReader(Reader):
    format = "docx"
    suffixes = (".docx",)

    def sniff(self, data: bytes) -> bool:
        if not data.startswith(b"PK\x03\x04"):
            return False
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return "word/document.xml" in archive.namelist()
        except zipfile.BadZipFile:
            return False

    def read(self, data: bytes, name: str) -> Decoded:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        _check_zip(data, name)
        try:
            document = docx.Document(io.BytesIO(data))
        except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors ... on a damaged package
            raise InputError(Problem(name, f"the DOCX file is damaged and cannot be read ({type(exc).__name__}: "
                                     f"{exc})", "open it in Word or WPS and save it again as .docx")) from exc
        numbering = Numbering(document)
        blocks: list[str] = []
        for child in _body_elements(document.element.body):
            if child.tag == f"{W}p":
                paragraph = Paragraph(child, document)
                label = numbering.label(paragraph)
                for k, text in enumerate(t.strip() for t in paragraph_text(child).split("\n")):
                    if text:
                        blocks.append(f"{label}{text}" if label and k == 0 else text)
            elif child.tag == f"{W}tbl":
                rows = _table_rows(Table(child, document))
                if rows:
                    blocks.append("\n".join(rows))
        report: list[CleaningAction] = []
        seen = set()
        for section in document.sections:
            for rule, parts in (("ingest.docx.header", (section.header, section.first_page_header)),
                                ("ingest.docx.footer", (section.footer, section.first_page_footer))):
                for part in parts:
                    if part.is_linked_to_previous and section is not document.sections[0]:
                        continue
                    text = " ".join(p.text.strip() for p in part.paragraphs if p.text.strip())
                    if text and (rule, text) not in seen:
                        seen.add((rule, text))
                        report.append(dropped(rule, text, "page header or footer of the Word document"))
        if not blocks:
            raise InputError(Problem(name, "the DOCX document has no text (it may hold only images or a scan)",
                                     "ask the publisher for the text version, or paste the text into a .txt file"))
        props = document.core_properties
        metadata = {key: value.strip() for key, value in (("title", props.title or ""), ("author", props.author or ""),
                                                          ("subject", props.subject or "")) if value.strip()}
        if props.created:
            metadata["created"] = props.created.date().isoformat()
        shown = body_title(document)
        if shown and metadata.get("title") and _squeeze(shown) != _squeeze(metadata["title"]):
            log.info("%s: the title property %r is not the title the document shows (%r): using the latter", name,
                     metadata["title"], shown)
            metadata["title_property"], metadata["title"] = metadata["title"], shown
        return Decoded(text="\n\n".join(blocks) + "\n", encoding="docx", format="docx", metadata=metadata,
                       dropped=report)

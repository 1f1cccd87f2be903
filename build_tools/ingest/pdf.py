"""PDF: the text layer in reading order, read with pypdfium2 (PDFium; Apache-2.0/BSD-3-Clause).

PDFium gives the text as positioned runs. From their geometry this reader rebuilds what the printed page shows:
- lines (runs on one baseline) and paragraphs: a paragraph starts at a first-line indent, after a line that ends
  short of the right margin, at a centred line, a change of font size or a wide vertical gap; a paragraph that
  runs to the foot of a page continues on the next page when that page's first line is not indented;
- tables: a line of runs separated by wide gaps is a table row; its cells are written separated by tabs, one row
  per line, which is how ``clean`` recognises a table;
- page furniture: lines in the top or bottom margin band that are page numbers (the cleaner's own page-number
  rule) or repeat on other pages (running headers and footers) are dropped and recorded.
Paragraphs are written one per line with a blank line between them, the form of a clean text.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from statistics import median

from ..clean.furniture import NUMBER_RE
from ..errors import InputError, Problem
from ..model import CleaningAction
from .base import Decoded, Reader, dropped

log = logging.getLogger(__name__)

MARGIN_BAND = 0.09  # share of the page height at the top and bottom where running headers and page numbers sit
CELL_GAP = 1.6  # a gap wider than this many character heights between two runs separates table cells
DIGITS_RE = re.compile(r"\d+")
LATIN_END_RE = re.compile(r"[A-Za-z]$")
LATIN_START_RE = re.compile(r"^[A-Za-z]")
PDF_DATE_RE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?")
OFFICE_TITLE_RE = re.compile(r"^(Microsoft Word|WPS|Microsoft PowerPoint)\s*-\s*|\.(docx?|wps|pdf)$", re.I)


@dataclass
class Line:
    top: float
    bottom: float
    runs: list[tuple[float, float, str]] = field(default_factory=list)  # (left, right, text)

    @property
    def left(self) -> float:
        return self.runs[0][0]

    @property
    def right(self) -> float:
        return self.runs[-1][1]

    @property
    def height(self) -> float:
        return self.top - self.bottom

    @property
    def text(self) -> str:
        return " ".join(t for _, _, t in self.runs)

    def is_row(self) -> bool:
        return len(self.runs) >= 2 and any(
            b[0] - a[1] > CELL_GAP * self.height for a, b in zip(self.runs, self.runs[1:], strict=False))


def _lines(textpage) -> list[Line]:  # noqa: ANN001 (pypdfium2.PdfTextPage)
    runs = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = textpage.get_text_bounded(left, bottom, right, top).replace("\r", "").replace("\n", " ").strip()
        if text:
            runs.append((left, bottom, right, top, text))
    lines: list[Line] = []
    for left, bottom, right, top, text in sorted(runs, key=lambda r: (-(r[1] + r[3]) / 2, r[0])):
        middle = (top + bottom) / 2
        line = next((ln for ln in lines if ln.bottom < middle < ln.top), None)
        if line is None:
            line = Line(top, bottom)
            lines.append(line)
        line.runs.append((left, right, text))
        line.top, line.bottom = max(line.top, top), min(line.bottom, bottom)
    for line in lines:
        line.runs.sort()
    lines.sort(key=lambda ln: -ln.top)
    return lines


def _join(a: str, b: str) -> str:
    """Join two printed lines of one paragraph: no space in Chinese, a space between Latin words."""
    if LATIN_END_RE.search(a) and LATIN_START_RE.match(b):
        return f"{a} {b}"
    return a + b


def _furniture_key(text: str) -> str:
    return DIGITS_RE.sub("#", re.sub(r"\s+", "", text))


class PdfReader(Reader):
    format = "pdf"
    suffixes = (".pdf",)

    def sniff(self, data: bytes) -> bool:
        return b"%PDF-" in data[:1024]

    def read(self, data: bytes, name: str) -> Decoded:
        import pypdfium2 as pdfium

        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            message = str(exc)
            if "password" in message.lower():
                raise InputError(Problem(name, "the PDF is encrypted (it needs a password to open)",
                                         "ask the publisher for an unprotected copy, or open it with the password "
                                         "and save or print it as a new PDF without protection")) from exc
            raise InputError(Problem(name, f"the PDF is damaged or incomplete and cannot be read ({message})",
                                     "download the file again from the publisher's site; if it opens in a PDF "
                                     "viewer, save or print it as a new PDF")) from exc
        try:
            pages = []
            for index in range(len(document)):
                page = document[index]
                pages.append((page.get_height(), _lines(page.get_textpage())))
            info = document.get_metadata_dict()
        finally:
            document.close()
        if not any(lines for _, lines in pages):
            raise InputError(Problem(name, f"the PDF has no text layer: its {len(pages)} page(s) are scanned "
                                     "images, so there is no text to read",
                                     "ask the publisher for the text version (PDF, DOCX or web page), or run OCR "
                                     "on it (e.g. ocrmypdf --language chi_sim) and check the text by hand"))
        report: list[CleaningAction] = []
        text = _layout(pages, report)
        return Decoded(text=text, encoding="pdf", format="pdf", metadata=_metadata(info), dropped=report)


def _metadata(info: dict[str, str]) -> dict[str, str]:
    found = {}
    title = OFFICE_TITLE_RE.sub("", OFFICE_TITLE_RE.sub("", (info.get("Title") or "").strip())).strip()
    if title:
        found["title"] = title
    if (info.get("Author") or "").strip():
        found["author"] = info["Author"].strip()
    m = PDF_DATE_RE.match(info.get("CreationDate") or "")
    if m:
        found["created"] = "-".join(g for g in m.groups() if g)
    return found


def _strip_furniture(pages: list[tuple[float, list[Line]]], report: list[CleaningAction]) -> list[list[Line]]:
    """Drop page numbers and running headers/footers: lines in the margin bands at the top and bottom of a page
    that are page numbers or repeat (digits aside) on other pages: in their band, or anywhere (a running header
    that repeats the title of page 1)."""
    def in_band(height: float, line: Line) -> bool:
        return line.bottom > height * (1 - MARGIN_BAND) or line.top < height * MARGIN_BAND

    seen: Counter[str] = Counter()  # on how many pages a line occurs (in a band, or anywhere for a band line)
    for _, lines in pages:
        seen.update({_furniture_key(ln.text) for ln in lines})
    kept = []
    for number, (height, lines) in enumerate(pages, 1):
        body = []
        for line in lines:
            text = line.text
            if in_band(height, line):
                if NUMBER_RE.match(text):
                    report.append(dropped("ingest.pdf.page_number", text, f"page number at the foot or head of "
                                          f"page {number}"))
                    continue
                if len(pages) > 1 and seen[_furniture_key(text)] > 1:
                    report.append(dropped("ingest.pdf.running_header", text, f"running header or footer "
                                          f"repeated on {seen[_furniture_key(text)]} pages (page {number})"))
                    continue
            body.append(line)
        kept.append(body)
    return kept


def _frame(pages: list[list[Line]]) -> tuple[float, float, float]:
    """Left margin, right margin and body line height of the text block (from the most common values)."""
    lines = [ln for page in pages for ln in page if not ln.is_row()]
    if not lines:
        lines = [ln for page in pages for ln in page]
    lefts = Counter(round(ln.left) for ln in lines)
    left = min(x for x, n in lefts.items() if n >= max(lefts.values()) / 3)
    height = median(ln.height for ln in lines)
    rights = sorted(ln.right for ln in lines)
    right = rights[int(len(rights) * 0.9)] if len(rights) > 3 else rights[-1]
    return left, right, height


def _layout(raw: list[tuple[float, list[Line]]], report: list[CleaningAction]) -> str:
    pages = _strip_furniture(raw, report)
    if not any(pages):
        return ""
    left, right, height = _frame(pages)
    slack = 1.2 * height  # about one character
    paragraphs: list[str] = []
    current: list[str] = []
    rows: list[str] = []
    previous: Line | None = None

    def flush() -> None:
        if current:
            text = current[0]
            for part in current[1:]:
                text = _join(text, part)
            paragraphs.append(text)
            current.clear()
        if rows:
            paragraphs.append("\n".join(rows))
            rows.clear()

    for page in pages:
        for index, line in enumerate(page):
            if line.is_row():
                if current:
                    flush()
                rows.append("\t".join(t for _, _, t in line.runs))
                previous = line
                continue
            if rows:
                flush()
            starts = True
            if previous is not None and current:
                indented = line.left > left + slack * 0.8
                full = previous.right > right - slack * 1.5
                same_size = abs(line.height - previous.height) < 0.25 * height
                gap = (previous.bottom - line.top) if index else 0.0  # across a page break: no gap to measure
                centred = line.left > left + 2 * slack and line.right < right - 2 * slack
                starts = indented or not full or not same_size or gap > 1.2 * height or centred
            if starts:
                flush()
            current.append(line.text)
            previous = line
    flush()
    return "\n\n".join(paragraphs) + "\n"

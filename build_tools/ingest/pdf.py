"""PDF: the text layer in reading order, read with pypdfium2 (PDFium; Apache-2.0/BSD-3-Clause).

PDFium gives the text as positioned runs. From their geometry this reader rebuilds what the printed page shows:
- lines (runs on one baseline) and paragraphs: a paragraph starts at a first-line indent, after a line that ends
  short of the right margin, at a centred line, a change of font size or a wide vertical gap; a paragraph that
  runs to the foot of a page continues on the next page when that page's first line is not indented;
- tables: a line of runs separated by wide gaps is a table row; its cells are written separated by tabs, one row
  per line, which is how ``clean`` recognises a table;
- page furniture: lines in the top or bottom margin band that are page numbers (the cleaner's own page-number
  rule) or repeat on other pages (running headers and footers) are dropped and recorded; so is a running header
  or footer printed once (page 2 of a two-page notice), told by its place: see ``_strip_by_position``;
- line breaking without kinsoku rules: a line that starts with closing punctuation (。，）” ...) continues the
  line before it and never starts a paragraph.
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
HEAD_ZONE = 0.15  # a running header printed once starts within this share of the page height from the top edge
# A line cannot start with these in typeset Chinese; a PDF made without kinsoku rules puts them there anyway.
CLOSING_RE = re.compile(r"^[。，、；：！？）」』》〉】〕”’…,.;:!?)\]%‰]")
SENTENCE_END_RE = re.compile(r"[。！？；：!?;:][”’」』）)]*$")
NUMBERED_RE = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]"
                         r"|第[一二三四五六七八九十\d]+[章节条部分])")  # a section number: 一、 （一） 第二章
SENTENCE_PUNCT_RE = re.compile(r"[。，；：！？,;!?]")
FOOTNOTE_START_RE = re.compile(r"^[①-⑳*＊※†]|^注[：:\s]|^\[\d+\]")
CELL_GAP = 1.6  # a gap wider than this many character heights between two runs separates table cells
DIGITS_RE = re.compile(r"\d+")
LATIN_END_RE = re.compile(r"[A-Za-z]$")
LATIN_START_RE = re.compile(r"^[A-Za-z]")
CJK_WORD_RE = re.compile(r"^[\u4e00-\u9fff]+$")  # Chinese characters only: no digit, unit sign or punctuation
PDF_DATE_RE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?")
OFFICE_TITLE_RE = re.compile(r"^(Microsoft Word|WPS|Microsoft PowerPoint)\s*-\s*|\.(docx?|wps|pdf)$", re.I)


@dataclass
class Line:
    top: float
    bottom: float
    runs: list[tuple[float, float, str]] = field(default_factory=list)  # (left, right, text)
    rows: list[list[str]] = field(default_factory=list)  # a ruled table read from its grid (then no runs)

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
        if self.rows:
            return "\n".join("\t".join(row) for row in self.rows)
        text, end = "", None
        for left, right, part in self.runs:  # runs split at a change of font (digits in another typeface)
            glue = "" if end is None or left - end < 0.25 * self.height else " "
            text, end = text + glue + part, right
        return text

    def is_row(self) -> bool:
        return bool(self.rows) or len(self.runs) >= 2 and any(
            b[0] - a[1] > CELL_GAP * self.height for a, b in zip(self.runs, self.runs[1:], strict=False))

    def cells(self) -> list[str]:
        """The cells of a row read from its runs: a wide gap separates cells; a Chinese word spread over its cell
        one character at a time (a letter-spaced head: 行　业, 项　目, 全　市) is one cell, read without the spaces."""
        return [text for _, _, text in self.spans()]

    def spans(self) -> list[tuple[float, float, str]]:
        """The cells of a row (:meth:`cells`) with their left and right edges."""
        cells: list[tuple[float, float, str, str]] = []  # (left edge, right edge, cell text, its last run)
        for left, right, text in self.runs:
            if cells and left - cells[-1][1] <= CELL_GAP * self.height and CJK_WORD_RE.match(cells[-1][3]) \
                    and CJK_WORD_RE.match(text) and min(len(cells[-1][3]), len(text)) == 1:
                cells[-1] = (cells[-1][0], right, cells[-1][2] + text, text)
            else:
                cells.append((left, right, text, text))
        return [(left, right, text) for left, right, text, _ in cells]


Box = tuple[float, float, float, float]  # left, bottom, right, top (PDF points, origin at the bottom left)
RULE = 3.0  # a path thinner than this is a rule (a table border drawn as a line)
SNAP = 2.5  # rules closer than this are the same rule


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > SNAP:
            out.append(value)
    return out


def _grids(page) -> list[tuple[list[float], list[float], list[Wall]]]:  # noqa: ANN001 (pypdfium2.PdfPage)
    """Ruled tables: groups of touching path objects (cell borders drawn as boxes or as lines), each as the x
    positions of its vertical rules, the y positions of its horizontal rules and its inner vertical rules where they
    are drawn (a head merged across two columns, 身高（厘米） over 男 | 女, has no rule between them: its text is one
    cell)."""
    import pypdfium2.raw as pdfium_c

    boxes: list[Box] = []
    width, height = page.get_width(), page.get_height()
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        if right - left > 0.8 * width and top - bottom > 0.5 * height:
            continue  # a frame around the page (or a background), not a table
        if right - left > 4 or top - bottom > 4:
            boxes.append((left, bottom, right, top))
    groups: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: (-b[3], b[0])):
        touching = [g for g in groups if any(box[0] <= o[2] + SNAP and o[0] <= box[2] + SNAP and
                                             box[1] <= o[3] + SNAP and o[1] <= box[3] + SNAP for o in g)]
        merged = [box] + [b for g in touching for b in g]
        groups = [g for g in groups if g not in touching] + [merged]
    grids = []
    for group in groups:
        xs = _snap([x for b in group for x in ((b[0], b[2]) if b[2] - b[0] > RULE else ((b[0] + b[2]) / 2,))])
        ys = _snap([y for b in group for y in ((b[1], b[3]) if b[3] - b[1] > RULE else ((b[1] + b[3]) / 2,))])
        if len(xs) >= 3 and len(ys) >= 3:  # at least two columns and two rows
            edges = [(x, b[1], b[3]) for b in group
                     for x in (((b[0] + b[2]) / 2,) if b[2] - b[0] <= RULE else (b[0], b[2]))]
            walls = [(x, low, high) for x in xs[1:-1] for ex, low, high in edges if abs(ex - x) <= SNAP]
            grids.append((xs, ys, walls))
    return grids


def _table(grid: tuple[list[float], list[float]], runs: list[tuple[float, float, float, float, str]]) -> Line:
    xs, ys = grid
    cells: dict[tuple[int, int], list[tuple[float, float, str]]] = {}
    for left, bottom, right, top, text in runs:
        cx, cy = (left + right) / 2, (bottom + top) / 2
        # a run across a column's rule is the head of cells merged across (身高（厘米） over 男 | 女, the rule not drawn
        # there): its first column, as a Word table's merged cell reads
        across = any(left + SNAP < x < right - SNAP for x in xs[1:-1])
        col = next(i for i in range(len(xs) - 1) if (left + SNAP if across else cx) <= xs[i + 1])
        row = next(i for i in range(len(ys) - 1) if cy >= ys[-2 - i])
        cells.setdefault((row, col), []).append((-top, left, text))
    rows = []
    for r in range(len(ys) - 1):
        row = [_join_all([t for _, _, t in sorted(cells.get((r, c), []))]) for c in range(len(xs) - 1)]
        if any(row):
            rows.append(row)
    return Line(top=ys[-1], bottom=ys[0], rows=rows)


def _join_all(parts: list[str]) -> str:
    text = ""
    for part in parts:
        text = _join(text, part) if text else part
    return text


Wall = tuple[float, float, float]  # x of an inner vertical rule of a ruled table, its bottom and top


def _runs(textpage, walls: tuple[Wall, ...] = ()) -> list[tuple[float, float, float, float, str]]:  # noqa: ANN001
    """Runs of text: characters in content order that sit side by side on one baseline (left, bottom, right,
    top, text). Horizontal extents come from the characters' loose boxes (their advance: neighbours touch),
    vertical ones from the tight boxes. A visible gap (half a character) or a line end starts a new run, and so
    does a cell border between two characters (``walls``): a number right-aligned in its cell followed closely by
    the text of the next cell (21 | 北塘区…) is two runs, not one run "21北塘区…" of the second cell."""
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count)
    if len(text) != count:  # characters outside the BMP: one call per character keeps indexes aligned
        text = "".join(textpage.get_text_range(i, 1) or " " for i in range(count))
    runs: list[tuple[float, float, float, float, str]] = []
    current: list = []  # [left, bottom, right, top, chars, line bottom, line top] (loose line extent)

    def close() -> None:
        if current and current[4].strip():
            runs.append((current[0], current[1], current[2], current[3], current[4].strip()))
        current.clear()

    for i, ch in enumerate(text):
        if ch in "\r\n":
            close()
            continue
        l_left, l_bottom, l_right, l_top = textpage.get_charbox(i, loose=True)
        if ch.isspace() or l_right <= l_left:
            if current:
                current[4] += " "
            continue
        t_left, t_bottom, t_right, t_top = textpage.get_charbox(i)
        if t_top <= t_bottom:
            t_bottom, t_top = l_bottom, l_top
        if current:
            middle = (l_bottom + l_top) / 2
            same_line = current[5] < middle < current[6]
            gap = l_left - current[2]
            if not same_line or gap > 0.5 * (l_top - l_bottom) or gap < -(l_top - l_bottom) or any(
                    current[2] <= x + SNAP and l_left >= x - SNAP and low <= middle <= high and
                    (current[0] + current[2]) / 2 < x < (l_left + l_right) / 2 for x, low, high in walls):
                close()
        if not current:
            current.extend([l_left, t_bottom, l_right, t_top, ch, l_bottom, l_top])
            continue
        current[2] = max(current[2], l_right)
        current[1], current[3] = min(current[1], t_bottom), max(current[3], t_top)
        current[4] += ch
    close()
    return runs


def _lines(page) -> list[Line]:  # noqa: ANN001 (pypdfium2.PdfPage)
    grids = _grids(page)
    walls = tuple(wall for _xs, _ys, inner in grids for wall in inner)
    runs = _runs(page.get_textpage(), walls)
    tables: list[Line] = []
    for xs, ys, _inner in grids:
        grid = (xs, ys)
        inside = [r for r in runs if xs[0] <= (r[0] + r[2]) / 2 <= xs[-1] and ys[0] <= (r[1] + r[3]) / 2 <= ys[-1]]
        if inside:
            runs = [r for r in runs if r not in inside]
            tables.append(_table(grid, inside))
    gutter = _gutter(runs, page.get_width())
    if gutter is None:
        return sorted(_group(runs) + tables, key=lambda ln: -ln.top)
    # two columns: what spans the gutter above them (a title), the left column, the right column moved under the
    # left one (so that its indents and line ends read as in one column), then what spans it below them
    left = [r for r in runs if r[2] <= gutter]
    right = [r for r in runs if r[0] >= gutter]
    across = [r for r in runs if r[0] < gutter < r[2]]
    top = max(r[3] for r in left + right)
    shift = min(r[0] for r in right) - min(r[0] for r in left)
    moved = [(a - shift, b, c - shift, d, t) for a, b, c, d, t in right]
    above = [r for r in across if r[1] >= top - 1] + [t for t in tables if t.bottom >= top - 1]
    below = [r for r in across if r[1] < top - 1]
    table_below = [t for t in tables if t.bottom < top - 1]
    ordered = sorted(_group([r for r in above if isinstance(r, tuple)]) +
                     [t for t in above if isinstance(t, Line)], key=lambda ln: -ln.top)
    return ordered + _group(left) + _group(moved) + sorted(_group(below) + table_below, key=lambda ln: -ln.top)


def _group(runs: list[tuple[float, float, float, float, str]]) -> list[Line]:
    """Runs on one baseline make a line; lines from the top of the page down."""
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


def _gutter(runs: list[tuple[float, float, float, float, str]], width: float) -> float | None:
    """The x of the gutter of a page set in two columns: a vertical band in the middle of the page that at most a
    title crosses, with long runs of text on both sides (short ones are table cells). None for one column."""
    if len(runs) < 12:
        return None
    best: tuple[int, float] | None = None
    for step in range(int(0.3 * width), int(0.7 * width), 3):
        x = float(step)
        crossing = sum(1 for r in runs if r[0] < x < r[2])
        if best is None or crossing < best[0]:
            best = (crossing, x)
    if best is None or best[0] > 0.1 * len(runs):
        return None
    x = best[1]
    left = [r for r in runs if r[2] <= x]
    right = [r for r in runs if r[0] >= x]
    if min(len(left), len(right)) < max(3, 0.1 * len(runs)):
        return None  # (a short right column is the end of a text set in two columns: the last page of an article)
    if median(len(r[4]) for r in left) < 8 or median(len(r[4]) for r in right) < 8:
        return None
    lefts, rights = [r[2] for r in left], [r[0] for r in right]  # the gutter lies between the columns' edges
    return (max(lefts) + min(rights)) / 2 if max(lefts) < min(rights) else x


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
                pages.append((page.get_height(), _lines(page)))
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
        empty = [str(n) for n, (_, lines) in enumerate(pages, 1) if not lines]
        warnings = [f"page(s) {', '.join(empty)} of {len(pages)} have no text layer (scanned images or blank): "
                    "any text on them is missing; check the original"] if empty else []
        return Decoded(text=text, encoding="pdf", format="pdf", metadata=_metadata(info), dropped=report,
                       warnings=warnings)


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
    """Drop page numbers and running headers/footers. A page number is a line at the head or foot of a page (its
    first or last line, or in the margin band) that the cleaner's page-number rule matches. A running header or
    footer is a head or foot line that recurs, digits aside and in the same size, at the head or foot of other
    pages; or a line in the margin band that recurs anywhere (the title of page 1 repeated as a header)."""
    def in_band(height: float, line: Line) -> bool:
        return line.bottom > height * (1 - MARGIN_BAND) or line.top < height * MARGIN_BAND

    def edges(lines: list[Line]) -> set[int]:
        body = [i for i, ln in enumerate(lines) if not ln.rows]
        return set(body[:2] + body[-2:])

    def edge_key(line: Line) -> tuple[str, int]:
        return _furniture_key(line.text), round(line.height)

    anywhere: Counter[str] = Counter()  # on how many pages a line occurs
    at_edge: Counter[tuple[str, int]] = Counter()  # on how many pages it is a head or foot line
    for _, lines in pages:
        anywhere.update({_furniture_key(ln.text) for ln in lines})
        at_edge.update({edge_key(lines[i]) for i in edges(lines)})
    kept = []
    for number, (height, lines) in enumerate(pages, 1):
        body = []
        edge = edges(lines)
        for index, line in enumerate(lines):
            text = line.text
            head_or_foot = index in edge or in_band(height, line)
            if head_or_foot and not line.rows and NUMBER_RE.match(text):
                report.append(dropped("ingest.pdf.page_number", text, f"page number of page {number}"))
                continue
            repeats = at_edge[edge_key(line)] if index in edge else 0
            if in_band(height, line) and len(pages) > 1:
                repeats = max(repeats, anywhere[_furniture_key(text)])
            if not line.rows and repeats > 1:
                report.append(dropped("ingest.pdf.running_header", text, f"running header or footer, repeated on "
                                      f"{repeats} pages (page {number})"))
                continue
            body.append(line)
        kept.append(body)
    return kept


def _leading(pages: list[list[Line]], height: float) -> float:
    """The usual white space between two lines of one paragraph (the most common gap between body lines)."""
    gaps = [round(a.bottom - b.top, 1) for page in pages for a, b in zip(page, page[1:], strict=False)
            if not a.is_row() and not b.is_row() and abs(a.height - height) < 0.25 * height
            and abs(b.height - height) < 0.25 * height and 0 <= a.bottom - b.top < 4 * height]
    if not gaps:
        return 0.5 * height
    return Counter(round(g) for g in gaps).most_common(1)[0][0]


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


def _strip_by_position(pages: list[list[Line]], heights: list[float], frame: tuple[float, float, float],
                       leading: float, report: list[CleaningAction]) -> list[list[Line]]:
    """A running header printed on the pages after the first only (page 1 has the masthead), so once in a
    two-page notice, and the like footer: the first (last) line of a page after the first, starting in the top
    (bottom) zone of the page, short and without sentence punctuation, in smaller type than the body and set
    off from it by a gap clearly wider than the body's line spacing. A paragraph continuing from the page before
    starts at the normal top of the body in body type, so it stays; so does a heading (larger type), a footnote
    (①, 注：) and a caption above a table."""
    _, right, height = frame
    clear = leading + 0.8 * height  # more than the white space of a blank line

    def furniture(line: Line, gap: float) -> bool:
        text = line.text
        return (not line.is_row() and len(text) <= 40 and line.right < right - 1.2 * height
                and not SENTENCE_PUNCT_RE.search(text) and not FOOTNOTE_START_RE.match(text)
                and line.height < 0.85 * height and gap > clear)

    kept = []
    for number, (page_height, lines) in enumerate(zip(heights, pages, strict=True), 1):
        lines = list(lines)
        if number > 1 and len(lines) >= 2 and lines[0].top > page_height * (1 - HEAD_ZONE) \
                and not lines[1].is_row() and furniture(lines[0], lines[0].bottom - lines[1].top):
            report.append(dropped("ingest.pdf.running_header", lines[0].text,
                                  f"running header of page {number}: at the top of the page, in smaller type, "
                                  "set off from the text"))
            lines = lines[1:]
        if number > 1 and len(lines) >= 2 and lines[-1].bottom < page_height * HEAD_ZONE \
                and furniture(lines[-1], lines[-2].bottom - lines[-1].top):
            report.append(dropped("ingest.pdf.running_header", lines[-1].text,
                                  f"running footer of page {number}: at the foot of the page, in smaller type, "
                                  "set off from the text"))
            lines = lines[:-1]
        kept.append(lines)
    return kept


def _over(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Two horizontal extents overlap."""
    return min(a[1], b[1]) - max(a[0], b[0]) > 0


def _wrapped_heads(page: list[Line]) -> list[Line]:
    """A table drawn as text columns whose long column head wraps onto two lines (2024年比 over 2023年增长（%）): a
    short line just above a row of cells, standing over some of its cells but not over the first (the row labels'),
    is the top of those cells' heads, joined to them (2024年比2023年增长（%））."""
    out: list[Line] = []
    for index, line in enumerate(page):
        below = page[index + 1] if index + 1 < len(page) else None
        if below is None or line.rows or below.rows or not below.is_row() or line.is_row() and len(line.runs) > 3 \
                or not 0 <= line.bottom - below.top < line.height or len(line.text) > 12 \
                or SENTENCE_PUNCT_RE.search(line.text) or abs(line.height - below.height) > 0.25 * below.height:
            out.append(line)
            continue
        spans = below.spans()
        over = [[j for j, (left, right, _) in enumerate(spans) if _over((left, right), (r[0], r[1]))]
                for r in line.runs]
        if len(spans) < 3 or any(len(js) != 1 or js[0] == 0 for js in over):
            out.append(line)
            continue
        runs = list(below.runs)
        for (_, _, text), (j,) in zip(line.runs, over, strict=True):
            k = next(i for i, r in enumerate(runs) if _over((r[0], r[1]), spans[j][:2]))
            runs[k] = (runs[k][0], runs[k][1], text + runs[k][2])
        below.runs = runs
    return out


def _aligned_cells(line: Line, head: list[tuple[float, float, str]]) -> list[str]:
    """The cells of a row of a table drawn as text columns, placed under the heads they stand under: an empty cell
    (a year with no data) leaves its column empty instead of moving the cells after it one column to the left. The
    row's own cells when they do not line up one to one under the heads (a row of another shape)."""
    cells = line.spans()
    if not head or len(cells) >= len(head):
        return [text for _, _, text in cells]
    placed: list[str] = [""] * len(head)
    last = -1
    for left, right, text in cells:
        js = [j for j, (hl, hr, _) in enumerate(head) if _over((left, right), (hl, hr))]
        if len(js) != 1 or js[0] <= last:
            return [text for _, _, text in cells]
        placed[js[0]], last = text, js[0]
    return placed


def _layout(raw: list[tuple[float, list[Line]]], report: list[CleaningAction]) -> str:
    pages = _strip_furniture(raw, report)
    if not any(pages):
        return ""
    left, right, height = _frame(pages)
    leading = _leading(pages, height)  # a wider gap than this (by more than half a line) ends a paragraph
    pages = _strip_by_position(pages, [h for h, _ in raw], (left, right, height), leading, report)
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

    head: list[tuple[float, float, str]] = []  # the cells of the first row of the table being read
    for page in pages:
        page = _wrapped_heads(page)
        for index, line in enumerate(page):
            if line.is_row():
                if current:
                    flush()
                if not rows:
                    head = [] if line.rows else line.spans()
                rows.append("\t".join(c.replace("\t", " ") for c in (line.text.split("\n") if line.rows else
                                                                     _aligned_cells(line, head))))
                if line.rows:
                    rows[-1] = line.text
                previous = line
                continue
            if rows:
                flush()
            starts = True
            if current and CLOSING_RE.match(line.text):
                starts = False  # 。 or ）wrapped onto the next line: it ends the line above
            elif previous is not None and current:
                indented = line.left > left + slack * 0.8
                full = previous.right > right - slack * 1.5
                same_size = abs(line.height - previous.height) < 0.25 * height
                gap = (previous.bottom - line.top) if index else 0.0  # across a page break: no gap to measure
                centred = line.left > left + 2 * slack and line.right < right - 2 * slack
                starts = indented or not full or not same_size or gap > leading + 0.6 * height or centred
                if SENTENCE_END_RE.search(previous.text) and NUMBERED_RE.match(line.text):
                    starts = True  # ...不低于80%。| 四、切实加强组织领导: a numbered heading or item after a full line
                if same_size and line.height > 1.15 * height and 0 <= gap < 1.0 * line.height \
                        and previous.right - previous.left > 0.75 * (right - left):
                    starts = False  # a title in large type wrapped over several centred lines, set up to one
                    # line apart (a line that ends well short of the width was broken by hand: title, ——subtitle,
                    # speaker, issuer)
            if starts:
                flush()
            current.append(line.text)
            previous = line
    flush()
    return "\n\n".join(paragraphs) + "\n"

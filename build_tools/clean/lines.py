"""Physical lines -> blocks: undo hard line wraps, packed paragraphs and word segmentation.

Rules (general, layout-level):
- a run of two or more full-width spaces inside a line is a paragraph indent: the line packs several
  paragraphs and is split there;
- a line whose words are all separated by spaces (word-segmented text, as produced by some converters)
  or whose characters are letter-spaced has those spaces removed;
- blank lines and indented lines start a new block;
- inside a block, hard-wrapped lines are joined, except after a short line that ends a sentence, before a
  list or heading marker, and in blocks of long unwrapped lines (one paragraph per line);
- two or three short lines without punctuation form a stacked headline, joined with a space.
"""

from __future__ import annotations

import re
import statistics
import string
from itertools import pairwise

from ..model import Block, CleaningAction
from .furniture import is_furniture_line
from .text import (
    CJK,
    CJK_RE,
    LIST_START_RE,
    STANDALONE_RE,
    cjk_count,
    display_width,
    ends_paragraph,
    is_byline,
    marker_of,
)

PACKED_INDENT_RE = re.compile("[ \t]*\u3000{2,}[ \t]*")
LEADING_INDENT_RE = re.compile("^[ \t\u3000\u00a0]+")
# a table's group row as a format reader writes it: a short label, then three or more empty cells
GROUP_ROW_RE = re.compile(r"^[ \u00a0\u3000]*[^\t。；，！？]{2,20}(?:\t[ \u00a0\u3000]*){3,}\r?$")
# a table row opening with an empty cell (a totals row under an empty 序号 cell): "\t合计\t\t97,600"
LEADING_EMPTY_CELL_RE = re.compile("^[ \u00a0]*\t")
# A "word" character for spacing decisions: CJK ideograph or full-width punctuation.
WIDE = f"{CJK}\u3000-\u303f\uff00-\uffef“”‘’—…·"
SPACED_PAIR_RE = re.compile(f"(?<=[{WIDE}0-9%]) +(?=[{WIDE}0-9])")
ANY_SPACE_RE = re.compile(r"[ \t\u00a0\u3000]+")
ASCII_LETTERS = frozenset(string.ascii_letters)
ASCII_DIGITS = frozenset(string.digits)
ASCII_ALNUM = ASCII_LETTERS | ASCII_DIGITS
UNWRAPPED_WIDTH = 120  # display columns: wider lines were never wrapped (one paragraph per line)
HEADLINE_MAX = 24  # CJK characters per line of a stacked headline


class VLine:
    """A physical line (or part of one) with its source line number and display width (measured once: the
    grouping rules ask for it many times; whoever changes ``text`` updates it)."""

    __slots__ = ("number", "text", "width", "indented")

    def __init__(self, number: int, text: str, indented: bool):
        self.number = number
        self.text = text
        self.width = display_width(text)
        self.indented = indented


def split_lines(text: str, report: list[CleaningAction] | None = None) -> list[VLine]:
    out: list[VLine] = []
    raws = text.split("\n")
    for number, raw in enumerate(raws, 1):
        line = raw.rstrip()
        stripped = line.strip()
        if GROUP_ROW_RE.match(raw):  # a table's group row (分港区货物吞吐量, then empty cells): a row of the table,
            # its empty cells kept (not a heading cutting the table in two)
            out.append(VLine(number, raw.strip(" \r\u3000\u00a0"), False))
            continue
        if not stripped:
            out.append(VLine(number, "", False))
            continue
        if LEADING_EMPTY_CELL_RE.match(line) and _tab_row(line):
            # its empty first cell is a cell (the columns stay aligned), not the indent of a new paragraph
            out.append(VLine(number, line.strip(" \u00a0\u3000"), False))
            continue
        indented = bool(LEADING_INDENT_RE.match(line))
        if "\u3000" not in stripped:  # no full-width space: one paragraph (the common case)
            out.append(VLine(number, stripped, indented))
            continue
        if _aligned_row(stripped, raws[number:number + 2]):  # a table saved as text, its cells aligned with
            # full-width spaces (澄江镇　　　12　　　5210　　　99.1, and its header above): cells, not packed paragraphs
            out.append(VLine(number, stripped, indented))
            continue
        parts = _unit_notes_kept([p for p in PACKED_INDENT_RE.split(stripped) if p.strip()])
        if len(parts) > 1 and report is not None:
            report.append(CleaningAction("layout.packed_paragraphs", "split", (number, number), stripped[:40],
                                         f"{len(parts)} paragraphs packed into one line (separated by full-width "
                                         "space indents) split apart"))
        for i, part in enumerate(parts):
            out.append(VLine(number, part.strip(), indented or i > 0 or len(parts) > 1))
    return out


def _aligned_row(stripped: str, after: list[str]) -> bool:
    """A row of a table whose cells are aligned with full-width spaces: numbers in most cells, or the header of
    short cells right above such a row."""
    if line_kind(stripped) == "table":
        return True
    nxt = next((a.strip() for a in after if a.strip()), "")
    return bool(nxt) and _table_header(stripped) and line_kind(nxt) == "table"


# a table's unit set to the right of its caption (收入支出决算总表（公开01表）　　　　单位：万元): part of the caption
UNIT_NOTE_RE = re.compile(r"[（(]?(?:计量)?单位\s*[：:]\s*[^\s，。；：:]{1,16}[）)]?")


def _unit_notes_kept(parts: list[str]) -> list[str]:
    """The parts of a line split at wide gaps, a unit note joined back to the caption before it (as a caption
    typed with ASCII spaces keeps it: 表1  2024年各县（市、区）水资源量        单位：亿立方米)."""
    out: list[str] = []
    for part in parts:
        if out and UNIT_NOTE_RE.fullmatch(part.strip()):
            out[-1] = f"{out[-1].rstrip()}  {part.strip()}"
        else:
            out.append(part)
    return out


def _despace(text: str) -> str:
    """Remove spaces except between two Latin letters/digits (English words, numbers)."""
    words = ANY_SPACE_RE.split(text)
    out = [words[0]]
    for before, after in pairwise(words):  # a run of spaces stood between the two
        if before and after and (after[0] in ASCII_LETTERS and before[-1] in ASCII_ALNUM
                                 or after[0] in ASCII_DIGITS and before[-1] in ASCII_LETTERS):
            out.append(" ")
        out.append(after)
    return "".join(out)


def desegment(lines: list[VLine], report: list[CleaningAction]) -> None:
    """Remove word-segmentation and letter-spacing spaces, line by line (recorded)."""
    for n, line in enumerate(lines):
        text = line.text
        if (" " not in text and "\u3000" not in text) or line_kind(text):
            continue
        nxt = next((lines[k].text for k in range(n + 1, len(lines)) if lines[k].text), "")
        if line_kind(nxt) == "table" and _table_header(text):
            continue
        tokens = ANY_SPACE_RE.split(text)
        spaced = len(SPACED_PAIR_RE.findall(text))
        cjk = cjk_count(text)
        segmented = spaced >= 3 and spaced * 3 >= len(tokens) and cjk >= 4 and spaced * 4 >= cjk
        letter_spaced = len(tokens) >= 3 and all(len(t) == 1 or (len(t) == 2 and not t[1].isalnum()) for t in tokens)
        if not (segmented or letter_spaced):
            continue
        new = _despace(text)
        if new != text:
            rule = "spacing.word_segmented" if segmented else "spacing.letter_spaced"
            report.append(CleaningAction(rule, "replaced", (line.number, line.number), text[:60],
                                         f"removed {len(text) - len(new)} spaces between words or characters"))
            line.text, line.width = new, display_width(new)


NUMERIC_CELL_RE = re.compile(r"^[-+−≥≤<>＞＜]?\d[\d,.]*[%‰]?$")
AXIS_TOKEN_RE = re.compile(r"^(\d{4}年?|[%‰]|亿元|万元|元|万人|人|万吨|吨|万亩|亩|个|户|万户|家|项)$")
CELL_SPLIT_RE = re.compile(r"[ \t\u3000]+")


SENTENCE_OR_COMMA_RE = re.compile(r"[。；！？，]")
CLAUSE_MARK_RE = re.compile(r"[。；！？，、]")
PUNCT_RE = re.compile(r"[，。、；：！？,;:!?]")
DATE_RE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月")
LATIN_JOIN_END_RE = re.compile(r"[A-Za-z,.;:]$")
LATIN_START_RE = re.compile(r"[A-Za-z]")
LATIN_WORD_RE = re.compile(r"[A-Za-z]{2,}")
WORD_CHAR_RE = re.compile(r"[\w\u4e00-\u9fff]")


def line_kind(text: str) -> str:
    """'table' for a flattened table row, 'axis' for chart axis labels, '' for text."""
    if GROUP_ROW_RE.match(text):
        return "table"
    if not CELL_SPLIT_RE.search(text.strip()):
        return ""  # a single cell (most lines)
    if _tab_row(text):
        return "table"
    cells = [c for c in CELL_SPLIT_RE.split(text.strip()) if c]
    if len(cells) < 2 or SENTENCE_OR_COMMA_RE.search(text):
        return ""
    if all(AXIS_TOKEN_RE.match(c) for c in cells):
        return "axis"
    numeric = sum(bool(NUMERIC_CELL_RE.match(c)) for c in cells)
    if len(cells) >= 3 and numeric >= 2 and numeric * 2 >= len(cells) and cjk_count(text) >= 1:
        return "table"
    return ""


def _tab_row(text: str) -> bool:
    """Cells separated by tabs, as format readers (PDF, DOCX, HTML) write a table row they know is one: three or
    more cells, or two with a number; no sentence in a cell of a row of two or three (a tab after a heading number
    is not a table), while a row of four cells or more keeps a long cell with commas (a project's 建设内容及规模)."""
    if GROUP_ROW_RE.match(text):
        return True
    cells = [c.strip() for c in text.strip().split("\t") if c.strip()]  # empty cells (merged) aside
    if len(cells) < 2 or len(cells) < 4 and SENTENCE_OR_COMMA_RE.search(text) and any(len(c) > 40 for c in cells):
        return False
    return len(cells) >= 3 or any(NUMERIC_CELL_RE.match(c) for c in cells)


def _cells(text: str) -> list[str]:
    if _tab_row(text):  # (an empty first or last cell stays a cell: only spaces around the row go)
        return [c.strip() for c in text.strip(" \u3000\u00a0\r\n").split("\t")]
    return [c for c in CELL_SPLIT_RE.split(text.strip()) if c]


def _table_header(text: str) -> bool:
    cells = [c for c in CELL_SPLIT_RE.split(text.strip()) if c]
    return len(cells) >= 3 and not CLAUSE_MARK_RE.search(text) and all(len(c) <= 12 for c in cells)


def _tab_header(text: str, row: str) -> bool:
    """A header row of two short cells a format reader wrote with a tab (项目\t金额) over tab rows of as many cells
    (一、期初余额\t386254.17): the table's header, not a heading."""
    if "\t" not in text.strip() or "\t" not in row.strip() or CLAUSE_MARK_RE.search(text):
        return False
    cells = [c.strip() for c in text.strip().split("\t") if c.strip()]
    return len(cells) == len([c for c in row.strip().split("\t") if c.strip()]) >= 2 and all(
        len(c) <= 12 and not NUMERIC_CELL_RE.match(c) for c in cells)


def _is_headline_stack(lines: list[VLine]) -> bool:
    """Two or three short lines of one headline (kicker + main title, or issuer + 关于… title)."""
    if not 2 <= len(lines) <= 3 or any(not CJK_RE.search(line.text) for line in lines):
        return False
    for line in lines:
        text = line.text
        if PUNCT_RE.search(text) or cjk_count(text) > HEADLINE_MAX:
            return False
        if STANDALONE_RE.match(text) or text.startswith("——") or is_byline(text) or line_kind(text):
            return False
        if DATE_RE.search(text):
            return False
    last = lines[-1].text
    if ORG_LINE_RE.search(last) and not last.startswith("关于"):
        return False  # title + issuer line: the issuer is its own line
    widths = [line.width for line in lines]
    return max(widths) >= 1.25 * min(widths)


ORG_LINE_RE = re.compile(r"(人民政府|政府|办公室|办公厅|委员会|统计局|局|厅|中心|集团|公司)$")


def _join(a: str, b: str) -> str:
    if a and b and LATIN_JOIN_END_RE.search(a) and LATIN_START_RE.match(b):
        return a + " " + b
    return a + b


def _make_block(lines: list[VLine], text: str, kind: str = "") -> Block:
    widths = [v.width for v in lines]
    return Block(text=text, lines=(lines[0].number, lines[-1].number), indented=lines[0].indented,
                 width=int(statistics.median(widths)), n_lines=len(lines), kind=kind)


def _flush(current: list[VLine], blocks: list[Block], kind: str = "") -> None:
    if not current:
        return
    kind = (kind or line_kind(current[0].text)) if len(current) == 1 else ""
    if kind:
        cells = _cells(current[0].text)
        blocks.append(_make_block(current, "\t".join(cells), kind))
        return
    text = ""
    for v in current:
        text = _join(text, v.text)
    blocks.append(_make_block(current, text))


def _decoration(text: str) -> bool:
    return not WORD_CHAR_RE.search(text)


def _latin_only(text: str) -> bool:
    return not CJK_RE.search(text) and bool(LATIN_WORD_RE.search(text))


def _stands_alone(text: str) -> bool:
    """A line never joined to its neighbours: document number, date, note, byline, decoration, furniture."""
    return bool(STANDALONE_RE.match(text) or is_byline(text) or _decoration(text) or is_furniture_line(text))


_CLOSING_ONLY = re.compile(r"[。！？!?”’）)》」』；;，,、：:]{1,3}")


def _split_group(group: list[VLine], wrap: int) -> list[Block]:
    """Turn one group of consecutive non-blank lines into paragraph blocks.

    ``wrap`` is the line width the group is measured against (see _reference_widths).
    """
    if _is_headline_stack(group):
        return [_make_block(group, " ".join(v.text for v in group))]
    widths = [v.width for v in group]
    if max(widths) > UNWRAPPED_WIDTH:
        return [_make_block([v], v.text, line_kind(v.text)) for v in group]
    ref = max(wrap, 1)
    kinds = [line_kind(v.text) for v in group]
    # Per-line properties, each computed once (every line is looked at as the current and as the next line).
    alone = [_stands_alone(v.text) and not (i and _CLOSING_ONLY.fullmatch(v.text)) for i, v in enumerate(group)]
    # (a line of closing punctuation only, 。 or ”。, cut off by a fixed-width wrap: the end of the line above)
    latin = [_latin_only(v.text) for v in group]
    for i in range(len(group) - 1):  # a header row right above table rows belongs to the table
        if kinds[i + 1] == "table" and not kinds[i] and (_table_header(group[i].text)
                                                         or _tab_header(group[i].text, group[i + 1].text)):
            kinds[i] = "table"
    blocks: list[Block] = []
    current: list[VLine] = []
    fresh = True
    for i, line in enumerate(group):
        current.append(line)
        nxt = group[i + 1] if i + 1 < len(group) else None
        if nxt is None:
            break
        text = line.text
        ends = ends_paragraph(text)
        short = widths[i] < 0.7 * ref
        short_end = ends and widths[i] < 0.75 * ref
        fresh_short = fresh and short and text[-1] not in "，、；（“《" and not nxt.text.startswith("关于")
        # The next line opens a list item or heading, where this one may stop.
        may_stop = ends or short or text.endswith(("：", ":")) or (fresh and not PUNCT_RE.search(text))
        list_next = may_stop and bool(marker_of(nxt.text) or LIST_START_RE.match(nxt.text))
        standalone = bool(alone[i] or alone[i + 1] or kinds[i] or kinds[i + 1])
        script_change = latin[i] != latin[i + 1]
        if short_end or fresh_short or list_next or standalone or script_change:
            _flush(current, blocks, kinds[i])
            current = []
            fresh = True
        else:
            fresh = False
    _flush(current, blocks, kinds[-1] if len(current) == 1 else "")
    return blocks


def typical_width(lines: list[VLine]) -> int:
    """Median width of the source's wrapped lines (0 if it has none)."""
    widths = [v.width for v in lines if v.text and v.width <= UNWRAPPED_WIDTH]
    return int(statistics.median(widths)) if widths else 0


def _group_width(group: list[VLine]) -> int:
    return min(UNWRAPPED_WIDTH, max(v.width for v in group))


def _reference_widths(groups: list[list[VLine]], fallback: int) -> list[int]:
    """The wrap width each group is measured against: its own when it has enough lines to show it,
    else that of the nearest well-filled group (a page's columns differ, so a global width misleads)."""
    own = [_group_width(g) if len(g) >= 4 else 0 for g in groups]
    refs = []
    for i, g in enumerate(groups):
        if own[i]:
            refs.append(own[i])
            continue
        near = next((own[j] for j in range(i + 1, len(groups)) if own[j]), 0) or \
            next((own[j] for j in range(i - 1, -1, -1) if own[j]), 0) or fallback
        refs.append(max(near, _group_width(g)))
    return refs


def group_blocks(lines: list[VLine]) -> list[Block]:
    groups: list[list[VLine]] = []
    group: list[VLine] = []
    for line in lines:
        if not line.text or (line.indented and group):
            if group:
                groups.append(group)
            group = [line] if line.text else []
            continue
        group.append(line)
    if group:
        groups.append(group)
    refs = _reference_widths(groups, typical_width(lines))
    blocks: list[Block] = []
    for g, ref in zip(groups, refs, strict=True):
        blocks.extend(_split_group(g, ref))
    return blocks

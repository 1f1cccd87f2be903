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

from ..model import Block, CleaningAction
from .furniture import is_furniture_line
from .text import CJK, LIST_START_RE, STANDALONE_RE, cjk_count, display_width, ends_paragraph, is_byline, marker_of

PACKED_INDENT_RE = re.compile("[ \t]*\u3000{2,}[ \t]*")
LEADING_INDENT_RE = re.compile("^[ \t\u3000\u00a0]+")
# A "word" character for spacing decisions: CJK ideograph or full-width punctuation.
WIDE = f"{CJK}\u3000-\u303f\uff00-\uffef“”‘’—…·"
SPACED_PAIR_RE = re.compile(f"(?<=[{WIDE}0-9%]) +(?=[{WIDE}0-9])")
ANY_SPACE_RE = re.compile(r"[ \t\u00a0\u3000]+")
LATIN_BOTH_RE = re.compile(r"[A-Za-z0-9]$")
UNWRAPPED_WIDTH = 120  # display columns: wider lines were never wrapped (one paragraph per line)
HEADLINE_MAX = 24  # CJK characters per line of a stacked headline


class VLine:
    """A physical line (or part of one) with its source line number."""

    __slots__ = ("number", "text", "indented")

    def __init__(self, number: int, text: str, indented: bool):
        self.number = number
        self.text = text
        self.indented = indented


def split_lines(text: str, report: list[CleaningAction] | None = None) -> list[VLine]:
    out: list[VLine] = []
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip()
        if not line.strip():
            out.append(VLine(number, "", False))
            continue
        indented = bool(LEADING_INDENT_RE.match(line))
        parts = [p for p in PACKED_INDENT_RE.split(line.strip()) if p.strip()]
        if len(parts) > 1 and report is not None:
            report.append(CleaningAction("layout.packed_paragraphs", "split", (number, number), line.strip()[:40],
                                         f"{len(parts)} paragraphs packed into one line (separated by full-width "
                                         "space indents) split apart"))
        for i, part in enumerate(parts):
            out.append(VLine(number, part.strip(), indented or i > 0 or len(parts) > 1))
    return out


def _despace(text: str) -> str:
    """Remove spaces except between two Latin letters/digits (English words, numbers)."""
    def keep(m: re.Match[str]) -> str:
        before = text[: m.start()]
        after = text[m.end():]
        if before and after and re.match(r"[A-Za-z]", after[0]) and re.search(r"[A-Za-z0-9]$", before):
            return " "
        if before and after and re.match(r"[0-9]", after[0]) and re.search(r"[A-Za-z]$", before):
            return " "
        return ""
    return ANY_SPACE_RE.sub(keep, text)


def desegment(lines: list[VLine], report: list[CleaningAction]) -> None:
    """Remove word-segmentation and letter-spacing spaces, line by line (recorded)."""
    for n, line in enumerate(lines):
        text = line.text
        if (" " not in text and "\u3000" not in text) or line_kind(text):
            continue
        nxt = next((v.text for v in lines[n + 1:] if v.text), "")
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
            line.text = new


NUMERIC_CELL_RE = re.compile(r"^[-+−≥≤<>＞＜]?\d[\d,.]*[%‰]?$")
AXIS_TOKEN_RE = re.compile(r"^(\d{4}年?|[%‰]|亿元|万元|元|万人|人|万吨|吨|万亩|亩|个|户|万户|家|项)$")
CELL_SPLIT_RE = re.compile(r"[ \t\u3000]+")


def line_kind(text: str) -> str:
    """'table' for a flattened table row, 'axis' for chart axis labels, '' for text."""
    cells = [c for c in CELL_SPLIT_RE.split(text.strip()) if c]
    if len(cells) < 2 or re.search(r"[。；！？，]", text):
        return ""
    if all(AXIS_TOKEN_RE.match(c) for c in cells):
        return "axis"
    numeric = sum(bool(NUMERIC_CELL_RE.match(c)) for c in cells)
    if len(cells) >= 3 and numeric >= 2 and numeric * 2 >= len(cells) and cjk_count(text) >= 1:
        return "table"
    return ""


def _table_header(text: str) -> bool:
    cells = [c for c in CELL_SPLIT_RE.split(text.strip()) if c]
    return len(cells) >= 3 and not re.search(r"[。；！？，、]", text) and all(len(c) <= 12 for c in cells)


def _is_headline_stack(lines: list[VLine]) -> bool:
    """Two or three short lines of one headline (kicker + main title, or issuer + 关于… title)."""
    if not 2 <= len(lines) <= 3 or any(cjk_count(line.text) == 0 for line in lines):
        return False
    for line in lines:
        text = line.text
        if re.search(r"[，。、；：！？,;:!?]", text) or cjk_count(text) > HEADLINE_MAX:
            return False
        if STANDALONE_RE.match(text) or text.startswith("——") or is_byline(text) or line_kind(text):
            return False
        if re.search(r"\d{4}\s*年\s*\d{1,2}\s*月", text):
            return False
    last = lines[-1].text
    if ORG_LINE_RE.search(last) and not last.startswith("关于"):
        return False  # title + issuer line: the issuer is its own line
    widths = [display_width(line.text) for line in lines]
    return max(widths) >= 1.25 * min(widths)


ORG_LINE_RE = re.compile(r"(人民政府|政府|办公室|办公厅|委员会|统计局|局|厅|中心|集团|公司)$")


def _join(a: str, b: str) -> str:
    if a and b and re.search(r"[A-Za-z,.;:]$", a) and re.match(r"[A-Za-z]", b):
        return a + " " + b
    return a + b


def _make_block(lines: list[VLine], text: str, kind: str = "") -> Block:
    widths = [display_width(v.text) for v in lines]
    return Block(text=text, lines=(lines[0].number, lines[-1].number), indented=lines[0].indented,
                 width=int(statistics.median(widths)), n_lines=len(lines), kind=kind)


def _flush(current: list[VLine], blocks: list[Block], kind: str = "") -> None:
    if not current:
        return
    kind = (kind or line_kind(current[0].text)) if len(current) == 1 else ""
    if kind:
        cells = [c for c in CELL_SPLIT_RE.split(current[0].text.strip()) if c]
        blocks.append(_make_block(current, "\t".join(cells), kind))
        return
    text = ""
    for v in current:
        text = _join(text, v.text)
    blocks.append(_make_block(current, text))


def _decoration(text: str) -> bool:
    return not re.search(r"[\w\u4e00-\u9fff]", text)


def _latin_only(text: str) -> bool:
    return cjk_count(text) == 0 and bool(re.search(r"[A-Za-z]{2,}", text))


def _split_group(group: list[VLine], wrap: int) -> list[Block]:
    """Turn one group of consecutive non-blank lines into paragraph blocks.

    ``wrap`` is the line width the group is measured against (see _reference_widths).
    """
    if _is_headline_stack(group):
        return [_make_block(group, " ".join(v.text for v in group))]
    widths = [display_width(v.text) for v in group]
    if max(widths) > UNWRAPPED_WIDTH:
        return [_make_block([v], v.text, line_kind(v.text)) for v in group]
    ref = max(wrap, 1)
    kinds = [line_kind(v.text) for v in group]
    for i in range(len(group) - 1):  # a header row right above table rows belongs to the table
        if kinds[i + 1] == "table" and not kinds[i] and _table_header(group[i].text):
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
        short = widths[i] < 0.7 * ref
        short_end = ends_paragraph(text) and widths[i] < 0.75 * ref
        fresh_short = fresh and short and text[-1] not in "，、；（“《" and not nxt.text.startswith("关于")
        opens = bool(marker_of(nxt.text) or LIST_START_RE.match(nxt.text))
        unpunctuated = not re.search(r"[，。、；：！？,;:!?]", text)
        list_next = opens and (ends_paragraph(text) or short or text.endswith(("：", ":")) or (fresh and unpunctuated))
        standalone = bool(STANDALONE_RE.match(text) or STANDALONE_RE.match(nxt.text) or kinds[i] or kinds[i + 1]
                          or is_byline(text) or is_byline(nxt.text) or _decoration(text) or _decoration(nxt.text)
                          or is_furniture_line(text) or is_furniture_line(nxt.text))
        script_change = _latin_only(text) != _latin_only(nxt.text)
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
    widths = [display_width(v.text) for v in lines if v.text and display_width(v.text) <= UNWRAPPED_WIDTH]
    return int(statistics.median(widths)) if widths else 0


def _group_width(group: list[VLine]) -> int:
    return min(UNWRAPPED_WIDTH, max(display_width(v.text) for v in group))


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

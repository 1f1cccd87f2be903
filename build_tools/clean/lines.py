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
from .text import CJK, LIST_START_RE, cjk_count, display_width, ends_paragraph, marker_of

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


def split_lines(text: str) -> list[VLine]:
    out: list[VLine] = []
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip()
        if not line.strip():
            out.append(VLine(number, "", False))
            continue
        indented = bool(LEADING_INDENT_RE.match(line))
        parts = [p for p in PACKED_INDENT_RE.split(line.strip()) if p.strip()]
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
    for line in lines:
        text = line.text
        if " " not in text and "\u3000" not in text:
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


def _is_headline_stack(lines: list[VLine]) -> bool:
    if not 2 <= len(lines) <= 3 or any(cjk_count(line.text) == 0 for line in lines):
        return False
    for line in lines:
        if re.search(r"[，。、；：！？,;:!?]", line.text) or cjk_count(line.text) > HEADLINE_MAX:
            return False
    widths = [display_width(line.text) for line in lines]
    return max(widths) >= 1.25 * min(widths)


def _join(a: str, b: str) -> str:
    if a and b and re.search(r"[A-Za-z,.;:]$", a) and re.match(r"[A-Za-z]", b):
        return a + " " + b
    return a + b


def _make_block(lines: list[VLine], text: str) -> Block:
    widths = [display_width(v.text) for v in lines]
    return Block(text=text, lines=(lines[0].number, lines[-1].number), indented=lines[0].indented,
                 width=int(statistics.median(widths)), n_lines=len(lines))


def _split_group(group: list[VLine]) -> list[Block]:
    """Turn one group of consecutive non-blank lines into paragraph blocks."""
    if _is_headline_stack(group):
        return [_make_block(group, " ".join(v.text for v in group))]
    widths = [display_width(v.text) for v in group]
    if max(widths) > UNWRAPPED_WIDTH:
        return [_make_block([v], v.text) for v in group]
    ref = max(widths)
    blocks: list[Block] = []
    current: list[VLine] = []
    for i, line in enumerate(group):
        current.append(line)
        nxt = group[i + 1] if i + 1 < len(group) else None
        if nxt is None:
            break
        short_end = ends_paragraph(line.text) and widths[i] < 0.75 * ref
        marker_next = bool(marker_of(nxt.text) or LIST_START_RE.match(nxt.text))
        script_change = (cjk_count(line.text) == 0) != (cjk_count(nxt.text) == 0)
        if short_end or marker_next or script_change:
            text = ""
            for v in current:
                text = _join(text, v.text)
            blocks.append(_make_block(current, text))
            current = []
    if current:
        text = ""
        for v in current:
            text = _join(text, v.text)
        blocks.append(_make_block(current, text))
    return blocks


def group_blocks(lines: list[VLine]) -> list[Block]:
    blocks: list[Block] = []
    group: list[VLine] = []
    for line in lines:
        if not line.text or (line.indented and group):
            if group:
                blocks.extend(_split_group(group))
            group = [line] if line.text else []
            continue
        group.append(line)
    if group:
        blocks.extend(_split_group(group))
    return blocks

"""Repair paragraphs broken by page and column breaks.

- A block that stops mid-sentence continues in the next block (a page break split a word or a sentence),
  unless the next block is a heading, a list item or a byline.
- A short fragment that repeats the tail of the previous paragraph is the same text printed twice across a
  page break: the overlap is removed and the two are joined.
- An article interrupted by another one (a headline, often with a byline, stands between a sentence and its
  continuation) is put back together: the continuation is found after the interrupting article and moved
  back, with the rest of its column.
Whether a block that ends without punctuation is a heading or a broken paragraph is decided from signals:
length, inner sentence ends, numbers, an open quote, a very short last clause, and whether a word straddles
the break (checked with the rjieba segmenter).
In a text whose lines are whole paragraphs (web copy: most long paragraphs are one physical line), a short
unpunctuated line of its own followed by a line that opens a sentence with a date or a subject (综合 /
2023年，全市…; 农业 / 全年全市…) is an unnumbered section heading, not the start of a broken paragraph.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Block, CleaningAction
from .text import (
    ADDRESSEE_RE,
    CLAUSE_PUNCT,
    LIST_START_RE,
    STANDALONE_RE,
    cjk_at_most,
    cjk_count,
    ends_paragraph,
    first_clause,
    has_quantity,
    is_byline,
    last_clause,
    marker_of,
    unbalanced,
)

# Reported speech ("X指出，…") opens a sentence, never a heading.
SPEECH_RE = re.compile(r"(指出|强调|表示|认为|说|讲到|提到)[，：:]")
CONTINUATION_START_RE = re.compile(r"^[，、。；：！？”’）》〉」』的了地得之等和与及或]")
HEADING_MAX = 60
SENTENCE_MARK_RE = re.compile(r"[。！？]")
FULL_STOP_RE = re.compile(r"[。！？；]")
NON_HAN_RE = re.compile(r"[^\u4e00-\u9fff]")
NON_HAN_DIGIT_RE = re.compile(r"[^\u4e00-\u9fff0-9]")
FINAL_STOPS_RE = re.compile(r"[。！？…]+$")
# a body named at the end of one sentence that is the subject of the next paragraph (…报送市政府督查室。 |
# 市政府督查室将于12月上旬…): a name said twice, not a fragment printed twice across a page break
ORGAN_SUBJECT_RE = re.compile(r"(?:室|局|厅|委|委员会|政府|办公室|中心|小组|指挥部)"
                              r"(?:将|要|于|已|对|在|按|会同|负责|牵头|根据|结合|应|须|及时)")
ENUMERATION_SPLIT_RE = re.compile(r"[、，：]")
ENUMERATION_LEAD_RE = re.compile(r"^.*?(聚焦|围绕|包括|发展|推进)")
SEARCH_AHEAD = 40
# A sentence opened by a date or a subject: 2023年，… 全年全市… 年末… 上半年… 截至… 全市… 我县…
SENTENCE_OPENER_RE = re.compile(
    r"^(?:(?:19|20)\d{2}年|\d{1,2}月(?:\d{1,2}日)?[，、]|全年|年末|年初|今年|去年|上年|本年|上半年|下半年|一季度|"
    r"前[三两]季度|近年来|近年|近[两三五十]年|截至|截止|[全我本][市县区省州镇乡]|全国)")
SHORT_HEADING_MAX = 12  # Han characters in an unnumbered section heading of web copy (综合, 工业和建筑业)
WHOLE_LINE_SHARE = 0.6  # share of long paragraphs that are one physical line in one-paragraph-per-line copy
LONG_PARAGRAPH = 40  # characters: a paragraph this long wraps over several lines in a hard-wrapped text


@lru_cache(maxsize=4096)
def word_straddles(tail: str, head: str) -> bool:
    """True if the segmenter puts a word across the boundary between ``tail`` and ``head``."""
    import rjieba

    tail, head = tail[-4:], head[:4]
    if not tail or not head:
        return False
    pos = 0
    for token in rjieba.cut(tail + head):
        if pos < len(tail) < pos + len(token) and len(token) >= 2:
            return True
        pos += len(token)
    return False


def is_heading_like(text: str) -> bool:
    """Short, unpunctuated at the end, no sentence inside: could be a heading or headline."""
    t = text.strip()
    if not t or ends_paragraph(t) or t[-1] in CLAUSE_PUNCT or unbalanced(t):
        return False
    if LIST_START_RE.match(t) or is_byline(t):
        return False
    inner = SENTENCE_MARK_RE.search(t)
    if inner and not marker_of(t):
        return False
    return cjk_count(t) <= HEADING_MAX


def _headline(text: str) -> bool:
    """A short line with no punctuation inside or at its end and no list number: a headline when it opens a text."""
    t = text.strip()
    return is_heading_like(t) and not marker_of(t) and cjk_count(t) <= 40 and not any(c in t for c in CLAUSE_PUNCT)


def breaks_off(a: str, b: str, before: str = "") -> bool:
    """Does paragraph ``a`` stop mid-sentence so that ``b`` continues it? ``before`` precedes ``a``."""
    a, b = a.strip(), b.strip()
    if not a or not b or ends_paragraph(a):
        return False
    if marker_of(b) or LIST_START_RE.match(b) or is_byline(b):
        return False
    if STANDALONE_RE.match(a) or STANDALONE_RE.match(b) or "\t" in a or "\t" in b:
        return False  # document numbers, dates, notes, letterheads, attachments, table rows stand alone
    if a[-1] in "：:" and cjk_count(a) <= 40 and (ends_paragraph(b) or ADDRESSEE_RE.search(a)):
        return False  # an addressee or lead-in line (各县（市）区人民政府，…：) before a full paragraph
    if a[-1] in CLAUSE_PUNCT + "（“《" or unbalanced(a):
        return True
    if before and marker_of(before) and is_heading_like(before) and not marker_of(a):
        return True  # right under a numbered heading: body text, not a second heading
    if CONTINUATION_START_RE.match(b):
        return True
    if marker_of(a) and not SENTENCE_MARK_RE.search(a) and cjk_count(a) <= 40:
        return False  # a numbered heading such as （一）指导思想
    if FULL_STOP_RE.search(a) or cjk_count(a) > HEADING_MAX or has_quantity(a) or SPEECH_RE.search(a):
        return True
    if len(last_clause(a)) <= 3:
        return True
    tail = NON_HAN_RE.sub("", a)[-4:]
    head = NON_HAN_DIGIT_RE.sub("", b)[:4]
    return word_straddles(tail, head)


def lines_are_paragraphs(blocks: list[Block]) -> bool:
    """Is the text one paragraph per physical line (web copy), judged from its long text blocks?"""
    long = [b for b in blocks if b.kind != "table" and len(b.text.strip()) >= LONG_PARAGRAPH]
    return len(long) >= 3 and sum(b.n_lines == 1 for b in long) >= WHOLE_LINE_SHARE * len(long)


def heading_line(a: Block, b: Block) -> bool:
    """``a`` is a short unpunctuated line of its own and ``b`` opens a sentence with a date or a subject."""
    t = a.text.strip()
    return (a.n_lines == 1 and _headline(t) and cjk_count(t) <= SHORT_HEADING_MAX and not has_quantity(t)
            and not any(c.isdigit() for c in t) and bool(SENTENCE_OPENER_RE.match(b.text.strip())))


def _merge(a: Block, b: Block, text: str) -> Block:
    return Block(text=text, lines=(a.lines[0], b.lines[1]), indented=a.indented, width=a.width,
                 n_lines=a.n_lines + b.n_lines)


def _overlap(a: str, b: str) -> int:
    """Length of the tail of ``a`` (before its final punctuation) that ``b`` starts with."""
    core = FINAL_STOPS_RE.sub("", a.strip())
    best = 0
    for k in range(3, min(len(core), len(b), 20) + 1):
        if core.endswith(b[:k]):
            best = k
    return best


def _names_again(a: str, b: str, k: int) -> bool:
    """``b`` opens with a whole phrase ``a`` ended its sentence with and goes on into a sentence of its own
    (…并按规定交纳竞买保证金。 | 竞买保证金到账截止时间为2025年12月26日17时。): the phrase is named twice, not
    printed twice; a fragment cut inside a word (…弄虚作假。 | 虚作假问题发生。) is still a reprint."""
    core = FINAL_STOPS_RE.sub("", a.strip())
    rest = b[k:]
    if len(core) <= k or len(rest) < 8 or not FINAL_STOPS_RE.search(b.strip()):
        return False
    return not word_straddles(core[:-k], core[-k:]) and not word_straddles(b[:k], rest)


def _enumeration_continues(a: str, b: str) -> bool:
    """``a`` ends inside an enumeration (…新兴产业、新业态、) and ``b`` starts with a like item (新模式，…)."""
    if not a.rstrip().endswith("、"):
        return False
    items = [x.strip("“”") for x in ENUMERATION_SPLIT_RE.split(a.rstrip("、"))[-3:]]
    items = [ENUMERATION_LEAD_RE.sub("", x) for x in items if x]
    head = first_clause(b).strip("“”")
    if not head or len(head) > 8 or not items:
        return False
    return all(x[:1] == head[:1] for x in items[-2:]) or all(x[-1:] == head[-1:] for x in items[-2:])


def _find_continuation(blocks: list[Block], i: int) -> int | None:
    """Index of the block that continues blocks[i] after an interrupting article, or None."""
    a = blocks[i].text
    for k in range(i + 2, min(len(blocks), i + SEARCH_AHEAD)):
        cand, prev = blocks[k].text, blocks[k - 1].text
        if not ends_paragraph(prev) or is_heading_like(cand) or marker_of(cand):
            continue
        if _enumeration_continues(a, cand) or CONTINUATION_START_RE.match(cand):
            return k
        tail = NON_HAN_RE.sub("", a)[-4:]
        head = NON_HAN_RE.sub("", cand)[:4]
        if a.rstrip()[-1:] not in CLAUSE_PUNCT and word_straddles(tail, head) and len(last_clause(a)) <= 3:
            return k
    return None


def _section_end(blocks: list[Block], k: int) -> int:
    """End (exclusive) of the run of body blocks starting at k: up to the next heading-like block."""
    j = k + 1
    while j < len(blocks) and not is_heading_like(blocks[j].text) and not is_byline(blocks[j].text):
        j += 1
    return j


def repair_breaks(blocks: list[Block], report: list[CleaningAction]) -> list[Block]:
    out = list(blocks)
    whole_lines = lines_are_paragraphs(out)
    i = 0
    while i < len(out) - 1:
        a, b = out[i], out[i + 1]
        a_ends = ends_paragraph(a.text)
        k = _overlap(a.text, b.text) if a_ends and cjk_at_most(b.text, 40) else 0
        if k and ORGAN_SUBJECT_RE.match(b.text, k - 1) and len(b.text[:k]) >= 4:
            k = 0  # (…报送市政府督查室。 | 市政府督查室将于…: the body heads a sentence of its own)
        if k and _names_again(a.text, b.text, k):
            k = 0  # (…交纳竞买保证金。 | 竞买保证金到账截止时间为…。: a phrase named again, no reprint)
        if k and not is_heading_like(b.text):
            core = FINAL_STOPS_RE.sub("", a.text.strip())
            report.append(CleaningAction("dedupe.overlap", "merged", b.lines, b.text[:k],
                                         f"'{b.text[:k]}' was printed twice across a page break; joined once"))
            out[i] = _merge(a, b, core + b.text[k:])
            del out[i + 1]
            continue
        if not a_ends and _interrupts(out, i + 1):
            k = _find_continuation(out, i)
            if k is not None:
                out = _reassemble(out, i, k, report)
                continue
            i += 1
            continue
        if i == 0 and _headline(a.text):
            i += 1  # the first block of a text, short and unpunctuated, is its headline (增长6.1%: a number too; a
            # two-part headline, 营商环境持续优化 新登记市场主体同比增长12.8%, too)
            continue
        if whole_lines and not a_ends and heading_line(a, b):
            i += 1  # an unnumbered section heading of web copy (综合 / 2023年，全市…)
            continue
        if not a_ends and breaks_off(a.text, b.text, out[i - 1].text if i else ""):
            report.append(CleaningAction("join.page_break", "merged", (a.lines[1], b.lines[0]),
                                         f"{a.text[-8:]}|{b.text[:8]}",
                                         "paragraph split by a page or column break joined"))
            out[i] = _merge(a, b, a.text + b.text)
            del out[i + 1]
            i = max(i - 1, 0)  # (the block before may continue into the longer one: cleaning twice changes nothing)
            continue
        i += 1
    if out and not ends_paragraph(out[-1].text) and not is_heading_like(out[-1].text) \
            and cjk_count(out[-1].text) >= 30:
        out[-1].text += "……"
        report.append(CleaningAction("mark.truncated", "replaced", out[-1].lines, out[-1].text[-20:],
                                     "the source ends in the middle of a sentence; an ellipsis marks the gap"))
    return out


def _interrupts(blocks: list[Block], j: int) -> bool:
    """Does blocks[j] start another article (a headline followed by a byline, or a two-part headline)?"""
    from .normalize import headline_parts

    text = blocks[j].text
    if not is_heading_like(text) or marker_of(text):
        return False
    nxt = blocks[j + 1].text if j + 1 < len(blocks) else ""
    return is_byline(nxt) or headline_parts(text) is not None


def _reassemble(out: list[Block], i: int, k: int, report: list[CleaningAction]) -> list[Block]:
    """Blocks i+1..k-1 interrupt blocks[i]; k.. continues it. Put the article back together."""
    end = _section_end(out, k)
    interrupter = out[i + 1:k]
    continuation = out[k:end]
    report.append(CleaningAction(
        "join.interrupted_article", "moved", (out[k].lines[0], out[end - 1].lines[1]),
        f"{out[i].text[-8:]}|{out[k].text[:8]}",
        f"article interrupted by '{interrupter[0].text[:20]}' (lines {interrupter[0].lines[0]}-"
        f"{interrupter[-1].lines[1]}); its continuation was moved back and joined"))
    joined = _merge(out[i], continuation[0], out[i].text + continuation[0].text)
    # The interrupted section (from its heading to the broken paragraph) follows the interrupting
    # article's opening when that section has its own heading: the interrupter's intro leads into it.
    start = i
    while start > 0 and not is_heading_like(out[start].text) and not is_byline(out[start].text):
        start -= 1
    section = out[start:i]
    has_byline = len(interrupter) > 1 and is_byline(interrupter[1].text)
    if is_heading_like(out[start].text) and has_byline:
        report.append(CleaningAction(
            "join.interrupted_article", "moved", (out[start].lines[0], out[i].lines[1]), out[start].text[:30],
            f"section '{out[start].text[:20]}' placed after the opening of '{interrupter[0].text[:20]}', "
            "whose text runs on into it"))
        return out[:start] + interrupter + section + [joined] + continuation[1:] + out[end:]
    return out[:i] + [joined] + continuation[1:] + interrupter + out[end:]

"""Punctuation and spacing inside a block: ASCII punctuation in Chinese text becomes full-width, and
spaces between Chinese characters, or between Chinese and digits, are removed. Numbers, Latin words,
URLs and e-mail addresses are left alone. Short two-part headlines keep their single separating space.
"""

from __future__ import annotations

import re

from ..model import Block, CleaningAction
from .text import CJK, CJK_PUNCT, CJK_RE, cjk_count

ASCII_TO_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", ".": "。"}
PROTECTED_RE = re.compile(r"(?:https?://|www\.)[^\s，。；）)>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|<[^<>\s]+>")
CJKISH = f"{CJK}{CJK_PUNCT}"
CJKISH_RE = re.compile(f"[{CJKISH}]")
SPACE_RE = re.compile(r"[ \t\u00a0\u3000]+")
DOC_TYPE_END_RE = re.compile(r"(通知|方案|意见|办法|讲话|决定|规划|报告|细则|规定|公告|通报|批复|函|纲要|计划|条例)$")
HEADLINE_PART_MAX = 20  # a news headline's main line and its second line are up to ~20 characters each
SENTENCE_MARK_RE = re.compile(r"[。！？；]")
LATIN_PART_RE = re.compile(r"[A-Za-z ]+")


def _is_cjkish(ch: str) -> bool:
    return bool(ch) and bool(CJKISH_RE.match(ch))


def _neighbours(text: str | list[str], i: int) -> tuple[str, str]:
    j = i - 1
    while j >= 0 and text[j] in " \t\u3000\u00a0":
        j -= 1
    k = i + 1
    while k < len(text) and text[k] in " \t\u3000\u00a0":
        k += 1
    return (text[j] if j >= 0 else ""), (text[k] if k < len(text) else "")


def _protected_spans(text: str) -> list[tuple[int, int]]:
    # Cheap pre-filter: every protected form contains one of these (a run of Chinese text is all \w, which
    # makes the e-mail alternative of PROTECTED_RE slow to rule out).
    if "@" not in text and "://" not in text and "www." not in text and "<" not in text:
        return []
    return [m.span() for m in PROTECTED_RE.finditer(text)]


def fix_punctuation(text: str) -> tuple[str, int]:
    """Convert ASCII punctuation used in Chinese context to full-width. Returns (text, changes).

    Repeated until nothing changes, since a converted mark can make its neighbour Chinese context too."""
    total = 0
    for _ in range(8):
        text, changes = _fix_punctuation_once(text)
        total += changes
        if not changes:
            break
    return text, total


ASCII_MARK_RE = re.compile(r"[,;:!?.()\"]")
CONVERTIBLE_RE = re.compile(r"[,;:!?.]")  # the marks of ASCII_TO_FULL
ASCII_PARENS_RE = re.compile(r"\(([^()]{1,40})\)")
QUOTED_CJK_RE = re.compile(f'"[^"]*[{CJK}][^"]*"')


def _mostly_chinese(text: str) -> bool:
    return cjk_count(text) * 3 >= len(text)


def _fix_punctuation_once(text: str) -> tuple[str, int]:
    if not ASCII_MARK_RE.search(text):
        return text, 0
    spans = _protected_spans(text)
    chars: list[str] | None = None  # the characters, once one has changed (later marks see the change)
    changes = 0
    for m in CONVERTIBLE_RE.finditer(text):
        i, ch = m.start(), m.group(0)
        if spans and any(a <= i < b for a, b in spans):
            continue
        prev, nxt = _neighbours(text if chars is None else chars, i)
        if prev.isdigit() and nxt.isdigit():
            continue  # 1,000 or 3.5 or 10:30
        if ch == ".":
            if not (CJK_RE.match(prev or "x") and (nxt == "" or _is_cjkish(nxt))):
                continue
        elif not (_is_cjkish(prev) or _is_cjkish(nxt)):
            # In mostly Chinese text, ASCII marks between numbers/Latin too: 87%,42个村 / 10.3%;PM2.5
            if not (prev in ("%", "‰") and nxt and _mostly_chinese(text)):
                continue
        if chars is None:
            chars = list(text)
        chars[i] = ASCII_TO_FULL[ch]
        changes += 1
    if chars is not None:
        text = "".join(chars)
    # Parentheses around Chinese text: (扩大) -> （扩大）, (三) -> （三）.
    parens = 0

    def paren(m: re.Match[str]) -> str:
        nonlocal parens
        if CJK_RE.search(m.group(1)):
            parens += 1
            return f"（{m.group(1).strip()}）"
        return m.group(0)
    if "(" in text:
        text = ASCII_PARENS_RE.sub(paren, text)
    changes += parens
    # Straight double quotes around Chinese text -> curly quotes, alternating.
    if '"' in text and QUOTED_CJK_RE.search(text):
        out, opening = [], True
        for ch in text:
            if ch == '"':
                out.append("“" if opening else "”")
                opening = not opening
                changes += 1
            else:
                out.append(ch)
        text = "".join(out)
    return text, changes


def headline_parts(text: str) -> list[str] | None:
    """The parts of a short two- or three-part headline separated by spaces, or None."""
    if SENTENCE_MARK_RE.search(text) or DOC_TYPE_END_RE.search(text.strip()):
        return None
    parts = [p for p in SPACE_RE.split(text.strip()) if p]
    if not 2 <= len(parts) <= 3:
        return None
    if all(2 <= cjk_count(p) <= HEADLINE_PART_MAX or LATIN_PART_RE.fullmatch(p) for p in parts):
        return parts
    return None


def remove_spaces(text: str) -> str:
    """Remove spaces next to Chinese characters or punctuation; keep them between Latin words/numbers."""
    spans = _protected_spans(text)

    def repl(m: re.Match[str]) -> str:
        if any(a <= m.start() < b for a, b in spans):
            return m.group(0)
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if not before or not after:
            return ""
        if _is_cjkish(before) or _is_cjkish(after):
            return ""
        return " "
    return SPACE_RE.sub(repl, text).strip()


def normalize_block(block: Block, report: list[CleaningAction]) -> None:
    if block.kind == "table":  # cells are separated by tabs: keep them apart, tidy each cell
        block.text = "\t".join(fix_punctuation(remove_spaces(cell))[0] for cell in block.text.split("\t"))
        return
    text, n_punct = fix_punctuation(block.text)
    if n_punct:
        report.append(CleaningAction("punctuation.ascii_in_chinese", "replaced", block.lines, block.text[:40],
                                     f"{n_punct} ASCII punctuation marks in Chinese text made full-width"))
    if not SPACE_RE.search(text):  # no spaces to remove (most blocks)
        block.text = text.strip()
        return
    parts = headline_parts(text)
    new = " ".join(remove_spaces(p) for p in parts) if parts else remove_spaces(text)
    removed = len(SPACE_RE.findall(text)) - len(SPACE_RE.findall(new))
    if removed > 0:
        report.append(CleaningAction("spacing.chinese", "replaced", block.lines, text[:40],
                                     f"{removed} spaces between Chinese characters or between Chinese and digits"
                                     " removed"))
    block.text = new

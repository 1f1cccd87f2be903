"""Punctuation and spacing inside a block: ASCII punctuation in Chinese text becomes full-width, and
spaces between Chinese characters, or between Chinese and digits, are removed. Numbers, Latin words,
URLs and e-mail addresses are left alone. Short two-part headlines keep their single separating space.
"""

from __future__ import annotations

import re

from ..model import Block, CleaningAction
from .text import CJK, CJK_PUNCT, cjk_count

ASCII_TO_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", ".": "。"}
PROTECTED_RE = re.compile(r"(?:https?://|www\.)[^\s，。；）)>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|<[^<>\s]+>")
CJKISH = f"{CJK}{CJK_PUNCT}"
SPACE_RE = re.compile(r"[ \t\u00a0\u3000]+")
DOC_TYPE_END_RE = re.compile(r"(通知|方案|意见|办法|讲话|决定|规划|报告|细则|规定|公告|通报|批复|函|纲要|计划|条例)$")
HEADLINE_PART_MAX = 12


def _is_cjkish(ch: str) -> bool:
    return bool(ch) and bool(re.match(f"[{CJKISH}]", ch))


def _neighbours(text: str | list[str], i: int) -> tuple[str, str]:
    j = i - 1
    while j >= 0 and text[j] in " \t\u3000\u00a0":
        j -= 1
    k = i + 1
    while k < len(text) and text[k] in " \t\u3000\u00a0":
        k += 1
    return (text[j] if j >= 0 else ""), (text[k] if k < len(text) else "")


def _protected_spans(text: str) -> list[tuple[int, int]]:
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


def _fix_punctuation_once(text: str) -> tuple[str, int]:
    if not ASCII_MARK_RE.search(text):
        return text, 0
    spans = _protected_spans(text)
    chinese = cjk_count(text) * 3 >= len(text)  # mostly Chinese: ASCII marks between numbers/Latin too
    chars = list(text)
    changes = 0
    for m in ASCII_MARK_RE.finditer(text):
        i, ch = m.start(), m.group(0)
        if ch not in ASCII_TO_FULL or any(a <= i < b for a, b in spans):
            continue
        prev, nxt = _neighbours(chars, i)
        if prev.isdigit() and nxt.isdigit():
            continue  # 1,000 or 3.5 or 10:30
        if ch == ".":
            if not (re.match(f"[{CJK}]", prev or "x") and (nxt == "" or _is_cjkish(nxt))):
                continue
        elif not (_is_cjkish(prev) or _is_cjkish(nxt)):
            if not (chinese and prev in ("%", "‰") and nxt):  # 87%,42个村 / 10.3%;PM2.5
                continue
        chars[i] = ASCII_TO_FULL[ch]
        changes += 1
    text = "".join(chars)
    # Parentheses around Chinese text: (扩大) -> （扩大）, (三) -> （三）.
    parens = 0

    def paren(m: re.Match[str]) -> str:
        nonlocal parens
        if re.search(f"[{CJK}]", m.group(1)):
            parens += 1
            return f"（{m.group(1).strip()}）"
        return m.group(0)
    text = re.sub(r"\(([^()]{1,40})\)", paren, text)
    changes += parens
    # Straight double quotes around Chinese text -> curly quotes, alternating.
    if '"' in text and re.search(f'"[^"]*[{CJK}][^"]*"', text):
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
    if re.search(r"[。！？；]", text) or DOC_TYPE_END_RE.search(text.strip()):
        return None
    parts = [p for p in SPACE_RE.split(text.strip()) if p]
    if not 2 <= len(parts) <= 3:
        return None
    if all(2 <= cjk_count(p) <= HEADLINE_PART_MAX or re.fullmatch(r"[A-Za-z ]+", p) for p in parts):
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
    parts = headline_parts(text)
    new = " ".join(remove_spaces(p) for p in parts) if parts else remove_spaces(text)
    removed = len(SPACE_RE.findall(text)) - len(SPACE_RE.findall(new))
    if removed > 0:
        report.append(CleaningAction("spacing.chinese", "replaced", block.lines, text[:40],
                                     f"{removed} spaces between Chinese characters or between Chinese and digits"
                                     " removed"))
    block.text = new

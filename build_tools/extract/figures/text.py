"""Sentences, clauses and protected spans (quotations, book titles, document numbers) of a paragraph."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...clean.text import DOC_NUMBER_TAIL
from .vocab import _CLAUSE_BREAKS, _CLOSERS, _OPENERS, _QUOTE_CHARS, _SHORT_QUOTE, _SPLIT_CHARS, _TERMINATORS

# --------------------------------------------------------------------------------------------------------------
# Sentences


def stripped_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans without the whitespace at their ends; spans left empty are dropped."""
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (start, end), stripped of surrounding spaces.

    Splits after 。！？； unless inside brackets or a quotation that closes within 300 characters.
    """
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    start = 0
    n = len(text)
    m = _SPLIT_CHARS.search(text)
    while m is not None:  # only quotes, brackets and terminators matter
        i = m.start()
        ch = text[i]
        if ch in _OPENERS:
            stack.append((ch, i))
        elif ch in _CLOSERS and stack and _OPENERS[stack[-1][0]] == ch:
            stack.pop()
            if not stack and ch in "”」』" and i and text[i - 1] in _TERMINATORS:  # 他说：“…更好。”|记者…
                spans.append((start, i + 1))
                start = i + 1
        elif ch == '"':
            if stack and stack[-1][0] == '"':
                stack.pop()
            else:
                stack.append(('"', i))
        elif ch in _TERMINATORS or ch == "\n":
            while stack and i - stack[-1][1] > 300:  # unbalanced quotation in dirty text
                stack.pop()
            if not stack:
                end = i + 1
                while end < n and (text[end] in _TERMINATORS or text[end] in "”’」』）)\""):
                    end += 1
                spans.append((start, end))
                start = end
                m = _SPLIT_CHARS.search(text, end)
                continue
        m = _SPLIT_CHARS.search(text, i + 1)
    if start < n:
        spans.append((start, n))
    return stripped_spans(text, spans)


_QUOTED_OR_TITLED = re.compile(
    rf"“[^“”]{{0,{_SHORT_QUOTE}}}”|\"[^\"]{{0,{_SHORT_QUOTE}}}\"|「[^「」]{{0,{_SHORT_QUOTE}}}」|《[^《》]*》|〔[^〔〕]*〕|"
    r"\[[^\[\]]*\]|[（(][^（）()]{0,20}?[〔\[][^（）()]*[）)]")
_DOC_NUMBER = re.compile(rf"[\u4e00-\u9fff]{{1,7}}{DOC_NUMBER_TAIL}|\d{{4}}〕第?\d+号")


def _protected_spans(s: str) -> list[tuple[int, int]]:
    """Spans of short quotations, book titles and bracketed document numbers: no figure inside."""
    out = [m.span() for m in _QUOTED_OR_TITLED.finditer(s)]
    if "〕" in s:  # a document number (〔2023〕30号) needs its closing bracket
        out += [m.span() for m in _DOC_NUMBER.finditer(s)]
    return out


def _inside(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    for a, b in spans:
        if a <= pos < b:
            return True
    return False


def _outside(s: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> str:
    """The characters of ``s[lo:hi]`` that are not inside any of ``spans`` (which may overlap)."""
    parts: list[str] = []
    pos = lo
    for a, b in sorted(spans):
        if a >= hi:
            break
        if a > pos:
            parts.append(s[pos:a])
        pos = max(pos, b)
    if pos < hi:
        parts.append(s[pos:hi])
    return "".join(parts)


# --------------------------------------------------------------------------------------------------------------
# Metrics


_WS = re.compile(r"\s")
_WS_NOT_IN_LATIN = re.compile(r"(?<![A-Za-z])\s+|\s+(?![A-Za-z])")


def _clean_ws(text: str) -> str:
    """``text`` without its spaces, except those between two Latin letters."""
    return _WS_NOT_IN_LATIN.sub("", text) if _WS.search(text) else text


def _balance(text: str) -> str:
    """Drop unbalanced quotes/brackets at the edges."""
    if text and text[0] not in _QUOTE_CHARS and text[-1] not in _QUOTE_CHARS:
        return text
    changed = True
    while changed and text:
        changed = False
        for o, c in list(_OPENERS.items()) + [('"', '"')]:
            if text.startswith(c) or (text.startswith(o) and c not in text[1:]):
                text, changed = text[1:], True
            if text.endswith(o) or (text.endswith(c) and o not in text[:-1]):
                text, changed = text[:-1], True
    return text


# --------------------------------------------------------------------------------------------------------------
# Sentence analysis


def _thousands(s: str, i: int) -> bool:
    return s[i] == "," and 0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit()


_CLAUSE_BREAK = re.compile(f"[{re.escape(_CLAUSE_BREAKS)}]")
_UP_TO_LAST_CLAUSE_BREAK = re.compile(f".*[{re.escape(_CLAUSE_BREAKS)}]", re.DOTALL)


def _in_aside(s: str, at: int, pos: int) -> bool:
    """A comma inside a bracketed aside closed before ``pos`` (性别比（以女性为100，男性对女性的比例）为102.73) breaks
    no clause of the text around it."""
    opened = s.rfind("（", 0, at)
    return opened >= 0 and s.find("）", opened, at) < 0 and 0 <= s.find("）", at, pos) < pos


def _clause_start(s: str, pos: int) -> int:
    """Where the clause holding ``s[pos]`` starts: after the last clause break before ``pos`` (0 if none)."""
    end = pos
    while (m := _UP_TO_LAST_CLAUSE_BREAK.match(s, 0, end)) is not None:
        if not _thousands(s, m.end() - 1) and not _in_aside(s, m.end() - 1, pos):
            return m.end()
        end = m.end() - 1  # 1,234: a thousands separator, not a break
    return 0


def _clause_end(s: str, pos: int) -> int:
    """Where the clause holding ``s[pos]`` ends: at the first clause break from ``pos`` on (len(s) if none)."""
    m = _CLAUSE_BREAK.search(s, pos)
    while m is not None and _thousands(s, m.start()):
        m = _CLAUSE_BREAK.search(s, m.start() + 1)
    return m.start() if m else len(s)


def converted(s: str, at: int) -> bool:
    """The clause of ``s`` at ``at`` restates the amount before it in another unit (…10.21亿立方米，折合年径流深
    150.3毫米; 采集全血15.2吨，折合7.6万单位)."""
    return s.startswith("折合", _clause_start(s, at))

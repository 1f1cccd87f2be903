"""Remove text printed twice: whole paragraphs, runs of sentences, and fragments repeated after a page
break. A repeated run is removed only when it is long (>= MIN_RUN characters), ends at a sentence end and
contains at least one whole sentence, so that phrases a text legitimately repeats are kept. When the run
starts in the middle of a sentence, the sentence before it was cut in the source: it is marked with an
ellipsis so readers see the gap (and the report says so).
"""

from __future__ import annotations

import re

from ..model import Block, CleaningAction

GRAM = 12
MIN_RUN = 30
MIN_SENTENCE = 12
SENT_END_RE = re.compile(r"[。！？][”’」』）]*")


def _sentence_bounds(text: str) -> tuple[set[int], set[int]]:
    """Sentence start and end offsets (end = index just past the closing punctuation)."""
    starts, ends = {0}, {len(text)}
    for m in SENT_END_RE.finditer(text):
        ends.add(m.end())
        starts.add(m.end())
    return starts, ends


class _Seen:
    """The text of earlier blocks, joined only when a candidate repeat needs verifying."""

    def __init__(self) -> None:
        self.text = ""
        self.pending: list[str] = []

    def add(self, part: str) -> None:
        self.pending.append(part)

    def __contains__(self, needle: str) -> bool:
        if self.pending:
            self.text += "\n" + "\n".join(self.pending)
            self.pending = []
        return needle in self.text


def _repeated_runs(text: str, grams: set[str], seen: _Seen) -> list[tuple[int, int]]:
    marks = [text[p:p + GRAM] in grams for p in range(max(0, len(text) - GRAM + 1))]
    if not any(marks):
        return []
    runs, p = [], 0
    while p < len(marks):
        if not marks[p]:
            p += 1
            continue
        q = p
        while q + 1 < len(marks) and marks[q + 1]:
            q += 1
        start, end = p, q + GRAM
        # Verify the whole run occurs earlier; shrink from the end until it does.
        while end - start >= MIN_RUN and text[start:end] not in seen:
            end -= 1
        if end - start >= MIN_RUN:
            runs.append((start, end))
        p = q + 1
    return runs


def _removable(text: str, start: int, end: int) -> tuple[int, int] | None:
    starts, ends = _sentence_bounds(text)
    good_ends = [e for e in ends if start < e <= end]
    if not good_ends:
        return None
    end = max(good_ends)
    whole = [(s, e) for s in starts for e in ends if start <= s < e <= end and e - s >= MIN_SENTENCE]
    if not whole or end - start < MIN_RUN:
        return None
    return start, end


def remove_duplicates(blocks: list[Block], report: list[CleaningAction]) -> list[Block]:
    grams: set[str] = set()
    seen = _Seen()
    out: list[Block] = []
    for block in blocks:
        text = block.text
        for start, end in sorted(_repeated_runs(text, grams, seen), reverse=True):
            span = _removable(text, start, end)
            if not span:
                continue
            s, e = span
            removed = text[s:e]
            cut_mid_sentence = s > 0 and not re.search(r"[。！？][”’」』）]*$", text[:s])
            rule = "dedupe.paragraph" if s == 0 and e == len(text) else "dedupe.sentences"
            report.append(CleaningAction(rule, "removed", block.lines, removed,
                                         "text already printed earlier in the source (repeated after a page break "
                                         "or pasted twice)"))
            text = text[:s] + text[e:]
            if cut_mid_sentence and s == len(text):
                text += "……"
                report.append(CleaningAction("mark.truncated", "replaced", block.lines, text[-20:],
                                             "the sentence is cut off in the source; an ellipsis marks the gap"))
        if text.strip():
            block.text = text
            out.append(block)
        for p in range(max(0, len(block.text) - GRAM + 1)):
            grams.add(block.text[p:p + GRAM])
        seen.add(block.text)
    return out

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
ENDS_SENTENCE_RE = re.compile(r"[。！？][”’」』）]*$")


def _sentence_bounds(text: str) -> tuple[set[int], set[int]]:
    """Sentence start and end offsets (end = index just past the closing punctuation)."""
    starts, ends = {0}, {len(text)}
    for m in SENT_END_RE.finditer(text):
        ends.add(m.end())
        starts.add(m.end())
    return starts, ends


# Repeats are found in one of two ways; both give the same runs.
# - A sparse index (the default): the GRAM-grams that start at every INDEX_STEP-th character of each earlier
#   block, probed with the grams at every PROBE_STEP-th character of the new block. The steps are coprime and
#   their product is at most MIN_RUN - GRAM + 1, so any MIN_RUN characters the two share hold an indexed gram at
#   a probed offset (Chinese remainder theorem): no repeat that can be removed is missed. A hit is extended to
#   the whole match with the earlier text.
# - Every gram of the earlier blocks: once a probed gram was indexed more than MAX_OCCURRENCES times the source
#   repeats itself a lot (forms with blanks, dot leaders, boilerplate), and extending every hit would cost more.
INDEX_STEP = 5
PROBE_STEP = 3
assert INDEX_STEP * PROBE_STEP <= MIN_RUN - GRAM + 1
MAX_OCCURRENCES = 16


class _Seen:
    """The text of earlier blocks, joined with newlines (only when a candidate repeat needs checking), and
    either a sparse index of its GRAM-grams (offsets in the joined text) or the set of them all."""

    def __init__(self) -> None:
        self._text = ""
        self.pending: list[str] = []
        self.length = 0  # of the joined text, pending parts included
        self.index: dict[str, int] | None = {}  # gram -> first offset; None once every gram is kept
        self.repeats: dict[str, list[int]] = {}  # gram -> its further offsets (one list per repeated gram only)
        self.grams: set[str] = set()

    def add(self, part: str) -> None:
        if self.index is None:
            self.grams.update(part[p:p + GRAM] for p in range(len(part) - GRAM + 1))
        elif len(part) >= MIN_RUN:  # a shorter part cannot hold a repeat that counts
            base = self.length + 1  # after the newline that joins the part on
            for p in range(0, len(part) - GRAM + 1, INDEX_STEP):
                gram, offset = part[p:p + GRAM], base + p
                if self.index.setdefault(gram, offset) != offset:
                    self.repeats.setdefault(gram, []).append(offset)
        self.pending.append(part)
        self.length += 1 + len(part)

    def keep_all_grams(self) -> None:
        """Switch from the sparse index to the set of every gram (grams across a newline never match)."""
        text = self.text
        self.grams = {text[p:p + GRAM] for p in range(len(text) - GRAM + 1)}
        self.index = None

    @property
    def text(self) -> str:
        if self.pending:
            self._text += "\n" + "\n".join(self.pending)
            self.pending = []
        return self._text

    def __contains__(self, needle: str) -> bool:
        return needle in self.text


def _repeated_runs(text: str, seen: _Seen) -> list[tuple[int, int]]:
    """The spans (start, end) of ``text`` that earlier blocks hold too, at least MIN_RUN characters long.

    A span starts where a maximal run of positions whose GRAM-grams occur earlier starts, and is the longest
    text from there that occurs earlier (a run whose first MIN_RUN characters do not occur together gives no
    span). Block texts hold no newline, so a match never straddles two earlier blocks."""
    if len(text) < MIN_RUN:
        return []
    if seen.index is not None:
        runs = _runs_from_index(text, seen, seen.index)
        if runs is not None:
            return runs
        seen.keep_all_grams()
    return _runs_from_grams(text, seen)


def _runs_from_index(text: str, seen: _Seen, index: dict[str, int]) -> list[tuple[int, int]] | None:
    """The runs, found through the sparse index; None if a gram is indexed too often."""
    longest: dict[int, int] = {}  # start -> end of the longest earlier match that starts there
    matched_to: dict[int, int] = {}  # shift (offset in seen - offset in text) -> end of the match found last
    earlier = ""
    for t in range(0, len(text) - GRAM + 1, PROBE_STEP):
        gram = text[t:t + GRAM]
        first = index.get(gram)
        if first is None:
            continue
        offsets = [first, *seen.repeats.get(gram, ())]
        if len(offsets) > MAX_OCCURRENCES:
            return None
        for x in offsets:
            shift = x - t
            if matched_to.get(shift, -1) > t:
                continue  # inside a match already found
            earlier = earlier or seen.text
            s, e = t, t + GRAM  # the gram matches: extend the match both ways as far as the two texts agree
            while s > 0 and s + shift > 0 and text[s - 1] == earlier[s + shift - 1]:
                s -= 1
            while e < len(text) and e + shift < len(earlier) and text[e] == earlier[e + shift]:
                e += 1
            matched_to[shift] = e
            if e - s >= MIN_RUN and e > longest.get(s, -1):
                longest[s] = e
    # A match whose previous character starts a gram seen earlier lies inside a run, not at its start.
    return [(s, e) for s, e in sorted(longest.items()) if s == 0 or text[s - 1:s - 1 + GRAM] not in seen]


def _runs_from_grams(text: str, seen: _Seen) -> list[tuple[int, int]]:
    """The runs, found by marking every position whose gram occurs earlier."""
    marks = [text[p:p + GRAM] in seen.grams for p in range(len(text) - GRAM + 1)]
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
    seen = _Seen()
    out: list[Block] = []
    for block in blocks:
        text = block.text
        for start, end in sorted(_repeated_runs(text, seen), reverse=True):
            span = _removable(text, start, end)
            if not span:
                continue
            s, e = span
            removed = text[s:e]
            cut_mid_sentence = s > 0 and not ENDS_SENTENCE_RE.search(text[:s])
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
        seen.add(block.text)
    return out

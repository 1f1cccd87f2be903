"""A span said by its first and last day apart (春运自2月2日开始，至3月13日结束; 自2026年2月2日起至3月13日止): one
period, not a start and a deadline. Read by the timeline (events.py) and by the periods a text names
(figures/context.named_periods)."""

from __future__ import annotations

import re

from .date_model import DateMatch

_SPAN_END_AFTER = re.compile(r"\s*(?:结束|止)")


def joined_spans(text: str, matches: list[DateMatch]) -> list[DateMatch]:
    """A date from which (自…起/开始) followed by one to which (至…结束/止), both days, as one period."""
    out: list[DateMatch] = []
    for m in matches:
        prev = out[-1] if out else None
        if prev and prev.kind == "since" and m.kind == "deadline" and prev.precision == m.precision == "day" \
                and m.text.startswith(("至", "到")) and re.fullmatch(r"[，,\s]*", text[prev.end:m.start]) \
                and _SPAN_END_AFTER.match(text, m.end) and prev.iso < m.iso:
            out[-1] = DateMatch(prev.start, m.end, f"{prev.iso}/{m.iso}", "day", "period", text[prev.start:m.end])
            continue
        out.append(m)
    return out

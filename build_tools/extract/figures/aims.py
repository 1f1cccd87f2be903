"""A higher aim stated after a target's floor (地区生产总值增长6%以上，力争达到6.5%): the second figure is the same
growth rate aimed higher, not a level of GDP; it changes in the direction of the first."""

from __future__ import annotations

import re

from ...model import Figure

# the clause between the floor and the aim: only the word that raises it (力争达到, 争取达到, 努力实现)
_AIM_BETWEEN = re.compile(r"^[^，,；;。]*?[，,]\s*(?:力争|争取|努力|确保)(?:达到|实现|完成)?\s*$")


def higher_aims(figures: list[Figure]) -> None:
    """Give a bare aimed rate (力争达到6.5%) the direction of the rate of its clause before, same metric and unit."""
    for prev, f in zip(figures, figures[1:], strict=False):
        if f.sentence != prev.sentence or f.direction or not prev.direction or f.unit != prev.unit or \
                f.unit != "%" or f.metric != prev.metric or f.status != prev.status:
            continue
        start = f.sentence.find(prev.text or "") if prev.text else -1
        end = f.sentence.find(f.text or "", start + 1) if f.text and start >= 0 else -1
        if start >= 0 and end > start and _AIM_BETWEEN.match(f.sentence[start + len(prev.text):end]):
            f.direction = prev.direction
            if prev.kind == "growth":  # the same change aimed higher: a growth rate against the same base
                f.kind, f.comparison, f.base_period = prev.kind, prev.comparison, prev.base_period

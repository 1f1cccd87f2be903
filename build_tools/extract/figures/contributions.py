"""Whose contribution a change in percentage points is (used by :func:`.extract_figures`).

A price release follows a category's change with its effect on the index: ``畜肉类价格上涨4.6%，影响CPI上涨约0.13个
百分点`` — the 0.13 points are the contribution of meat prices to the CPI's change, not a change of the CPI. The clause
opening with 影响 (拉动, 带动) names the index; the category is the change before it in the sentence. The row is named
by both (畜肉类价格影响CPI), with that change's subject.
"""

from __future__ import annotations

import re

from ...model import Figure

_EFFECT_CLAUSE = re.compile(r"(?:^|[，,；;：:])\s*(?P<verb>影响|拉动|带动)(?P<what>[^，,；;。]*?)"
                            r"(?:上涨|下降|增长|提高|降低|上升|回落|下拉|上拉)?(?:约|近|超过)?$")


def name_contributions(figures: list[Figure]) -> None:
    """Name each contribution (a change in 个百分点 whose clause opens with 影响/拉动/带动) of ``figures`` (one
    paragraph's, in reading order) after the change in % before it in its sentence."""
    for k, f in enumerate(figures):
        if f.unit != "个百分点" or not k:
            continue
        prev = figures[k - 1]
        if prev.sentence != f.sentence or prev.unit != "%" or prev.kind != "growth":
            continue
        start = f.sentence.find(prev.text)
        at = f.sentence.find(f.text, start + len(prev.text)) if start >= 0 else -1
        m = _EFFECT_CLAUSE.search(f.sentence, start + len(prev.text), at) if at > 0 else None
        if m and m.group("what"):
            f.metric = prev.metric + m.group("verb") + m.group("what").strip()
            f.subject = prev.subject

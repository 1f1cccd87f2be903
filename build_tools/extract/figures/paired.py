"""Paired flows named once (一般债务还本2.10亿元、付息1.02亿元; 需偿还政府债务本金7.85亿元、利息3.02亿元): the second
item of a fixed pair (还本/付息, 本金/利息, 收入/支出), said bare right after the first, is of the same owner as the
first (一般债务付息, 政府债务利息), not a figure of its own kind without one."""

from __future__ import annotations

from ...model import Figure

# (first, second) of pairs said together, the second bare after the first
_PAIRS = (("还本", "付息"), ("本金", "利息"), ("收入", "支出"), ("支出", "收入"))


def name_paired(figures: list[Figure]) -> None:
    """Give the bare second item of a pair the owner of the first, when it follows it in the same sentence, joined
    by 、 or ，."""
    for first, second in zip(figures, figures[1:], strict=False):
        if first.sentence != second.sentence or not first.text or not second.text:
            continue
        for a, b in _PAIRS:
            if second.metric != b or not first.metric.endswith(a) or len(first.metric) <= len(a):
                continue
            end = first.sentence.find(first.text)
            start = first.sentence.find(b + second.text, end + len(first.text)) if end >= 0 else -1
            if start >= 0 and first.sentence[end + len(first.text):start] in ("、", "，", ","):
                second.metric = first.metric[:-len(a)] + b

"""A sentence that breaks the figures of the one before down (其中，…): its parts share what the whole is."""

from __future__ import annotations

from ...model import Figure


def estimated_parts(found: list[Figure], previous: list[Figure]) -> None:
    """经测算，2025年全市需发放育儿补贴约2.6亿元。其中，中央财政补助资金约2.1亿元: the parts of an estimate of one
    period are estimates of that period too (not a measure's standing rule, nor an amount without a year)."""
    periods = {f.period for f in previous}
    if not previous or any(f.status != "forecast" for f in previous) or len(periods) != 1:
        return
    for f in found:
        if f.status in ("requirement", "actual") and not f.direction:
            f.status, f.is_target, f.period = "forecast", False, f.period or next(iter(periods))

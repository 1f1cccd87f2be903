"""A sentence that breaks the figures of the one before down (其中，…): its parts share what the whole is."""

from __future__ import annotations

import re

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


_SPAN_TO_QUARTER_END = re.compile(r"(?P<y>\d{4})-(?P<a>\d{2})/(?P=y)-(?P<b>03|06|09|12)")
_AGAINST_LAST_QUARTER = re.compile(r"^(?:比|较|与)?上(?:一个?)?季度")


def quarter_compared(found: list[Figure]) -> None:
    """1-9月，…。全市生活垃圾回收利用率达到41.5%，比上季度提高1.2个百分点: a figure compared with the quarter before is
    a quarter's (2025-07/2025-09, not the months carried from the sentence before), and so is the level it changes."""
    for f in found:
        m = _SPAN_TO_QUARTER_END.fullmatch(f.period) if _AGAINST_LAST_QUARTER.match(f.comparison or "") else None
        if not m or int(m.group("b")) - int(m.group("a")) <= 2:
            continue
        span, end = f.period, int(m.group("b"))
        quarter = f"{m.group('y')}-{end - 2:02d}/{m.group('y')}-{end:02d}"
        for g in found:
            if g.metric == f.metric and g.period == span:
                g.period = quarter
        f.base_period = f"{m.group('y')}-{end - 5:02d}/{m.group('y')}-{end - 3:02d}" if end > 3 else f.base_period

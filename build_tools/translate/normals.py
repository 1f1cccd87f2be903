"""A change against the climatological normal (比常年, 比常年同期) as the China Meteorological Administration's China
Climate Bulletin says it: "0.8 °C higher than normal", "14% less than normal", "15 more than normal", "1.1 fewer
than normal" (holdout23/expected_english.yml, written from the CMA's English; "normal" is the 1991-2020 mean), not
"up 0.8 °C compared with the long-term average". Water bulletins' 比多年平均 keeps the glossary's "compared with the
long-term average" (another norm, another publisher). Project rendering after the CMA (review_2026-12-b)."""

from __future__ import annotations

import re

from ..model import Figure

NORMALS = ("比常年", "较常年", "比常年同期", "较常年同期")
TEMPERATURES = ("℃", "°C")
# counted things are fewer, amounts less (days, stations, events vs millimeters, hours, percent)
COUNTED = ("天", "日", "个", "次", "场", "站")
WORDED_RE = re.compile(r"^(?:up |down |\+)(?P<value>\S.*)$")
RANGED_RE = re.compile(r"^(?:growth|an? (?:increase|decrease|decline)|decline|increase|decrease) of "
                       r"(?P<value>(?:about |around |nearly )?\d.*)$")


def against_normal(fig: Figure, amount: str) -> str | None:
    """``amount`` (the row's "up 0.8 °C", "down 14%", "+5%") against the normal, or None when the figure is no
    change against the climatological normal."""
    if fig.comparison.strip() not in NORMALS or fig.kind != "growth" or fig.direction not in ("up", "down"):
        return None
    m = WORDED_RE.match(amount) if not fig.qualifier else None
    if m is None and fig.qualifier.strip().startswith(("至", "左右", "约", "近")):
        m = RANGED_RE.match(amount)  # 偏多1～2成: "10-20% more than normal"; 偏高1℃左右: "about 1 °C higher …"
    if m is None:
        return None
    unit = fig.unit.strip()
    if unit in TEMPERATURES:
        word = "higher" if fig.direction == "up" else "lower"
    elif fig.direction == "up":
        word = "more"
    else:
        word = "fewer" if unit.endswith(COUNTED) else "less"
    return f"{m['value']} {word} than normal"

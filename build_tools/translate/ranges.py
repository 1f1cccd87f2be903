"""Ranges of a key-figure row in English: the extraction keeps a range's upper bound as the figure's qualifier
(2%至3.5%, 2—3个: value 2, qualifier 至3.5%); the row says '2-3.5%', 'CNY 10-20 million', 'growth of 6-6.5%'
(after GWR 2019/223 "GDP growth of 6–6.5 percent", with the project's "%" and hyphen)."""

from __future__ import annotations

import re

from ..model import Figure
from .glossary import Glossary
from .numbers import quantity

# A range: the extraction keeps the upper bound as the qualifier (2%至3.5%, 2—3个: value 2, qualifier 至3.5%).
RANGE_RE = re.compile(r"^(?:至|到|—|－|-|~|～)(?P<n>\d+(?:\.\d+)?)(?P<unit>.*)$")
NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?(?: (?:million|billion|trillion))?")


def range_text(fig: Figure, noun: str, price: bool, glossary: Glossary) -> str | None:
    """'2-3.5%', 'CNY 1,000-2,000', 'growth of 6-6.5%' for a range whose bounds share the unit; None otherwise."""
    m = RANGE_RE.match(fig.qualifier.strip())
    if not m or m.group("unit").strip() not in ("", fig.unit.strip()) or float(m.group("n")) <= fig.value:
        return None
    low = quantity(fig.value, fig.unit, glossary, noun=noun)
    high = quantity(m.group("n"), fig.unit, glossary, noun=noun)
    low_n = NUMBER_RE.search(low or "")
    high_n = NUMBER_RE.search(high or "")
    if not low or not high or not low_n or not high_n:
        return None
    low_text, scale = low_n.group(), high_n.group().partition(" ")[2]
    if scale and low_text.endswith(" " + scale):  # CNY 10-20 million: the scale said once
        low_text = low_text.removesuffix(" " + scale)
    text = f"{high[:high_n.start()]}{low_text}-{high[high_n.start():]}"
    if fig.kind != "growth":
        return text
    up = "a rise" if price else "growth"  # prices rise, they do not grow (rows.PRICE_RE)
    return f"{up if fig.direction != 'down' else 'a decrease'} of {text}"

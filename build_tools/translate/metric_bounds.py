"""Counts of a class bounded by a measure (R&D经费超过50亿元的行业, R&D经费投入超过100亿元的设区市,
R&D经费投入强度超过全省平均水平的设区市): "<class> with <measure> above <bound>" (project frame), when the
measure and the class render. The bound in yuan is said in billions or ten-thousands as the figures are (CNY 5
billion, CNY 200,000); an average is the whole region's (the provincial average)."""

from __future__ import annotations

import re
from collections.abc import Callable

_BOUNDED = re.compile(r"^(?P<what>.{2,24}?)(?:投入)?(?:超过|高于|大于)(?:(?P<n>\d+(?:\.\d+)?)(?P<unit>亿元|万元|元|%)|"
                      r"全(?P<scope>[省市县区])(?:平均水平|平均值|平均))的(?P<who>[^的\d]{1,8})$")
_SCOPES = {"省": "provincial", "市": "city", "县": "county", "区": "district"}


def _amount(n: str, unit: str) -> str:
    if unit == "%":
        return f"{float(n):g}%"
    yuan = float(n) * {"亿元": 1e8, "万元": 1e4}.get(unit, 1)
    if yuan >= 1e9:
        return f"CNY {yuan / 1e9:g} billion"
    return f"CNY {yuan / 1e6:g} million" if yuan >= 1e6 else f"CNY {yuan:,.0f}"


def bounded_class(zh: str, noun: Callable[[str], str | None]) -> str | None:
    """English of a class bounded by a measure, or None; ``noun`` renders the measure and the class."""
    m = _BOUNDED.match(zh)
    if not m:
        return None
    what, who = noun(m.group("what")), noun(m.group("who"))
    if not what or not who:
        return None
    bound = (_amount(m.group("n"), m.group("unit")) if m.group("n")
             else f"the {_SCOPES[m.group('scope')]} average")
    return f"{who} with {what[:1].lower() + what[1:] if what[1:2].islower() else what} above {bound}"

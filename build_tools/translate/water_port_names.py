"""Names of a port's areas and of reservoirs (鹭岙港区, 双屿港区; 鹤垄水库, 青溪水库): "<Pinyin> Port Area" (the
usage of port authorities' English pages, project rendering) and "<Pinyin> Reservoir" (MWR bulletins' usage,
project rendering); a kind (各港区, 主要港区, 大中型水库, 病险水库) is no name."""

from __future__ import annotations

import re

from .pinyin import join_syllables, syllables

_NAMED = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?P<kind>港区|水库)")
_KINDS = re.compile(r"^(?:各|全|主要|重点|其他|其余|老|新|大|中|小|病险|骨干|山塘|塘坝)|型$|[市县区镇乡]$")
_ENGLISH = {"港区": "Port Area", "水库": "Reservoir"}


def port_or_reservoir_en(zh: str) -> str | None:
    """鹭岙港区 -> "Lu'ao Port Area", 鹤垄水库 -> 'Helong Reservoir'; None for a kind or another name."""
    m = _NAMED.fullmatch(zh)
    if m is None or _KINDS.search(m.group("name")):
        return None
    return f"{join_syllables(syllables(m.group('name')))} {_ENGLISH[m.group('kind')]}"


def port_or_reservoir_kind(zh: str) -> bool:
    """各港区, 主要港区, 病险水库: a kind of port area or reservoir, no name (not a district 主要港区)."""
    m = _NAMED.fullmatch(zh)
    return m is not None and bool(_KINDS.search(m.group("name")))

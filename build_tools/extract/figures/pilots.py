"""Entities selected for a pilot (每年遴选100家中小企业开展数字化转型试点, 选择5个乡镇开展集中供暖示范): the figure
counts the pilots, not the entities at large; the metric names the pilot and, with 每年, that it is each year's
(数字化转型试点中小企业, 每年…). Used by :func:`.sentence._analyse_sentence`."""

from __future__ import annotations

import re

from .quantities import _Num
from .text import _clause_start

_SELECTED = re.compile(r"(?P<each>每年)?[^，,；;。\d]{0,4}?(?:遴选|选择|选取|选定|确定|择优|推荐)(?:支持)?\s*$")
_PILOT_AFTER = re.compile(r"\s*(?P<noun>[^，,；;。\d]{1,10}?)\s*(?:开展|参与|参加|实施|进行|作为)\s*"
                          r"(?P<what>[^，,；;。\d]{2,16}?)(?P<kind>试点|示范)(?:工作|建设)?\s*(?=$|[，,；;。])")


def selected_pilots(s: str, nums: list[_Num]) -> None:
    """A count after 遴选/选择 whose noun comes after the number and then 开展…试点: the pilot's entities."""
    for num in nums:
        if num.role != "figure" or num.kind != "count":
            continue
        pilot = _PILOT_AFTER.match(s, num.end)
        chosen = _SELECTED.search(s, _clause_start(s, num.start), num.start)
        if pilot and chosen:
            each = "每年" if chosen.group("each") else ""
            what, noun = (re.sub(r"\s+", "", pilot.group(g)) for g in ("what", "noun"))
            num.metric = f"{each}{what}{pilot.group('kind')}{noun}"

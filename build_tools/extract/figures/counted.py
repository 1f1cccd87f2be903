"""What a count after its number counts (used by :func:`.sentence._analyse_sentence`).

Entities selected for a pilot (每年遴选100家中小企业开展数字化转型试点, 选择5个乡镇开展集中供暖示范): the figure
counts the pilots, not the entities at large; the metric names the pilot and, with 每年, that it is each year's
(数字化转型试点中小企业, 每年…). Projects a fund supports (争取专项债券资金6.5亿元，支持…等12个项目建设): the
projects supported (支持项目), not "project construction"."""

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


# 支持/资助/保障 … 等12个项目建设: the projects (their construction is what the support is for)
_SUPPORTED = re.compile(r"(?:支持|资助|保障|扶持)[^，,；;。]{0,60}?等?\s*$")
_PROJECTS_BUILT = re.compile(r"^(?P<noun>项目|工程)(?:建设|实施)$")


def supported_projects(s: str, nums: list[_Num]) -> None:
    """A count of 项目建设 after 支持…等: 支持项目; after no such verb, the projects (项目)."""
    for num in nums:
        m = _PROJECTS_BUILT.match(num.metric) if num.role == "figure" and num.kind == "count" else None
        if m and s[num.end:].lstrip().startswith(num.metric):
            supported = _SUPPORTED.search(s, _clause_start(s, num.start), num.start)
            num.metric = ("支持" if supported else "") + m.group("noun")

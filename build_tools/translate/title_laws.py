"""The subject of a people's congress standing committee's law enforcement inspection report (执法检查报告):
检查《中华人民共和国水污染防治法》实施情况 -> "the Inspection of the Implementation of the Law of the People's Republic
of China on the Prevention and Control of Water Pollution" (project rendering of the frame; the law's English from
the glossary, else the subject stays marked: never word by word)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .titles import TitleRenderer

INSPECTED_LAW_RE = re.compile(r"^(?:检查|开展)?《(?P<law>[^》]{2,40})》(?:贯彻)?(?:实施|执行)情况(?:执法检查)?$")


def inspected_law(renderer: TitleRenderer, zh: str) -> str | None:
    """检查《…法》实施情况 -> 'the Inspection of the Implementation of the <law>'; None unless the law renders."""
    m = INSPECTED_LAW_RE.match(zh)
    law = renderer.phrase(m.group("law")) if m else None
    if not m or not law:
        return None
    inspected = "the Inspection of " if zh.startswith(("检查", "开展")) or zh.endswith("执法检查") else ""
    return f"{inspected}the Implementation of the {law}"

"""An extreme and where it occurred, said before its value (最大降雨量出现在石门镇，为312.6毫米; 最高气温出现在7月
18日的…站，为41.2℃): the extreme is the metric and the place its subject, not the metric of the figure before and a
subject reading "最大降雨量出现在石门镇"."""

from __future__ import annotations

import re

_OCCURRED = re.compile(r"(?:^|[，,；;。])\s*(?P<metric>(?:最大|最高|最低|最小|最强|最多|最少|极大)"
                       r"[\u4e00-\u9fff]{1,10}?)(?:出现在|位于|发生在|出现于)(?P<where>[\u4e00-\u9fff（）()]{2,14}?)[，,]\s*(?:为|达|达到|是)?\s*$")


def occurred_at(s: str, start: int) -> tuple[str, str] | None:
    """(metric, place) when the clause before the number at ``start`` names an extreme and where it occurred."""
    m = _OCCURRED.search(s, max(0, start - 40), start)
    return (m.group("metric"), m.group("where")) if m else None

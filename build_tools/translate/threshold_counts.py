"""A count of units whose measure passes a threshold (figures/over_threshold.py names it 降雨量超过100毫米的乡镇):
"townships with rainfall over 100 mm", "stations with over 100 mm" (project renderings in the wording of the China
Meteorological Administration's English releases, "stations with rainfall over 100 mm"). The units counted are read
from a short table; anything else stays untranslated."""

from __future__ import annotations

import re
from collections.abc import Callable

from .glossary import Glossary
from .numbers import quantity

UNITS: dict[str, str] = {
    "站": "stations", "站点": "stations", "雨量站": "rain gauge stations", "监测站": "monitoring stations",
    "气象站": "weather stations", "乡镇": "townships", "镇": "towns", "乡": "townships", "村": "villages",
    "县": "counties", "县区": "counties and districts", "区县": "districts and counties",
    "县（市、区）": "counties (cities, districts)", "街道": "subdistricts", "社区": "communities",
    "断面": "monitoring sections", "点位": "monitoring sites", "城市": "cities", "河段": "river sections",
    "水库": "reservoirs", "企业": "enterprises", "学校": "schools",
}
COUNT_RE = re.compile(r"^(?P<measure>[\u4e00-\u9fff]{0,8}?)(?P<cmp>超过|达到|高于|低于|不足|大于|小于|在)"
                      r"(?P<value>\d+(?:\.\d+)?)(?P<unit>[^\d的]{1,6}?)(?P<post>及以上|以上|以下)?的(?P<noun>[^的]{1,8})$")
CMP = {"超过": "over {v}", "大于": "over {v}", "高于": "over {v}", "达到": "of at least {v}", "低于": "below {v}",
       "小于": "below {v}", "不足": "below {v}"}


def threshold_count(zh: str, glossary: Glossary, render: Callable[[str], str | None]) -> str | None:
    """降雨量超过100毫米的乡镇 -> 'townships with rainfall over 100 mm'; None unless every part renders."""
    m = COUNT_RE.match(zh)
    if not m or m.group("noun") not in UNITS:
        return None
    amount = quantity(float(m.group("value")), m.group("unit"), glossary)
    measure = render(m.group("measure")) if m.group("measure") else ""
    if amount is None or measure is None:
        return None
    post = m.group("post") or ""
    if m.group("cmp") == "在":
        if not post:
            return None
        bound = f"of {amount} or {'less' if post == '以下' else 'more'}"
    else:
        bound = CMP[m.group("cmp")].format(v=amount)
    return f"{UNITS[m.group('noun')]} with {measure + ' ' if measure else ''}{bound}"

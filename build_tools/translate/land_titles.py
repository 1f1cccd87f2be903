"""Title frames of land expropriation documents (used by report_titles.py), a genre every county portal publishes
in a few fixed shapes (the 2019 Land Administration Law, Articles 47-48: the pre-announcement, the compensation and
resettlement plan, the announcement of expropriation):

- ``青禾县2025年第三批次城镇建设用地征收土地补偿安置方案`` -> "Compensation and Resettlement Plan for Land
  Expropriation for Urban Construction in Qinghe County (Third Batch of 2025)";
- ``…征收土地预公告`` -> "Pre-Announcement of Land Expropriation …"; ``…征收土地公告`` -> "Announcement of Land
  Expropriation …".

Wording: the English of the Land Administration Law as the NPC publishes it ("compensation and resettlement plan
for land expropriation", "land for construction"); the frames themselves are project renderings. Each frame
returns None unless the place renders.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .periods import ordinal
from .title_tables import ORDINAL_WORDS
from .title_words import cn_int

if TYPE_CHECKING:
    from .titles import TitleRenderer

LAND_RE = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{1,12}?(?:自治州|自治县|市|县|区|州|旗))?(?:(?P<year>\d{4})年度?)?"
    r"(?:第(?P<batch>[一二三四五六七八九十]{1,3}|\d{1,2})批次?)?(?P<use>城镇建设用地|城市建设用地|村庄建设用地|"
    r"建设用地|单独选址建设项目用地)?(?:征收土地|土地征收|征地)(?P<kind>补偿安置方案|预公告|公告)$")
USES = {"城镇建设用地": " for Urban Construction", "城市建设用地": " for Urban Construction",
        "村庄建设用地": " for Village Construction", "建设用地": " for Construction",
        "单独选址建设项目用地": " for Separately Sited Construction Projects"}
KINDS = {"补偿安置方案": "Compensation and Resettlement Plan for Land Expropriation",
         "预公告": "Pre-Announcement of Land Expropriation", "公告": "Announcement of Land Expropriation"}


def land_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """A land expropriation document's own title (see the module's docstring), or None."""
    m = LAND_RE.match(zh)
    if not m or not (m.group("place") or m.group("year") or m.group("use")):
        return None  # (征地公告 alone is too bare to be this genre's title)
    place = renderer.region(m.group("place")) if m.group("place") else ""
    if place is None:
        return None
    batch = m.group("batch")
    n = (int(batch) if batch.isdigit() else cn_int(batch)) if batch else 0
    if batch and not 0 < n < 100:
        return None
    when = " ".join(p for p in ((f"{ORDINAL_WORDS.get(n) or ordinal(n)} Batch" if n else ""),
                                (f"of {m.group('year')}" if n and m.group("year") else m.group("year") or "")) if p)
    text = KINDS[m.group("kind")] + USES.get(m.group("use") or "", "") + (f" in {place}" if place else "")
    return text + (f" ({when})" if when else "")

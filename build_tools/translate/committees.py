"""The self-governing committees of a village or an urban community in English (issue 12: names): 枫湾村村民委员会
"Fengwan Villagers' Committee", 云溪镇枫湾村村民委员会 "Fengwan Villagers' Committee, Yunxi Town", 柳岸社区居民委员会
"Liu'an Residents' Committee" (a 社区 is no district)."""

from __future__ import annotations

import re
from collections.abc import Callable

# the self-governing committees of a village or an urban community (the Organic Law of the Villagers Committees,
# the Organic Law of the Urban Residents Committees, in the NPC's English: "villagers committee", "residents
# committee"; written with the possessive apostrophe, P)
GRASSROOTS_RE = re.compile(r"(?P<upper>[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道))?(?P<unit>[\u4e00-\u9fff]{1,8}?)"
                           r"(?P<kind>村民委员会|村委会|居民委员会|居委会)")
GRASSROOTS = {"村民委员会": "Villagers' Committee", "村委会": "Villagers' Committee",
              "居民委员会": "Residents' Committee", "居委会": "Residents' Committee"}


def committee_en(zh: str, region: Callable[[str], str | None], specific: Callable[[str], str | None]) -> str | None:
    """The committee's English, or None; ``region`` renders a place (names.region_en), ``specific`` romanizes a
    name without its generic (names._specific)."""
    committee = GRASSROOTS_RE.fullmatch(zh)
    if not committee:
        return None
    name = re.sub(r"(?:村|社区)$", "", committee.group("unit"))
    village = committee.group("kind").startswith("村")
    unit = region(name + "村") if village else specific(name)
    upper = region(committee.group("upper")) if committee.group("upper") else ""
    if not unit or upper is None:
        return None
    return f"{unit.removesuffix(' Village')} {GRASSROOTS[committee.group('kind')]}" + (f", {upper}" if upper else "")

"""Village collective economies (村级集体经济发展壮大: a county's news of the year; an untuned document, measured first;
then this vocabulary): income totals and averages, villages counted by income band, operating income's share, the
funds and projects supporting them. Official wording: "collective economies" (集体经济, GWR 2020/323, 2022/429),
"rural residential land" (宅基地, GWR 2019/480), assets "sitting idle ... put into good use" (盘活闲置, GWR 2022/243);
"village collective income" as metric_tables names 村集体经济收入 (P); the rest are project renderings ("P")."""

from __future__ import annotations

import re
from decimal import Decimal

from ..numbers import english_number

_COLL = "GWR 2020/323, P"

COLLECTIVE_ECONOMY_EXACT: dict[str, tuple[str, str]] = {
    "行政村集体经济总收入": ("total village collective income", _COLL),
    "村级集体经济总收入": ("total village collective income", _COLL),
    "集体经济总收入": ("total village collective income", _COLL),
    "集体经济年收入": ("annual village collective income", _COLL),
    "行政村集体经济年收入": ("annual village collective income", _COLL),
    "所有行政村集体经济年收入": ("annual collective income of every village", _COLL),
    "村集体收入": ("village collective income", _COLL),
    "行政村集体经济收入": ("village collective income", _COLL),
    "村集体经济收入总额": ("total village collective income", _COLL),
    "所有行政村村集体经济收入总额": ("total collective income of all villages", _COLL),
    "每个行政村集体经济收入": ("collective income of each village", _COLL),
    "每个村集体经济收入": ("collective income of each village", _COLL),
    "每个行政村集体经营性收入": ("collective operating income of each village", _COLL),
    "行政村集体经营性收入": ("village collective operating income", _COLL),
    "村均收入": ("average collective income per village", _COLL),
    "村均集体经济收入": ("average collective income per village", _COLL),
    "经营性收入": ("operating income", "P"),
    "经营性收入占集体经济总收入的比重": ("share of operating income in total village collective income", _COLL),
    "村集体领办合作社": ("cooperatives run by village collectives", _COLL),
    "发展村集体领办合作社": ("cooperatives run by village collectives set up", _COLL),
    "盘活闲置农房和宅基地": ("idle rural houses and residential land put into use", "GWR 2019/480, 2022/243, P"),
    # (an increase named, 户均增收2100元: the row says "up CNY 2,100")
    "农户户均增收": ("average income per farming household", "GWR 2020/320, P"),
    "带动农户户均增收": ("average income per farming household", "GWR 2020/320, P"),
    "村级集体经济扶持资金": ("funds supporting village collective economies", _COLL),
    "县财政安排村级集体经济扶持资金": ("county funds allocated to support village collective economies", _COLL),
    "扶持资金": ("support funds", "P"),
    "扶持项目": ("projects supported", "P"),
}


# villages counted by an income band (收入50万元以上的村, 集体经济收入100万元以上的行政村): "villages with collective
# income of CNY 1 million or more" (as consumption's 50万元以上的村)
_BAND = re.compile(r"^(?:年|村级|村)?(?:集体经济)?(?:年)?(?:收入|经营性收入)?(?P<n>\d+(?:\.\d+)?)(?P<mag>万|亿)元"
                   r"(?P<side>以上|及以上|以下)的(?:行政)?村$")


def income_band_metric(zh: str) -> str | None:
    """收入100万元以上的村 -> 'villages with collective income of CNY 1 million or more'; None for anything else."""
    m = _BAND.match(zh)
    if not m:
        return None
    amount = english_number(Decimal(m.group("n")) * (10_000 if m.group("mag") == "万" else 100_000_000))
    side = "or less" if m.group("side") == "以下" else "or more"
    operating = "operating " if "经营性" in zh else "collective "
    return f"villages with {operating}income of CNY {amount} {side}"

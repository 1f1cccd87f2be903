"""The rules of the second round of domain vocabularies (finance, energy, justice, culture,
science, city services, farming), tried by rules.domain_metric after its own: an outstanding balance of a kind of
credit (绿色贷款余额), a source of power before generation or capacity (光伏发电量, 风电装机容量), a kind of case
(法律援助案件), a graded tourist attraction (5A级旅游景区), a kind of patent before its head (实用新型专利授权量), a
count per 10,000 people without 每 (万人高价值发明专利拥有量), the floor space of a kind of building (装配式建筑
面积), the 12345 hotline's measures, and the rate of what is sorted or used (生活垃圾分类覆盖率, 秸秆综合利用率).
Each returns None unless every part renders.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .bulletin_rules import bulletin_metric
from .bulletin_rules import unsourced as bulletin_unsourced
from .cityservice import HOTLINE_HEADS
from .courts import honoured
from .energy import POWER_SOURCES
from .justice import CASE_KINDS, CASE_OBJECTS, CASE_VERBS
from .people_rules import people_metric
from .people_rules import unsourced as people_unsourced
from .prices import INDUSTRIES, price_metric
from .science import PATENT_HEADS, PATENT_KINDS

CAPACITY = ("装机容量", "装机规模")
# Hotlines by the names bulletins give them; project renderings.
HOTLINES: dict[str, str] = {"12345热线": "12345 hotline", "12345政务服务便民热线": "12345 hotline",
                            "12345市民服务热线": "12345 hotline", "12345市民热线": "12345 hotline"}
# The rate of what is sorted, recycled or used (project renderings, after the existing 综合利用率 names).
RATE_OF: dict[str, str] = {"分类覆盖率": "coverage rate of {} sorting", "覆盖率": "coverage rate of {}",
                           "回收利用率": "recycling rate of {}", "综合利用率": "comprehensive utilization rate of {}",
                           "资源化利用率": "resource utilization rate of {}"}
GRADED_SITE_RE = re.compile(r"^(?P<grade>[1-5])A级(?:旅游)?景区$")


def _power(zh: str) -> str | None:
    for source in sorted(POWER_SOURCES, key=len, reverse=True):
        if not zh.startswith(source):
            continue
        capacity, generation = POWER_SOURCES[source]
        rest = zh[len(source):]
        if rest == "发电量":
            return f"{generation} generation"
        if rest in CAPACITY:
            return f"installed {capacity} capacity"
    return None


def _patents(zh: str) -> str | None:
    for kind in sorted(PATENT_KINDS, key=len, reverse=True):
        if zh.startswith(kind) and zh[len(kind):] in PATENT_HEADS:
            return PATENT_HEADS[zh[len(kind):]].format(k=PATENT_KINDS[kind])
    return None


def _case_kinds(zh: str) -> str:
    """The kinds of cases ``zh`` is made of, longest first (一审 + 刑事), in English and in order; "" if any part is
    none."""
    out: list[str] = []
    while zh:
        kind = next((k for k in sorted(CASE_KINDS, key=len, reverse=True) if zh.startswith(k)), None)
        if kind is None:
            return ""
        out.append(CASE_KINDS[kind][0])
        zh = zh[len(kind):]
    return " ".join(out)


def sector_metric(zh: str, noun: Callable[[str], str | None]) -> str | None:
    """The English of ``zh`` by a rule of the second-round domains, or None."""
    if zh.endswith("余额") and zh[:-2].endswith(("贷款", "存款")) and (credit := noun(zh[:-2])):
        return f"outstanding {credit}"  # 绿色贷款余额: the balance of green loans
    found = _power(zh) or _patents(zh)
    if found:
        return found
    if (who := honoured(zh)) is not None:
        return who  # 受到省级以上表彰的集体 (courts.py)
    if zh.endswith("案件") and (kinds := _case_kinds(zh[:-2])):
        return f"{kinds} cases"  # (一审刑事案件: "first trial criminal cases", the kinds in the order written)
    for verb, fmt in CASE_VERBS.items():  # 审结案件 "cases settled", 调解矛盾纠纷 "disputes mediated"
        if zh.startswith(verb) and zh.endswith(CASE_OBJECTS) and (what := noun(zh[len(verb):])):
            return fmt.format(what)
    m = GRADED_SITE_RE.match(zh)
    if m:
        return f"{m.group('grade')}A-level tourist attractions"
    if zh.startswith("万人") and zh.endswith("拥有量") and len(zh) > 5:  # 万人X拥有量: as 每万人口X拥有量
        return noun("每万人口" + zh[2:])
    if zh.endswith("建筑面积") and len(zh) > 5 and (building := noun(zh[:-2])):
        return f"floor space of {building}"  # 装配式建筑面积 (YB 14-23 Floor Space of Buildings)
    for hotline, hotline_en in HOTLINES.items():
        if zh.startswith(hotline) and zh[len(hotline):] in HOTLINE_HEADS:
            return HOTLINE_HEADS[zh[len(hotline):]].format(h=hotline_en)
    for rate in sorted(RATE_OF, key=len, reverse=True):
        if zh.endswith(rate) and len(zh) > len(rate) + 1 and (what := noun(zh[: -len(rate)])):
            return RATE_OF[rate].format(what)
    # 港口完成货物吞吐量: a verb that only says the figure was reached, inside the name (the port's throughput)
    done = zh.find("完成")
    if 0 < done and len(zh) - done > 4 and not zh.endswith(("率", "比例", "比重")):
        return noun(zh[:done] + zh[done + 2:])
    # the census and education domains (people_rules), price releases (prices)
    return people_metric(zh, noun) or price_metric(zh, noun) or bulletin_metric(zh, noun)


def unsourced() -> list[tuple[str, str]]:
    """The rules' words (all project renderings), for metric_sources.unsourced()."""
    return (list(HOTLINES.items()) + list(RATE_OF.items()) + list(CASE_VERBS.items())
            + [(zh, f"{cap} / {gen}") for zh, (cap, gen) in POWER_SOURCES.items()] + people_unsourced()
            + list(INDUSTRIES.items()) + bulletin_unsourced())

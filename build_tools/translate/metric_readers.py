"""Small readers of parts of a metric name: a size band (90平方米及以下), an age band (80至89周岁), an index's base
(上年同期=100), a tax tier (…万元以上的部分)."""

from __future__ import annotations

import re
from collections.abc import Callable

# a size band before what it bounds (90平方米及以下新建商品住宅, 144平方米以上住宅): "(90 square meters or less)"
AREA_BAND_RE = re.compile(r"^(?P<n>\d+(?:\.\d+)?)平方米(?P<bound>及以下|以下|及以上|以上)"
                          r"(?P<rest>[\u4e00-\u9fff]{2,})$")


AREA_BAND_BOUNDS = {"及以下": "or less", "以下": "or less", "及以上": "or more", "以上": "or more"}


TIER_RE = re.compile(r"^[\d.]+万?元以上的部分")


# an age band in brackets after a standard or a count (高龄津贴标准（80至89周岁）, …（100周岁及以上）): "aged 80 to 89",
# "aged 100 and over" (as YB 2-4 "population aged ... and over")
AGE_BAND_RE = re.compile(r"^(?P<a>\d{1,3})(?:[至到—–-](?P<b>\d{1,3}))?周?岁(?P<over>及以上|以上)?$")


def _age_band(zh: str) -> str | None:
    m = AGE_BAND_RE.match(zh)
    if not m or not (m.group("b") or m.group("over")):
        return None
    return f"aged {m.group('a')} to {m.group('b')}" if m.group("b") else f"aged {m.group('a')} and over"


# a group of people named by its age band before it (18至25岁献血者, 0-3岁婴幼儿, 35岁以下青年人才): "blood
# donors aged 18-25", "… aged 35 and under" (YB 2-4 "population aged ... and over"); the population's own bands
# are AGE_RE's
AGE_GROUP_RE = re.compile(r"^(?P<a>\d{1,3})(?:周?岁)?(?:[至到—–~－-](?P<b>\d{1,3}))?周?岁"
                          r"(?P<bound>及以上|以上|及以下|以下)?的?(?P<rest>[\u4e00-\u9fff]{2,12})$")


def age_group(zh: str, noun: Callable[[str], str | None]) -> str | None:
    """18至25岁献血者 -> 'blood donors aged 18-25' when ``noun`` names the group; None else."""
    m = AGE_GROUP_RE.match(zh)
    if not m or "人口" in m.group("rest") or not (who := noun(m.group("rest"))):
        return None
    # the age is the group's, before what they receive (0-6岁残疾儿童接受康复救助: "children with disabilities aged
    # 0-6 receiving rehabilitation assistance")
    group, rest = (who[:cut.start()], who[cut.start():]) if (cut := _GROUP_END.search(who)) else (who, "")
    if m.group("b"):
        return f"{group} aged {m.group('a')}-{m.group('b')}{rest}"  # (as AGE_RE's population aged 0-14, YB 2-4)
    bound = m.group("bound") or ""
    if not bound:
        return None  # (25岁献血者: one age, rare and ambiguous as a group)
    return f"{group} aged {m.group('a')} and " + ("over" if "上" in bound else "under") + rest


_GROUP_END = re.compile(r" (?=receiving |covered by |fitted with |provided with |given )")


# an index's base in brackets (居民消费价格指数（上年同期=100）, 工业生产者出厂价格指数（2020年=100）): the yearbook's
# convention for price indices, project rendering after YB 5-1 "Price Indices" (the base said as the yearbook does)
INDEX_BASES = {"上年同期": "same period of the preceding year", "上年": "preceding year", "去年同期":
               "same period of the preceding year", "上月": "preceding month"}


def _index_base(zh: str) -> str | None:
    m = re.fullmatch(r"(?P<base>.+?)\s*=\s*100", zh)
    if not m:
        return None
    year = re.fullmatch(r"((?:19|20)\d{2})年?", m.group("base"))
    base = year.group(1) if year else INDEX_BASES.get(m.group("base"))
    return f"{base} = 100" if base else None

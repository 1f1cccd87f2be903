"""A count per head of population (按照每万名城镇常住人口拥有18名社区工作者的标准, 每千人口拥有执业医师3.2人): the
figure is a ratio, not a number of people; its metric keeps the population it is per (used by
:func:`.sentence._analyse_sentence`)."""

from __future__ import annotations

import re

from .quantities import _Num
from .text import _clause_start

_BOUND_TAIL = re.compile(r"(?:不得|不应)?(?:不低于|不少于|不高于|达到|达|为|超过)$")
# 每万名城镇常住人口拥有 | 每千人口 | 每百户居民拥有 right before the number (the counted noun after it)
_PER_POPULATION = re.compile(r"每\s*(?P<per>[十百千万]+)\s*(?:名|个|户|位)?\s*"
                             r"(?P<pop>[^，,；;。\d每]{0,10}?(?:人口|人|居民|户|学生|儿童|老年人|职工))?\s*"
                             r"(?P<verb>拥有|配备|有)?\s*$")


_ACHIEVED_LEAD = re.compile(r"^(?:完成|实现|达到|开展|落实)(?=[\u4e00-\u9fff]{2})")


def per_population(s: str, nums: list[_Num]) -> None:
    """A count of people or things right after 每万名…拥有 (its metric from the noun after the number): the metric
    names the population (每万名城镇常住人口拥有社区工作者)."""
    for num in nums:
        if num.kind != "count" or not num.metric or num.metric.startswith("每"):
            continue
        m = _PER_POPULATION.search(s, _clause_start(s, num.start), num.start)
        if not m or not (m.group("pop") or m.group("verb")):
            continue
        per = re.sub(r"\s+", "", m.group())
        # (抽检量不低于每千人4批次: the per phrase and its bound were read into the name before the number)
        name = _BOUND_TAIL.sub("", num.metric.removesuffix(per)) if num.metric.endswith(per) else num.metric
        # (全年完成抽检量不低于每千人4批次: the verb of the clause is no part of the name after the per phrase)
        num.metric = per + _ACHIEVED_LEAD.sub("", name)


# 民营经济贡献了全市50%以上的税收、60%以上的地区生产总值: the part's shares of each whole named after the number
_CONTRIBUTED = re.compile(r"(?P<part>[\u4e00-\u9fff]{2,12}?)(?:贡献了|贡献|创造了|提供了|撑起了|吸纳了|占据了|占有)")
_WHOLE_AFTER = re.compile(r"\s*(?:以上|左右|多|以下|之多)?\s*的\s*(?P<whole>[\u4e00-\u9fff]{2,12}?)"
                          r"(?=$|[、，,；;。和及（(]|以及)")
_WHOLE_BEFORE = re.compile(r"\s*(?:全市|全县|全区|全省|全国|全州)?(?P<whole>[\u4e00-\u9fff]{2,12}?)\s*的\s*")
_REGION_WORD = re.compile(r"^(?:全市|全县|全区|全省|全国|全州|我市|我县|我区|我省)")


def contributed_shares(s: str, nums: list[_Num]) -> None:
    """A share of a whole named after the number (民营经济贡献了全市50%以上的税收、60%以上的地区生产总值): the figure
    is the part's share of that whole (民营经济占税收比重), not a value of the part nor of the whole before it."""
    for num in nums:
        if num.cls not in ("percent", "fraction"):
            continue
        start = _clause_start(s, num.start)
        verb = None
        for m in _CONTRIBUTED.finditer(s, start, num.start):
            verb = m  # the last verb of the clause before the number
        whole = _WHOLE_AFTER.match(s, num.end)
        before = _WHOLE_BEFORE.fullmatch(s, verb.end(), num.start) if verb is not None and whole is None else None
        if verb is None or (whole is None and before is None):
            continue
        whole = whole or before  # 规模以上工业企业贡献了全县工业增加值的85%: the whole before 的
        part = _REGION_WORD.sub("", re.sub(r"\s+", "", verb.group("part")))
        num.metric = f"{part}占{whole.group('whole')}比重"
        num.kind = "share"


# 给予每辆最高1.5万元补贴, 每户补助3000元: the unit a grant is per, written before the amount
_PER_UNIT_BEFORE = re.compile(r"(?P<unit>[每单](?:辆车?|台|件|套|户|人|亩|家))[^，,；;。\d]{0,4}$")
_GRANT_METRIC = re.compile(r"(?:补贴|补助|奖励|奖补|资助|贴息)(?:资金|金额)?$")


# 按每平方米30元给予补贴, 按每吨50元的标准给予运费补助: the unit before the amount, the grant after it
_RATE_BASIS = re.compile(r"按(?:照)?(?P<unit>[每单][\u4e00-\u9fff]{1,4}?)(?:的?标准)?$")
_GRANT_GIVEN = re.compile(r"\s*(?:的标准)?(?:给予|予以|发放|进行)"
                          r"(?P<grant>(?:一次性)?[\u4e00-\u9fff]{0,4}?(?:补贴|补助|奖励|奖补|资助))")


# 每家给予不超过50万元的一次性奖励: the grant named after the amount, the verb (and the unit it is per) before it
_GRANT_NAMED_AFTER = re.compile(r"\s*的?(?P<grant>(?:一次性)?(?:补贴|补助|奖励|奖补|资助))")
_GRANTING_ONLY = re.compile(r"^(?P<unit>[每单](?:辆车?|台|件|套|户|人|亩|家|个|所|名))?"
                            r"(?:给予|予以|发放|奖励|补助|补贴)$")


def per_unit_grants(s: str, nums: list[_Num]) -> None:
    """An amount granted per unit (给予每辆最高1.5万元补贴 -> 每辆补贴; 按每平方米30元给予补贴 -> 每平方米补贴): the
    metric keeps the unit it is per, so the row reads "subsidy per vehicle", not a subsidy in total."""
    for num in nums:
        only = _GRANTING_ONLY.match(num.metric) if num.cls == "money" else None
        named = _GRANT_NAMED_AFTER.match(s, num.end) if only else None
        if only and named:  # (每家给予50万元的一次性奖励 -> 每家一次性奖励; 给予每家100万元奖励 -> 每家奖励)
            per = only.group("unit") or ((m := _PER_UNIT_BEFORE.search(s, _clause_start(s, num.start), num.start))
                                         and m.group("unit")) or ""
            num.metric = per + named.group("grant")
            continue
        basis = _RATE_BASIS.search(s, _clause_start(s, num.start), num.start) if num.cls == "money" else None
        given = _GRANT_GIVEN.match(s, num.end) if basis else None
        if basis and given and (num.metric in ("", "标准") or num.metric.startswith("按")):
            num.metric = basis.group("unit") + given.group("grant")
            continue
        if num.cls != "money" or not num.metric or num.metric.startswith(("每", "单")) \
                or not _GRANT_METRIC.search(num.metric):
            continue
        m = _PER_UNIT_BEFORE.search(s, _clause_start(s, num.start), num.start)
        if m and m.group("unit") not in num.metric:  # (…种粮大户每亩补贴30元: the metric says it already)
            num.metric = m.group("unit") + re.sub(r"^(?:给予|发放)", "", num.metric)

"""A count per head of population (按照每万名城镇常住人口拥有18名社区工作者的标准, 每千人口拥有执业医师3.2人): the
figure is a ratio, not a number of people; its metric keeps the population it is per (used by
:func:`.sentence._analyse_sentence`)."""

from __future__ import annotations

import re

from .quantities import _Num
from .text import _clause_start

# 每万名城镇常住人口拥有 | 每千人口 | 每百户居民拥有 right before the number (the counted noun after it)
_PER_POPULATION = re.compile(r"每\s*(?P<per>[十百千万]+)\s*(?:名|个|户|位)?\s*"
                             r"(?P<pop>[^，,；;。\d每]{0,10}?(?:人口|人|居民|户|学生|儿童|老年人|职工))?\s*"
                             r"(?P<verb>拥有|配备|有)?\s*$")


def per_population(s: str, nums: list[_Num]) -> None:
    """A count of people or things right after 每万名…拥有 (its metric from the noun after the number): the metric
    names the population (每万名城镇常住人口拥有社区工作者)."""
    for num in nums:
        if num.kind != "count" or not num.metric or num.metric.startswith("每"):
            continue
        m = _PER_POPULATION.search(s, _clause_start(s, num.start), num.start)
        if not m or not (m.group("pop") or m.group("verb")):
            continue
        num.metric = re.sub(r"\s+", "", m.group()) + num.metric

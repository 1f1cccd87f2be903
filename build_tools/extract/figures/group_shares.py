"""A share of the members of a group said inside the group's name (乡村医生中60岁以上的占31%, 全县企业中小微企业占
92%): the part's share of the whole, named as the other shares are (60岁以上占乡村医生比重)."""

from __future__ import annotations

import re

_PART_OF_GROUP = re.compile(r"(?P<whole>[\u4e00-\u9fff]{2,10}?)中(?P<part>[^，,；;。中]{1,12}?)的?$")
_SHARE_VERB = re.compile(r"占\s*$")


def group_share(s: str, start: int, metric: str, unit: str) -> str:
    """``metric`` named as ``part占whole比重`` when the percentage at ``start`` follows 占 and the metric is
    ``whole中part``; as it is otherwise."""
    if unit != "%" or not _SHARE_VERB.search(s, max(0, start - 3), start):
        return metric
    m = _PART_OF_GROUP.fullmatch(metric)
    return f"{m.group('part')}占{m.group('whole')}比重" if m else metric

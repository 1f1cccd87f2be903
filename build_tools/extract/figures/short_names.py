"""Entities named in full once and short later in the document (a speech names 葭川经济开发区 and 宏远新材料公司 in its
review, then sets 开发区规模以上工业产值突破350亿元 and 宏远新材料产值达到60亿元 as tasks): the short name is the
entity's, its figure the entity's own, not the region's.

A firm is named short by its name without 有限公司/公司/集团; a park by its kind alone (开发区, 高新区) when the
document has named one park of that kind. Only entities named in paragraphs before are known.
"""

from __future__ import annotations

import re

from ...model import Figure

_FIRM = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:股份有限公司|有限责任公司|有限公司|集团公司|公司|集团)")
_PARK_KINDS = ("经济技术开发区", "高新技术产业开发区", "经济开发区", "高新区", "工业园区", "开发区")
_PARK = re.compile(r"([\u4e00-\u9fff]{2,4}?)(" + "|".join(_PARK_KINDS) + ")")
# a level or a kind before a park's kind is no name (省级高新技术产业开发区, 国家级经济技术开发区)
_NOT_A_NAME = re.compile(r"^(?:.*[省市县]级|.*国家级|成功|晋升|为|全[省市县区]|各|本|该|和|与|及)")
_FIRM_NOT_A_NAME = re.compile(r"^(?:.*(?:和|与|及|等|、)|县|市|区|全|各|本|该|国有|民营|外资|上市|龙头)")
# a short park name (开发区), with the kind it stands for
_SHORT_PARKS = {"开发区": ("开发区",), "高新区": ("高新区", "高新技术产业开发区"), "园区": ("工业园区",)}


def _firm(m: re.Match[str]) -> str:
    """The firm's full name, after the last joining word before it (县工信局和宏远新材料公司: 宏远新材料公司)."""
    head = m.group(1)
    cut = max(head.rfind(c) for c in "和与及、")
    return m.group()[cut + 1:]


def known_names(text: str) -> set[str]:
    """The firms (full names) and parks a paragraph names."""
    out = {name for m in _FIRM.finditer(text) if len(name := _firm(m)) >= 4 and not _FIRM_NOT_A_NAME.match(name)}
    out |= {m.group() for m in _PARK.finditer(text) if not _NOT_A_NAME.match(m.group(1))}
    return out


def resolve_short_names(figures: list[Figure], known: set[str]) -> None:
    """Give a figure of the region whose metric opens with a known entity's short name that entity as subject."""
    firms = {m.group(1): name for name in known if (m := _FIRM.fullmatch(name)) and len(m.group(1)) >= 3}
    for f in figures:
        if f.subject:
            continue
        stem = next((s for s in sorted(firms, key=len, reverse=True) if f.metric.startswith(s)
                     and len(f.metric) > len(s)), None)
        if stem:
            f.subject, f.metric = stem, f.metric[len(stem):]
            continue
        for short, kinds in _SHORT_PARKS.items():
            parks = [n for n in known if n.endswith(kinds) and not n.startswith(short)]
            if f.metric.startswith(short) and len(f.metric) > len(short) and len(parks) == 1:
                f.subject, f.metric = parks[0], f.metric[len(short):]
                break

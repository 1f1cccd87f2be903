"""The topic of a traffic police notice of a traffic control during road works (G207国道溟川段改扩建工程施工期间实施
交通管制): "Traffic Control during the Renovation and Expansion of the Mingchuan Section of National Highway G207".
Project renderings (P): the road by its class and number as the national road network names them (国道 National
Highway, 省道 Provincial Highway, 县道 County Road), the section by its place in Pinyin; 改扩建 "renovation and
expansion" after GWR 2010/67 ("built, renovated or expanded")."""

from __future__ import annotations

import re

from .pinyin import expected_place_name

_ROAD_CLASS = {"国道": "National Highway", "省道": "Provincial Highway", "县道": "County Road", "乡道": "Township Road",
               "高速": "Expressway", "高速公路": "Expressway"}
_WORKS = {"改扩建": "Renovation and Expansion", "改造": "Renovation", "提质改造": "Upgrading", "大修": "Major Repair",
          "拓宽": "Widening", "扩建": "Expansion", "新建": "Construction", "": "Construction"}
TRAFFIC_CONTROL_RE = re.compile(r"(?P<road>[GSXY]\d{1,4})(?P<cls>国道|省道|县道|乡道|高速公路|高速)"
                                r"(?P<place>[\u4e00-\u9fff]{2,3}?)段(?P<works>改扩建|提质改造|改造|大修|拓宽|扩建|新建)?"
                                r"工程(?:[（(][^）)]{1,6}[）)])?(?:施工)?期间(?:实施|实行)?交通管制")


def traffic_control_subject(zh: str) -> str | None:
    """The English topic of such a notice's title, or None."""
    m = TRAFFIC_CONTROL_RE.fullmatch(zh.strip())
    if not m:
        return None
    road = f"{_ROAD_CLASS[m.group('cls')]} {m.group('road')}"
    place = expected_place_name(m.group("place"))
    return f"Traffic Control during the {_WORKS[m.group('works') or '']} of the {place} Section of {road}"

"""Counts of a survey's or a monitoring's method, no key figures of what it found: the sample (共获得有效样本12486人，
其中幼儿2514人…; 抽取调查户1800户), the sampling units and points (采用分层随机整群抽样方法，在全市设置监测点42个), the
indicators measured (监测指标包括身体形态、身体机能和身体素质三类共26项) and the places it was carried out in (在全市7个
县（市、区）开展了第六次国民体质监测). What the survey found (达到合格以上等级的人数比例为92.6%) is stated in shares and
measures, not in counts of its own design."""

from __future__ import annotations

import re

# the sentence describes the sampling: a sample or a sampling method (not 新建取水计量监测点126个: points built)
_SAMPLING = re.compile(r"样本|抽样方法|抽样调查方法")
# the clause counts the indicators measured (监测指标包括…共26项, 调查指标23项)
_INDICATORS = re.compile(r"(?:监测|调查|测试|测定)指标")
# the places a survey was carried out in, counted before the survey (在全市7个县（市、区）开展了…监测)
_SURVEYED_PLACES = re.compile(r"在[^，,；;。]{0,4}$")
_SURVEY_AFTER = re.compile(r"[^，,；;。]{0,12}?(?:开展|进行|组织)[^，,；;。]{0,16}?(?:监测|调查|普查|抽查)")
_PLACE_UNITS = ("个", "所", "家")
# every county of a city doing a thing (全市7个县（市、区）和开发区均建立…制度): the number of counties it
# has, no result
# (the villages or towns all reaching a goal, 168个行政村全部建成…, are a result)
_ALL_OF_THEM = re.compile(r"(?:县（市、区）|县（区）|县（市）|县市区|县区)(?:和[^，,；;。\d]{1,6})?均")


def method_count(s: str, clause_start: int, start: int, end: int, unit: str) -> bool:
    """The count at ``s[start:end]`` (unit ``unit``, its clause from ``clause_start``) is of a survey's method."""
    sentence_start = max(s.rfind(c, 0, start) for c in "。；;！？") + 1
    sentence_end = min((i for i in (s.find(c, end) for c in "。；;！？") if i >= 0), default=len(s))
    if _SAMPLING.search(s, sentence_start, sentence_end):
        return True
    if _INDICATORS.search(s, clause_start, start):
        return True
    if unit == "个" and _ALL_OF_THEM.match(s, end):
        return True
    return unit in _PLACE_UNITS and bool(_SURVEYED_PLACES.search(s, clause_start, start)) and bool(
        _SURVEY_AFTER.match(s, end))

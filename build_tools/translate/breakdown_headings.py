"""Headings of statistical communiqués that name a breakdown or one of the figures (issue 12, held-out set 19): the
sections of a funding or census communiqué (分活动类型情况 "By Type of Activity", 按行业分组 "By Industry",
单位基本情况 "Basic Information on Units") and run-in heads that are the name of a statistic (法人单位从业人员 "Persons
Employed in Corporate Units", 财政科学技术支出情况 "Government Expenditure on Science and Technology"), composed by
the metric grammar (metrics.metric_en) and title-cased. ``BREAKDOWNS`` are project renderings after the yearbook's
"by Sector", "by Region", "by Status of Registration" (YB 1-5, 1-6, 1-8); the others P.
"""

from __future__ import annotations

import re

from .title_words import title_case

BREAKDOWNS: dict[str, str] = {
    "行业": "Industry", "产业": "Sector", "三次产业": "Sector", "地区": "Region",
    "县（市、区）": "County (City, District)",
    "县区": "County and District", "登记注册类型": "Registration Status", "企业类型": "Type of Enterprise",
    "活动类型": "Type of Activity", "活动主体": "Performer", "执行主体": "Performer", "机构类型": "Type of Institution",
    "规模": "Size", "隶属关系": "Affiliation",
    # a port's release (分港区情况, 分货类情况) and other breakdowns by place or kind (P)
    "港区": "Port Area", "货类": "Type of Cargo", "区县": "District and County", "乡镇": "Township and Town",
    "类别": "Category", "险种": "Type of Insurance",
}
BASIC_OF: dict[str, str] = {"单位": "Units", "法人单位": "Corporate Units", "从业人员": "Persons Employed"}

# an aspect of a statistic's subject as a report's section (农民工规模和分布, 农民工基本特征, 企业行业分布): "Size and
# Distribution of Rural Migrant Workers" (P, after the yearbook's "Distribution of ..." and "Composition of ...")
ASPECTS: dict[str, str] = {
    "规模和分布": "Size and Distribution of {x}", "规模": "Size of {x}", "分布": "Distribution of {x}",
    "基本特征": "Basic Characteristics of {x}", "主要特征": "Main Characteristics of {x}", "结构": "Structure of {x}",
    "的主要特点": "Main Features of {x}", "主要特点": "Main Features of {x}",  # (投诉举报的主要特点, P)
    "构成": "Composition of {x}", "就业行业分布": "{x} by Industry of Employment", "行业分布": "{x} by Industry",
    "地区分布": "{x} by Region", "年龄结构": "Age Structure of {x}", "收入": "Income of {x}",
}
_ASPECT_RE = re.compile(r"^(?P<x>[\u4e00-\u9fff]{2,10}?)(?P<a>" + "|".join(sorted(ASPECTS, key=len, reverse=True))
                        + r")$")
_BREAKDOWN_RE = re.compile(r"^(?:分|按)(?P<x>[^，,。；;]{2,8}?)(?:分组|分|情况|划分)?$")
_BASIC_RE = re.compile(r"^(?P<x>[\u4e00-\u9fff]{2,6}?)基本情况$")
_SITUATION_RE = re.compile(r"^(?P<x>[^，,。；;]{2,20}?)(?:情况|状况)?$")


def breakdown_heading(zh: str) -> str | None:
    """分活动类型情况 -> 'By Type of Activity'; 单位基本情况 -> 'Basic Information on Units'; a heading that is the
    name of a statistic (with or without 情况) -> that name's English in title case; None otherwise."""
    from .metrics import metric_en

    zh = zh.rstrip("。.")
    m = _BREAKDOWN_RE.fullmatch(zh)
    if m and m.group("x") in BREAKDOWNS:
        return f"By {BREAKDOWNS[m.group('x')]}"
    m = _BASIC_RE.fullmatch(zh)
    if m and m.group("x") in BASIC_OF:
        return f"Basic Information on {BASIC_OF[m.group('x')]}"
    m = _ASPECT_RE.fullmatch(zh)
    subject = metric_en(m.group("x")) if m else None
    if m and subject:
        return ASPECTS[m.group("a")].format(x=title_case(subject[:1].upper() + subject[1:]))
    m = _SITUATION_RE.fullmatch(zh)
    name = metric_en(m.group("x")) if m else None
    return title_case(name[:1].upper() + name[1:]) if name else None

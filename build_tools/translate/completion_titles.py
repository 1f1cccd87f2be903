"""Titles reporting how a year's programme went (issue 12, item 4): ``泓阳市2025年十件民生实事项目完成情况`` ->
"Completion of Hongyang's Ten Practical Projects for People's Wellbeing in 2025"; ``…重点项目建设进展情况`` ->
"Progress of ..."; and a standard or table of a year led by it (``2026年度城乡居民基本医疗保险住院待遇标准`` ->
"Inpatient Benefit Standards of Basic Medical Insurance for ... for 2026"). The subject must be a glossary phrase
(``TitleRenderer.subject``); project renderings (P)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .title_tables import NUMBER_WORDS
from .title_words import cn_int

if TYPE_CHECKING:
    from .titles import TitleRenderer

KINDS = {"完成情况": "Completion", "实施情况": "Implementation", "执行情况": "Execution", "落实情况": "Implementation",
         "进展情况": "Progress",
         # the list of a year's projects (蘅塘市2026年十件民生实事项目清单, holdout55; P)
         "清单": "List"}
COMPLETION_RE = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{1,12}?(?:自治州|自治县|市|县|区|州|旗|镇|乡))?(?P<year>\d{4})年度?"
    r"(?:(?P<n>[二两三四五六七八九十]{1,3}|\d{1,2})件)?(?P<subject>[\u4e00-\u9fff]{2,20}?)"
    r"(?P<kind>" + "|".join(KINDS) + r")$")
YEAR_SUBJECT_RE = re.compile(r"^(?P<year>\d{4})年度?(?P<subject>[\u4e00-\u9fff（）()]{4,30})$")


def completion_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """泓阳市2025年十件民生实事项目完成情况 -> "Completion of Hongyang's Ten Practical Projects for People's Wellbeing
    in 2025"; None unless the place, the count and the subject render."""
    m = COMPLETION_RE.match(zh)
    if not m:
        return None
    subject = renderer.subject(m.group("subject"))
    place = renderer.region_short(m.group("place")) if m.group("place") else ""
    if not subject or place is None:
        return None
    count = ""
    if m.group("n"):
        n = int(m.group("n")) if m.group("n").isdigit() else cn_int(m.group("n"))
        if n not in NUMBER_WORDS:
            return None
        count = f"{NUMBER_WORDS[n]} "
    whose = f"{place}'s " if place else "the "
    return f"{KINDS[m.group('kind')]} of {whose}{count}{subject} in {m.group('year')}"


def year_subject_title(renderer: TitleRenderer, zh: str) -> str | None:
    """2026年度城乡居民基本医疗保险住院待遇标准 -> "... for 2026" (a table or standard of a year); None unless the
    subject renders."""
    m = YEAR_SUBJECT_RE.match(zh)
    subject = renderer.subject(m.group("subject")) if m else None
    return f"{subject} for {m.group('year')}" if m and subject else None

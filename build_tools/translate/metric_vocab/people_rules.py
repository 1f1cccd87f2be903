"""The rules of the census and education vocabularies (census.py, education.py), tried by sector_rules after its
own: educational attainment (拥有大学（指大专及以上）文化程度的人口), a count per 100,000 people (每10万人中拥有…),
years of schooling of a population (15岁及以上人口的平均受教育年限), an age band before a population
(15岁及以上文盲人口), a household size (一人户), a stage's enrollment or retention rate (初中阶段毛入学率), a figure
per student (生均校舍建筑面积), pupils by how they are taught (随班就读和送教上门学生), teachers by qualification
(本科及以上学历专任教师), and what a count includes, said in a parenthesis (在校生（含在园幼儿）, 中小学（含教学点）
互联网接入率: "including ..."). Each returns None unless every part renders.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .census import ATTAINMENT, HOUSEHOLD_SIZES
from .education import QUALIFICATIONS, STAGE_RATES, STAGES, STUDY_MODES

ATTAINMENT_RE = re.compile(r"^(?:拥有|具有)?(?P<level>" + "|".join(sorted(ATTAINMENT, key=len, reverse=True))
                           + r")(?:[（(][^）)]{1,12}[）)])?文化程度的?(?P<who>人口|人数)$")
PER_100K_RE = re.compile(r"^每(?:10|十)万(?:人口|人|常住人口)中?(?P<rest>.{4,})$")
SCHOOLING_RE = re.compile(r"^(?P<who>.*?)的?平均受教育年限$")
AGED_RE = re.compile(r"^(?P<age>\d+)(?:周)?岁及以上(?P<rest>.{2,}人口)$")
HOUSEHOLD_RE = re.compile(r"^(?P<n>[" + "".join(HOUSEHOLD_SIZES) + r"])人(?P<over>及以上)?户$")
STAGE_RE = re.compile(r"^(?P<stage>" + "|".join(sorted(STAGES, key=len, reverse=True)) + r")(?:教育)?(?P<rate>"
                      + "|".join(STAGE_RATES) + r")$")
INCLUDED_NOTE_RE = re.compile(r"^(?P<a>.+?)[（(](?:含|包括)(?P<note>[^）)]{2,12})[）)](?P<b>.*)$")
STUDY_RE = re.compile(r"^(?P<modes>(?:" + "|".join(STUDY_MODES) + r")(?:(?:和|及|、)(?:" + "|".join(STUDY_MODES)
                      + r"))*)(?:的)?学生$")


def _attainment(zh: str) -> str | None:
    m = ATTAINMENT_RE.match(zh)
    if not m:
        return None
    who = "population" if m.group("who") == "人口" else "people"
    return f"{who} with {ATTAINMENT[m.group('level')]} education"


def people_metric(zh: str, noun: Callable[[str], str | None]) -> str | None:
    """The English of ``zh`` by a census or education rule, or None."""
    found = _attainment(zh)
    if found:
        return found
    m = PER_100K_RE.match(zh)
    if m and (what := noun(m.group("rest").removeprefix("拥有").removeprefix("具有"))):
        return f"{what} per 100,000 people"
    m = SCHOOLING_RE.match(zh)
    if m:
        if not m.group("who"):
            return "average number of years of schooling"
        who = noun(m.group("who"))
        return f"average number of years of schooling of the {who}" if who else None
    m = AGED_RE.match(zh)
    if m and (who := noun(m.group("rest"))):  # 15岁及以上文盲人口 "illiterate population aged 15 and over"
        return f"{who} aged {m.group('age')} and over"
    m = HOUSEHOLD_RE.match(zh)
    if m:
        n = HOUSEHOLD_SIZES[m.group("n")]
        return f"households of {n} or more persons" if m.group("over") else f"{n}-person households"
    m = STAGE_RE.match(zh)
    if m:
        return STAGE_RATES[m.group("rate")].format(STAGES[m.group("stage")])
    if zh.endswith("校舍建筑面积") and (buildings := noun(zh[:-4])):  # (装配式建筑面积: sector_rules)
        return f"floor space of {buildings}"
    if zh.startswith("生均") and len(zh) > 3 and (what := noun(zh[2:])):
        return f"{what} per student"
    m = STUDY_RE.match(zh)
    if m:
        modes = [STUDY_MODES[mode] for mode in re.split(r"和|及|、", m.group("modes"))]
        return "students " + " and ".join(modes)
    for word in ("含", "包括"):  # the note of X（含Y） read by metrics' parenthesis rule
        if zh.startswith(word) and len(zh) > len(word) + 1 and (part := noun(zh[len(word):])):
            return f"including {part}"
    m = INCLUDED_NOTE_RE.match(zh)
    if m and (what := noun(m.group("a") + m.group("b"))) and (part := noun(m.group("note"))):
        return f"{what} (including {part})"
    for qualification, qualified in QUALIFICATIONS.items():
        if zh.startswith(qualification) and (who := noun(zh[len(qualification):])):
            return f"{who} {qualified}"
    return None


def unsourced() -> list[tuple[str, str]]:
    """The rules' words (all project renderings), for metric_sources.unsourced()."""
    return (list(ATTAINMENT.items()) + list(STAGES.items()) + list(STAGE_RATES.items()) + list(STUDY_MODES.items())
            + list(QUALIFICATIONS.items()))

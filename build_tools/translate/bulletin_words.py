"""Situation bulletins (情况通报) and the section headings of bulletins and sector communiqués (issue 12).

- a title ``<place><year>[<period>][全市]<subject>[工作](情况|状况)通报`` -> "<Place> Bulletin on <Subject> in
  <when>" (青岚县2024年全县安全生产和自然灾害情况通报 -> "Qinglan County Bulletin on Workplace Safety and Natural
  Disasters in 2024"; the frame is a project rendering, after the ministries' English "Bulletin on ...");
- a heading ``<subject>[总体](情况|状况)`` -> "<Subject>" or "Overall <Subject> Situation", and the nouns that head the
  sections of bulletins and communiqués (``BULLETIN_NOUNS``).

The subject renders through the renderer (glossary phrases, composed subjects) or ``BULLETIN_NOUNS``; a frame returns
None unless every part renders. ``BULLETIN_NOUNS`` are title words, not metric names: they name a section or the
subject of a bulletin, so they stay out of the glossary's metric vocabulary. Each is cited where it is listed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .headlines import PERIOD_WORDS
from .metrics import metric_en
from .report_titles import MONTH_RANGE, MONTHS, PLACE, YEAR
from .title_words import title_case, with_article

if TYPE_CHECKING:
    from .glossary import Glossary
    from .titles import TitleRenderer

# Section nouns of bulletins and sector communiqués. YB = NBS China Statistical Yearbook 2021 table, GWR = State
# Council work report year/segment, P = project rendering.
BULLETIN_NOUNS: dict[str, str] = {
    # safety and disasters
    "火灾": "Fires",  # GWR 2020/400 火灾 "fires"
    "森林火灾": "Forest Fires",  # after GWR 2021/596 森林草原火灾 "forest and grassland fires"
    "洪涝灾害": "Floods",  # GWR 2021/596 洪涝 "floods"
    "道路交通": "Road Traffic", "道路交通事故": "Road Traffic Accidents",  # P
    "工矿商贸领域": "Industrial, Mining and Commercial Sectors",  # P
    "安全监管执法": "Work Safety Oversight and Law Enforcement", "应急值守": "Emergency Duty",  # P
    # water resources bulletins
    "降水量": "Precipitation",  # YB 8-7
    "供水量": "Water Supply", "用水量": "Water Use",  # YB 8-10 供水用水情况 "Water Supply and Water Use"
    "地表水资源量": "Surface Water Resources", "地下水资源量": "Groundwater Resources",  # P, after YB 8-9
    "水资源总量": "Total Water Resources",  # P, after YB 8-9 水资源情况 "Water Resources"
    # census communiqués
    "年龄构成": "Age Composition",  # YB 2-16
    "受教育程度人口": "Population by Educational Attainment",  # YB 27-27
    "总人口": "Total Population", "性别构成": "Sex Composition", "城乡人口": "Urban and Rural Population",  # P
    # education and civil affairs communiqués
    "高中阶段教育": "Senior Secondary Education",  # GWR 2018/608
    "儿童福利": "Child Welfare",  # GWR 2013/376 儿童福利机构 "child welfare agencies"
    "民办教育": "Private Education", "社会事务": "Social Affairs",  # P
    # trade and markets
    "货物贸易": "Trade in Goods",  # GWR 2009/592
    "利用外资": "Utilization of Foreign Investment",  # after GWR 2008/135 "utilization", 2021/62 "foreign investment"
    "市场运行": "Market Performance", "地表水环境质量": "Surface Water Quality",  # P
    # tourism bulletins
    "国内旅游": "Domestic Tourism",  # YB 17-10
    "入境旅游": "Inbound Tourism",  # after YB 17-14 "inbound visitor arrivals"
    "节假日旅游": "Holiday Tourism", "旅游产业要素": "Elements of the Tourism Industry",  # P
    # monthly reports of notifiable infectious diseases (the Law on the Prevention and Control of Infectious Diseases
    # classes 甲类/乙类/丙类 as Class A/B/C, P)
    "甲类传染病": "Class A Infectious Diseases", "乙类传染病": "Class B Infectious Diseases",
    "丙类传染病": "Class C Infectious Diseases", "健康提示": "Health Advice",  # P
    # price hearings and quality spot checks
    "阶梯水量": "Tiered Water Volumes", "阶梯价格": "Tiered Prices",  # P
    "现行价格及调整理由": "Current Prices and Reasons for the Adjustment",  # P
    "抽查基本情况": "Overview of the Spot Check", "不合格产品": "Nonconforming Products",  # P
    # commendation decisions
    "先进集体": "Advanced Collectives", "先进个人": "Advanced Individuals",  # P
}
SCOPE = r"(?:全市|全县|全区|全州|全旗|我市|我县|我区)?"
PERIOD = "|".join(sorted(map(re.escape, PERIOD_WORDS), key=len, reverse=True))
SITUATION_RE = re.compile(rf"^{PLACE}{YEAR}(?:度)?(?:(?P<period>{PERIOD})|{MONTH_RANGE})?{SCOPE}"
                          r"(?P<subject>[\u4e00-\u9fff、和及]{2,24}?)(?:工作)?(?:情况|状况)通报$")
REQUIREMENTS_RE = re.compile(r"(?P<y>\d{4})年(?:工作要求|主要工作要求)")
# (房地产开发投资完成情况: the investment made, its section; 居民消费价格变动情况: "Changes in Consumer Prices")
# (基本情况: the subject alone, as the NBS yearbook titles 就业基本情况 "Employment", table 4-1)
SITUATION_HEADING_RE = re.compile(r"^(?P<subject>[\u4e00-\u9fff、和及]{2,16}?)(?P<overall>总体)?(?P<aspect>完成|变动)?"
                                  r"(?:基本)?(?:情况|状况)$")


def bulletin_noun(renderer: TitleRenderer, zh: str) -> str | None:
    """A section noun or a subject in title case: 森林火灾 -> 'Forest Fires', 自然灾害 -> 'Natural Disasters'."""
    if zh in BULLETIN_NOUNS:
        return BULLETIN_NOUNS[zh]
    subject = renderer.subject(zh)
    if subject:
        return subject
    phrase = renderer.phrase(zh)
    if phrase:
        return title_case(with_article(phrase))
    named = counted_noun(zh, renderer.glossary)  # 消费者投诉举报: what a report counts
    return title_case(named) if named else None


def counted_noun(zh: str, glossary: Glossary) -> str | None:
    """What a report counts, named as its key figures name it (服务类投诉 -> 'complaints about services'); None for a
    name (a capitalised rendering) or no rendering."""
    named = metric_en(zh, glossary)
    return named if named and named[:1].islower() else None


def _when(m: re.Match[str]) -> str | None:
    year = m.group("year") or ""
    if m.group("period"):
        return PERIOD_WORDS[m.group("period")] + (f" of {year}" if year else "")
    if m.group("m1"):
        first, last = int(m.group("m1")), int(m.group("m2"))
        if not 1 <= first < last <= 12:
            return None
        return f"{MONTHS[first - 1]}-{MONTHS[last - 1]}" + (f" {year}" if year else "")
    return year


def situation_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """岳川市2024年上半年全市生产安全事故情况通报 -> 'Yuechuan Bulletin on Workplace Accidents in the First Half of
    2024'; None unless the place and the subject render."""
    m = SITUATION_RE.match(zh)
    if not m or not (m.group("place") or region):
        return None
    place = m.group("place") or region
    name = renderer.region_short(place)
    subject = bulletin_noun(renderer, m.group("subject"))
    when = _when(m)
    if not name or not subject or when is None:
        return None
    return f"{name} Bulletin on {subject}" + (f" in {when}" if when else "")


def situation_heading(renderer: TitleRenderer, zh: str) -> str | None:
    """A heading naming a subject's situation: 自然灾害情况 -> 'Natural Disasters', 安全生产总体情况 -> 'Overall Work
    Safety Situation' (the heading vocabulary's 安全生产 'Work Safety'); a bare section noun: 降水量 ->
    'Precipitation'."""
    if zh in BULLETIN_NOUNS:
        return BULLETIN_NOUNS[zh]
    year = REQUIREMENTS_RE.fullmatch(zh)  # 2025年工作要求 -> "Work Requirements for 2025" (P)
    if year:
        return f"Work Requirements for {year.group('y')}"
    if zh.endswith("领域") and len(zh) > 4:  # 道路交通领域: the field is its name, 'Road Traffic' (P)
        field = zh.removesuffix("领域")
        return BULLETIN_NOUNS.get(field) or renderer.heading_text(field)
    m = SITUATION_HEADING_RE.match(zh)
    if not m:
        return None
    subject = renderer.heading_text(m.group("subject"))
    if subject is None:
        subject = bulletin_noun(renderer, m.group("subject"))
    if subject is None and m.group("aspect"):  # (a statistical measure: the metric vocabulary names it)
        measure = metric_en(m.group("subject"), renderer.glossary)
        subject = title_case(measure) if measure else None
    if subject is None:
        return None
    if m.group("aspect") == "变动":
        return f"Changes in {subject}"  # (P)
    return f"Overall {subject} Situation" if m.group("overall") else subject


SITUATION_SUBJECT_RE = re.compile(rf"^(?P<place>){YEAR}(?:度)?(?:(?P<period>{PERIOD})|{MONTH_RANGE})?{SCOPE}"
                                  r"(?P<subject>[\u4e00-\u9fff、和及]{2,24}?)(?:工作)?(?:情况|状况|(?P<trend>形势))$")
# the situation (形势) of a field as an adjective: 2025年1-11月全市火灾形势 -> "the Fire Situation in January-November
# 2025" (P); other fields "the Situation of <Subject>"
TREND_ADJECTIVES = {"火灾": "Fire", "森林火灾": "Forest Fire", "安全生产": "Work Safety", "防汛": "Flood Control",
                    "道路交通安全": "Road Traffic Safety", "就业": "Employment"}


def situation_subject(renderer: TitleRenderer, zh: str) -> str | None:
    """The subject of 关于…情况的通报 with its year: 2024年森林火灾情况 -> 'Forest Fires in 2024'; None without a year
    or when the subject does not render."""
    m = SITUATION_SUBJECT_RE.match(zh)
    if not m or not m.group("year"):
        return None
    subject, when = bulletin_noun(renderer, m.group("subject")), _when(m)
    if m.group("trend") and subject:
        adjective = TREND_ADJECTIVES.get(m.group("subject"))
        subject = f"the {adjective} Situation" if adjective else f"the Situation of {subject}"
    return f"{subject} in {when}" if subject and when else None

"""Titles of a period's announcement on one subject, a programme's statistical monitoring report, and a circular on a
typhoon's impact (issue 12; untuned documents of these genres, measured first; P):
榆阳市2025年第三季度城市供水水质公告 -> "Announcement on the Quality of Urban Water Supply in Yuyang for the Third
Quarter of 2025";
澜江市2025年妇女儿童发展规划统计监测报告 -> "Statistical Monitoring Report on the Programmes for the Development of
Women and Children in Lanjiang, 2025"; 关于第12号台风“海葵”影响我县的情况通报 -> "Circular on the Impact of Typhoon
No. 12 on Liyuan County" (the storm's name left out: the names of the typhoon list are not all Chinese words, and
pinyin would misspell Saola or Doksuri)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .headlines import PERIOD_RE, PERIOD_WORDS
from .report_titles import PLACE
from .title_words import title_case

if TYPE_CHECKING:
    from .titles import TitleRenderer

PERIOD_NOTICE_RE = re.compile(rf"^{PLACE}(?P<y>\d{{4}})年度?(?P<period>{PERIOD_RE})?"
                              r"(?P<x>[\u4e00-\u9fff]{2,12}?)(?P<kind>公告|通报)$")
MONITORING_REPORT_RE = re.compile(rf"^{PLACE}(?P<y>\d{{4}})年度?(?P<x>[\u4e00-\u9fff]{{2,16}}?(?:规划|纲要))"
                                  r"(?:实施情况)?(?:统计)?监测报告$")
TYPHOON_RE = re.compile(r"^关于(?:今年)?第(?P<n>\d{1,2})号台风(?:[“\"「][\u4e00-\u9fff]{1,4}[”\"」])?"
                        r"(?:对)?(?:影响)?我(?P<lvl>市|县|区|省)(?:影响)?的?(?:情况)?(?P<kind>通报|报告)$")
_QUALITY = re.compile(r"(?:水质|质量|状况)$")  # a year's announcement of a state measured (…2025年城市供水水质公告)
_KINDS = {"公告": "Announcement", "通报": "Circular", "报告": "Report"}
_LEVELS = {"市": "city", "县": "county", "区": "district", "省": "province"}


def notice_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """The English of the three title forms above, or None unless every part renders."""
    from .metrics import metric_en

    if m := TYPHOON_RE.match(zh):
        place = renderer.region(region) if region else None
        where = place or f"the {_LEVELS[m.group('lvl')]}"
        return f"{_KINDS[m.group('kind')]} on the Impact of Typhoon No. {int(m.group('n'))} on {where}"
    m = MONITORING_REPORT_RE.match(zh) or PERIOD_NOTICE_RE.match(zh)
    if not m or (m.re is PERIOD_NOTICE_RE and not m.group("period") and not _QUALITY.search(m.group("x"))):
        return None  # (梧川县2026年公开招聘…公告: a recruitment's, recruitment_titles)
    what = metric_en(m.group("x"), renderer.glossary) or renderer.phrase(m.group("x"))
    place = m.group("place") or region
    name = renderer.region_short(place) if place else ""
    if not what or name is None:
        return None
    where = f" in {name}" if name else ""
    if m.re is MONITORING_REPORT_RE:
        return f"Statistical Monitoring Report on the {title_case(what)}{where}, {m.group('y')}"
    when = f"{PERIOD_WORDS[m.group('period')]} of {m.group('y')}" if m.group("period") else m.group("y")
    return f"{_KINDS[m.group('kind')]} on the {title_case(what)}{where} for {when}"

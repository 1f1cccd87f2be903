"""Titles of reports on one subject over a period (issue 12, P): a week's periodic report
(…空气质量周报（2025年第47周）), a survey team's monitoring report (…农民工监测调查报告), a year's report on how
something developed (2025年全市经营主体发展情况)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .report_titles import PLACE, YEAR
from .title_words import title_case

if TYPE_CHECKING:
    from .titles import TitleRenderer

# a week's periodic report (澹川市空气质量周报（2025年第47周）): "Danchuan Weekly Air Quality Report, Week 47 of 2025"
WEEKLY_RE = re.compile(rf"^{PLACE}(?P<x>[\u4e00-\u9fff]{{2,12}}?)周报[（(](?P<y>\d{{4}})年第(?P<n>\d{{1,2}})周[）)]$")
# a survey team's yearly monitoring report (2025年澍岭省农民工监测调查报告: NBS's annual report on migrant workers)
MONITORING_RE = re.compile(rf"^{YEAR}{PLACE}(?P<x>[\u4e00-\u9fff]{{2,12}}?)监测调查报告$")
# a year's report on how something developed (2025年全市经营主体发展情况, 2025年岚州市民营经济发展报告)
DEVELOPMENT_RE = re.compile(rf"^{PLACE}{YEAR}(?:度)?(?:全市|全县|全区|全省|全州|全旗)?(?P<x>[\u4e00-\u9fff]{{2,12}}?)"
                            r"发展(?:情况|报告|状况)$")


def development_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """2025年全市经营主体发展情况 -> 'Development of Market Entities in Congyang in 2025'; 2025年澍岭省农民工监测调查
    报告 -> 'Monitoring Survey Report on Rural Migrant Workers in Shuling Province, 2025' (the subject by the metric
    grammar or the glossary; P); None unless every part renders."""
    weekly = WEEKLY_RE.match(zh)
    monitored = MONITORING_RE.match(zh)
    developed = DEVELOPMENT_RE.match(zh)
    m = weekly or (monitored if monitored and monitored.group("year") else None) or (
        developed if developed and developed.group("year") else None)
    parts = _subject_and_place(renderer, m, region) if m else None
    if parts is None:
        return None
    what, name = parts
    if m is weekly:
        return f"{name + ' ' if name else ''}Weekly {what} Report, Week {int(m.group('n'))} of {m.group('y')}"
    where = f" in {name}" if name else ""
    if m is monitored:
        return f"Monitoring Survey Report on {what}{where}, {m.group('year')}"
    return f"Development of {what}{where} in {m.group('year')}"


def _subject_and_place(renderer: TitleRenderer, m: re.Match[str], region: str) -> tuple[str, str] | None:
    """The title's subject in title case (the metric grammar's, else the glossary's) and its place's short English
    name ("" when neither the title nor the region names one); None when either does not render."""
    from .metrics import metric_en

    what = metric_en(m.group("x"), renderer.glossary) or renderer.phrase(m.group("x"))
    place = m.group("place") or region
    name = renderer.region_short(place) if place else ""
    if not what or name is None:
        return None
    return title_case(what), name

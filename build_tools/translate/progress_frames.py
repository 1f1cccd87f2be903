"""Timeline entries on the progress of a year's programme (民生实事, 重点项目) in English, by general frames.

Reports on a programme and its plans state a few facts in fixed wording; each frame renders only when every part
does (the entry stays in Chinese, marked, otherwise). Project renderings after the wording of the State Council's
reports ("annual targets", GWR 2019/38; "practical projects", see the glossary):

- a deadline to start work: 各项目将于2026年3月底前全部开工 -> "All projects are to start construction by the end of
  March 2026."; a named set of projects (重点项目, 民生实事项目) by the glossary;
- a deadline to meet the year's targets: 11月底前完成年度目标任务 -> "The annual targets are to be met by the end of
  November 2026.";
- the year's targets met: 截至2025年12月31日，十件民生实事项目全部超额完成年度目标任务 -> "By 31 December 2025, all
  ten practical projects for people's wellbeing had exceeded their annual targets.";
- a people's congress voting on a year's programme: 市十七届人大五次会议票决产生2025年十件民生实事项目 -> "In January
  2025, the Fifth Session of the 17th Hongyang Municipal People's Congress voted on the ten practical projects for
  people's wellbeing for 2025."

What the sentence adds in other clauses (an investment, the list of projects) is left out: the English is true and
says only that (its figures are rows of their own).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .periods import on_period, ordinal
from .title_tables import NUMBER_WORDS, ORDINAL_WORDS
from .title_words import cn_int

if TYPE_CHECKING:
    from .glossary import Glossary

_DATE = r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?"
_BY = rf"(?:将于|于|在)?{_DATE}(?P<end>底|末)?(?:前|以前)"
_TAIL = r"(?:[，,；;][^。]*)?[。.]?$"
# 各项目将于2026年3月底前全部开工, 确保重点项目6月底前开工建设
_START_BY = re.compile(rf"^(?:确保|力争|计划)?(?P<what>各项目|所有项目|全部项目|[^，,。；;\d]{{2,20}}?项目)?{_BY}"
                       rf"(?:全部|全面)?开工(?:建设)?{_TAIL}")
# 11月底前完成年度目标任务
_TARGETS_BY = re.compile(rf"^(?:确保|力争)?{_BY}(?:全面|全部)?完成(?:年度|全年)(?:目标)?任务{_TAIL}")
# 截至2025年12月31日，十件民生实事项目全部超额完成年度目标任务
_TARGETS_MET = re.compile(rf"^(?:[^，,。；;]{{2,24}}下[，,])?(?:截至|截止|到){_DATE}(?P<end>底|末)?[，,]"
                          r"(?P<what>[^，,。；;\d]{2,24}?)(?:全部|均)(?P<over>超额)?完成(?:了)?(?:年度|全年)(?:目标)?任务"
                          + _TAIL)
# 市十七届人大五次会议票决产生2025年十件民生实事项目
_VOTED = re.compile(rf"^(?:{_DATE}[，,])?(?:经[^，,。；;]{{2,12}}[，,])?"
                    r"(?P<level>[市县区])第?(?P<term>[一二三四五六七八九十]+)届人大第?(?P<n>[一二三四五六七八九十]+)次会议票决(?:产生|确定|通过)(?:了)?(?:(?P<year>\d{4})年度?)?"
                    r"(?P<what>[^，,。；;\d]{2,24}?)" + _TAIL)
_LEVELS = {"市": "Municipal", "县": "County", "区": "District"}
_COUNTED = re.compile(r"^(?P<n>[一二三四五六七八九十]{1,3})(?:件|项|个|大)(?P<rest>.+)$")


def _projects(zh: str, glossary: Glossary) -> str | None:
    """各项目 -> 'all projects'; 十件民生实事项目 -> 'the ten practical projects for people's wellbeing'; a set the
    glossary names (重点项目 'key projects'); None otherwise."""
    if zh in ("各项目", "所有项目", "全部项目"):
        return "all projects"
    counted = _COUNTED.match(zh)
    rest = counted.group("rest") if counted else zh
    entry = glossary.lookup(rest) or glossary.lookup(rest.removesuffix("项目"))
    if entry is None or entry.category not in ("term", "programme", "metric"):
        return None
    n = cn_int(counted.group("n")) if counted else None
    if counted and not n:
        return None
    return f"the {NUMBER_WORDS.get(n, str(n)).lower() + ' ' if n else ''}{entry.en}"


def progress_clause(text: str, when: str, target: bool, glossary: Glossary, region_en: str = "") -> str | None:
    """The English of a programme-progress sentence dated ``when`` (the English of the entry's date), or None.
    ``target``: the entry is a target (a deadline to come); ``region_en``: the bulletin's region in English."""
    text = re.sub(r"\s+", "", text)
    m = _START_BY.match(text) if target else None
    if m:
        what = _projects(m.group("what") or "各项目", glossary)
        by = f"the end of {when}" if m.group("end") else when
        return f"{what[:1].upper()}{what[1:]} are to start construction by {by}." if what else None
    m = _TARGETS_BY.match(text) if target else None
    if m:
        return f"The annual targets are to be met by {'the end of ' + when if m.group('end') else when}."
    m = _TARGETS_MET.match(text) if not target else None
    if m:
        what = _projects(m.group("what"), glossary)
        if not what:
            return None
        verb = "exceeded" if m.group("over") else "met"
        by = f"the end of {when}" if m.group("end") else when
        return f"By {by}, all {what.removeprefix('the ').removeprefix('all ')} had {verb} their annual targets."
    m = _VOTED.match(text) if not target else None
    if m and region_en:
        term, n = cn_int(m.group("term")), cn_int(m.group("n"))
        what = _projects(m.group("what"), glossary)
        if not (term and n and what):
            return None
        year = f" for {m.group('year')}" if m.group("year") else ""
        opening = on_period(when)
        return (f"{opening[:1].upper()}{opening[1:]}, the {ORDINAL_WORDS.get(n, ordinal(n))} Session of the "
                f"{ordinal(term)} {region_en} {_LEVELS[m.group('level')]} People's Congress voted on {what}{year}.")
    return None

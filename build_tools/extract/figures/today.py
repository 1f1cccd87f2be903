"""今天 and 今日 in a document dated to the day (a speech at a ceremony, a news report): that day.

A mayor at a project-start ceremony says 今天集中开工的项目共86个, 总投资524.6亿元: the batch started on the day of
the speech, not in the year the speech reviews before it; a news report of 5 May writes 今日签约的项目12个. Only a
document dated to the day gives the day; 今天的 before a noun (今天的汐阳, 今天的成绩) is rhetoric of the present, no
date; 直到今天, 到今天为止 say "until now", left to the other rules.
"""

from __future__ import annotations

import re

from ..date_model import Anchor, DateMatch

_TODAY = re.compile(r"(?<![直到至])(?:今天|今日)(?![的之])")
# in a speech at a ceremony, the projects signed or started 本次/此次/同时 (同时签约的招商引资项目32个, 本次集中开工的
# 项目): the day the speech is given (a news report of the ceremony may be published a day later: not there)
_QUOTED = re.compile(r"[“\"「][^”\"」]{1,40}[”\"」]")
_OCCASION = re.compile(r"(?:本次|此次|同时)(?=(?:集中)?(?:签约|开工|竣工|投产))")


def with_today(text: str, found: list[DateMatch], anchor: Anchor, spoken: bool = False) -> list[DateMatch]:
    """``found`` with a day-precision date for each 今天/今日 of ``text`` not already inside a date (and, in a
    speech, ``spoken``, each 本次/此次/同时 before the projects signed or started)."""
    if not (anchor.year and anchor.month and anchor.day):
        return found
    today = "今天" in text or "今日" in text
    occasion = spoken and bool(_OCCASION.search(text))
    if not today and not occasion:
        return found
    iso = f"{anchor.year:04d}-{anchor.month:02d}-{anchor.day:02d}"
    spots = [*(_TODAY.finditer(text) if today else ()), *(_OCCASION.finditer(text) if occasion else ())]
    quoted = [q.span() for q in _QUOTED.finditer(text)]  # (“今天再晚也是早，明天再早也是晚”: a saying, no day)
    extra = [DateMatch(m.start(), m.end(), iso, "day", "point", m.group()) for m in spots
             if not any(d.start <= m.start() < d.end for d in found) and not any(a < m.start() < b for a, b in quoted)]
    return sorted(found + extra, key=lambda d: d.start) if extra else found

"""A single dated or named disaster or incident as the subject of the losses it caused.

A clause opening with one occurrence (6月下旬的强降雨过程造成…, 台风“海燕”共造成…, 此次地震导致…) reports what that
occurrence caused: it is the subject of the figures of that clause and of the later clauses of its sentence
(…，农作物受灾面积2650公顷，直接经济损失8650万元). The occurrence must be one event: named by its time (6月下旬的),
its name in quotation marks, a demonstrative (此次, 这次, 本次) or 过程 (one spell of weather). A kind of event in
general (全县火灾事故造成…, 各类灾害共造成…) is a sector or a total, no subject.
"""

from __future__ import annotations

import re

KINDS = ("强降雨", "暴雨", "降雨", "暴雪", "降雪", "寒潮", "冰雹", "风雹", "大风", "台风", "洪水", "洪涝", "山洪",
         "干旱", "地震", "泥石流", "滑坡", "低温冻害", "冰冻", "雷电", "龙卷风", "火灾", "爆炸", "事故")
_KINDS = "|".join(KINDS)
_OCCASION = re.compile(
    r"^(?:其中|另外|此外)?[，,]?\s*(?P<name>"
    r"(?:此次|这次|本次|该次)[\u4e00-\u9fff]{0,6}?(?:" + _KINDS + r")(?:过程|灾害|事件)?"
    r"|(?:\d{1,2}月(?:\d{1,2}日)?|[上中下]旬|\d{1,2}月[上中下]旬)[\u4e00-\u9fff]{0,4}?的[\u4e00-\u9fff]{0,6}?"
    r"(?:" + _KINDS + r")(?:过程|灾害|事件)?"
    r"|(?:" + _KINDS + r")[“\"][^”\"]{1,8}[”\"]"
    r"|[\u4e00-\u9fff]{0,6}?(?:" + _KINDS + r")过程)"
    r"(?:共|先后|累计)?(?:造成|导致|致使|使)")


def occasion_subject(clause: str) -> str | None:
    """The one occurrence a clause opens with as the cause of its figures (6月下旬的强降雨过程造成…); None else."""
    m = _OCCASION.match(clause.strip())
    return m.group("name") if m else None

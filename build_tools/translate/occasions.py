"""English of one dated disaster or incident named as the subject of the losses it caused.

The extract stage (extract/figures/occasions.py) names such a subject by its time (6月下旬的强降雨过程), by a
demonstrative (此次地震) or as one spell of weather (强降雨过程): "the heavy rainfall in late June", "the earthquake".
A named event (台风“海燕”) is not rendered: the English name of a typhoon is not its Pinyin (山竹 is Mangkhut).
Kinds of events are project renderings
(no official source: the yearbook has only the table "Losses Caused by Natural Disasters by Region", YB 8-26).
"""

from __future__ import annotations

import re

from .periods import MONTHS

KINDS: dict[str, str] = {
    "强降雨": "heavy rainfall", "暴雨": "rainstorm", "降雨": "rainfall", "暴雪": "snowstorm", "降雪": "snowfall",
    "寒潮": "cold wave", "冰雹": "hailstorm", "风雹": "wind and hail", "大风": "gale", "台风": "typhoon",
    "洪水": "flood", "洪涝": "flooding", "山洪": "flash flood", "干旱": "drought", "地震": "earthquake",
    "泥石流": "debris flow", "滑坡": "landslide", "低温冻害": "frost", "冰冻": "freezing weather",
    "雷电": "lightning", "龙卷风": "tornado", "火灾": "fire", "爆炸": "explosion", "事故": "accident",
}
_KIND = "|".join(sorted(KINDS, key=len, reverse=True))
_PARTS = {"上旬": "early", "中旬": "mid-", "下旬": "late"}
_DATED = re.compile(r"^(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})日|(?P<part>[上中下]旬))?的?(?P<kind>" + _KIND + r")"
                    r"(?:过程|灾害|事件)?$")
_THIS = re.compile(r"^(?:此次|这次|本次|该次)?(?P<kind>" + _KIND + r")(?:过程|灾害|事件)?$")


def occasion_en(zh: str) -> str | None:
    """``6月下旬的强降雨过程`` -> "the heavy rainfall in late June"; ``此次地震`` -> "the earthquake"; None else."""
    m = _DATED.match(zh)
    if m and 1 <= int(m.group("month")) <= 12:
        month, kind = MONTHS[int(m.group("month")) - 1], KINDS[m.group("kind")]
        if m.group("day"):
            return f"the {kind} of {int(m.group('day'))} {month}"
        if m.group("part"):
            part = _PARTS[m.group("part")]
            return f"the {kind} in {part}{'' if part.endswith('-') else ' '}{month}"
        return f"the {kind} in {month}"
    m = _THIS.match(zh)
    return f"the {KINDS[m.group('kind')]}" if m else None

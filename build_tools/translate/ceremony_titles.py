"""The name of a ceremony starting or signing projects as a speech's title gives it (在汐阳市2026年第一季度重大项目
集中开工暨招商引资项目签约仪式上的讲话): "the Ceremony for the Groundbreaking of Major Projects of Xiyang in the First
Quarter of 2026 and the Signing of Investment Projects" (project renderings, as headlines.py names the ceremonies of
its news headlines; 招商引资 after GWR 2016/511 "attract investment", 重大项目 GWR 2022/93 "major projects")."""

from __future__ import annotations

import re
from collections.abc import Callable

from .headlines import CEREMONY_TOPICS, PERIOD_RE, period_phrase

_TOPIC = "|".join(sorted(map(re.escape, CEREMONY_TOPICS), key=len, reverse=True))
_ACTS = {"开工": "Groundbreaking", "签约": "Signing", "竣工": "Completion", "投产": "Commissioning"}
_CEREMONY = re.compile(rf"^(?P<place>[\u4e00-\u9fff]{{1,8}}?(?:市|县|区|州))?(?:(?P<year>\d{{4}})年)?"
                       rf"(?P<period>{PERIOD_RE})?(?P<topic>{_TOPIC})(?:集中)?(?P<act>开工|签约|竣工|投产)"
                       rf"(?:暨(?P<topic2>{_TOPIC})(?:集中)?(?P<act2>开工|签约|竣工|投产))?(?:仪式|活动)$")


def ceremony_name(zh: str, place_en: Callable[[str], str | None]) -> str | None:
    """The English of a ceremony's name, or None when it is no such ceremony or its place does not render."""
    m = _CEREMONY.fullmatch(zh)
    if not m:
        return None
    place = ""
    if m.group("place"):
        name = place_en(m.group("place"))
        if not name:
            return None
        place = f" of {name}"
    first = f"the {_ACTS[m.group('act')]} of {CEREMONY_TOPICS[m.group('topic')]}{place}"
    first += period_phrase(m.group("year"), m.group("period"))
    second = f" and the {_ACTS[m.group('act2')]} of {CEREMONY_TOPICS[m.group('topic2')]}" if m.group("act2") else ""
    return f"Ceremony for {first}{second}"

"""A value said after a judgement of it (产能利用率偏低，仅为58%; 森林覆盖率较高，达到68%): the clause with the number
names nothing, the clause before it names the indicator and says whether it is high or low."""

from __future__ import annotations

import re

# the clause before: an indicator and a judgement of its level (一是…, 三是… may open it)
_JUDGED = re.compile(r"(?:^|[，,；;。：:])\s*(?:[一二三四五六七八九十]+是)?(?P<what>[\u4e00-\u9fff（）()]{2,20}?)"
                     r"(?:明显|相对|仍然|依然|还|比较|较为|总体)?"
                     r"(?:偏低|偏高|较高|较低|不高|过低|过高|较大|较小|偏少|偏多|较少|较多|不足|偏小|偏大)[，,]\s*$")
# the clause of the number: a bare copula or verb of reaching (仅为, 只有, 达到, 约为)
_BARE_VALUE = re.compile(r"\s*(?:仅|只|才|已|约|均)?(?:为|达到|达|有|是|在)?\s*$")


def judged_indicator(s: str, clause_start: int, start: int) -> str:
    """The indicator the clause before ``clause_start`` judges, when the clause up to ``start`` (the number) says no
    more than 仅为/达到; "" otherwise."""
    if not _BARE_VALUE.fullmatch(s, clause_start, start):
        return ""
    m = _JUDGED.search(s, 0, clause_start)
    return m.group("what") if m else ""

"""The attributes of a figure: kind, direction, period and plan/result status."""

from __future__ import annotations

import re
from functools import lru_cache

from ..dates import DateMatch
from .context import _before, _Ctx
from .quantities import _Num
from .text import _clause_end, _clean_ws, _inside
from .vocab import _COMPARISON_RE, _FUTURE_CUES, _GROWTH_VERBS_ALL, _PAST_CUES, _PRE_QUAL_NAMES, _RATE_ONLY_VERBS

_GROWTH_END = re.compile("(?:" + "|".join(_GROWTH_VERBS_ALL) + ")(?:了|率为|率达|为|达|达到|是)?$")


_KIND_TRIM = (*_PRE_QUAL_NAMES, "分别", "均", "仅", "约", "再")  # stripped in turn from the end of a left context


def _kind(num: _Num, l_clean: str) -> str:
    """growth when a change verb (增长, 下降, 增速为 …) leads straight to the number; 增加到/降至 state a level."""
    tail = _clean_ws(l_clean)
    for q in _KIND_TRIM if tail.endswith(_KIND_TRIM) else ():
        if tail.endswith(q):
            tail = tail[: -len(q)]
    m = _GROWTH_END.search(tail)
    growth = bool(m)
    if m and num.cls not in ("percent", "permille", "pp") and re.match(_RATE_ONLY_VERBS, m.group()):
        growth = False  # 加快7个科技创新平台建设: 加快 changes a rate, not an amount
    if num.cls in ("percent", "permille", "fraction"):
        return "growth" if growth else "share"
    if num.cls == "pp":
        return "share" if re.search(r"比重|占比|比例|率", l_clean) and not growth else "growth"
    if growth:
        return "growth"
    if num.cls == "count" or (num.cls == "bare" and num.base in ("household", "person")):
        return "count"
    return "level"


_DOWN_RE = re.compile(r"(下降|减少|降低|回落|收窄|下跌|下滑|缩小|减小|压减|负增长|低于|减)")
_UP_RE = re.compile(r"(增长|增加|提高|提升|上升|上涨|扩大|增幅|增速|高于|递增|增)")


def _direction(s: str, start: int, comparison: str) -> str:
    """The direction of a change: the nearest change verb before the number, within its clause
    (分别增长4.1%、11.2%: the verb before the list applies to every item)."""
    clause = re.split(r"[，,；;。：:]", s[max(0, start - 40):start])[-1]
    verbs = [(m.end(), "down") for m in _DOWN_RE.finditer(clause)] + [(m.end(), "up") for m in _UP_RE.finditer(clause)]
    if not verbs:
        if _DOWN_RE.search(comparison):
            return "down"
        return "up" if _UP_RE.search(comparison) else ""
    return max(verbs)[1]


def _period(num: _Num, usable: list[DateMatch], carry: list[DateMatch], ctx: _Ctx) -> str:
    cands = [d for d in usable if d.end <= num.start]
    if cands:
        return cands[-1].iso
    if carry:
        return carry[-1].iso
    return ctx.year


@lru_cache(maxsize=256)
def _comparison_bases(s: str) -> tuple[tuple[int, int], ...]:
    """Spans of the comparison bases of a sentence (比上年, 较2015年): a past-result word inside one (上年) is no
    sign of a past result. Cached: the cues of every figure of a sentence are read against the same bases."""
    return tuple(m.span() for m in _COMPARISON_RE.finditer(s) if m.group().startswith(("比", "较")))


def _cues(s: str, upto: int, dates: list[DateMatch], ctx: _Ctx) -> list[tuple[int, bool]]:
    """Plan/target (True) and achieved-result (False) signals in ``s[:upto]``, by position."""
    prefix = s[:upto]
    cues = [(m.end(), True) for m in _FUTURE_CUES.finditer(prefix)]
    past = list(_PAST_CUES.finditer(prefix))
    if past:
        bases = _comparison_bases(s)
        cues += [(m.end(), False) for m in past if not _inside(m.start(), bases)]
    for d in dates:
        if d.end > upto:
            continue
        if d.kind == "deadline":
            cues.append((d.end, not _before(d.iso, ctx.anchor_iso) if ctx.anchor_iso else True))
        elif _before(d.iso, ctx.anchor_iso):
            cues.append((d.end, False))
    return sorted(cues)


def _target(s: str, num: _Num, dates: list[DateMatch], ctx: _Ctx, default: bool) -> bool:
    """The nearest signal before the figure (or later in its clause: 7个项目争取年内开工) decides."""
    cues = _cues(s, num.start, dates, ctx)
    if cues:
        return cues[-1][1]
    later = _cues(s, _clause_end(s, num.end), dates, ctx)
    return later[-1][1] if later else default

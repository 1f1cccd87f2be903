"""An amount paid per head at a standard, with what is paid named after the number (按每孩每年3600元的标准发放育儿补贴;
每孩每年再增发1200元地方补贴; 按照每人每月200元标准发放护理补贴): the metric is the payment's standard (or the
payment), the unit says what the amount is per (元/孩·年), not a bare amount of yuan named by the words around it."""

from __future__ import annotations

import re

from .rates import _MONEY_UNITS, _rate_unit

# what the amount is per, just before it (the head counted, then the time: 每孩每年, 每人每月, 每生每学期)
_PER_BEFORE = re.compile(r"每(?P<per>孩|人|户|生|名|位|亩|头|只|辆|床)(?:每(?P<time>年|月|天|日|学期))?"
                         r"(?:再|另|额外)?(?:增发|发放|补助|补贴|给予|奖励)?\s*$")
# …的标准发放X, …标准给予X: the standard of the payment X
_STANDARD_OF = re.compile(r"\s*的?标准(?:发放|给予|补助|补贴|予以|计发|核发)(?P<what>[\u4e00-\u9fff]{2,10}?)"
                          r"(?=[，,；;。、]|$)")
# …元X after a verb of paying before the number (再增发1200元地方补贴)
_PAID = re.compile(r"\s*的?(?P<what>[\u4e00-\u9fff]{0,6}?(?:补贴|补助|奖励|慰问金|资助|津贴|抚恤金|生活费|奖补))"
                   r"(?=[，,；;。、]|$)")
_PAID_VERB = re.compile(r"(?:增发|发放|补助|补贴|给予|奖励)\s*$")


def paid_standard(s: str, clause_start: int, start: int, end: int, metric: str, unit: str) -> tuple[str, str]:
    """The payment's name and its rate's unit when the amount at ``s[start:end]`` is paid per head at a standard;
    ``(metric, unit)`` as they are otherwise."""
    base, _, over = unit.strip().partition("/")
    per = _PER_BEFORE.search(s, clause_start, start) if base in _MONEY_UNITS else None
    head = ("人" if per.group("per") in "名位" else per.group("per")) if per else ""
    if not per or (over and over != head):  # (a rate's unit read already: only its time may be missing, 元/人·月)
        return metric, unit
    rate = _rate_unit(base, head, per.group("time"))
    if standard := _STANDARD_OF.match(s, end):
        return standard.group("what") + "标准", rate
    if _PAID_VERB.search(per.group()) and (paid := _PAID.match(s, end)):
        return paid.group("what"), rate
    return metric, unit

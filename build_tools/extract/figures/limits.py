"""The norms a notice of traffic control or of works states without a requirement word (不低于, 不超过): a limit set by
its own word (限速40公里/小时, 限高4.5米, 限重20吨), what a party is obliged to do with a figure in it (施工单位应当在
…两端各500米处设置警告标志), the threshold that sets a rule off (排队长度超过300米时启动分流预案), and a fine of one
amount a rule sets for a case (…违反禁行规定的，处200元罚款). In a notice, a regulation or a plan (the normative
documents of ``_Ctx.normative``) each is a standing requirement, not an outcome of the notice's month."""

from __future__ import annotations

import re

from .text import _clause_start

# a limit named by its word right before the figure (限速40公里/小时, 限高4.5米, 限重20吨, 车辆限载10人)
_LIMIT_WORD = re.compile(r"(?:限速|限高|限宽|限重|限载|限长|限行速度|最高(?:车)?速度?)(?:为|在|至)?\s*$")
# an obligation of the clause's party before the figure (应当, 必须, 须, 应在, 应于, 应按): what the rule requires
_OBLIGED = re.compile(r"(?:应当|必须|务必|(?<![相响供适反效对])应(?=在|于|按|设|将|及时|每|当)"
                      r"|(?<![必无])须(?=在|于|按|设|每|经))")
# the threshold of a condition a rule acts on (超过300米时, 低于5℃时): the rule's trigger
_TRIGGER_BEFORE = re.compile(r"(?:超过|高于|低于|不足|达到)\s*$")
_TRIGGER_AFTER = re.compile(r"\s*(?:以上|以下)?时")
# a conditional case before a rule's fine (…违反禁行规定的，处200元罚款)
_CASE = re.compile(r"的[，,]\s*(?:[^，,；;。]{0,20}?)?处(?:以)?\s*$")


def stated_limit(s: str, start: int, num_start: int, end: int) -> bool:
    """The figure at ``start``-``end`` (its number at ``num_start``) is a limit, an obligation's figure or a rule's
    trigger, as a normative document states it."""
    cstart = _clause_start(s, start)
    if _LIMIT_WORD.search(s, max(cstart, num_start - 8), num_start):
        return True
    if _TRIGGER_BEFORE.search(s, cstart, num_start) and _TRIGGER_AFTER.match(s, end):
        return True
    return bool(_OBLIGED.search(s, cstart, start))


def case_fine(s: str, start: int) -> bool:
    """The fine at ``start`` is the one a rule sets for a case it names before (…的，处200元罚款)."""
    return bool(_CASE.search(s, max(0, start - 40), start))

"""A news report of a meeting that adopted a document (会议审议通过《…管理办法》。…; 会议审议通过《…行动方案
（2025—2027年）》。方案提出，…): the sentences after the adoption state what the document lays down, not results.

- Rules (…办法, …规定, …细则, …条例): their amounts and bounds are standing norms (引导基金总规模100亿元, 出资比例不超过
  30%: requirement, no period), their undated aims of no particular year (力争撬动社会资本300亿元以上: a target, no
  period).
- A plan over years (…方案（2025—2027年）, …规划（2026—2030年）): its figures are goals (市财政每年安排专项资金2亿元: a
  target of the plan's span), as a programme paragraph's are.
"""

from __future__ import annotations

import re

from ...model import Figure
from .context import _Ctx

_ADOPTED = re.compile(r"^(?:会议|会上|常务会)?[^。；;，,《]{0,6}?(?:审议|研究|讨论)?(?:并|原则)?"
                      r"(?:通过|审定|出台|印发)了?《(?P<name>[^》]{2,60})》")
_RULES = re.compile(r"(?:管理|实施|暂行|试行)?(?:办法|规定|细则|规则|条例)(?:（[^）]{1,10}）)?$")
_PLAN = re.compile(r"(?:方案|规划|计划|纲要)（(?P<a>(?:19|20)\d{2})\s*[—–\-－~～至]+\s*(?P<b>(?:19|20)\d{2})年?）$")


def adopted(text: str, ctx: _Ctx | None = None) -> tuple[str, str]:
    """("rules", "") or ("plan", "2025/2027") for a paragraph opened by the adoption of rules or of a plan over
    years; ("", "") otherwise. In a review of a closed year (a white paper of April 2026 on 2025: 市政府印发《…实施方案
    （2025—2027年）》，将…考核权重由1%提高到2%) the issuing is one of the year's acts and what follows was done: no
    plan's content."""
    m = _ADOPTED.match(text)
    if ctx is not None and ctx.actual.isdigit() and ctx.actual < ctx.anchor_iso[:4]:
        m = None if m is None or _RULES.search(m.group("name")) is None else m
    if m is None:
        return "", ""
    name = m.group("name")
    if _RULES.search(name):
        return "rules", ""
    if (p := _PLAN.search(name)) is not None:
        return "plan", f"{p.group('a')}/{p.group('b')}"
    return "", ""


def adopted_rules(found: list[Figure], dated: bool) -> None:
    """The figures of an undated sentence of adopted rules: results become standing norms, aims lose the document's
    year."""
    if dated:
        return
    for f in found:
        if f.status == "actual" and not f.direction:
            f.status, f.period = "requirement", ""
        elif f.status == "target":
            f.period = ""

"""A comparison base that states its value (issue 11): 与2010年第六次全国人口普查的3520168人相比，十年共增加345304人;
比2010年的3.05人减少0.27人. The number inside the base is the base value of the change after it (same unit), no
row of its own: it is the level of the base period, not of the reported one.
"""

from __future__ import annotations

import re

from ...model import Figure
from .quantities import _Num

# after the base's date and name: …的3520168人相比 (与 … 相比 holding the base's value)
COMPARED_AFTER_VALUED = re.compile(r"[^，,。；;：:！？\d]{0,16}?的\s*[\d.,]+\s*[万亿]?[^\d\s，,。；;相]{0,3}?\s*"
                                   r"(?:相比|相较|比较)")
# …比2010年的3.05人减少0.27人: the base's value, then the change
_DE_BEFORE = re.compile(r"[^，,。；;：:！？\d]{0,16}?的\s*$")
_CHANGE_AFTER = re.compile(r"\s*(?:共|累计)?(?:增加|减少|下降|上升|提高|降低|增长|缩小|扩大)了?\s*$")


def valued_bases(s: str, nums: list[_Num], comps: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Mark the numbers stating a comparison base's value (role "base") and give it to the change after them; the
    spans of the base's words after 比…年 (no part of the change's name)."""
    spans: list[tuple[int, int]] = []
    for k, num in enumerate(nums):
        inside = any(a < num.start and num.end <= b for a, b, _ in comps)
        after = next((b for a, b, _ in comps if b <= num.start and _DE_BEFORE.fullmatch(s, b, num.start)), None)
        if not inside and after is None:
            continue
        change = next((x for x in nums[k + 1:] if x.unit == num.unit), None)
        if change is None:
            continue
        if not inside and not _CHANGE_AFTER.fullmatch(s, num.end, change.start):
            continue
        num.role = "base"
        if change.base_value is None:
            change.base_value = num.value
        if after is not None:
            spans.append((after, num.end))
    return spans


_YEARLY_AVERAGE = re.compile(r"年平均增长率|年均增长率|年均增速|年平均增速")
_YEARLY = re.compile(r"年增长率|年增速")


def average_since_base(nums: list[_Num]) -> None:
    """全市常住人口…与2010年…相比，十年共增加345304人，增长9.81%，年平均增长率为0.94%: the yearly average rate of
    a change against a base year is over the years from the base to the figure's (2010/2020), no point in time."""
    for k, num in enumerate(nums):
        yearly = _YEARLY_AVERAGE.search(num.metric) or (  # (年平均增长率 read as 平均, the comparison, and 年增长率)
            num.comparison.endswith("平均") and _YEARLY.search(num.metric))
        if not yearly or "/" in num.period:
            continue
        base = next((x.base_period[:4] for x in reversed(nums[:k]) if x.base_period[:4].isdigit()), "")
        if base and num.period[:4].isdigit() and base < num.period[:4]:
            num.period = f"{base}/{num.period[:4]}"


# a sentence opening with its comparison base: 与2010年第六次全国人口普查相比，…; 同上年相比，…
_LEAD_COMPARED = re.compile(r"^\s*(?:与|同|和|跟)[^，,；;。]{1,30}?(?:相比|相较|比较)\s*[，,]")


def compared_lead(sentence: str, found: list[Figure], inherit: tuple[str, str] | None) -> tuple[str, str] | None:
    """与2010年…相比，…由9126人上升为15842人；拥有高中文化程度的由13874人上升为14958人: a comparison opening a sentence
    is the base of the changes of the sentences joined to it by ； and of a breakdown after it (其中，城关区…增加198426
    人). ``inherit`` is the base the sentence continues (the caller passes it only to such a sentence): its changes
    without a base of their own get it. Returns the base the next sentence may continue."""
    if inherit is not None:
        for f in found:
            if f.direction and not f.comparison and not f.base_period:
                f.comparison, f.base_period = inherit
    if _LEAD_COMPARED.match(sentence):
        return next(((f.comparison, f.base_period) for f in found if f.comparison and f.base_period), None)
    return inherit if sentence.rstrip().endswith(("；", ";")) else None

"""Changes between two values of a sentence (issue 11: direction, base value and base period): 由A下降到B (the second
value with the first as its base, :func:`from_to`), the things before a merger (:func:`merged`), a round number passed
on the way to the value reached (:func:`milestones`), a goal measured as the figure before it (:func:`goals`), a
decline narrowed or a rise slowed (:func:`decline_gaps`), and the edge of a base's month (:func:`base_edge`). Moved out
of sentence.py, which calls them in this order."""

from __future__ import annotations

import re

from .direction import _direction, _kind
from .quantities import _Num
from .text import _clause_start

# (由每立方米2.35元调整为2.80元, 由7.05元下调至6.50元: a price adjusted, its direction read from the two values
# when the verb gives none)
_FROM_TO_GAP = re.compile(r"\s*(?P<verb>下降|降低|减少|压减|压缩|缩短|缩减|缩小|收窄|降|减|提高|提升|增加|增长|"
                          r"上升|扩大|升|增|上调|下调|调整|调)?(?:到|至|(?(verb)为|(?!)))\s*(?:[^，,；;。、]{0,12}的)?\s*"
                          r"(?:每[日天年月人户]){0,2}\s*$")
# (由每日6万吨提高到每日10万吨: a rate on both sides; 由每人每月780元提高到820元: the rate said once, before A)
_FROM_LEAD = re.compile(r"[由从]\s*(?:[^，,；;。、由从]{0,12}的)?\s*(?:平均|人均|年均|日均)?\s*"
                        r"(?P<per>(?:每[日天年月人户]){1,2}|每(?:立方米|千瓦时|吨|升|平方米))?\s*$")
# (由原来的平均35分钟缩短至27分钟: an average on both sides, said once before A)
_GROWTH_METRIC = re.compile(r"增速|增长|增幅|下降|降低|减少")


# the decline of an indicator narrowed or widened (降幅比上半年收窄0.8个百分点, 降幅较一季度扩大1.2个百分点), or
# its rise slowed or quickened (涨幅比一季度回落0.2个百分点, 增幅较上月加快1.1个百分点): the row is about the
# decline or the rise, not about the indicator
_DECLINE_GAP = re.compile(r"(降幅|涨幅|增幅)\s*(?:(?:比|较|同比)[^，,；;。]{0,10}?)?"
                          r"(?:收窄|缩小|扩大|加深|回落|回升|加快|放缓|提高|下降)了?\s*$")


def decline_gaps(s: str, nums: list[_Num]) -> None:
    for k, num in enumerate(nums):
        gap = _DECLINE_GAP.search(s, 0, num.start) if num.unit in ("个百分点", "百分点") else None
        if gap is None:
            continue
        word = gap.group(1)
        if not num.metric or num.metric.startswith(word):  # 降幅比去年全年收窄: only the word (and a time) was left
            num.metric = next((x.metric for x in reversed(nums[:k]) if x.metric and not x.metric.startswith(word)
                               and x.unit not in ("个百分点", "百分点")), "")
        if num.metric and not num.metric.endswith(word):
            num.metric += word


def goals(s: str, nums: list[_Num]) -> None:
    """A goal an indicator is compared with (排放累计下降19.8%，超额完成省下达的18%的目标任务; 增速低于…确定的6.5%的
    预期目标) measures what the indicator measures: a change of the figure before it, or the growth its name says."""
    for k, num in enumerate(nums):
        if not num.goal or num.role != "figure":
            continue
        before = [x for x in nums[:k] if x.role == "figure" and x.metric == num.metric and x.unit == num.unit]
        # (提高1.1个百分点，与…确定的2025年达到63%的目标: a level goal, not the change in points before it)
        if before and before[-1].kind == "growth":
            num.kind = "growth"
            num.direction = before[-1].direction or _direction(s, before[-1].start, before[-1].comparison,
                                                               before[-1].metric)
        elif num.cls == "percent" and (m := _GROWTH_METRIC.search(num.metric)):
            num.kind, num.direction = "growth", "down" if m.group() in ("下降", "降低", "减少") else "up"


def base_edge(num: _Num) -> str:
    """The edge of a 由A到B base's month (由2015年底的6.9%: "end"; Figure.base_edge), "" else."""
    if num.base_value is None or not re.fullmatch(r"\d{4}-\d{2}", num.base_period):
        return ""
    words = num.base_words.removesuffix("的")
    return "end" if words.endswith(("末", "底", "终")) else "start" if words.endswith("初") else ""


def from_to(s: str, nums: list[_Num]) -> None:
    """由上年的29.6%下降到28.9%: the second value is the figure, with the first as its base value (and the first's
    date as its base period); the first is no row of its own."""
    for a, b in zip(nums, nums[1:], strict=False):
        if a.role != "figure" or b.role != "figure" or a.unit != b.unit:
            continue
        gap = _FROM_TO_GAP.fullmatch(s, a.end, b.start)
        lead = _FROM_LEAD.search(s, 0, a.start) if gap else None
        if not gap or not lead:
            continue
        b.base_value = a.value
        b.base_period = a.origin.iso if a.origin is not None else b.base_period
        b.base_words = a.origin.text if a.origin is not None else ""
        if b.kind == "growth" and b.cls != "pp":
            b.kind = _kind(b, "")  # 由2.86%下降为1.51%: the level reached (为 after the verb reads as a change)
        verb = (gap.group("verb") or "").removeprefix("调整").removeprefix("调")
        b.direction = ("down" if verb and verb[0] in "下降减压缩收" else "up" if verb else
                       "down" if b.value < a.value else "up" if b.value > a.value else "")
        if not b.metric or b.metric == a.metric or not a.metric or _FROM_TO_GAP.fullmatch(b.metric) or (
                b.metric == gap.group("verb")):  # (由每立方米2.35元调整为2.80元: 调整 is the verb, no name)
            b.metric = a.metric or b.metric  # (提高到每日10万吨: the words between are no name)
        per = lead.group("per") or ""
        if per.startswith("每") and not b.metric.endswith(per) and b.unit in ("元", "万元", "亿元"):
            b.metric += per  # (由每人每月780元提高到820元: 820 per person per month too; rates.per_unit: the unit)
        a.role = "base"


# 将原有14家市属一级企业整合为8家企业集团, 由原来的12个乡镇撤并为8个: the things before a merger are the base of
# the number after it (a level reached by the merger: down when fewer)
_MERGE_LEAD = re.compile(r"(?:将|把|由|从)\s*(?:原有|原来的|原)\s*$")
_MERGE_GAP = re.compile(r"[^，,；;。\d]{0,14}?(?:整合|合并|归并|撤并|精简|重组|压减|优化)(?:为|成|至|到)\s*")


def merged(s: str, nums: list[_Num]) -> None:
    for a, b in zip(nums, nums[1:], strict=False):
        if (a.role == "figure" == b.role and a.unit == b.unit and b.base_value is None
                and _MERGE_LEAD.search(s, 0, a.start) and _MERGE_GAP.fullmatch(s, a.end, b.start)):
            b.base_value = a.value
            b.direction = "down" if b.value < a.value else "up" if b.value > a.value else ""
            a.role = "base"


_PASSED_WORDS = ("突破", "跨越", "迈上", "迈过", "越过", "站上", "跨上")
_PASSED = re.compile(r"(?:" + "|".join(_PASSED_WORDS) + r")\s*$")
_THEN_REACHED = re.compile(r"[^，,；;。\d]{0,4}[，,]\s*(?:达到|达|为|增至|增加到)\s*")


def milestones(s: str, nums: list[_Num]) -> None:
    """首次突破300亿元，达到312.6亿元: the round number passed is a milestone; the figure is the value reached."""
    for a, b in zip(nums, nums[1:], strict=False):
        passed = s.startswith(_PASSED_WORDS, a.start) or _PASSED.search(s, _clause_start(s, a.start), a.start)
        if (a.role == "figure" == b.role and a.unit == b.unit and b.value >= a.value and passed
                and _THEN_REACHED.fullmatch(s, a.end, b.start)):
            a.role = "base"

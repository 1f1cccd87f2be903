"""The predicate the items of a list of counts share (sentence.py runs it after naming each figure): 6万贫困户、12万
贫困人口被纳入产业扶贫链条 (the passive of the last item), 3座中型水库、21座小型水库超汛限水位 (the clause's predicate
after the last item)."""

from __future__ import annotations

import re

from .quantities import _Num
from .vocab import _tag

_LIST_ITEM_GAP = re.compile(r"[^，,；;。：:\d]{1,12}?[、和及与]\s*")


def _shared_passive(s: str, nums: list[_Num]) -> None:
    """6万贫困户、12万贫困人口被纳入产业扶贫链条: the items of a list of counts share the passive predicate of its
    last item (贫困户纳入产业扶贫链条, not every poor household)."""
    for a, b in reversed(list(zip(nums, nums[1:], strict=False))):
        if (b.passive and not a.passive and a.pattern == b.pattern == "R" and a.metric
                and _LIST_ITEM_GAP.fullmatch(s, a.end, b.start) and not a.metric.endswith(b.passive)):
            a.metric += b.passive
            a.passive = b.passive
        elif (not b.passive and a.pattern == b.pattern == "R" and a.unit == b.unit and a.metric
              and re.fullmatch(r"\s*" + re.escape(a.metric) + r"\s*[、和及与]\s*", s[a.end:b.start])):
            pred, whole = _shared_predicate(s, a.metric, b.end)
            if pred:  # 3座中型水库、21座小型水库超汛限水位: the medium reservoirs above the limit, not all of them
                a.metric += pred
                a.passive = b.passive = pred
                if whole and whole.startswith(b.metric) and len(whole) > len(b.metric):
                    b.metric = whole  # (小型水库超汛|限水位: a word the tokenizer split stays whole)


# the rest of a list's last item's clause: its noun and the predicate the items share
_CLAUSE_REST = re.compile(r"[^，,；;。：:\d、（(]{2,16}(?=$|[，,；;。])")


def _shared_predicate(s: str, noun: str, start: int) -> tuple[str, str]:
    """The predicate closing the clause of a list's last item (from ``start``) that an item before it (``noun``) shares,
    and the last item's noun with it: after the head the item's name ends with (中型水库、21座小型水库超汛限水位 ->
    超汛限水位), else from the clause's first verb (3个乡镇、12个村出现内涝 -> 出现内涝); ("", "") when the clause is a
    noun alone (5个省级示范村、10个市级示范村)."""
    m = _CLAUSE_REST.match(s, start)
    if not m:
        return "", ""
    rest = m.group().strip()
    for k in range(len(noun), 1, -1):
        at = rest.find(noun[-k:])
        if at >= 0:
            pred = rest[at + k:]
            return (pred, rest) if 2 <= len(pred) <= 10 and _tag(pred)[-1][1] != "uj" else ("", "")
    tags = _tag(rest)
    verb = next((j for j, (_, p) in enumerate(tags) if j > 0 and p == "v"), None)
    pred = "".join(w for w, _ in tags[verb:]) if verb is not None else ""
    return (pred, "") if 2 <= len(pred) <= 10 else ("", "")

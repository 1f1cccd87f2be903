"""Counts named by what was done: the things an act was done to, object first (立法意见建议采纳, 群众来信来访办结: the
extractor names a bare act after the object an earlier figure counted, ``extract/figures/acts._object_of_act``):
"<the things> <done>"; the units an audit finding is about (违规发放津贴补贴的单位); and those who receive a benefit or
are covered by a scheme (享受营养膳食补助的农村学生, extract/figures/counted.py beneficiary_counts).

The participles are project renderings (P) in the wording of the State Council's reports where they use the act
("suggestions ... adopted", "cases ... handled", "problems ... rectified"); every part must render on its own, or the
whole stays untranslated."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..extract.figures.counted import RECEIVE_VERBS, SERVE_VERBS

DONE: dict[str, str] = {
    "采纳": "adopted", "办结": "resolved", "受理": "accepted", "整改": "rectified", "修改": "amended",
    "修订": "revised", "废止": "repealed", "答复": "answered", "回复": "answered", "查处": "investigated",
    "化解": "resolved", "销号": "closed", "落实": "implemented", "办理": "handled",
}


def _lower_first(text: str) -> str:
    """'Barrier-free home modifications' -> 'barrier-free …' in a phrase; an acronym (PCT) keeps its capitals."""
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]


def object_act(zh: str, render: Callable[[str], str | None]) -> str | None:
    """立法意见建议采纳 -> 'suggestions on legislation adopted' when ``render`` names the object; else None."""
    act = zh[-2:]
    if act not in DONE or len(zh) < 4:
        return None
    obj = render(zh[:-2])
    return f"{obj} {DONE[act]}" if obj else None


# the units an audit finding is about (违规发放津贴补贴的单位, extract/figures/counted.py found_units): "units with
# allowances and subsidies paid in violation of rules" (project frame), when both parts render
_FINDING_OF = re.compile(r"^(?P<finding>(?:违规|违反|未按|未及时|未经|无预算|超预算|超标准|超范围|超额|虚报|冒领|"
                         r"挤占|挪用|套取|骗取|滞留|截留|擅自|重复|多报|多领|多支付|少缴|仍在|仍然|长期闲置|闲置).{1,20}?)的"
                         r"(?P<noun>[^的]{2,10})$")


def with_finding(zh: str, render: Callable[[str], str | None]) -> str | None:
    """违规发放津贴补贴的单位 -> 'units with allowances and subsidies paid in violation of rules' (parts rendered)."""
    m = _FINDING_OF.match(zh)
    if not m:
        return None
    noun, finding = render(m.group("noun")), render(m.group("finding"))
    if not noun or not finding:
        return None
    return f"{noun} with {_lower_first(finding)}"


# those who receive a benefit or are covered by a scheme (享受营养膳食补助的农村学生, 参加农业保险的农户): "received"
# as GWR 2012/110 (641万人领取养老金 "6.41 million residents received pensions") and 2021/40 (新纳入低保 "received
# subsistence allowances"), "covering" as GWR 2012/110 (1334万人参保 "covering 13.34 million residents")
_BENEFIT_OF = re.compile(rf"^(?P<verb>{'|'.join(RECEIVE_VERBS)})(?P<what>[^的]{{2,16}})的(?P<who>[^的]{{1,8}})$")
_RECEIVED = ("享受", "领取", "获得", "得到")
# those a service was done for (为…适配辅助器具: 适配辅助器具的残疾人, extract/figures/counted.py beneficiary_counts):
# "fitted with", "provided with", "given" (P)
_SERVED = {"适配": "fitted with", "配发": "provided with", "配备": "provided with", "提供": "provided with",
           "安装": "provided with", "实施": "given", "免费": "given free"}
_SERVED_OF = re.compile(rf"^(?P<verb>{'|'.join(SERVE_VERBS)})(?P<what>[^的]{{2,12}})的(?P<who>[^的]{{1,8}})$")


def with_benefit(zh: str, render: Callable[[str], str | None]) -> str | None:
    """享受营养膳食补助的农村学生 -> 'rural students receiving meal subsidy for nutrition improvement';
    参加农业保险的农户 -> 'farming households covered by agricultural insurance'; 适配辅助器具的残疾人 -> 'people with
    disabilities fitted with assistive devices' (both parts rendered), else None."""
    m = _BENEFIT_OF.match(zh)
    if not m and (bare := re.match(r"^(?:享受|领取)(?P<what>[^的]{2,16}?)(?:待遇)?$", zh)):
        what = render(bare.group("what"))  # 享受低保待遇 counted in people: "recipients of subsistence allowances"
        return f"recipients of {what}" if what else None
    if not m and (served := _SERVED_OF.match(zh)):
        who, what = render(served.group("who")), render(served.group("what"))
        how = _SERVED.get(served.group("verb"))  # (a verb the extractor reads without an English here: untranslated)
        return f"{who} {how} {_lower_first(what)}" if who and what and how else None
    if not m:
        return None
    who, what = render(m.group("who")), render(m.group("what"))
    own = render(m.group("who") + m.group("what"))  # (困难残疾人生活补贴: "living allowances for people with …")
    if who and own and own.lower().endswith(f" for {who.lower()}"):
        what = _lower_first(own[:len(own) - len(who) - 5])  # the benefit as named for that group
    if not (who and what):
        return None
    return f"{who} {'receiving' if m.group('verb') in _RECEIVED else 'covered by'} {what}"

"""What a bare act or outcome counts, named by the figure before it: the object an act was done to (排查隐患6342项，
已整改6218项 -> 隐患整改; 征集意见建议1342条，采纳218条 -> 意见建议采纳) and the deaths or losses of the events just
counted (道路交通事故41起，死亡17人). Used by :func:`.lists._inherit`."""

from __future__ import annotations

import re

from .quantities import _Num
from .vocab import (
    _GROWTH_VERBS,
    _tag,
)

_LIGHT_VERB = re.compile(r"^(?:组织开展|开展|进行|组织)(?=[\u4e00-\u9fff]{3})")
# cases reported (报告法定传染病2368例, 累计报告…): the segmenter reads 报告 as a noun
_REPORTED = re.compile(r"^(?:累计|新)?报告(?=[\u4e00-\u9fff]{2})")
_BARE_ACT = re.compile(r"(?P<verb>[\u4e00-\u9fff]{2})(?P<rate>率)?")


# a pass rate said bare after the count of what was tested (出厂水检测52份，合格率100%; 抽检食品1200批次，合格率98.3%):
# the rate of those tests
_PASS_RATES = ("合格率", "达标率")
_PASSED = ("合格", "合格样品", "合格批次", "不合格", "不合格样品", "不合格批次")
_TEST_AFTER = re.compile(r"^(?P<x>[\u4e00-\u9fff]{2,8}?)(?P<verb>检测|抽检|监测|检验)$")
_TEST_BEFORE = re.compile(r"^(?:共|累计)?(?P<verb>检测|抽检|监测|检验)(?P<x>[\u4e00-\u9fff]{2,8}?)(?P<batch>批次)?$")


def _tested(metric: str) -> str:
    """出厂水检测 -> 出厂水; 抽检食品批次 -> 食品抽检; 检测食品样品 -> 食品样品; "" for a count of no test."""
    m = _TEST_AFTER.match(metric) or _TEST_BEFORE.match(metric)
    if not m:
        return ""
    return m.group("x") + ("抽检" if m.group("verb") == "抽检" else "")


def _object_of_act(metric: str, unit: str, prev: list[_Num]) -> str:
    """A bare verb or its rate (整改, 整改率, 办结率) after a figure that named the verb's object (排查一般事故隐患
    6342项, 受理投诉120件): the same object's (一般事故隐患整改, 投诉办结率); a count only in the object's unit
    (涉及居民1.2万户，已开工57个: what started is no household); "" otherwise."""
    tests = [x for x in prev if x.metric not in _PASSED][-1:]  # (…检测1062份，合格1060份，合格率99.8%)
    if metric in _PASS_RATES and tests and (tested := _tested(tests[0].metric)):
        return tested + metric  # 管网水检测1062份，…合格率99.8%: 管网水合格率; 抽检食品批次…，合格率: 食品抽检合格率
    if metric == "合格" and tests and _tested(tests[0].metric) and unit.strip() in ("份", "个", "批次", "批"):
        return "合格" + ("批次" if "批" in unit else "样品")  # 管网水检测1062份，合格1060份: the samples that passed
    m = _BARE_ACT.fullmatch(metric)
    counts = [x for x in prev if x.cls not in ("percent", "permille", "pp")]  # (收到申请1286件，同比增长42.6%，
    if m and not m.group("rate") and counts and counts[-1].unit != unit:  # 其中受理1174件: the count's unit)
        return ""
    tags = _tag(m.group("verb")) if m else []
    if not m or len(tags) != 1 or tags[0][1] not in ("v", "vn") or m.group("verb") in _GROWTH_VERBS:
        return ""
    for x in reversed(prev):
        if m.group("rate") and x.metric.endswith(m.group("verb")) and len(x.metric) > 2:
            # (…隐患整改 named just before: its rate; not 出口 after 进出口, a sibling; 开展满意度回访…，回访率: the
            # rate of the callbacks, not of holding them)
            return _LIGHT_VERB.sub("", x.metric) + "率"
        if m.group("rate") and (k := x.metric.find(m.group("verb"))) >= 2 and _tag(x.metric[:k])[-1][1][:1] == "n":
            return x.metric[:k] + metric  # 家庭医生签约服务覆盖人口26.5万人，签约率为41.3%: 家庭医生签约率
        if m.group("rate") and (reported := _REPORTED.match(x.metric)):
            return x.metric[reported.end():] + metric  # 报告法定传染病2368例，发病率为…: 法定传染病发病率
        first = _tag(x.metric)
        if first and first[0][1] == "p" and (obj := _object_after_means(first, m.group("verb"))):
            return obj + metric  # 通过基层立法联系点征集立法意见建议1342条，采纳218条: the suggestions adopted
        if len(first) > 1 and first[0][1] in ("v", "vn") and first[0][0] != m.group("verb"):
            obj = x.metric[len(first[0][0]):]
            return obj + metric if len(obj) >= 2 and _tag(obj)[0][1][:1] in ("n", "a", "i") else ""
        last = first[-1] if len(first) > 1 else ("", "")
        if not m.group("rate") and last[1] in ("v", "vn") and len(last[0]) == 2 and last[0] != m.group("verb"):
            # 制定地方性法规19件、修改14件、废止3件: the sibling act named its object already (地方性法规修改)
            # (only an object an earlier act named: 其中专题调研14次、视察11次 are no 专题视察)
            obj = x.metric[:-2]
            named = any(p is not x and p.metric.endswith(obj) and len(p.metric) > len(obj) for p in prev)
            return obj + metric if named and len(obj) >= 2 and _tag(obj)[0][1][:1] in ("n", "a", "i") else ""
        return ""
    return ""


def _object_after_means(tags: list[tuple[str, str]], verb: str) -> str:
    """The object of the act after a prepositional phrase of means or place (通过…联系点 征集 立法意见建议): the words
    after the last verb, when they end in a noun; "" otherwise."""
    at = [i for i, (w, t) in enumerate(tags[:-1]) if t == "v" and w != verb]
    if not at:
        return ""
    rest = tags[at[-1] + 1:]
    obj = "".join(w for w, _ in rest)
    return obj if len(obj) >= 2 and rest[-1][1] in ("n", "l", "nz", "vn") else ""


# what a count of events caused, and its name once the events are named (死亡 -> 道路交通事故死亡人数)
_OUTCOMES = {"死亡": "死亡人数", "死亡人数": "死亡人数", "受伤": "受伤人数", "受伤人数": "受伤人数",
             "遇难": "遇难人数", "失踪": "失踪人数", "直接经济损失": "直接经济损失", "经济损失": "经济损失",
             "直接财产损失": "直接财产损失", "财产损失": "财产损失", "事故起数": "起数", "起数": "起数",
             # (接报火灾2846起，亡6人，伤11人: a fire bulletin's short words for the dead and the injured)
             "亡": "死亡人数", "伤": "受伤人数"}


_EVENTS = re.compile(r"(?:各类|各种|共)?(?P<events>[\u4e00-\u9fff]{0,8}?(?:事故|火灾|灾害|灾情|险情))$")


_EVENT_VERBS = re.compile(r"(?:领域|行业|方面)?(?:共|累计)?(?:发生|接报|出现)")


def _outcome_of_events(metric: str, prev: list[_Num]) -> str:
    """Deaths, injuries or losses right after a count of events of one kind (道路交通事故41起，死亡17人; 接报火灾8起，
    直接财产损失126.3万元; …与上年相比，事故起数下降12.1%): those events' (道路交通事故死亡人数, 火灾直接财产损失,
    生产安全事故起数); "" when no count in 起 of named events comes before, past the other outcomes of those events."""
    outcome = _OUTCOMES.get(metric)
    if outcome is None:
        return ""
    for x in reversed(prev):  # (…58起，死亡21人，受伤37人: the injuries are still the accidents')
        if x.unit == "起":
            m = _EVENTS.search(_EVENT_VERBS.sub("", x.metric))
            events = m.group("events") if m else ""
            return events + outcome if len(events) >= 2 else ""
        if x.unit in ("%", "％") and not x.metric.endswith(tuple(_OUTCOMES.values())):
            continue  # (火灾1196起，占火灾总数的42.0%，亡4人; …96起，同比上升6.7%，伤3人: the events' share or change)
        if not x.metric.endswith(tuple(_OUTCOMES.values())):
            return ""
    return ""

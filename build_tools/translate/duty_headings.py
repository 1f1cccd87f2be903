"""Headings that hold someone to a responsibility (压实企业主体责任, 落实监管责任, 压实整改主体责任, 强化目标责任), the
closing measures of almost every notice, plan and circular, composed rather than listed:

- the verb: 压实/落实/夯实 (and 层层压实, 严格落实, 切实落实 ...) "Ensuring ... Are Fulfilled" after GWR 2021/375 压实
  各方责任 "see responsibilities are fulfilled by all the stakeholders"; 强化/加强 "Strengthening ...";
- whose: 企业 "enterprises", 部门 "departments", 各级 "authorities at all levels", 党委政府 "Party committees and
  governments", 乡镇 "townships and towns" ("Ensuring Enterprises Fulfil Their Primary Responsibility", after GWR
  2022/267 企业主体责任 "enterprises shoulder primary responsibility");
- what kind: 主体 "primary" (GWR 2022/267), 监管 "regulatory", 属地 "local" (GWR 2022/267 地方属地责任 "local
  governments fulfill their responsibilities"), 目标 "accountability for targets" (GWR 2008/75 目标责任制 "a system of
  accountability for reaching the targets"), 安全生产 "for workplace safety", 整改 "for rectification", or a glossary
  phrase ("Responsibility for Project Construction").

Anything else returns None (the heading stays marked). Project renderings after the segments cited."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .title_words import title_case

if TYPE_CHECKING:
    from .titles import TitleRenderer

FULFIL_VERBS = ("压实", "落实", "夯实")
STRENGTHEN_VERBS = ("强化", "加强")
ADVERBS = ("层层", "严格", "切实", "全面", "进一步", "持续")
OWNERS = {"企业": "enterprises", "部门": "departments", "各级": "authorities at all levels",
          "各方": "all stakeholders", "党委政府": "Party committees and governments",
          "乡镇": "townships and towns", "行业部门": "industry authorities", "承办单位": "the units in charge",
          "经营主体": "business entities"}
KINDS = {"主体": "primary", "监管": "regulatory", "属地": "local", "领导": "leadership", "管理": "management",
         "监督": "oversight"}
FOR_KINDS = {"整改": "rectification", "办理": "handling", "安全生产": "workplace safety", "安全": "safety",
             "防汛": "flood control"}
DUTY_RE = re.compile(r"(?P<adv>" + "|".join(ADVERBS) + r")?(?P<verb>" + "|".join(FULFIL_VERBS + STRENGTHEN_VERBS)
                     + r")(?P<owner>" + "|".join(sorted(OWNERS, key=len, reverse=True)) + r")?(?P<x>.*?)(?P<kind>"
                     + "|".join(KINDS) + r")?(?:工作)?责任(?:制)?")


def _responsibility(renderer: TitleRenderer, x: str, kind: str | None) -> tuple[str, bool] | None:
    """('primary responsibility', False), ('responsibility for rectification', False), ('responsibilities', True)
    (the plural flag), or None when the words before 责任 do not render."""
    if x in ("", "工作") and not kind:
        return "responsibilities", True
    adjective = f"{KINDS[kind]} " if kind else ""
    if not x:
        return f"{adjective}responsibility", False
    if x in FOR_KINDS:
        return f"{adjective}responsibility for {FOR_KINDS[x]}", False
    if x == "目标" and not kind:
        return "accountability for targets", False
    what = renderer.phrase(x.removesuffix("工作"))
    return (f"{adjective}responsibility for {what}", False) if what else None


def duty_heading(renderer: TitleRenderer, zh: str) -> str | None:
    """压实企业主体责任 -> 'Ensuring Enterprises Fulfil Their Primary Responsibility'; 落实监管责任 -> 'Ensuring
    Regulatory Responsibility Is Fulfilled'; 压实整改主体责任 -> 'Ensuring Primary Responsibility for Rectification Is
    Fulfilled'; 强化目标责任 -> 'Strengthening Accountability for Targets'; else None."""
    m = DUTY_RE.fullmatch(zh)
    if not m:
        return None
    found = _responsibility(renderer, m.group("x"), m.group("kind"))
    if found is None:
        return None
    duty, plural = found
    owner = OWNERS.get(m.group("owner") or "")
    if m.group("verb") in STRENGTHEN_VERBS:
        return title_case(f"strengthening {duty}" + (f" of {owner}" if owner else ""))
    if owner:
        return title_case(f"ensuring {owner} fulfil their {duty}")
    return title_case(f"ensuring {duty} {'are' if plural else 'is'} fulfilled")

"""The questions a policy interpretation (政策解读) is headed by, with or without 问：(补贴标准是多少？
哪些人可以申请补贴？ 消费者如何申领补贴？), as English questions: a frame for each way of asking, its topic a
glossary phrase or one of the generic nouns below. Project renderings in the plain style of the State Council's
Q&A pages; None when the topic does not render (the heading stays marked).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .title_words import title_case

if TYPE_CHECKING:
    from .titles import TitleRenderer

# topics too generic for the glossary, as a question names them
GENERIC = {"政策": "the policy", "本政策": "the policy", "补贴": "the subsidies", "活动": "the campaign",
           "本次活动": "the campaign", "补助": "the subsidies", "奖励": "the rewards", "资金": "the funds",
           "补贴资金": "subsidy funding", "产品": "products", "补贴标准": "the subsidy rates",
           "补贴范围": "the scope of the subsidies",
           "申请条件": "the eligibility criteria", "申报条件": "the eligibility criteria", "办理流程": "the procedure",
           "申请流程": "the application procedure", "申领流程": "the claim procedure"}
WHO = {"消费者": "consumers", "群众": "residents", "居民": "residents", "企业": "enterprises", "个人": "individuals",
       "参保人": "insured persons", "申请人": "applicants", "农户": "rural households"}
WHICH = {"企业": "Enterprises", "单位": "Entities", "经营主体": "Businesses", "商家": "Retailers",
         "机构": "Institutions", "商户": "Retailers"}
DOC_KINDS = {"细则": "Rules", "实施细则": "Implementation Rules", "指南": "Guidelines", "条例": "Regulations"}
CLAIM = r"(?:申领|申请|领取|办理)"
FRAMES: tuple[tuple[str, str], ...] = (
    (r"(?P<x>.+?)(?:的)?(?:出台|制定)(?:的)?背景是什么", "What Is the Background to {x}?"),
    (r"(?P<x>.+?)(?:实施)?期限是多久", "How Long Does {x} Last?"),
    (r"(?:今年|本年度)?(?:共)?安排了?多少(?P<x>.+?)", "How Much {x} Has Been Allocated{year}?"),
    (r"(?P<x>.+?)范围包括哪些(?P<y>.+?)", "What {y} Are Covered by {x}?"),
    (r"(?P<x>.+?)(?:是多少|有多少|是什么|有哪些)", "What {be} {x}?"),
    (r"哪些(?:人|人员|群众|居民|个人)(?:可以|能够|能)" + CLAIM + r"(?P<x>.+?)", "Who Can Apply for {x}?"),
    (r"哪些(?:人|人员|群众|居民|个人)(?:可以|能够|能)享受(?P<x>.+?)", "Who Is Eligible for {x}?"),
    (r"哪些(?P<which>" + "|".join(WHICH) + r")(?:可以|能够|能)参与(?P<x>.+?)", "Which {which} Can Take Part in {x}?"),
    (r"(?P<who>" + "|".join(WHO) + r")?如何" + CLAIM + r"(?P<x>.+?)", "How {can} {x}?"),
    (r"遇到问题(?:如何|怎样|向哪里)(?:咨询|反映)", "Where Can Questions Be Raised?"),
    (r"(?P<x>.+?)(?:是否|有没有)纳入(?P<y>.+?)(?:范围)?", "Are {x} Covered by {y}?"),
    (r"(?P<x>.+?)有没有额外(?P<y>.+?)", "Are There Additional {y} for {x}?"),
    (r"(?P<x>.+?)包括哪些(?P<y>.+?)", "What {y} Does {x} Cover?"),
)


def _topic(renderer: TitleRenderer, zh: str, plural: bool = False) -> str | None:
    """The English of a question's topic: a generic noun or a glossary phrase (unchanged), else None."""
    zh = zh.strip()
    doc = re.fullmatch(r"《(?P<d>[^《》]+)》", zh)  # 《细则》: the document by its kind
    if doc:
        from .title_headings import QA_DOCS

        kind = QA_DOCS.get(doc.group("d")) or DOC_KINDS.get(doc.group("d"))
        return f"the {kind}" if kind else None
    if zh in GENERIC:
        return GENERIC[zh]
    phrase = renderer.phrase(zh)
    if phrase and plural and not phrase.endswith("s"):
        return None  # (有没有额外补贴: the frame needs a plural noun)
    return phrase


def _is_plural(english: str) -> bool:
    last = (english.split() or [""])[-1]
    return (last.endswith("s") and not last.endswith(("ss", "us", "is"))) or last in ("criteria", "people", "data")


def question_heading(renderer: TitleRenderer, zh: str) -> str | None:
    """补贴标准是多少？ -> 'What Are the Subsidy Rates?'; 消费者如何申领补贴？ -> 'How Can Consumers Claim the
    Subsidies?'; None unless a frame matches and its topics render."""
    q = zh.strip().removeprefix("问：").removeprefix("问:")
    if not q.endswith(("？", "?")):
        return None
    q = q.rstrip("？?")
    for pattern, english in FRAMES:
        m = re.fullmatch(pattern, q)
        if not m:
            continue
        found = m.groupdict()
        parts: dict[str, str] = {}
        for key in ("x", "y"):
            if found.get(key):
                topic = _topic(renderer, found[key], plural=key == "y" and "Additional" in english)
                if topic is None:
                    return None
                parts[key] = topic
        x = parts.get("x", "")
        if "{can}" in english:
            who = WHO.get(found.get("who") or "")
            english = english.replace("{can}", f"Can {who} Claim" if who else "to Claim")
        year = f" in {renderer.year}" if getattr(renderer, "year", "") and found.get("x") and q.startswith(
            ("今年", "本年度")) else ""
        text = english.format(x=x, y=parts.get("y", ""), be="Are" if _is_plural(x) else "Is",
                              which=WHICH.get(found.get("which") or "", ""), year=year)
        return title_case(text[:-1]) + text[-1]
    return None

"""Subjects of titles composed by rule from glossary phrases (titles.py ``TitleRenderer.subject``), one step at a time:

- a modifier before a phrase: 农村 + 电子商务 -> "rural e-commerce", 基层 + 医疗卫生服务体系 -> "the community-level
  medical and health service system" (the modifier's adjective, ``MODIFIERS`` or the glossary's ``modifier``);
- an action noun after its object: 农村生活污水 + 治理 -> "the treatment of rural domestic sewage", 传染病 + 防控 ->
  "the prevention and control of communicable diseases" (``ACTIONS``: the action first, its object after "of");
- a list, fund, subsidy or campaign noun after what it is of: 行政许可事项 + 清单 -> "the list of matters requiring
  government approval", 全民阅读 + 活动 -> "the campaign for nationwide reading" (``NOUNS``).

Each step applies to a subject that itself renders in full (a glossary phrase or a composed one, to a small depth);
otherwise the whole is None and the title keeps the Chinese in its marker: nothing is guessed word by word. The
wording of each step is in ``title_tables.py``/below with its source; renderings without one are listed in
translations/README.md.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .title_tables import BUILT_OBJECTS, DEVELOPING, SUBJECT_ACTIONS

if TYPE_CHECKING:
    from .titles import TitleRenderer

# Modifiers before a subject, as English adjectives: GWR 2009/492 基层医疗卫生服务体系 "community-level medical and
# health service system", 2022/377 县域商业 "county-level commercial systems", 2017/398 城市 "urban areas"; the
# glossary's own modifiers (农村 "rural", 城镇 "urban") come first. Project renderings otherwise.
MODIFIERS = {"农村": "rural", "城镇": "urban", "城市": "urban", "乡村": "rural", "城乡": "urban and rural",
             "基层": "community-level", "县域": "county-level", "中小学": "primary and secondary school",
             "重大": "major", "公共": "public", "当前": "current"}  # (当前强降雨: the rain now falling; P)
# Action nouns after their object (longest first); {x} is the object with its article. GWR 2009/498 防控 "prevent and
# control (major communicable diseases)", 2015/538 防治 "preventing and controlling (air pollution)", 2008/208 监管
# "oversight", 2022/399 隐患排查整治 "identify and address (safety) hazards"; the others are project renderings after
# them.
ACTIONS: dict[str, str] = {
    "防控": "the prevention and control of {x}",
    "防治": "the prevention and control of {x}",
    "监管": "oversight of {x}",
    "监督管理": "supervision and administration of {x}",
    "治理": "the control of {x}",
    "保护利用": "the protection and utilization of {x}",
    "保护管理": "the protection and management of {x}",
    "建设管理": "the construction and management of {x}",
    "隐患排查整治": "the identification and elimination of {x} hazards",
    "专项整治": "the special rectification of {x}",
    "一体化": "the integration of {x}",
    "防御": "the prevention of {x}",
    "防范应对": "the prevention of and response to {x}",  # (强降雨防范应对: P)
    "技术改造": "the technological upgrading of {x}",  # GWR 2019/386 "technological transformation and upgrading"
    "流转": "the transfer of {x}",
    "供应": "the supply of {x}",
    "扶持": "support for {x}",
    "奖励": "incentives for {x}",
    "整治": "the rectification of {x}",
    "改造": "the renovation of {x}",
    # (新能源汽车推广应用: after GWR 2020/261 "promote wider use of new-energy automobiles", 2022/374; P)
    "推广应用": "the promotion and application of {x}",
    "推广": "the promotion of {x}",
    "综合利用": "the comprehensive use of {x}",  # (GWR 2017/502 "make comprehensive use of straw")
}
# 治理 of what is treated rather than controlled: sewage and waste (GWR 2021/504 "treat waste water")
TREATED = ("sewage", "wastewater", "waste water", "waste", "garbage")
# Nouns after what they are of (lists, funds, subsidies, campaigns); project renderings.
NOUNS: dict[str, str] = {
    "清单": "the list of {x}",
    "名录": "the list of {x}",
    "专项资金": "special funds for {x}",
    "活动": "the campaign for {x}",  # "the {x} campaign" when x is a bare noun phrase (nationwide reading)
    "事故": "accidents involving {x}",
    "安全": "the safety of {x}",
    "专项整治行动": "the special rectification campaign against {x}",
    "专项行动": "the special campaign on {x}",
    "就业创业": "the employment and entrepreneurship of {x}",
    "基本生活保障": "basic living support for {x}",  # after GWR 2020/386 "have their basic living needs met"
    # an insurance scheme's enrolment, contributions and benefits (…城乡居民基本医疗保险参保缴费和待遇保障工作,
    # …住院待遇标准): project renderings (GWR 2017/556 "personal contributions")
    "参保缴费和待遇保障": "enrolment, contributions and benefits of {x}",
    "参保缴费": "enrolment and contributions of {x}",
    "待遇保障": "benefits of {x}",
    "待遇标准": "benefit standards of {x}",
    "住院待遇标准": "inpatient benefit standards of {x}",
}
MAX_DEPTH = 3
# Seasons before a subject (2025年冬春季传染病防控): said after it with the year, "in Winter and Spring 2025" (project
# renderings; 汛期 "flood season" as the glossary's 汛期安全 "safety in the flood season").
SEASONS = {"冬春季": "Winter and Spring", "秋冬季": "Autumn and Winter", "春夏季": "Spring and Summer",
           "春季": "Spring", "夏季": "Summer", "秋季": "Autumn", "冬季": "Winter", "汛期": "the Flood Season"}


# the honoured of a field (全市安全生产工作先进集体和先进个人: a list's or a decision's subject):
# "advanced collectives and individuals in workplace safety" (as the commendations: bulletin_words,
# title_objects; P); the whole place (全市) is the document's own and left out
HONOURED_RE = re.compile(r"^(?:全市|全县|全区|全省|全州|全旗|全镇|全乡)?(?P<field>.{2,20}?)(?:工作)?"
                         r"(?P<who>先进集体和先进个人|先进单位和先进个人|先进集体|先进个人|先进单位|先进工作者)$")
HONOURED = {"先进集体和先进个人": "advanced collectives and individuals",
            "先进单位和先进个人": "advanced units and individuals", "先进集体": "advanced collectives",
            "先进个人": "advanced individuals", "先进单位": "advanced units", "先进工作者": "advanced workers"}


def composed_subject(renderer: TitleRenderer, zh: str, depth: int = 0) -> str | None:
    """The English of a subject one or more rule steps from glossary phrases (lower case, article where needed), or
    None when any part does not render."""
    zh = zh.strip()
    if len(zh) < 2 or depth > MAX_DEPTH:
        return None
    honoured = HONOURED_RE.match(zh) if not depth else None
    if honoured:
        field = composed_subject(renderer, honoured.group("field"), depth + 1)
        return f"{HONOURED[honoured.group('who')]} in {_bare(field)}" if field else None
    if depth:
        whole = renderer.phrase(zh) or renderer._action(zh) or renderer._object(zh, "")
        if whole:
            return whole
    for action in sorted(ACTIONS, key=len, reverse=True):
        if zh.endswith(action) and len(zh) > len(action) + 1:
            obj = composed_subject(renderer, zh[: -len(action)], depth + 1)
            if obj:
                if action == "治理" and obj.endswith(TREATED):
                    return f"the treatment of {obj}"
                if action == "隐患排查整治":
                    return ACTIONS[action].format(x=_bare(obj))
                return ACTIONS[action].format(x=_object(obj))
    for action in sorted(SUBJECT_ACTIONS, key=len, reverse=True):  # 农村电子商务发展: the existing actions, composed
        if zh.endswith(action) and len(zh) > len(action) + 1:
            obj_zh = zh[: -len(action)]
            if action == "建设" and not obj_zh.endswith(BUILT_OBJECTS):
                continue
            obj = composed_subject(renderer, obj_zh, depth + 1)
            if obj is None or (action == "发展" and not _bare(obj).endswith(DEVELOPING)):
                continue
            return f"the {SUBJECT_ACTIONS[action]} of {_object(obj)}"
    for noun in sorted(NOUNS, key=len, reverse=True):
        if zh.endswith(noun) and len(zh) > len(noun) + 1:
            obj = composed_subject(renderer, zh[: -len(noun)], depth + 1)
            if obj and noun == "活动" and obj.endswith(" Month"):  # 安全生产月活动: "Work Safety Month Activities"
                return f"{obj} activities"
            if obj and noun == "活动" and not re.search(r"\b(?:of|for|in|on)\b", obj):
                return f"the {_bare(obj)} campaign"
            if obj and noun == "事故" and obj.endswith("safety"):  # 食品安全事故: "food safety incidents"
                return f"{_bare(obj)} incidents"
            if obj:
                return NOUNS[noun].format(x=_bare(obj) if noun == "活动" else _object(obj))
    for modifier in sorted(MODIFIERS, key=len, reverse=True):
        if zh.startswith(modifier) and len(zh) > len(modifier) + 1:
            rest = composed_subject(renderer, zh[len(modifier):], depth + 1)
            adjective = _modifier(renderer, modifier)
            if rest and adjective and not re.search(r"\b(?:of|for)\b", rest):  # "rural the treatment of": no
                bare = _bare(rest)
                definite = rest.startswith("the ") or modifier == "当前"  # the rain now falling: "the current ..."
                return f"the {adjective} {bare}" if definite else f"{adjective} {bare}"
    return None


def _modifier(renderer: TitleRenderer, zh: str) -> str | None:
    entry = renderer.glossary.lookup(zh)
    if entry is not None and entry.modifier and "~" not in entry.modifier:
        return entry.modifier
    return MODIFIERS.get(zh)


def _bare(english: str) -> str:
    return english[4:] if english.startswith("the ") else english


def _object(english: str) -> str:
    """The object after "of" with its article: with_article's, and "the" before a singular system or mechanism
    whose name has "and" in it ("the medical and health service system")."""
    from .title_tables import COUNT_NOUNS
    from .title_words import with_article

    out = with_article(english)
    if not re.match(r"(?:a|an|the) ", out) and out.split()[-1] in COUNT_NOUNS and not re.search(
            r"\b(?:of|for|in|on|to|with|by)\b", out):  # the last word is the head
        return f"the {out}"
    return out


def seasonal(renderer: TitleRenderer, zh: str, where: str) -> tuple[str | None, str]:
    """A subject opening with a season (冬春季传染病防控): its English and the season joined to the place or year
    said after it (" in 2025" -> " in Winter and Spring 2025"); (None, where) when there is no season or the rest
    does not render."""
    season = next((s for s in SEASONS if zh.startswith(s) and len(zh) > len(s) + 1), "")
    if not season:
        return None, where
    rest = zh[len(season):]
    english = renderer.phrase(rest) or renderer._action(rest) or composed_subject(renderer, rest)
    if english is None:
        return None, where
    year = re.fullmatch(r" in (\d{4})", where)
    if year:
        when = f" in the {year.group(1)} Flood Season" if season == "汛期" else f" in {SEASONS[season]} {year.group(1)}"
    else:
        when = f"{where} in {SEASONS[season]}"
    return english, when

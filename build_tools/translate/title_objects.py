"""Objects of a title's verb that are not a glossary phrase alone (titles.py ``TitleRenderer.subject``): examples
listed before 等, trade-ins, confidence, capacity, certain documents repealed, those commended in a field, and
inspection campaigns; whole heading frames. Each returns None unless every glossary part renders (never word by
word)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .periods import ordinal
from .report_titles import CENSUSES, ORDINAL_WORDS
from .title_compose import HONOURED, composed_subject
from .title_tables import CN_NUM, SCOPES, SESSION_WORDS
from .title_words import cn_int, title_case, with_article

if TYPE_CHECKING:
    from .titles import TitleRenderer

CENSUS_SUBJECT_RE = re.compile(r"第(?P<n>[一二三四五六七八九])次全国(?P<what>人口|经济|农业|土壤)普查(?:工作)?")


def title_object(renderer: TitleRenderer, zh: str, verb: str) -> str | None:
    """Objects of a heading verb made of glossary phrases (project renderings after the work reports):
    汽车等大宗消费 'spending on big-ticket items such as automobiles' (GWR 2021/413), 家电以旧换新 'trade-ins of
    home appliances', 优化营商环境的信心 (after 增强) 'confidence in improving the business environment', 夜间消费
    活力 after 激发 'nighttime consumption' (激发X活力 "Stimulating X"); else None."""
    some = re.fullmatch(r"部分(?P<who>[^等]{2,12})等人员(?P<what>[^等]{2,20})", zh)
    if some:  # 部分优抚对象等人员抚恤和生活补助标准: "... for Some Entitled Groups and Other Personnel" (P)
        from .metrics import metric_en

        who, what = metric_en(some.group("who"), renderer.glossary), renderer.phrase(some.group("what"))
        return f"{what} for some {who} and other personnel" if who and what else None
    m = re.fullmatch(r"(?P<x>[^等]+)等(?P<y>[^等]+)", zh)
    if m:  # 汽车、家电等大宗消费: the examples listed, each a glossary phrase
        xs, y = [renderer.phrase(x) for x in m.group("x").split("、")], renderer.phrase(m.group("y"))
        if not y or not all(xs):
            return None
        examples = [x for x in xs if x]
        listed = examples[0] if len(examples) == 1 else ", ".join(examples[:-1]) + " and " + examples[-1]
        return f"{y} such as {listed}"
    m = re.fullmatch(r"部分(?P<x>.+)", zh)
    if m and verb in ("废止", "修改", "废止和修改", "调整"):  # 废止部分行政规范性文件 "Repealing Certain ..."
        x = renderer.phrase(m.group("x"))
        return f"certain {x}" if x else None
    m = re.fullmatch(r"(?P<scope>全市|全县|全区|全省|全州)?(?P<x>.+?)"
                     r"(?P<who>先进集体和先进个人|先进单位和先进个人)", zh)
    if m and verb == "表彰":  # those commended in a field: "the Citywide Advanced Collectives and Individuals in X"
        x = renderer.phrase(m.group("x")) or renderer.phrase(m.group("x").removesuffix("工作"))
        scope = f"{SCOPES[m.group('scope')].lower()} " if m.group("scope") else ""
        return f"the {scope}{HONOURED[m.group('who')]} in {x}" if x else None
    m = re.fullmatch(r"(?P<x>.+?)(?P<kind>大检查|专项检查|监督检查|抽检|监督抽检|专项整治)", zh)
    if m and verb == "开展":  # an inspection campaign of a field (project renderings); the field may be composed
        x = renderer.phrase(m.group("x").removesuffix("工作")) or composed_subject(renderer, m.group("x").removesuffix(
            "工作"))
        kinds = {"大检查": "a major inspection of {x}", "专项检查": "special inspections of {x}",
                 "监督检查": "supervision and inspection of {x}", "抽检": "sampling inspections for {x}",
                 "监督抽检": "supervisory sampling inspections for {x}", "专项整治": "special rectification of {x}"}
        return kinds[m.group("kind")].format(x=x) if x else None
    m = re.fullmatch(r"(?P<x>.{2,}?)标准", zh)
    if m and verb in ("调整", "提高", "调整提高"):  # 调整…基础养老金标准: "the standards of <x>" (project rendering)
        x = renderer.phrase(m.group("x"))
        return f"the standards of {x}" if x else None
    m = CENSUS_SUBJECT_RE.fullmatch(zh)
    if m:  # 开展第三次全国土壤普查: "the Third National Soil Census", as the census communiqués (report_titles.py)
        return f"the {ORDINAL_WORDS[CN_NUM[m.group('n')]]} {CENSUSES[m.group('what')]}"
    m = re.fullmatch(r"(?P<x>.+?)以旧换新", zh)
    if m:
        x = renderer.phrase(m.group("x"))
        return f"trade-ins of {x}" if x else None
    m = re.fullmatch(r"(?P<x>.+?)的?信心", zh)
    if m and verb in ("增强", "进一步增强", "提振"):
        x = renderer.subject(m.group("x"))
        return f"confidence in {x[:1].lower() + x[1:]}" if x else None
    if verb == "激发" and zh.endswith("活力") and len(zh) > 2:
        return renderer.phrase(zh[:-2])
    m = re.fullmatch(r"(?P<x>.+?)(?:服务)?能力", zh)
    if m and verb in ("提升", "增强", "强化", "提高"):  # 提升机构养老服务能力: the capacity of the services
        x = renderer.phrase(m.group("x") + "服务") or renderer.phrase(m.group("x"))
        return f"the capacity of {x}" if x else None
    return None


# a notice of a ranking of the lower levels (2025年1—10月各县区环境空气质量排名情况): "the Ranking of Ambient Air
# Quality of the Counties and Districts, January-October 2025" (project rendering)
RANKING_RE = re.compile(r"(?:(?P<year>\d{4})年)?"
                        r"(?:(?P<m1>\d{1,2})\s*[—–\-－至~～]\s*(?P<m2>\d{1,2})月份?|(?P<m>\d{1,2})月份?)?"
                        r"(?P<units>各县区|各区县|各县市区|各县（市、区）|各县（市）区|各县（区）|各市|各县)"
                        r"(?P<what>.+?)(?:排名|排位)(?:情况)?")
RANKED_UNITS = {"各县区": "the Counties and Districts", "各区县": "the Counties and Districts",
                "各县市区": "the Counties, County-Level Cities and Districts",
                "各县（市、区）": "the Counties, County-Level Cities and Districts",
                "各县（市）区": "the Counties, County-Level Cities and Districts",
                "各县（区）": "the Counties and Districts", "各市": "the Cities", "各县": "the Counties"}
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")


def ranking_subject(renderer: TitleRenderer, zh: str) -> str | None:
    """2025年1—10月各县区环境空气质量排名情况 -> 'the Ranking of Ambient Air Quality of the Counties and Districts,
    January-October 2025'; None unless the ranked field renders."""
    m = RANKING_RE.fullmatch(zh)
    what = renderer.phrase(m.group("what")) if m else None
    if not m or not what:
        return None
    months = [int(x) for x in (m.group("m1"), m.group("m2"), m.group("m")) if x]
    when = "-".join(MONTH_NAMES[k - 1] for k in months if 1 <= k <= 12)
    when = " ".join(p for p in (when, m.group("year") or "") if p)
    title = " ".join(w[:1].upper() + w[1:] if w not in ("of", "and") else w for w in what.split())
    return f"the Ranking of {title} of {RANKED_UNITS[m.group('units')]}" + (f", {when}" if when else "")


def framed_heading(renderer: TitleRenderer, zh: str) -> str | None:
    """Whole heading frames: 推动X持续改善 'Continuing to Improve X' (as 持续改善 GWR 2022/459), 确保各项任务落地
    见效 'Ensuring All Tasks Are Fully Implemented' (落地见效 GWR 2019/408 'fully implemented'); else None."""
    if (ranked := ranking_subject(renderer, zh)) is not None:  # 1—10月各县区环境空气质量排名情况
        return ranked
    m = re.fullmatch(r"(?P<y>\d{4})年度?(?P<x>.+?)数据", zh)
    if m:  # 2025年棠川市粮食产量数据: "Grain Output in Tangchuan in 2025" (as the NBS's "…on Grain Output in 2024")
        rest, where = renderer._where(m.group("x"))
        x = renderer.phrase(rest)
        return title_case(f"{x}{where} in {m.group('y')}") if x and "(" not in where else None
    m = re.fullmatch(r"(?:推动|促进)(?P<x>.+?)(?:持续|不断)(?:改善|优化)", zh)
    if m:
        x = renderer.phrase(m.group("x"))
        return title_case(f"continuing to improve {with_article(x)}") if x else None
    m = re.fullmatch(r"确保(?P<x>各项任务|各项工作|各项政策|各项措施|各项政策措施)(?:全面)?落地见效", zh)
    if m:
        what = {"各项任务": "All Tasks Are", "各项工作": "All Work Is", "各项政策": "All Policies Are",
                "各项措施": "All Measures Are", "各项政策措施": "All Policies and Measures Are"}[m.group("x")]
        return f"Ensuring {what} Fully Implemented"
    return None


# the rectification after a round of inspection tours (县委第五轮巡察集中整改进展情况, 巡视整改落实情况): "the Progress
# of Rectification after the Fifth Round of Inspections by the County Party Committee" (巡视 "inspections" GWR
# 2019/460; 巡察, the county's and city's own tours, the same word; 整改 "rectification" P)
RECTIFICATION_RE = re.compile(r"(?P<who>[省市县区]委)?(?:第(?P<n>[一二三四五六七八九十]{1,3})轮)?(?:巡视|巡察)"
                              r"(?:反馈问题)?(?P<together>集中)?整改(?P<stage>进展|落实)?情况")
COMMITTEES = {"省委": "the Provincial Party Committee", "市委": "the Municipal Party Committee",
              "县委": "the County Party Committee", "区委": "the District Party Committee"}


def rectification_subject(zh: str) -> str | None:
    """县委第五轮巡察集中整改进展情况 -> 'the Progress of Rectification after the Fifth Round of Inspections by the
    County Party Committee'; None for anything else."""
    m = RECTIFICATION_RE.fullmatch(zh)
    if not m:
        return None
    n = cn_int(m.group("n")) if m.group("n") else 0
    if m.group("n") and not n:
        return None
    rounds = f"the {SESSION_WORDS.get(n) or ordinal(n)} Round of Inspections" if n else "Inspections"
    by = f" by {COMMITTEES[m.group('who')]}" if m.group("who") else ""
    stage = {"进展": "the Progress of ", "落实": "the Implementation of "}.get(m.group("stage") or "", "")
    return title_case(f"{stage}rectification after {rounds}{by}")

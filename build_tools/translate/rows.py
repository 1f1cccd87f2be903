"""Key-figure rows in English, generated from a Figure's fields and the glossary (status "derived").

``GDP: +7% year on year, H1 2019 (5th in Liaoning)``. The metric comes from the glossary: exact term, then
"<amount>元以上<noun>" (projects worth over CNY 100 million), then a known metric preceded by known
qualifiers (乡镇 + 财政收入 -> township fiscal revenue). When the metric or any other part cannot be
rendered, the row keeps the Chinese of that part in a visible marker and its status is "missing".
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from ..model import Figure, TranslatedText
from .bodies import BODIES
from .comparisons import (
    COMPARE_LEVEL_RE,
    GOAL_GAP_RE,
    Context,
    english_comparison,
    english_qualifier,
    english_rank,
    marked,
)
from .count_units import named, names_counted
from .figure_reading import RATE_UNITS, households, reading
from .glossary import Entry, Glossary, apply_modifier
from .memory import text_hash
from .metric_patterns import EMPTY_VERBS
from .metric_tables import HEADS, PARTNERS
from .metrics import clean_metric, metric_en, sanction_line
from .names import name_en
from .normals import against_normal
from .numbers import POINTS, english_number, exact, percent, quantity
from .occasions import occasion_en
from .periods import edge_period
from .ranges import RANGE_RE, range_text

log = logging.getLogger(__name__)

THRESHOLD_RE = re.compile(r"^(?P<amount>\d+(?:\.\d+)?)?(?P<mag>万|亿)?元(?:以上|及以上)(?P<head>.+)$")
NEWLY_DONE = re.compile(r"^新((?:创建|建成|认定|评定|获批|入选)[\u4e00-\u9fff].+)$")
DROPPED_SUFFIXES = ("增速", "增幅", "增长率", "总量", "数量")
HEAD_CATEGORIES = ("metric", "term", "programme")


@dataclass(frozen=True)
class MetricEnglish:
    text: str  # the metric in English, lower case unless a name or acronym
    noun: str = ""  # what a count of it counts


def _threshold(metric: str, glossary: Glossary) -> MetricEnglish | None:
    m = THRESHOLD_RE.match(metric)
    if not m:
        return None
    head = _simple(m.group("head"), glossary) or _composed(m.group("head"), glossary)
    if head is None:
        return None
    amount = exact(m.group("amount") or "1") * {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, None: 1}[m.group("mag")]
    worth = f"worth over CNY {english_number(amount)}"
    if head.noun and f"{head.noun} " in f"{head.text} ":  # 开复工项目: "projects worth over ... started or resumed"
        return MetricEnglish(re.sub(rf"\b{re.escape(head.noun)}\b", f"{head.noun} {worth}", head.text, count=1),
                             head.noun)
    return MetricEnglish(f"{head.noun or head.text} {worth}", head.noun)


def _simple(metric: str, glossary: Glossary) -> MetricEnglish | None:
    entry = glossary.lookup(metric)
    if entry is not None and entry.category in HEAD_CATEGORIES and not entry.is_helper:  # 开工 alone: no metric
        return MetricEnglish(entry.en, entry.noun)
    return None


def _is_modifier(entry: Entry) -> bool:
    return entry.modifier is not None


def _composed(metric: str, glossary: Glossary) -> MetricEnglish | None:
    """A metric name made of glossary terms: qualifiers, a head metric, and modifiers after it.

    乡镇 + 财政收入 -> "township fiscal revenue"; 朝阳 + 地区生产总值 -> "GDP (Chaoyang)";
    清洁能源 + 项目 -> "projects (clean energy)"; 地区生产总值 + 预计完成 -> "GDP (forecast)". Every character
    must belong to a known term, otherwise None (no guessing, no word-by-word output).
    """
    matches = glossary.find_terms(metric, HEAD_CATEGORIES + ("place", "body", "slogan"), helpers=True)
    if not matches or sum(m.end - m.start for m in matches) != len(metric):
        return None
    heads = [i for i, m in enumerate(matches) if m.entry.category == "metric"]
    if not heads:
        heads = [i for i, m in enumerate(matches) if m.entry.category in HEAD_CATEGORIES and not _is_modifier(m.entry)]
    if not heads:
        return None
    h = heads[-1]
    head = matches[h].entry
    if any(not _is_modifier(m.entry) for m in matches[h + 1:]):
        return None
    text = head.en
    qualifiers: list[str] = []
    sectors: list[str] = []  # qualifiers that are terms (制造业), not places or bodies (朝阳)
    for match in reversed(matches[:h]):
        entry = match.entry
        if _is_modifier(entry):
            text = apply_modifier(entry.modifier or "", text)
        elif entry.category == "metric":  # two metrics in one name: no safe reading
            return None
        else:
            qualifiers.insert(0, entry.short or entry.en)
            if entry.category in ("term", "programme"):
                sectors.insert(0, entry.en)
    frame = HEADS.get(head.zh, ("", None, ""))[0]
    if len(qualifiers) == 1 and sectors and "{s}" in frame and text == head.en:
        # 制造业投资 -> "investment in manufacturing", as the statistical grammar says it (metric_tables.HEADS)
        return MetricEnglish(frame.format(s=sectors[0]), head.noun)
    for match in matches[h + 1:]:
        text = apply_modifier(match.entry.modifier or "", text)
    if qualifiers:
        text += f" ({', '.join(qualifiers)})"
    return MetricEnglish(text, head.noun)


def _prefixed_threshold(metric: str, glossary: Glossary) -> MetricEnglish | None:
    """Modifiers before a threshold metric: 实施 + 亿元以上项目, 全市 + 5亿元以上项目, 新开工 + 亿元以上项目."""
    m = re.match(r"^(.+?)(\d*(?:\.\d+)?(?:万|亿)?元(?:以上|及以上).+)$", metric)
    if not m:
        return None
    head = _threshold(m.group(2), glossary) or _simple(m.group(2), glossary)
    prefix = m.group(1)
    verb = glossary.lookup(prefix[1:]) if prefix.startswith("新") else None
    participle = re.fullmatch(r"~ (\w+ed)", verb.modifier or "") if verb is not None and verb.is_helper else None
    if head is not None and participle:  # 新开工 / 新签约 + 亿元以上项目: "newly started projects worth over ..."
        return MetricEnglish(f"newly {participle.group(1)} {head.text}", head.noun)
    matches = glossary.find_terms(prefix, helpers=True)
    if head is None or sum(x.end - x.start for x in matches) != len(prefix):
        return None
    text = head.text
    for match in reversed(matches):
        if not _is_modifier(match.entry):
            return None
        text = apply_modifier(match.entry.modifier or "", text)
    return MetricEnglish(text, head.noun)


def _reached(metric: str, glossary: Glossary) -> MetricEnglish | None:
    """实现/完成/达到 + a statistical indicator (完成一般公共预算收入): the verb only says the figure was reached.

    The indicator alone, not "general public budget revenue completed". Investment keeps its verb: "investment
    completed" (完成投资) is the indicator's own name in NBS usage.
    """
    verb = next((v for v in EMPTY_VERBS if metric.startswith(v) and len(metric) > len(v) + 1), None)
    if verb is None:
        return None
    entry = glossary.lookup(metric[len(verb):])
    if entry is None or entry.category != "metric" or entry.is_helper or entry.zh == "投资":
        return None
    return MetricEnglish(entry.en, entry.noun)


# a total named with its set (extract/figures/sets.py: 重点项目总投资, “一县一业”规上企业产值), longest first; NBS
# wording of the totals (investment completed, output value, operating revenue)
SET_TOTALS_EN = {"协议总投资": "contracted investment in {}", "计划总投资": "planned total investment in {}",
                 "累计完成投资": "cumulative investment completed in {}", "完成投资": "investment completed in {}",
                 "总投资": "total investment in {}", "工业总产值": "gross industrial output value of {}",
                 "总产值": "gross output value of {}", "产值": "output value of {}",
                 "营业收入": "operating revenue of {}", "主营业务收入": "main business revenue of {}",
                 "利润总额": "total profits of {}", "利润": "profits of {}", "年税收": "annual tax revenue from {}",
                 "税收": "tax revenue from {}"}
_SET_TOTALS = sorted(SET_TOTALS_EN, key=len, reverse=True)


def _total_of_set(metric: str, glossary: Glossary) -> MetricEnglish | None:
    """重点项目总投资 -> 'total investment in key projects': the total's English with its set's."""
    total = next((t for t in _SET_TOTALS if metric.endswith(t) and len(metric) > len(t) + 1), None)
    if total is None:
        return None
    found = metric_english(metric[: -len(total)], glossary)
    return MetricEnglish(SET_TOTALS_EN[total].format(found.text)) if found is not None else None


_SIZED_PART = re.compile(r"^(?P<whole>[^\d]{2,}?)(?P<size>(?:\d+(?:\.\d+)?)?(?:千万|百万|万|亿)?元(?:及)?以上)"
                         r"(?P<head>[\u4e00-\u9fff]{1,4})$")


def _sized_part(metric: str, glossary: Glossary) -> MetricEnglish | None:
    """开工在建亿元以上项目 (a part by size of a whole, extract/figures/sets.py) -> 'projects under construction worth
    over CNY 100 million': the whole's English (开工在建项目) with the size of the part's ('projects worth …')."""
    m = _SIZED_PART.match(metric)
    if m is None:
        return None
    whole = metric_english(m.group("whole") + m.group("head"), glossary) or metric_english(m.group("whole"), glossary)
    sized = metric_english(m.group("size") + m.group("head"), glossary)
    if whole is None or sized is None or " worth " not in sized.text:
        return None
    noun, _, size = sized.text.partition(" worth ")
    return MetricEnglish(f"{whole.text} worth {size}", sized.noun) if whole.text.startswith(noun) else None


# the members of a set counted by what their measure did (有19个行业利润总额同比增长: 利润总额同比增长的行业; P)
MEMBERS = {"行业": "industries", "县区": "counties and districts", "乡镇": "towns and townships", "企业": "enterprises"}
CHANGED = {"增长": "grew", "上升": "rose", "下降": "fell", "减少": "fell"}
MEMBERS_CHANGED_RE = re.compile(rf"^(.{{2,}}?)(?:同比|比上年)?({'|'.join(CHANGED)})的({'|'.join(MEMBERS)})$")
COHORT_RE = re.compile(r"^((?:19|20)\d{2})届(.{2,})$")  # a year's graduates (2025届高校毕业生…)


def metric_english(metric: str, glossary: Glossary) -> MetricEnglish | None:
    """English for a metric name, or None if the glossary cannot render it.

    Tried in order: the exact term; "<amount>元以上<noun>"; the name as a composition of glossary terms
    (with words such as 增速, 总量 that only restate the figure's kind removed).
    """
    metric = clean_metric(metric)
    members = MEMBERS_CHANGED_RE.match(metric)
    if members is not None:  # 利润总额同比增长的行业: the members of a set whose measure rose or fell
        found = metric_english(members.group(1), glossary)
        return None if found is None else MetricEnglish(
            f"{MEMBERS[members.group(3)]} whose {found.text} {CHANGED[members.group(2)]}")
    cohort = COHORT_RE.match(metric)
    if cohort is not None:  # 2025届高校毕业生离校时就业率: the rate of one year's graduates, the class named after it
        found = metric_english(cohort.group(2), glossary)
        return None if found is None else MetricEnglish(f"{found.text} (class of {cohort.group(1)})", found.noun)
    reached = _reached(metric, glossary)
    if reached is not None:
        return reached
    candidates = [metric, *(metric[: -len(s)] for s in DROPPED_SUFFIXES if metric.endswith(s) and len(metric) > len(s)),
                  *NEWLY_DONE.findall(metric)]  # 新创建省级美丽乡村示范村: as 创建… (what is created is new)
    for candidate in candidates:
        found = _simple(candidate, glossary) or _threshold(candidate, glossary)
        if found is not None:
            return found
    for candidate in candidates:
        found = _composed(candidate, glossary) or _prefixed_threshold(candidate, glossary)
        if found is not None:
            return found
    for candidate in candidates:  # the statistical grammar (metrics.py): 第一产业增加值, 城镇常住人口 ...
        text = metric_en(candidate, glossary)
        if text is not None:
            return MetricEnglish(text)
    found = _total_of_set(metric, glossary) or _sized_part(metric, glossary)
    if found is None and ("“" in metric or "”" in metric):  # 建成城市“15分钟生活圈”: a name the glossary lists bare
        return metric_english(re.sub("[“”]", "", metric), glossary)
    return found


def _capital(text: str) -> str:
    """The first letter in capitals, after any opening quotation mark (“Zero-waste factories” built)."""
    lead = len(text) - len(text.lstrip("“‘\"'("))
    return text[:lead] + text[lead:lead + 1].upper() + text[lead + 1:]


def _as_written(fig: Figure) -> Decimal | None:
    """The rate as the source writes it when that keeps a trailing zero (占比54.0% -> Decimal('54.0')), else None."""
    for m in re.finditer(r"(?<![\d.])(\d+\.\d*0)(?=\s*(?:%|％|个?百分点))", fig.text or ""):
        number = Decimal(m.group(1))
        if number == abs(Decimal(str(fig.value))):
            return number
    return None


def _value(fig: Figure, noun: str, glossary: Glossary, signed: bool, label: str = "") -> str | None:
    unit = fig.unit.strip()
    written = _as_written(fig) if unit in ("%", "％", "个百分点", "百分点") else None  # (54.0%: "54.0%")
    value = -abs(fig.value) if signed and fig.direction == "down" else fig.value  # 下降14.4% -> -14.4%
    if written is not None:
        value = -written if signed and fig.direction == "down" else written
    if unit in ("%", "％") and not signed:
        return percent(written if written is not None else fig.value)
    if not unit and fig.kind == "share" and 0 < fig.value < 1:  # a fraction (占全省1/5 -> 0.2): as a percentage
        return percent(round(fig.value * 100, 1))
    if not unit and fig.kind == "growth" and fig.base_unit == "ratio" and 0 < abs(fig.value) < 1:
        return percent(round(value * 100, 1), signed=signed)  # 下降三分之一 (0.333333): "down 33.3%"
    text = quantity(value, unit, glossary, signed=signed, noun=noun, unitless=named(label, noun))
    # a measure that repeats the label's head ("Days of good air quality: 299 days"): the number alone
    m = TRAILING_WORD_RE.fullmatch(text or "")
    return m.group(1) if m and label and names_counted(label, m.group(2)) else text


TRAILING_WORD_RE = re.compile(r"(.*\d) ([a-z]+)")
# a label that names a rate of growth (natural growth rate of population): its value is the rate's level
NAMED_RATE_RE = re.compile(r"\b(?:growth|increase) rate\b")


def _amount(fig: Figure, metric: MetricEnglish | None, glossary: Glossary, missing: list[str],
            keep_unit: bool = False) -> str:
    """The value with its qualifier: '+7%', 'over CNY 36 billion', 'growth of about 7.1%'."""
    if fig.unit.strip() == "成":
        # 较常年同期偏多4成: tenths, "40% more than normal" (偏多1～2成: 10-20%)
        high = RANGE_RE.match(fig.qualifier.strip())
        qualifier = (f"至{float(high.group('n')) * 10:g}%" if high and high.group("unit").strip() in ("", "成")
                     else fig.qualifier)
        fig = replace(fig, value=round(fig.value * 10, 6), unit="%", qualifier=qualifier)
    if fig.kind != "growth" and fig.unit.strip() in ("%", "％") and not fig.comparison and any(
            clean_metric(fig.metric).endswith(w) for w in RATE_WORDS):
        # 地区生产总值增速将保持在6%左右: a growth rate stated as a level; its row drops 增速 ("GDP"), so the value says
        # what it is ("growth of about 6%")
        fig = replace(fig, kind="growth", direction=fig.direction or ("up" if fig.value >= 0 else "down"))
    elif (fig.kind == "growth" and not fig.comparison and metric and NAMED_RATE_RE.search(metric.text)
          and not fig.qualifier):
        # 人口自然增长率为-3.28‰: the label names the rate, so the value is its level, signed ("-3.28 per thousand",
        # as NBS communiqués write it), not a fall of the rate ("down 3.28")
        fig = replace(fig, kind="level", direction="")
    ranged = range_text(fig, metric.noun if metric else "", bool(metric and PRICE_RE.search(metric.text)),
                        glossary)
    if ranged is not None:
        return ranged
    qualifier = english_qualifier(fig.qualifier)
    if qualifier == "over" and fig.qualifier.strip() == "以上" and fig.status == "requirement":
        qualifier = "at least"  # 处200元以上…罚款: a rule's 以上 includes the number (Civil Code art. 1259)
    if qualifier is None:
        missing.append(fig.qualifier)
        qualifier = marked(fig.qualifier)
    growth = fig.kind == "growth"
    if growth and fig.unit.strip() == "倍" and fig.direction == "up":
        # 增长1.2倍 is an increase of 120%, not "up 1.2 times" (which reads as 1.2 times the base): GWR 2008/12
        # 增长1.71倍 "a 171% increase", 2008/106 增长2.23倍 "increased by 223%" (review_2026-12-b class A2)
        fig = replace(fig, value=round(fig.value * 100, 6), unit="%")
    # "2.3 points above the provincial average", "0.1 percentage points above the year's target"
    relative = bool(COMPARE_LEVEL_RE.match(fig.comparison.strip()) or GOAL_GAP_RE.match(fig.comparison.strip()))
    rate = fig.unit.strip() in RATE_UNITS
    # a rise of a rate is signed (+5.4%, +0.6 percentage points); a fall says "down" (down 1.7%), a change of an
    # amount says its direction in a word (up 18,000 mu, down 12,000 people: amounts carry no sign), as does a
    # qualified change (growth of about 6%, a decrease of about 3%)
    # (降幅比上半年收窄0.8个百分点: a decline narrows or widens; "down 0.8 points" would say the indicator fell)
    decline = growth and fig.unit.strip() in POINTS and clean_metric(fig.metric).endswith("降幅")
    worded = growth and not relative and (fig.direction == "down" or decline or (
        fig.direction == "up" and (bool(qualifier) or not rate)))
    signed = growth and not qualifier and not relative and not worded
    noun = metric.noun if metric else ""
    if not noun and fig.base_unit != "entity" and households(fig, metric.text if metric else None):
        noun = "households"  # 惠及居民4860户: what the metric does not say it counts (企业1083户, 市场主体1.2万户: no)
    elif noun and fig.base_unit == "household" and names_counted(noun, people=True):
        noun = "households"  # 贫困人口8.2万户: households of the people the metric names, not people
    counted = fig
    if fig.unit.strip().endswith("套") and not any(w in fig.metric for w in HOUSING_WORDS):
        counted, noun = replace(fig, unit=fig.unit.strip()[:-1]), "sets"  # 500万套线束: sets, not housing units
    label = "" if keep_unit or counted is not fig or not metric else metric.text  # (sets: 500 sets of harnesses)
    value = _value(replace(counted, value=abs(fig.value)) if worded else counted, noun, glossary,
                   signed=signed, label=label)
    if value is None:
        raw = f"{fig.value:g}{fig.unit}"
        missing.append(raw)
        value = marked(raw)
    # prices rise, they do not grow (GWR 2022/195 居民消费价格涨幅3%左右 "CPI increase of around 3 percent")
    up = "a rise" if metric and PRICE_RE.search(metric.text) else "growth"
    if worded and decline:
        verb = "narrowed" if fig.direction == "down" else "widened"
        return f"{verb} by {f'{qualifier} ' if qualifier else ''}{value}"
    of = " " if qualifier == "below" else " of "  # growth below 3%, growth of about 3%
    if worded and qualifier:
        return f"{up if fig.direction == 'up' else 'a decrease'}{of}{qualifier} {value}"
    if worded and (stated := CHANGE_NAMED.match(metric.text if metric else "")):
        # 净增单位965家 -> "Net increase in contributing employers: 965": the name says the direction already
        if (stated.group(1).lower() in ("increase", "growth", "rise")) == (fig.direction == "up"):
            return value
    if worded and metric and metric.text.lower().startswith("gap of "):
        # 距目标值尚差1.5个百分点 ("gap of the coverage … to its target"): short of it, not a fall
        return f"{value} {'short' if fig.direction == 'down' else 'over'}"
    if worded:
        return f"{fig.direction} {value}"
    if growth and qualifier and not relative:
        return f"{up}{of}{qualifier} {value}"
    return f"{qualifier} {value}".strip()


# a metric named as a change (net increase in X, reduction in Y): its value needs no "up"/"down"
CHANGE_NAMED = re.compile(r"^(?:net )?(increase|decrease|growth|reduction|rise|fall)s? (?:in|of)\b", re.IGNORECASE)
PRICE_RE = re.compile(r"\b(?:CPI|PPI|prices?|price index|price indices)\b")
# 套 counts housing units (GWR 2019/49) only in a housing metric; elsewhere it counts sets (of equipment, parts).
HOUSING_WORDS = ("房", "住宅", "公寓", "安置", "宿舍", "棚户")  # (棚户区改造开工1228套: housing units)
# 预计 (status "forecast") is an estimate: of the year a December speech or a January report reviews ("Estimates for
# 2023", as the leads of figure_lists.py say), and of a project's output at full capacity (GWR 2009/36 比上年预计数 "the
# estimated figure for last year"); "forecast" would be wrong for the first (review_2026-12-b class M2)
STATUS_NOTES = {"target": "target", "forecast": "estimate", "requirement": "requirement"}


SUBJECT_SCOPES = {
    "全国": "China", "国内": "China", "我国": "China",
    "全省": lambda ctx: ctx.province or "the province", "全市": lambda ctx: ctx.city or "the city",
    "全县": "the county", "全区": "the district",
}


NO_CONTEXT = Context()


# a body of the document's own region named by its level only (县住房和城乡建设局, 市交通运输局, 区教育局): "the County
# Housing and Urban-Rural Development Bureau" (the templates of names.BODIES, the level as the region's adjective)
_LEVEL_ADJECTIVES = {"县": "County", "市": "Municipal", "区": "District"}


def _own_level_body(subject: str) -> str | None:
    template = BODIES.get(subject[1:]) if subject[:1] in _LEVEL_ADJECTIVES else None
    return template.format(g=_LEVEL_ADJECTIVES[subject[0]]) if template else None


def _subject(fig: Figure, glossary: Glossary, missing: list[str], ctx: Context = NO_CONTEXT) -> str:
    """The entity a figure is about ("Chengguan Town"), or '' when it is the document's region as a whole."""
    subject = fig.subject.strip()
    if not subject:
        return ""
    scope = SUBJECT_SCOPES.get(subject)
    if scope is not None:  # 全国 GDP: the country; 全省: the province of the bulletin
        return scope(ctx) if callable(scope) else scope
    if re.fullmatch(r"[A-Za-z]{1,6}[-－]?(?:\d{2,4}[-－])+\d{1,4}", subject):
        return subject.replace("－", "-")  # YF-2025-18: a parcel's code is its own English
    # a place or a firm, never read as a person; or one occurrence causing losses (6月下旬的强降雨过程)
    english = name_en(subject, glossary) or occasion_en(subject) or _own_level_body(subject) or _programme_row(subject)
    if english is None:
        missing.append(subject)
        return marked(subject)
    return english


def _programme_row(subject: str) -> str | None:
    """A programme a table names in its 项目名称 column (城乡居民就业 | 1.6 | 0.8: a city's list of livelihood
    projects): its name as the metric vocabulary renders it ("employment of urban and rural residents"), no place."""
    from .metric_vocab import MORE_EXACT

    return MORE_EXACT[subject][0] if subject in MORE_EXACT else None


def _change_from_base(fig: Figure, glossary: Glossary, missing: list[str], label: str = "") -> str | None:
    """由A下降到B: 'down from 6.9% (end-2015) to 1.7%'; None when the figure has no base value. ``label``: the
    metric's English (a count of what it names is the number alone: count_units.py)."""
    if fig.base_value is None or fig.kind == "growth":
        return None
    base = Figure(fig.metric, fig.base_value, fig.unit, fig.sentence, fig.paragraph, kind=fig.kind)
    before, after = _value(base, "", glossary, False, label), _value(fig, "", glossary, False, label)
    if before is None or after is None:
        raw = f"{fig.base_value:g}{fig.unit} → {fig.value:g}{fig.unit}"
        missing.append(raw)
        return marked(raw)
    when = ""
    if fig.base_period:
        period = edge_period(fig.base_period, fig.base_edge)  # (由2015年底的6.9%: "end of 2015")
        if period is None:
            missing.append(fig.base_period)
            period = marked(fig.base_period)
        when = f" ({period})"
    qualifier = english_qualifier(fig.qualifier)  # 提高到42%以上: the qualifier is the new value's
    if qualifier is None:
        missing.append(fig.qualifier)
        qualifier = marked(fig.qualifier)
    if qualifier:
        after = f"{qualifier} {after}"
    word = {"up": "up from", "down": "down from"}.get(fig.direction, "from")
    return f"{word} {before}{when} to {after}"


# Characters that end the name of an administrative unit or zone: a subject's own name starts after one of them.
UNIT_ENDINGS = "省市州盟县区旗镇乡村道园"


def _without_subject(metric: str, subject: str) -> str:
    """The metric name without the subject's name at its start: 清河镇黄岭村 + 黄岭村村集体经济收入 -> 村集体经济收入.

    The whole subject or its last unit (黄岭村 of 清河镇黄岭村) is removed, so that the row names it once."""
    metric, subject = clean_metric(metric), re.sub(r"\s+", "", subject)
    for i in range(len(subject) - 1):
        tail = subject[i:]
        if (i == 0 or subject[i - 1] in UNIT_ENDINGS) and metric.startswith(tail) and len(metric) > len(tail) + 1:
            return metric[len(tail):]
    return metric


RATE_WORDS = ("增速", "增幅", "增长率", "涨幅")  # (涨幅 of prices: "CPI increase", GWR 2022/195)
# metrics that are amounts (a change in percentage points of one is a change of its growth rate)
AMOUNT_END_RE = re.compile(r"(?:生产总值|增加值|产值|投资|零售总额|零售额|销售额|收入|支出|利润|总额|总值|产量"
                           r"|进出口|出口|进口)$")


def _rate_change(fig: Figure, glossary: Glossary) -> MetricEnglish | None:
    """地区生产总值增速 changed by 0.4个百分点: the row is about the growth rate ("GDP growth"), not about GDP."""
    if fig.unit.strip() not in POINTS:
        return None
    metric = clean_metric(fig.metric)
    # 固定资产投资降幅 收窄0.8个百分点: "decline in fixed-asset investment … narrowed by 0.8 percentage points"
    if metric.endswith("降幅") and len(metric) > 2:
        head = metric_english(metric[:-2], glossary)
        return MetricEnglish(f"decline in {head.text}") if head is not None else None
    word = next((w for w in RATE_WORDS if metric.endswith(w) and len(metric) > len(w)), None)
    if word is None and not AMOUNT_END_RE.search(metric):
        return None
    # 地区生产总值 down 1.1个百分点 (an amount cannot change by percentage points: its growth rate did)
    head = metric_english(metric[: -len(word)] if word else metric, glossary)
    if head is None:
        return None
    # "GDP growth"; "growth of fixed-asset investment" (a noun phrase before "growth" would be hard to read)
    up = "increase" if word == "涨幅" else "growth"
    return MetricEnglish(f"{head.text} {up}" if " " not in head.text else f"{up} of {head.text}")


def figure_row(fig: Figure, glossary: Glossary, ctx: Context, period_of: str | None = None,
               keep_unit: bool = False) -> TranslatedText:
    """One key-figure row in English (status "derived", or "missing" with the Chinese parts marked).

    ``Permanent resident population (year-end): 1.23 million, 2023``; the subject first when the figure is about
    a part of the region (``Chengguan Town — fiscal revenue: ...``); a change from a base value as
    ``down from 6.9% (end-2015) to 1.7%``; a status other than "actual" noted at the end ("(forecast)").
    ``period_of``: the figure's period when the row leaves it out (a list saying it once): 环比 of a month.
    ``keep_unit``: the count keeps its unit even when the label names it (a metric counted in two units).
    """
    missing: list[str] = []
    fig = reading(fig, glossary)
    if fig.subject:  # the subject is named once, before the metric (清河镇黄岭村 — 黄岭村村集体经济收入)
        fig = replace(fig, metric=_without_subject(fig.metric, fig.subject))
    if re.sub(r"[“”\"]", "", fig.subject) in PARTNERS and metric_english(fig.subject + fig.metric, glossary):
        fig = replace(fig, metric=fig.subject + fig.metric, subject="")  # 东盟 + 进出口: "Trade with ASEAN"
    line = sanction_line(fig.metric, fig.sentence, fig.text, glossary)  # 对…低于80%的市予以通报
    metric = MetricEnglish(line) if line else _rate_change(fig, glossary) or metric_english(fig.metric, glossary)
    if metric is None and fig.metric.endswith("标准") and "/" in fig.unit:
        # 孤儿基本生活费标准 of 1,500 元/人·月: the row's rate is the standard, the allowance names it
        metric = metric_english(fig.metric.removesuffix("标准"), glossary)
    if metric is None:
        missing.append(fig.metric)
    if metric and fig.comparison and fig.direction == "up" and fig.metric.startswith(("新增", "净增")) and \
            metric.text.startswith(("new ", "New ")):  # 比年初新增1.2万户: "up 12,000 compared with …" says it is new
        metric = replace(metric, text=metric.text[4:])
    subject = _subject(fig, glossary, missing, ctx)
    label = (metric.text if subject else _capital(metric.text)) if metric else marked(fig.metric)
    if subject:
        label = f"{_capital(subject)} — {label}"
    parts: list[str] = []
    change = _change_from_base(fig, glossary, missing, metric.text if metric and not keep_unit else "")
    if change is not None:
        parts.append(change)
    elif fig.kind != "rank":
        parts.append(_amount(fig, metric, glossary, missing, keep_unit))
    # a change from a base value with its period already says what it is compared with (比2015年)
    comparison = "" if change is not None and fig.base_period else english_comparison(
        fig.comparison, glossary, ctx, multiple=fig.unit == "倍", period=fig.period or period_of or "")
    normal = against_normal(fig, parts[-1]) if parts and change is None else None
    if normal:  # "0.8 °C higher than normal" (the CMA's English), the comparison said in it
        parts[-1], comparison = normal, ""
    if comparison is None:
        missing.append(fig.comparison)
        comparison = marked(fig.comparison)
    if comparison:
        parts[-1:] = [f"{parts[-1]} {comparison}"] if parts else [comparison]
    rank_text = ""
    if fig.rank or fig.kind == "rank":
        rank_src = fig.rank or f"第{fig.value:g}"
        rank_text = english_rank(rank_src, ctx) or ""
        if not rank_text:
            missing.append(rank_src)
            rank_text = marked(rank_src)
    if fig.period:
        period = edge_period(fig.period, fig.edge)  # (年末: "end of 2024", not "December 2024")
        if period is None:
            missing.append(fig.period)
            period = marked(fig.period)
        parts.append(period)
    text = f"{label}: {', '.join(p for p in parts if p)}" if parts else label
    if rank_text:
        text = f"{text} ({rank_text})" if parts else f"{label}: {rank_text}"
    note = STATUS_NOTES.get(fig.status) or ("target" if fig.is_target or fig.kind == "target" else "")
    if note:  # "2021-2025 (14th Five-Year Plan period, target)": one parenthesis, not two side by side
        text = f"{text[:-1]}, {note})" if parts and text.endswith(")") else f"{text} ({note})"
    if missing:
        log.debug("figure row with untranslated parts %s: %s", missing, fig.metric)
    status = "missing" if missing else "derived"
    return TranslatedText(text, status, text_hash(fig.text or fig.sentence))

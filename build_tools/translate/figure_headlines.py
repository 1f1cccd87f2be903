"""News headlines that give one figure of a release (issue 12):

``<period><scope><metric>[同比](增长|上涨|下降)X%`` -> "<Whose> <Metric> Grows|Rises|Falls by X% [Year on Year] in
<period>" (一季度全区规模以上工业增加值增长6.8% -> "Zeyuan District's Value Added of Industrial Enterprises Above
Designated Size Grows by 6.8% in the First Quarter"). The metric renders through the glossary or the metric grammar
(``metrics.metric_en``), whose by the document's region as ``headlines._assessment`` does; None unless every part
renders. The verbs keep the direction of the Chinese (下降 "Falls", never "Grows"); 同比 "year on year" as the NBS
releases say it. The frame is a project rendering (P), after the NBS release headlines ("... Grew by 5.2 Percent").
A headline of two clauses set apart by a space renders clause by clause (``clause_headline``).

``<period><scope><metric>增速高于|低于全省平均水平`` -> "<Whose> <Metric> Grow(s) Faster|More Slowly than the
Provincial Average [in <period>]" (我市主要指标增速高于全省平均水平 -> "Fenshui's Main Indicators Grow Faster than the
Provincial Average"; project rendering after GWR 2011/37 "grew faster than", the comparison as the rows' 高于全省).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .headlines import HOLIDAY_RE, HOLIDAY_WORDS, PERIOD_RE, SCOPE_RE, _owner, headline, is_plural, owned, period_phrase
from .report_titles import MONTHS
from .title_tables import NUMBER_WORDS
from .title_words import cn_int, title_case

if TYPE_CHECKING:
    from .titles import TitleRenderer

# (after a singular subject, after a plural one)
VERBS: dict[str, tuple[str, str]] = {"增长": ("Grows", "Grow"), "上涨": ("Rises", "Rise"), "下降": ("Falls", "Fall")}
FIGURE_HEADLINE_RE = re.compile(
    rf"^(?:(?P<year>\d{{4}})年)?(?:(?P<period>{PERIOD_RE})|(?P<m1>\d{{1,2}})[—–-](?P<m2>\d{{1,2}})月份?"
    r"|前(?P<first>\d{1,2}|[二三四五六七八九十]{1,2})个月|(?P<month>\d{1,2})月份?"
    rf"|(?P<holiday>{HOLIDAY_RE}))?"
    rf"(?P<scope>{SCOPE_RE})?(?P<subject>[\u4e00-\u9fffA-Z]{{2,20}}?)(?P<yoy>同比)?"
    r"(?P<verb>增长|上涨|下降)(?P<value>\d+(?:\.\d+)?)%$")


PACE_HEADLINE_RE = re.compile(
    rf"^(?:(?P<year>\d{{4}})年)?(?P<period>{PERIOD_RE})?(?P<scope>{SCOPE_RE})?(?P<subject>[\u4e00-\u9fff]{{2,16}}?)"
    r"(?:增速|增幅|增长速度)(?:均|都)?(?P<cmp>高于|快于|低于|慢于)(?P<whole>全省|全国|全市)(?:平均水平|平均)?$")
WHOLES = {"全省": "Provincial", "全国": "National", "全市": "Citywide"}


def pace_headline(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """我市主要指标增速高于全省平均水平 -> "Fenshui's Main Indicators Grow Faster than the Provincial Average"."""
    m = PACE_HEADLINE_RE.match(zh)
    if not m:
        return None
    from .metrics import metric_en

    english = metric_en(m.group("subject"), renderer.glossary)
    if not english:
        return None
    subject = title_case(english)
    subject = owned(_owner(renderer, m.group("scope"), region), subject) if m.group("scope") else f"The {subject}"
    plural = is_plural(english)
    verb = "Grow" if plural else "Grows"
    pace = "Faster" if m.group("cmp") in ("高于", "快于") else "More Slowly"
    return (f"{subject} {verb} {pace} than the {WHOLES[m.group('whole')]} Average"
            f"{period_phrase(m.group('year'), m.group('period'))}")


def _when(m: re.Match[str]) -> str | None:
    """' in the First Quarter of 2024', ' in January-October 2024', ' in the First Eleven Months', ' in October',
    '' (no period), or None (a month out of range)."""
    year = m.group("year")
    if m.group("holiday"):  # 春节假期全县旅游收入同比增长12.3%: "... During the Spring Festival Holiday"
        return f" During the {year + ' ' if year else ''}{HOLIDAY_WORDS[m.group('holiday')]}"
    if m.group("m1") or m.group("month"):
        first = int(m.group("m1") or m.group("month"))
        last = int(m.group("m2") or first)
        if not 1 <= first <= last <= 12 or (m.group("m1") and first == last):
            return None
        months = MONTHS[first - 1] + (f"-{MONTHS[last - 1]}" if last != first else "")
        return f" in {months}" + (f" {year}" if year else "")
    if m.group("first"):
        n = int(m.group("first")) if m.group("first").isdigit() else cn_int(m.group("first"))
        if n not in NUMBER_WORDS:
            return None
        return f" in the First {NUMBER_WORDS[n]} Months" + (f" of {year}" if year else "")
    return period_phrase(year, m.group("period"))


def _measured(renderer: TitleRenderer, m: re.Match[str], region: str,
              article: str) -> tuple[str, str, str] | None:
    """The metric of a figure headline in English, its period and its owner-led subject ("Yuechuan's Fixed-Asset
    Investment", or ``article`` + the metric without a scope); None unless the metric and the period render."""
    from .metrics import metric_en

    entry = renderer.glossary.lookup(m.group("subject"))
    if entry is not None and entry.category not in ("metric", "term"):
        return None
    english = metric_en(m.group("subject"), renderer.glossary)
    when = _when(m)
    if not english or when is None:
        return None
    subject = title_case(english)
    subject = owned(_owner(renderer, m.group("scope"), region), subject) if m.group("scope") else article + subject
    return english, subject, when


def figure_headline(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """前11个月全市固定资产投资同比增长4.5% -> "Yuechuan's Fixed-Asset Investment Grows by 4.5% Year on Year in the
    First Eleven Months"; None unless the metric and the period render."""
    m = FIGURE_HEADLINE_RE.match(zh)
    measured = _measured(renderer, m, region, "The ") if m else None
    if not m or not measured:
        return None
    english, subject, when = measured
    verb = VERBS[m.group("verb")][1 if is_plural(english) else 0]
    yoy = " Year on Year" if m.group("yoy") else ""
    return f"{subject} {verb} by {m.group('value')}%{yoy}{when}"


# <period><scope><metric>[达到|突破|超过]<amount>: a headline giving one amount (前三季度新增减税降费及退税缓费23.6亿元;
# "… Reach(es) CNY 2.36 Billion in the First Three Quarters"; P); money only, whose unit says what it counts
AMOUNT_HEADLINE_RE = re.compile(FIGURE_HEADLINE_RE.pattern.split("(?P<yoy>")[0]
                                + r"(?P<verb>达到|达|突破|超过|超)?(?P<value>\d+(?:\.\d+)?)(?P<unit>万元|亿元|万亿元)$")
AMOUNT_VERBS = {"": ("Reaches", "Reach"), "达到": ("Reaches", "Reach"), "达": ("Reaches", "Reach"),
                "突破": ("Exceeds", "Exceed"), "超过": ("Exceeds", "Exceed"), "超": ("Exceeds", "Exceed")}


def amount_headline(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """前三季度新增减税降费及退税缓费23.6亿元 -> 'New Tax and Fee Cuts, Refunds and Deferrals Reach CNY 2.36 Billion in
    the First Three Quarters'; a body's name before a colon (禾阳市税务局：…) is the source, left out; None unless the
    metric and the period render."""
    from .numbers import quantity

    zh = re.sub(r"^[\u4e00-\u9fff]{2,20}?(?:局|委|办|厅|院|政府|中心)[：:]", "", zh)
    m = AMOUNT_HEADLINE_RE.match(zh)
    measured = _measured(renderer, m, region, "") if m else None
    if not m or not measured:
        return None
    english, subject, when = measured
    verb = AMOUNT_VERBS[m.group("verb") or ""][1 if is_plural(english) else 0]
    amount = title_case(quantity(m.group("value"), m.group("unit"), renderer.glossary))
    return f"{subject} {verb} {amount}{when}"


def clause_headline(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """A headline of clauses set apart by a space (沣湖区前三季度营商环境持续优化 新登记市场主体同比增长12.8%): each
    clause in its headline frame, joined as English headlines join them ("…; …", the later clauses without their
    leading article); None unless every clause renders."""
    clauses = [c for c in re.split(r"\s+", zh) if c]
    if len(clauses) < 2:
        return None
    texts = [headline(renderer, c, region) or figure_headline(renderer, c, region) or pace_headline(renderer, c, region)
             for c in clauses]
    if not all(texts):
        return None
    return "; ".join(t if i == 0 else re.sub(r"^[Tt]he ", "", t) for i, t in enumerate(texts) if t)

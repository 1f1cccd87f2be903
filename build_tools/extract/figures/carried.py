"""Periods a figure takes from the text around its sentence (used by :func:`.extract_figures`).

* :func:`review_span`: a heading reviewing the past N years (一、过去五年工作回顾, 五年来的工作回顾) said early in a
  year covers the N years just closed (January 2022: 2017/2021); an average annual rate under it (城乡居民人均可支配
  收入年均分别增长6.8%和9.1%) is over that span, not of the last year alone (:func:`average_over_span`).
* :func:`parallel_span`: a clause joined by ； that repeats the construction of the one before without its years
  (由2016年的98.6亿元增加到2021年的152.3亿元，年均增长7.1%；一般公共预算收入由6.2亿元增加到9.8亿元，年均增长9.6%)
  is between the same years: its level has the first year as its base period, its average rate the span after it.
* :func:`years_respectively`: years listed before 分别 (2026年、2027年分别完成改造300万千瓦、400万千瓦) date
  the values listed after it one by one; before 每年 (2026年、2027年…每年安排…不少于5亿元) the span from the first
  to the last.
* :func:`works_named_before`: a quantity named by a bare verb (完成改造300万千瓦) is of the works the sentence
  named before it (大力推进煤电机组节能降碳改造，…).
* :func:`breakdown_frame`: a paragraph opening with 从…看 (从贸易伙伴看，…; 分行业看，…) breaks down the figures
  the paragraph before reported; without a date of its own it is of their period (今年1—4月), not the document's
  month.
"""

from __future__ import annotations

import re

from ...model import Figure
from ..dates import Anchor, DateMatch, find_dates, is_comparison

# 过去五年, 过去的五年, 五年来 in a heading that reviews (回顾, 成就, 总结 …)
_PAST_YEARS_HEADING = re.compile(r"过去的?(?P<n>[两三四五十])年|(?<![\d一二三四五六七八九十第])(?P<m>[两三四五十])年来")
_REVIEW_WORDS = re.compile(r"回顾|成就|成效|进展|总结|工作|历程")
_COUNT = {"两": 2, "三": 3, "四": 4, "五": 5, "十": 10}


# a five-year plan's period named in a review heading (一、“十四五”时期和2025年工作回顾, 十三五期间工作回顾)
_PLAN_PERIOD_HEADING = re.compile(r"[“\"]?十(?P<n>[一二三四五六七八九])五[”\"]?(?:规划)?(?:时期|期间|以来)")
_PLAN_ORDINAL = {"一": 11, "二": 12, "三": 13, "四": 14, "五": 15, "六": 16, "七": 17, "八": 18, "九": 19}


def review_span(heading: str, anchor: Anchor) -> str:
    """The years a heading reviewing the past N years covers: said in the first quarter of a year, the N years just
    closed (一、过去五年工作回顾 in January 2022 -> 2017/2021); "" for any other heading, or later in a year (when the
    current year may be one of them). A heading reviewing a five-year plan's period by its name covers the plan's
    years once they have closed (一、“十四五”时期和2025年工作回顾 in January 2026 -> 2021/2025)."""
    p = _PLAN_PERIOD_HEADING.search(heading)
    if p and _REVIEW_WORDS.search(heading) and anchor.year:
        start = 2006 + 5 * (_PLAN_ORDINAL[p.group("n")] - 11)  # (the 11th plan: 2006-2010)
        if start + 4 < anchor.year:
            return f"{start}/{start + 4}"
    m = _PAST_YEARS_HEADING.search(heading)
    if not m or not _REVIEW_WORDS.search(heading) or not anchor.year or not 1 <= (anchor.month or 0) <= 3:
        return ""
    n = _COUNT[m.group("n") or m.group("m")]
    return f"{anchor.year - n}/{anchor.year - 1}"


def _average(f: Figure) -> bool:
    return f.kind == "growth" and f.comparison == "年均" and f.status == "actual"


def average_over_span(f: Figure, span: str) -> None:
    """An average annual rate dated by the last year of the reviewed span alone is over the span."""
    if span and _average(f) and f.period == span[-4:]:
        f.period = span


def average_to_deadline(f: Figure, anchor: Anchor) -> None:
    """An average annual rate set as a goal to a later year, said early in a year (到2030年，…年均增长5.5%左右 in
    January 2026), is over the years from the current one to the deadline (2026/2030), not of the deadline year
    alone."""
    if f.kind == "growth" and f.comparison == "年均" and f.status == "target" and re.fullmatch(r"\d{4}", f.period) \
            and anchor.year and 1 <= (anchor.month or 0) <= 3 and int(f.period) > anchor.year:
        f.period = f"{anchor.year}/{f.period}"


def cumulative_over_span(f: Figure, span: str) -> None:
    """A running total (累计) under a heading reviewing a span, dated by the span's last year alone, is over the span
    (一、“十四五”时期…回顾: 民生支出累计达到312亿元, and the share of it after a comma, …比重保持在80%以上): the part of
    its clause, or the part of its sentence before it (from the last ；), says 累计 and names no year."""
    if not span or f.status != "actual" or f.period != span[-4:] or not f.text:
        return
    at = f.sentence.find(f.text)
    if at < 0:
        return
    part = f.sentence[max(f.sentence.rfind("；", 0, at), f.sentence.rfind(";", 0, at)) + 1:at]
    clause = re.split(r"[，,]", part)[-1]  # (…提高到2025年的93.5%，…，单位地区生产总值能耗累计下降14.2%)
    # (a share of the total just stated, 占…比重保持在80%以上, is over its span; a level in a clause after it,
    # 累计完成营造林48.6万亩，森林覆盖率达到41.6%, is the state reached at the end)
    if any("累计" in p and not _DATED.search(p) for p in (clause, part if clause.lstrip().startswith("占") else "")):
        f.period = span


# 由2016年的98.6亿元增加到2021年的152.3亿元: the years of a change between two values
_YEARS_SPAN = re.compile(r"(?:由|从)(?P<a>(?:19|20)\d{2})年[^。！？；;]{0,40}?(?:到|至)(?P<b>(?:19|20)\d{2})年")
_UNDATED_FROM_TO = re.compile(r"(?:由|从)[^，,；;。\d]{0,12}?[\d.]+[^，,；;。]{0,8}?(?:到|至)")
_DATED = re.compile(r"(?:19|20)\d{2}\s*年")


def parallel_span(previous: str, sentence: str) -> tuple[str, str] | None:
    """(base year, end year) when ``previous`` (a clause ending with ；) changes between two years and ``sentence``
    repeats the construction without naming any year; None otherwise."""
    if not previous.endswith(("；", ";")) or _DATED.search(sentence) or not _UNDATED_FROM_TO.search(sentence):
        return None
    m = _YEARS_SPAN.search(previous)
    if not m or int(m.group("a")) >= int(m.group("b")):
        return None
    return m.group("a"), m.group("b")


def apply_parallel_span(f: Figure, years: tuple[str, str]) -> None:
    """The level of the repeated change gets the base year; its average annual rate the years after it."""
    base, end = years
    if f.period != end:
        return
    if _average(f):
        f.period = f"{int(base) + 1}/{end}"
    elif f.base_value is not None and not f.base_period and f.kind != "growth":
        f.base_period = base


# 2026年、2027年 / 2024年和2025年: two or more years listed
_LISTED_YEARS = re.compile(r"(?:(?:19|20)\d{2}\s*年\s*[、和及与]\s*)+(?:19|20)\d{2}\s*年(?![度底末初])")


def years_respectively(sentence: str, found: list[Figure]) -> None:
    """Years listed before 分别 give the values listed after it their years in order (2026年、2027年分别完成改造
    300万千瓦、400万千瓦: 300 of 2026, 400 of 2027) when there are as many values as years; listed before 每年
    they give each yearly amount the span they cover (2026年、2027年省级财政每年安排…不少于5亿元: 2026/2027).
    Only up to the end of the part of the sentence (；, 。)."""
    for m in _LISTED_YEARS.finditer(sentence):
        years = re.findall(r"((?:19|20)\d{2})\s*年", m.group())
        if len(years) < 2 or any(a >= b for a, b in zip(years, years[1:], strict=False)):
            continue
        end = min((i for i in (sentence.find(c, m.end()) for c in "；;。") if i >= 0), default=len(sentence))
        part = sentence[m.end():end]
        at = part.find("分别")
        mine, cursor = [], 0
        for f in found:
            i = part.find(f.text, cursor) if f.text else -1
            if i >= 0:
                mine.append((i, f))
                cursor = i + len(f.text)
        if at >= 0 and not re.search(r"[，,]", part[:at]):
            stop = re.search(r"[，,]", part[at:])  # (the values listed after 分别, to the end of its clause)
            listed = [f for i, f in mine if at < i < (at + stop.start() if stop else len(part))]
            if len(listed) == len(years) and len({f.unit for f in listed}) == 1:
                for f, year in zip(listed, years, strict=True):
                    f.period = year
        elif re.match(r"[^，,；;。]{0,12}?每年", part):
            for _, f in mine:
                if f.period in years:
                    f.period = f"{years[0]}/{years[-1]}"


# the works a sentence opens with (大力推进煤电机组节能降碳改造，…; a table's task 既有建筑节能改造：…)
_WORKS_NAMED = re.compile(r"(?:^|(?<=推进|实施|开展|推动|加快))"
                          r"(?P<works>[\u4e00-\u9fff]{2,14}?(?:改造|建设|治理))\s*[，,：:]")
_BARE_WORKS = {"完成改造", "改造", "完成", "完成建设", "建设", "完成治理", "治理"}


def works_named_before(sentence: str, found: list[Figure]) -> None:
    """A quantity named only by a bare verb (分别完成改造300万千瓦; 累计完成改造700万千瓦) is of the works the sentence
    named before it (大力推进煤电机组节能降碳改造，…; a table row's task 煤电机组节能降碳改造：…)."""
    for f in found:
        if f.metric not in _BARE_WORKS or not f.text:
            continue
        at = sentence.find(f.text)
        works = [m for m in _WORKS_NAMED.finditer(sentence, 0, at if at >= 0 else len(sentence))]
        if works:  # (大力推进…: the works after the verb that pushes them)
            f.metric = re.split(r"推进|实施|开展|推动|加快", works[-1].group("works"))[-1]


# 从贸易伙伴看，…; 从出口产品来看，…; 分行业看，…; 分区域来看，…
_BREAKDOWN_OPENING = re.compile(r"^\s*(?:从[^，,。；;\d]{1,10}?|分[^，,。；;\d]{1,6}?)(?:来)?看\s*[，,：:]")


def breakdown_frame(text: str, before: list[DateMatch]) -> list[DateMatch]:
    """The period a 从…看 paragraph is of: the last period of months or quarters the paragraph before dated its
    figures with (``before``); [] for any other paragraph, and for one naming its own period in the clause after
    the opening (从主要行业看，6月份，…: its figures are of that month, not of the 1—6月 before)."""
    m = _BREAKDOWN_OPENING.match(text)
    if not before or not m:
        return []
    if find_dates(re.split(r"[，,；;。]", text[m.end():], maxsplit=1)[0], Anchor.from_iso(before[-1].iso[:4])):
        return []
    periods = [d for d in before if d.kind == "period" and d.precision != "year"]
    return periods[-1:]


# a period that dates an event (7月12日至14日全市出现一次强降雨过程) or glosses a season's name in brackets
# (汛期（6—9月）降水量…): no frame of the figures a 从…看 paragraph after it breaks down
_EVENT_AFTER = re.compile(r"[，,]?\s*(?:全[市县区省]|我[市县区省])?(?:先后|再次|又)?(?:出现|发生|遭遇|遭受)")


def reporting_periods(sentence: str, dates: list[DateMatch]) -> list[DateMatch]:
    """The periods of months, quarters or days a sentence dates its figures with (:func:`breakdown_frame`); not a
    span across years (2022年6月至2024年11月, the conduct a case paragraph tells of, reports no period)."""
    return [d for d in dates if d.kind == "period" and d.precision != "year"
            and len({p[:4] for p in d.iso.split("/")}) == 1
            and not _EVENT_AFTER.match(sentence, d.end)
            and not (sentence[d.start - 1:d.start] in "（(" and d.start and sentence[d.end:d.end + 1] in "）)")]


def converted_changes(found: list[Figure]) -> None:
    """全市地表水资源量12.36亿立方米，折合年径流深166.6毫米，比上年减少13.5%: the conversion after 折合 restates the
    quantity before it in another measure (named 年径流深); the changes after it are of that quantity (地表水资源量),
    not of the conversion."""
    for k, f in enumerate(found):
        if not f.metric.startswith("折合") or len(f.metric) < 4 or k == 0:
            continue
        converted, f.metric = f.metric, f.metric[2:]
        for g in found[k + 1:]:
            if g.metric not in (converted, f.metric) or g.kind != "growth":
                break
            g.metric = found[k - 1].metric



def continued_frame(text: str, before: list[DateMatch], reported: str, anchor: Anchor) -> list[DateMatch]:
    """A release over months (``reported``, 1-10月) whose section states one part over fewer months (五、企业效益：
    1-9月，…营业收入…。 then 全市规模以上工业企业中亏损企业312家…): the undated paragraph after it under the same
    heading continues those months (``before``), not the release's; [] when the paragraph names a date of its own."""
    periods = [d for d in before if d.kind == "period" and d.precision != "year"]
    if not periods or "/" not in reported or periods[-1].iso == reported or any(
            not is_comparison(text, d.start, d.end) for d in find_dates(text, anchor)):  # (比1-8月收窄: a base)
        return []
    first, last = periods[-1].iso.split("/")[0], periods[-1].iso.split("/")[-1]
    lo, hi = reported.split("/")
    return periods[-1:] if first == lo and last < hi else []  # (a shorter run of the same year's months)

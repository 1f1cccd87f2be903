"""Dates a sentence implies without writing them: 目前/现在 (the document's own date), 现有 (a stock as written),
过去五年 said early in a year (the years just closed), and public holidays (“五一”假期 -> its days that year)."""

from __future__ import annotations

import re

from ..dates import DateMatch
from ..holidays import find_holidays
from .context import _Ctx

# (not 项目前期: a project's preparatory stage, 项目 then 前期)
_NOW = re.compile(r"(?:截至|截止|到)?(?<!项)目前(?:为止)?|当前|现在(?=[，,]|全|我|已|共|有)"
                  r"|刚刚(?:结束|闭幕|落幕)的?|日前|近日")  # (just now: the document's month)
_SLOGAN = re.compile(r"“[^“”]{1,16}”")  # a short quotation: a slogan, a name
_NOW_WORDS = ("目前", "当前", "现在", "刚刚", "日前", "近日", "现有")
# 现有设施日处理能力680吨, 全市现有养老机构56家: what there is now, as 目前 (not 在现有基础上, 现有政策: what exists)
_EXISTING = re.compile(r"(?<![在按从依就])现有(?!基础|政策|标准|水平|规定|条件|制度|资源|渠道)"
                       r"(?=[^，,；;。\d]{1,14}\d)")
# 过去五年, 五年来, and a review's 五年累计/五年共/五年新建 (the count of years opening a running total)
# (also with the place or area of the total between: 五年城镇新增就业2.35万人, 五年全县累计…)
_PAST_YEARS = re.compile(r"过去的?(?P<n>[一二三四五两十])年|(?<![\d一二三四五六七八九十第])(?P<m>[两三四五十])年"
                         r"(?:来|(?=(?:城镇|城乡|农村|全县|全市|全区|全省|全州|全镇)?"
                         r"(?:累计|共计|共|间|内|新建|新增|新改建|新开工|改造)))")
# 本届以来 (since the term began) with the term's count of years in the same sentence (本届以来，常委会共制定…，5年
#办结率均为100%; 本届任期内…五年间…): said early in a year, the N years just closed, as 五年来
_TERM_SINCE = re.compile(r"本届(?:以来|任期以来|任期内)")
_TERM_YEARS = re.compile(r"(?<![\d.第])(?P<n>[2-5])\s*年(?![\d月底末级度前后初])"
                         r"|(?<![\d一二三四五六七八九十第])(?P<m>[两三四五])年(?![级度月底末前后初])")
_CN_COUNT = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "十": 10}


# a base compared with, dated, right before the count of years: 与…（标准时点为2009年12月31日…）相比，十年间
_COMPARED_BEFORE = re.compile(r"(?:与|同|和)[^。；;！？]{0,60}?相比\s*[，,]?\s*$")


def since_base(s: str, at: int, dates: list[DateMatch], reported: str) -> str:
    """The span from the dated base a sentence compares with (与…相比, the date inside it) to ``reported``, the
    point the text reports at, for the count of years right after 相比 (十年间, 十年来): "2009-12/2019-12" for a base
    on 31 December 2009 in a text reporting at the end of 2019 (a day on 31 December is the year-end, dated by its
    month as every year-end stock is); "" when the text reports over a span, or no date is inside the comparison."""
    if not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", reported):
        return ""
    compared = _COMPARED_BEFORE.search(s, 0, at)
    if not compared:
        return ""
    inside = [d for d in dates if compared.start() <= d.start and d.end <= at and d.kind == "point"
              and d.precision in ("day", "month")]
    if len(inside) != 1:
        return ""
    base = inside[0].iso[:7] if inside[0].iso.endswith("-12-31") else inside[0].iso
    end = reported[:7] if reported.endswith("-12-31") else reported
    return f"{base}/{end}" if base < end else ""


def _with_holidays(s: str, dates: list[DateMatch], ctx: _Ctx) -> list[DateMatch]:
    """The sentence's dates and its public holidays (“五一”假期 -> 2024-05-01/2024-05-05), in the year last named
    before them, else the year the text is read against."""
    found = []
    now = ctx.anchor_iso[:7] if len(ctx.anchor_iso) >= 7 else ctx.anchor_iso
    if len(ctx.anchor_iso) == 10 and ctx.actual == ctx.anchor_iso:
        now = ctx.anchor_iso  # (an urgent notice's 现有 is of its day: context._URGENT_TITLE)
    grain = {10: "day", 7: "month"}.get(len(now), "year")
    quoted = [q.span() for q in _SLOGAN.finditer(s)] if "“" in s else []
    for m in _NOW.finditer(s) if now and any(w in s for w in _NOW_WORDS) else ():
        if any(a <= m.start() < b for a, b in quoted):
            continue  # 立足“管当前、利长远”: a word of a slogan, not the time of the figures
        if not any(d.start < m.end() and m.start() < d.end for d in dates):  # 截至目前: the document's own date
            found.append(DateMatch(m.start(), m.end(), now, grain, "now", m.group()))
    for m in _EXISTING.finditer(s) if now and not dates and not found and "现有" in s else ():
        # (only in a sentence with no date of its own: 年末全市现有… is the year-end's)
        found.append(DateMatch(m.start(), m.end(), now, grain, "now", m.group()))
    year, month = ctx.anchor.year, ctx.anchor.month or 0
    early = bool(year) and 1 <= month <= 3
    # (in a five-year plan, 五年来 and 过去五年 are the previous plan's five years, whenever in its first year it is
    # issued: 五年来 of the 15th plan, 2026-2030, is 2021-2025)
    plan_start = int(ctx.plan_span[:4]) if ctx.plan_span[:4].isdigit() and ctx.plan_doc else 0
    spanned = False
    for m in _PAST_YEARS.finditer(s) if "相比" in s else ():
        # 与第二次全国土地调查（标准时点为2009年12月31日）相比，十年间…: the years between the dated base and the time
        # the text reports at, not the years just closed
        span = since_base(s, m.start(), dates, ctx.actual)
        if span:
            end = m.end() + 1 if s[m.end():m.end() + 1] == "间" else m.end()  # (十年间: the whole phrase, no name)
            found.append(DateMatch(m.start(), end, span, "month", "period", s[m.start():end]))
            spanned = True
    if spanned:
        return sorted(dates + found, key=lambda d: d.start)
    for m in _PAST_YEARS.finditer(s) if early or plan_start else ():
        # 过去一年, 过去五年, 五年来 said early in a year: the years just closed (January 2022: 2021, 2017/2021)
        n = _CN_COUNT.get(m.group("n") or m.group("m") or "", 0)
        if not early and (n != 5 or year != plan_start):
            continue
        if n and year and not any(d.start < m.end() and m.start() < d.end for d in dates):
            iso = str(year - 1) if n == 1 else f"{year - n}/{year - 1}"  # (year is an int here)
            found.append(DateMatch(m.start(), m.end(), iso, "year", "point" if n == 1 else "period", m.group()))
    term = _TERM_SINCE.search(s) if early and "本届" in s else None
    years = _TERM_YEARS.search(s, term.end()) if term else None
    if term and years and not any(d.start < term.end() and term.start() < d.end for d in dates + found):
        n = int(years.group("n")) if years.group("n") else _CN_COUNT[years.group("m")]
        found.append(DateMatch(term.start(), term.end(), f"{year - n}/{year - 1}", "year", "period", term.group()))
    if "期" not in s and "节" not in s and "周" not in s:
        return sorted(dates + found, key=lambda d: d.start) if found else dates
    # under a review of a past year (一、2022年工作回顾), “五一”假期 is that year's
    holiday_year = ctx.review.year if ctx.review is not None and ctx.review.year else ctx.anchor.year
    for h in find_holidays(s, holiday_year):
        if any(d.start < h.end and h.start < d.end for d in dates):
            continue
        iso = h.iso
        years = [d.iso[:4] for d in dates if d.end <= h.start and d.iso[:4].isdigit()]
        if years and int(years[-1]) != holiday_year:  # 2019年国庆期间 in a text of 2023
            again = find_holidays(h.text, int(years[-1]))
            if not again:
                continue
            iso = again[0].iso
        found.append(DateMatch(h.start, h.end, iso, "day", "period", h.text))
    return sorted(dates + found, key=lambda d: d.start) if found else dates

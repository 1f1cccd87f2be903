"""The words around a key figure's value in English: its comparison (year on year, compared with 2015, above the
provincial average), its rank (5th in Liaoning), its qualifier (over, about, at most) and the row context (the
province and city a bulletin's scopes name). Split from rows.py, which composes the row."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .figure_reading import AT_MOST, REAL_TERMS
from .glossary import Glossary
from .periods import MONTHS, ordinal

MISSING_LABEL = "not yet translated"
MONTH_PERIOD_RE = re.compile(r"\d{4}-\d{2}")
# Qualifiers of an amount, by meaning (the extractor copies the Chinese word into Figure.qualifier).
QUALIFIERS = {
    "over": ("以上", "超过", "超", "逾", "多", "余", "突破", "过", "高于"),
    "nearly": ("近", "接近", "将近"),
    "about": ("约", "左右", "大约", "约为", "上下"),
    "at most": AT_MOST,
    "at least": ("不低于", "至少", "不少于", "最少", "最低"),
    # strictly less: 低于 "below" (a bound not reached, as a sanction line's 低于80%), 不到/不足 "less than"
    "below": ("低于",),
    "less than": ("不到", "不足"),
}
RANK_RE = re.compile(r"^(?P<scope>全省|全国|全市|全区|全县|省内|国内)?[，,、\s]*"
                     r"(?:增速|增幅|总量|排名|位列|居|列|排|位居|排在)*"
                     r"(?:(?P<first>第)|(?P<top>前))?(?P<n>\d+|[一二三四五六七八九十]+)(?:位|名)?$")
# 两年年均增长5.8%: the yearly average of the years said (project rendering: "a year on average over two years")
# (两年平均增长6.0%, NBS: the same)
AVERAGE_RE = re.compile(r"^(?:(?:(?P<n>[二两三四五六七八九十])年)?年均|(?P<m>[二两三四五六七八九十])年平均)$")
# a gap against the year's target (高于年度预期目标0.1个百分点)
GOAL_GAP_RE = re.compile(r"^(?P<dir>高于|低于|快于|慢于|超出)(?:全?年度?|全年)?(?:预期)?目标$")
# growth in real terms (扣除价格因素实际增长5.0%; GWR 'in real terms'); 同口径 is 'on a comparable basis'
REAL_RE = re.compile(r"^(?:扣除价格因素(?:后)?)?实际$")
AVERAGE_YEARS = {"二": "two", "两": "two", "三": "three", "四": "four", "五": "five", "六": "six", "七": "seven",
                 "八": "eight", "九": "nine", "十": "ten"}
# 是2020年的1.9倍: a multiple of a year's level (only for a figure in 倍)
LEVEL_YEAR_RE = re.compile(r"^(?P<year>\d{4})年(?P<end>底|末)?$")
COMPARE_YEAR_RE = re.compile(r"^(?:比|较|与)(?P<year>\d{4})年(?P<end>底|末|年底|年末)?(?:相比|同期)?$")
# the base of a multiple named by its distance (是上年的1.5倍, 是去年同期的1.2倍)
PREVIOUS_LEVELS = {"上年": "the previous year's level", "去年": "the previous year's level",
                   "上年同期": "the level of the same period of the previous year",
                   "去年同期": "the level of the same period of the previous year"}
SAME_PERIOD_LEVEL_RE = re.compile(r"^相当于(?P<year>(?:19|20)\d{2})年同期$")
COMPARE_LEVEL_RE = re.compile(r"^(?P<dir>高于|低于|快于|慢于)(?P<scope>全省|全国|全市|全县|全区)(?:平均水平|平均)?$")
# the same holiday a year before (比去年假期增长7.8%, 较去年假期提高3.5个百分点; project rendering)
HOLIDAY_AGO_RE = re.compile(r"^(?:比|较)(?:去年|上年)(?:同期)?(?:假期|节日期间|黄金周)$")
SHARE_OF_RE = re.compile(r"^占(?P<scope>全市|全县|全区|全州|全省|全国)?(?:的)?(?P<total>总额|总量|总数|合计)?(?:的)?"
                         r"(?:比重|份额)?$")
SHARE_SCOPES = {"全市": "city", "全县": "county", "全区": "district", "全州": "prefecture", "全省": "provincial",
                "全国": "national"}
COMPARE_MONTH_RE = re.compile(r"^(?:比|较)(?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})月(?:末|底)$")
COMPARE_QUARTER_RE = re.compile(r"^(?:比|较)(?:第)?(?P<q>[一二三四1-4])季度(?:末)?$")
# 比1-8月 "compared with January-August" (a cumulative period of the same year, as the release names it)
# 比近五年（2019—2023年）平均值偏少31%, 比近三年平均偏多12%: against the average of the years before (project
# rendering: "compared with the 2019-2023 average", "compared with the average of the previous three years")
RECENT_AVERAGE_RE = re.compile(r"^[比较](?:近|前|过去)(?P<n>[两二三四五六七八九十]|\d{1,2})年"
                               r"(?:\s*[（(]\s*(?P<a>\d{4})\s*年?\s*[—–\-－~至到]\s*(?P<b>\d{4})\s*年?\s*[）)])?的?(?:平均值|平均水平|均值|平均)"
                               r"(?:同期)?$")
# the period before of the same kind (比上一秋冬季, 较上一考核年度): project renderings
PREVIOUS_RE = re.compile(r"^(?:比|较)上一(?P<what>[\u4e00-\u9fff]{1,4})$")
PREVIOUS_OF = {"秋冬季": "autumn and winter", "采暖季": "heating season", "供暖季": "heating season",
               "汛期": "flood season", "季度": "quarter", "考核年度": "assessment year", "年度": "year",
               "周期": "cycle", "学年": "school year", "届": "term"}
COMPARE_SPAN_RE = re.compile(r"^(?:比|较)(?P<a>\d{1,2})\s*[-—–~～至]\s*(?P<b>\d{1,2})月(?:份)?$")
# 比9月份 (同比降幅比9月份扩大0.4个百分点): one month of the same year, as the release names it
COMPARE_ONE_MONTH_RE = re.compile(r"^(?:比|较)(?P<month>\d{1,2})月份?$")
# Earlier periods of the same year or the one before (the periods as rows write them: H1, Q1-Q3)
COMPARE_PERIODS = {"上半年": "H1", "前三季度": "Q1-Q3", "上月": "the previous month", "上季度": "the previous quarter",
                   "上年末": "the end of the previous year", "上年底": "the end of the previous year"}
# One style for the comparison with a year earlier (review_2026-12 class D), whichever of 同比 / 比上年 / 比上年同期
# (and their variants) the Chinese uses: a whole year's figure is "over the previous year" (NBS annual
# communiqués, GWR 2015/11), a figure of part of a year (a month, quarter, January-October) or of a date is "year on
# year" (NBS monthly releases). Without a period, the glossary's own rendering.
YEAR_AGO = ("同比", "比上年", "比上年同期")
YEAR_RE = re.compile(r"\d{4}")


def year_ago(period: str) -> str:
    """'over the previous year' for a calendar year's figure (2024), 'year on year' for any other period."""
    return "over the previous year" if YEAR_RE.fullmatch(period.strip()) else "year on year"


CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass(frozen=True)
class Context:
    """What a row needs beyond the figure: how to name the province and the city of the bulletin."""

    province: str = ""  # "Liaoning"
    city: str = ""  # "Chaoyang"


def marked(zh: str) -> str:
    """A visible marker around Chinese that has no English yet."""
    return f"[{MISSING_LABEL}: {zh}]"


def context_for(region: str, glossary: Glossary) -> Context:
    """The province and city names for a bulletin's region (朝阳市 -> Liaoning, Chaoyang)."""
    entry = glossary.lookup(region) if region else None
    if entry is None or entry.category != "place":
        return Context()
    parent = glossary.lookup(entry.parent) if entry.parent else None
    if entry.zh.endswith("省"):
        return Context(province=entry.short or entry.en)
    return Context(province=(parent.short or parent.en) if parent else "", city=entry.short or entry.en)


def _cn_int(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if len(text) == 1:
        return CN_DIGITS.get(text)
    if len(text) == 2 and text[0] == "十":
        return 10 + CN_DIGITS.get(text[1], 0) if text[1] in CN_DIGITS else None
    if len(text) in (2, 3) and text[1] == "十" and text[0] in CN_DIGITS:
        tail = CN_DIGITS.get(text[2], None) if len(text) == 3 else 0
        return None if tail is None else CN_DIGITS[text[0]] * 10 + tail
    return None


def _scope_phrase(scope: str, ctx: Context) -> str | None:
    if scope in ("全省", "省内"):
        return f"in {ctx.province}" if ctx.province else "in the province"
    if scope in ("全国", "国内"):
        return "in China"
    if scope == "全市":
        return f"in {ctx.city}" if ctx.city else "in the city"
    if scope in ("全区", "全县"):
        return "in the district" if scope == "全区" else "in the county"
    return "" if not scope else None


def english_rank(rank: str, ctx: Context) -> str | None:
    """全省第5 -> '5th in Liaoning'; 全省前三 -> 'top 3 in Liaoning'; None if it cannot be read."""
    m = RANK_RE.match(rank.strip())
    if not m:
        return None
    n = _cn_int(m.group("n"))
    scope = _scope_phrase(m.group("scope") or "", ctx)
    if n is None or scope is None:
        return None
    head = f"top {n}" if m.group("top") else ordinal(n)
    return f"{head} {scope}".strip() if scope else head


# the standards, wages and prices a norm is a multiple of (extract/figures/vocab.py: 按不低于当地…标准的1.3倍)
NORM_BASES = ("标准", "工资", "价格", "收入", "补助", "补助金", "津贴")


def english_comparison(comparison: str, glossary: Glossary, ctx: Context, multiple: bool = False,
                       period: str = "") -> str | None:
    """同比 -> 'year on year'; 比2015年底 -> 'compared with the end of 2015'; 高于全省 -> 'above the Liaoning rate';
    两年年均 -> 'a year on average over two years'; for a multiple (``multiple``), 2020年 -> 'the 2020 level';
    环比 of a month (``period`` 2025-09) -> 'month on month' (GWR 2012/22; of another period: the glossary's)."""
    comparison = comparison.strip()
    if not comparison:
        return ""
    if comparison == "环比" and MONTH_PERIOD_RE.fullmatch(period):
        return "month on month"
    m = AVERAGE_RE.match(comparison)
    if m:
        n = m.group("n") or m.group("m")
        years = f" over {AVERAGE_YEARS[n]} years" if n else ""
        return f"a year on average{years}"
    if comparison == "平均":  # 年平均增长0.94% (the metric 年增长率): the yearly rate as an average over the period
        return "on average"
    if REAL_RE.match(comparison):
        return "in real terms"
    if comparison == "同口径":
        return "on a comparable basis"
    m = SAME_PERIOD_LEVEL_RE.match(comparison)
    if m:  # 恢复到2019年同期的118% (extract: 相当于2019年同期): a level against the same period of a base year
        return f"of the level of the same period of {m.group('year')}"
    m = GOAL_GAP_RE.match(comparison)
    if m:  # 高于年度预期目标0.1个百分点: the gap between the outcome and the year's target
        return f"{'above' if m.group('dir') in ('高于', '快于', '超出') else 'below'} the year's target"
    m = LEVEL_YEAR_RE.match(comparison)
    if m and multiple:
        year = m.group("year")
        return f"the level at the end of {year}" if m.group("end") else f"the {year} level"
    if multiple and comparison in PREVIOUS_LEVELS:  # 是上年的1.5倍: "1.5 times the previous year's level" (P)
        return PREVIOUS_LEVELS[comparison]
    if multiple and comparison.endswith(NORM_BASES):  # 按不低于当地城市低保标准的1.3倍: another standard (P)
        from .metrics import metric_en

        local = comparison.startswith(("当地", "本地"))
        base = metric_en(comparison[2:] if local else comparison, glossary)
        if base:
            return f"the {'local ' if local else ''}{base}"
    if comparison in REAL_TERMS:  # 按年实质 (Hong Kong releases): "year on year in real terms"
        return REAL_TERMS[comparison]
    entry = glossary.lookup(comparison)
    if entry is not None and entry.zh in YEAR_AGO and period:
        return year_ago(period)
    if entry is not None:
        return entry.en
    m = COMPARE_YEAR_RE.match(comparison)
    if m:
        # "compared with the end of 2018", as "compared with the end of the previous year" (review class E)
        return f"compared with {'the end of ' if m.group('end') else ''}{m.group('year')}"
    m = SHARE_OF_RE.match(comparison)
    if m and (m.group("scope") or m.group("total")):  # 占总额的41.5%: of the total just named (P)
        return f"of the {SHARE_SCOPES[m.group('scope')]} total" if m.group("scope") else "of the total"
    m = COMPARE_MONTH_RE.match(comparison)
    if m:
        month = _cn_int(m.group("month"))
        if month is not None and 1 <= month <= 12:
            return f"compared with the end of {MONTHS[month - 1]}"
    m = PREVIOUS_RE.match(comparison)
    if m and (what := PREVIOUS_OF.get(m.group("what"))):  # 比上一秋冬季: "compared with the previous autumn and winter"
        return f"compared with the previous {what}"
    m = COMPARE_QUARTER_RE.match(comparison)
    if m:
        quarter = _cn_int(m.group("q"))
        return f"compared with Q{quarter}" if quarter else None
    m = RECENT_AVERAGE_RE.match(comparison)
    if m:
        if m.group("a"):
            return f"compared with the {m.group('a')}-{m.group('b')} average"
        n = m.group("n")
        words = AVERAGE_YEARS.get(n) or (n if n.isdigit() else None)
        return f"compared with the average of the previous {words} years" if words else None
    m = COMPARE_SPAN_RE.match(comparison)
    if m:
        a, b = int(m.group("a")), int(m.group("b"))
        return f"compared with {MONTHS[a - 1]}-{MONTHS[b - 1]}" if 1 <= a < b <= 12 else None
    m = COMPARE_ONE_MONTH_RE.match(comparison)
    if m and 1 <= int(m.group("month")) <= 12:
        return f"compared with {MONTHS[int(m.group('month')) - 1]}"
    if comparison[:1] in "比较" and comparison[1:] in COMPARE_PERIODS:
        return f"compared with {COMPARE_PERIODS[comparison[1:]]}"
    if comparison in ("比年初", "较年初"):
        return "compared with the start of the year"
    m = COMPARE_LEVEL_RE.match(comparison)
    if m:
        direction = "above" if m.group("dir") in ("高于", "快于") else "below"
        scope = {"全省": "provincial", "全国": "national", "全市": "citywide", "全县": "county",
                 "全区": "district"}[m.group("scope")]
        return f"{direction} the {scope} average"
    if HOLIDAY_AGO_RE.match(comparison):
        return "compared with last year's holiday"
    return None


def english_qualifier(qualifier: str) -> str | None:
    qualifier = qualifier.strip()
    if not qualifier:
        return ""
    for english, words in QUALIFIERS.items():
        if qualifier in words:
            return english
    return None

"""Chinese date expressions, resolved against the document's own date.

API shared by events.py and figures.py (owned by the events/dates helper):

    anchor = Anchor.from_iso("2023-11-05")        # the document date (partial ISO allowed: "2019", "2019-07")
    for m in find_dates(text, anchor):             # left to right, non-overlapping
        m.start, m.end                            # span in text
        m.iso                                     # "2019-07-15", "2019-07", "2019", or interval "2019-01/2019-07"
        m.precision                               # year | half | quarter | month | day | interval
        m.kind                                    # point | period | deadline ("到2035年") | since ("自2016年以来")
        m.text                                    # the matched text

Rules (a small rule set of our own; general Chinese date language, not patterns of one source):

* Explicit dates: ``2019年7月``, ``2018年9月27日``, ``二〇二三年十月七日``, ``2023-10-07``; month/day without a year
  (``5月30日``) take the last year named earlier in the same sentence, else the anchor year.
* Relative years: 今年/本年 (anchor), 去年/上年 (-1), 前年 (-2), 明年 (+1); 次年/翌年 (+1) and 同年 are relative
  to the last explicit year in the text (else to the anchor year).
* Periods: 上半年/下半年 (``half``), 一季度…四季度 (``quarter``), 前三季度 / 前9个月 (from January), ranges joined by
  至/到/—/–/-/~ (``1—9月份``, ``今年1月至7月``, ``10月下旬到12月下旬``, ``2021—2025年``), five-year plans
  “十四五”期间/时期 (2021/2025), 末 (2025), 初/开局 (2021).
* Year edges: 年底/年末/年终 -> month 12, 年初 -> month 01 (precision ``month``); 月底/月初/上旬/下旬 keep
  month precision; 年内 is a deadline at year precision.
* Kinds: ``截至X`` is a point (as of X); ``到X``/``至X``/``X前`` are deadlines; ``X以来``/``X至今``/``X起``/
  ``自X…以来``/``1978年改革开放以来`` are ``since``, and their ``iso`` is the interval from X to the anchor date
  when the anchor is later (今年以来 in a document of 2019-09: 2019-01/2019-09).
* Comparison bases (比2019年增长, 较上年, 与去年同期相比) are still dates; ``is_comparison`` tells them apart, and
  they do not lend their year to a later month of the sentence.
* ``precision`` is the granularity of the date's endpoints (the start for ``since``); ``interval`` when a range
  joins endpoints of different granularity.
* Not dates: document numbers ``〔2023〕30号`` (no 年), counts ``1700余人``, durations ``12年间``/``五年``/
  ``近两年``, issue and serial numbers ``2023年第10期``/``2023年第3号``, ``每年…``, vague 近年来/目前/截至目前,
  countdowns ``距年末仅剩2个月`` (dropped: they state time remaining, not a dated fact), named dates such as
  “9·7”讲话 (the year is not reliable), days without a month (``30日``; but a day with its clock hour, ``7日20时``,
  ``7日8时至8日8时``, is a day of the anchor's month), and relative dates when the anchor has no year.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from .date_model import Anchor, DateMatch, _iso, compare, parse_iso, precision_rank

# the date model lives in date_model.py; this module reads dates in text and re-exports the model for its callers
__all__ = ["Anchor", "DateMatch", "compare", "find_dates", "is_comparison", "parse_iso", "precision_rank"]

log = logging.getLogger(__name__)


# --- lexical pieces -------------------------------------------------------------------------------------------

_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_FULLWIDTH_DIGIT = re.compile("[０-９]")
_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}

_RANGE = r"(?:[—–\-~～－―‐]{1,2}|至|到)"
_MONTH = r"(?:1[0-2]|0?[1-9](?!\d))"
_MONTH_ANY = r"(?:1[0-2]|0?[1-9](?!\d)|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_CN_DAY = r"(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_DAY_ANY = rf"(?:3[01]|[12]\d|0?[1-9](?!\d)|{_CN_DAY})"
_NUM_YEAR = r"(?:1[89]|20)\d{2}"
# a relative-year character must not continue a number or a word (三年前, 以上年均, 不同年龄, 基本年薪, 一次年会)
_REL_GUARD = (
    r"(?<![\d一二三四五六七八九十两几多数以不相共过基根成资之每年历首届本提目此事空日当线网马层样版剧账课文光说])"
)
_YEAR_TOKEN = (
    rf"(?:(?<![\d.．])(?P<y>{_NUM_YEAR})(?!\d)|(?P<ycn>(?:一九|二[〇○零])[〇○零一二三四五六七八九]{{2}})"
    rf"|{_REL_GUARD}(?P<yrel>[今本去上明前次翌同]))\s*年(?![龄级纪代轻华薪鉴画刊])(?!(?<=上年)结转)"
)
# (上年结转申请3件: what the previous year left to the reported one, a count of that year, no date of the previous)
# tails after a month: 上旬/中旬/下旬/底/末/初
_MONTH_EDGE = r"(?P<medge>\s*(?:上旬|中旬|下旬|底|末|初(?![步期级])))?"
# a day, or a range of days in one month (5月30—31日, 5月1日至5日: the second day without its month)
_DAY_PART = rf"(?:\s*(?P<d>{_DAY_ANY})\s*(?:[日号]?\s*{_RANGE}\s*(?P<d2>{_DAY})\s*[日号]|[日号]))?"
# (初 before 预算: 未纳入年初预算, the budget adopted at the start of the year, no date)
_YEAR_EDGE = r"(?P<yedge>底(?!线)|末|终(?![于究身点端止])|初(?![步期级中心衷次具见创稿]|预算))"

_YEAR_ATOM = re.compile(
    _YEAR_TOKEN
    + r"(?:"
    + r"\s*(?P<half>[上下])半年"
    + r"|\s*前\s*(?P<qcum>[一二三两1-3])\s*个?\s*季度"
    + r"|\s*第?\s*(?P<q>[一二三四1-4])\s*季度(?P<qend>末|底)?"
    + r"|\s*第\s*(?P<qhk>[一二三四1-4])\s*季(?![节度])"  # 二○二二年第一季 (Hong Kong usage): the first quarter
    + r"|\s*前\s*(?P<mcum>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九两])\s*个\s*月"
    + rf"|\s*(?P<m>{_MONTH_ANY})\s*(?:月(?:\s*份)?{_DAY_PART}{_MONTH_EDGE}|(?={_RANGE}\s*{_MONTH}\s*月))"
    + rf"|\s*年?{_YEAR_EDGE}"
    + r"|(?P<within>\s*内(?![容部外涵]))"
    + r"|\s*度"
    + r")?"
)
_MONTH_ATOM = re.compile(
    rf"(?<![\d.．/第])(?P<m>{_MONTH})\s*(?:月(?:\s*份)?{_DAY_PART}{_MONTH_EDGE}|(?={_RANGE}\s*{_MONTH}\s*月))"
)
_CN_MONTH_DAY = re.compile(
    r"(?<![一二三四五六七八九十〇零两几每个])(?P<m>十[一二]?|[一二三四五六七八九])月"
    rf"(?P<d>{_CN_DAY})[日号]"
)
# (several patterns check the character before them with a look-behind placed after their first character, which
# means the same: a pattern that starts with a literal lets the regex engine skip quickly to where it can match)
_BARE_YEAR = re.compile(rf"(?P<y>{_NUM_YEAR})(?<![\d.．]\d{{4}})(?=\s*{_RANGE}\s*{_NUM_YEAR}\s*年)")
_HALF = re.compile(r"(?P<half>[上下])(?<![\d年][上下])半年")
_QUARTER = re.compile(
    r"(?<![\d一二三四五六七八九十两几每前第])(?:前\s*(?P<qcum>[一二三两1-3])\s*个?\s*季度|第?\s*(?P<q>[一二三四1-4])\s*季度"
    r"(?P<qend>末|底)?)"
)
_MONTHS_CUM = re.compile(
    r"(?<![\d年月日之以一二三四五六七八九十])前\s*(?P<mcum>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九两])\s*个\s*月"
)
# (大年初四, 大年三十: the days of the lunar new year, not the beginning of the year)
_YEAR_EDGE_ALONE = re.compile(r"年(?<![\d一二三四五六七八九十两几多数每个之同大]年)\s*" + _YEAR_EDGE)
_WITHIN_YEAR = re.compile(r"年(?<![\d一二三四五六七八九十两几多数每个之同全]年)内(?![容部外涵])")
_FIVE_YEAR = re.compile(
    r"(?<![一二三四五六七八九十])[“\"「]?(?P<plan>十[一二三四五六七八九]|[六七八九])五[”\"」]?"
    r"\s*(?P<fs>期间|时期|开局之年|开局|收官之年|收官|末|初|以来|(?:前|头)(?P<fn>[两二三四])年)"
)
# a school year (2023/2024学年, 2023—2024学年度): September of the first year to August of the next
_SCHOOL_YEAR = re.compile(rf"(?<!\d)(?P<y1>{_NUM_YEAR})\s*[/／—–\-－~～至]\s*(?P<y2>{_NUM_YEAR})\s*学年")
_ISO = re.compile(
    r"(?<![\d.．/\-])(?P<y>(?:19|20)\d{2})(?P<sep>[-./])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d>3[01]|[12]\d|0?[1-9])"
    r"(?![\d.．/\-])"
)

# (比近五年（2019—2023年）平均值: the span in brackets is the base; 快于上年同期, 好于上年: a base too)
_COMPARE_BEFORE = re.compile(r"(?:比|较|与|同|跟|相对于|[低高快慢好优差]于|超过|超出|相当于)\s*$|"
                             r"(?:比|较)(?:近|前|过去)[两三四五六七八九十\d]{1,2}年\s*[（(]\s*$")
_COMPARE_AFTER = re.compile(r"^\s*(?:相比|相较|比较|同期)")
# 与2010年第六次全国人口普查相比: a named base (a census, a survey of that year) between the date and 相比
_WITH_BEFORE = re.compile(r"(?:与|同|跟|和)\s*$")
_COMPARE_AFTER_NAMED = re.compile(r"^[^，,。；;：:！？\d]{1,16}?(?:相比|相较|比较)")
# 是2020年的1.8倍, 为上年同期的2倍, 是2015年的85%: the year is the base of a multiple or share
_MULTIPLE_BEFORE = re.compile(r"(?:是|为)\s*$")
_MULTIPLE_AFTER = re.compile(r"(?:末|底|同期)?的\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*(?:倍|%)")
# 99.7（上月=100）, （以上年同期为100）: the base of an index written after it
_INDEX_BASE_BEFORE = re.compile(r"[（(]\s*以?\s*$")
_INDEX_BASE_AFTER = re.compile(r"\s*(?:同月|同期)?\s*(?:=|＝|为)\s*100\s*[）)]")
_SENTENCE_END = re.compile(r"[。！？!?]")
_ISSUE = re.compile(r"\s*(?:第|总第)\s*\d+\s*[期号]")
_ASOF_BEFORE = re.compile(r"(?:截至|截止到|截止至|截止|截到)\s*$")
_DEADLINE_BEFORE = re.compile(r"(?:到|至|直到|直至)\s*$")
_FROM_BEFORE = re.compile(r"(?:自|从|打)\s*$")
_COUNTDOWN_BEFORE = re.compile(r"(?:距离|距)\s*$")
_EVERY_BEFORE = re.compile(r"每\s*年?\s*$")
_SINCE_AFTER = re.compile(r"^\s*(?:以来|至今|起(?![草诉步源点])|开始|以后|之后)")
_SINCE_GAP = re.compile(r"^[^，,。；;！？!?：:\n\d]{1,12}?(?:以来|至今|开始)")
_SINCE_GAP_BARE = re.compile(r"^[^，,。；;！？!?：:、\n\d年]{1,8}?(?:以来|至今)")  # 1978年改革开放以来
# a record against the years since a date (为2010年以来最高水位, 创2015年以来新高, 是有记录以来最多): the date is the
# record's yardstick, neither a period nor an event
_RECORD_SINCE = re.compile(r"\s*(?:同期|历史同期)?(?:最高|最低|最大|最小|最多|最少|最强|最早|最晚|新高|新低|首次)")
_RECORD_BEFORE = re.compile(r"(?:为|是|创|达|居)\s*(?:自|从)?$")
# a record broken against the years since a date (突破该站1961年建站以来日降雨量历史极值, 刷新1998年以来最高水位纪录)
_RECORD_BROKEN_BEFORE = re.compile(r"(?:突破|刷新|打破)(?:了)?(?:该站|本站|该地|当地)?\s*$")
_RECORD_BROKEN_AFTER = re.compile(r"[^，,。；;！？]{0,10}?(?:历史极值|极值|纪录|记录|最高|最大|最多)")
# the edition of a document named before (《…预案》（2024年修订）, 《…目录（2023年版）》): part of the name
_EDITION_AFTER = re.compile(r"\s*(?:修订|修正|修订版|年版|版|本)\s*[）)]")
_EDITION_BEFORE = re.compile(r"[》（(]\s*$")
_BEFORE_AFTER = re.compile(r"^\s*(?:之前|以前|前)(?![一二三四五六七八九十两\d个季半年])")


@dataclass
class _Atom:
    """A date expression before its year is known and before prefixes and suffixes are read."""

    start: int
    end: int
    lo: tuple[int | None, int | None]  # (month, day) of the start within its year; None = whole year
    hi: tuple[int | None, int | None]  # (month, day) of the end within its year
    precision: str
    kind: str = "point"
    year: int | None = None  # explicit year
    rel: str = ""  # relative-year character: 今 去 明 ...
    years: tuple[int, int] | None = None  # fixed years (five-year plans)
    bare: bool = False  # the first member of a range ("1" in 1—9月): only valid when joined


@dataclass
class _Resolved:
    start: int
    end: int
    lo: tuple[int, ...]
    hi: tuple[int, ...]
    precision: str
    kind: str


# a day of the month written with its clock hour and no month (7日20时, 7日8时至8日8时, 7日22时至23时), as weather and
# hydrological bulletins date their observations: a day of the document's month (of the month before when the day
# is more than a week after the document's day)
_DAY_HOUR = re.compile(
    r"(?<![\d.．月])(?P<d>3[01]|[12]\d|0?[1-9])日\s*(?:[01]?\d|2[0-4])\s*时(?!间|期|代|候|刻|段|尚|效)"
    r"(?:\s*(?:至|到|—|～|－|-)\s*(?:(?P<d2>3[01]|[12]\d|0?[1-9])日\s*)?(?:[01]?\d|2[0-4])\s*时(?!间|期|代|候|刻|段|尚|效))?"
)


def _day_hour_atoms(text: str, anchor: Anchor) -> list[_Atom]:
    if anchor.year is None or anchor.month is None or anchor.day is None or "时" not in text:
        return []
    found: list[_Atom] = []
    for m in _DAY_HOUR.finditer(text):
        day = int(m.group("d"))
        last = int(m.group("d2")) if m.group("d2") else day
        year, month = anchor.year, anchor.month
        if day > anchor.day + 7:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        end_year, end_month = year, month
        if last < day:  # 31日20时至1日8时: into the next month
            end_year, end_month = (year, month + 1) if month < 12 else (year + 1, 1)
        if end_year != year or (last > 31 or day > 31):
            continue
        ranged = "至" in m.group(0) or "到" in m.group(0) or bool(re.search(r"[—～－-]", m.group(0)))
        found.append(_Atom(m.start(), m.end(), (month, day), (end_month, last), "day",
                           "period" if ranged else "point", year=year))
    return found


# days of the month with no month and no hour, as a weather forecast gives its window (18日夜间至20日, 19日白天到
# 21日): a span of the document's month from a day at most a week before it to a later day (not 每月1日至10日)
_PARTS = r"(?:夜间|夜里|白天|凌晨|早晨|上午|中午|下午|傍晚|晚上|前半夜|后半夜)"
_DAY_SPAN = re.compile(rf"(?<![\d.．月第])(?P<d>3[01]|[12]\d|0?[1-9])日{_PARTS}?\s*(?:至|到)\s*"
                       rf"(?P<d2>3[01]|[12]\d|0?[1-9])日(?!\s*\d|\s*[０-９])")


def _day_span_atoms(text: str, anchor: Anchor) -> list[_Atom]:
    if anchor.year is None or anchor.month is None or anchor.day is None or "日" not in text:
        return []
    return [_Atom(m.start(), m.end(), (anchor.month, int(m.group("d"))), (anchor.month, int(m.group("d2"))), "day",
                  "period", year=anchor.year)
            for m in _DAY_SPAN.finditer(text) if anchor.day - 7 <= int(m.group("d")) < int(m.group("d2"))]


# the opening bracket between a date and its span written out after it (2025年11月（2025年11月1日0时至…）)
_RESTATED_SPAN = re.compile(r"\s*[（(]\s*")


def _cn_number(token: str) -> int:
    """Value of a small number written with digits or Chinese numerals (1-31, or a 4-digit year)."""
    if token.isdigit():
        return int(token)
    if len(token) == 4 and "十" not in token:  # 二〇一九
        return int("".join(str(_CN_DIGIT[c]) for c in token))
    if "十" in token:
        tens, _, units = token.partition("十")
        return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[units] if units else 0)
    return _CN_DIGIT[token]


def _month_atom(m: re.Match[str], start: int, year: int | None = None, rel: str = "") -> _Atom | None:
    month = _cn_number(m.group("m"))
    if not 1 <= month <= 12:
        return None
    whole = m.group(0)
    day_text = m.groupdict().get("d")
    if "月" not in whole[m.start("m") - m.start():]:  # bare month: the first member of a range
        return _Atom(start, m.end(), (month, None), (month, None), "month", "period", year, rel, bare=True)
    if day_text:
        day = _cn_number(day_text)
        last = int(m.group("d2")) if m.group("d2") else day  # 5月30—31日
        if not 1 <= day <= last <= 31:
            return None
        return _Atom(start, m.end(), (month, day), (month, last), "day", "point" if last == day else "period", year,
                     rel)
    return _Atom(start, m.end(), (month, None), (month, None), "month", "point", year, rel)


def _year_atom(m: re.Match[str], text: str) -> _Atom | None:
    year = int(m.group("y")) if m.group("y") else (_cn_number(m.group("ycn")) if m.group("ycn") else None)
    rel = m.group("yrel") or ""
    start, end = m.start(), m.end()
    if _ISSUE.match(text, end):  # 2023年第10期: an issue number, not a date
        return None
    if m.group("m"):
        return _month_atom(m, start, year, rel)
    if m.group("half"):
        lo, hi = (1, 6) if m.group("half") == "上" else (7, 12)
        return _Atom(start, end, (lo, None), (hi, None), "half", "period", year, rel)
    if m.group("qcum"):
        return _Atom(start, end, (1, None), (3 * _cn_number(m.group("qcum")), None), "quarter", "period", year, rel)
    if m.group("q") and m.group("qend"):  # 2025年三季度末: the quarter's last month, a point
        q = _cn_number(m.group("q"))
        return _Atom(start, end, (3 * q, None), (3 * q, None), "month", "point", year, rel)
    if m.group("q") or m.group("qhk"):
        q = _cn_number(m.group("q") or m.group("qhk"))
        return _Atom(start, end, (3 * q - 2, None), (3 * q, None), "quarter", "period", year, rel)
    if m.group("mcum"):
        n = _cn_number(m.group("mcum"))
        return _Atom(start, end, (1, None), (n, None), "month", "period", year, rel) if 1 <= n <= 12 else None
    if m.group("yedge"):
        month = 1 if m.group("yedge") == "初" else 12
        return _Atom(start, end, (month, None), (month, None), "month", "point", year, rel)
    if m.group("within"):
        return _Atom(start, end, (None, None), (None, None), "year", "deadline", year, rel)
    return _Atom(start, end, (None, None), (None, None), "year", "point", year, rel)


# a week of a year by its number (2025年第47周, a weekly report's week): the ISO week, Monday to Sunday
_NUMBERED_WEEK = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*第\s*(?P<w>\d{1,2})\s*周")


def _week_atom(m: re.Match[str]) -> _Atom | None:
    """The days of an ISO week named by its number within its year; None for a week crossing the year's edge."""
    year, week = int(m.group("y")), int(m.group("w"))
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    sunday = monday + dt.timedelta(days=6)
    if monday.year != year or sunday.year != year:
        return None
    return _Atom(m.start(), m.end(), (monday.month, monday.day), (sunday.month, sunday.day), "day", "period", year)


def _atoms(text: str) -> list[_Atom]:
    """All candidate date expressions, overlapping; the caller keeps the longest leftmost ones.

    Each pattern is only run when the character it cannot match without (年, 月, 季, 五, or an ISO separator)
    occurs in the text: most sentences hold no date at all."""
    found: list[_Atom] = []
    has_year, has_month = "年" in text, "月" in text
    if has_year:
        for m in _YEAR_ATOM.finditer(text):
            if (atom := _year_atom(m, text)) is not None:
                found.append(atom)
        if "周" in text:
            found.extend(a for m in _NUMBERED_WEEK.finditer(text) if (a := _week_atom(m)) is not None)
    if has_month:
        for m in _MONTH_ATOM.finditer(text):
            if (atom := _month_atom(m, m.start())) is not None:
                found.append(atom)
        for m in _CN_MONTH_DAY.finditer(text):
            month, day = _cn_number(m.group("m")), _cn_number(m.group("d"))
            if 1 <= month <= 12 and 1 <= day <= 31:
                found.append(_Atom(m.start(), m.end(), (month, day), (month, day), "day"))
    if has_year:
        for m in _BARE_YEAR.finditer(text):
            found.append(_Atom(m.start(), m.end(), (None, None), (None, None), "year", "period", int(m.group("y")),
                               bare=True))
        for m in _HALF.finditer(text):
            lo, hi = (1, 6) if m.group("half") == "上" else (7, 12)
            found.append(_Atom(m.start(), m.end(), (lo, None), (hi, None), "half", "period"))
    if "季" in text:
        for m in _QUARTER.finditer(text):
            if m.group("qcum"):
                found.append(_Atom(m.start(), m.end(), (1, None), (3 * _cn_number(m.group("qcum")), None),
                                   "quarter", "period"))
            elif m.group("qend"):  # 三季度末: the end of the quarter (September), a point
                q = _cn_number(m.group("q"))
                found.append(_Atom(m.start(), m.end(), (3 * q, None), (3 * q, None), "month", "point"))
            else:
                q = _cn_number(m.group("q"))
                found.append(_Atom(m.start(), m.end(), (3 * q - 2, None), (3 * q, None), "quarter", "period"))
    if has_month:
        for m in _MONTHS_CUM.finditer(text):
            n = _cn_number(m.group("mcum"))
            if 1 <= n <= 12:
                found.append(_Atom(m.start(), m.end(), (1, None), (n, None), "month", "period"))
    if has_year:
        for m in _YEAR_EDGE_ALONE.finditer(text):
            month = 1 if m.group("yedge") == "初" else 12
            found.append(_Atom(m.start(), m.end(), (month, None), (month, None), "month"))
        for m in _WITHIN_YEAR.finditer(text):
            found.append(_Atom(m.start(), m.end(), (None, None), (None, None), "year", "deadline"))
    if "学年" in text:
        for m in _SCHOOL_YEAR.finditer(text):
            y1, y2 = int(m.group("y1")), int(m.group("y2"))
            if y2 == y1 + 1:
                found.append(_Atom(m.start(), m.end(), (9, None), (8, None), "month", "period", years=(y1, y2)))
    if "五" in text:
        for m in _FIVE_YEAR.finditer(text):
            atom = _five_year_atom(m)
            if atom is not None:
                found.append(atom)
    if "-" in text or "." in text or "/" in text:
        for m in _ISO.finditer(text):
            day = (int(m.group("m")), int(m.group("d")))
            found.append(_Atom(m.start(), m.end(), day, day, "day", year=int(m.group("y"))))
    return found


def _five_year_atom(m: re.Match[str]) -> _Atom | None:
    plan = _cn_number(m.group("plan"))
    first = 1966 + 5 * (plan - 3)  # the 3rd plan was 1966-1970; the 14th is 2021-2025
    last = first + 4
    suffix = m.group("fs")
    end = m.start("fs") if suffix == "以来" else m.end()
    if suffix in ("期间", "时期"):
        return _Atom(m.start(), end, (None, None), (None, None), "year", "period", years=(first, last))
    if m.group("fn"):  # “十四五”前两年: the first years of the plan
        return _Atom(m.start(), end, (None, None), (None, None), "year", "period",
                     years=(first, first + _cn_number(m.group("fn")) - 1))
    if suffix in ("末", "收官", "收官之年"):
        return _Atom(m.start(), end, (None, None), (None, None), "year", years=(last, last))
    return _Atom(m.start(), end, (None, None), (None, None), "year", years=(first, first))


def _leftmost_longest(atoms: list[_Atom]) -> list[_Atom]:
    if len(atoms) < 2:
        return atoms
    chosen: list[_Atom] = []
    last_end = -1
    for atom in sorted(atoms, key=lambda a: (a.start, -(a.end - a.start))):
        if atom.start >= last_end:
            chosen.append(atom)
            last_end = atom.end
    return chosen


# the object of a preposition a span since a date stands in (对2021年以来实施的项目开展专项排查): it says what the
# object is, not when the act is done
_OBJECT_OF = re.compile(r"(?:对|针对|对照)\s*$")


def since_in_object(kind: str, s: str, lo: int, at: int) -> bool:
    """A date of kind ``since`` at ``at`` is inside the object of 对/针对/对照 in ``s[lo:at]``."""
    return kind == "since" and bool(_OBJECT_OF.search(s, lo, at))


def is_comparison(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is a comparison base (比2019年增长, 较上年, 与去年同期相比,
    与2010年第六次全国人口普查相比)."""
    before = text[max(0, start - 6):start]
    return bool(_COMPARE_BEFORE.search(before) or _COMPARE_AFTER.match(text[end:end + 6])
                or (_MULTIPLE_BEFORE.search(before) and _MULTIPLE_AFTER.match(text, end))
                or (_INDEX_BASE_BEFORE.search(before) and _INDEX_BASE_AFTER.match(text, end))
                or (_WITH_BEFORE.search(before) and _COMPARE_AFTER_NAMED.match(text[end:end + 20])))


def _rel_year(rel: str, anchor_year: int | None, last_explicit: int | None) -> int | None:
    if rel in ("次", "翌", "同"):
        base = last_explicit if last_explicit is not None else anchor_year
        if base is None:
            return None
        return base if rel == "同" else base + 1
    if anchor_year is None:
        return None
    return anchor_year + {"今": 0, "本": 0, "去": -1, "上": -1, "前": -2, "明": 1}[rel]


def _resolve(text: str, atoms: list[_Atom], anchor: Anchor) -> list[tuple[_Atom, int | None, int | None]]:
    """Give each atom its years (start year, end year); None when it cannot be resolved."""
    out: list[tuple[_Atom, int | None, int | None]] = []
    last_explicit: int | None = None
    context: int | None = None  # the last year named in the current sentence
    pos = 0
    for atom in atoms:
        if _SENTENCE_END.search(text, pos, atom.start):
            context = None
        pos = atom.start
        if atom.years is not None:
            out.append((atom, atom.years[0], atom.years[1]))
            continue
        if atom.year is not None:
            year: int | None = atom.year
            last_explicit = atom.year
        elif atom.rel:
            year = _rel_year(atom.rel, anchor.year, last_explicit)
        else:
            year = context if context is not None else anchor.year
        if (atom.year is not None or atom.rel) and year is not None and not is_comparison(text, atom.start, atom.end):
            context = year
        out.append((atom, year, year))
    return out


def _tuple(year: int, part: tuple[int | None, int | None]) -> tuple[int, ...]:
    month, day = part
    if month is None:
        return (year,)
    return (year, month) if day is None else (year, month, day)


# what may stand between the two ends of a range: the range word, after the clock time of the first day
# (报名时间：2026年3月2日9:00至3月6日17:00; 挂牌时间为2025年12月15日9时至2025年12月29日10时, 9时30分, 9点)
_CLOCK = r"(?:上午|下午|晚上)?\s*\d{1,2}\s*(?:[:：]\s*\d{2}|[时点](?:\s*\d{1,2}\s*分)?)"
_RANGE_GAP = re.compile(rf"\s*(?:{_CLOCK}\s*)?{_RANGE}\s*")


def _join(items: list[tuple[_Atom, int | None, int | None]], text: str) -> list[_Resolved]:
    """Join ``A 至 B`` ranges and drop what cannot be resolved."""
    out: list[_Resolved] = []
    i = 0
    while i < len(items):
        atom, y1, y2 = items[i]
        if i + 1 < len(items) and _RANGE_GAP.fullmatch(text[atom.end:items[i + 1][0].start]):
            other, oy1, oy2 = items[i + 1]
            if atom.bare and y1 is None:
                y1 = oy1  # 1—9月: the start takes the year of the end
            if y1 is not None and oy2 is not None and atom.kind != "deadline" and other.kind != "deadline":
                lo, hi = _tuple(y1, atom.lo), _tuple(oy2, other.hi)
                if hi < lo and not other.year and not other.rel:  # 2019年11月至2月: into the next year
                    hi = _tuple(oy2 + 1, other.hi)
                if lo <= hi:
                    out.append(_Resolved(atom.start, other.end, lo, hi, _joined_precision(atom, other), "period"))
                    i += 2
                    continue
        if not atom.bare and y1 is not None and y2 is not None:
            out.append(_Resolved(atom.start, atom.end, _tuple(y1, atom.lo), _tuple(y2, atom.hi), atom.precision,
                                 atom.kind))
        i += 1
    return out


def _joined_precision(a: _Atom, b: _Atom) -> str:
    if a.precision == b.precision:
        return a.precision
    return "interval"


def _affixes(r: _Resolved, text: str, anchor: Anchor) -> DateMatch | None:
    """Read the words around a date: 截至/到/自 before it, 以来/前 after it."""
    start, end, kind = r.start, r.end, r.kind
    before = text[max(0, start - 6):start]
    if _COUNTDOWN_BEFORE.search(before) or _EVERY_BEFORE.search(before):
        return None
    lo, hi = r.lo, r.hi
    after = text[end:end + 16]
    if (m := _SINCE_AFTER.match(after)) is not None:
        kind, end = "since", end + m.end()
        if (f := _FROM_BEFORE.search(before)) is not None:
            start -= len(f.group(0))
    elif (f := _FROM_BEFORE.search(before)) is not None and _SINCE_GAP.match(after):
        kind, start = "since", start - len(f.group(0))
    elif r.precision in ("year", "month", "day") and r.lo == r.hi and _SINCE_GAP_BARE.match(after):
        kind = "since"
    elif (m := _ASOF_BEFORE.search(before)) is not None:
        kind, start = "point", start - len(m.group(0))
    elif (m := _DEADLINE_BEFORE.search(before)) is not None:
        kind, start = "deadline", start - len(m.group(0))
    elif (m := _BEFORE_AFTER.match(after)) is not None:
        kind, end = "deadline", end + m.end()
    if _EDITION_AFTER.match(text, end) and _EDITION_BEFORE.search(text, max(0, start - 3), start):
        return None  # 《…应急预案》（2024年修订）: the edition of the document named, no time of the sentence
    if kind == "since" and _RECORD_SINCE.match(text, end) and _RECORD_BEFORE.search(text, max(0, start - 3), start):
        return None  # 为2010年以来最高水位: a record measured against the years since, not the time of anything
    if kind == "since" and _RECORD_BROKEN_BEFORE.search(text, max(0, start - 6), start) \
            and _RECORD_BROKEN_AFTER.match(text, end):
        return None  # 突破该站1961年建站以来日降雨量历史极值: the record's yardstick, no time of the sentence
    if kind == "since":
        iso, precision = _since(lo, r.precision, anchor)
        return DateMatch(start, end, iso, precision, kind, text[start:end])
    iso = _iso(lo) if lo == hi else f"{_iso(lo)}/{_iso(hi)}"
    return DateMatch(start, end, iso, r.precision, kind, text[start:end])


def _since(lo: tuple[int, ...], precision: str, anchor: Anchor) -> tuple[str, str]:
    """``X以来``: the interval from X to the anchor date (今年以来 -> 2019-01/2019-09), or X alone."""
    now = anchor.parts()
    if now and len(lo) == 1 and len(now) > 1 and now[0] == lo[0]:  # 今年以来 in a dated document
        lo, precision = (lo[0], 1), "month"
    if now and compare(now, lo) > 0:
        return f"{_iso(lo)}/{_iso(now)}", precision
    return _iso(lo), precision


# a boundary of who a rule covers (1954年10月31日之前入伍的, 2025年8月1日以后新认定的): no date of the text
_COHORT_AFTER = re.compile(r"\s*(?:新)?(?:入伍|参军|出生|参加工作|退休|退役|复员|转业|认定)")
_RELATION = re.compile(r"(?:之前|以前|以后|之后|前|后)$")


def find_dates(text: str, anchor: Anchor) -> list[DateMatch]:
    """Date expressions in ``text``, left to right and non-overlapping, resolved against ``anchor``."""
    return list(_find_dates(text, anchor))


@lru_cache(maxsize=1024)
def _find_dates(text: str, anchor: Anchor) -> tuple[DateMatch, ...]:
    """``find_dates``, cached: figures and events read the same sentences and headings of a document again."""
    norm = text.translate(_FULLWIDTH) if _FULLWIDTH_DIGIT.search(text) else text  # same length: spans stay valid
    atoms = _leftmost_longest(_atoms(norm) + _day_hour_atoms(norm, anchor) + _day_span_atoms(norm, anchor))
    joined = _join(_resolve(norm, atoms, anchor), norm)
    out: list[DateMatch] = []
    restated = -1  # the end of a span restating the date before, in brackets
    for r in joined:
        m = _affixes(r, norm, anchor)
        if m is None or (_RELATION.search(norm, m.start, m.end) and _COHORT_AFTER.match(norm, m.end)):
            continue
        if out and "/" not in out[-1].iso and all(p.startswith(out[-1].iso) for p in m.iso.split("/")) and (
                _RESTATED_SPAN.fullmatch(norm, out[-1].end, m.start) or m.end <= restated):
            # 2025年11月（2025年11月1日0时至11月30日24时）: the month's span in brackets, the month itself
            close = re.compile(r"[）)]").search(norm, m.end)
            restated = close.start() if close else -1
            continue
        if out and m.start < out[-1].end:  # a prefix grew into the previous match
            m = DateMatch(out[-1].end, m.end, m.iso, m.precision, m.kind, norm[out[-1].end:m.end])
        if norm is not text:  # the text as written (full-width digits)
            m = DateMatch(m.start, m.end, m.iso, m.precision, m.kind, text[m.start:m.end])
        out.append(m)
    return tuple(out)



"""The date of a document as ``new`` guesses it for the editor to confirm: the day a report was delivered, a web
page's publication line, the date under a signature, the latest full date stated, a month under a signature, or
the latest year mentioned as past or present (never a deadline or a vision year such as 到2035年)."""

from __future__ import annotations

import re

from . import meta
from .new_origin import DATE_LINE_RE

HEAD_CHARS = 3000  # title, kind and issue are read from the beginning of the text
DIGITS = {"〇": "0", "零": "0", "○": "0", "Ｏ": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6",
          "七": "7", "八": "8", "九": "9"}
_NUM = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
DATE_PATTERNS = (
    re.compile(r"(?P<pre>[到至迄]?)\s*(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]"
               r"(?P<post>\s*(?:前|以前|之前|止|起|以后|后)?)"),
    re.compile(r"(?P<pre>[到至迄]?)\s*(?P<y>[〇零○Ｏ一二三四五六七八九]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,2})\s*月"
               r"\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日(?P<post>\s*(?:前|以前|之前|止|起|以后|后)?)"),
)

def _num(text: str) -> int:
    if text.isdigit():
        return int(text)
    value = meta.cn_number(text)
    return value if value is not None else 0


def find_dates(text: str) -> list[str]:
    """Full dates the text states as its own (not deadlines such as 到2025年12月31日前), as ISO strings."""
    found = []
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            if m.group("pre") or m.group("post").strip():
                continue
            y = m.group("y")
            year = int(y) if y.isdigit() else int("".join(DIGITS[c] for c in y))
            iso = f"{year:04d}-{_num(m.group('m')):02d}-{_num(m.group('d')):02d}"
            if meta.check_date(iso) is None:
                found.append(iso)
    return found


FUTURE_BEFORE = re.compile(r"(?:到|至|力争|争取|预计|计划|确保|目标|愿景)\s*$")
FUTURE_AFTER = re.compile(r"^\s*年?\s*(?:前|以前|之前|底前|远景|目标|愿景)")


def stated_years(text: str) -> list[int]:
    """Years the text mentions as past or present (not targets: 到2035年, 2025年前)."""
    years = []
    for m in meta.YEAR_RE.finditer(text):
        before, after = text[max(0, m.start() - 4):m.start()], text[m.end() - 1:m.end() + 4]
        if FUTURE_BEFORE.search(before) or FUTURE_AFTER.match(after):
            continue
        years.append(int(m.group(1)))
    return years


# The publication's own date in its head: a web page's information line copied with its text (发布时间：2024-05-06
# 09:30), a gazette's issue line (2023年第10期 2023年11月5日出版).
# (not a product's label quoted in a case: 生产日期：2025年2月10日, 有效日期, 检验日期, 抽样日期)
PUBLISHED_RE = re.compile(r"(?:发布时间|发布日期|发稿时间|出版日期|(?<![产效验样货期])时间|(?<![产效验样货期])日期)"
                          r"\s*[:：]\s*((?:19|20)\d{2})\s*[-/.年]\s*"
                          r"(\d{1,2})\s*[-/.月]\s*(\d{1,2})|((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*出版")


# full-width digits as typed in a red-head line or a delivery line (〔２０２６〕９号, ——２０２６年１月１４日在…):
# read as ASCII ones, one character for one (positions unchanged)
FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# the line under a report's or speech's title saying when and where it was delivered (——2025年1月8日在…会议上)
DELIVERED_RE = re.compile(r"^[ \t\u3000]*[—－-]{1,2}[ \t\u3000]*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月"
                          r"\s*(\d{1,2})\s*日\s*在", re.MULTILINE)


# a signature line giving a month only, after the issuer or alone (霁川市人民政府 2026年4月, 2026年4月)
SIGNED_MONTH_RE = re.compile(r"(?:[\u4e00-\u9fff（）()]{2,30}\s*)?((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月")


def _days(a: str, b: str) -> int:
    """Days from ISO date ``a`` to ``b``."""
    from datetime import date

    return (date.fromisoformat(b) - date.fromisoformat(a)).days


# a yearbook's edition (柘阳统计年鉴—2025, 统计年鉴（2025）, 2025年统计年鉴): the year it was published in
YEARBOOK_EDITION_RE = re.compile(r"年鉴\s*[—－\-–]{0,2}\s*[（(]?\s*((?:19|20)\d{2})(?!\d)"
                                 r"|((?:19|20)\d{2})\s*(?:年\s*)?[\u4e00-\u9fff]{0,8}年鉴")


def infer_date(text: str) -> str:
    """The document's own date: the day a report or speech was delivered (the line under its title); the
    publication date of a web page's information line in its head (发布时间：…);
    else the latest date standing alone on a line (the date under a signature: a plan issued by a notice may
    mention later dates, such as its subsidy period); else the latest full date the text states (an official
    document ends with its date); else the latest year it mentions as past or present (a news page dates its
    events by month and day only)."""
    text = text.translate(FULL_WIDTH_DIGITS)  # (a date line in full-width digits: 琮阳市…局　２０２６年１月２０日)
    m = DELIVERED_RE.search(text[:HEAD_CHARS])
    if m:  # ——2025年1月8日在…会议上: a report or speech is dated by its delivery, not by a web page's posting
        iso = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
        if meta.check_date(iso) is None:
            return iso
    signed = [d for line in text.split("\n") if DATE_LINE_RE.match(line.strip().replace(" ", ""))
              for d in find_dates(line)]
    m = PUBLISHED_RE.search(text[:HEAD_CHARS])
    if m:
        y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
        iso = f"{y}-{int(mo):02d}-{int(d):02d}"
        if meta.check_date(iso) is None:
            # a document signed a few days before its page was posted (汀澜省…方案 2026年3月10日, 发布日期：
            # 2026-03-12) is dated by its signature: the page's date is when it was posted
            # (a gazette's 出版 date is its issue's own date: only a page's posting, 发布/发稿, gives way)
            posted = re.search(r"发布|发稿", m.group())
            earlier = [day for day in signed if posted and day <= iso and _days(day, iso) <= 60]
            return max(earlier) if earlier else iso
    if signed:
        return max(signed)
    dates = find_dates(text)
    if dates:
        return max(dates)
    months = [f"{m.group(1)}-{int(m.group(2)):02d}" for line in text.split("\n")
              if (m := SIGNED_MONTH_RE.fullmatch(line.strip())) and 1 <= int(m.group(2)) <= 12]
    if months:  # 霁川市人民政府 2026年4月: a plan signed with a month (not the vision year 2035 of its lead)
        return max(months)
    edition = YEARBOOK_EDITION_RE.search(text[:HEAD_CHARS])
    if edition:  # 柘阳统计年鉴—2025 over a table of 2020—2024: the edition's year, not the latest year of its data
        return edition.group(1) or edition.group(2)
    years = stated_years(text)
    return str(max(years)) if years else ""

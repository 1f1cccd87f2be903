"""Entries of a release read against the period it reports on but published later: the day of the news in its
lead, and what happened between the period's end and the publication (a past fact, not a goal)."""

from __future__ import annotations

import re

from ..model import Event
from .dates import Anchor, compare, parse_iso
from .event_dates import _intends

# a sentence opening with a bare day (1月8日上午，市公安局召开…新闻发布会): the day of the news
_BARE_DAY_LEAD = re.compile(r"\s*(\d{1,2})月(\d{1,2})日(?:上午|下午|晚间|晚上|晚)?[，,]")


def _news_day(e: Event, anchor: Anchor, published: Anchor) -> Event:
    """A review of a closed year published after it (…通报2025年全市社会治安形势 of 2026-01-09) is read against
    the year's end; but the lead of the text (its first paragraph) opening with a bare day that falls in the month
    before publication when read in the publication's year (1月8日上午，…召开…新闻发布会) tells the day of the news,
    not a day of the year reviewed (a chronicle's entries of January keep the year they record)."""
    m = _BARE_DAY_LEAD.match(e.text)
    if not m or e.precision != "day" or "/" in e.date or not published.year or not anchor.year \
            or anchor.year >= published.year:
        return e
    import datetime as _dt

    try:
        day = _dt.date(published.year, int(m.group(1)), int(m.group(2)))
        pub = _dt.date(published.year, published.month or 12, published.day or 28)
    except ValueError:
        return e
    if e.date != f"{anchor.year}-{day:%m-%d}" or not 0 <= (pub - day).days <= 31:
        return e
    e.date = e.sort_key = day.isoformat()
    return e


def _published_fact(e: Event, anchor: Anchor, published: Anchor) -> Event:
    """A release read against the end of the period it reports on (a quarter's data, anchor 2025-09-30) but
    published later (2025-10-21): what it says happened between the two (10月21日，…举行新闻发布会) is a past fact,
    not a goal, unless the words say one."""
    if e.kind != "target" or not published.year or _intends(e.text):
        return e
    lo, hi = parse_iso(e.date.split("/")[0]), parse_iso(e.date.split("/")[-1])
    if lo and hi and compare(lo, anchor.parts()) > 0 and compare(hi, published.parts()) <= 0:
        e.kind = "event"
    elif hi and compare(hi, anchor.parts()) <= 0 and compare(anchor.parts(), published.parts()) < 0:
        e.kind = "event"  # 年内…项目建成投用 in a bulletin on 2024 published in 2025: the year reported on is closed
    return e

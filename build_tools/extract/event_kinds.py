"""The kind of a timeline entry (Event.kind): ``event`` (it happened), ``target`` (a goal or plan, a rule taking effect
later), ``period`` (a span: a window of a schedule, what went on since a date), ``forecast`` (an outlook of the weather
or the waters: 预计12月3日至5日，全市气温将下降8～10℃, no one's goal; an estimate of a period not closed: 经测算，
2025年需发放…约2.6亿元). Used by :mod:`.events`."""

from __future__ import annotations

import re

from .dates import Anchor, DateMatch, compare, parse_iso
from .event_dates import _intends

# done already (已, 了, 实现了, 以来): a statement of the current year's first months that is no task
_DONE = re.compile(r"已经?|了(?![解却不得])|实现了|完成了|以来")

# an outlook of the weather or the waters (预计…气温将下降, 据预测…将出现强降雨, 预报…最高水位): expected, not planned
_FORECAST = re.compile(r"(?:预计|预测|预报)[^。；;]{0,40}?(?:气温|降温|降水|降雨|降雪|雨量|"
                       r"大风|寒潮|冷空气|台风|天气|霜冻|冰冻|高温|水位|洪水|洪峰|来水|径流|汛情|雾|霾|空气质量)")

# an estimate opening the sentence (经测算，…; 据测算，…): what the figures are expected to come to, no one's goal
_ESTIMATE = re.compile(r"^\s*(?:经|据)(?:初步)?测算[，,][^。；;]{0,20}?(?:需要?|将)"
                       # (预计到2026年底，全市社会体育指导员将超过1.6万名: a count expected to pass a level by a date)
                       r"|^\s*预计(?:到|至)?[^，,。；;]{2,12}[，,][^。；;]{0,30}?将(?:超过|突破|达到|增至|降至)")


def event_kind(m: DateMatch, anchor: Anchor, context: str, text: str, under_goal: bool, closed: bool = False,
          slot: bool = False) -> str:
    now = anchor.parts()
    lo, hi = parse_iso(m.first), parse_iso(m.last)
    past = bool(now) and compare(hi, now) < 0
    future = bool(now) and compare(lo, now) > 0
    if future and slot and "/" in m.iso:
        return "period"  # 报名时间：2026年3月2日至3月6日 in a notice of February: the window of a schedule
    if not past and (_FORECAST.search(text) or _ESTIMATE.match(text)):  # (a window opening today too: 预计18日
        # 夜间至20日…强降雨 on the 18th; 经测算，2025年全市需发放…约2.6亿元 in September: an estimate of the year)
        return "forecast"  # 预计12月3日至5日，全市气温将下降8～10℃: what the weather is expected to do, no one's goal
    if future:
        return "target"  # 自2024年1月1日起施行 in a document of 2023
    if m.kind == "since":
        return "period"  # 自2014年以来，…搭建开放合作平台: what has gone on over the span, figures or not
    if not past and (m.kind == "deadline" or under_goal or _intends(context)):
        return "target"
    if (m.precision == "year" and anchor.year and m.iso == str(anchor.year) and 1 <= (anchor.month or 0) <= 3
            and not _DONE.search(text) and not closed):
        return "target"  # 今年再消除薄弱村20个 said in January-March: the year has hardly begun, it is a task
    # (but a report on a period that has closed, a holiday's results: its 今年 statements tell what happened)
    if m.kind == "period":
        return "period"
    return "event"

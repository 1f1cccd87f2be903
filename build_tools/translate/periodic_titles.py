"""Titles of reports on one subject over a period (issue 12, P): a week's periodic report
(…空气质量周报（2025年第47周）), a survey team's monitoring report (…农民工监测调查报告), a year's report on how
something developed (2025年全市经营主体发展情况); and the forms disclosed every period
(:func:`period_form_title`): a week's price monitoring (第47周（11月17日—23日）榆湄市重要民生商品价格监测情况),
a village's quarterly accounts (云溪镇枫湾村2025年第三季度村级财务公开), a government website's yearly report
form (沣屿县人民政府门户网站2025年度工作报表), a service's operation over a period
(2025年第三季度汶枫市12345政务服务便民热线运行情况通报)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .headlines import PERIOD_RE, PERIOD_WORDS
from .periods import MONTHS, QUARTERS
from .report_titles import PLACE, YEAR
from .title_words import title_case

if TYPE_CHECKING:
    from .titles import TitleRenderer

# a week's periodic report (澹川市空气质量周报（2025年第47周）): "Danchuan Weekly Air Quality Report, Week 47 of 2025"
WEEKLY_RE = re.compile(rf"^{PLACE}(?P<x>[\u4e00-\u9fff]{{2,12}}?)周报[（(](?P<y>\d{{4}})年第(?P<n>\d{{1,2}})周[）)]$")
# a survey team's yearly monitoring report (2025年澍岭省农民工监测调查报告: NBS's annual report on migrant workers)
MONITORING_RE = re.compile(rf"^{YEAR}{PLACE}(?P<x>[\u4e00-\u9fff]{{2,12}}?)监测调查报告$")
# a year's report on how something developed (2025年全市经营主体发展情况, 2025年岚州市民营经济发展报告)
# (a year's white paper on it: 2025年滢州市知识产权发展状况白皮书, P after the State Council Information Office's
# white papers "… in China")
_PLACE2 = r"(?:(?!全[市县区省州旗])" + PLACE.replace("place", "place2").removesuffix("?") + ")?"  # (全市: the region)
DEVELOPMENT_RE = re.compile(rf"^{PLACE}{YEAR}(?:度)?{_PLACE2}(?:全市|全县|全区|全省|全州|全旗)?"
                            r"(?![市县区省])(?P<x>[\u4e00-\u9fff]{2,12}?)发展(?:情况|报告|状况)(?P<paper>白皮书)?$")
# a period's analysis of a subject (2025年第三季度全市消费投诉举报情况分析): "Analysis of … in … in the Third Quarter
# of 2025" (P)
ANALYSIS_RE = re.compile(rf"^{YEAR}(?P<period>{PERIOD_RE})?(?:全市|全县|全区|全省|全州|全旗|{_PLACE2})"
                         r"(?![市县区省])(?P<x>[\u4e00-\u9fff]{2,16}?)(?:情况)?分析$")


def development_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """2025年全市经营主体发展情况 -> 'Development of Market Entities in Congyang in 2025'; 2025年澍岭省农民工监测调查
    报告 -> 'Monitoring Survey Report on Rural Migrant Workers in Shuling Province, 2025' (the subject by the metric
    grammar or the glossary; P); None unless every part renders."""
    weekly = WEEKLY_RE.match(zh)
    monitored = MONITORING_RE.match(zh)
    developed = DEVELOPMENT_RE.match(zh)
    analysed = ANALYSIS_RE.match(zh)
    if developed and developed.group("place") and developed.group("place2"):
        developed = None  # (one place, before or after the year)
    m = weekly or (monitored if monitored and monitored.group("year") else None) or (
        developed if developed and developed.group("year") else None) or (
        analysed if analysed and analysed.group("year") else None)
    parts = _subject_and_place(renderer, m, region) if m else None
    if parts is None:
        return None
    what, name = parts
    if m is analysed:
        when = f"{PERIOD_WORDS[m.group('period')]} of {m.group('year')}" if m.group("period") else m.group("year")
        return f"Analysis of {what}{' in ' + name if name else ''} in {when}"
    if m is developed and m.group("paper"):
        return f"White Paper on the Development of {what}{' in ' + name if name else ''} in {m.group('year')}"
    if m is weekly:
        return f"{name + ' ' if name else ''}Weekly {what} Report, Week {int(m.group('n'))} of {m.group('y')}"
    where = f" in {name}" if name else ""
    if m is monitored:
        return f"Monitoring Survey Report on {what}{where}, {m.group('year')}"
    return f"Development of {what}{where} in {m.group('year')}"


def _subject_and_place(renderer: TitleRenderer, m: re.Match[str], region: str) -> tuple[str, str] | None:
    """The title's subject in title case (the metric grammar's, else the glossary's) and its place's short English
    name ("" when neither the title nor the region names one); None when either does not render."""
    from .metrics import metric_en

    what = metric_en(m.group("x"), renderer.glossary) or renderer.phrase(m.group("x"))
    place = m.groupdict().get("place") or m.groupdict().get("place2") or region
    name = renderer.region_short(place) if place else ""
    if not what or name is None:
        return None
    return title_case(what), name


# a week's price monitoring: 第47周（11月17日—23日）榆湄市重要民生商品价格监测情况
WEEK_PRICES_RE = re.compile(r"^第(?P<n>\d{1,2})周[（(](?P<m1>\d{1,2})月(?P<d1>\d{1,2})日[—–\-－至~～]"
                            r"(?:(?P<m2>\d{1,2})月)?"
                            rf"(?P<d2>\d{{1,2}})日[）)]{PLACE}(?P<x>重要民生商品|生活必需品|主要副食品)价格监测(?:情况|周报)?$")
# daily necessities (生活必需品, GWR 2011/275, 2021/37); the key ones (重要民生商品) and staple foods: P
NECESSITIES = {"重要民生商品": "Key Daily Necessities", "生活必需品": "Daily Necessities",
               "主要副食品": "Staple Non-Grain Foods"}
# a village's (community's) accounts disclosed for a period: 云溪镇枫湾村2025年第三季度村级财务公开
VILLAGE_ACCOUNTS_RE = re.compile(r"^(?P<upper>[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道))?"
                                 r"(?P<unit>[\u4e00-\u9fff]{1,8}?(?:村|社区))"
                                 r"(?P<y>\d{4})年(?:第(?P<q>[一二三四])季度|(?P<h>上|下)半年|(?P<m>\d{1,2})月份?|度)?"
                                 r"(?:村级|社区)?财务公开(?:表|情况)?$")
# a government website's yearly report form (政府网站年度工作报表, the State Council's form):
# 沣屿县人民政府门户网站2025年度工作报表
WEBSITE_FORM_RE = re.compile(r"^(?P<body>[\u4e00-\u9fff]{2,30}?)(?:门户网站|政府网站|网站)(?P<y>\d{4})年度?工作报表$")
# a service's (a hotline's, a platform's) operation over a period:
# 2025年第三季度汶枫市12345政务服务便民热线运行情况通报
OPERATION_RE = re.compile(rf"^{YEAR}(?P<period>{PERIOD_RE})?{PLACE.replace('place', 'place2')}"
                          r"(?P<x>[0-9\u4e00-\u9fff]{2,20}?)运行情况(?P<kind>通报|报告)?$")
OPERATION_KINDS = {"通报": "Bulletin on ", "报告": "Report on ", None: ""}
_QUARTER_MONTHS = {"一": (1, 3), "二": (4, 6), "三": (7, 9), "四": (10, 12)}


def period_form_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """The forms disclosed every period (P): "Prices of Key Daily Necessities in Yumei, Week 47 (17-23 November)",
    "Financial Disclosure of Fengwan Village, Yunxi Town, Q3 2025", "Annual Work Report Form of the Website of the
    Fengyu County People's Government for 2025"; None unless every part renders."""
    week = WEEK_PRICES_RE.match(zh)
    if week:
        return _week_prices(renderer, week, region)
    accounts = VILLAGE_ACCOUNTS_RE.match(zh)
    if accounts:
        return _village_accounts(renderer, accounts)
    operation = OPERATION_RE.match(zh)
    if operation and operation.group("year"):
        return _operation(renderer, operation, region)
    form = WEBSITE_FORM_RE.match(zh)
    if form:
        body = renderer.body(form.group("body"))
        return f"Annual Work Report Form of the Website of the {body} for {form.group('y')}" if body else None
    from .notice_titles import notice_title  # (a period's announcement, a monitoring report, a typhoon circular)

    return notice_title(renderer, zh, region)


def _week_prices(renderer: TitleRenderer, m: re.Match[str], region: str) -> str | None:
    m1, d1, d2 = int(m.group("m1")), int(m.group("d1")), int(m.group("d2"))
    m2 = int(m.group("m2") or m1)
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and 1 <= d1 <= 31 and 1 <= d2 <= 31):
        return None
    place = m.group("place") or region
    name = renderer.region_short(place) if place else ""
    if name is None:
        return None
    days = f"{d1}-{d2} {MONTHS[m1 - 1]}" if m1 == m2 else f"{d1} {MONTHS[m1 - 1]} to {d2} {MONTHS[m2 - 1]}"
    where = f" in {name}" if name else ""
    return f"Prices of {NECESSITIES[m.group('x')]}{where}, Week {int(m.group('n'))} ({days})"


def _village_accounts(renderer: TitleRenderer, m: re.Match[str]) -> str | None:
    unit = renderer.region(m.group("unit"))
    upper = renderer.region(m.group("upper")) if m.group("upper") else ""
    if not unit or upper is None:
        return None
    year = m.group("y")
    if m.group("q"):
        when = f"{QUARTERS[_QUARTER_MONTHS[m.group('q')]]} {year}"
    elif m.group("h"):
        when = f"{QUARTERS[(1, 6) if m.group('h') == '上' else (7, 12)]} {year}"
    elif m.group("m") and 1 <= int(m.group("m")) <= 12:
        when = f"{MONTHS[int(m.group('m')) - 1]} {year}"
    elif m.group("m"):
        return None
    else:
        when = year
    return f"Financial Disclosure of {unit}{', ' + upper if upper else ''}, {when}"


def _operation(renderer: TitleRenderer, m: re.Match[str], region: str) -> str | None:
    """'Bulletin on the Operation of the Wenfeng 12345 Government Service Hotline in the Third Quarter of 2025' (P); the
    service by the glossary or the metric grammar, a facility not a sector (经济运行 is release_title's)."""
    from .metrics import metric_en

    what = renderer.phrase(m.group("x")) or metric_en(m.group("x"), renderer.glossary)
    place = m.group("place2") or region
    name = renderer.region_short(place) if place else ""
    if not what or name is None or m.group("x").endswith("经济"):
        return None
    period = PERIOD_WORDS[m.group("period")] + " of " if m.group("period") else ""
    head = f"{OPERATION_KINDS[m.group('kind')]}the Operation of" if m.group("kind") else "Operation of"
    return f"{head} the {name + ' ' if name else ''}{title_case(what)} in {period}{m.group('year')}"

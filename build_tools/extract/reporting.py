"""The period a document reports on, read from its genre and text (``Document.reporting_period``).

The publication date says when a document appeared, not what time its figures describe. The rules, in order:

1. **A communiqué, bulletin or annual review** (统计公报, 状况公报, 年报, 工作总结, 大事记 …) reports the period named
   in its title: ``栖川市2023年国民经济和社会发展统计公报`` published in March 2024 reports ``2023``; its 全年 and
   年末 are that year's.
2. **A government work report** (政府工作报告) reviews the year before it is delivered (去年) and sets targets for
   the year it is delivered in (今年): a report of January 2024 reports ``2023``. A title or subtitle naming the
   year (``2019年政府工作报告``, ``——2024年1月9日在…``) is read for the delivery year.
3. **A plan** (规划, 计划, 方案, 纲要, genre ``plan``) runs from its date to its target year: the five-year plan
   in its title (“十四五” → ``2021/2025``), else the target year it names most often (``到2025年``) →
   ``2021/2025`` for a plan of 2021.
4. **Any other title naming a period** before the publication date (``上半年我市地区生产总值增长5.8%`` of July
   2024 → ``2024-01/2024-06``) reports that period; so does **a public holiday** that has ended by then, named by
   the title or by the opening of the first paragraph (``2025年春节假期澜城市文化和旅游市场繁荣有序`` of 5 February
   2025, ``春节假期（1月28日至2月4日）8天，全市…`` → ``2025-01-28/2025-02-04``): a news report on a holiday's
   results gives the holiday's figures without naming it again.
5. Otherwise the document's own date (目前, 现在 are that date), from the document, else the metadata: the
   anchor of last resort.

:func:`text_anchor` gives the date relative expressions (今年, 年末, 上年) are read against: the reporting year
for a communiqué (its 年末 is the end of the year it reports), the publication date for everything else (a work
report's 去年 is the year before it is delivered).

:func:`review_year` and :func:`dates_in_review` read a section that reviews a past year (一、2023年工作回顾 in a
report of January 2024): there, a date without a year of its own (8月, 年初, 全年) is of the reviewed year. The
timeline (``events``) and the figures share them.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Document, Metadata
from .dates import Anchor, DateMatch, find_dates
from .holidays import find_holidays

# (大事记: a chronicle of the year its title names, published after it: 棠溪区2024年大事记 of March 2025)
# (…项目完成情况, 关于2025年度国有资产管理情况的综合报告, 关于2025年度…建议和…提案办理情况的报告: what was
# done, held or handled in the year the title names)
_REVIEW_TITLE = re.compile(r"公报|年报|年鉴|大事记|工作总结|总结|年度报告|统计|决算|运行情况|执行情况|情况的?通报|"
                           # (关于2025年全市特种设备安全状况的通告: the state of a year reported, a review)
                           r"(?:状况|形势)的?(?:通报|通告|公告)|"
                           # (关于2025年度耕地保护目标责任考核结果的通报: the results of a year assessed, a review; a
                           # spot check's results, 2025年…抽查结果的通告, report the check's own months)
                           r"(?:19|20)\d{2}\s*年度[^，。：:\s]{0,24}(?:考核|考评|评估|评价|评议)结果的?"
                           r"(?:通报|通告|公告|通知|报告)|"
                           # a year's white paper (2025年滢州市知识产权发展状况白皮书 of April 2026, 法治政府建设
                           # 白皮书): the state of the year its title names, published after it
                           r"白皮书|发展状况|"
                           r"修订数字|修訂數字|完成情况|管理情况|进展情况|办理情况|监测调查报告|监测报告|抽样调查报告"
                           # an office reporting on a year it names (…公安局通报2025年全市社会治安形势): a review
                           r"|(?:通报|发布|晒出)(?:19|20)\d{2}\s*年度?[^，。：:\s]{0,12}(?:形势|情况|成效|成绩|成绩单)"
                           # a year's work looked back on (2025年交通运输工作综述, …工作回顾, 盘点2025年…)
                           r"|(?:19|20)\d{2}\s*年度?[^，。：:\s]{0,16}(?:综述|回顾)$|盘点\s*(?:19|20)\d{2}\s*年")
_WORK_REPORT = re.compile(r"政府工作报告|工作报告")
_PLAN_TITLE = re.compile(r"规划|计划|方案|纲要|行动|要点|安排")
_PLAN_GENRES = {"plan", "work-plan"}
_FIVE_YEAR = re.compile(r"[“\"]?([十][一二三四五六七八九]|[二][十][一二三四五六七八九]?)五[”\"]?")
_YEARLY_TITLE = re.compile(r"((?:19|20)\d{2})\s*年度")
_TARGET_YEAR = re.compile(r"(?:到|至|在)\s*((?:19|20)\d{2})\s*年")
_QUARTER = re.compile(r"第([一二三四1-4])季")
_CN_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4}
# A year stated in the date's own words (2023年, 今年, 上年 ...); otherwise (8月, 年底, 全年, 三季度) the year is
# implied by the context.
_OWN_YEAR = re.compile(r"\d{4}\s*年|[〇零一二三四五六七八九]{4}年|[今去明前后上本当同次翌]年|十[一二三四五]五")
# Headings of a review of a past year: 一、2023年工作回顾, 过去一年工作回顾, 去年工作总结.
# (2024年预算执行情况, 去年计划执行情况: the execution of a past year's budget or plan is a review too; 上年假期接待
# 情况: last year's visitors of the holiday a notice announces)
# (一、去年经济工作取得新成效, 2024年工作成绩显著: a heading opening with a past year and what it achieved)
_REVIEW_HEADING = re.compile(r"回顾|过去(?:的)?一年|(?:去年|上年|\d{4}\s*年)(?:主要)?工作(?:情况|总结)?$|工作总结"
                             r"|(?:去年|上年|\d{4}\s*年)[^，,。；;]{0,16}(?:执行|完成|开展|落实|推进|接待)情况$"
                             r"|^[一二三四五六七八九十]*、?\s*(?:去年|上年|\d{4}\s*年)[^，,。；;]{0,16}(?:取得|成效|成绩|成就)")
_HEADING_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def five_year_span(text: str) -> str:
    """“十四五” -> 2021/2025 (from the third, 1966-1970, the Nth five-year plan starts in 1966 + 5 (N - 3))."""
    m = _FIVE_YEAR.search(text)
    if not m:
        return ""
    word = m.group(1)
    digits = {c: i for i, c in enumerate("一二三四五六七八九", 1)}
    n = 10 + digits[word[1]] if word[0] == "十" else 20 + (digits[word[2]] if len(word) > 2 else 0)
    start = 1966 + 5 * (n - 3)
    return f"{start}/{start + 4}"


# a span of years a plan's title names: 行动方案（2025—2027年）, 2024-2026年实施方案
_TITLE_SPAN = re.compile(r"((?:19|20)\d{2})\s*(?:年)?\s*[—–\-－~～至到]+\s*((?:19|20)\d{2})\s*年")


def title_span(text: str) -> str:
    """The span of years a title names (“十四五” -> 2021/2025, （2025—2027年） -> 2025/2027); "" when none."""
    m = _TITLE_SPAN.search(text)
    if m and m.group(1) < m.group(2):
        return f"{m.group(1)}/{m.group(2)}"
    return five_year_span(text)


def _anchor_iso(doc: Document, meta: Metadata) -> str:
    return doc.date or meta.date or ""


def _title(doc: Document) -> str:
    return "" if doc.title_inferred else doc.title


# a programme's span in brackets after its name (妇女发展规划（2021—2030年）2025年实施情况…): the name of what is
# reviewed, not the period reported, when the title names another period after it
_PROGRAMME_SPAN = re.compile(r"(?:规划|纲要|计划|方案)[（(]\s*$")


# what makes a "since" phrase the yardstick of a record (今年以来最强, 有气象记录以来首次), and a forecast's date
_RECORD_AFTER = re.compile(r"\s*(?:的)?(?:最|首次|首个|第一|新高|新低)")
_FORECAST_BEFORE = re.compile(r"(?:预计|预测|预报|有望)\s*$")


def _title_period(title: str, anchor: Anchor) -> str:
    """The first period a title names (not a comparison base, not a deadline, not a programme's span in brackets
    followed by the period reviewed), with a quarter when stated."""
    dates = find_dates(title, anchor)
    for i, d in enumerate(dates):
        if d.kind in ("deadline",) or re.search(r"[比较]\s*$", title[: d.start]):
            continue
        if (d.kind == "since" and _RECORD_AFTER.match(title, d.end)) or _FORECAST_BEFORE.search(title[: d.start]):
            continue  # 出现今年以来最强降雨过程 (a record's yardstick), 预计9日起雨势减弱 (a forecast): none
        if _PROGRAMME_SPAN.search(title[: d.start]) and "/" in d.iso and i + 1 < len(dates):
            continue
        iso = d.iso.split("/")[0] + ("/" + d.iso.split("/")[1] if "/" in d.iso and d.kind != "since" else "")
        q = _QUARTER.match(title, d.end)
        if q and d.precision == "year":  # 二○二二年第一季 -> 2022-01/2022-03
            n = int(q.group(1)) if q.group(1).isdigit() else _CN_QUARTER[q.group(1)]
            return f"{iso}-{3 * n - 2:02d}/{iso}-{3 * n:02d}"
        return iso
    return ""


def _before(iso: str, anchor: str) -> bool:
    last = iso.split("/")[-1]
    n = min(len(last), len(anchor))
    return bool(anchor) and last[:n] < anchor[:n]


def is_review(doc: Document) -> bool:
    """A communiqué, bulletin or annual review: it reports a period named in its title."""
    return bool(_REVIEW_TITLE.search(_title(doc))) and not _WORK_REPORT.search(_title(doc))


def is_work_report(doc: Document) -> bool:
    return bool(_WORK_REPORT.search(_title(doc) + doc.subtitle))


def is_plan(doc: Document) -> bool:
    title = _title(doc)
    return doc.genre in _PLAN_GENRES or (bool(_PLAN_TITLE.search(title)) and not is_review(doc)
                                         and not is_work_report(doc) and doc.genre != "speech")


def reporting_period(doc: Document, meta: Metadata) -> str:
    """The ISO date or interval ``doc`` reports on (see the module docstring); "" when nothing dates it."""
    anchor_iso = _anchor_iso(doc, meta)
    anchor = Anchor.from_iso(anchor_iso)
    title = _title(doc)
    if is_review(doc):
        period = _title_period(title, anchor) or _standard_time(doc, anchor, anchor_iso) or _year_closed(doc, anchor)
        if period:
            return period
    if is_work_report(doc) and anchor.year:
        named = _title_period(title + doc.subtitle, anchor)
        year = int(named[:4]) if named[:4].isdigit() else anchor.year
        # delivered early in the year it plans for (January to April): it reviews the year before
        return str(year - 1) if (anchor.month or 1) <= 4 or year > anchor.year else str(year)
    if is_plan(doc):
        span = title_span(title)
        if span:
            return span
        # a year's plan (柘宁县2026年度国有建设用地供应计划 of December 2025): the year its title names with 年度,
        # not the span from its date to the last day its text names (本计划期限为2026年1月1日至2026年12月31日)
        yearly = _YEARLY_TITLE.search(title)
        if yearly and (anchor.year is None or int(yearly.group(1)) >= anchor.year):
            return yearly.group(1)
        years = Counter(int(m.group(1)) for p in doc.paragraphs for m in _TARGET_YEAR.finditer(p.text))
        start = anchor.year
        later = {y: c for y, c in years.items() if start is None or y >= start}
        if later and start:
            target = max(later.items(), key=lambda kv: (kv[1], kv[0]))[0]
            return f"{start}/{target}" if target > start else str(start)
        named = _title_period(title, anchor)
        if named:
            return named
    span = _results_span(doc, title, anchor, anchor_iso)
    if span:
        return span
    named = _title_period(title, anchor) if title else ""
    if named and (not anchor_iso or _before(named, anchor_iso)):
        return named
    return _week_reported(doc, anchor, anchor_iso) or _holiday_reported(doc, anchor, anchor_iso, named) or anchor_iso


# a week named by its number with its days in brackets (2025年第47周（11月17日—11月23日）): a weekly report's week
_NUMBERED_WEEK = re.compile(r"第\s*[0-9０-９]{1,2}\s*周\s*[（(](?P<days>[^（()）]{4,30})[）)]")


def _week_reported(doc: Document, anchor: Anchor, anchor_iso: str) -> str:
    """The week a weekly report (周报) covers, when its title or first paragraph names the week by its number with
    its days in brackets and the week ended by the publication date: its 本周 and undated figures are that week's;
    "" else."""
    if anchor.year is None:
        return ""
    first = next((p.text.strip() for p in doc.paragraphs
                  if not p.heading and p.role in ("body", "lead") and p.text.strip()), "")
    for text in (_title(doc), first[:80]):
        m = _NUMBERED_WEEK.search(text)
        if m is None:
            continue
        days = [d for d in find_dates(m.group("days"), anchor) if "/" in d.iso and d.precision == "day"]
        if days and _before(days[0].iso, anchor_iso):
            return days[0].iso
    return ""


# a census or sample survey's standard time (以2020年11月1日零时为标准时点): the moment its figures describe
_STANDARD_TIME = re.compile(r"以\s*(?P<when>[^，,。；;以]{6,24}?)\s*为(?:普查|调查)?(?:的)?标准时(?:点|间)")


def _standard_time(doc: Document, anchor: Anchor, anchor_iso: str) -> str:
    """The standard time an untitled-period communiqué names in its opening paragraphs (a census communiqué:
    ``我国以2020年11月1日零时为标准时点进行了第七次全国人口普查`` -> ``2020-11-01``), when it precedes the
    publication date; "" else. A standard time on 31 December (the economic censuses: 以2023年12月31日为标准时点) is
    the year-end, dated as every 年末 stock is (``2023-12``), so that the text's 2023年末 and its undated figures
    agree."""
    opening = [p.text for p in doc.paragraphs if not p.heading and p.text.strip()][:3]
    for text in opening:
        m = _STANDARD_TIME.search(text)
        if m:
            found = [d for d in find_dates(m.group("when"), anchor) if d.precision == "day"]
            if found and (not anchor_iso or _before(found[0].iso, anchor_iso)):
                return found[0].iso[:7] if found[0].iso.endswith("-12-31") else found[0].iso
    return ""


# a progress report's cut-off at the end of a year (截至2025年12月31日, 截至2025年底，已整改到位387个)
_CUTOFF_YEAR_END = re.compile(r"截至\s*((?:19|20)\d{2})\s*年\s*(?:12\s*月\s*31\s*日|12\s*月\s*(?:底|末)|底|末)")


def _year_closed(doc: Document, anchor: Anchor) -> str:
    """The year a review published in the next year closes its count at (截至2025年12月31日 in the opening paragraphs
    of a progress report of January 2026): its undated results are that year's; "" else."""
    opening = [p.text for p in doc.paragraphs if not p.heading and p.text.strip()][:3]
    for text in opening:
        m = _CUTOFF_YEAR_END.search(text)
        if m and anchor.year and int(m.group(1)) == anchor.year - 1:
            return m.group(1)
    return ""


# a notice of the results of a check, inspection or assessment (关于2025年产品质量监督抽查结果的通告, …检查结果的通报):
# its figures are those of the work its opening says was done over a span of time (我局于2025年8月至10月组织开展了…)
_RESULTS_TITLE = re.compile(r"结果的?(?:通告|通报|公告|公示|报告)$")
_DONE_OVER = re.compile(r"于\s*(?P<when>[^，,。；;于]{4,24}?)\s*(?:组织|集中|陆续|统一|在全市|在全县|在全区)?"
                        r"(?:开展|进行|实施|完成)了?")


def _results_span(doc: Document, title: str, anchor: Anchor, anchor_iso: str) -> str:
    """The span of time the opening of a notice of results says its work was done in (an interval ending before the
    publication date); "" else."""
    if not _RESULTS_TITLE.search(title):
        return ""
    opening = [p.text for p in doc.paragraphs if not p.heading and p.text.strip()][:2]
    for text in opening:
        m = _DONE_OVER.search(text)
        if m:
            found = [d for d in find_dates(m.group("when"), anchor) if "/" in d.iso]
            if found and (not anchor_iso or _before(found[0].last, anchor_iso)):
                return found[0].iso
    return ""


# a news dateline and the reporter's lead-in after it (7月8日，记者从市农业农村局获悉，…; 10月28日上午，从市统计局了解
# 到，…): the day is when the news was reported, not when the facts it reports happened or which period its figures
# are of (2025年全市夏粮总产量…; 上半年…)
# (本报讯（记者 周敏）10月27日，记者从…获悉，: the newspaper's dateline before the day)
NEWS_DAY_LEAD = re.compile(r"\s*(?:(?:本报|本台|本网|新华社)讯\s*(?:[（(][^）)]{0,20}[）)])?\s*)?"
                           r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚间|晚上|晚)?[，,]\s*"
                           r"[^，,。！？；;\d]{0,30}?(?:获悉|了解到|得知|据悉)[，,]\s*")


# the opening clause of the first paragraph, after a reporter's lead-in (记者从市文化和旅游局获悉，): where a news
# report names its topic (2025年春节假期（1月28日至2月4日）8天，…)
_OPENING = re.compile(r"^(?:[^，,。！？；;]{0,30}(?:获悉|了解到|据悉)[，,])?[^，,。！？；;]{0,40}")


def _holiday_reported(doc: Document, anchor: Anchor, anchor_iso: str, named: str) -> str:
    """The public holiday the title or the first paragraph's opening names, when it ended by the publication date
    (a report of its results, not a preview), in the year the title names, else the publication year; "" else."""
    if anchor.year is None or not anchor.month:
        return ""
    year = int(named[:4]) if named[:4].isdigit() else anchor.year
    first = next((p.text.strip() for p in doc.paragraphs
                  if not p.heading and p.role in ("body", "lead") and p.text.strip()), "")
    for text in (_title(doc), _OPENING.match(first).group() if first else ""):
        for h in find_holidays(text, year):
            if _before(h.iso, anchor_iso):
                return h.iso
    return ""


def text_anchor(doc: Document, meta: Metadata, rp: str | None = None) -> str:
    """The date 今年, 年末, 上年 are read against: a communiqué's reporting year, else the document's date.
    ``rp`` is the reporting period when known (default: ``doc.reporting_period``)."""
    anchor_iso = _anchor_iso(doc, meta)
    rp = doc.reporting_period if rp is None else rp
    if is_review(doc) and rp and "/" not in rp and len(rp) == 4 and _before(rp, anchor_iso) \
            and not plans_ahead(_title(doc), anchor_iso):
        return rp
    # a year's plan published before its year (…2026年度…供应计划 of December 2025): its 上年 is the year before the
    # plan's (2025), its 今年 the plan's year
    if is_plan(doc) and _YEARLY_TITLE.search(_title(doc)) and rp and rp.isdigit() and len(rp) == 4 \
            and anchor_iso and rp > anchor_iso[:4]:
        return rp
    return anchor_iso


def plans_ahead(title: str, anchor_iso: str) -> bool:
    """The title names the publication year as well as the year reviewed (2024年乡村振兴工作总结和2025年工作计划 of
    January 2025): written from its date, its 去年 is 2024 and its 今年 2025, not a year earlier."""
    return any(int(m.group(1)) >= int(anchor_iso[:4]) for m in _HEADING_YEAR.finditer(title)) \
        if anchor_iso[:4].isdigit() else False


def review_year(heading: str, anchor: Anchor) -> int | None:
    """The past year a heading reviews (一、2023年工作回顾 -> 2023; 去年工作回顾, and 过去一年工作回顾 in the first
    half of a year -> the year before the anchor), or None (a year-end meeting's 过去一年 is the year now ending)."""
    if anchor.year is None or not _REVIEW_HEADING.search(heading):
        return None
    m = _HEADING_YEAR.search(heading)
    if m:
        year = int(m.group(1))
        return year if year < anchor.year else None
    if re.search(r"去年|上年", heading) or (re.search(r"过去(?:的)?一年", heading) and (anchor.month or 1) <= 6):
        return anchor.year - 1
    return None


# A review of the past year opened in running text, without a heading (a news report quoting a work report: 报告指出，
# 过去的一年，…; 去年，全县…): early in a year it runs on through the paragraphs after it, until one turns to the year
# ahead (报告提出，今年…; 李明远说：“今年，…) or a heading comes.
_TEXT_REVIEW = re.compile(r"^(?:[^。！？]{0,12}[！!])?[^。！？；;]{0,20}?(?:过去(?:的)?一年|去年(?:一年)?|上一年)[，,]")
# (a speaker's address may come first: 同志们、朋友们！今年，全市计划安排…)
_TEXT_AHEAD = re.compile(r"^(?:[^。！？]{0,12}[！!])?[^。！？]{0,30}?(?:今年|明年|本年度|新的一年|下一步|展望|未来)")
_OPEN_YEAR = re.compile(r"^[^。！？；;]{0,20}?((?:19|20)\d{2})\s*年")


def running_review(text: str, anchor: Anchor, current: int | None) -> int | None:
    """The past year a paragraph of running text reviews: the year before ``anchor`` when the paragraph opens a
    review (过去的一年，… said in the first quarter), ``current`` (the review an earlier paragraph opened) while the
    text does not turn to the year ahead, None once it does or outside the first quarter."""
    if anchor.year is None or not anchor.month or anchor.month > 3:
        return None
    year = _OPEN_YEAR.search(text)
    if _TEXT_AHEAD.search(text) or (year and int(year.group(1)) >= anchor.year):
        return None
    if _TEXT_REVIEW.search(text):
        return anchor.year - 1
    return current


def dates_in_review(text: str, anchor: Anchor, review: Anchor | None) -> list[DateMatch]:
    """The dates of ``text``; under a review of a past year (``review``: its last day), dates without a year of
    their own (8月, 年初) are of that year, while 2023年, 今年, 去年 keep their own reading."""
    matches = find_dates(text, anchor)
    if review is None or not matches:
        return matches
    reviewed = {(m.start, m.end): m for m in find_dates(text, review)}
    return [reviewed.get((m.start, m.end), m) if not _OWN_YEAR.search(m.text) else m for m in matches]

"""What the figure rules know about the document: its date, region, plan genre and headings."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...model import Document, Metadata, Paragraph
from ..date_spans import joined_spans
from ..dates import Anchor, DateMatch, find_dates
from ..reporting import dates_in_review, five_year_span, is_review, is_work_report, reporting_period, text_anchor
from .audited import audited_years
from .today import with_today
from .vocab import _HEADING_MARK, _NOT_PLAN_TITLE, _PLAN_TITLE, _REVIEW_AND_PLAN_TITLE, _SCHEME_TITLE

# --------------------------------------------------------------------------------------------------------------
# Document context


NATIONAL_REGIONS = frozenset(("全国", "中国", "中华人民共和国"))  # a national document's region


@dataclass
class _Ctx:
    anchor: Anchor  # what 今年, 年末, 上年 are read against (a communiqué's year, else the document date)
    anchor_iso: str  # the document's date: what is before it is past
    year: str
    regions: tuple[str, ...]
    plan_doc: bool
    # default periods by status (see attributes.default_period)
    actual: str = ""  # the reporting period of achieved figures
    target: str = ""  # the year a target without a date is for
    forecast: str = ""  # the year a 预计 estimate is of
    span: str = ""  # a plan's span (requirements of a plan hold over it)
    normative: bool = False  # a notice, regulation or plan: 不低于 states a standing requirement
    region_level: str = ""  # 市, 县, 省 ... of the document's region
    rules: bool = False  # measures, rules, standards (若干措施, 管理办法): their amounts are standing rules
    review: Anchor | None = None  # under a heading reviewing a past year (一、2023年工作回顾): its last day
    spoken: bool = False  # a speech: the projects signed or started 本次/同时 are of the day it is given (.today)
    plan_span: str = ""  # the span of the plan a document implements or evaluates (“十四五”…中期评估: 2021/2025)
    secured: bool = False  # a frame of what was done so far (今年以来，…；争取…资金23.4亿元): funding secured
    scheme_year: str = ""  # the one year a document of rules is for (关于做好2026年度…待遇保障工作的通知): its norms'
    named: tuple[tuple[str, str], ...] = ()  # periods the text names and dates once: (春运, 2026-02-02/2026-03-13)
    plan_year: str = ""  # under a plan heading of a later year (三、2026年工作打算): the year 年内 is of
    findings: bool = False  # an audit's results of past years (.audited): 将…X万元用于… is what was done

    def dates(self, text: str) -> list[DateMatch]:
        """The dates of ``text``; under a review of a past year, 8月 and 年初 are of that year; a campaign that has
        ended (在决战脱贫攻坚过程中, written after 2020) is its span."""
        found = with_today(text, dates_in_review(text, self.anchor, self.review), self.anchor,  # (今天开工的…)
                           self.spoken)
        if self.plan_year and "年内" in text:  # (三、2026年工作打算 … 年内建成…平台: within the plan's year)
            found = [replace(d, iso=self.plan_year) if d.text in ("年内", "今年内") else d for d in found]
        if self.plan_year:  # (四、2026年工作要求 … 要在12月31日前完成…, 6月底前: the plan's year, not the one reviewed)
            found = [_in_plan_year(d, self.plan_year) for d in found]
        if self.named:
            found = _named_periods(text, found, self.named)
        if "（" in text or "(" in text:  # 《…规划（2021—2030年）》: the span names the programme, no date of the text
            reviewed = self.actual.isdigit() and self.actual < self.anchor_iso[:4]  # (a closed year's review)
            found = [d for d in found if not ("/" in d.iso and (_NAMED_SPAN.search(text, 0, d.start) or (
                reviewed and _titled(text, d.start))))]
            bases = [m.span() for m in _INDEX_BASE.finditer(text)]  # 价格指数（上年同期=100）: the index base, no date
            found = [d for d in found if not any(a <= d.start < b for a, b in bases)] if bases else found
        if "于" in text:  # (始建于1958年的市博物馆全年接待观众…: when the thing named was founded, no time of its
            # figures; 公司成立于2012年3月，注册资本… stays)
            found = [d for d in found if not (_FOUNDED.search(text, max(0, d.start - 4), d.start)
                                              and text.startswith("的", d.end))]
        if "过渡期以来" in text and (self.anchor.year or 0) > TRANSITION_START:
            found = _since_transition(text, found, self.anchor_iso)
        if "脱贫攻坚" not in text or (self.anchor.year or 0) <= CAMPAIGN_END:
            return found
        if not _CONSOLIDATION.search(text):  # 从2016年开始，…落实国家脱贫攻坚政策…: a span of the campaign ends with it
            found = [replace(d, iso=f"{d.iso.split('/')[0]}/{CAMPAIGN_END}")
                     if d.kind == "since" and CAMPAIGN_START <= int(d.iso[:4]) <= CAMPAIGN_END else d for d in found]
        spans = [DateMatch(m.start(), m.end(), CAMPAIGN, "year", "period", m.group())
                 for m in _CAMPAIGN.finditer(text) if not any(d.start < m.end() and m.start() < d.end for d in found)]
        return sorted(found + spans, key=lambda d: d.start) if spans else found


_NAMED_SPAN = re.compile(r"(?:规划|纲要)[（(]\s*$")
# a plan's span in its title named in a review of a closed year (按照《…行动方案（2024—2026年）》部署，全区新建5G基站
# 1200个 in a white paper on 2024): the plan's years, no date of what the sentence reports done (a meeting's news
# adopting the plan dates the plan's goals by it: .adopted)
_TITLED_SPAN = re.compile(r"(?:方案|计划|行动|意见|措施|办法)[（(]\s*$")


def _titled(text: str, start: int) -> bool:
    """The span at ``start`` is in brackets after a plan's name inside a 《…》 title."""
    return bool(_TITLED_SPAN.search(text, 0, start)) and text.rfind("《", 0, start) > text.rfind("》", 0, start)
_FOUNDED = re.compile(r"(?:始建于|建于|创建于|创办于|成立于|落成于)\s*$")
_INDEX_BASE = re.compile(r"[（(][^（）()]{1,12}?=\s*100[）)]")
# a period the text names and dates once (春运期间（2月2日至3月13日）, 汛期（6月1日至9月30日）): its later mentions
# (春运期间，全市共投入客运车辆…) are that span, as a reader reads them
_NAMED_DEFINITION = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,6}?)(?:期间)?[（(](?P<dates>[^（）()]{5,30})[）)]")
_SHORT_NAME = re.compile(r"[（(]以下简称[“\"]?(?P<name>[\u4e00-\u9fff]{2,6})[”\"]?[）)]")
# an inspection, check or survey done over a span the sentence opens with (2025年4月7日至5月30日，县委第五轮巡察组
# 对…开展了常规巡察): its later 巡察期间 is that span
_ACTIVITY_OVER = re.compile(r"[，,][^。；;]{0,80}?(?:开展|进行|组织)了?[\u4e00-\u9fff]{0,4}?"
                            r"(?P<name>巡察|巡视|督查|督察|检查|普查|调查|体检|审计)")
# a period the text names and dates by its first and last day (2026年春运自2月2日开始，至3月13日结束, .date_spans): the
# same
_NAME_BEFORE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,6}?)(?:时间)?$")
_NOT_NAMED = re.compile(r"^(?:其中|同时|全年|今年|去年|当年|本年|上年|同期|截至|截止|目前|其间)$")


# an urgent notice or circular (紧急通知, 紧急通报, 明传电报) is about a situation of the day it is sent: its present
# (现有, 已组织, 共…在岗待命) is of that day, not of the month
_URGENT_TITLE = re.compile(r"紧急(?:通知|通报|部署)|明传电报")

def named_periods(texts: list[str], anchor: Anchor) -> tuple[tuple[str, str], ...]:
    """The periods the document names and dates in brackets (春运期间（2月2日至3月13日） -> (春运, 2026-02-02/
    2026-03-13)), each name once; names dated twice differently are left out."""
    found: dict[str, set[str]] = {}
    for text in texts:
        for m in _NAMED_DEFINITION.finditer(text):
            inner = find_dates(m.group("dates"), anchor)
            name = m.group("name").lstrip("年月")  # (2025年汛期（4月1日至9月30日）: the name is 汛期)
            if len(name) >= 2 and len(inner) == 1 and "/" in inner[0].iso and inner[0].kind == "period" and (
                    not _NOT_NAMED.match(name)):
                found.setdefault(name, set()).add(inner[0].iso)
        for d in find_dates(text, anchor) if _ACTIVITY_OVER.search(text) else ():
            act = _ACTIVITY_OVER.match(text, d.end) if "/" in d.iso and d.precision == "day" else None
            if act and d.kind == "period":
                found.setdefault(act.group("name"), set()).add(d.iso)
        for d in joined_spans(text, find_dates(text, anchor)):  # 2026年春运自2月2日开始，至3月13日结束
            named = _NAME_BEFORE.search(text, 0, d.start) if d.text.startswith(("自", "从")) and "/" in d.iso else None
            name = named.group("name").lstrip("年月") if named else ""
            if len(name) >= 2 and not _NOT_NAMED.match(name):
                found.setdefault(name, set()).add(d.iso)
        for m in _SHORT_NAME.finditer(text):  # 2025年10月1日至2026年3月31日（以下简称秋冬季）
            dates = [d for d in find_dates(text[:m.start()], anchor) if d.end == m.start() and "/" in d.iso]
            if dates and dates[-1].kind == "period":
                found.setdefault(m.group("name"), set()).add(dates[-1].iso)
    return tuple((name, next(iter(isos))) for name, isos in sorted(found.items()) if len(isos) == 1)


def _named_periods(text: str, found: list[DateMatch], named: tuple[tuple[str, str], ...]) -> list[DateMatch]:
    """``found`` with the later mentions of the named periods (春运期间) as their spans, where no date is read."""
    spans = [DateMatch(m.start(), m.end(), iso, "day", "period", m.group())
             for name, iso in named for m in re.finditer((
                 r"(?:(?<=\d年)" + re.escape(name) + "|" + re.escape(name) + r"(?:期间|(?=[，,内全共累])))"
                 if name.endswith(_SEASON_ENDS) else re.escape(name) + "期间") + r"(?![（(])", text)
             if (not any(d.start < m.end() and m.start() < d.end for d in found) or _year_of(found, m.start(), iso))
             and not any(d.end == m.start() and d.text.endswith("年") and d.iso != iso[:4] for d in found)]
    # (2025年春运期间 in a plan of 2026's: last year's season, its own dates unknown; the year stays)
    if not spans:
        return found
    # 2025年汛期: the year before the name is the span's own year, the span says more
    kept = [d for d in found if not any(_year_of([d], s.start, s.iso) for s in spans)]
    return sorted(kept + spans, key=lambda d: d.start)


# a named season (汛期, 秋冬季, 采暖期) is mentioned again by its bare name before what it dates (汛期全市共启动…,
# 汛期，…, 2025年汛期主要雨量站…) — not in a heading's topic (汛期雨水情和灾情: what the section is about)
_SEASON_ENDS = ("期", "季")


def _year_of(found: list[DateMatch], start: int, iso: str) -> bool:
    """Whether a bare year of ``found`` ends at ``start`` and is the year of the named span ``iso``."""
    return any(d.end == start and d.iso == iso[:4] and d.text.endswith("年") for d in found)
# The poverty-alleviation campaign (脱贫攻坚战, 2016-2020): “在决战脱贫攻坚过程中” in a text written after it
_CAMPAIGN = re.compile(r"(?:决战|决胜|打赢)?脱贫攻坚战?(?:期间|过程中|时期|以来|中(?![心央国]))")
CAMPAIGN, CAMPAIGN_START, CAMPAIGN_END = "2016/2020", 2016, 2020
# The transition period after it (巩固拓展脱贫攻坚成果同乡村振兴有效衔接过渡期, 2021-2025): 过渡期以来 is since 2021
TRANSITION_START = 2021
_SINCE_TRANSITION = re.compile(r"过渡期以来")


def _since_transition(text: str, found: list[DateMatch], anchor_iso: str) -> list[DateMatch]:
    """过渡期以来，累计投入衔接资金6.92亿元: since 2021, as 2021年以来 would read (up to the document's date)."""
    spans = [DateMatch(m.start(), m.end(), f"{TRANSITION_START}/{anchor_iso}", "year", "since", m.group())
             for m in _SINCE_TRANSITION.finditer(text) if not any(d.start < m.end() and m.start() < d.end
                                                                  for d in found)]
    return sorted(found + spans, key=lambda d: d.start) if spans else found


_CONSOLIDATION = re.compile(r"(?:巩固|拓展|衔接)[^，,；;。]{0,6}脱贫攻坚")  # (巩固拓展脱贫攻坚成果: after the campaign)
_NORMATIVE_TITLE = re.compile(r"通知|办法|规定|细则|意见|标准|规范|制度|决定|方案|规划|计划|纲要")
_YEAR_GENRES = {"speech", "report", "work-report"}  # a speech reviews the year so far: 今年以来
# measures, rules and standards (…若干措施, …管理办法, …实施细则), also issued by a notice (关于印发…若干措施的通知)
# and their interpretation by the issuer (《…实施细则》政策解读, 《…办法》解读, …答记者问): the rules it explains
# (a notice's attachment listing its standards, …抚恤金标准表, …补助标准一览表: the standards themselves)
# (a local regulation, 养犬管理条例: its fines, limits and time limits are standing rules)
_RULES_TITLE = re.compile(r"(?:措施|办法|细则|规定|标准|规范|政策|条例)(?:（[^）]{1,6}）)?"
                          r"(?:的通知|(?<=标准)(?:一览)?表)?"
                          r"(?:》(?:的)?(?:政策)?(?:解读|问答|答记者问|图解))?$"
                          # the benefits of an insurance scheme (关于做好2026年度城乡居民基本医疗保险参保缴费和待遇
                          # 保障工作的通知): its deductibles, rates and caps are the scheme's standing rules
                          r"|待遇(?:保障)?(?:工作)?(?:的通知)?$")
# an adjustment of a regulated price (关于调整居民生活用水阶梯价格的公告, …价格举行听证会的公告, the 附表 of a
# 居民生活用水阶梯价格调整方案): its current and proposed prices, tiers and free volumes are standing norms
_PRICE_TITLE = re.compile(r"(?:调整|制定|核定)[^，。]{0,16}(?:价格|水价|电价|气价|收费标准)[^，。]{0,12}"
                          r"(?:的)?(?:公告|通知)$"
                          r"|(?:价格|水价|电价|气价)(?:调整)?方案$")
_PLAN_WORDS = re.compile(r"计划|规划|方案|行动|要点|纲要")
# the implementation plan of an insurance scheme for a year (2026年农业保险实施方案, 政策性农业保险工作方案): it
# lays down the scheme's sums insured, premium rates, subsidy shares, period of cover and claims rules, norms of its
# year (its goals under 目标任务 stay targets by their heading and words), not a plan of targets
_INSURANCE_SCHEME = re.compile(r"保险[^，。、]{0,6}?(?:实施|工作)?方案$")
_SCHEME_YEAR = re.compile(r"((?:19|20)\d{2})年度")
_NORMATIVE_GENRES = {"notice", "announcement", "plan", "work-plan", "regulation", "gazette"}


def _context(doc: Document, meta: Metadata) -> _Ctx:
    date = doc.date or meta.date or ""
    anchor = Anchor.from_iso(date)
    regions: list[str] = []
    for r in (meta.region, doc.issuer.split("人民政府")[0] if doc.issuer else ""):
        r = (r or "").strip()
        if len(r) >= 2 and r not in regions:
            regions.append(r)
    title = doc.title if not doc.title_inferred else ""
    insurance = _INSURANCE_SCHEME.search(title)
    plan = (bool(_PLAN_TITLE.search(title)) and not _NOT_PLAN_TITLE.search(title) and not _SCHEME_TITLE.search(title)
            and not insurance) or (doc.genre in ("plan", "work-plan") and not insurance)
    year = str(anchor.year) if anchor.year else ""
    rp = doc.reporting_period or reporting_period(doc, meta)
    review = is_review(doc) or is_work_report(doc) or ("/" in rp and not plan) or _released(doc, meta, rp, date)
    # achieved figures without a date: the reported period (a communiqué's year), else the document's own date
    # (目前: a stock as the article is written)
    actual = rp if review and rp and rp != date else year if doc.genre in _YEAR_GENRES else (date[:7] or year)
    if _URGENT_TITLE.search(title) and len(date) == 10 and not review:
        actual = date  # 关于…的紧急通知: the situation of its day (全县现有小型水库46座, 已组织326名巡查人员)
    if actual == year and doc.genre in _YEAR_GENRES and anchor.year and (anchor.month or 12) <= 2:
        actual = str(anchor.year - 1)  # a speech of January reviews the year just closed (全年 is last year's)
    elif doc.genre in ("article", "news") and not review and anchor.year and anchor.month == 1 and actual == date[:7]:
        actual = str(anchor.year - 1)  # a news article of January on results (全年完成…) reports the year just closed
    # a year-end speech plans for next year; a notice on the months of its own year so far (1—10月…通报 of November)
    # sets the year's remaining tasks: its 全年 is this year
    own_months = "/" in rp and rp[:4] == year and rp.split("/")[-1][:4] == year
    # (a review with next year's plan, …工作总结和2026年工作计划 of December: its plan heading names the year; an
    # undated task of its review is this year's)
    late = bool(anchor.month and anchor.month >= 11 and not plan and not own_months
                and not _REVIEW_AND_PLAN_TITLE.search(title))
    # a five-year plan's requirements hold over its span; a plan without one (a notice issuing a three-year action
    # plan included) states norms without a period
    # (a 规划 or 纲要 whose title names its span, 国土空间总体规划（2021—2035年）, is such a plan too, also when a
    # notice publishes it before approval: 《…规划（2021—2035年）》批前公示)
    span = rp if plan and "/" in rp and (five_year_span(title) or programme_span(title) == rp) else ""
    target = span.split("/")[-1][:4] if span else str(anchor.year + 1) if late and anchor.year else year
    if plan and not span and len(rp) == 4 and rp.isdigit() and year and rp > year:
        target = rp  # a year's plan published before its year (…2026年度…供应计划 of December 2025) plans for that year
    if _past_year_only(doc, rp, year, plan):
        target = rp  # 2025年十件民生实事项目完成情况 of January 2026: 计划新增…5000个，实际新增5620个 is 2025's plan
    forecast = rp[:4] if review and rp[:4].isdigit() and "/" not in rp else year
    # a plan over several years or a notice lays down norms; a plan of one year (2019年工作安排) sets targets
    normative = (plan and "/" in rp) or (not plan and (doc.genre in _NORMATIVE_GENRES or (
        bool(_NORMATIVE_TITLE.search(title)) and not is_review(doc) and not is_work_report(doc))))
    level = next((r[-1] for r in regions if r[-1] in "省市县区州旗盟镇乡"), "") or (
        "国" if set(regions) & NATIONAL_REGIONS else "")  # (a national communiqué: 全国 is its own region)
    rules = (bool(_RULES_TITLE.search(title)) and not _PLAN_WORDS.search(title)) or bool(_PRICE_TITLE.search(title)) \
        or bool(insurance)
    # (the standards of an insurance year: 2026年度…个人缴费标准, its deductibles and caps hold for 2026, not for ever)
    scheme = re.findall(r"((?:19|20)\d{2})年", title) if insurance else _SCHEME_YEAR.findall(title) if rules else []
    read_at = Anchor.from_iso(text_anchor(doc, meta, rp))
    named = named_periods([p.text for p in doc.paragraphs if not p.heading], read_at)
    titled = [iso for name, iso in named if name in title]
    if len(titled) == 1 and not review and not plan:
        actual = titled[0]  # 瑞阳市2026年春运工作圆满收官: the figures of a report on the period its title names
    if (audited := audited_years(title, year)) and not plan:
        actual = audited  # …2023—2024年…项目资金审计结果的公告: its findings are of the years audited (.audited)
    if not scheme and plan and rp.isdigit() and year and rp >= year and _YEARS_LIST_TITLE.search(title):
        scheme = [rp]  # 2026年十件民生实事项目清单: its projects' standards (每户补助不超过…) hold for 2026
    return _Ctx(scheme_year=scheme[0] if len(set(scheme)) == 1 and year and scheme[0] >= year else "",
                anchor=read_at,
                anchor_iso=date, year=year, regions=tuple(sorted(regions, key=len, reverse=True)), plan_doc=plan,
                actual=actual, target=target, forecast=forecast, span=span,
                normative=normative, region_level=level, rules=rules,
                plan_span=five_year_span(title) or span or programme_span(title) or monitored_span(doc),
                named=named,
                findings=bool(audited_years(title, year)) and not plan,
                spoken=doc.genre == "speech")


# a programme named with its span in brackets (妇女发展规划（2021—2030年）, 国土空间总体规划（2021—2035年）): the
# span of the plan a document lays down, publishes or monitors
_PROGRAMME_SPAN = re.compile(r"(?:规划|纲要)[（(]\s*((?:19|20)\d{2})\s*年?\s*[—–\-－~～至到]+\s*"
                             r"((?:19|20)\d{2})\s*年?[）)]")


def programme_span(title: str) -> str:
    """The span of the programme a title names with its years in brackets (…规划（2021—2030年）… -> 2021/2030);
    "" when none."""
    m = _PROGRAMME_SPAN.search(title)
    return f"{m.group(1)}/{m.group(2)}" if m and m.group(1) < m.group(2) else ""


# a report monitoring or evaluating a programme (2025年妇女儿童发展规划统计监测报告): the programme's span is given in
# its opening paragraphs (《…妇女发展规划（2021—2030年）》实施的第五年)
_MONITORED = re.compile(r"(?:规划|纲要)[^，,。]{0,8}(?:监测|评估|实施情况)")


def monitored_span(doc: Document) -> str:
    """The span of the programme a monitoring report's opening paragraphs name (2021/2030), "" else."""
    title = doc.title if not doc.title_inferred else ""
    if not _MONITORED.search(title):
        return ""
    body = [p.text for p in doc.paragraphs if not p.heading][:3]
    return next((span for text in body if (span := programme_span(text))), "")


# a list of one year's projects (2026年十件民生实事项目清单, 2026年为民办实事项目清单): a plan of that year
_YEARS_LIST_TITLE = re.compile(r"(?:19|20)\d{2}\s*年度?[^，,。]{0,12}(?:民生实事|为民办实事|实事)项目(?:清单|计划)?$")
_RELEASE_GENRES = {"statistics"}
_YEAR_IN_TITLE = re.compile(r"(?:19|20)\d{2}")
_NEXT_PLAN_TITLE = re.compile(r"草案|安排|打算|计划(?!执行|完成)")


def _past_year_only(doc: Document, rp: str, year: str, plan: bool) -> bool:
    """A review whose title names one closed year and nothing after it (…2025年…项目完成情况, 关于2025年度国有资产
    管理情况的报告, published in 2026): the plans it reports against (计划…，实际完成…) are that year's, not the year of
    publication; a report that also sets the next year's plan (…执行情况与2026年计划草案) is not."""
    if plan or not is_review(doc) or not (rp.isdigit() and year.isdigit() and rp < year):
        return False
    title = doc.title if not doc.title_inferred else ""
    return set(_YEAR_IN_TITLE.findall(title)) == {rp} and not _NEXT_PLAN_TITLE.search(title)


def _released(doc: Document, meta: Metadata, rp: str, date: str) -> bool:
    """A statistical release on a closed period its title names (2025年6月份…居民消费价格变动情况 of 14 July): its
    sentences without a date of their own (其中，城市上涨0.4%) are of that period, not of the publication date."""
    if not rp or rp == date or not _before(rp, date):
        return False
    return doc.genre in _RELEASE_GENRES or meta.kind in _RELEASE_GENRES


def _heading_level(p: Paragraph) -> int:
    if p.heading:
        return p.heading
    text = p.text.strip()
    m = _HEADING_MARK.match(text)
    if m and len(text) <= 40 and not re.search(r"[。；]", text[:-1]):
        mark = m.group()
        return 1 if "、" in mark and not mark.strip()[0].isdigit() else (2 if mark.strip()[0] in "（(" else 3)
    return 0


def _iso_last(iso: str) -> str:
    return iso.split("/")[-1]


def _before(iso: str, anchor: str) -> bool:
    """The date ends strictly before the anchor (comparing ISO prefixes)."""
    if not iso or not anchor:
        return False
    a, b = _iso_last(iso), anchor
    n = min(len(a), len(b))
    return a[:n] < b[:n]


_MONTH_ONLY = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})月")  # a month or day said without its year


def _in_plan_year(d: DateMatch, plan_year: str) -> DateMatch:
    """A month or a day said without its year (12月31日前, 6月底前) under a heading of a later year's tasks: of that
    year; a date that names its year, or any other, as it is."""
    if not _MONTH_ONLY.match(d.text.strip()) or "/" in d.iso or d.iso[:4] == plan_year or d.iso[:4] > plan_year:
        return d
    return replace(d, iso=plan_year + d.iso[4:])

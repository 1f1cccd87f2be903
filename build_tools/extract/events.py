"""Dated statements (events) for timelines.

One event per dated clause of a body paragraph:

* Dates come from ``dates.find_dates`` anchored on the document's date (``document_anchor``); when a clause holds
  several dates the most precise one (then the first) dates the clause.
* ``text`` is the whole sentence when it is shorter than 80 characters, else the clause holding the date up to the
  next ；/。 (widened backwards when that is too short to mean anything, cut at a comma when too long).
* ``kind``: ``target`` for dates not in the past that are deadlines (到2025年, 11月10日前), lie after the document
  date, are governed by words of intent (力争, 确保, 计划, 将, 要 ...) or sit under a goals heading (工作目标);
  ``period`` for reporting periods (1—9月份, 上半年, “十三五”期间, 2016年以来) that introduce figures; else ``event``.
* Skipped: headings and furniture (bylines, signatures, date lines, notes), dates inside book titles 《…》 (names
  of other documents), comparison bases (比2019年增长, 较2015年, 与上年相比, 由2015年底的6.9%), and sentences
  with no content besides the date.
* One event per fact: the dated clauses of one sentence whose texts overlap (a short sentence is the text of
  each of its clauses) make one event, dated by a deadline (到2025年) first, then by a date that opens its clause
  (前年…，去年…，今年前9个月…: not 10月和11月新注册的), then by the date nearest the document's own time, then the
  first; an event whose text repeats one already taken in the document (or, within a paragraph, one of the same
  date whose text contains it or shares its opening) is kept once. Across the documents of a bulletin,
  ``same_fact`` tells the site-wide timeline which entries are one.
* Not events: a date inside its clause that qualifies a noun (确保完成年初确定的目标任务), the framing of a
  speech (我讲四点意见, 下面我讲几点, 同志们, 今天我们召开…会议, 这次会议的主要任务是, 刚才…, 让我们…),
  captions and tables, the end of a value change (由6.9%下降到2020年的1.7%), and a sentence the source cuts off (no
  end mark at the end of its paragraph, or the cleaner's ……): an entry is a whole sentence or clause.
* The anchor of a statistical communiqué or yearly bulletin published after the period it reports on
  (``Document.reporting_period``, else the year of its title) is the end of that period: its 年末 and 全年 are
  actuals of that year. Under a heading that reviews a past year (一、2023年工作回顾, 过去一年工作回顾) dates
  without a year of their own (8月, 年底, 全年) are of that year.
* ``sort_key`` is the start date padded to YYYY-MM-DD (missing month/day as 01); events stay in reading order.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from ..clean.text import ends_paragraph
from ..model import Document, Event, Metadata
from .date_spans import joined_spans
from .dates import Anchor, DateMatch, compare, is_comparison, parse_iso, precision_rank, since_in_object
from .event_clauses import _CLAUSES, _clause_bounds, _year_goal, act_then_plan
from .event_dates import _FIGURE, _as_of_flow, _next_year_task, _since_closed_year, _start_day
from .event_identity import fact_key, same_fact
from .event_kinds import event_kind as _kind
from .event_past import SPAN_THEN_ACT, SPAN_THEN_DONE, ended, past_after_day
from .event_publication import _news_day, _published_fact
from .event_reference import _REPORT_TITLE, _reference_date, grounds_data
from .event_rhetoric import _GUIDELINES, is_rhetoric
from .event_sections import AS_OF_HEAD, DEFINITION, GLOSSARY_HEAD, PROBLEMS_HEADING, accounts_year
from .figures import _NOTE_ITEM, _NOTES_HEAD
from .figures.consumer_cases import one_persons_case
from .figures.sentence import _CHARACTERIZED
from .figures.today import with_today
from .reporting import NEWS_DAY_LEAD, dates_in_review, is_review, plans_ahead, review_year, running_review
from .summary import SKIP_ROLES, is_goal_heading, sentence_spans

log = logging.getLogger(__name__)

SHORT_SENTENCE = 80  # a sentence shorter than this is the event text as a whole
MIN_TEXT = 20  # widen a clause shorter than this backwards
MAX_TEXT = 150  # cut a clause longer than this at a comma

_CLAUSE_END = "；;。！？!?"
_BOOK_TITLE = re.compile(r"《[^《》]{1,120}》")
_MEANS_BEFORE = re.compile(r"(?<![所可难得予加])以“?$")  # (所以, 可以, 难以, 予以, 加以: no preposition)
_STANDARD_TIME = re.compile(r"\s*(?:零时|0时)?\s*为(?:调查|普查)?标准时[点间]")
# a survey or census started at a date the sentence gives (于2018年9月启动第三次全国国土调查, 于2023年1月开始普查)
_DATED_START = re.compile(r"于\s*(?:19|20)\d{2}\s*年[^，,。；;]{0,8}?(?:启动|开展|开始|部署|组织)")
_BASELINE_BEFORE = re.compile(r"(?:由|从|到|至)\s*$")  # 由2015年底的6.9%, 提高到2020年的36.4%: values, not dates
_EVENT_SKIP_ROLES = SKIP_ROLES | {"caption", "table"}
# the statement of guidelines (今年政府工作的总体要求是：…) and a conditional hope (只要…，…大有希望): no dated fact
_CONDITION_TURN = re.compile(r"[，,](?:但|可是|然而)?只要")  # (一旦春暖花开，马上开工: a time, kept)
# (…自2025年3月15日起施行，有效期至…; …起施行，至2025年12月31日止; …起实施，执行期限至…)
_VALIDITY = re.compile(r"起(?:施行|实施|执行|生效)[，,、\s]*(?P<to>(?:有效期|实施期限|执行期限|期限)(?:至|到|截至)|至)")
_ON_THE_BASIS = re.compile(r"[^，,；;。在]{0,6}在[^，,；;。]{2,40}的?基础上")  # (我市在总结2024年…经验的基础上)
_SEMICOLON = re.compile(r"[；;]")
# the later work a task prepares for (为2026年预算编制和执行打好基础, 为明年工作奠定基础): a purpose, no date
_FOR_LATER = re.compile(r"为\s*$")
_FOR_LATER_END = re.compile(r"[^，,；;。！？]{0,24}?(?:(?:打好|打下|奠定|夯实)(?:坚实)?(?:的)?基础|"
                            r"(?:创造|提供)(?:良好)?条件|做好准备)")
# a milestone of a project right after its date (12月开工建设, 2027年6月建成投产, 9月底前竣工)
_MILESTONE = re.compile(r"(?:底|末|份|中旬|上旬|下旬)?(?:前|以前)?(?:正式|全面|全部)?"
                        r"(?:开工|建成|投产|竣工|完工|开业|投用|投运|通车|开诊|投入使用|投入运营|交付使用)")
# the sentence states the year's goals: 主要预期目标是：…, or 力争/确保全年… with figures
_GOALS_LEAD = re.compile(r"^(?:[^，,。；]{0,20}[，,])?[^，,。；：:]{0,24}预期目标(?:是|为)|^(?:力争|确保|争取)全年")
_RECURRING = re.compile(r"每(?:年|季度|月|半年)")
# a definition (所称…，是指…): a date in it bounds what is defined
_DEFINED = re.compile(r"是指|系指|所称")
_DATELINE_END = ("讯", "电")  # 本报讯7月25日, 新华社北京7月25日电: a dateline before the date opens the clause
_DATELINE_WITH_NAME = re.compile(r"[讯电]\s*[（(][^（）()]{0,24}[）)]$")  # 本报讯（记者 周晓岚）10月28日，…
_ATTRIBUTE_AFTER = re.compile(r"[^，,；;。！？、]{0,4}的")  # 年初确定的, 今年工作的: a date used as a modifier
# (2000年以前)建成的; not the object a deadline's task disposes of (9月20日前将调整后的待遇发放到位: 将 opens it)
_BEFORE_ATTRIBUTE = re.compile(r"(?![将把])[^，,；;。！？、\d]{1,6}的")
_PUNCT = "，,；;。！？!?：:、（）()《》“”"
# a year naming a publication or a list (发布的2023年全国政务热线服务质量评估报告), not the date of a statement
_NAMED = re.compile(r"报告|名单|榜单|排行|白皮书|公报|年鉴|清单|目录|指数|方案|规划|计划|要点")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# a verb of an action right after a year: the year of what is done (2028年开展规划中期评估, 2027年完成…清单编制)
_ACTION_AFTER = re.compile(r"(?:开展|完成|启动|组织|实施|编制|制定|修订|出台|印发|建成|开工)")
_FOUR_CJK = re.compile(r"(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){4}")  # at least 4 Chinese characters
# a field line naming a window (公示期：2025年10月10日至10月17日。, 公告期：…): a statement of that period, not a
# date line
_NAMED_WINDOW = re.compile(r"\s*(?:公示|公告|公开|报名|申报|受理)(?:期|期限|时间)\s*[：:]\s*(?:至|到|—|－|-|~)?"
                           r"\s*[。；;]?\s*$")
_BRACKETED = re.compile(r"\s*[（(].*[）)]\s*")  # a note in brackets: （此件公开发布）
# an editor's note on the document itself (说明：本大事记收录2025年…的重要事件；编者按：现将…公布如下): no dated fact
# (also with the notes' first number: 说明：1.本文数据来源于…，统计截至2025年12月31日)
_ABOUT_ITSELF = re.compile(r"\s*(?:说明|编者按|编者的话)\s*[：:]\s*(?:[1１一][.．、]\s*)?(?:本|现将|为)")
# a law's approval or adoption and its entry into force, each dated (…于5月28日经省人大常委会批准，自2025年8月1日起
# 施行): two facts, two entries
_ADOPTED = re.compile(r"批准|审议通过|表决通过|通过|公布|印发")
_IN_FORCE = re.compile(r"起(?:施行|实施|生效)")
_LAW_LEAD = re.compile(r"^《[^《》]{2,60}》")
# a run-in heading naming a step of a plan with its span in brackets (（一）宣传发动阶段（3月16日至3月31日）, 二、集中
# 整治阶段（2026年4月—9月）): the step's window is an entry, a period as a slot's (报名时间为…至…); the whole-year step
# has no span
_PHASE_HEADING = re.compile(r"^[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]?\s*[\u4e00-\u9fff]{2,12}?阶段\s*"
                            r"[（(][^（）()]{5,30}[）)]")


def document_anchor(doc: Document, meta: Metadata) -> Anchor:
    """The date relative expressions are read against.

    The document's own date (from the metadata or its date line) first, refined by a more precise date that
    agrees with it (signing date, source metadata). A yearly report dated in the following year (a statistical
    communiqué of 2023 published in 2024) is anchored at the end of the year it reports on, so that 年末 and 上年
    mean what its authors meant.
    """
    candidates = [c for c in (doc.date, doc.signed, meta.date) if c]
    if not candidates:
        return Anchor(None)
    best = candidates[0]
    for c in candidates[1:]:
        if c.startswith(best) and len(c) > len(best):
            best = c
    anchor = Anchor.from_iso(best)
    if anchor.year is None:
        return anchor
    if doc.reporting_period and (is_review(doc) or doc.genre == "statistics" or meta.kind == "statistics") \
            and not plans_ahead(doc.title if not doc.title_inferred else "", best):
        end = parse_iso(doc.reporting_period.split("/")[-1])
        if end and compare(end, anchor.parts()) < 0:
            return _end_of(end)
    m = _REPORT_TITLE.search(doc.title or "")
    if m and int(m.group(1)) == anchor.year - 1:
        return Anchor(int(m.group(1)), 12, 31)
    return anchor


def _end_of(parts: tuple[int, ...]) -> Anchor:
    """The last day of a year or month given as parts: (2023,) -> 2023-12-31, (2023, 6) -> 2023-06-30."""
    year, month = parts[0], parts[1] if len(parts) > 1 else 12
    if len(parts) > 2:
        return Anchor(year, month, parts[2])
    following = (year + month // 12, month % 12 + 1)
    from datetime import date, timedelta

    return Anchor(year, month, (date(*following, 1) - timedelta(days=1)).day)


def _skip_match(text: str, m: DateMatch, titles: list[tuple[int, int]]) -> bool:
    if any(s <= m.start and m.end <= e for s, e in titles):
        return True  # part of the name of another document
    if is_comparison(text, m.start, m.end):
        return True
    if m.text in ("次年", "翌年") and "当年" in text[max(0, m.start - 40):m.start]:
        return True  # 对当年基金零报销的参保居民，次年…提高: the year after any year of a rule, no date
    if _OF_DOCUMENT.match(text, m.end) or _YEAR_OF_STANDARD.match(text, m.end):
        return True  # 2023年10月1日起执行的《…通知》: the date of a document named; 2026年度…个人缴费标准为420元: a
        # standard's year (its figures carry it), no event
    if _CHARACTERIZED.match(text, m.end):
        return True  # 今年是春节法定假日增加1天后的第一个春节，…: the year characterized, no date of what follows
    before, after = text[max(0, m.start - 6):m.start], text[m.end:m.end + 6]
    if m.precision == "year" and m.kind == "point" and _names_something(text, m.end):
        return True
    if _STANDARD_TIME.match(text, m.end) and _DATED_START.search(text, text.rfind("。", 0, m.start) + 1, m.start):
        return True  # 于2018年9月启动…调查，以2019年12月31日为标准时点: the sentence dates the survey's start; the
        # standard time is the moment its data describe, no event
    if _MEANS_BEFORE.search(before + m.text[:1] if m.text[:1] == "“" else before) and not _STANDARD_TIME.match(
            text, m.end):  # (以2020年11月1日零时为标准时点进行了…普查: the day the census was taken, an event)
        return True  # 以“十四五”开局拼出好开局, 以2020年为基期: the date is what is used, not when something happens
    opening = before + m.text[:1] if m.text[:1] in "到至" else before  # 到 of 提高到2020年的 is in the match
    return bool(_BASELINE_BEFORE.search(opening) and after.lstrip().startswith("的"))


def _names_something(text: str, end: int) -> bool:
    """Whether the words right after a year form the name of a report or list: 2023年全国…评估报告."""
    if end >= len(text) or not _CJK.match(text[end]) or _ACTION_AFTER.match(text, end):
        return False  # (2028年开展规划中期评估: what is done that year, a statement, not a name)
    stop = min((i for i in (text.find(c, end) for c in _PUNCT) if i >= 0), default=len(text))
    return bool(_NAMED.search(text, end, stop))


def event_text(sentence: str, start: int, end: int) -> str:
    """The words of an event: the sentence if short, else its clause(s) from the date to the next ；/。; a turn to a
    condition after the date (…，只要我们持续努力，在年底追赶国省依然大有希望) ends them: what follows is a hope."""
    turn = _CONDITION_TURN.search(sentence, end)
    if len(sentence) < SHORT_SENTENCE:
        before = list(_CONDITION_TURN.finditer(sentence, 0, start))
        if not turn and not before:
            return sentence
        lo = before[-1].start() + 1 if before else 0  # (the date is in the hope: its words are the hope's)
        return sentence[lo:turn.start() if turn else len(sentence)].strip()
    lo, _ = _clause_bounds(sentence, start)
    ends = [i for i in (sentence.find(c, end) for c in _CLAUSE_END) if i >= 0]
    hi = min(ends) if ends else len(sentence)
    if turn and turn.start() < hi:
        hi = turn.start()
    if hi < len(sentence) and sentence[hi] in "。！？!?":
        hi = len(sentence)  # the clause ends the sentence: keep its closing punctuation
    while hi - lo < MIN_TEXT and lo > 0:
        lo = max((sentence.rfind(c, 0, lo - 1) for c in _CLAUSES), default=-1) + 1
    if hi - lo > MAX_TEXT:
        cut = max((sentence.rfind(c, end, lo + MAX_TEXT) for c in "，,"), default=-1)
        if cut > end:
            hi = cut
    return sentence[lo:hi].strip().rstrip("，,；;：:")


# a birth-date bound of a condition (1990年3月2日以后出生, 1970年1月1日前出生) and the sentence stating a plan's base
# year and span (规划基准年为2025年，规划期为2026—2030年，展望到2035年): dates of no event
# (2026年应届小学毕业生, 2025届毕业生: the year names a cohort of pupils, no event either)
_BORN = re.compile(r"\s*(?:以后|之后|以前|之前|后|前)?(?:\s*[（(][^）)]{0,8}[）)])?\s*出生|\s*应届")
# the date a product's label bears (生产日期：2025年2月10日, 有效期至2026年3月, 保质期至…): a property of the goods
_LABEL_DATE = re.compile(r"(?:生产日期|出厂日期|失效日期)\s*[:：为]?\s*$")
# (（批号：240301，有效期至2026年3月）: an expiry inside the brackets describing goods; a policy's 有效期至… is
# its period)
_LABEL_EXPIRY = re.compile(r"(?:有效期|保质期)(?:至|到)?\s*[:：为]?\s*$")
# (持有安全生产许可证（编号…），有效期至2027年5月: a licence's or certificate's validity, a property of the holder)
_LICENCE = re.compile(r"(?:许可证|执照|证书|资质证|合格证|登记证)[^。；;]{0,40}$")


def _in_brackets(before: str) -> bool:
    """True when ``before`` ends inside an open bracket (（规格：…，有效期至)."""
    return max(before.rfind("（"), before.rfind("(")) > max(before.rfind("）"), before.rfind(")"))
# (规划期限为2021年至2035年，远景展望到2050年: the span and horizon of the plan, its frame as well)
_PLAN_FRAME = re.compile(r"基准年(?:为|是|：)|基期年(?:为|是|：)|规划期限?(?:为|是|：)|远景展望(?:到|至)")
# the name of a time slot right before its dates (报名时间：, 公示期为, 资格复审时间：): a schedule's window
# a date qualifying a document's name (2023年10月1日起执行的《…》, 2024年印发的《…》) or a standard's year
_OF_DOCUMENT = re.compile(r"\s*(?:起)?(?:施行|执行|实施|印发|发布|公布)的\s*《")
_YEAR_OF_STANDARD = re.compile(r"度?[^，,；;。\d]{0,16}?标准(?:为|是|调整为)")
# an action carried out over a span after 于 (于2025年8月至10月组织开展了…抽查, 于3月至5月集中进行了…): done, an event
_DONE_OVER_SPAN = re.compile(r"\s*(?:组织|集中|统一|陆续)?(?:开展|进行|实施|举办)了")
# (or what occurred over it: 7月12日至14日全市出现一次大范围强降雨过程, a rain or flood that has happened)
_OCCURRED_OVER_SPAN = re.compile(r"[，,]?\s*(?:全[市县区省]|我[市县区省])?(?:先后|再次)?(?:出现|发生|遭遇|遭受)(?:了)?"
                                 r"一[次场轮]")
# a year naming the period of a yearly report (2025年度工作报表, 2024年度报告, 2025年年报)
_YEAR_OF_REPORT = re.compile(r"\s*(?:年度?|度)?\s*(?:工作)?(?:报表|报告|年报)")
# the dates bounding a look-back of a condition, in brackets after 近N年 (近三年（2022年1月1日以来）,
# 近3年（2021年至今）)
_LOOK_BACK = re.compile(r"近(?:[一二三四五六七八九十两]|\d{1,2})个?年度?\s*[（(]\s*$")
# a field of a list written as 名称：值 (时间：2025年12月8日至12月12日，每天…（北京时间）): whole without an end mark
_FIELD_LINE = re.compile(r"\s*[\u4e00-\u9fff]{1,10}[：:]")
# a field giving the date of the document or form itself (填报日期：, 填表时间：, 成文日期：, 生成日期：)
_OWN_DATE_FIELD = re.compile(r"\s*(?:填报|填表|报送|成文|生成|制表|印发|发布)(?:日期|时间)\s*[：:]")
# (or the window a step may be taken in: 竞买申请人可于2025年11月25日至12月26日…报名)
# (a stage of a schedule, 第一阶段：4月1日至6月30日, and a span a name defines in brackets, 节假日（5月1日至5月5日）
# 期间, 考试期间（6月7日至6月10日）: the window itself)
_SLOT_BEFORE = re.compile(r"(?:时间|日期|期限|期|阶段)\s*(?:为|是|：|:)\s*$|(?:可|请|须|应)(?:在|于)\s*$"
                          r"|(?:期间|假日|假期)\s*[（(]\s*$")


def sort_key(iso: str) -> str:
    parts = list(parse_iso(iso)) + [1, 1]
    return f"{parts[0]:04d}-{parts[1]:02d}-{parts[2]:02d}"


def _opens_clause(sentence: str, clause_start: int, date_start: int) -> bool:
    """The date opens its clause (前年我们…, 本报讯7月25日，…): it dates the clause rather than one of its words."""
    before = sentence[clause_start:date_start].strip()
    return len(before) <= 2 or before.endswith(_DATELINE_END) or bool(_DATELINE_WITH_NAME.search(before))


def _attributive(sentence: str, clause_start: int, m: DateMatch, offset: int) -> bool:
    """A date inside its clause that qualifies the noun after it (确保完成年初确定的目标任务; 2000年底前建成的老旧小区,
    a deadline word used as a modifier), not the date of the clause."""
    start, end = m.start - offset, m.end - offset
    if _ON_THE_BASIS.match(sentence, clause_start) and start < sentence.find("基础上", clause_start):
        return True  # 在去年完成12个村“清零”的基础上，今年再消除20个: the base of a task, not an event
    if _FOR_LATER.search(sentence, clause_start, start) and _FOR_LATER_END.match(sentence, end):
        return True  # 为2026年预算编制和执行打好基础: the year the work prepares for, not when it is done
    if m.text.endswith("前") and _BEFORE_ATTRIBUTE.match(sentence, end):
        return True  # 其中2000年以前建成的小区: a deadline word qualifying a noun, even at the head of its clause
    if since_in_object(m.kind, sentence, clause_start, start) and _BEFORE_ATTRIBUTE.match(sentence, end):
        return True  # 对2021年以来实施的项目开展专项排查: the time of what is checked, not of the check
    return not _opens_clause(sentence, clause_start, start) and bool(_ATTRIBUTE_AFTER.match(sentence, end))


def _distance(m: DateMatch, anchor: Anchor) -> int:
    """Years between a date and the anchor (0 when the anchor's year is inside it)."""
    if anchor.year is None:
        return 0
    lo, hi = parse_iso(m.first)[0], parse_iso(m.last)[0]
    return 0 if lo <= anchor.year <= hi else min(abs(lo - anchor.year), abs(hi - anchor.year))


def _whole(sentence: str, last: bool) -> bool:
    """A sentence that the source does not cut off: it ends with an end mark unless a clause ends it (；)."""
    if sentence.endswith("……") and last:
        return False
    return (not last or ends_paragraph(sentence) or sentence.endswith(("；", ";"))  # a list item ends with ；
            or bool(_FIELD_LINE.match(sentence)))


def _undated_goals(text: str, pid: str, anchor: Anchor, matches: list[DateMatch]) -> list[Event]:
    """主要预期目标是：地区生产总值增长6.5%，… and 力争全年新开工项目30个: the year's targets stated without a year (a
    work report, a plan for the year) are targets of the year the document sets them for: its own, or, for the
    main targets announced in November or December, the next one (a year-end meeting plans the year ahead)."""
    if not anchor.year or ("预期目标" not in text and "全年" not in text):
        return []
    out = []
    for ss, se in sentence_spans(text):
        sentence = text[ss:se]
        lead = _GOALS_LEAD.search(sentence)
        if lead and _FIGURE.search(sentence) and not any(ss <= m.start < se for m in matches):
            # 主要预期目标 said at year end are the next year's; 力争全年… is this year's, even in December
            ahead = "预期目标" in lead.group() and (anchor.month or 0) >= 11
            year = str(anchor.year + 1 if ahead else anchor.year)
            out.append(Event(date=year, text=sentence.strip(), paragraph=pid, precision="year", kind="target",
                             sort_key=sort_key(year)))
    return out


def _paragraph_events(text: str, pid: str, anchor: Anchor, under_goal: bool,
                      review: Anchor | None = None, closed: bool = False) -> list[Event]:
    matches = joined_spans(text, with_today(text, dates_in_review(text, anchor, review), anchor))  # (今天，…举行…)
    goals = _undated_goals(text, pid, anchor, matches)
    if not matches:
        return goals
    titles = [m.span() for m in _BOOK_TITLE.finditer(text)]
    matches = [m for m in matches if not _skip_match(text, m, titles)]
    events: list[Event] = []
    spans = sentence_spans(text)
    for n, (ss, se) in enumerate(spans):
        sentence = text[ss:se]
        inside = [m for m in matches if ss <= m.start < se]
        lead = NEWS_DAY_LEAD.match(sentence)
        if lead and any(m.start - ss >= lead.end() for m in inside):
            # 7月8日，记者从…获悉，上半年全市…: the news day is no date of what the sentence reports when it names one
            inside = [m for m in inside if m.start - ss >= lead.end()]
        if not inside or not _whole(sentence, n == len(spans) - 1) or is_rhetoric(sentence) or one_persons_case(
                sentence):  # (7月23日，消费者李某投诉称…: one consumer's case, no event of the region)
            continue
        validity = _VALIDITY.search(sentence)
        if validity and len(inside) == 2 and inside[0].start - ss < validity.start("to") <= inside[1].start - ss:
            # 本措施自2025年3月1日起施行，有效期至2027年12月31日: one period, from entry into force to expiry
            a, b = inside
            iso = f"{a.iso.split('/')[0]}/{b.iso.split('/')[-1]}"
            events.append(Event(date=iso, text=sentence.strip(), paragraph=pid, precision="interval", kind="period",
                                sort_key=sort_key(iso)))
            continue
        rest = sentence
        for m in inside:
            rest = rest.replace(m.text, "", 1)
        if (not _FOUR_CJK.match(rest) and not _NAMED_WINDOW.match(rest)) or _OWN_DATE_FIELD.match(sentence):
            continue  # a date line, not a statement (填报日期：2026-01-20: the date the form itself was filled in)
        best: dict[tuple[int, int], DateMatch] = {}
        for m in inside:
            clause = _clause_bounds(sentence, m.start - ss)
            if _DEFINED.search(sentence, clause[0], m.start - ss):
                continue  # 本细则所称引进人才，是指2026年1月1日以后…签订…的: a definition's cut-off, no dated fact
            if _RECURRING.search(sentence, clause[0], m.start - ss):
                continue  # 各市要于每年1月15日前报送上年度工作进展情况: a recurring schedule, no dated fact
            if _attributive(sentence, clause[0], m, ss):
                continue  # 年初确定的目标, 今年工作的基础上: the date qualifies a noun, it does not date the clause
            held = best.get(clause)
            if held is None or precision_rank(m.precision) > precision_rank(held.precision):
                best[clause] = m
        # the candidates of the sentence, then one event per group of overlapping texts
        found: list[tuple[tuple[bool, bool, bool, int, int], str, DateMatch]] = []
        # 2023年开展中期评估，2025年开展总结评估: clauses each opened by a date of their own are events of their own
        # (parallel clauses only: every date a point of one precision, opening its clause)
        # (沅川港二期工程于6月建成投运，…产业园一期于9月投产: each clause's own date after 于, as well)
        # (各乡镇要在3月底前完成…，6月底前完成…: deadlines of different dates, each a task of its own, wherever
        # in its clause; 力争到2020年…，确保到2020年…: one goal)
        kinds = {(m.precision, m.kind) for m in best.values()}
        own = len(best) > 1 and len(kinds) == 1 and (
            (next(iter(kinds))[1] == "point" and all(_opens_clause(sentence, c[0], best[c].start - ss)
                                                     or sentence.endswith("于", 0, best[c].start - ss) for c in best))
            or (next(iter(kinds))[1] == "deadline" and len({m.iso for m in best.values()}) == len(best))) or (
            len(best) > 1 and all(m.kind == "deadline" and "/" not in m.iso for m in best.values())
            and len({m.iso for m in best.values()}) == len(best)
            and not any(_month_end_twice(a.iso, b.iso) for a in best.values() for b in best.values()))
        # (10月31日前…，12月底前…: a day's and a month's deadline; not 4月底前…4月30日前, one day said twice)
        starts = [c[0] for c in sorted(best)] + [len(sentence)]
        # (年内…12个项目建成投用；梧江市区域医疗中心于9月正式开诊: parts joined by ；, each dated, are facts of
        # their own)
        # (not a span's statistics and a month's after ；, 1—10月…；10月份…: those stay one entry of the span)
        own = own or (len(best) > 1 and any(m.kind == "deadline" for m in best.values())
                      and all(_SEMICOLON.search(sentence, starts[k], starts[k + 1]) for k in range(len(best) - 1)))
        # (a local regulation adopted by the city's standing committee, approved by the province's, then in force:
        # …于2025年8月28日通过，…于2025年11月27日批准，…自2026年3月1日起施行, three facts)
        law_pair = not own and (len(best) in (2, 3) and all(m.precision == "day" and m.kind in ("point", "since")
                                                       for m in best.values())
                                and bool(_IN_FORCE.search(sentence)) and bool(_ADOPTED.search(
                                    sentence, 0, _IN_FORCE.search(sentence).start())))
        own = own or law_pair  # (于5月28日…批准，自2025年8月1日起施行: approved, then in force)
        # (the law both clauses are about, named by its title opening the sentence: each entry names it)
        law = _LAW_LEAD.match(sentence) if law_pair else None
        # (集中缴费期为2025年9月15日至12月31日，待遇享受期为2026年1月1日至12月31日: two slots, each named)
        own = own or (len(best) > 1 and all(_SLOT_BEFORE.search(sentence, c[0], best[c].start - ss) for c in best))
        # (项目计划今年12月开工建设，2027年6月建成投产: the milestones of a schedule, each dated, each an entry)
        own = own or (len(best) > 1 and all(m.precision in ("month", "day") and "/" not in m.iso
                                            and _MILESTONE.match(sentence, m.end - ss) for m in best.values()))
        own = own or act_then_plan(list(best.values()), sentence, ss, anchor)  # (…签约，预计2027年6月底前建成)
        # (春季免疫已于5月底前全面完成，秋季免疫于9月15日启动: each clause's act dated after its own 于, whatever kind)
        own = own or (len(best) > 1 and len({m.iso for m in best.values()}) == len(best) and all(
            sentence.endswith("于", 0, best[c].start - ss) for c in best) and not any(
            _month_end_twice(a.iso, b.iso) for a in best.values() for b in best.values()))  # (4月底前…4月30日前)
        for k, clause in enumerate(sorted(best)):
            m = best[clause]
            # (own: from the date's clause to the next date's clause, the sentence's end keeping its full stop)
            words = (sentence[clause[0]:starts[k + 1]].rstrip("，,；; ") if own
                     else event_text(sentence, m.start - ss, m.end - ss))
            if law and law.group() not in words:
                words = law.group() + words
            # (…项目一期9月建成投产，预计明年可新增产值30亿元: what was done dates the entry, not its estimated effect)
            estimate = sentence.endswith(_ESTIMATE_WORDS, 0, m.start - ss)
            rank = (m.kind != "deadline" or past_after_day(m, best, anchor), estimate,
                    not _opens_clause(sentence, clause[0], m.start - ss), _distance(m, anchor), k)
            found.append((rank, words, m))
        groups: list[list[tuple[tuple[bool, bool, bool, int, int], str, DateMatch]]] = []
        for item in found:
            group = next((g for g in groups if any(item[1] in w or w in item[1] for _, w, _ in g)), None)
            if group is None:
                groups.append([item])
            else:
                group.append(item)
        for group in groups:
            _, _, m = min(group)
            if m.precision == "year" and "/" not in m.iso:
                # (今年迎峰度夏期间，全市最高用电负荷于8月6日达到…: the year frames the season, the day after 于 dates
                # what happened)
                m = next((d for _, _, d in sorted(group) if d.precision in ("month", "day") and "/" not in d.iso
                          and d.iso[:4] == m.iso and sentence.endswith("于", 0, d.start - ss)), m)
            elif "/" in m.iso and m.iso[:4].isdigit():
                # (四季度，…将于10月起开展…专项行动: the quarter frames the work, the month after 于 dates its start)
                first, last = m.iso.split("/")
                m = next((d for _, _, d in sorted(group) if d.precision in ("month", "day") and "/" not in d.iso
                          and first[:7] <= d.iso[:7] <= last[:7] and sentence.endswith("于", 0, d.start - ss)), m)
            words = max((w for _, w, _ in group), key=len)
            if _GUIDELINES.search(words) and not _FIGURE.search(words):
                continue  # …，只要我们持续努力，在年底追赶国省依然大有希望: the dated clause is a hope
            if _BORN.match(sentence, m.end - ss) or _PLAN_FRAME.search(sentence):
                continue  # （1990年3月2日以后出生）: who may apply; 规划基准年为2025年，规划期为…: a plan's frame
            if _LOOK_BACK.search(sentence[:m.start - ss]):
                continue  # 近三年（2022年12月1日以来）具有…业绩: the window a condition looks back over, no event
            if _LABEL_DATE.search(sentence, 0, m.start - ss) or (
                    _LABEL_EXPIRY.search(sentence, 0, m.start - ss) and (
                        _in_brackets(sentence[:m.start - ss]) or _LICENCE.search(sentence, 0, m.start - ss))):
                continue  # （规格：200克/瓶，生产日期：2025年2月10日）: a product's label quoted, no event
            m = _as_of_flow(m, sentence, ss)
            m = _since_closed_year(m, anchor)
            m = _start_day(m)
            context = sentence[:m.start - ss] + words
            m = _next_year_task(m, anchor, context, under_goal)
            kind = _kind(m, anchor, context, words, under_goal, closed,
                         slot=bool(_SLOT_BEFORE.search(sentence, 0, m.start - ss)))
            if kind == "event" and m.precision == "year" and _YEAR_OF_REPORT.match(sentence, m.end - ss):
                kind = "period"  # 现将…门户网站2025年度工作报表予以公开: the year the report covers, not a dated act
            if kind == "period" and "/" in m.iso and sentence[:m.start - ss].rstrip().endswith("于") and \
                    _DONE_OVER_SPAN.match(sentence, m.end - ss):
                kind = "event"  # 我局于2025年8月至10月组织开展了…抽查: an action done over the span, not the span
            if kind == "period" and "/" in m.iso and m.precision == "day" and (SPAN_THEN_DONE.match(
                    sentence, m.end - ss) or SPAN_THEN_ACT.match(sentence, m.end - ss) and ended(m, anchor)):
                kind = "event"  # 2025年4月7日至5月30日，巡察组对…开展了常规巡察: the span heading it, likewise
            if kind == "period" and "/" in m.iso and _OCCURRED_OVER_SPAN.match(sentence, m.end - ss):
                kind = "event"  # 7月12日至14日全市出现一次强降雨过程: what happened over the span
            iso, precision = m.iso, m.precision
            if kind == "target" and precision != "year" and iso[:4].isdigit() and iso.split("/")[-1][:4] == iso[:4] \
                    and _year_goal(sentence, m.start - ss):
                # 下半年，…确保完成全年地区生产总值增长6%左右的目标: the figure is the year's goal
                iso, precision = iso[:4], "year"
            events.append(Event(date=iso, text=words, paragraph=pid, precision=precision, kind=kind,
                                sort_key=sort_key(iso), edge=m.edge if iso == m.iso else ""))
    events += goals
    events.sort(key=lambda e: text.find(e.text) if e.text in text else text.find(_LAW_LEAD.sub("", e.text)))
    return events


def _month_end_twice(month: str, day: str) -> bool:
    """A month's deadline and a day at its end (4月底前 and 4月30日前): one deadline said twice."""
    return len(month) == 7 and len(day) == 10 and day.startswith(month) and int(day[8:]) >= 28


# a heading of the tasks of a named year (四、2026年工作安排, 2026年工作打算, （三）2026年重点任务)
_PLAN_YEAR_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、．])?\s*"
                                r"((?:19|20)\d{2})\s*年(?:度)?(?:工作)?(?:安排|打算|计划|思路|重点任务|主要任务|重点工作|要求)"
                                r"[。：:]?\s*$")


def extract_events(doc: Document, meta: Metadata) -> list[Event]:
    anchor = document_anchor(doc, meta)
    published = Anchor.from_iso(doc.date or meta.date or "")
    rp = doc.reporting_period  # a closed period reported on (a holiday's results): no task of the young year
    closed = "/" in rp and sort_key(rp.split("/")[-1]) < sort_key(doc.date or meta.date or "9999")
    if anchor.year is None:
        log.info("%s: no document date; relative dates are not resolved", doc.id)
    events: list[Event] = []
    seen: set[str] = set()
    goal_level = 0  # level of the goals heading (二、工作目标) whose section we are in; 0: none
    plan_anchor: Anchor | None = None  # the start of the year a plan heading names (四、2026年工作安排)
    review_level, review = 0, None  # the heading of a review of a past year (一、2023年工作回顾) and its year
    text_review: int | None = None  # a review opened in running text, without headings (reporting.running_review)
    headed = False
    notes = False
    previous = ""  # the paragraph before (同日 refers to its event)
    glossary, glossary_level = False, 0  # inside a glossary section (第三部分 名词解释) and its heading's level
    accounts = accounts_year(doc)  # the year a department's final accounts close: its own figures are no events
    problems = 0  # the level of the problems heading whose section we are in; 0: none
    for p in doc.paragraphs:
        if p.heading > 0:
            headed, text_review = True, None
            glossary = GLOSSARY_HEAD.search(p.text) is not None or (glossary and p.heading > glossary_level)
            glossary_level = p.heading if GLOSSARY_HEAD.search(p.text) else glossary_level
            problems = p.heading if PROBLEMS_HEADING.match(p.text) else 0 if p.heading <= problems else problems
            plan = _PLAN_YEAR_HEADING.match(p.text)
            if goal_level and p.heading <= goal_level:
                goal_level, plan_anchor = 0, None  # the goals section has ended; its subheadings keep it
            if is_goal_heading(p.text):
                goal_level = p.heading
            elif plan and anchor.year is not None and int(plan.group(1)) > anchor.year:
                # (四、2026年工作安排 in a summary of 2025: its 3月底前, 5月底前 are the deadlines of 2026's tasks)
                goal_level, plan_anchor = p.heading, Anchor(int(plan.group(1)), 1, 1)
            if review_level and p.heading <= review_level:
                review_level, review = 0, None
            year = review_year(p.text, anchor)
            if year is not None and not review_level:
                review_level, review = p.heading, Anchor(year, 12, 31)
            if _PHASE_HEADING.match(p.text):  # （二）集中承保阶段（4月1日至6月30日）: a step of the plan, its span
                events += [replace(e, kind="period") for e in _paragraph_events(
                    p.text, p.id, plan_anchor or anchor, False, review, closed)
                           if "/" in e.date and fact_key(e.text) not in seen]
                seen.update(fact_key(e.text) for e in events[-1:] if e.paragraph == p.id)
            continue
        # the notes on method after a bulletin (注：1.…; 2.每千人口指标按2024年末常住人口…计算): no dated fact
        notes = bool(_NOTES_HEAD.match(p.text)) or (notes and bool(_NOTE_ITEM.match(p.text)))
        if p.role in _EVENT_SKIP_ROLES or _BRACKETED.fullmatch(p.text) or notes or _ABOUT_ITSELF.match(p.text) \
                or glossary or DEFINITION.match(p.text):
            continue  # (三、名词解释 / 2.上年结转和结余：指…: what a term means, no dated fact)
        taken: list[Event] = []  # this paragraph's events
        if not headed:
            text_review = running_review(p.text, published, text_review)
        current = review or (Anchor(text_review, 12, 31) if text_review is not None else None)
        found = _paragraph_events(p.text, p.id, plan_anchor or anchor, goal_level > 0, current, closed) or \
            _same_day(p.text, p.id, events[-1] if events and events[-1].paragraph == previous else None)
        previous = p.id
        for e in found:
            if _reference_date(e, doc) or grounds_data(e, doc) or (accounts and e.date[:4] == accounts and (
                    len(e.date) == 4 or e.date[4:8] in ("-12", "-12-"))) or (problems and AS_OF_HEAD.match(e.text)):
                continue  # (2024年度收入、支出决算总计…, 截至2024年12月31日，本部门共有车辆4辆: the accounts' year)
            key = fact_key(e.text)
            if key in seen or any(same_fact(e, t) for t in taken):
                continue
            seen.add(key)
            taken.append(e)
        events += taken
    if published == anchor:
        return events
    lead = next((p.id for p in doc.paragraphs if not p.heading and p.role not in _EVENT_SKIP_ROLES), "")
    return [_published_fact(_news_day(e, anchor, published) if e.paragraph == lead else e, anchor, published)
            for e in events]


_ESTIMATE_WORDS = ("预计", "预期", "估计")
_SAME_DAY = re.compile(r"^(?:同日|当日|同一天|当天)[，,]")


def _same_day(text: str, pid: str, before: Event | None) -> list[Event]:
    """A chronicle's entry dated by the one before it (3月5日，…。 then 同日，…揭牌。): the first sentence of a
    paragraph opening with 同日 is an event of the day of the event before (the last paragraph's, not a target)."""
    if before is None or before.precision != "day" or "/" in before.date or before.kind == "target" \
            or not _SAME_DAY.match(text):
        return []
    spans = sentence_spans(text)
    sentence = text[spans[0][0]:spans[0][1]].strip()
    if not _whole(sentence, len(spans) == 1) or is_rhetoric(sentence) or not _FOUR_CJK.match(sentence[3:]):
        return []
    return [Event(date=before.date, text=sentence, paragraph=pid, precision="day", kind=before.kind,
                  sort_key=before.sort_key)]



"""Timeline entries in English, from their data (status "derived") where that gives a true sentence.

An entry (``model.Event``) is a dated Chinese sentence. Its English is written only from what the model knows:

- a standard legal or procedural clause whose meaning is fixed and whose only variables are dates (and a term):
  本办法自2022年10月1日起施行 -> "These measures take effect on 1 October 2022."; 征求意见时间为…至… ->
  "Comments are accepted 1-31 July 2022.";
- otherwise the figures the sentence states, in the words of the key-figure rows (rows.py), when every figure of
  the sentence renders: "Figures for Q1 2022 — GDP: CNY 125.3 billion, +4.8% year on year; ..." when they share
  one period and status (said once, the values of one metric joined; "Figures — ..." when that period is the
  entry's own date, which the timeline's Date column shows), else "Figures stated — GDP: +4.8% year on year,
  Q1 2022; ..." (the entry's own period not said again). The lead says what the English is: the data of the
  sentence, not a translation of its wording.

Anything else stays in Chinese with status "missing" (the page shows it in the marked, language-tagged form).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Document, Event, Figure, TranslatedText
from .chronicle_frames import ended_response
from .comparisons import Context
from .event_frames import frame_clause, lead_and_deadline, milestone_only
from .facilities import completed_clause
from .figure_lists import TIMELINE_LEADS, figure_list
from .glossary import Glossary
from .memory import text_hash
from .periods import edge_period, english_period, on_period, the_period
from .progress_frames import progress_clause
from .rows import figure_row

# the number of a list's item opening the sentence (（三）, 二、, 3.)
ENUMERATOR_RE = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|"
                           r"\d{1,2}(?:[、．](?!\d)|\.(?=\s)))\s*")
# 本办法自…起施行: what "本…" refers to, in English (plural nouns take "take", singular "takes").
SELF_NAMES = {"办法": ("These measures", "take"), "措施": ("These measures", "take"),
              "规定": ("These provisions", "take"),
              "细则": ("These rules", "take"), "方案": ("This plan", "takes"), "意见": ("These opinions", "take"),
              "通知": ("This notice", "takes"), "决定": ("This decision", "takes"),
              "条例": ("These regulations", "take"), "公告": ("This announcement", "takes"),
              "实施方案": ("This implementation plan", "takes"), "通告": ("This notice", "takes")}
# (《细则》自…起施行 in an interpretation of the rules: "The rules ...")
SELF_RE = "(?P<self>本|《)(?P<what>" + "|".join(sorted(SELF_NAMES, key=len, reverse=True)) + ")》?"
DAY = r"\d{4}年\d{1,2}月\d{1,2}日"
EFFECT_RE = re.compile(r"^(?:第[一二三四五六七八九十百]+条)?\s*" + SELF_RE + "自" + DAY +
                       r"起(?:施行|实施|执行|实行|生效)(?:，有效期(?P<years>[1-9一二三四五])年)?[。.]?$")
# 本措施自2025年3月1日起施行，有效期至2027年12月31日 (one period event: extract/events.py)
IN_FORCE_RE = re.compile(r"^(?:第[一二三四五六七八九十百]+条)?\s*" + SELF_RE + "自" + DAY +
                         r"起(?:施行|实施|执行|实行|生效)[，,](?:有效期(?:至|到)|至)" + DAY + r"(?:止)?[。.]?")
# 本方案自印发之日起施行，有效期至2025年12月31日: in force from the date of issue (the event's date is the expiry)
ISSUED_UNTIL_RE = re.compile(r"^(?:第[一二三四五六七八九十百]+条)?\s*" + SELF_RE + r"自(?:印发|发布|公布)之日起"
                             r"(?:施行|实施|执行|实行|生效)[，,]有效期(?:至|到)" + DAY + r"(?:止)?[。.]?$")
UNTIL_RE = re.compile(r"^(?:第[一二三四五六七八九十百]+条)?\s*" + SELF_RE + "(?:的)?有效期至" + DAY + r"[。.]?$")
def _self_name(m: re.Match[str]) -> tuple[str, str]:
    """The English subject and verb of 本办法/《细则》: the document named by its short title is "The rules", not
    "These rules"."""
    subject, verb = SELF_NAMES[m.group("what")]
    return ("The " + subject.split(" ", 1)[1] if m.group("self") == "《" else subject), verb


YEARS = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "一": "one", "二": "two", "三": "three",
         "四": "four", "五": "five"}
# A meeting or an event held, opening a dated sentence (5月18日，石门县召开2022年防汛抗旱工作会议，部署…): the clause
# is rendered with the headline frames of titles.py; what the sentence adds after it (the meeting's agenda) is left
# out, so the English is true but says only that the meeting was held.
HELD_RE = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日[，,]\s*)?"
                     r"(?P<clause>[^，,。；;]+?(?:召开|举办|举行)[^，,。；;]+)(?:[，,][^。]*)?[。.]?$")
# A meeting as the subject of 召开/举行 (1月8日，全市经济工作会议召开。): "the <meeting> was held" (titles.py's meeting
# names; the place named for 全市 when it is the bulletin's region).
CONVENED_RE = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日[，,]\s*)?(?P<meeting>[^，,。；;在]+?(?:会议|大会))"
                         r"(?:在[^，,。；;]+)?(?:召开|举行)[。.]?$")
# A session of a people's congress opening or closing (1月9日上午，槐川县第十八届人民代表大会第五次会议在县会议中心隆重
# 开幕。): "On 9 January 2025, the Fifth Session of the 18th Huaichuan County People's Congress opened." (headlines.py)
SESSION_EVENT_RE = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?[，,]\s*)?"
                              r"(?P<session>[^，,。；;在]+?人民代表大会第[一二三四五六七八九十]+次会议)"
                              r"(?:在[^，,。；;]+)?(?:隆重|胜利)?(?P<verb>开幕|闭幕)[。.]?$")
CONSULT_RE = re.compile(r"^(?:[一二三四五六七八九十]+、)?(?:公开)?征求意见(?:的)?(?:时间|期限)为" + DAY +
                        r"至(?:\d{4}年)?\d{1,2}月\d{1,2}日[。.]?$")

# a named window of an insurance year (2026年度居民医保集中缴费期为2025年9月15日至2025年12月31日, 待遇享受期为…至…):
# the window's name and its dates (project renderings)
SLOT_NAMES = {"集中缴费期": "Main payment period", "缴费期": "Payment period", "集中征缴期": "Main payment period",
              "待遇享受期": "Benefit period", "待遇期": "Benefit period"}
SLOT_RE = re.compile(r"^(?:\d{4}年度)?[^，,。；;：:\d]{0,10}?(?P<slot>"
                     + "|".join(sorted(SLOT_NAMES, key=len, reverse=True))
                     + r")为" + DAY + r"至(?:\d{4}年)?\d{1,2}月\d{1,2}日[。.]?$")

# a publicity window (公示时间为2025年3月18日至2025年4月16日，共30天; 公示期为…): the window and its length
# (project rendering)
PUBLICITY_RE = re.compile(r"^(?:[一二三四五六七八九十]+、)?公示(?:时间|期|期限|日期)(?:为|[：:])" + DAY
                          + r"至(?:\d{4}年)?\d{1,2}月\d{1,2}日"
                          r"(?:[，,]?[（(]?共(?P<days>\d{1,3})(?P<unit>个工作日|天)[）)]?)?[。.]?$")


# the steps of a recruitment, enrolment or hearing notice, dated (报名时间为2026年7月6日至7月10日, 笔试时间：
# 2026年3月28日上午9:00—11:30): the step and its dates, what follows a comma (报名电话…) left out; project renderings
WINDOW_NAMES = {"报名": "Registration", "网上报名": "Online registration", "现场报名": "On-site registration",
                "现场审核": "On-site verification", "资格审核": "Eligibility review",
                "资格复审": "Eligibility re-examination", "缴费": "Payment", "缴费确认": "Payment confirmation",
                "准考证打印": "Admission ticket printing", "笔试": "Written examination", "面试": "Interview",
                "体检": "Medical examination", "随机录取": "Random admission draw", "申报": "Applications",
                "受理": "Applications accepted",
                # a land-use rights listing (挂牌时间为…至…; 挂牌出让 "listing", project rendering)
                "挂牌": "Listing period"}
CLOCK = r"(?:上午|下午|晚上)?(?:\d{1,2}[:：]\d{2}|\d{1,2}时(?:\d{1,2}分)?)?"
WINDOW_RE = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?[^，,。；;：:\d]{0,10}?"
                       r"(?P<name>" + "|".join(sorted(WINDOW_NAMES, key=len, reverse=True))
                       + r")(?:时间|日期)(?:为|[：:])"
                       + DAY + CLOCK + r"(?:\s*[—–\-－至~]\s*(?:(?:\d{4}年)?\d{1,2}月)?(?:\d{1,2}日)?" + CLOCK + r")?"
                       r"(?:[，,；;][^。]*)?[。.]?$")

# the term a plan or a document runs for (本计划期限为2026年1月1日至2026年12月31日, 本方案实施期限为…): "This plan
# covers 1 January to 31 December 2026" (project rendering)
TERM_RE = re.compile(r"^(?:第[一二三四五六七八九十百]+条)?\s*" + SELF_RE.replace("(?P<what>", "(?P<what>计划|")
                     + r"(?:的)?(?:实施|执行|有效)?(?:期限|期)为" + DAY + r"至" + DAY + r"(?:止)?[。.]?$")

# results to be published on or by a day (录取结果于2026年7月25日前在县教育局网站公布), a meeting fixed for a day
# (听证会定于2025年12月5日上午9:00在…举行): scheduled steps of a notice, where they happen left out (project renderings)
RESULTS = {"录取": "Admission results", "抽查": "Spot-check results", "评审": "Review results",
           "考试": "Examination results", "笔试": "Written examination results", "面试": "Interview results"}
RESULTS_RE = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?(?:[^，,。；;]*[，,])?"
                        r"(?P<what>" + "|".join(sorted(RESULTS, key=len, reverse=True)) + r")?结果(?:将)?于"
                        + DAY + r"(?P<by>前)?(?:在[^，,。；;]{2,20})?(?:公布|公示|发布)[。.]?$")
MEETINGS = {"听证会": "A public hearing", "座谈会": "A symposium", "新闻发布会": "A press conference",
            "发布会": "A press conference"}
FIXED_RE = re.compile(r"^(?P<what>" + "|".join(sorted(MEETINGS, key=len, reverse=True)) + r")(?:定于|将于)" + DAY
                      + CLOCK + r"(?:在[^，,。；;]{2,40})?(?:召开|举行)[。.]?$")

_on = on_period


# a law or a document named by its title that takes effect on a day (《澜汐市河道管理条例》自2025年8月1日起施行):
# "The <title> take(s) effect on <day>", the title in the words of the title templates (titles.py)
TITLED_EFFECT_RE = re.compile(r"^《(?P<title>[^》]{4,60}?(?P<kind>"
                              + "|".join(sorted(SELF_NAMES, key=len, reverse=True))
                              + r"))》(?:已经[^，,。]{2,30}?(?:批准|通过)[，,])?自" + DAY
                              + r"起(?:施行|实施|执行|实行|生效)[。.]?$")


def titled_effect(event: Event, glossary: Glossary, region: str = "") -> str | None:
    """《X条例》自2025年8月1日起施行 -> 'The Lanxi Regulations on ... take effect on 1 August 2025.'; None unless the
    title renders in full."""
    from .titles import TitleRenderer

    m = TITLED_EFFECT_RE.match(re.sub(r"\s+", "", event.text))
    when = english_period(event.date)
    if not m or when is None or event.precision != "day":
        return None
    item = TitleRenderer(glossary).title(m.group("title"), "", region)
    if item is None or item.status != "derived":
        return None
    verb = SELF_NAMES[m.group("kind")][1]
    return f"The {item.text} {verb} effect {_on(when)}."


def standard_clause(event: Event) -> str | None:
    """English for a fixed legal or procedural clause whose only variable is the event's date."""
    text = re.sub(r"\s+", "", event.text)
    when = english_period(event.date)
    if when is None:
        return None
    m = EFFECT_RE.match(text)
    if m and event.precision == "day":
        subject, verb = _self_name(m)
        if m.group("years"):
            be = "are" if verb == "take" else "is"
            n = YEARS[m.group("years")]
            return f"{subject} {verb} effect {_on(when)} and {be} valid for {n} year{'s' if n != 'one' else ''}."
        return f"{subject} {verb} effect {_on(when)}."
    m = IN_FORCE_RE.match(text)
    if m and "/" in event.date and len(event.date) == 21:
        subject, verb = _self_name(m)
        first, last = (english_period(p) for p in event.date.split("/"))
        return f"{subject} {verb} effect on {first} and {'are' if verb == 'take' else 'is'} valid until {last}."
    m = ISSUED_UNTIL_RE.match(text)
    if m and event.precision == "day" and "/" not in event.date:
        subject, verb = _self_name(m)
        be = "are" if verb == "take" else "is"
        return f"{subject} {verb} effect on the date of issue and {be} valid until {when}."
    m = UNTIL_RE.match(text)
    if m and event.precision == "day":
        subject, verb = _self_name(m)
        return f"{subject} {'are' if verb == 'take' else 'is'} valid until {when}."
    if (term := TERM_RE.match(text)) and "/" in event.date:
        subject = SELF_NAMES.get(term.group("what"), ("This plan", "takes"))[0]
        if term.group("self") == "《":
            subject = "The " + subject.split(" ", 1)[1]
        return f"{subject} {'cover' if subject.endswith('s') else 'covers'} {when}."
    if CONSULT_RE.match(text) and "/" in event.date:
        return f"Comments are accepted {when}."
    if (publicity := PUBLICITY_RE.match(text)) and "/" in event.date:
        days = publicity.group("days")
        unit = "working days" if publicity.group("unit") == "个工作日" else "days"
        return f"Publicity period: {when}" + (f" ({days} {unit})." if days else ".")
    if (slot := SLOT_RE.match(text)) and "/" in event.date:
        return f"{SLOT_NAMES[slot.group('slot')]}: {when}."
    if (window := WINDOW_RE.match(text)) and event.precision in ("day", "interval"):
        return f"{WINDOW_NAMES[window.group('name')]}: {when}."
    if (results := RESULTS_RE.match(text)) and event.precision == "day":
        what = RESULTS.get(results.group("what") or "", "Results")
        return f"{what} to be published {'by' if results.group('by') else 'on'} {when}."
    if (fixed := FIXED_RE.match(text)) and event.precision == "day":
        return f"{MEETINGS[fixed.group('what')]} is to be held on {when}."
    return None


# 白沙镇2022年中国农民丰收节庆祝活动在镇文化广场举行: an event "held at" a place, said actively for the frames above
# (10月15日上午，临溪区2025年第三季度招商引资项目集中签约仪式在区行政中心举行: a ceremony, as headlines.py names it)
PASSIVE_HELD_RE = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?[，,]\s*)?"
                             r"(?P<who>全[市县区]|[^，,。在]{2,12}?(?:市|县|区|镇|乡))"
                             r"(?P<what>[^，,。在]+?(?:活动|仪式))(?:在[^，,。]+?)?(?:举行|举办|开幕)(?:[，,][^。]*)?[。.]?$")
# 2024年中国农民丰收节棠溪区庆祝活动在清水镇举行: the programme before the place that celebrates it (the bulletin's
# region), said as PASSIVE_HELD_RE's order (棠溪区 + 2024年中国农民丰收节庆祝活动)
PROGRAMME_FIRST_RE = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?[，,]\s*)?"
                                r"(?P<programme>\d{4}年[^，,。在]{2,20}?)(?P<who>{region})"
                                r"(?P<what>(?:庆祝|主题|系列)?活动)(?:在[^，,。]+?)?(?:举行|举办|开幕)(?:[，,][^。]*)?[。.]?$")
# 市政府召开…: the document's own government, named after its region (枫林市 + 人民政府)
OWN_GOVERNMENTS = {"市政府": "市", "县政府": "县", "区政府": "区", "州政府": "州"}


def held_clause(event: Event, glossary: Glossary, region: str = "") -> str | None:
    """'On 18 May 2022, Shimen County held the 2022 Flood Control and Drought Relief Work Conference.' when the
    sentence opens with a meeting or event whose every part renders (titles.py frames), else None."""
    from .titles import TitleRenderer, _the

    text = re.sub(r"\s+", "", event.text)
    convened = CONVENED_RE.match(text)
    when = english_period(event.date)
    session = SESSION_EVENT_RE.match(text)
    if session and when is not None and event.kind != "target" and "/" not in event.date:
        from .headlines import headline

        named = headline(TitleRenderer(glossary), session.group("session") + session.group("verb"), region)
        if named is None or not named.startswith("The "):
            return None
        opened = named.removeprefix("The ").removesuffix(" Opens").removesuffix(" Closes")
        verb = "opened" if session.group("verb") == "开幕" else "closed"
        return f"{_on(when)[:1].upper()}{_on(when)[1:]}, the {opened} {verb}."
    if convened and when is not None and event.kind != "target" and "/" not in event.date:
        from .titles import Parts

        parts = Parts([])
        meeting = TitleRenderer(glossary).meeting(convened.group("meeting"), parts, region)
        if parts.missing:
            return None
        return f"{_on(when)[:1].upper()}{_on(when)[1:]}, the {meeting} was held."
    passive = PASSIVE_HELD_RE.match(text)
    first = re.match(PROGRAMME_FIRST_RE.pattern.replace("{region}", re.escape(region)), text) if region else None
    if first:  # (the programme first: its year and name are not the place that holds it)
        text, passive = f"{first.group('who')}举办{first.group('programme')}{first.group('what')}", None
    who = passive.group("who") if passive else ""
    if who.startswith("全") and len(who) == 2:  # 全县…仪式在…举行: the bulletin's county holds it
        who, passive = (region, passive) if region and who[1] == region[-1] else ("", None)
    m = HELD_RE.match(text if not passive else f"{who}举办{passive.group('what')}")
    when = english_period(event.date)
    if not m or when is None or event.kind == "target" or "/" in event.date:
        return None
    clause = m.group("clause")
    own = next((g for g in OWN_GOVERNMENTS if clause.startswith(g)), "")
    if own:
        if not region.endswith(OWN_GOVERNMENTS[own]):
            return None
        clause = region + "人民政府" + clause[len(own):]
    item = TitleRenderer(glossary).title(clause)
    if item is None or item.status != "derived" or " Holds " not in item.text:
        return None
    who, _, what = item.text.partition(" Holds ")
    if own or who.endswith(("Government", "Bureau", "Office", "Commission", "Committee")):
        who = _the(who)  # a body takes the article: "the Fenglin Municipal People's Government"
    if what.endswith(" Events"):  # a programme's events: the programme keeps its capitals
        what = what.removesuffix(" Events")
        # a year's edition needs its article: "events for the 2024 Chinese Farmers' Harvest Festival", not "held
        # 2024 Chinese Farmers' Harvest Festival events" (review_2026-12-b class U2)
        what = f"events for the {what}" if re.match(r"\d{4} ", what) else what + " events"
    elif what.startswith(("a Meeting to ", "a Press Conference")):  # a description, not a name: lower case
        what = what.lower()
    elif what.startswith(("Signing Ceremony", "Groundbreaking Ceremony")):  # headlines.py's ceremony, said in a text
        what = "a " + what.split(";")[0].lower()
    return f"{_on(when)[:1].upper()}{_on(when)[1:]}, {who} held {what}."


def _completed(event: Event, glossary: Glossary) -> str | None:
    """A facility completed or put into operation (facilities.py), dated by the entry."""
    when = english_period(event.date)
    if when is None or "/" in event.date or event.precision not in ("month", "day"):
        return None
    return completed_clause(event.text, when, event.kind == "target", glossary)


def _framed(event: Event, glossary: Glossary, region: str) -> str | None:
    """A fact in one of event_frames.py's frames (issued, signed, inspected, a meeting held), dated by the entry."""
    when = english_period(event.date)
    days = "/" in event.date and all(len(d) == 10 for d in event.date.split("/"))  # 6月20日至22日，…
    if when is None or ("/" in event.date and not days) or event.kind == "target" or (
            event.precision not in ("month", "day") and not days):
        return None
    return frame_clause(event.text, when, glossary, region)


def _ended(doc: Document, event: Event) -> str | None:
    """A clause that ends an emergency response without naming it (…提升至防汛Ⅲ级应急响应，7月6日终止): the response
    the paragraph names before it (chronicle_frames.ended_response), dated by the entry; else None."""
    when = english_period(event.date)
    para = next((p for p in doc.paragraphs if p.id == event.paragraph), None)
    at = para.text.find(event.text) if para and when and len(event.date) == 10 else -1
    if at < 0:
        return None
    opening = on_period(when)  # type: ignore[arg-type]
    return ended_response(event.text, para.text[:at], opening[:1].upper() + opening[1:])  # type: ignore[union-attr]


def _progress(event: Event, glossary: Glossary, region: str) -> str | None:
    """A year's programme in progress (progress_frames.py): a deadline to start or to meet the targets, the targets
    met, a congress voting on the programme; dated by the entry."""
    when = english_period(event.date)
    if when is None or "/" in event.date or event.precision not in ("month", "day"):
        return None
    from .titles import TitleRenderer

    place = TitleRenderer(glossary).region_short(region) if region else None
    return progress_clause(event.text, when, event.kind == "target", glossary, place or "")


def figures_by_paragraph(doc: Document) -> dict[str, list[Figure]]:
    """The document's figures grouped by paragraph id, built once per document (events x figures is quadratic)."""
    index: dict[str, list[Figure]] = {}
    for fig in doc.figures:
        if fig.text:
            index.setdefault(fig.paragraph, []).append(fig)
    return index


def stated_in(figures: list[Figure], text: str) -> list[Figure]:
    """The figures stated in a sentence: span inside it, and read from that sentence (or a clause of it) — the same
    number in another sentence of the paragraph (增长8.5% twice) is another figure."""
    sentence = re.sub(r"\s+", "", text)

    def same(fig: Figure) -> bool:
        own = re.sub(r"\s+", "", fig.sentence)
        return not own or own in sentence or sentence in own

    return [f for f in figures if f.text and f.text in text and same(f)]


def _figures_in(index: dict[str, list[Figure]], event: Event) -> list[Figure]:
    """The figures stated in the event's sentence, among its paragraph's."""
    return stated_in(index.get(event.paragraph, []), event.text)


def _years(period: str) -> set[int]:
    """The years an ISO date or interval touches (2024-01/2024-06 -> {2024})."""
    first, _, last = period.partition("/")
    try:
        return set(range(int(first[:4]), int((last or first)[:4]) + 1))
    except ValueError:
        return set()


def _same_years(period: str, date: str) -> bool:
    return bool(_years(period) & _years(date))


# a rule taking effect on a day with the standards it sets (自2025年1月1日起，…按每孩每年3600元的标准发放育儿补贴)
FROM_DAY_RE = re.compile(r"^(?:[^，,。；;]{0,12}?[，,])?自" + DAY + r"起")


def _standards_from(event: Event, figures: list[Figure], glossary: Glossary, ctx: Context) -> str | None:
    """"From 1 January 2025 — childcare subsidy standard: CNY 3,600 per child per year." when the entry is a rule's
    start and every figure it states is a standing requirement that renders; None otherwise."""
    if not FROM_DAY_RE.match(event.text) or any(f.status != "requirement" or f.period for f in figures):
        return None
    rows = [figure_row(f, glossary, ctx) for f in figures]
    if any(r.status != "derived" or not r.text.endswith(" (requirement)") for r in rows):
        return None
    items = [r.text.removesuffix(" (requirement)") for r in rows]
    return f"From {english_period(event.date)} — " + "; ".join(t[:1].lower() + t[1:] for t in items) + "."


def event_english(doc: Document, event: Event, glossary: Glossary, ctx: Context,
                  index: dict[str, list[Figure]] | None = None, region: str = "") -> TranslatedText:
    """The English of one timeline entry, or the Chinese with status "missing".

    ``index`` is ``figures_by_paragraph(doc)``; pass it when translating several events of one document; ``region``
    is the bulletin's (市政府 in a sentence is its government)."""
    digest, original = text_hash(event.text), event.text
    if marker := ENUMERATOR_RE.match(event.text):  # （三）计划投资…: the list's number is no part of the sentence
        event = replace(event, text=event.text[marker.end():])
    by = the_period(edge_period(event.date, event.edge))  # ("the end of October 2026": a deadline's date)
    clause = standard_clause(event) or titled_effect(event, glossary, region) \
        or held_clause(event, glossary, region) or _completed(event, glossary) \
        or _framed(event, glossary, region) or _progress(event, glossary, region) or _ended(doc, event) \
        or lead_and_deadline(event.text, by, glossary, region) \
        or (milestone_only(event.text, by) if event.kind == "target" else None)
    if clause:
        return TranslatedText(clause, "derived", digest)
    figures = _figures_in(index if index is not None else figures_by_paragraph(doc), event)
    if figures and (standing := _standards_from(event, figures, glossary, ctx)):
        return TranslatedText(standing, "derived", digest)
    if figures and not any(_same_years(f.period, event.date) for f in figures if f.period):
        figures = []  # the entry is dated by another part of the sentence (到2025年底实现全覆盖), not its figures
    month = event.date[:7] if len(event.date) >= 7 and "/" not in event.date else ""
    if figures and month and not any(month in f.period for f in figures):
        # 全年计划实施重点项目16个…；确保厂房三期于6月底前开工建设: the month is the other clause's deadline, the
        # figures are the year's (their list would stand under "June 2025" as if they were due then)
        figures = []
    if figures:
        rows = [figure_row(f, glossary, ctx) for f in figures]
        if all(r.status == "derived" for r in rows):
            grouped = figure_list(figures, glossary, ctx, TIMELINE_LEADS, dated=event.date)
            if grouped:
                return TranslatedText(grouped, "derived", digest)
            targets = all(f.is_target or f.status == "target" for f in figures)
            lead = "Targets stated" if targets else "Figures stated"  # the rows as they are (a row without value)
            return TranslatedText(f"{lead}: {'; '.join(r.text for r in rows)}.", "derived", digest)
    return TranslatedText(original, "missing", digest)

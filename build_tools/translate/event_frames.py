"""Timeline entries in English by general frames: who acted, what was done, on what, dated by the entry.

A chronicle (大事记) or a news item states one fact per dated sentence: a body or a leader's office (the subject), a
verb of a known kind, an object. Each part is rendered from the existing vocabulary, and the sentence is written
only when every part renders; anything else returns None (the entry stays in Chinese, marked):

- the subject: a body of the bulletin's own region said short (区委 "the CPC Tangxi District Committee", 区政府, 区政府
  办公室, 区应急管理局, 区委、区政府 "... and ..."), a named body or place (names.py, titles.py), a leader by office and
  name (市委书记陈立新 "Chen Lixin, Secretary of the Municipal Party Committee,", 副市长周海波 "Vice Mayor Zhou
  Haibo": persons.py, the names read, never invented), an executive meeting of a government (区政府常务会议 "an
  executive meeting of the ... Government");
- the frames (project renderings after the wording of Xinhua's English reports, "P" in translations/README.md):
  X召开<meeting> "X held the <meeting>" (titles.py's meeting names); 印发/发布/出台《X》 "issued the X" (the title
  by titles.py); 审议通过《X》 "deliberated and adopted the X";
  A与B签订/签署<agreement> "A signed <a strategic cooperation agreement> with B"; <leader>(带队)到<place>调研/视察/
  督导/检查<work> "inspected <work> in <place>" ("led a team to <place> to inspect <work>"); the N-th meeting of a
  people's congress standing committee, a plenary session or a meeting of the own Party committee, "was held";
  <project>开工 "construction of <project> started"; <name>当选为<place><office> "<name> was elected Head of
  <place>"; <programme>在<place>开幕 "the <programme> opened in <place>"; <who>被命名为/获评“<title>” "was named a
  <title>" ("won the title of" for 荣获) when the glossary has the programme or the title;
- what the sentence adds after the clause (an agenda, figures, the people present) is left out: the English is true
  and says only that.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .glossary import Glossary
from .periods import on_period, ordinal
from .title_words import cn_int

if TYPE_CHECKING:
    from .titles import TitleRenderer

# the date the entry opens with (its English comes from the event's date), or 同日 (the day of the entry before)
HEAD = r"^(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:上午|下午|晚上?)?[，,]\s*|同日[，,]\s*)?"
REST = r"(?:[，,；;][^。]*)?[。.]?$"  # the rest of the sentence, left out
LEVEL_CHARS = "市县区州旗镇乡"
# the party secretaries, as the speeches' titles (title_tables.SPEAKER_OFFICES); heads of governments (bylines)
LEADER_OFFICES = ("市委书记", "县委书记", "区委书记", "州委书记", "省委书记", "市长", "副市长", "县长", "副县长",
                  "区长", "副区长", "镇长", "乡长")
LEADER = "(?P<office>" + "|".join(sorted(LEADER_OFFICES, key=len, reverse=True)) + r")(?P<name>[\u4e00-\u9fff]{2,3}?)"
INSPECT_RE = re.compile(HEAD + LEADER + r"(?P<lead>带队|率队|带领调研组|率调研组)?(?:到|赴|深入)"
                        r"(?P<place>[\u4e00-\u9fff、]{2,32}?(?:市|县|区|镇|乡|街道))(?:调研|视察|督导|检查|督查)"
                        r"(?P<what>[^，,。；;、]{2,20}?)(?:情况)?" + REST)
ISSUED_RE = re.compile(HEAD + r"(?P<who>[^，,。；;《》]{2,30}?)(?:正式)?(?P<verb>印发|发布|出台|审议通过)(?:了)?"
                       r"《(?P<title>[^《》]{4,80})》" + REST)
VERBS = {"印发": "issued", "发布": "issued", "出台": "issued", "审议通过": "deliberated and adopted"}
AGREEMENTS = {"战略合作框架协议": "a strategic cooperation framework agreement",
              "战略合作协议": "a strategic cooperation agreement", "合作框架协议": "a cooperation framework agreement",
              "框架协议": "a framework agreement", "合作协议": "a cooperation agreement",
              "投资协议": "an investment agreement", "合作备忘录": "a memorandum of cooperation",
              "校地合作协议": "a cooperation agreement"}  # (between a college and a local government)
SIGNED_RE = re.compile(HEAD + r"(?P<a>[^，,。；;与]{2,30}?)与(?P<b>[^，,。；;与]{2,30}?)(?:签订|签署)(?:了)?"
                       r"(?P<kind>" + "|".join(sorted(AGREEMENTS, key=len, reverse=True)) + ")" + REST)
# 区委、区政府召开全区优化营商环境大会: a body (or two) holding a meeting titles.py names
HELD_RE = re.compile(HEAD + r"(?P<who>[^，,。；;在]{2,30}?)(?:在[^，,。；;]+)?(?:召开|举行|举办)"
                     r"(?P<meeting>[^，,。；;]{2,40}?(?:会议|大会|推进会|座谈会))" + REST)
# 区十八届人大常委会第十九次会议召开 (the standing committee of the own region's people's congress)
STANDING_RE = re.compile(HEAD + r"(?P<place>[\u4e00-\u9fff]{0,10}?[" + LEVEL_CHARS + r"])"
                         r"第?(?P<term>[一二三四五六七八九十]+)"
                         r"届人大常委会第(?P<n>[一二三四五六七八九十]+)次(?:会议|全体会议)(?:在[^，,。；;]+)?"
                         r"(?:召开|举行)" + REST)
# 区委召开十二届六次全体会议(暨全区经济工作会议): a plenary session of the own Party committee ("the Sixth Plenary
# Session of the 12th CPC Tangxi District Committee", as "the Third Plenary Session of the 20th CPC Central Committee")
PLENARY_RE = re.compile(HEAD + r"(?P<own>[" + LEVEL_CHARS + r"])委(?:召开|举行)?(?:中共[^，,。；;]{2,10}?委员会)?"
                        r"第?(?P<term>[一二三四五六七八九十]+)届(?P<n>[一二三四五六七八九十]+)次全体(?:会议|扩大会议)"
                        r"(?:暨(?P<also>[^，,。；;]{2,30}?))?(?:在[^，,。；;]+)?(?:召开|举行)?" + REST)
# 县十九届人大五次会议开幕: a session of the own people's congress said short (headlines.py says the long form)
CONGRESS_RE = re.compile(HEAD + r"(?P<place>[\u4e00-\u9fff]{0,10}?[" + LEVEL_CHARS + r"])第?"
                         r"(?P<term>[一二三四五六七八九十]+)届人大第?(?P<n>[一二三四五六七八九十]+)次会议"
                         r"(?:在[^，,。；;]+)?(?:隆重|胜利)?(?P<verb>开幕|闭幕|召开|举行)" + REST)
# 华康生物医药产业园项目开工建设: a project or facility started (its name by names.py / facilities.py)
STARTED_RE = re.compile(HEAD + r"(?P<what>[^，,。；;]{2,40}?)(?:正式|集中)?开工(?:建设)?" + REST)
INVESTED_RE = re.compile(r"^总投资(?P<n>\d+(?:\.\d+)?)(?P<unit>亿元|万元)的(?P<what>.+)$")
# 李明当选为枫林县人民政府县长: a person elected to an office of a government (bylines.OFFICES)
ELECTED_RE = re.compile(HEAD + r"(?:[^，,。；;]{2,40}?[，,])?(?P<name>[\u4e00-\u9fff]{2,4}?)(?:当选为|当选|被选举为)"
                        r"(?P<place>[\u4e00-\u9fff]{2,12}?[" + LEVEL_CHARS + r"])(?:人民政府)?"
                        r"(?P<office>市长|县长|区长|镇长|乡长|副市长|副县长|副区长)" + REST)
# 第二届中国农民丰收节在白沙镇开幕: a programme of the glossary opening (in a place)
OPENED_RE = re.compile(HEAD + r"(?:(?P<year>\d{4})年)?(?:第(?P<n>[一二三四五六七八九十]{1,3})届)?"
                       r"(?P<name>[^，,。；;在]{2,30}?)(?:在(?P<where>[^，,。；;]{2,16}?))?(?:隆重|正式)?开幕"
                       + REST)
# 白沙镇被命名为“全国文明村镇”: a title of the glossary conferred (获评 "was rated", 荣获…称号, 入选 "was selected as")
NAMED_RE = re.compile(HEAD + r"(?P<who>[^，,。；;“”]{2,20}?)"
                      r"(?P<verb>被命名为|被评为|获评|荣获|获得|入选为|入选|被确定为)"
                      r"“(?P<title>[^“”]{2,30})”(?:称号|荣誉称号)?" + REST)
# 区委经济工作会议召开: a meeting of the own Party committee (titles.py names the meeting)
NEWS_LEAD = re.compile(r"^(?:本报讯|本台讯|本网讯)(?:[（(][^）)]{0,20}[）)])?")
# 全区第三次全国土壤普查工作推进会召开: a meeting held, its host not named (the meeting's name says whose)
MEETING_HELD_RE = re.compile(HEAD + r"(?P<meeting>[^，,。；;]{4,40}?"
                             r"(?:会议|大会|推进会|分析会|座谈会|观摩会|现场会|动员会|部署会))"
                             r"(?:在[^，,。；;]+)?(?:隆重)?(?:召开|举行)" + REST)
PARTY_MEETING_RE = re.compile(HEAD + r"(?P<own>[" + LEVEL_CHARS + r"])委(?P<meeting>[^，,。；;在]{2,20}?(?:会议|大会))"
                              r"(?:在[^，,。；;]+)?(?:召开|举行)" + REST)


def own_name(zh: str, region: str) -> str:
    """区委 -> 棠溪区委, 区政府办公室 -> 棠溪区人民政府办公室 for a bulletin of 棠溪区 (a body of its own level said
    short); the text itself otherwise."""
    if not region or not zh or zh[0] != region[-1] or zh.startswith(region):
        return zh
    rest = zh[1:]
    if rest.startswith("政府"):
        rest = "人民" + rest
    return region + rest


def body_en(zh: str, glossary: Glossary, region: str) -> str | None:
    """The English of who acted, with its article: a body ("the Tangxi District People's Government"), a place
    ("Tangxi District"), two bodies joined by 、 ("the CPC ... and the ..."), a government's executive meeting; None
    unless every part renders."""
    from .enterprises import company_en
    from .titles import PLACE_SUFFIX_RE, TitleRenderer, _the

    if "、" in zh:
        parts = [body_en(p, glossary, region) for p in zh.split("、")]
        return " and ".join(p for p in parts if p) if all(parts) and len(parts) == 2 else None
    if zh.endswith("常务会议"):
        government = body_en(zh.removesuffix("常务会议"), glossary, region)
        return f"an executive meeting of {government}" if government and "Government" in government else None
    full = own_name(zh, region)
    renderer = TitleRenderer(glossary)
    if PLACE_SUFFIX_RE.fullmatch(full):
        return renderer.region(full)
    name = renderer.body(full)
    return _the(name) if name else company_en(full, glossary) or university_en(full, renderer)


COLLEGES = {"大学": "University", "职业技术学院": "Vocational and Technical College",
            "职业学院": "Vocational College", "师范学院": "Normal College", "学院": "College"}


def university_en(zh: str, renderer: TitleRenderer) -> str | None:
    """沅州大学 -> 'Yuanzhou University', 汀州职业技术学院 -> 'Tingzhou Vocational and Technical College' (named after
    its city, two characters; project renderings), else None."""
    kind = next((k for k in COLLEGES if zh.endswith(k)), None)
    if kind is None or len(zh) - len(kind) not in (2, 3, 4):
        return None
    place = renderer.region_short(zh.removesuffix(kind) + "市") if len(zh) - len(kind) == 2 else None
    return f"{place} {COLLEGES[kind]}" if place else None


def _leader(office: str, name_zh: str, glossary: Glossary, region: str = "") -> str | None:
    """市委书记陈立新 -> 'Chen Lixin, Secretary of the Municipal Party Committee,'; of the bulletin's own level
    (区委书记 in a district's text) 'Secretary of the CPC Tangxi District Committee'; 副市长周海波 -> 'Vice Mayor Zhou
    Haibo'; None unless the name reads as a name (persons.py)."""
    from .bylines import OFFICES
    from .persons import person_en
    from .title_tables import SPEAKER_OFFICES

    name = person_en(name_zh, glossary)
    if not name:
        return None
    committee = body_en(office[0] + "委", glossary, region) if office.endswith("委书记") else None
    if committee and "CPC" in committee:
        return f"{name}, Secretary of {committee},"
    return f"{name}, {SPEAKER_OFFICES[office]}," if office in SPEAKER_OFFICES else f"{OFFICES[office][0]} {name}"


def _work(zh: str, glossary: Glossary) -> str | None:
    """The work inspected, in lower case with its article (乡村振兴工作 -> 'rural revitalization', 重点项目建设 -> 'the
    construction of key projects'); None unless it renders whole. A name inside (a place, a quoted title) is not
    lowered: the frame declines it."""
    from .titles import TitleRenderer

    if re.search(r"[“”《》]|[" + LEVEL_CHARS + "]$", zh):
        return None
    english = TitleRenderer(glossary).subject(zh)
    if not english or any(w[:1].isupper() and w.upper() == w and len(w) > 1 for w in english.split()):
        return None  # (an abbreviation in capitals: its case is its own)
    return re.sub(r"\bparty\b", "Party", english.lower())  # (the Party keeps its capital: Party building)


def _plenary(m: re.Match[str], opening: str, renderer: TitleRenderer, region: str) -> str | None:
    """'On 3 January 2024, the Sixth Plenary Session of the 12th CPC Tangxi District Committee (and the Tangxi
    District Economic Work Conference) was held'; None unless every part renders."""
    from .report_titles import ORDINAL_WORDS
    from .titles import Parts

    committee = body_en(m.group("own") + "委", renderer.glossary, region)
    term, n = cn_int(m.group("term")), cn_int(m.group("n"))
    if committee is None or "CPC" not in committee or not term or not n:
        return None
    name = committee.removeprefix("the ")
    session = f"the {ORDINAL_WORDS.get(n, ordinal(n))} Plenary Session of the {ordinal(term)} {name}"
    if not m.group("also"):
        return f"{opening}, {session} was held."
    parts = Parts([])
    meeting = renderer.meeting(m.group("also"), parts, region)
    return None if parts.missing else f"{opening}, {session} and the {meeting} were held."


def _started(text: str, opening: str, renderer: TitleRenderer, region: str) -> str | None:
    """'On 8 March 2025, construction of the Huakang Biomedicine Industrial Park Project started.'"""
    from .enterprises import project_en
    from .facilities import facility_en

    m = STARTED_RE.match(text)
    if not m:
        return None
    what, cost = m.group("what"), ""
    sized = INVESTED_RE.match(what)  # 总投资42亿元的X项目: the size said after the name, in the rows' words
    if sized:
        from .numbers import quantity

        amount = quantity(sized.group("n"), sized.group("unit"), renderer.glossary)
        if amount is None:
            return None
        what, cost = sized.group("what"), f" (total investment: {amount})"
    name = project_en(what, renderer.glossary) or facility_en(what, renderer.glossary)
    return f"{opening}, construction of {_the_name(name)}{cost} started." if name else None


def _the_name(name: str) -> str:
    """A project or facility in a sentence: 'the Huakang ... Project', 'Phase II of Yuanchuan Port' as it is."""
    return name if name.startswith(("the ", "Phase ")) or not name.endswith(("Project", "Park", "Hub")) \
        else f"the {name}"


def _elected(text: str, opening: str, renderer: TitleRenderer, region: str) -> str | None:
    """'On 5 January 2025, Li Ming was elected Head of Fenglin County.' (the name read by persons.py)"""
    from .bylines import OFFICES
    from .persons import person_en

    m = ELECTED_RE.match(text)
    if not m:
        return None
    name = person_en(m.group("name"), renderer.glossary)
    place = renderer.region(own_name(m.group("place"), region))
    of_place = OFFICES[m.group("office")][1]
    return f"{opening}, {name} was elected {of_place.format(place=place)}." if name and place and of_place else None


def _opened(text: str, opening: str, renderer: TitleRenderer, region: str) -> str | None:
    """'On 8 May 2025, the Second Chinese Farmers' Harvest Festival opened in Baisha Town.' for a programme of the
    glossary; None else."""
    from .report_titles import ORDINAL_WORDS
    from .titles import PLACE_SUFFIX_RE

    m = OPENED_RE.match(text)
    entry = renderer.glossary.lookup(m.group("name")) if m else None
    if not m or entry is None or entry.category != "programme":
        return None
    where = m.group("where")
    place = renderer.region(own_name(where, region)) if where and PLACE_SUFFIX_RE.fullmatch(where) else None
    if where and not place:
        return None
    n = cn_int(m.group("n")) if m.group("n") else None
    if m.group("n") and not n:
        return None
    lead = f"{ORDINAL_WORDS.get(n, ordinal(n))} " if n else (f"{m.group('year')} " if m.group("year") else "")
    return f"{opening}, the {lead}{entry.en} opened" + (f" in {place}." if place else ".")


def _named(text: str, opening: str, renderer: TitleRenderer, region: str) -> str | None:
    """'On 10 April 2025, Baisha Town was named a National Civilized Village or Town.' for a title of the glossary
    ('won the title of' for 荣获/获得); None else."""
    from .titles import PLACE_SUFFIX_RE

    m = NAMED_RE.match(text)
    entry = renderer.glossary.lookup(m.group("title")) if m else None
    if not m or entry is None or entry.category not in ("term", "programme") or entry.en[:1].islower():
        return None  # (a title is a name: 国家卫生乡镇 the metric "national hygienic towns" is none)
    who_zh = own_name(m.group("who"), region)
    if who_zh.endswith("村"):  # 龙溪乡岭下村: "Lingxia Village in Longxi Township"
        village = renderer.region(who_zh)
        who = village.replace(", ", " in ") if village and village.count(", ") <= 1 else None
    elif PLACE_SUFFIX_RE.fullmatch(who_zh):
        who = renderer.region(who_zh)
    else:
        who = body_en(m.group("who"), renderer.glossary, region)
    if not who:
        return None
    if m.group("verb") in ("荣获", "获得"):
        return f"{opening}, {who} won the title of {entry.en}."
    article = "an" if entry.en[:1].lower() in "aeiou" else "a"
    verb = {"获评": "was rated", "被评为": "was rated", "入选": "was selected as", "入选为": "was selected as"}.get(
        m.group("verb"), "was named")
    return f"{opening}, {who} {verb} {article} {entry.en}."


def _stop(sentence: str) -> str:
    """The sentence with its full stop (a name ending "Co., Ltd." has one already)."""
    return sentence if sentence.endswith(".") else sentence + "."


# a document issued "recently" (近日，X印发《Y》（文号，以下简称《办法》）: the lead of an interpretation or a news
# item): no date of its own, the brackets after the title its number and the short name it goes by
RECENT_RE = re.compile(r"^(?:近日|日前|近期)[，,]\s*")
NUMBER_NOTE_RE = re.compile(r"《(?P<title>[^《》]{4,80})》[（(](?P<number>[^（）()，,]{2,20}?号)?[，,]?"
                            r"(?:以下简称[^（）()]{0,12})?[）)]")


def recently_issued(text: str, glossary: Glossary, region: str = "") -> str | None:
    """近日，溧川市人民政府办公室印发《溧川市育儿补贴实施办法》（溧政办发〔2025〕21号，以下简称《办法》）。 ->
    "Recently, the General Office of the Lichuan Municipal People's Government issued the Lichuan Measures for the
    Implementation of Childcare Subsidies (Li Zheng Ban Fa [2025] No. 21)."; None unless every part renders."""
    from .names import doc_number_en
    from .titles import TitleRenderer

    text = re.sub(r"\s+", "", text)
    recent = RECENT_RE.match(text)
    if not recent:
        return None
    note = NUMBER_NOTE_RE.search(text)
    m = ISSUED_RE.match(text[recent.end():note.start()] + f"《{note.group('title')}》" + text[note.end():] if note
                        else text[recent.end():])
    if not m:
        return None
    who = body_en(m.group("who"), glossary, region)
    title = TitleRenderer(glossary).title(m.group("title"), own_name(m.group("who"), region), region)
    if not (who and title and title.status == "derived"):
        return None
    number = f" ({doc_number_en(note.group('number'))})" if note and note.group("number") else ""
    return _stop(f"Recently, {who} {VERBS[m.group('verb')]} the {title.text}{number}")


def frame_clause(text: str, when: str, glossary: Glossary, region: str = "") -> str | None:
    """The English of a dated sentence in one of the frames above ("On 5 March 2024, the ... issued the ..."), or
    None. ``when`` is the English of the entry's date, ``region`` the bulletin's."""
    from .titles import PLACE_SUFFIX_RE, TitleRenderer

    text = NEWS_LEAD.sub("", re.sub(r"\s+", "", text))  # (本报讯（记者…）10月28日，…: the news item's lead-in)
    opening = on_period(when)
    opening = opening[:1].upper() + opening[1:]
    renderer = TitleRenderer(glossary)
    m = ISSUED_RE.match(text)
    if m:
        who = body_en(m.group("who"), glossary, region)
        title = renderer.title(m.group("title"), own_name(m.group("who"), region), region)
        if who and title and title.status == "derived":
            return _stop(f"{opening}, {who} {VERBS[m.group('verb')]} the {title.text}")
        return None
    m = SIGNED_RE.match(text)
    if m:
        a, b = body_en(m.group("a"), glossary, region), body_en(m.group("b"), glossary, region)
        return _stop(f"{opening}, {a} signed {AGREEMENTS[m.group('kind')]} with {b}") if a and b else None
    m = INSPECT_RE.match(text)
    who = _leader(m.group("office"), m.group("name"), glossary, region) if m else None
    if m and who:  # (副市长带队到…: no name, chronicle_frames.py reads the office alone)
        work = _work(m.group("what"), glossary)
        names = [renderer.region(own_name(p, region)) if PLACE_SUFFIX_RE.fullmatch(own_name(p, region)) else None
                 for p in m.group("place").split("、")]  # (到清水镇、石门乡调研: "Qingshui Town and Shimen Township")
        place = (", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]) \
            if all(names) and len(names) <= 3 else None
        if not (who and work and place):
            return None
        if m.group("lead"):
            return f"{opening}, {who} led a team to {place} to inspect {work}."
        return f"{opening}, {who} inspected {work} in {place}."
    m = CONGRESS_RE.match(text)
    if m:
        from .report_titles import ORDINAL_WORDS

        place = own_name(m.group("place"), region) if len(m.group("place")) == 1 else m.group("place")
        term, n = cn_int(m.group("term")), cn_int(m.group("n"))
        name = renderer.region(place) if PLACE_SUFFIX_RE.fullmatch(place) else None
        if not (name and term and n):
            return None
        verb = {"开幕": "opened", "闭幕": "closed"}.get(m.group("verb"), "was held")
        return (f"{opening}, the {ORDINAL_WORDS.get(n, ordinal(n))} Session of the {ordinal(term)} {name} People's "
                f"Congress {verb}.")
    m = STANDING_RE.match(text)
    if m:
        place = own_name(m.group("place"), region) if len(m.group("place")) == 1 else m.group("place")
        term, n = cn_int(m.group("term")), cn_int(m.group("n"))
        name = renderer.region(place) if PLACE_SUFFIX_RE.fullmatch(place) else None
        if not (name and term and n):
            return None
        return (f"{opening}, the {ordinal(n)} Meeting of the Standing Committee of the {ordinal(term)} {name} "
                f"People's Congress was held.")
    from .chronicle_frames import chronicle_clause

    for frame in (_started, _elected, _opened, _named, chronicle_clause):
        found = frame(text, opening, renderer, region)
        if found:
            return found
    m = PLENARY_RE.match(text)
    if m:
        return _plenary(m, opening, renderer, region)
    m = HELD_RE.match(text)
    if m:
        from .titles import Parts

        who, parts = body_en(m.group("who"), glossary, region), Parts([])
        meeting = renderer.meeting(m.group("meeting"), parts, region)
        if who is None or parts.missing:
            return None
        return f"{opening}, {who} held {meeting if meeting.startswith('a ') else 'the ' + meeting}."
    m = MEETING_HELD_RE.match(text)
    if m and not STANDING_RE.match(text) and not CONGRESS_RE.match(text):
        from .titles import Parts

        parts = Parts([])
        meeting = renderer.meeting(m.group("meeting"), parts, region)
        if not parts.missing and not meeting.startswith(("a ", "[")):
            return f"{opening}, the {meeting} was held."
    m = PARTY_MEETING_RE.match(text)
    if m:
        from .titles import Parts

        committee = body_en(m.group("own") + "委", glossary, region)
        parts = Parts([])
        meeting = renderer.meeting(m.group("meeting"), parts, region)
        if committee is None or parts.missing or meeting[:1].islower() or "CPC" not in committee:
            return None
        return f"{opening}, the {meeting} of {committee} was held."
    return None


# a project's lead department and deadline on one line of a list (牵头单位：市民政局；完成时限：2026年10月底前完成。)
LEAD_AND_DEADLINE_RE = re.compile(r"^牵头(?:单位|部门)[：:](?P<who>[^；;，,。：:]{2,30})[；;，,]\s*"
                                  r"(?:完成时限|完成时间|时限|时间节点)[：:][^。；;]{4,20}?(?:前)?(?:完成)?[。；;]?$")


def lead_and_deadline(text: str, when: str | None, glossary: Glossary, region: str) -> str | None:
    """牵头单位：市民政局；完成时限：2026年10月底前完成。 -> "Lead department: Hengtang Municipal Civil Affairs Bureau;
    to be completed by the end of October 2026." (P); ``when`` is the English of the entry's date with its edge."""
    m = LEAD_AND_DEADLINE_RE.match(re.sub(r"\s+", "", text))
    who = body_en(m.group("who"), glossary, region) if m and when else None
    if not who:
        return None
    return f"Lead department: {who.removeprefix('the ')}; to be completed by {when}."


# a milestone with nothing but its date and act, a fragment of a list's line (2026年8月底前完工, 9月投入使用): what is
# to happen and when (P)
MILESTONE_ONLY_RE = re.compile(r"^(?:(?:19|20)\d{2}年)?\d{1,2}月(?:底|末|中旬|上旬|下旬)?(?P<before>前|以前)?"
                               r"(?P<act>建成投用|建成投运|完工|竣工|建成|投入使用|投入运营|交付使用|开工|完成)[。；;]?$")
MILESTONE_ACTS = {"建成投用": "To be completed and put into use", "建成投运": "To be completed and put into operation",
                  "完工": "Construction to be completed", "竣工": "Construction to be completed",
                  "建成": "To be completed", "投入使用": "To be put into use", "投入运营": "To be put into operation",
                  "交付使用": "To be delivered for use", "开工": "Construction to start", "完成": "To be completed"}


def milestone_only(text: str, when: str | None) -> str | None:
    """2026年8月底前完工 -> "Construction to be completed by the end of August 2026."; 9月投入使用 -> "To be put into
    use in September 2026." (a target's fragment; ``when`` the English of its date with its edge)."""
    m = MILESTONE_ONLY_RE.match(re.sub(r"\s+", "", text))
    if not m or not when:
        return None
    return f"{MILESTONE_ACTS[m.group('act')]} {'by' if m.group('before') else 'in'} {when}."

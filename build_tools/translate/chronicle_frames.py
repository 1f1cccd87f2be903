"""More frames of chronicle entries (大事记, issue 12 item 6): leaders named by their office only, inspection teams of
higher bodies, plaques unveiled, visits to people in difficulty, campaigns carried out, a region's own activities.

As in event_frames.py, each part is rendered from the vocabulary and the sentence is written only when every part
renders; what the sentence adds after its clause (figures, the place of a ceremony) is left out. All the frames are
project renderings after the wording of Xinhua's English reports ("P" in translations/README.md), except where a
citation says otherwise:

- an office without a name (市委副书记到青禾县检查…): "a deputy secretary of the municipal Party committee inspected
  ... in Qinghe County"; offices joined by 、 are one person ("a member of the Standing Committee of the municipal
  Party committee and executive vice mayor"); an office of the bulletin's own level names its region ("the head of
  Qinghe County", "the Secretary of the CPC Qinghe County Committee");
- an inspection team (省政府督查组, 国务院第十一次大督查第三督查组: "the Third Inspection Team of the State
  Council's 11th accountability inspection", GWR 2017/138 "The third State Council accountability inspection")
  that carries out an inspection (开展实地督查 "carried out on-site inspections in X", 开展安全生产专项督查
  "carried out a special inspection of workplace safety in X");
- <a park or body>揭牌 "the X was inaugurated";
- <own level>领导(分组)走访慰问<groups> "county leaders visited <groups>" (the groups from GROUPS);
- an emergency response activated by a body, with its cause when it reads (受第9号台风影响 "affected by Typhoon
  No. 9"), what the sentence says between them left out;
- a local festival named after its theme opening (第三届油菜花文化旅游节在桃源镇开幕);
- the own Party committee's theoretical study group's N-th group study session, its meeting for the Party's
  anniversary (暨“两优一先”表彰: "and to honor outstanding Party members, Party workers and Party organizations"), a
  region's Teachers' Day meeting;
- <who>开展<programme of the glossary> "X carried out the <programme>"; a job fair of one (青禾县2025年“春风行动”
  招聘会在…举行 "Qinghe County's 2025 Spring Breeze Campaign job fair was held"); 全县<programme>活动(在…)举行/启动 "the
  county's <programme> event was held" / "... began".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .event_frames import HEAD, LEVEL_CHARS, REST, _work, body_en, own_name
from .report_titles import ORDINAL_WORDS
from .title_words import cn_int

if TYPE_CHECKING:
    from .titles import TitleRenderer

LEVEL_WORDS = {"省": "provincial", "市": "municipal", "州": "prefectural", "县": "county", "区": "district"}
HEADS = {"省": "governor", "市": "mayor", "州": "prefect", "县": "head", "区": "head"}
# an office after its level's character, with its article ({party}: the level's Party committee)
OFFICE_PARTS = {
    "委书记": "the Secretary of {party}", "委副书记": "a deputy secretary of {party}",
    "委常委": "a member of the Standing Committee of {party}",
    "人大常委会主任": "the chairperson of the Standing Committee of the {Lvl} People's Congress",
    "人大常委会副主任": "a vice chairperson of the Standing Committee of the {Lvl} People's Congress",
    "政协主席": "the chairperson of the {Lvl} Committee of the CPPCC",
    "政协副主席": "a vice chairperson of the {Lvl} Committee of the CPPCC",
}
# offices that follow a first one (市委常委、组织部部长): a post within the same committee
LATER_OFFICES = {"组织部部长": "head of its Organization Department", "宣传部部长": "head of its Publicity Department",
                 "统战部部长": "head of its United Front Work Department", "秘书长": "secretary-general",
                 "政法委书记": "secretary of its Political and Legal Affairs Commission"}
HEAD_OFFICE = r"(?:常务副|副)?[省市州县区]长"
OFFICE = r"(?:[省市州县区](?:委书记|委副书记|委常委|人大常委会副?主任|政协副?主席)|" + HEAD_OFFICE + ")"
OFFICES_RE = "(?P<offices>" + OFFICE + "(?:、(?:" + OFFICE + "|" + "|".join(LATER_OFFICES) + "))*)"
LEAD = r"(?P<lead>带队|率队|率调研组|带领调研组|率检查组|率督查组|率督导组)?"
PLACES = r"(?P<place>[\u4e00-\u9fff、]{2,32}?(?:市|县|区|镇|乡|街道))"
OFFICE_INSPECT_RE = re.compile(HEAD + OFFICES_RE + LEAD + r"(?:到|赴|深入)" + PLACES + r"(?:调研|视察|督导|检查|督查)"
                               r"(?P<what>[^，,。；;、]{2,20}?)(?:情况)?" + REST)
# 国务院第十二次大督查第六督查组, 省政府督查组, 省安委会第三考核巡查组: a team of a higher body
TEAM_RE = re.compile(r"(?P<body>国务院|省政府|省人民政府|市政府|市人民政府|省委|市委)"
                     r"(?:第(?P<round>[一二三四五六七八九十]+)次大督查)?(?:第(?P<n>[一二三四五六七八九十]+))?"
                     r"(?P<kind>督查组|督导组|检查组)")
TEAM_INSPECT_RE = re.compile(HEAD + r"(?P<team>[^，,。；;到]{3,24}?)(?:到|赴|深入)" + PLACES +
                             r"开展(?P<what>[^，,。；;]{0,16}?)(?P<how>实地督查|专项督查|督查|专项检查|检查)" + REST)
TEAM_KINDS = {"督查组": "Inspection Team", "督导组": "Supervision Team", "检查组": "Inspection Team"}
TEAM_BODIES = {"国务院": "the State Council", "省政府": "the Provincial People's Government",
               "省人民政府": "the Provincial People's Government", "市政府": "the Municipal People's Government",
               "市人民政府": "the Municipal People's Government", "省委": "the provincial Party committee",
               "市委": "the municipal Party committee"}
UNVEILED_RE = re.compile(HEAD + r"(?P<what>[^，,。；;]{4,30}?)(?:正式)?揭牌(?:成立|运营|运行)?" + REST)
# the people leaders visit at the Spring Festival (project renderings; 困难群众 as the glossary)
GROUPS = {"困难群众": "people in difficulty", "困难党员": "Party members in difficulty",
          "老党员": "veteran Party members", "退役军人": "veterans", "困难职工": "workers in difficulty",
          "老干部": "retired officials", "一线职工": "front-line workers", "困难家庭": "families in difficulty",
          "优抚对象": "entitled groups", "留守儿童": "left-behind children"}
VISIT_RE = re.compile(HEAD + r"(?P<level>[" + LEVEL_CHARS + r"])领导(?:分组|分别|带队)?(?:走访慰问|走访|慰问)"
                      r"(?:了)?(?P<groups>[^，,。；;]{3,40}?)" + REST)
CAMPAIGN_RE = re.compile(HEAD + r"(?P<who>[^，,。；;]{2,20}?)(?:组织)?开展(?:(?P<year>\d{4})年)?"
                         r"(?P<name>“[^“”]{2,12}”|[^，,。；;“”]{2,12}?)(?:活动|专项行动)?" + REST)
OWN_EVENT_RE = re.compile(HEAD + r"全(?P<level>[" + LEVEL_CHARS + r"])(?:(?P<year>\d{4})年)?"
                          r"(?P<name>“[^“”]{2,12}”|[^，,。；;“”]{2,12}?)(?:活动)?(?:在[^，,。；;]{2,16}?)?"
                          r"(?P<verb>举行|举办|启动|开幕)" + REST)

# 青禾县2025年“春风行动”大型招聘会在…举行: a job fair of a campaign of the glossary
JOB_FAIR_RE = re.compile(HEAD + r"(?P<who>[^，,。；;“”\d]{2,12}?[县区市])(?:(?P<year>\d{4})年)?(?P<name>“[^“”]{2,12}”)"
                         r"(?:大型|专场|现场)?招聘会(?:在[^，,。；;]{2,20}?)?(?:举行|举办|开幕)" + REST)

# 区委理论学习中心组召开2024年第十次集体学习会: the study sessions of a Party committee's theoretical study group
STUDY_RE = re.compile(HEAD + r"(?P<own>[" + LEVEL_CHARS + r"])委(?:党委)?理论学习中心组(?:召开|举行|开展)?"
                      r"(?:(?P<year>\d{4})年)?第(?P<n>[一二三四五六七八九十]+)次(?:集体学习会?|专题学习会?)"
                      r"(?:召开|举行)?" + REST)
# 县委召开庆祝中国共产党成立104周年暨“两优一先”表彰大会: the July meeting of a Party committee
PARTY_DAY_RE = re.compile(HEAD + r"(?P<own>[" + LEVEL_CHARS + r"])委(?:召开|举行)庆祝中国共产党成立(?P<n>\d{2,3})周年"
                          r"(?P<honour>暨“两优一先”表彰)?大会" + REST)
HONOURED = {"优秀教师表彰": "honor outstanding teachers", "教育工作表彰": "honor outstanding educators",
            "优秀教育工作者表彰": "honor outstanding educators"}
# 全县庆祝第41个教师节暨优秀教师表彰大会召开: Teachers' Day (10 September)
TEACHERS_DAY_RE = re.compile(HEAD + r"全(?P<level>[" + LEVEL_CHARS + r"])庆祝第(?P<n>\d{2})个教师节"
                             r"(?:暨(?P<honour>" + "|".join(HONOURED) + r"))?大会(?:在[^，,。；;]{2,16}?)?(?:召开|举行)"
                             + REST)

# a local festival named after what it celebrates (第三届油菜花文化旅游节 "the Third Qinghe Rapeseed Flower Culture and
# Tourism Festival"): the theme and the kind from these lists (project renderings), the place's name before them
FESTIVAL_THEMES = {"油菜花": "Rapeseed Flower", "桃花": "Peach Blossom", "梨花": "Pear Blossom",
                   "杏花": "Apricot Blossom", "樱花": "Cherry Blossom", "茶旅": "Tea and Tourism", "荷花": "Lotus",
                   "菊花": "Chrysanthemum", "杜鹃花": "Azalea",
                   "茶": "Tea", "茶叶": "Tea", "樱桃": "Cherry", "杨梅": "Bayberry", "葡萄": "Grape", "柑橘": "Citrus",
                   "脐橙": "Navel Orange", "猕猴桃": "Kiwifruit", "李子": "Plum", "西瓜": "Watermelon",
                   "美食": "Food", "民俗": "Folk Custom", "冰雪": "Ice and Snow", "龙舟": "Dragon Boat"}
FESTIVAL_KINDS = {"文化旅游节": "Culture and Tourism Festival", "旅游文化节": "Tourism and Culture Festival",
                  "旅游节": "Tourism Festival", "文化节": "Culture Festival", "采摘节": "Picking Festival"}
FESTIVAL_RE = re.compile(HEAD + r"(?P<who>[^，,。；;第]{2,8}?[县区市])?(?:(?P<year>\d{4})年)?"
                         r"(?:第(?P<n>[一二三四五六七八九十]{1,3})届)?"
                         r"(?P<theme>" + "|".join(sorted(FESTIVAL_THEMES, key=len, reverse=True)) + ")"
                         r"(?P<kind>" + "|".join(sorted(FESTIVAL_KINDS, key=len, reverse=True)) + ")"
                         r"(?:在(?P<where>[^，,。；;]{2,16}?))?(?:隆重|正式)?开幕" + REST)

# an emergency response activated (县防汛抗旱指挥部启动防汛Ⅱ级应急响应), with its cause when it reads (受第9号台风影响):
# "affected by Typhoon No. 9, the ... activated a Level II emergency response for flood control"; what the sentence
# says between them (青禾县出现大风强降雨天气) is left out
RESPONSES = {"防汛": "flood control", "防台风": "typhoon prevention", "防汛防台风": "flood and typhoon prevention",
             "防汛防台": "flood and typhoon prevention", "抗旱": "drought relief",
             "低温雨雪冰冻灾害": "low temperature, rain, snow and freezing disasters",
             "地质灾害": "geological disasters",
             "森林防火": "forest fire prevention", "气象灾害": "meteorological disasters",
             "自然灾害救助": "natural disaster relief"}
LEVELS_ROMAN = {"Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV", "I": "I", "II": "II", "III": "III", "IV": "IV",
                "一": "I", "二": "II", "三": "III", "四": "IV"}
CAUSES = {"强降雨": "heavy rain", "持续强降雨": "continuous heavy rain", "持续降雨": "continuous rain",
          "寒潮": "a cold wave", "暴雨": "a rainstorm", "强降雪": "heavy snow", "高温干旱": "heat and drought"}
CAUSE = r"(?P<cause>第(?P<typhoon>\d{1,2})号台风|" + "|".join(sorted(CAUSES, key=len, reverse=True)) + ")"
# the date of a clause that opens with it (6月18日启动…, 6月20日至22日，…): the English comes from the event's date
DATE_LEAD = r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:至(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上?|傍晚|凌晨)?[，,]?\s*)?"
KIND = "(?P<kind>" + "|".join(sorted(RESPONSES, key=len, reverse=True)) + ")"
LEVEL = r"(?P<level>Ⅰ|Ⅱ|Ⅲ|Ⅳ|IV|III|II|I|一|二|三|四)级"
RESPONSE_RE = re.compile(DATE_LEAD + r"(?:受" + CAUSE + r"(?:天气)?影响[，,])?"
                         r"(?:[^。；;]*?[，,])?(?P<who>[^，,。；;]{2,20}?)?(?:紧急)?启动" + KIND + LEVEL
                         + r"(?:应急)?响应" + REST)
# a response raised or lowered (7月2日提升至防汛Ⅲ级应急响应), ended (7月6日终止防汛应急响应), or ended with its name
# left out as the clause before names it (…提升至防汛Ⅲ级应急响应，7月6日终止: ``RESPONSE_NAMED_RE`` finds it there)
CHANGED_RE = re.compile(DATE_LEAD + r"(?:[^，,。；;]{2,20}?)?(?:将)?(?:应急响应)?(?P<verb>提升至|提升为|升级为|上调至|"
                        r"降低至|降低为|下调至|降为|调整为)" + KIND + "?" + LEVEL + r"(?:应急)?响应" + REST)
ENDED_RE = re.compile(DATE_LEAD + r"(?:[^，,。；;]{2,20}?)?(?P<verb>终止|结束|解除)"
                      r"(?:" + KIND + r"(?:" + LEVEL + r")?(?:应急)?响应)?" + REST)
RESPONSE_NAMED_RE = re.compile(KIND + LEVEL + r"(?:应急)?响应")
RAISED = ("提升至", "提升为", "升级为", "上调至")


def _own_place(level: str, region: str, glossary) -> str | None:  # noqa: ANN001 (Glossary)
    """The bulletin's region in English when ``level`` is its own (县 in a county's text), else None."""
    from .titles import TitleRenderer

    return TitleRenderer(glossary).region(region) if region and region[-1] == level else None


def _head_en(m: re.Match[str], region: str, glossary) -> str:  # noqa: ANN001 (Glossary)
    """县长 -> 'the head of Qinghe County' (own level) or 'the county head'; 副市长 -> 'a vice mayor'."""
    level, pre = m.group("lvl"), m.group("pre") or ""
    place = _own_place(level, region, glossary)
    head = HEADS[level]
    if head == "head":
        head = {"": "head", "副": "deputy head", "常务副": "executive deputy head"}[pre]
        head = head if place else f"{LEVEL_WORDS[level]} {head}"
    else:
        head = {"": "", "副": "vice ", "常务副": "executive vice "}[pre] + head
    article = "a" if pre == "副" else "the"
    return f"{article} {head}" + (f" of {place}" if place else "")


def offices_en(zh: str, glossary, region: str = "") -> str | None:  # noqa: ANN001 (Glossary)
    """市委副书记 -> 'a deputy secretary of the municipal Party committee'; 市委常委、常务副市长 -> 'a member of the
    Standing Committee of the municipal Party committee and executive vice mayor'; 县长 in a county's text -> 'the
    head of Qinghe County'; None unless every office renders."""
    out: list[str] = []
    for k, part in enumerate(zh.split("、")):
        head = re.fullmatch(r"(?P<pre>常务副|副)?(?P<lvl>[省市州县区])长", part)
        if k and part in LATER_OFFICES:
            english = LATER_OFFICES[part]
        elif head:
            english = _head_en(head, region, glossary)
        else:
            level, pattern = part[0], OFFICE_PARTS.get(part[1:])
            party = body_en(level + "委", glossary, region) if level in "省市县区" else None
            if level not in LEVEL_WORDS or pattern is None or ("{party}" in pattern and not party):
                return None
            english = pattern.format(party=party, Lvl=LEVEL_WORDS[level].title())
        out.append(english if not k else re.sub(r"^(?:the|a) ", "", english))
    return " and ".join(out)


def _places(zh: str, renderer: TitleRenderer, region: str) -> str | None:
    """桃源镇、龙溪乡 -> 'Taoyuan Town and Longxi Township' (at most three places), else None."""
    from .titles import PLACE_SUFFIX_RE

    names = [renderer.region(own_name(p, region)) if PLACE_SUFFIX_RE.fullmatch(own_name(p, region)) else None
             for p in zh.split("、")]
    if not names or not all(names) or len(names) > 3:
        return None
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]  # type: ignore[operator]


def team_en(zh: str) -> str | None:
    """国务院第十二次大督查第六督查组 -> "the Sixth Inspection Team of the State Council's 12th accountability
    inspection"; 省政府督查组 -> "an inspection team of the Provincial People's Government"; else None."""
    from .periods import ordinal

    m = TEAM_RE.fullmatch(zh)
    if not m:
        return None
    body, kind = TEAM_BODIES[m.group("body")], TEAM_KINDS[m.group("kind")]
    n = cn_int(m.group("n")) if m.group("n") else None
    if m.group("round"):
        rounds = cn_int(m.group("round"))
        if m.group("body") != "国务院" or not rounds or not n:
            return None
        return f"the {ORDINAL_WORDS.get(n, ordinal(n))} {kind} of the State Council's {ordinal(rounds)} " \
               f"accountability inspection"
    if n:
        return f"the {ORDINAL_WORDS.get(n, ordinal(n))} {kind} of {body}"
    return f"an {kind.lower()} of {body}" if kind[0] in "AEIOU" else f"a {kind.lower()} of {body}"


def _inspected(text: str, opening: str, renderer: TitleRenderer, region: str) -> str | None:
    m = OFFICE_INSPECT_RE.match(text)
    if m:
        who = offices_en(m.group("offices"), renderer.glossary, region)
        work, place = _work(m.group("what"), renderer.glossary), _places(m.group("place"), renderer, region)
        if not (who and work and place):
            return None
        if m.group("lead"):
            return f"{opening}, {who} led a team to {place} to inspect {work}."
        return f"{opening}, {who} inspected {work} in {place}."
    m = TEAM_INSPECT_RE.match(text)
    if not m:
        return None
    team, place = team_en(m.group("team")), _places(m.group("place"), renderer, region)
    if not (team and place):
        return None
    what, how = m.group("what"), m.group("how")
    if how == "实地督查" and not what:
        return f"{opening}, {team} carried out on-site inspections in {place}."
    if how.startswith("专项") and what:
        work = _work(what, renderer.glossary)
        return f"{opening}, {team} carried out a special inspection of {work} in {place}." if work else None
    return None


def _unveiled(text: str, opening: str, renderer: TitleRenderer, region: str) -> str | None:
    from .facilities import facility_en

    m = UNVEILED_RE.match(text)
    if not m:
        return None
    what = own_name(m.group("what"), region)
    name = facility_en(what, renderer.glossary) or body_en(m.group("what"), renderer.glossary, region)
    return f"{opening}, {name} was inaugurated." if name and name.startswith("the ") else None


def _visited(text: str, opening: str, renderer: TitleRenderer, region: str) -> str | None:
    m = VISIT_RE.match(text)
    if not m or not region or region[-1] != m.group("level"):
        return None
    groups = re.split(r"、|和|及", m.group("groups"))
    names = [GROUPS.get(g) for g in groups]
    if not all(names) or len(names) > 4:
        return None
    listed = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]  # type: ignore[operator]
    return f"{opening}, {LEVEL_WORDS[m.group('level')]} leaders visited {listed}."


def _programme(name: str, renderer: TitleRenderer) -> str | None:
    entry = renderer.glossary.lookup(name.strip("“”"))
    return entry.en if entry is not None and entry.category == "programme" else None


def _campaign(text: str, opening: str, renderer: TitleRenderer, region: str) -> str | None:
    fair = JOB_FAIR_RE.match(text)
    if fair:
        programme, who = _programme(fair.group("name"), renderer), renderer.region(fair.group("who"))
        year = f"{fair.group('year')} " if fair.group("year") else ""
        return f"{opening}, {who}'s {year}{programme} job fair was held." if programme and who else None
    m = OWN_EVENT_RE.match(text)
    if m and region and region[-1] == m.group("level"):
        programme = _programme(m.group("name"), renderer)
        if not programme:
            return None
        year = f"{m.group('year')} " if m.group("year") else ""
        level = LEVEL_WORDS[m.group("level")]
        if m.group("verb") in ("启动", "开幕"):
            return f"{opening}, the {level}'s {year}{programme} began."
        return f"{opening}, the {level}'s {year}{programme} event was held."
    m = CAMPAIGN_RE.match(text)
    if not m:
        return None
    programme = _programme(m.group("name"), renderer)
    who = body_en(m.group("who"), renderer.glossary, region)
    if not (programme and who) or programme[:1].islower():
        return None
    year = f"{m.group('year')} " if m.group("year") else ""
    return f"{opening}, {who} carried out the {year}{programme}."


def _party_meetings(text: str, opening: str, renderer: TitleRenderer, region: str) -> str | None:
    """A study session of the own Party committee's theoretical study group, its July meeting for the Party's
    anniversary, a region's Teachers' Day meeting (project renderings after Xinhua)."""
    from .periods import ordinal

    m = STUDY_RE.match(text) or PARTY_DAY_RE.match(text)
    committee = body_en(m.group("own") + "委", renderer.glossary, region) if m else None
    if m and committee and "CPC" in committee:
        n = cn_int(m.group("n")) if m.re is STUDY_RE else int(m.group("n"))
        if not n:
            return None
        if m.re is STUDY_RE:
            of_year = f" of {m.group('year')}" if m.group("year") else ""
            nth = ORDINAL_WORDS.get(n, ordinal(n)).lower()  # (its tenth session: a count, not a name)
            return f"{opening}, the theoretical study group of {committee} held its {nth} group study session{of_year}."
        honour = " and to honor outstanding Party members, Party workers and Party organizations" \
            if m.group("honour") else ""
        return (f"{opening}, {committee} held a meeting to celebrate the {ordinal(n)} anniversary of the founding of "
                f"the Communist Party of China{honour}.")
    m = TEACHERS_DAY_RE.match(text)
    if m and region and region[-1] == m.group("level"):
        honour = f" and {HONOURED[m.group('honour')]}" if m.group("honour") else ""
        nth, level = ordinal(int(m.group("n"))), LEVEL_WORDS[m.group("level")]
        return f"{opening}, the {level}'s meeting to celebrate the {nth} Teachers' Day{honour} was held."
    return None


def _festival(text: str, opening: str, renderer: TitleRenderer, region: str) -> str | None:
    """'On 16 April 2025, the Third Qinghe Rapeseed Flower Culture and Tourism Festival opened in Taoyuan Town.'"""
    from .periods import ordinal
    from .titles import PLACE_SUFFIX_RE

    m = FESTIVAL_RE.match(text)
    if not m:
        return None
    kind = FESTIVAL_KINDS[m.group("kind")]
    who = renderer.region(own_name(m.group("who"), region)) if m.group("who") else None
    if m.group("who") and not who:
        return None
    name = re.sub(r" (?:County|District|City)$", "", who) + " " if who else ""
    where = m.group("where")
    place = renderer.region(own_name(where, region)) if where and PLACE_SUFFIX_RE.fullmatch(where) else None
    if where and not place:
        return None
    n = cn_int(m.group("n")) if m.group("n") else None
    if m.group("n") and not n:
        return None
    lead = f"{ORDINAL_WORDS.get(n, ordinal(n))} " if n else (f"{m.group('year')} " if m.group("year") else "")
    festival = f"{lead}{name}{FESTIVAL_THEMES[m.group('theme')]} {kind}"
    return f"{opening}, the {festival} opened" + (f" in {place}." if place else ".")


def _response(text: str, opening: str, renderer: TitleRenderer, region: str) -> str | None:
    """'On 6 August 2025, affected by Typhoon No. 9, the Qinghe County Emergency Management Bureau activated a Level
    IV emergency response for typhoon prevention.'"""
    if re.match(r"On \d{1,2}(?: \w+)?(?:-| to )\d", opening):  # (6月20日至22日，…启动: some day of the span)
        opening = "During" + opening[2:]
    m = RESPONSE_RE.match(text)
    if not m:
        return _response_changed(text, opening)
    who = body_en(m.group("who"), renderer.glossary, region) if m.group("who") else None
    if m.group("who") and not who:
        return None
    cause = m.group("cause")
    because = "" if not cause else f" affected by Typhoon No. {m.group('typhoon')}," if m.group("typhoon") \
        else f" affected by {CAUSES[cause]},"
    response = f"a Level {LEVELS_ROMAN[m.group('level')]} emergency response for {RESPONSES[m.group('kind')]}"
    if not who:  # (6月18日启动防汛Ⅳ级应急响应: who is said elsewhere)
        return f"{opening},{because} {response} was activated."
    return f"{opening},{because} {who} activated {response}."


def _response_changed(text: str, opening: str, kind: str | None = None) -> str | None:
    """'On 2 July 2025, the emergency response for flood control was raised to Level III.'; '... was ended.'
    ``kind`` is the response a bare 终止 ends, named by the clause before it (``response_named``)."""
    m = CHANGED_RE.match(text)
    if m and (m.group("kind") or kind):
        what = RESPONSES[m.group("kind") or kind]  # type: ignore[index]
        verb = "raised" if m.group("verb") in RAISED else "adjusted" if m.group("verb") == "调整为" else "lowered"
        return f"{opening}, the emergency response for {what} was {verb} to Level {LEVELS_ROMAN[m.group('level')]}."
    m = ENDED_RE.match(text)
    if m and (m.group("kind") or kind):
        what = RESPONSES[m.group("kind") or kind]  # type: ignore[index]
        level = f"Level {LEVELS_ROMAN[m.group('level')]} " if m.group("level") else ""
        return f"{opening}, the {level}emergency response for {what} was ended."
    return None


def response_named(before: str) -> str | None:
    """The kind of the last emergency response the text before a clause names (防汛 in …提升至防汛Ⅲ级应急响应，), for
    a clause that ends it without naming it (7月6日终止); None when it names none."""
    found = RESPONSE_NAMED_RE.findall(before)
    return found[-1][0] if found else None


def ended_response(text: str, before: str, opening: str) -> str | None:
    """A bare 终止/结束/解除 clause (7月6日终止) as the end of the response the clause before it names, else None."""
    if not re.fullmatch(DATE_LEAD + r"(?:终止|结束|解除)(?:响应)?[。.；;]?", text):
        return None
    kind = response_named(before)
    return _response_changed(text, opening, kind) if kind else None


def chronicle_clause(text: str, opening: str, renderer: TitleRenderer, region: str) -> str | None:
    """The English of a chronicle entry in one of the frames above, or None (``opening`` is "On 5 March 2025")."""
    for frame in (_inspected, _unveiled, _visited, _campaign, _party_meetings, _festival, _response):
        found = frame(text, opening, renderer, region)
        if found:
            return found
    return None

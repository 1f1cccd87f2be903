"""News headlines used as document titles, in the few shapes government news sites repeat.

Each frame is English only when every part renders; otherwise ``None`` (the title stays in marked Chinese):

- ``<who>举办<year><programme>活动`` -> "<Who> Holds <year> <Programme> Events" (the programme a glossary name:
  白沙镇举办2022年农民丰收节活动 -> "Baisha Town Holds 2022 Chinese Farmers' Harvest Festival Events");
- ``<period><scope><subject><assessment>`` -> "<Whose> <Subject> <Assessment> in <Period>" (前三季度全市经济运行
  总体平稳、稳中有进 -> "Daichuan's Economy Remains Stable Overall and Makes Further Progress in the First Three
  Quarters"), the assessments in the State Council's wording (``ASSESSMENTS``);
- ``<year><holiday><region><subject><assessment>`` -> "<Region's> <Subject> <Assessment> During the <year>
  <Holiday>" (2025年春节假期澜城市文化和旅游市场繁荣有序 -> "Lancheng's Culture and Tourism Market Thrives in Good
  Order During the 2025 Spring Festival Holiday");
- ``<region><subject>(工作)取得新成效`` -> "<Region> Makes Further Headway in <Subject>" (GWR 2021/94);
- ``<region>第N届人民代表大会第M次会议开幕|闭幕`` -> "The Mth Session of the Nth <Region> People's Congress
  Opens|Closes" (the session as GWR 2022/1 names the NPC's; project rendering for a local congress);
- ``<who>举行<year><period><projects>集中签约仪式|开工仪式`` with its deck ``N个项目签约总投资X亿元`` -> "<Who> Holds
  Signing Ceremony for Investment Projects of <Period>; N Projects Signed with Total Investment of CNY X Billion";
- ``<region>：<headline>`` -> "<Region>: <headline>";
- ``<meeting>召开|举行`` -> "<Meeting> Held" (全省前三季度经济运行分析会召开 -> "Provincewide Meeting to Analyze
  Economic Performance in the First Three Quarters Held"; the meeting as ``TitleRenderer.meeting`` names it, project
  rendering of the headline's passive);
- the analysis meeting inside ``<who>召开<meeting>``: ``<year><period><topic>分析会`` -> "Meeting to Analyze
  <Topic> in <Period> of <year>" (``analysis_meeting``, used by ``TitleRenderer.meeting``).

Wording sources: GWR = the State Council's Reports on the Work of the Government (``../shared/reference``),
cited year/segment; entries marked "project rendering" have no official counterpart.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .periods import ordinal

if TYPE_CHECKING:
    from .titles import TitleRenderer

# Periods of a year as headlines name them (the year, when written, follows: "the First Quarter of 2022").
PERIOD_WORDS: dict[str, str] = {
    "一季度": "the First Quarter", "第一季度": "the First Quarter", "二季度": "the Second Quarter",
    "第二季度": "the Second Quarter", "三季度": "the Third Quarter", "第三季度": "the Third Quarter",
    "四季度": "the Fourth Quarter", "第四季度": "the Fourth Quarter", "上半年": "the First Half",
    "下半年": "the Second Half", "前三季度": "the First Three Quarters", "全年": "the Whole Year",
}
PERIOD_RE = "|".join(sorted(map(re.escape, PERIOD_WORDS), key=len, reverse=True))

# Judgements on how the economy (or a sector) did, as verb phrases in headline form. Sources: GWR segments.
# (verb after a singular subject, after a plural one)
ASSESSMENTS: dict[str, tuple[str, str]] = {
    # GWR 2020/13 经济运行总体平稳 "The economy remained stable overall"
    "总体平稳": ("Remains Stable Overall", "Remain Stable Overall"),
    # GWR 2019/58 总体平稳、稳中有进 "... while making further progress"
    "稳中有进": ("Makes Further Progress", "Make Further Progress"),
    # GWR 2018/58 "stable, positive economic performance"
    "稳中向好": ("Shows Stable and Positive Performance", "Show Stable and Positive Performance"),
    "平稳增长": ("Grows Steadily", "Grow Steadily"),  # GWR 2019/345 经济平稳增长 "stable economic growth"
    # the same judgement in other words (稳定增长, 稳步增长; project renderings after 平稳增长) and a record (再创新高
    # "Hits a Record High"; project rendering)
    "稳定增长": ("Grows Steadily", "Grow Steadily"), "稳步增长": ("Grows Steadily", "Grow Steadily"),
    "再创新高": ("Hits a Record High", "Hit a Record High"),
    # GWR 2022/371 消费持续恢复 "the sustained recovery of consumption"
    "持续恢复": ("Continues to Recover", "Continue to Recover"),
    # GWR 2011/34 回升向好 "to pick up again"; 稳中有升 after GWR 2015/100 "a steady increase" (project rendering)
    "回升向好": ("Picks Up", "Pick Up"),
    "稳中有升": ("Picks Up Steadily", "Pick Up Steadily"),
    # a market over a holiday (文旅市场繁荣有序, 安全有序, 持续升温; project renderings)
    "繁荣有序": ("Thrives in Good Order", "Thrive in Good Order"),
    "安全有序": ("Runs Safely and in Good Order", "Run Safely and in Good Order"),
    "平稳有序": ("Runs Smoothly and in Good Order", "Run Smoothly and in Good Order"),
    "持续升温": ("Keeps Heating Up", "Keep Heating Up"),
    "繁荣活跃": ("Is Buoyant and Vibrant", "Are Buoyant and Vibrant"),  # (消费市场繁荣活跃, holdout56)
    # GWR 2021/129 经济结构持续优化 "its structure was continuously improved"
    "持续优化": ("Keeps Improving", "Keep Improving"), "不断优化": ("Keeps Improving", "Keep Improving"),
    # a good start of the year (开门红) and a sprint (跑出加速度, GWR 2018/416 "break into a sprint"): project
    # renderings
    "开门红": ("Gets Off to a Good Start", "Get Off to a Good Start"),
    "“开门红”": ("Gets Off to a Good Start", "Get Off to a Good Start"),
    "跑出加速度": ("Picks Up Speed", "Pick Up Speed"), "跑出“加速度”": ("Picks Up Speed", "Pick Up Speed"),
    # work going well (秋冬种工作进展顺利, 项目建设进展顺利; project renderings)
    "进展顺利": ("Progresses Smoothly", "Progress Smoothly"), "顺利推进": ("Progresses Smoothly", "Progress Smoothly"),
}
# Public holidays as headlines name them (春节假期 "the Spring Festival holiday"; project renderings, the holidays'
# English names as the State Council's holiday notices give them)
HOLIDAY_WORDS: dict[str, str] = {
    "春节假期": "Spring Festival Holiday", "春节期间": "Spring Festival Holiday",
    "春节黄金周": "Spring Festival Golden Week", "国庆假期": "National Day Holiday",
    "国庆黄金周": "National Day Golden Week", "“五一”假期": "May Day Holiday", "五一假期": "May Day Holiday",
    "中秋国庆假期": "Mid-Autumn Festival and National Day Holiday", "元旦假期": "New Year's Day Holiday",
    "国庆中秋假期": "National Day and Mid-Autumn Festival Holiday",
    "清明假期": "Qingming Festival Holiday", "端午假期": "Dragon Boat Festival Holiday",
    "中秋假期": "Mid-Autumn Festival Holiday"}
HOLIDAY_RE = "|".join(sorted(map(re.escape, HOLIDAY_WORDS), key=len, reverse=True))
ASSESS_RE = "|".join(sorted(map(re.escape, ASSESSMENTS), key=len, reverse=True))
# Whose economy: the scope words of a local headline and the generic owner when the region does not render.
SCOPE_OWNERS = {"全市": "City", "我市": "City", "全县": "County", "我县": "County", "全区": "District",
                "我区": "District", "全州": "Prefecture", "我州": "Prefecture", "全省": "Province",
                "我省": "Province", "全旗": "Banner", "我旗": "Banner", "全镇": "Town", "我镇": "Town"}
SCOPE_RE = "|".join(SCOPE_OWNERS)
# Subjects that are the economy itself (经济运行 "the economy performed", GWR 2021/129).
ECONOMY = {"经济", "经济运行", "经济发展"}

ASSESSMENT_HEADLINE_RE = re.compile(
    rf"^(?P<place>(?!{PERIOD_RE}|{HOLIDAY_RE}|[全本我各])[\u4e00-\u9fff]{{2,8}}?(?:市|县|区|州))?(?:(?P<year>\d{{4}})年)?"
    rf"(?:(?P<period>{PERIOD_RE})|(?P<holiday>{HOLIDAY_RE})|(?P<m1>\d{{1,2}})[—–-](?P<m2>\d{{1,2}})月)?"
    rf"(?P<scope>{SCOPE_RE})?(?P<subject>.+?)(?:工作)?"
    rf"(?:实现|保持)?(?P<assess>(?:{ASSESS_RE})(?:[、，,]?(?:{ASSESS_RE}))*)$")
EVENT_RE = re.compile(r"^(?P<who>.+?)(?:举办|举行)(?:(?P<year>\d{4})年)?(?:第(?P<n>[一二三四五六七八九十]{1,3})届)?"
                      r"(?P<name>.+?)(?:(?:系列|庆祝|主题)?(?P<events>活动))?$")
HEADWAY_RE = re.compile(r"^(?P<who>.+?(?:市|县|区|州|省|镇|乡))(?P<subject>.+?)(?:工作)?取得(?:新|明显|积极)成效$")
SESSION_RE = re.compile(r"^(?P<who>.+?(?:省|市|县|区|州|旗))第(?P<n>[一二三四五六七八九十]+)届人民代表大会"
                        r"第(?P<s>[一二三四五六七八九十]+)次会议(?:隆重|胜利)?(?P<verb>开幕|闭幕)$")
ANALYSIS_RE = re.compile(rf"^(?:(?P<year>\d{{4}})年)?(?P<period>{PERIOD_RE})?(?P<topic>.+?)分析(?:会|会议|调度会)$")
# Topics of analysis meetings (经济运行 "economic performance": GWR 2018/58 "stable, positive economic performance").
# a ceremony of signing or starting projects (临溪区举行2025年第三季度招商引资项目集中签约仪式), perhaps with its deck
# (16个项目签约总投资98.6亿元) -> "Linxi District Holds Signing Ceremony for Investment Projects of the Third Quarter of
# 2025; 16 Projects Signed with Total Investment of CNY 9.86 Billion" (project renderings; GWR 2016/511 招商引资
# "attract investment")
CEREMONY_RE = re.compile(rf"^(?P<who>.+?)(?:举行|举办|召开)(?:(?P<year>\d{{4}})年)?(?P<period>{PERIOD_RE})?"
                         r"(?P<topic>招商引资项目|重点项目|重大项目|产业项目|项目)(?:集中)?(?P<kind>签约仪式|开工仪式|签约活动)"
                         r"(?P<deck>.*)$")
CEREMONY_TOPICS = {"招商引资项目": "Investment Projects", "重点项目": "Key Projects", "重大项目": "Major Projects",
                   "产业项目": "Industrial Projects", "项目": "Projects"}
CEREMONY_KINDS = {"签约仪式": ("Signing Ceremony", "Signed"), "签约活动": ("Signing Ceremony", "Signed"),
                  "开工仪式": ("Groundbreaking Ceremony", "Started")}
DECK_RE = re.compile(r"^[\s，,]*(?P<n>\d+)个项目(?:集中)?(?:签约|开工)[，,]?(?:签约)?总投资"
                     r"(?P<amount>[\d.]+)(?P<unit>亿元|万元)$")
ANALYSIS_TOPICS = {"经济运行": "Economic Performance", "经济形势": "the Economic Situation"}
# a leader's inspection (市长李明调研重点项目建设, 副县长张华带队检查安全生产工作): "Mayor Li Ming Inspects ...",
# "... Leads an Inspection of ..."; a party secretary after the name, as the speeches' "Secretary of the County Party
# Committee" (project renderings: 调研, 检查 and 督导 all "inspect", the news agencies' word for a leader's visit)
INSPECTION_RE = re.compile(r"^(?P<office>市长|副市长|县长|副县长|区长|副区长|镇长|乡长|"
                           r"县委书记|市委书记|区委书记|州委书记)"
                           r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<lead>带队)?(?:调研|检查|督导|督查)(?P<subject>.{2,})$")


def headline(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """The English of a news headline in one of the frames above, or None (some part does not render).
    A place before a colon (清溪县：上半年经济运行稳中向好) heads the rendered rest: "Qingxi County: ..."."""
    from .titles import PLACE_SUFFIX_RE

    place, sep, rest = zh.partition("：") if "：" in zh else zh.partition(":")
    if sep and rest and PLACE_SUFFIX_RE.fullmatch(place):
        who = renderer.region(place)
        text = headline(renderer, rest, "") if who else None  # the place is named once: "The County's Economy"
        return f"{who}: {text}" if text else None
    for frame in (_event, _assessment, _headway, _session, _ceremony, _inspection, _held, _presides):
        text = frame(renderer, zh, region)
        if text is not None:
            return text
    return None


def period_phrase(year: str | None, period: str | None) -> str:
    """' in the First Quarter of 2022', ' in the First Three Quarters', ' in 2022', or ''."""
    if period:
        return f" in {PERIOD_WORDS[period]}" + (f" of {year}" if year else "")
    return f" in {year}" if year else ""


# Who acts in a local headline, said of the document's own region (我市召开…, 全县召开…, 市政府召开…): the scope
# word names the region when its level is the region's (我市 of 汾水市), the government word its people's government.
OWN_SCOPE_RE = re.compile(r"^(?:我|全|本)(?P<level>市|县|区|州|旗|省|镇|乡)$")
OWN_GOVERNMENT_RE = re.compile(r"^(?P<level>市|县|区|州|旗|省|镇|乡)(?:人民)?政府$")
OWN_DEPARTMENT_RE = re.compile(r"^(?P<level>市|县|区)(?P<dept>[\u4e00-\u9fff]{1,10}(?:局|委员会|委))$")


def who_en(renderer: TitleRenderer, zh: str, region: str = "") -> str | None:
    """The English of who acts in a headline: a place (白沙镇), a body (白沙镇人民政府), or, of the document's own
    region, 我市/全县 (the place) and 市政府 (its people's government); None otherwise."""
    from .titles import PLACE_SUFFIX_RE

    own = OWN_SCOPE_RE.match(zh) or OWN_GOVERNMENT_RE.match(zh)
    if own:
        if not region or not region.endswith(own.group("level")):
            return None  # 我市 of a county's document: no name to give
        return renderer.region(region) if own.re is OWN_SCOPE_RE else renderer.body(region + "人民政府")
    dept = OWN_DEPARTMENT_RE.match(zh)  # 市税务局 of a city's news: the city's own bureau, by its full name
    if dept and region.endswith(dept.group("level")):
        return renderer.body(region + dept.group("dept"))
    return renderer.region(zh) if PLACE_SUFFIX_RE.fullmatch(zh) else renderer.body(zh)


HELD_RE = re.compile(r"^(?P<meeting>.+?(?:会议|大会|分析会|推进会|座谈会|调度会|部署会|发布会))(?:召开|举行)$")


def _held(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """全省前三季度经济运行分析会召开: the meeting, then "Held"; None unless the meeting renders in full."""
    from .titles import Parts

    m = HELD_RE.match(zh)
    if not m:
        return None
    parts = Parts([])
    meeting = renderer.meeting(m.group("meeting"), parts, region)
    return None if parts.missing or not meeting or meeting.startswith("a ") else f"{meeting} Held"


# who chairs a meeting (林建国主持召开市政府第42次常务会议): "Lin Jianguo Presides over the 42nd Executive Meeting of
# the Tanzhou Municipal People's Government", an office before the name "Mayor" (project renderings)
PRESIDES_RE = re.compile(r"^(?P<office>市长|副市长)?(?P<name>[\u4e00-\u9fff]{2,3}?)主持召开(?P<who>[市县区]政府)"
                         r"(?P<meeting>第\d+次常务会议|常务会议)$")


def _presides(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    from .persons import person_en

    m = PRESIDES_RE.match(zh)
    if not m:
        return None
    name = person_en(m.group("name"), renderer.glossary)
    held = renderer.title(f"{m.group('who')}召开{m.group('meeting')}", "", region)
    own = re.fullmatch(r"(?P<who>.+) Holds Its (?P<what>.+)", held.text if held and held.status == "derived" else "")
    if not name or not own:
        return None
    office = {"市长": "Mayor ", "副市长": "Vice Mayor "}.get(m.group("office") or "", "")
    return f"{office}{name} Presides over the {own.group('what')} of the {own.group('who')}"


def _event(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    m = EVENT_RE.match(zh)
    if not m:
        return None
    who = who_en(renderer, m.group("who"), region)
    entry = renderer.glossary.lookup(m.group("name"))
    if who is None or entry is None or entry.category != "programme":
        return None
    year = f"{m.group('year')} " if m.group("year") else ""
    if not m.group("events"):  # 我市举办第五届农民丰收节: "Fenshui Holds the Fifth Chinese Farmers' Harvest Festival"
        from .title_tables import SESSION_WORDS
        from .title_words import cn_int

        n = cn_int(m.group("n") or "")
        return f"{who} Holds the {SESSION_WORDS.get(n, ordinal(n))} {entry.en}" if n and not year else None
    if m.group("n"):
        return None
    return f"{who} Holds {year}{entry.en} Events"


def _owner(renderer: TitleRenderer, scope: str, region: str) -> str:
    """Whose economy: the document's region ("Daichuan's") when the scope is its own, else "The City's"."""
    place = renderer.region_short(region) if region else None
    return f"{place}'s" if place else f"The {SCOPE_OWNERS[scope]}'s"


# who produce or earn what a metric counts, named after "of" ("value added of industrial enterprises"): the place's
OWNED_AGENTS = ("industrial enterprises", "enterprises", "residents", "urban residents", "rural residents",
                "urban and rural residents")


def owned(owner: str, subject: str) -> str:
    """The owner before the thing owned: "Yuechuan's Foreign Trade", and inside an "of" phrase "Value Added of
    Yuechuan's Industrial Enterprises Above Designated Size" (the value added is not Yuechuan's but its
    enterprises')."""
    head, of, tail = subject.partition(" of ")
    if of and tail.lower().startswith(OWNED_AGENTS):  # (not "Total Retail Sales of Yuechuan's Consumer Goods")
        owner = "the " + owner[4:] if owner.startswith("The ") else owner  # "of the City's"
        return f"{head} of {owner} {tail}"
    return f"{owner} {subject}"


def _assessment(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    m = ASSESSMENT_HEADLINE_RE.match(zh)
    if m and m.group("holiday") and region and m.group("subject").startswith(region):
        # 2025年春节假期澜城市文化和旅游市场繁荣有序: the region named after the holiday owns the subject
        m = ASSESSMENT_HEADLINE_RE.match(zh[:m.start("subject")] + "全市" + zh[m.start("subject") + len(region):])
    if not m:
        return None
    subject_zh = m.group("subject")
    own = region[:2] if len(region) > 2 else ""  # 前三季度岚溪经济…: the region's name without its generic
    bare = bool(own) and subject_zh.startswith(own) and subject_zh[2:] in ECONOMY
    if bare:
        subject_zh = subject_zh[2:]
    place = m.group("place")
    if place and place != region:
        who = renderer.region_short(place)  # 岚溪市上半年经济运行…: the place written before the period
        if who is None:
            return None
        region = place
    if subject_zh in ECONOMY:
        english = "economy"
    else:
        from .metrics import metric_en

        entry = renderer.glossary.lookup(subject_zh)
        if entry is not None and entry.category not in ("metric", "term"):
            return None
        english = metric_en(subject_zh, renderer.glossary) or ""  # the glossary's, or the metric grammar's
        if not english:
            return None
    from .title_words import title_case

    plural = is_plural(english)
    scope = m.group("scope") or ("全市" if bare or place else None)  # the place's own economy
    subject = title_case(english)
    subject = owned(_owner(renderer, scope, region), subject) if scope else f"The {re.sub(r'^the ', '', subject)}"
    verbs = [ASSESSMENTS[a][1 if plural else 0] for a in re.findall(ASSESS_RE, m.group("assess"))]
    verb = verbs[0] if len(verbs) == 1 else ", ".join(verbs[:-1]) + " and " + verbs[-1]
    if m.group("holiday"):  # "… During the 2025 Spring Festival Holiday"
        year = f"{m.group('year')} " if m.group("year") else ""
        return f"{subject} {verb} During the {year}{HOLIDAY_WORDS[m.group('holiday')]}"
    if m.group("m1"):  # 1—10月我市外贸进出口保持稳定增长: "... in January-October"
        from .report_titles import MONTHS

        first, last = int(m.group("m1")), int(m.group("m2"))
        if not 1 <= first < last <= 12:
            return None
        year = f" {m.group('year')}" if m.group("year") else ""
        return f"{subject} {verb} in {MONTHS[first - 1]}-{MONTHS[last - 1]}{year}"
    return f"{subject} {verb}{period_phrase(m.group('year'), m.group('period'))}"


def is_plural(english: str) -> bool:
    """Whether a noun phrase takes a plural verb: its head (the words before of/in/for) is a plural or a pair
    ('imports and exports', 'total retail sales of consumer goods'; 'value added of industrial enterprises' and
    'GDP' are singular)."""
    head = re.split(r" (?:of|in|for|by|from) ", english, maxsplit=1)[0]
    last = head.split()[-1] if head.split() else ""
    # (a pair of nouns is plural, "imports and exports"; a pair qualifying one noun is not: "culture and tourism
    # market")
    pair = " and " in head and head.rsplit(" and ", 1)[1].count(" ") == 0
    return pair or (last.endswith("s") and not last.endswith(("ss", "us", "is")))


def _headway(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    m = HEADWAY_RE.match(zh)
    if not m:
        return None
    who = renderer.region(m.group("who"))
    subject = renderer.subject(m.group("subject"))
    if who is None or subject is None:
        return None
    return f"{who} Makes Further Headway in {subject}"  # GWR 2021/94 取得新成效 "making further headway in"


def analysis_meeting(zh: str) -> str | None:
    """2022年一季度经济运行分析会 -> 'Meeting to Analyze Economic Performance in the First Quarter of 2022'."""
    m = ANALYSIS_RE.match(zh)
    if not m or m.group("topic") not in ANALYSIS_TOPICS:
        return None
    return f"Meeting to Analyze {ANALYSIS_TOPICS[m.group('topic')]}{period_phrase(m.group('year'), m.group('period'))}"


def _session(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """槐川县第十八届人民代表大会第五次会议开幕 -> "The Fifth Session of the 18th Huaichuan County People's Congress
    Opens"."""
    from .title_tables import SESSION_WORDS
    from .title_words import cn_int

    m = SESSION_RE.match(zh)
    who = renderer.region(m.group("who")) if m else None
    n, s = (cn_int(m.group("n")), cn_int(m.group("s"))) if m else (0, 0)
    if not m or not who or not n or not s:
        return None
    verb = "Opens" if m.group("verb") == "开幕" else "Closes"
    return f"The {SESSION_WORDS.get(s, ordinal(s))} Session of the {ordinal(n)} {who} People's Congress {verb}"


def _ceremony(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    from .numbers import quantity

    m = CEREMONY_RE.match(zh)
    if not m:
        return None
    who = who_en(renderer, m.group("who"), region)
    deck = DECK_RE.match(m.group("deck")) if m.group("deck").strip() else None
    if who is None or (m.group("deck").strip() and deck is None):
        return None
    kind, done = CEREMONY_KINDS[m.group("kind")]
    when = period_phrase(m.group("year"), m.group("period")).replace(" in ", " of ", 1)
    text = f"{who} Holds {kind} for {CEREMONY_TOPICS[m.group('topic')]}{when}"
    if deck:
        amount = quantity(deck.group("amount"), deck.group("unit"), renderer.glossary).replace("billion", "Billion")
        text += f"; {deck.group('n')} Projects {done} with Total Investment of {amount.replace('million', 'Million')}"
    return text


def _inspection(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """市长李明调研重点项目建设 -> "Mayor Li Ming Inspects the Construction of Key Projects"; 县委书记王强调研防汛工作
    -> "Wang Qiang, Secretary of the County Party Committee, Inspects Flood Control"; None unless all parts render."""
    from .bylines import OFFICES
    from .persons import person_en
    from .title_tables import SPEAKER_OFFICES

    m = INSPECTION_RE.match(zh)
    if not m:
        return None
    name, subject = person_en(m.group("name"), renderer.glossary), renderer.subject(m.group("subject"))
    if not name or not subject:
        return None
    office = m.group("office")
    who = f"{name}, {SPEAKER_OFFICES[office]}," if office in SPEAKER_OFFICES else f"{OFFICES[office][0]} {name}"
    if m.group("lead"):
        return f"{who} Leads an Inspection of {subject}"
    return f"{who} Inspects {subject}"

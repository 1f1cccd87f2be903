"""Names of facilities and parks and the clauses saying they were completed, for timeline entries.

A facility is named after its place and kind: 沅川港 "Yuanchuan Port", 澄阳东站综合交通枢纽 "Chengyang East Station
Integrated Transportation Hub" (GWR 2015/418 "integrated transportation hubs"), an industrial park after its owner or
place and its trade: 华信新能源汽车零部件产业园 "Huaxin New-Energy Vehicle Parts Industrial Park" (GWR 2017/388
"industrial parks", GWR 2022/374 "new-energy vehicles"); a phase: 二期工程 "Phase II". The place is a glossary
place or a two-character name in Pinyin (as companies in names.py); a kind or trade outside the lists below leaves
the name unread (None), never guessed. All the frames are project renderings (translations/README.md).

``completed_clause`` renders a dated clause ``<facility>于6月建成投运`` -> "Phase II of Yuanchuan Port was completed
and put into operation in June 2024." and a target ``确保6月底前<facility>建成投用`` -> "Chengyang East Station ... is
to be completed and put into use by the end of June 2025."; what the sentence adds in other clauses is left out (the
English is true and says only that).
"""

from __future__ import annotations

import re

from .glossary import Glossary
from .periods import on_period

# kinds of facility, longest first when matched (project renderings after the GWR words cited above)
FACILITY_KINDS = {
    "综合交通枢纽": "Integrated Transportation Hub", "综合枢纽": "Integrated Transportation Hub",
    "交通枢纽": "Transportation Hub", "产业园": "Industrial Park", "工业园": "Industrial Park",
    "物流园": "Logistics Park", "科技园区": "Science Park", "科技园": "Science Park",  # (GWR 2014/398 科技园区)
    "港": "Port", "机场": "Airport", "大桥": "Bridge",
    # an avenue rebuilt (棠溪大道改造工程 'the Tangxi Avenue Renovation Project'; project rendering)
    "大道改造工程": "Avenue Renovation Project", "大道改造提升工程": "Avenue Renovation Project",
    "污水处理厂": "Sewage Treatment Plant",  # (after GWR 2009/54 "sewage treatment capacity"; project rendering)
    "高速公路": "Expressway",  # X至Y高速公路 "the X-Y Expressway" (GWR 2015/87 expressways open to traffic)
    "快速通道": "Express Road", "快速路": "Express Road",  # (project rendering: a fast road between two towns)
    # a road rebuilt between a town and the county seat (桂坪至县城公路改造工程; project renderings)
    "公路改造工程": "Road Upgrading Project", "公路改建工程": "Road Upgrading Project", "公路": "Road",
    "一级公路": "Class-I Highway",  # (a highway of the first technical class, JTG B01; project rendering)
    # a bus or rail line between two places (沅州至棠溪城际公交线路 'the Yuanzhou-Tangxi Intercity Bus Line'; project
    # renderings after GWR 2013/29 "intercity railways")
    "城际公交线路": "Intercity Bus Line", "城际公交": "Intercity Bus Line", "城际铁路": "Intercity Railway",
    # a logistics hub (临溪冷链物流中心 'the Linxi Cold-Chain Logistics Center'; project renderings)
    "冷链物流中心": "Cold-Chain Logistics Center", "物流中心": "Logistics Center",
    "数据中心": "Data Center",  # (碧岑数据中心 'the Bicen Data Center'; project rendering)
    # a cold-chain park and a pumped-storage station a project list names (云岭县冷链物流园, 汐南县抽水蓄能电站;
    # project renderings after 冷链物流中心 above and GWR 2022/476 "pumped-storage hydroelectric plants")
    "冷链物流园": "Cold-Chain Logistics Park", "抽水蓄能电站": "Pumped-Storage Hydroelectric Plant",
    # public works a chronicle or report dates (project renderings): a water plant, a bus line, an incubator
    "水厂": "Water Plant", "自来水厂": "Water Plant", "净水厂": "Water Purification Plant",
    "公交线路": "Bus Line", "垃圾焚烧发电厂": "Waste-to-Energy Plant", "垃圾处理场": "Landfill",
    "创业孵化基地": "Business Incubation Base", "大学生创业孵化基地": "Business Incubation Base for College Students",
    "职业教育实训基地": "Vocational Education Training Base", "实训基地": "Training Base",
    "标准化厂房": "Standard Factory Complex", "体育馆": "Gymnasium", "体育中心": "Sports Center",
    "图书馆": "Library", "博物馆": "Museum", "文化馆": "Cultural Center", "档案馆": "Archives",
}
# the ends of a route that are no place names: the county seat, the city proper
ROUTE_ENDS = {"县城": "County Seat", "市区": "City Proper"}
# a road named after the places it joins (嵘州至临港高速公路): both places, joined by a hyphen
ROUTE_KINDS = ("城际公交线路", "城际公交", "城际铁路", "高速公路", "快速通道", "快速路", "公路改造工程", "公路改建工程",
               "一级公路", "公路", "公交线路")
STATIONS = {"火车站": "Railway Station", "东站": "East Railway Station", "西站": "West Railway Station",
            "南站": "South Railway Station",
            "北站": "North Railway Station"}
# kinds whose names take "the" (the Huaxin ... Industrial Park); a port, airport or bridge is named bare
ARTICLE_KINDS = ("城际公交线路", "城际公交", "城际铁路", "综合交通枢纽", "综合枢纽", "交通枢纽", "产业园",
                 "工业园", "物流园", "科技园区", "科技园", "大桥", "高速公路", "快速通道", "快速路", "公路改造工程",
                 "公路改建工程", "一级公路", "大道改造工程", "大道改造提升工程", "公路", "冷链物流中心", "物流中心",
                 "数据中心", "污水处理厂", "水厂", "自来水厂", "净水厂", "公交线路", "垃圾焚烧发电厂", "垃圾处理场",
                 "创业孵化基地", "大学生创业孵化基地", "职业教育实训基地", "实训基地", "标准化厂房", "体育馆",
                 "体育中心", "图书馆", "博物馆", "文化馆", "档案馆", "冷链物流园", "抽水蓄能电站")
PARK_TRADES = {"新能源汽车零部件": "New-Energy Vehicle Parts", "新能源汽车": "New-Energy Vehicle",
               "汽车零部件": "Auto Parts", "电子信息": "Electronic Information", "生物医药": "Biomedicine",
               "新材料": "New Materials", "现代物流": "Modern Logistics", "新能源电池": "New-Energy Battery",
               "动力电池": "Power Battery", "装备制造": "Equipment Manufacturing",
               "智能制造": "Intelligent Manufacturing", "数字经济": "Digital Economy",
               "智能装备": "Intelligent Equipment",  # (汐阳智能装备产业园; project rendering)
               # a farm product processed in depth (云塘茶叶精深加工产业园; project renderings)
               "茶叶精深加工": "Tea Deep Processing", "农产品精深加工": "Agricultural Products Deep Processing",
               "农产品加工": "Agricultural Products Processing", "绿色食品": "Green Food",
               # a park two cities build together (澄汐合作产业园 'the Chengxi Cooperation Industrial Park', P)
               "合作": "Cooperation"}
# (a phase in brackets after the name, as a project list writes it: 碧岑数据中心（一期）)
PHASE_RE = re.compile(r"(?:(?P<n>[一二三四五])期(?:工程|项目)?|[（(](?P<b>[一二三四五])期[）)])$")
# what happened (建成投运 "completed and put into operation" ...), as a past fact and as a target
DONE = {"建成投运": "completed and put into operation", "建成投产": "completed and went into production",
        "建成投用": "completed and put into use", "建成通车": "completed and opened to traffic",
        "竣工投用": "completed and put into use",
        "竣工通车": "completed and opened to traffic", "开诊": "opened to patients",  # (a hospital: 正式开诊)
        "开通运营": "began operation",
        "投入使用": "put into use", "投入运营": "put into operation", "投运": "put into operation",
        "投入运行": "put into operation", "建成投入使用": "completed and put into use", "主体封顶": "topped out",
        "完工": "completed", "全面完工": "completed",
        "投产": "in production", "建成": "completed", "竣工": "completed"}
PAST = {"投产": "went into production", "开诊": "opened to patients", "开通运营": "began operation",
        "主体封顶": "was topped out"}
TARGET = {"投产": "go into production", "开诊": "open to patients", "开通运营": "begin operation",
          "主体封顶": "be topped out"}
DONE_RE = "|".join(sorted(DONE, key=len, reverse=True))
WHEN = r"(?:\d{4}年)?\d{1,2}月(?:底|份|中旬|上旬|下旬)?"
# (投资1.2亿元的X于9月建成通车: the investment before the name is left out, as what the sentence adds elsewhere)
PAST_RE = re.compile(rf"^(?:(?:\d{{4}}年)?\d{{1,2}}月(?:\d{{1,2}}日)?[，,]|同日[，,])?"
                     rf"(?:总?投资[^，,。；;的]{{1,12}}的)?"
                     rf"(?P<what>[^，,。；;\d]+?)(?:已?于?{WHEN})?(?:正式)?"
                     rf"(?P<done>{DONE_RE})(?:[，,；;].*)?[。.]?$")
# one clause of a longer sentence naming a facility and the month it was completed or opened (…，X于9月投入使用，…)
DATED_CLAUSE_RE = re.compile(rf"^(?P<what>[^，,。；;\d]+?)于(?:\d{{4}}年)?\d{{1,2}}月(?:底|份|中旬|上旬|下旬)?"
                             rf"(?:正式)?(?P<done>{DONE_RE})$")
TARGET_RE = re.compile(rf"^(?:确保|力争|计划)?(?:(?:\d{{4}}年)?\d{{1,2}}月(?P<end>底|末)?(?:前|以前))[，,]?"
                       rf"(?P<what>[^，,。；;]+?)(?P<done>{DONE_RE})(?:[，,；;].*)?[。.]?$")
# the deadline after the facility (确保嵘州北站综合交通枢纽6月底前建成投用, X力争于2026年6月底前建成通车)
TARGET_AFTER_RE = re.compile(rf"^(?:确保|力争|计划)?(?P<what>[^，,。；;\d]+?)(?:计划|力争|确保)?于?"
                             rf"(?:\d{{4}}年)?\d{{1,2}}月(?P<end>底|末)?"
                             rf"(?:前|以前)(?P<done>{DONE_RE})(?:[，,；;].*)?[。.]?$")
# works named with their investment and the month they are expected to be done (计划投资1.8亿元建设县中医院新院区，
# 设置床位500张，预计2027年6月建成投用)
EXPECTED_RE = re.compile(rf"^(?:计划|拟)?(?:总?投资[^，,。；;]{{1,12}}?元)?(?:用于)?(?:新建|建设|实施|改扩建|扩建|迁建)"
                         rf"(?P<what>[^，,。；;\d]+?)[，,](?:[^。；;]*?[，,])?预计(?:于)?(?:\d{{4}}年)?\d{{1,2}}月"
                         rf"(?P<end>底|末)?(?:前)?(?P<done>{DONE_RE})[。.]?$")
ZONES = ("新区", "经济开发区", "经济技术开发区", "高新技术产业开发区", "高新区", "开发区")
ROMAN = {"一": "I", "二": "II", "三": "III", "四": "IV", "五": "V"}
# a work report's 加快X前期工作，确保6月底前开工建设: "Construction of X is to start by the end of June 2024."
# an investment news item's 总投资25亿元的X项目计划于今年8月开工建设: "Construction of the X Project is to start in
# August 2024." (the project named by names.py; the rest of the sentence left out)
PLANNED_START_RE = re.compile(r"^(?:其中[，,])?(?:总投资[^，,。；;的]*的)?(?P<what>[^，,。；;的]+?项目)"
                              r"(?:计划|预计|将)于?(?:\d{4}年|今年|明年)?\d{1,2}月(?:份)?(?:开工建设|开工)"
                              r"(?:[，,；;].*)?[。.]?$")
START_RE = re.compile(rf"^加快(?P<what>[^，,。；;]+?)(?:项目)?前期工作[，,](?:确保|力争)?(?:{WHEN}?)?(?P<end>底|末)?"
                      r"(?:前|以前)开工(?:建设)?[。.]?$")


def _place(zh: str, glossary: Glossary) -> str | None:
    from .names import COMMON_WORDS, _specific

    entry = glossary.lookup(zh) or glossary.lookup(zh + "市") or glossary.lookup(zh + "县")
    if entry is not None and entry.category == "place":
        return entry.short or entry.en
    if len(zh) == 2 and zh not in COMMON_WORDS and glossary.lookup(zh) is None:
        return _specific(zh)
    if zh.endswith(ZONES) or (len(zh) in (3, 4) and zh.endswith(("县", "区", "镇", "乡"))):
        # a development zone or new area (城西新区 'Chengxi New Area'), a county or district as a facility's owner
        # (梓溪县 'Zixi County', 青禾县数字经济产业园), as names.py renders it
        from .names import region_en

        return region_en(zh, glossary)
    return None


def _seat(zh: str, glossary: Glossary) -> str | None:
    """青禾县城 -> 'Qinghe County Seat' (a route's end at a named county's seat), else None."""
    place = _place(zh[:-1], glossary) if zh.endswith("县城") and len(zh) > 3 else None
    return f"{place} Seat" if place and place.endswith("County") else None


def _quarter(zh: str, glossary: Glossary) -> str | None:
    """青禾县城南 -> 'Qinghe County Chengnan': a facility named after its county or district and a quarter of it
    (城南, 城东, 河西: the quarter's name in Pinyin, as the plants are named in English), else None."""
    from .names import _specific

    m = re.fullmatch(r"(?P<place>[\u4e00-\u9fff]{2,4}?[县区市])(?P<quarter>城[东南西北]|[东南西北]城|河[东南西北])", zh)
    place = _place(m.group("place"), glossary) if m else None
    quarter = _specific(m.group("quarter")) if m else None
    return f"{place} {quarter}" if place and quarter else None


def facility_en(zh: str, glossary: Glossary) -> str | None:
    """沅川港二期工程 -> 'Phase II of Yuanchuan Port', 澄阳东站综合交通枢纽 -> 'the Chengyang East Railway Station
    Integrated Transportation Hub'; None unless every part renders."""
    phase = PHASE_RE.search(zh)
    if phase:
        inner = facility_en(zh[: phase.start()], glossary)
        return f"Phase {ROMAN[phase.group('n') or phase.group('b')]} of {inner}" if inner else None
    kind = next((k for k in sorted(FACILITY_KINDS, key=len, reverse=True) if zh.endswith(k)), None)
    if kind is None or len(zh) == len(kind):
        return None
    numbered = re.fullmatch(r"(?P<own>[市县区])第(?P<n>[一二三四五六七八九十])", zh[: -len(kind)])
    if numbered:  # 市第二水厂 -> 'the Municipal No. 2 Water Plant' (the own government's, numbered)
        from .title_words import cn_int

        own = {"市": "Municipal", "县": "County", "区": "District"}[numbered.group("own")]
        return f"the {own} No. {cn_int(numbered.group('n'))} {FACILITY_KINDS[kind]}"
    rest, words = zh[: -len(kind)], [FACILITY_KINDS[kind]]
    if kind in ROUTE_KINDS:
        ends = [ROUTE_ENDS.get(p) or _place(p, glossary) or _seat(p, glossary) for p in rest.split("至")] \
            if rest.count("至") == 1 else [None]
        return f"the {'-'.join(ends)} {words[0]}" if all(ends) else None  # type: ignore[arg-type]
    trade = next((t for t in sorted(PARK_TRADES, key=len, reverse=True) if rest.endswith(t)), None)
    if trade and kind in ("产业园", "工业园"):
        rest, words = rest[: -len(trade)], [PARK_TRADES[trade], *words]
    station = next((s for s in sorted(STATIONS, key=len, reverse=True) if rest.endswith(s) and len(rest) > len(s)),
                   None)
    if station and kind != "港":
        rest, words = rest[: -len(station)], [STATIONS[station], *words]
    place = _place(rest, glossary) or _quarter(rest, glossary)
    if not place:
        return None
    return ("the " if kind in ARTICLE_KINDS else "") + " ".join([place, *words])


def _project(zh: str, glossary: Glossary) -> str | None:
    """A company's project named after it (恒裕新材料有限公司二期项目 -> 'the Hengyu New Materials Co., Ltd. Phase II
    Project', names.py), as the facility completed; None for any other name."""
    if not zh.endswith("项目"):
        return None
    from .names import name_en

    project = name_en(zh, glossary)
    return f"the {project}" if project and project.endswith("Project") and "Co., Ltd." in project else None


def completed_clause(text: str, when: str, target: bool, glossary: Glossary) -> str | None:
    """The English of a facility completed (or to be completed) at ``when`` (an English period), or None."""
    text = re.sub(r"\s+", "", text)
    start = START_RE.match(text) if target else None
    name = facility_en(start.group("what"), glossary) if start else None
    if start and name:
        return f"Construction of {name} is to start {'by the end of' if start.group('end') else 'before'} {when}."
    planned = PLANNED_START_RE.match(text) if target else None
    if planned:
        from .names import name_en

        project = name_en(planned.group("what"), glossary)
        if project and project.endswith("Project"):
            return f"Construction of the {project} is to start in {when}."
    expected = EXPECTED_RE.match(text) if target else None
    if expected and (name := _named(expected.group("what"), glossary)):
        verb = TARGET.get(expected.group("done"), f"be {DONE[expected.group('done')]}")
        return f"{name} is expected to {verb} {'by the end of' if expected.group('end') else 'in'} {when}."
    m = (TARGET_RE.match(text) or TARGET_AFTER_RE.match(text)) if target else PAST_RE.match(text)
    dated = [c for c in re.split(r"[，,；;]", text.rstrip("。.")) if DATED_CLAUSE_RE.match(c)] if not target else []
    if len(dated) > 1:
        return None  # X于9月投入使用，Y于10月投入使用: two facilities, two dates; the entry says neither alone
    if not m and not target:  # 新建…5所，县人民医院新院区于9月投入使用，新增…: the one clause dated by its month
        m = DATED_CLAUSE_RE.match(dated[0]) if dated else None
    if not m:
        return None
    name = _named(m.group("what"), glossary)
    if name is None:
        return None
    done = m.group("done")
    if target:
        verb = TARGET.get(done, f"be {DONE[done]}")
        return f"{name} is to {verb} {'by the end of' if m.group('end') else 'before'} {when}."
    verb = PAST.get(done, f"was {DONE[done]}")
    return f"{name} {verb} {on_period(when)}."  # (on 18 April 2024, in April 2024)


def _named(what: str, glossary: Glossary) -> str | None:
    """The works' English as a sentence's subject: County People's Hospital (new campus) -> "The new campus of the
    County People's Hospital"; None unless it renders."""
    from .institutions import PARTS, institution_en

    name = facility_en(what, glossary) or institution_en(what, glossary) or _project(what, glossary)
    if name is None:
        return None
    parts = "|".join(sorted(set(PARTS.values()), key=len, reverse=True))
    part = re.fullmatch(r"(?P<whole>.+) \((?P<part>" + parts + r")\)", name)
    if part:  # County People's Hospital (new campus): "the new campus of the County People's Hospital"
        name = f"the {part.group('part')} of the {part.group('whole')}"
    return name[:1].upper() + name[1:]

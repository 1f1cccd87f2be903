"""Names in English: regions and administrative units, issuing bodies, document numbers.

- ``region_en("黔东南苗族侗族自治州") == "Qiandongnan Miao and Dong Autonomous Prefecture"``: the glossary's place
  entry if there is one (its readings and non-Pinyin names such as 海拉尔 Hailar are kept there, with sources),
  else the specific name in Hanyu Pinyin (``pinyin.py``, with place readings) and the generic in English
  (县 County, 区 District, 旗 Banner, 自治县 Autonomous County ...). A city (市) is written without a generic,
  as the glossary writes every city (朝阳市 Chaoyang, as in "Chaoyang Municipal People's Government").
- ``issuer_en("洛阳市统计局") == "Luoyang Municipal Bureau of Statistics"``: a region followed by a body whose
  English is composed with the region's adjective form (Municipal, Provincial, County, District ...);
  ``X市人民政府办公室`` -> "General Office of the X Municipal People's Government".
- ``doc_number_en("朝政办发〔2023〕30号") == "Chao Zheng Ban Fa [2023] No. 30"``: the convention of official
  translations (each character's syllable, capitalised, the year in brackets, "No." before the number).

Each function returns None (doc_number_en: never) when a part cannot be rendered: nothing is guessed.
"""

from __future__ import annotations

import re

from ..clean.text import DOC_NUMBER_TAIL
from ..extract.figures.stations import FACILITY_STATION
from .bodies import BODIES, CPC_DEPTS, CPC_GROUPS, CPC_RE
from .committees import committee_en
from .cppcc_bodies import cppcc_body_en
from .glossary import Glossary, get_glossary
from .institutions import institution_en
from .pinyin import join_syllables, syllables
from .water_port_names import port_or_reservoir_en, port_or_reservoir_kind

# Generic names of administrative units, longest first: (zh, English after the name, adjective of its government).
GENERICS: tuple[tuple[str, str, str], ...] = (
    ("特别行政区", "Special Administrative Region", "Special Administrative Region"),
    ("经济技术开发区", "Economic and Technological Development Zone", "Economic and Technological Development Zone"),
    ("高新技术产业开发区", "High-tech Industrial Development Zone", "High-tech Industrial Development Zone"),
    ("高新区", "High-tech Zone", "High-tech Zone"),
    ("经济开发区", "Economic Development Zone", "Economic Development Zone"),
    ("工业园区", "Industrial Park", "Industrial Park"),
    ("工业园", "Industrial Park", "Industrial Park"),  # 桂坪工业园 (a town's park, written without 区)
    ("开发区", "Development Zone", "Development Zone"),
    ("自治区", "Autonomous Region", "Autonomous Region"),
    ("自治州", "Autonomous Prefecture", "Autonomous Prefecture"),
    ("自治县", "Autonomous County", "Autonomous County"),
    ("自治旗", "Autonomous Banner", "Autonomous Banner"),
    ("街道", "Subdistrict", "Subdistrict"),
    ("地区", "Prefecture", "Prefecture"),
    ("新区", "New Area", "New Area"),
    ("古镇", "Ancient Town", "Ancient Town"),  # a scenic old town (周庄古镇 Zhouzhuang Ancient Town), not 镇 "Gu Town"
    ("省", "Province", "Provincial"),
    ("市", "", "Municipal"),
    ("州", "Prefecture", "Prefecture"),
    ("盟", "League", "League"),
    ("县", "County", "County"),
    ("旗", "Banner", "Banner"),
    ("区", "District", "District"),
    ("镇", "Town", "Town"),
    ("乡", "Township", "Township"),
    ("村", "Village", "Village"),
)
# Ethnic groups named in autonomous areas (official English names of China's 56 ethnic groups).
ETHNIC: dict[str, str] = {
    "苗族": "Miao", "侗族": "Dong", "土家族": "Tujia", "彝族": "Yi", "藏族": "Tibetan", "回族": "Hui",
    "蒙古族": "Mongolian", "壮族": "Zhuang", "布依族": "Bouyei", "哈尼族": "Hani", "傣族": "Dai", "白族": "Bai",
    "朝鲜族": "Korean", "满族": "Manchu", "瑶族": "Yao", "黎族": "Li", "羌族": "Qiang", "维吾尔": "Uygur",
    "哈萨克": "Kazak", "柯尔克孜": "Kirgiz", "景颇族": "Jingpo", "傈僳族": "Lisu", "仡佬族": "Gelao", "水族": "Shui",
    "畲族": "She", "土族": "Tu", "撒拉族": "Salar", "东乡族": "Dongxiang", "保安族": "Bonan", "裕固族": "Yugur",
    "纳西族": "Naxi", "拉祜族": "Lahu", "佤族": "Va", "达斡尔族": "Daur", "鄂温克族": "Ewenki", "鄂伦春": "Oroqen",
    "锡伯族": "Xibe", "仫佬族": "Mulam", "毛南族": "Maonan", "各族": "Various Ethnic Groups", "普米族": "Pumi",
    "怒族": "Nu", "独龙族": "Derung", "阿昌族": "Achang", "德昂族": "De'ang", "布朗族": "Blang", "基诺族": "Jino",
    "哈萨克族": "Kazak", "塔吉克": "Tajik", "蒙古": "Mongolian", "维吾尔族": "Uygur", "柯尔克孜族": "Kirgiz",
}
DOC_NUMBER_RE = re.compile(rf"^(?P<prefix>[\u4e00-\u9fff]+?){DOC_NUMBER_TAIL}$")


def _glossary(zh: str, glossary: Glossary, categories: tuple[str, ...]) -> str | None:
    entry = glossary.lookup(zh)
    return entry.en if entry is not None and entry.category in categories else None


# Longest specific name composed in Pinyin (names of 4 characters or more are glossary entries: 呼和浩特).
MAX_SPECIFIC = 3


def _peel_ethnic(zh: str) -> tuple[str, list[str]]:
    """黔东南苗族侗族 -> ('黔东南', ['Miao', 'Dong']): the ethnic groups named at the end of a place name."""
    rest = zh
    ethnic: list[str] = []
    for _ in range(4):
        for name in sorted(ETHNIC, key=len, reverse=True):
            if rest.endswith(name) and len(rest) > len(name):
                ethnic.insert(0, ETHNIC[name])
                rest = rest[: -len(name)]
                break
        else:
            break
    return rest, ethnic


def _specific(zh: str, autonomous: bool = False) -> str | None:
    """The specific part of a place name in Pinyin, ethnic names in autonomous areas in English."""
    if not zh:
        return None
    if autonomous and zh in ETHNIC:  # 鄂伦春自治旗: the area is named after the group alone
        return ETHNIC[zh]
    words: list[str] = []
    rest, ethnic = _peel_ethnic(zh)
    if not re.fullmatch(r"[\u4e00-\u9fff]+", rest):
        return None
    words.append(join_syllables(syllables(rest)))
    if ethnic:
        words.append(ethnic[0] if len(ethnic) == 1 else ", ".join(ethnic[:-1]) + " and " + ethnic[-1])
    return " ".join(words)


def _split_region(zh: str) -> tuple[str, str, str] | None:
    """(specific, generic English, government adjective) of a place name with a known generic."""
    for generic, english, adjective in GENERICS:
        if zh.endswith(generic) and len(zh) > len(generic):
            specific = zh[: -len(generic)]
            if generic == "市" and specific.endswith(("自治", "特别")):
                continue
            return specific, english, adjective
    return None


PARENT_ENDINGS = ("省", "市", "自治区", "自治州", "州", "盟", "县", "旗", "地区", "区", "镇", "乡", "街道")


def _nested(zh: str, glossary: Glossary) -> str | None:
    """呼和浩特市赛罕区 -> 'Saihan District, Hohhot': a unit written after the unit it belongs to."""
    for i in range(len(zh) - 2, 1, -1):
        parent, child = zh[:i], zh[i:]
        if not parent.endswith(PARENT_ENDINGS):
            continue
        park = next((en for g, en, _a in GENERICS[1:8] if child == g), None)
        if park and (parent_en := region_en(parent, glossary)):
            return f"{parent_en} {park}"  # 柳湾镇工业园区 -> 'Liuwan Town Industrial Park' (the town's own park)
        if len(child) < 2 or _split_region(child) is None:
            continue
        parent_en = region_en(parent, glossary)
        child_en = region_en(child, glossary)
        if parent_en and child_en:
            entry = glossary.lookup(parent)
            return f"{child_en}, {entry.short if entry is not None and entry.short else parent_en}"
    return None


# Words before 村/区/县 ... that make a common noun, not a place name (行政村 administrative village, 建成区 built-up
# area, 示范区 demonstration zone): never read as a place in a metric name.
COMMON_WORDS = frozenset((
    "行政", "贫困", "示范", "重点", "中心", "自然", "老城", "主城", "中心城", "建成", "保护", "功能", "试验", "集聚",
    "风景", "旅游", "特色", "美丽", "文明", "产业", "工业", "科技", "物流", "商贸", "经济", "城市", "农村", "乡村",
    "城乡", "山区", "牧区", "林区", "矿区", "社区", "小区", "景区", "园区", "城区", "市区", "郊区", "县城", "县区",
    "边境", "民族", "生态", "开发", "高新", "合作", "帮扶", "易地", "移民", "脱贫", "省级", "市级", "县级", "国家级",
    "棚户", "城中", "城郊", "近郊", "远郊", "保税", "自贸", "试点", "先行", "核心", "商务", "居住", "住宅", "老旧",
    "安置", "搬迁", "灾害", "受灾", "污染", "禁养", "限养", "水源", "重灾", "低洼", "沉陷", "采煤", "农垦", "边远",
    # determiners: 部分县 is "some counties", not "Bufen County"
    "部分", "有关", "相关", "所有", "全部", "其他", "若干", "多个", "各个", "个别",
    "偏远", "欠发达", "发达", "沿海", "内陆", "东部", "西部", "中部", "南部", "北部", "东北", "西北", "西南", "东南",
))
ZONE_ENDINGS = ("经济技术开发区", "高新技术产业开发区", "高新区", "经济开发区", "工业园区", "工业园", "开发区",
                "自治州", "自治县", "县", "区", "市", "镇", "乡", "村", "旗")


# Characters that open no place name: determiners (全县, 本市, 各区, 该镇, 每村) and grammatical words that a clause
# leaves before a noun (建成的城镇 -> 的城镇 is not "Decheng Town"; 与县, 在乡 ...). Not 和, 向, 从, 为: 和平区,
# 向阳区 and 从化区 are districts.
NOT_A_NAME_START = "全本各该每的之与及在对等了把被其"


def not_a_place_name(specific: str) -> bool:
    return specific in COMMON_WORDS or specific[0] in NOT_A_NAME_START or "的" in specific


def zone_split(zh: str, glossary: Glossary | None = None) -> tuple[str, str] | None:
    """(place, rest) when ``zh`` opens with a place or zone name that renders (石梁县 + 粮食产量), else None.

    The shortest place is tried first, so that 柳溪经济开发区 is read whole only when 柳溪经 is not a place."""
    glossary = glossary or get_glossary()
    for i in range(3, len(zh) - 1):
        place = zh[:i]
        ending = next((e for e in ZONE_ENDINGS if place.endswith(e)), None)
        if ending is None:
            continue
        specific = place[: -len(ending)]
        known = glossary.lookup(place)
        if known is not None and known.category == "place":
            return place, zh[i:]
        # a composed place inside a metric name: a two-character name only (石梁县, 黄岭村), never 相当于地区
        if len(specific) != 2 or not_a_place_name(specific):
            continue
        if region_en(place, glossary) is not None:
            return place, zh[i:]
    return None


def region_en(zh: str, glossary: Glossary | None = None) -> str | None:
    """A region or administrative unit in English, or None."""
    glossary = glossary or get_glossary()
    zh = zh.strip()
    found = _glossary(zh, glossary, ("place",))
    if found is not None:
        return found
    nested = _nested(zh, glossary)
    if nested is not None:
        return nested
    split = _split_region(zh) if not zh.endswith("景区") else None  # (a scenic area is no district: scenic_en)
    if split is None:
        return None
    specific, english, _adjective = split
    if not_a_place_name(specific):  # 棚户区 shantytowns, 全县, 的城镇: not place names
        return None
    name = _glossary(specific, glossary, ("place",))
    if name is None and len(_peel_ethnic(specific)[0]) > MAX_SPECIFIC:  # a phrase, not a place name
        return None
    if name is None and glossary.lookup(specific) is not None:  # 培育 (foster), 重点 ...: a word, not a name
        return None
    if name is None and len(specific) == 1 and english != "County":  # 为乡 is not "Wei Township"; 歙县 She County
        return None
    name = name or _specific(specific, english.startswith("Autonomous"))
    if name is None:
        return None
    if len(specific) == 1 and english in ("County", "District"):  # 歙县: She County (one syllable, no "xian")
        name = join_syllables(syllables(specific))
    return f"{name} {english}".strip()


def _government(zh: str, glossary: Glossary) -> str | None:
    """The region as the adjective of its government: 洛阳市 -> 'Luoyang Municipal', 清溪县 -> 'Qingxi County'."""
    entry = glossary.lookup(zh)
    split = _split_region(entry.zh if entry is not None else zh)
    if split is None:
        return None
    specific, english, adjective = split
    if english in ("", "Province"):  # cities and provinces: the name and its adjective
        composed = _specific(specific) if len(_peel_ethnic(specific)[0]) <= MAX_SPECIFIC else None  # not a phrase
        name = (entry.short if entry is not None and entry.short else None) or (
            entry.en if entry is not None and english == "" else None) or composed
        return f"{name} {adjective}" if name else None
    region = region_en(zh, glossary)
    return region


def issuer_en(zh: str, glossary: Glossary | None = None) -> str | None:
    """An issuing body in English (glossary, or a region followed by a known body), or None."""
    glossary = glossary or get_glossary()
    zh = re.sub(r"\s+", "", zh)
    found = _glossary(zh, glossary, ("body",))
    if found is not None:
        return found
    m = CPC_RE.match(zh)
    if m:
        region = m.group("region") or m.group("short")  # (柘源县委: the county committee, 中共 unsaid)
        if region.endswith(("市", "省", "县", "区")):
            gov = _government(region, glossary)
            if gov:
                group = m.group("group")
                prefix = CPC_GROUPS[group] if group else CPC_DEPTS.get(m.group("dept") or "", "")
                return f"{prefix}CPC {gov} Committee"
    cppcc = cppcc_body_en(zh, lambda region: _government(region, glossary)) if "政协" in zh else None
    if cppcc:
        return cppcc  # 政协枫江县委员会常务委员会: "Standing Committee of the Fengjiang County Committee of the CPPCC"
    survey = SURVEY_TEAM_RE.fullmatch(zh)
    if survey:  # 国家统计局棠川调查队: "Tangchuan Survey Team of the National Bureau of Statistics" (P)
        place = region_en(survey.group("place"), glossary) if survey.group("place").endswith(
            ("市", "县", "省", "区", "州")) else region_en(survey.group("place") + "市", glossary)
        nbs = _glossary("国家统计局", glossary, ("body",)) or "National Bureau of Statistics"
        kind = "Survey Office" if survey.group("total") else "Survey Team"
        return f"{place} {kind} of the {nbs.removeprefix('the ')}" if place else None
    if zh.startswith("国家税务总局") and zh.endswith("税务局") and len(zh) > 9:  # a local tax bureau under the State
        local = issuer_en(zh[6:], glossary)  # Taxation Administration (its own English name), as the survey teams (P)
        return f"{local} of the State Taxation Administration" if local else None
    if zh.endswith("特别行政区政府"):  # the SARs' English: "Government of the Hong Kong Special Administrative Region"
        sar = region_en(zh[:-2], glossary)
        return f"Government of the {sar}" if sar else None
    if zh.endswith("办公室") and not zh.endswith("政府办公室"):  # a department's office: "Office of the ..."
        dept = issuer_en(zh[:-3], glossary)
        if dept and not dept.startswith(("General Office", "Office")):
            return f"Office of the {dept.removeprefix('the ')}"
    committee = committee_en(zh, lambda place: region_en(place, glossary), _specific)
    if committee:  # 枫湾村村民委员会: "Fengwan Villagers' Committee" (committees.py)
        return committee
    for suffix in sorted(BODIES, key=len, reverse=True):
        if zh.endswith(suffix) and len(zh) > len(suffix):
            gov = _government(zh[: -len(suffix)], glossary)
            if gov and ", " in gov:  # 枫渡市鹤汀区人民政府: "Heting District People's Government, Fengdu"
                child, parent = gov.split(", ", 1)
                return f"{BODIES[suffix].format(g=child)}, {parent}"
            if gov:
                return BODIES[suffix].format(g=gov)
    return _newspaper(zh, glossary)


# a survey team of the National Bureau of Statistics in a city or county (国家统计局棠川调查队), or its provincial
# survey office (国家统计局澜西调查总队): named by its place (project rendering)
SURVEY_TEAM_RE = re.compile(r"国家统计局(?P<place>[\u4e00-\u9fff]{2,8}?)调查(?P<total>总)?队")


# Party and government newspapers named after their place (栖川日报 Qichuan Daily, after People's Daily / Hubei
# Daily; project rendering).
NEWSPAPERS = {"日报": "Daily", "晚报": "Evening News"}
# National papers, by the English name each uses on its own masthead and site.
NATIONAL_PAPERS = {"人民日报": "People's Daily", "经济日报": "Economic Daily", "光明日报": "Guangming Daily",
                   "工人日报": "Workers' Daily", "农民日报": "Farmers' Daily", "法治日报": "Legal Daily",
                   "中国日报": "China Daily", "民生周刊": "Minsheng Weekly"}  # (People's Daily's weekly)


def _newspaper(zh: str, glossary: Glossary) -> str | None:
    """栖川日报 -> 'Qichuan Daily': a two-character place name (or a place of the glossary) and the paper's kind."""
    if zh in NATIONAL_PAPERS:
        return NATIONAL_PAPERS[zh]
    for suffix, english in NEWSPAPERS.items():
        place = zh.removesuffix(suffix)
        if place == zh or not place:
            continue
        entry = glossary.lookup(place) or next(
            (glossary.lookup(place + e) for e in ("市", "省", "县") if glossary.lookup(place + e)), None)
        if entry is not None and entry.category == "place":
            return f"{entry.short or entry.en} {english}"
        if len(place) == 2 and place not in COMMON_WORDS and glossary.lookup(place) is None:
            name = _specific(place)
            return f"{name} {english}" if name else None
    return None


# Readings of a region's one-character abbreviation opening a document number, where pypinyin's usual reading is
# wrong (朝 Chaoyang, not zhao; 长 Changsha/Changchun, not zhang; 重 Chongqing; 厦 Xiamen; 蚌 Bengbu).
ABBREVIATION_READINGS = {"朝": "chao", "长": "chang", "重": "chong", "厦": "xia", "蚌": "beng"}


def _syllable_words(text: str) -> str | None:
    if not re.fullmatch(r"[\u4e00-\u9fff]+", text):
        return None
    sylls = syllables(text)
    if text[0] in ABBREVIATION_READINGS:
        sylls[0] = ABBREVIATION_READINGS[text[0]]
    return " ".join(s[:1].upper() + s[1:] for s in sylls)


def doc_number_en(zh: str) -> str:
    """朝政办发〔2023〕30号 -> 'Chao Zheng Ban Fa [2023] No. 30'; the text itself if it has another form."""
    text = zh.strip()
    m = DOC_NUMBER_RE.match(text)
    if not m:
        return text
    prefix = _syllable_words(m.group("prefix"))
    if prefix is None:
        return text
    # (〔２０２６〕 typed in full-width digits reads [2026]: int() reads any decimal digits)
    return f"{prefix} [{int(m.group('year'))}] No. {int(m.group('number'))}"


# a scenic area named after its place or mountain (栖梧山景区, 雁川古镇景区): "<Place or Pinyin> Scenic Area" (the
# generic of the national standard for public signs, GB/T 30240; project rendering)
SCENIC_RE = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,6}?)(?:风景名胜区|旅游景区|风景区|景区)$")


def scenic_en(zh: str, glossary: Glossary | None = None) -> str | None:
    """栖梧山景区 -> 'Qiwushan Scenic Area', 雁川古镇景区 -> 'Yanchuan Ancient Town Scenic Area'; None for a kind
    (重点景区, A级景区) or a word of the glossary."""
    glossary = glossary or get_glossary()
    m = SCENIC_RE.match(zh)
    if not m or re.search(r"[A-Z0-9级各全重点]", m.group("name")) or glossary.lookup(m.group("name")) is not None:
        return None
    name = m.group("name")
    place = region_en(name, glossary) if name.endswith(("古镇", "镇", "村", "县", "区")) else None
    return f"{place or join_syllables(syllables(name))} Scenic Area"


# a shopping venue named by its own name (滨湖汇购物中心, 江澜里步行街, 老南门历史文化街区): "<Pinyin> Shopping Center",
# "<Pinyin> Pedestrian Street", "<Pinyin> Historic and Cultural Block" (the generics of GB/T 30240; project renderings)
VENUES = {"购物中心": "Shopping Center", "商业步行街": "Pedestrian Street", "步行街": "Pedestrian Street",
          "商业街": "Commercial Street", "历史文化街区": "Historic and Cultural Block"}
_VENUE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,5}?)(?P<kind>"
                    + "|".join(sorted(VENUES, key=len, reverse=True)) + ")")


def venue_en(zh: str, glossary: Glossary | None = None) -> str | None:
    """滨湖汇购物中心 -> 'Binhuhui Shopping Center', 江澜里步行街 -> 'Jianglanli Pedestrian Street'; None for a kind
    (重点步行街, 特色商业街)."""
    m = _VENUE.fullmatch(zh)
    if m is None or re.search(r"[各全重点特色示范高品位步行]", m.group("name")[:2]):
        return None
    if (glossary or get_glossary()).lookup(m.group("name")) is not None:
        return None
    return f"{join_syllables(syllables(m.group('name')))} {VENUES[m.group('kind')]}"


# a cooperative registered under its county's name (泷岱县蕖丰果蔬专业合作社): "<County> <Pinyin> <produce>
# Specialized Cooperative" (专业合作社 as 农民专业合作社, GWR 2012/295; the produce words project renderings)
PRODUCE = {"果蔬": "Fruit and Vegetable", "蔬菜": "Vegetable", "水果": "Fruit", "茶叶": "Tea", "粮食": "Grain",
           "食用菌": "Edible Fungus", "中药材": "Medicinal Herb", "养殖": "Breeding", "种植": "Planting",
           "农机": "Farm Machinery", "稻虾": "Rice-Crayfish", "油茶": "Camellia Oil"}
_COOPERATIVE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,4}?[县市区镇乡])?(?P<name>[\u4e00-\u9fff]{2,4}?)(?P<produce>"
                          + "|".join(sorted(PRODUCE, key=len, reverse=True)) + r")?(?:农民)?(?:专业)?合作社")


def cooperative_en(zh: str, glossary: Glossary | None = None) -> str | None:
    """泷岱县蕖丰果蔬专业合作社 -> 'Longdai County Qufeng Fruit and Vegetable Specialized Cooperative'; None for a kind
    (农民专业合作社)."""
    m = _COOPERATIVE.fullmatch(zh)
    if m is None or m.group("name") in ("农民", "专业", "农业", "各类", "全县", "全镇") or "专业" not in zh:
        return None
    place = region_en(m.group("place"), glossary) if m.group("place") else ""
    if m.group("place") and not place:
        return None
    parts = [place or "", join_syllables(syllables(m.group("name"))), PRODUCE.get(m.group("produce") or "", "")]
    return " ".join(p for p in parts if p) + " Specialized Cooperative"


# an observation station named after its place (松岗站, 桐溪水文站, 北屏国家基本气象站): the CMA and the hydrology
# bulletins write "X Station", "X Hydrological Station" (project rendering); facilities named 站 (充电站 charging
# station, 加油站, 5G基站, 污水处理站) are no station of a place
OBSERVATORIES = {"国家基本气象站": "National Basic Weather Station", "国家气象观测站": "National Weather Station",
                 "气象观测站": "Weather Station", "气象站": "Weather Station", "观测站": "Observation Station",
                 "水文站": "Hydrological Station", "雨量站": "Rain Gauge Station", "监测站": "Monitoring Station",
                 "站": "Station"}
_OBSERVATORY = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,3}?)(?P<kind>" + "|".join(
    sorted(OBSERVATORIES, key=len, reverse=True)) + ")")


def observatory_en(zh: str) -> str | None:
    """松岗站 -> 'Songgang Station', 桐溪水文站 -> 'Tongxi Hydrological Station'; None for a facility (充电站)."""
    m = _OBSERVATORY.fullmatch(zh)
    if m is None or FACILITY_STATION.search(zh) or m.group("place") in COMMON_WORDS:
        return None
    place = _specific(m.group("place"))
    return f"{place} {OBSERVATORIES[m.group('kind')]}" if place else None


def name_en(zh: str, glossary: Glossary | None = None, *, people: bool = False) -> str | None:
    """Any name (place, body, company in the glossary; composed region or issuer; a metadata source line,
    source_names.py) in English, or None. With ``people`` (only where the name is known to be a person's, such
    as a speaker), a personal name in Pinyin (persons.py): a bare place name (金华) would otherwise read as one."""
    glossary = glossary or get_glossary()
    entry = glossary.lookup(zh)
    if entry is not None:
        return entry.en
    from .enterprises import company_en, project_en  # (enterprises.py reads places through this module)

    if port_or_reservoir_kind(zh):
        return None
    found = (port_or_reservoir_en(zh) or region_en(zh, glossary) or issuer_en(zh, glossary) or company_en(zh, glossary)
             or project_en(zh, glossary) or institution_en(zh, glossary) or scenic_en(zh, glossary)
             or venue_en(zh, glossary) or cooperative_en(zh, glossary))
    if found is None and zh.endswith("站"):
        found = observatory_en(zh)
    if found is None and re.search(r"(?:医院|诊所|门诊部|药房|药店|分店)$", zh):  # 安康骨科医院, 仁和堂大药房
        from .institutions import private_medical_en

        found = private_medical_en(zh, glossary)
    if found is None and "某" in zh:  # 刘某某: a person a public notice names by surname alone
        from .persons import withheld_name_en

        found = withheld_name_en(zh)
    if found is None and re.search(r"(?:园|园区|中心|港|枢纽|机场|公路|水厂|电站|[（(][一二三四五]期[）)])$", zh):
        # a park, a facility (华康…产业园, 碧岑至梓溪高速公路), a phase of one (…数据中心（一期）)
        from .facilities import facility_en

        found = facility_en(zh, glossary)
    if found is None and re.search(r"[《（]|网站", zh):  # a metadata source line: publisher, title, notes
        from .source_names import source_en  # (source_names uses titles.py, which imports this module)

        found = source_en(zh, glossary)
    if found is None and re.search(r"[局委办府院会厅部].", zh):  # joint issuers: 栖川市交通运输局栖川市财政局
        from .titles import TitleRenderer

        joint = TitleRenderer(glossary).issuers(zh)
        found = joint.removeprefix("the ") if joint and " and " in joint else None
    if found is None and people:  # a speaker or author: 李强 -> Li Qiang
        from .persons import pinyin_name

        found = pinyin_name(zh)
    return found

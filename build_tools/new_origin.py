"""Where a new bulletin comes from, read from its text for ``new``: its region and its issuer (both guesses the
editor confirms).

Region: a well-formed administrative name, a specific name of 2 to 4 characters and a suffix (石梁县, 栖川市,
香港特别行政区), never one built from a verb or a common word (新建县 in 新建规模以上..., 全县, 本市, 以上城市).
The name is the one the text gives most often, counting the title, subtitle, speaker, issuer and signature lines
(the head and the foot of the text) several times over. Without any such name: the bare name of a local paper or
site (栖川日报) with the level the text gives itself (全市, 我县), or a name jieba knows as a place written
without its suffix (朝阳 ... 我市).

Issuer: the body the text names as its author: a red header (X文件), the sponsor of a gazette (X主办), a line of
joint issuers above the title, the body under the title, the government of a speaker (X人民政府县长 姓名), or a
signature block (the body's line followed by the date line).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

HEAD_CHARS = 150  # title, subtitle, speaker or issuer, date
FOOT_CHARS = 60  # signature and date
COMMON_FREQUENCY = 2000  # jieba counts: 石门 672, 全州 366 (county names) but 代表 32777, 重点 12694
AUTHORITY_WEIGHT = 4  # a name in the head or foot lines counts this many times
LEVELS = (("特别行政区", 5), ("自治区", 5), ("省", 5), ("自治州", 4), ("市", 4), ("盟", 4), ("自治县", 3),
          ("自治旗", 3), ("县", 3), ("区", 3), ("旗", 3), ("镇", 1), ("乡", 1))
SUFFIX_RE = re.compile("|".join(s for s, _ in LEVELS))
HAN = re.compile(r"[\u4e00-\u9fff]")
# Words jieba tags as places (ns) that are ordinary words before 县/市/区 in a report (新建县城, 新建学校).
COMMON_STEMS = {"新建", "新增", "新设", "新开", "城关", "城乡", "市县", "县区", "省市", "地市", "县市",
                "全省", "全市", "全县", "全区", "本省", "本市", "本县", "本区", "各省", "各市", "各县", "各区",
                "我省", "我市", "我县", "我区",
                # verbs of joint action before a body of the text's own place (市文旅局会同市统计局测算; 联合县公安局):
                # jieba tags 会同 a noun (会同县, Hunan), but before 市/县/区 and a body it is the verb
                "会同", "联合", "协同", "配合", "商请", "提请", "报请"}
# jieba tags of words that are not names: verbs, adjectives, locatives, distinguishers, conjunctions, adverbs ...
NOT_NAME_TAGS = {"v", "vn", "vd", "a", "ad", "an", "f", "b", "c", "d", "p", "r", "m", "q", "u", "t", "s", "z", "l",
                 "i", "y", "j"}
# Generic words ending in a suffix (a city, a district of a town): a name ending with one is no place (以上城市).
GENERIC_ENDINGS = ("城市", "都市", "社区", "园区", "景区", "城区", "市区", "郊区", "山区", "林区", "牧区", "矿区",
                   "库区", "灾区", "片区", "街区", "小区", "厂区", "校区", "新区", "地区", "辖区", "开发区", "示范区",
                   "名胜区", "风景区", "度假区", "旅游区",  # (青崖风景名胜区: a scenic area, not a district 名胜区)
                   "试验区", "保护区", "功能区", "自贸区", "服务区", "工业区", "商业区", "住宅区", "核心区", "经济区",
                   "城镇", "乡镇", "集镇", "重镇", "名镇", "强镇", "小镇", "古镇", "贫困县", "郡县", "州县", "上市",
                   "超市", "股市", "夜市", "门市", "集市", "楼市", "车市", "菜市", "早市", "开市", "城乡", "下乡",
                   "家乡", "故乡", "老乡", "他乡", "异乡", "返乡", "回乡", "同乡", "外省", "节省", "反省", "各旗",
                   "红旗", "国旗", "党旗", "团旗", "队旗", "锦旗", "彩旗", "联盟", "加盟", "结盟", "同盟", "东盟",
                   "欧盟")
# Words that begin with a suffix character: 市 in 市场 is no city.
SUFFIX_WORDS = {"市场", "市民", "市值", "市面", "市容", "市域", "县域", "区域", "区别", "区分", "区间", "区块",
                "省份", "省钱", "省力", "省心", "旗帜", "旗下", "旗舰", "旗号", "盟友", "州长", "镇静", "镇压",
                "乡村", "乡亲", "乡土", "乡愁", "省级", "市级", "县级", "区级", "乡级", "镇级", "省道", "县道", "乡道",
                "市直", "县直", "区直"}
# what follows a place's suffix in a body's name although suffix and first character make a word (市 + 民政 read as
# 市民 "citizens")
BODY_AFTER_SUFFIX = ("民政",)
DETERMINERS = "全本各我该此每其"  # 全县, 本市, 各区, 我市 ...
FUNCTION_CHARS = "从在对向的了我你他她它其该此每把被"
LEAD_FUNCTION_CHARS = "在对向的了我你他她它把被年"  # not 从 (从化区) nor 于 (于都县)
SELF_LEVEL_RE = re.compile(r"(?:全|我|本)(市|县|区|省|镇|旗)")
ZONE_STEM_RE = re.compile(r"([\u4e00-\u9fff]{2})(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|开发区|工业园区|"
                          r"产业园区)")
OUTLET_RE = re.compile(r"([\u4e00-\u9fff]{2})(?:日报|晚报|新闻网|新闻|发布|融媒|广播电视台|电视台|政府网|政务网)")
SARS = (("香港", "香港特别行政区"), ("澳门", "澳门特别行政区"), ("澳門", "澳门特别行政区"))

ORG_END = (r"(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办公厅|政府|办公室|办公厅|委员会"
           r"|人民代表大会常务委员会|调查总队|调查队|研究院|研究中心|中心|统计局|局|厅|署|委|办|部|院|会|社|日报社|日报"
           r"|研究室|执法检查组|检查组|调研组|督查组|分行|支行)")  # (青禾县史志研究室, 岑阳市人大常委会执法检查组;
# 中国人民银行蔺阳市分行: a central bank branch)
# words that end like a body but are none (实现良好开局 "a good start", 优化产业布局, 服务大局, 机会, 社会)
NOT_ORG_END = r"(?<!开局)(?<!布局)(?<!格局)(?<!大局)(?<!全局)(?<!结局)(?<!新局)(?<!机会)(?<!社会)(?<!盛会)"
ORG_RE = re.compile(rf"^[\u4e00-\u9fff（）()]{{2,30}}?{ORG_END}{NOT_ORG_END}$")
DATE_LINE_RE = re.compile(r"^[（(]?\s*(?:(?:19|20)\d{2}|[〇零○Ｏ一二三四五六七八九]{4})\s*年"
                          r"\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*[）)]?$")
SOURCE_LINE_RE = re.compile(r"(?:^|\s)(?:来源|信息来源|发布机构)\s*[:：]\s*([\u4e00-\u9fff（）()]{2,30})(?:\s|$)")
OUTLET_BODY_RE = re.compile(r"(?:日报|晚报|早报|报社|新闻网|新闻中心|融媒体中心|电视台|通讯社|新华社|网站|网)$")
RED_HEADER = re.compile(r"^([\u4e00-\u9fff（）()]{2,40})文\s*件$")  # 朝阳市人民政府办公室文件
SPONSOR_RE = re.compile(r"^([\u4e00-\u9fff（）()]{2,40}?)\s*主\s*办(?:\s|$)")  # 南屏市人民政府办公室主办 (a gazette)
# A speaker line under a speech's title: the body is the one the speaker heads (not a party post: a byline).
SPEAKER_RE = re.compile(r"^([\u4e00-\u9fff（）()]{2,30}?(?:人民政府|政府))"
                        r"(?:副?(?:县长|市长|区长|省长|州长|旗长|镇长|乡长))\s*[\u4e00-\u9fff·]{2,4}$"
                        r"|^([\u4e00-\u9fff（）()]{2,30}?(?:局|委员会|办公室))(?:副?(?:局长|主任))\s*[\u4e00-\u9fff·]{2,4}$"
                        # (a court's or procuratorate's report: 泓川市中级人民法院院长 顾明远)
                        r"|^([\u4e00-\u9fff]{2,30}?(?:人民法院|人民检察院))(?:副?(?:院长|检察长))\s*[\u4e00-\u9fff·]{2,4}$")
TITLE_START_RE = re.compile(r"关于|^\d{4}年|公报|报告|通知|方案|规划|讲话")


@lru_cache(maxsize=1)
def _jieba_dict() -> tuple[dict[str, str], frozenset[str]]:
    """jieba's dictionary: word -> part-of-speech tag (ns a place name, v a verb ...), and its common words
    that are no names (more frequent than COMMON_FREQUENCY, not tagged as a place or name: 代表, 经济, 重点)."""
    import jieba

    words, common = {}, set()
    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                words[parts[0]] = parts[2]
                if parts[2] not in ("ns", "nr", "nz") and int(parts[1]) > COMMON_FREQUENCY:
                    common.add(parts[0])
    return words, frozenset(common)


def jieba_words() -> dict[str, str]:
    return _jieba_dict()[0]


def _lines(text: str) -> list[str]:
    return [re.sub(r"[ \t\u3000]+", " ", line).strip() for line in text.split("\n") if line.strip()]


def _authority(text: str) -> str:
    """The head and the foot of the text, where titles, subtitles, speakers, issuers and signatures stand (by
    characters, not lines: a PDF may join a title block into one paragraph)."""
    text = text.strip()
    return text[:HEAD_CHARS] + "\n" + text[-FOOT_CHARS:] if len(text) > HEAD_CHARS + FOOT_CHARS else text


def _stem_ok(text: str, start: int, stem: str, suffix: str) -> bool:
    """A specific name before an administrative suffix: not a verb or common word (新建, 新增, 以上), not glued to
    the word before it (以上城市: 上 belongs to 以上), not a generic word (城市, 社区)."""
    words = jieba_words()
    if not all(HAN.match(c) for c in stem) or stem in COMMON_STEMS or stem[-2:] in COMMON_STEMS \
            or stem[-1] in DETERMINERS:  # (局会同市统计局: 会同 ends the stem)
        return False  # 在全县, 上半年我市: a determiner before the suffix
    if stem[0] in LEAD_FUNCTION_CHARS or any(c in FUNCTION_CHARS for c in stem[1:]):
        return False  # 记者从市: a preposition or pronoun inside is no name
    if len(stem) > 2 and any(words.get(part, "n") in NOT_NAME_TAGS or part in _jieba_dict()[1]
                             for part in (stem[:2], stem[-2:])):
        return False  # 消费集聚区, 新登记, 农村公路乡: a stem that starts or ends with an ordinary word
    if stem.startswith(("总局", "局")):
        return False  # 国家税务总局涟溪市税务局: the national body's name ends before the local branch's place
    if SUFFIX_RE.search(stem[-1]) or any(c in "省市县区" for c in stem):
        return False  # 辽阳市市委, 省辖市: the name already ends with a suffix
    if words.get(stem, "n") in NOT_NAME_TAGS or stem in _jieba_dict()[1]:
        return False  # 新增县, 代表市 (我代表市政府): a verb or a common word
    name = stem + suffix
    if any(name.endswith(w) for w in GENERIC_ENDINGS) and words.get(stem) != "ns" and not _cheng_city(stem, suffix):
        return False
    if not _at_boundary(text, start) and words.get(text[start - 1] + stem[0], "ns") not in ("ns", "nr", "nz"):
        return False  # the first character ends the word before (以上城市, 向上海市)
    return True


# a city named X城 (晋城市, 聊城市, 泓城市): 城市 ends its name, not the word "city", unless X modifies 城市 (大城市,
# 新城市, 两城市, 该城市)
_CITY_MODIFIERS = set("大小新老中全本各该超特等县省京都古名一二两三四五六七八九十百千万多诸此每某")


def _cheng_city(stem: str, suffix: str) -> bool:
    return suffix == "市" and len(stem) == 2 and stem[1] == "城" and stem[0] not in _CITY_MODIFIERS


def _at_boundary(text: str, start: int) -> bool:
    """A name can start here: at the start of a line, after punctuation or a space, or after the suffix of the
    name above it (河北省石家庄市长安区)."""
    if start == 0 or text.endswith("中共", 0, start):
        return True  # (中共栖溪县委: the party's name before the place)
    before = text[start - 1]
    if before in "省市县区州旗盟":
        return text[start] not in "和与及暨同并"  # 于都县和本溪市: 和 joins two names
    return not HAN.match(before) and not before.isalnum()  # not 2023年栖川市


def find_places(text: str) -> Counter[str]:
    """Well-formed administrative names in the text (石梁县, 栖川市, 白沙镇), with how often each occurs. Of the
    stems of 2 to 4 characters before a suffix (up to 10 before 自治州/县/旗), the shortest well-formed one is the
    name, unless a longer one is as frequent and starts where a name can start or recurs (石家庄 over 家庄)."""
    found: list[list[tuple[str, bool]]] = []  # per occurrence: its well-formed names (shortest first), at a boundary
    counts: Counter[str] = Counter()
    for m in SUFFIX_RE.finditer(text):
        suffix = m.group()
        if text[m.start():m.end() + 1] in SUFFIX_WORDS and not text.startswith(BODY_AFTER_SUFFIX, m.end()):
            continue  # 新登记市场主体: 市 begins 市场 (but 昭溪市民政局: 民政 follows the city)
        names = []
        for length in range(2, 11 if suffix.startswith("自治") else 5):  # 恩施土家族苗族自治州
            start = m.start() - length
            if start < 0 or not all(HAN.match(c) for c in text[start:m.start()]):
                break
            stem = text[start:m.start()]
            if _stem_ok(text, start, stem, suffix):
                names.append((stem + suffix, _at_boundary(text, start)))
        if names:
            found.append(names)
            counts.update(name for name, _ in names)
    chosen: Counter[str] = Counter()
    words = jieba_words()
    for names in found:
        best, bounded = names[0]
        for longer, at_boundary in names[1:]:
            stem = longer[: -len(_suffix(longer))]
            if counts[longer] >= counts[best] and (
                    (at_boundary and not bounded) or counts[longer] >= 2 or words.get(stem) == "ns"):
                best, bounded = longer, at_boundary
        chosen[best] += 1
    return chosen


def _suffix(name: str) -> str:
    return next(s for s, _ in LEVELS if name.endswith(s))


def _level(name: str) -> int:
    return dict(LEVELS)[_suffix(name)]


# the head of a national document: the state's name, or a central body as its issuer
NATIONAL_HEAD_RE = re.compile(r"中华人民共和国|国家统计局|国务院|中共中央|国家发展和改革委员会|国家发展改革委")


def infer_region(text: str, hints: str = "") -> str:
    """The region the text is about: the well-formed administrative name it gives most often (with its bare name:
    石梁 for 石梁县), a name in its head or foot counting AUTHORITY_WEIGHT times more; ties go to the higher level.
    ``hints``: who the format says published the text (a web page's site and source, a file's author), counted as
    the head is: a city portal's page (沅川市人民政府) that says 全市 and names one county once is the city's. A text
    that gives itself a level (我县, 全县) is of the place of that level its head or foot names, however often it
    names a place of another level (a county's summary of its cooperation with a partner city)."""
    places = find_places(text)
    hinted = find_places(hints) if hints else Counter()
    places.update({name: 0 for name in hinted if name not in places})
    if places:
        authority = find_places(_authority(text)) + hinted
        # the bare name counts too (石梁经济开发区, 新石梁): the county is named more often than its towns
        level = _self_level(text)
        scored = [(_mentions(text, name, n, level) + AUTHORITY_WEIGHT * authority[name], _level(name),
                   -text.find(name), name) for name, n in places.items()]
        best = max(scored)
        own = [x for x in scored if level and _suffix(x[3]) == level and authority[x[3]]]
        if own and _suffix(best[3]) != level:
            best = max(own)  # (a county's summary saying 我县, named in its head, that names its partner city more)
        if level in ("县", "市", "区") and _suffix(best[3]) in ("镇", "乡") \
                and not any(_suffix(name) == level for name in places):
            # a county's speech saying 全县 that names its towns only (溪口镇、桐坪乡作了交流发言): the county is never
            # named, a town is no guess for it
            return _bare_region(text, hints)
        if best[0] >= 2:
            return best[3]
        return _bare_region(text, hints) or best[3]  # a name given once: a local outlet's name may say more
    if NATIONAL_HEAD_RE.search(text[:400]):
        return "全国"  # 中华人民共和国2025年…统计公报, 国家统计局: a national document names no place of its own
    return _bare_region(text, hints)


def _self_level(text: str) -> str:
    """The level the text gives itself: 市 for 全市/我市/本市, 县 for 全县 ... ('' when it does not)."""
    levels = Counter(SELF_LEVEL_RE.findall(text))
    return levels.most_common(1)[0][0] if levels else ""


def _mentions(text: str, name: str, n: int, level: str) -> int:
    """How often the text names a place: with its suffix, or bare (石梁 for 石梁县) when the bare name is no common
    word and the place has the level the text gives itself (a city's text saying 朝阳 means 朝阳市, not 朝阳县)."""
    suffix = _suffix(name)
    stem = name[:-len(suffix)]
    if jieba_words().get(stem, "ns") not in ("ns", "nr", "nz") or (level and suffix != level):
        return n
    return max(n, text.count(stem))


def _bare_region(text: str, hints: str = "") -> str:
    """A region the text names without its suffix: a local outlet (栖川日报, 栖川新闻网; in the text or the
    ``hints``) with the level the text gives itself (全市, 我市 -> 栖川市); a Special Administrative Region; a place
    jieba knows (朝阳 -> 朝阳市)."""
    level = _self_level(text)
    words = jieba_words()
    outlets = Counter(m.group(1) for m in OUTLET_RE.finditer(f"{text}\n{hints}")
                      if words.get(m.group(1), "n") not in NOT_NAME_TAGS and m.group(1) not in COMMON_STEMS
                      and not SUFFIX_RE.search(m.group(1)))
    if outlets and level:
        return outlets.most_common(1)[0][0] + level
    for bare, sar in SARS:
        if bare in text:
            return sar
    scored = []
    for length in (2, 3):  # bare names: 朝阳 for 朝阳市, when the text never writes the suffix
        for i in range(len(text) - length + 1):
            word = text[i:i + length]
            if words.get(word) != "ns" or word in COMMON_STEMS:
                continue
            for suffix in ("市", "县"):
                if words.get(word + suffix) == "ns" and (not level or suffix == level):
                    scored.append(word + suffix)
                    break
    counted = Counter(scored)
    if not counted:
        return _zone_region(text, level, words)
    name, n = max(counted.items(), key=lambda item: (item[1], item[0].endswith("市"), -text.find(item[0][:-1])))
    return name if n >= 2 else _zone_region(text, level, words)


def _zone_region(text: str, level: str, words: dict[str, str]) -> str:
    """The region's name on its development zone or park (桂塘高新区), named bare again (谱写桂塘高质量发展新篇章),
    with the level the text gives itself (全区): when no place the tagger knows is named."""
    zones = Counter(m.group(1) for m in ZONE_STEM_RE.finditer(text)
                    if words.get(m.group(1), "n") not in NOT_NAME_TAGS and m.group(1) not in COMMON_STEMS)
    zones = Counter({stem: n for stem, n in zones.items() if text.count(stem) >= 2})
    return zones.most_common(1)[0][0] + level if zones and level in ("市", "县", "区", "旗") else ""


# ---------------------------------------------------------------- issuer


# (or a month alone, as under a bulletin's title: 汶溪市水利局　　2025年8月)
_DATE_AFTER = re.compile(r"\s+[（(]?(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[）)]?\s*$")


def issuer_bodies(line: str) -> list[str]:
    """The bodies on a line of issuers (栖川市交通运输局 栖川市财政局, a date after them on the same line when a PDF
    joined the signature block: …领导小组办公室 2021年5月20日), or [] when it is not such a line."""
    parts = [_first_name(p) for p in _DATE_AFTER.sub("", line).split()]
    return parts if parts and all(ORG_RE.match(p) for p in parts) else []


# a body with its second name in brackets (滢州市市场监督管理局（滢州市知识产权局）: one office under two names)
_SECOND_NAME = re.compile(r"[（(](?P<other>[^（()）]{2,30})[）)]$")


def _first_name(part: str) -> str:
    """The body's first name when ``part`` adds its second in brackets, both bodies' names; else ``part``."""
    m = _SECOND_NAME.search(part)
    return part[:m.start()] if m and ORG_RE.match(m.group("other")) and ORG_RE.match(part[:m.start()]) else part


def infer_issuer(text: str, region: str = "") -> str:
    """The issuing body: a red header (X文件); a gazette's sponsor (X主办); the line of (joint) issuers above the
    title; the body on the line under the title; the government of the speaker (X人民政府县长 姓名); a signature
    block (the body, then the date line); the region's government when its head speaks in the head of the text.
    Joint issuers are joined by 、, as official documents list them."""
    lines = _lines(text)
    head = lines[:8]
    for line in lines[:8]:
        m = SPONSOR_RE.match(line)
        if m and ORG_RE.match(m.group(1)):
            return m.group(1)
    for line in lines[:60]:
        m = RED_HEADER.match(line.replace(" ", ""))
        if m:
            return m.group(1)
    title = next((i for i, line in enumerate(head) if TITLE_START_RE.search(line) and not issuer_bodies(line)), None)
    if title is not None:
        above = issuer_bodies(head[title - 1]) if title > 0 else []
        if above:
            return "、".join(above)
        for k, line in enumerate(head[title + 1:title + 3], start=title + 1):
            orgs = issuer_bodies(line)
            if orgs:  # (and the bodies on the lines after it: 霁州市统计局 / 霁州市第七次全国人口普查领导小组办公室)
                for more in head[k + 1:k + 3]:
                    if not issuer_bodies(more):
                        break
                    orgs += issuer_bodies(more)
                return "、".join(orgs)
    for line in head:  # 澜汐市人民代表大会常务委员会工作报告: the body whose work report it is (not its office)
        m = _BODY_REPORT_TITLE.match(line.replace(" ", ""))
        if m:
            return m.group(1)
    for line in head:  # 鹭汀县人民政府关于2025年度国有资产管理情况的综合报告: the government its title names
        m = _ISSUER_TITLE.match(line.replace(" ", ""))
        if m:  # (not the bureau of the official who presents it: 县财政局局长 林晓峰)
            joint = line.split("关于", 1)[0].split()  # 澧源省财政厅　澧源省农业农村厅关于…: two bodies, 、 between
            return "、".join(joint) if len(joint) > 1 and all(ORG_RE.match(p) for p in joint) else m.group(1)
    for line in head:
        m = SPEAKER_RE.match(line)
        if m:
            return m.group(1) or m.group(2) or m.group(3)
    for line, nxt in zip(lines, lines[1:], strict=False):
        orgs = issuer_bodies(line)
        if orgs and DATE_LINE_RE.match(nxt):
            return "、".join(orgs)
    if region:  # a title block joined into one paragraph (a PDF): ...会议上石梁县人民政府县长 周明远
        m = re.search(rf"({re.escape(region)}(?:人民政府|政府))副?(?:县长|市长|区长|省长|州长|旗长|镇长|乡长)\s*"
                      r"[\u4e00-\u9fff·]{2,4}", text[:HEAD_CHARS * 2])
        if m:
            return m.group(1)
    for line in head:  # a web page's information line copied with the text: 来源：沅川市统计局  发布时间：...
        m = SOURCE_LINE_RE.search(line)
        if m and ORG_RE.match(m.group(1)) and not OUTLET_BODY_RE.search(m.group(1)):
            return m.group(1)  # (来源：沅川日报 names the publication, not an issuing body)
    return _government_speaks(text, region) or reporting_outlet(text)


# a title naming its issuing body before 关于 (…人民政府关于…的报告, …人大常委会执法检查组关于检查…的报告)
# the work report of a congress's standing committee, a CPPCC committee's standing committee, a court or a
# procuratorate, its body in the title
_BODY_REPORT_TITLE = re.compile(r"^([\u4e00-\u9fff]{2,30}?(?:人民代表大会常务委员会|委员会常务委员会|人民法院|"
                                r"人民检察院))工作报告$")
_ISSUER_TITLE = re.compile(rf"^([\u4e00-\u9fff]{{2,24}}?{ORG_END})关于[\u4e00-\u9fff\d“”《》、（）]{{4,80}}$")
# the head of a government at each level (区长 of a district, 县长 of a county)
_HEADS = {"省": "省长", "市": "市长", "州": "州长", "县": "县长", "区": "区长", "旗": "旗长", "镇": "镇长",
          "乡": "乡长"}
_ON_BEHALF = re.compile(r"我代表([\u4e00-\u9fff]{0,12}?人民政府)")
_REPORTER = re.compile(r"本报讯|本报记者|记者\s*[\u4e00-\u9fff]{2,3}|通讯员|记者从|记者获悉")


def _government_speaks(text: str, region: str) -> str:
    """A work report (我代表区人民政府，向大会报告工作) or a speech of the region's head (区长  林振华 under the title):
    the region's people's government, its name completed with the region's (鹤鸣区人民政府)."""
    if not region or region[-1] not in _HEADS:
        return ""
    m = _ON_BEHALF.search(text[:HEAD_CHARS * 4])
    if m:
        body = m.group(1)
        return body if body.startswith(region) else region + "人民政府" if body[0] in _HEADS or body == "人民政府" \
            else ""
    title = _HEADS[region[-1]]
    speaker = rf"(?m)^\s*(?:{re.escape(region)})?{title}\s+[\u4e00-\u9fff·]{{2,4}}\s*$"
    # (…市长周明远出席会议并讲话。以下为讲话摘要: a news lead before the speech of the region's head)
    speech = rf"{title}[\u4e00-\u9fff·]{{2,4}}[^。\n]{{0,12}}讲话"
    return region + "人民政府" if re.search(f"{speaker}|{speech}", text[:HEAD_CHARS * 2]) else ""


_MEDIA_CENTRE = re.compile(r"(?:融媒体中心|新闻中心)$")


def reporting_outlet(text: str, sources: str = "") -> str:
    """A news report (本报讯, 记者…) whose page names its outlet (来源：棠溪日报; or ``sources``, what a web page's
    tags say: 临溪区人民政府 临溪区融媒体中心): the outlet published it."""
    reported = bool(_REPORTER.search(text[:HEAD_CHARS * 4]))
    for line in _lines(text)[:8]:
        m = SOURCE_LINE_RE.search(line)
        # (a media centre of the government is the publisher of what its page carries, with or without a reporter's
        # name; a newspaper only of a report: 来源：沅川日报 above a notice names where it was reprinted from)
        if m and OUTLET_BODY_RE.search(m.group(1)) and (reported or _MEDIA_CENTRE.search(m.group(1))):
            return m.group(1)
    if not reported:
        return ""
    return next((part for part in sources.split() if OUTLET_BODY_RE.search(part) and ORG_RE.match(part)), "")


def media_centre(outlet: str) -> str:
    """A page's own source tag naming a government's media centre (ContentSource: 槐川县融媒体中心): it published
    the item, reporter named or not; '' for anything else (a newspaper reprinted from, a site's sponsors)."""
    return outlet if _MEDIA_CENTRE.search(outlet) and ORG_RE.match(outlet) else ""

"""The subject of a figure: the entity it is about when it is not the document's region as a whole.

A town (镇, 乡, 街道), a village (村), a county or district, another city, a development zone or park, a company
or group, a project, or the whole province or country (全省, 全国, 国内生产总值) in a document of a city. A figure of
the document's own region (全市 in a city's document, the region's name) has no subject.

Where a subject is read: at the head of the clause that holds the figure, after time words and adverbs
(``上半年，梅川市地区生产总值…``, ``力争清河镇一般公共预算收入突破1亿元``); a subject named at the head of a sentence
holds for its later clauses (``城关镇完成一般公共预算收入2.3亿元，占全县的18.5%``) until another is named. A share
keeps its part as subject: the whole (占全县) is part of the metric.

A subject named in one sentence stays the topic of the later sentences of its paragraph that continue it: a
sentence without a subject of its own (``2018年，引进两个项目…``, ``先后建设扶贫农场2个…``: it opens with a verb,
an adverb or a preposition) or one that refers back (``项目投产后…``, ``该公司…``, ``全镇…`` for a town). A sentence
naming another subject, or the document's region (全市), ends the topic.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import Figure
from .context import _Ctx
from .invested import _INVESTED_HEAD, _KIND_OF_PROJECT
from .occasions import occasion_subject
from .partners import trade_partner
from .place_items import each_place, list_item_place
from .text import _clause_start
from .vocab import EXAMPLE_OF_GROUP, OWNED_CAPACITY_PROJECT, _tag

_SUFFIX = (r"经济技术开发区|高新技术产业开发区|经济开发区|高新区|开发区|工业园区|产业园区|产业园|工业园|园区|示范区|"
           r"街道|社区|镇(?![村级区域])|乡(?![村镇道级])|村(?![民级组委道])|县(?![级域城区]|乡(?!村)|领导)|"
           r"市(?![场民级区政直委属容域]|领导)|区(?![域县级]|领导)|旗|集团有限公司|集团股份有限公司|股份有限公司|有限责任公司|"
           r"有限公司|集团|公司|银行|厂|项目|景区|合作社|机场|法院|检察院|购物中心|步行街|商业街|水库")
# (a single-character suffix that starts a compound, 乡村振兴, 乡道, 县域, 市场, is no end of a name; but 舒溪县乡村旅游
# is the county's rural tourism: 县 before 乡村 ends the name)
# a proper name: CJK characters, not starting with what makes a phrase generic (规模以上企业, 各县区, 农村)
_ENTITY = re.compile(rf"[\u4e00-\u9fff]{{1,10}}?(?:{_SUFFIX})"
                     r"(?P<lower>(?P<county>[\u4e00-\u9fff]{1,4}?[县旗])?(?:(?!等)[\u4e00-\u9fff]){1,4}?"
                     r"(?:镇(?![村级区域])|乡(?![村镇道级])|街道|村(?![民级组委道])|社区))?"
                     # (榆汊镇等部分乡镇: 等 ends the name, no town below it; 白岩村入选省级乡村振兴示范村: 乡 of
                     # 乡村 is no township)
                     # a park of the place (苍崖县新能源产业园, 柳湾镇工业园区): the park is what the figure is about
                     r"(?P<park>[\u4e00-\u9fff]{0,8}?(?:产业园区|产业园|工业园区|工业园|经济开发区|开发区|高新区))?"
                     # the place's court or procuratorate (石桥区人民法院): the body is what the figure is about
                     r"(?P<court>(?:中级)?人民(?:法院|检察院))?"
                     # a bank's branch of the place (农发行澧源县支行, 工商银行城关支行): the branch is the subject
                     r"(?P<branch>(?:[\u4e00-\u9fff]{0,4}?(?:营业部|支行|分行(?!业))))?")
# what a name never ends with or holds: a generic area (地区, 城镇), a threshold (亿元以上项目), the whole (占全市)
_NOT_NAME = re.compile(r"(?:地区|城镇|乡镇|农村|乡村|城乡|市区|(?:^|[主老新旧心市县全各本]|[\u4e00-\u9fff]{2})城区|"
                       r"县城|辖区|(?:^|[大小中主老新旧心全各本该每]|[\u4e00-\u9fff]{2})城市|棚户区|小区|片区|保护区|功能区|建制[镇村]|城镇村|"
                       r"(?:^|[深高大偏远老荒国]|[\u4e00-\u9fff]{2})[山林]区|建成区|^街区|(?:[大中小]型|大中型|病险|骨干|重点|塘坝|山塘|小[（(][一二][）)]型)水库|库区|矿区|灾区|平原区|山丘区|丘陵区|牧区|滩区|蓄滞洪区|[驻进入到包联]村)$|以上|以下|亿元|万元|全市|全县|全区|"
                       r"全省|全国|坚定不移|坚持|推进|政府系统|承办|交办|"
                       r"[夜集早菜股楼车]市$|"  # (夜市周边警情下降…: a market, no city)
                       r"^[出进入建办]厂$|"  # (其中出厂水156份: water leaving the plant, no plant named 出厂)
                       r"[占比较与和及、每]|(?:联合|会同)[市县区省]|[心局院所站馆]在|纳入对[市县区乡镇]$")
# (将…工作纳入对县（市、区）…考核: the counties assessed, no one's name;
# 朝阳每个县: each county, no one's name; 市税务局联合市工商联…, 服务中心在市第一人民医院挂牌…: a body acting
# with another or where it sits, no one name;
# 坚定不移推进工业强县: a slogan, no name; 选派驻村第一书记: stationed in villages, no village 选派驻村;
# 建制镇用地, 建制村通硬化路, 城镇村及工矿用地: designated towns or villages, towns and villages as a kind, no name)
# (城区 is a city's urban area, 中心城区, 老城区, 完成城区…; a one-character name before it is a district's: 棠城区)
# (城市 likewise: 大城市, 中心城市, 文明城市 are kinds; 萸城市, 晋城市 are cities named by one character and 城)
# (山区, 林区 likewise: 偏远山区, 国有林区 are areas of a kind, 枫林区, 宝山区 districts; 深山区, 大山区 stay areas)
# a superlative naming who has the most or least of a measure (降水量最大的是X, 增速最快的为X): X is the subject
_SUPERLATIVE = re.compile(r"^[^，,；;。：:\d]{0,12}?最(?:大|高|多|小|低|少|快|慢|好|差)的(?:是|为)")
# a superlative naming which place a clause is about (受灾最重的白沙镇获赔…, 增长最快的青山县…): the place
_MOST_OF = re.compile(r"^[\u4e00-\u9fff]{1,6}?最(?:重|严重|大|高|多|小|低|少|快|慢|好|差)的"
                      r"(?=[\u4e00-\u9fff]{2,8}?(?:镇|乡|村|县|区|街道)[^，,；;。]{0,8}?(?:获|实现|完成|达到?|\d))")
_PROJECT_NAME = re.compile(r"[一二三四五六七八九十\d]期项目$")
_GENERIC = re.compile(
    r"^(?:全|各|本|我|该|其|每|所有|部分|重点|新开工|续建|在建|新建|亿元|规模|规上|社区|"
    r"街道|园区|项目|景区|开发区|工业|产业|企业|农民专业|农民合作|专业合作|国有|民营|中小|龙头|省级|市级|县级|国家级|示范|贫困|困难|脱贫|"
    r"行政|中心|周边|沿线|辖区|城区|市区|县城(?!投|建)|老旧|易地|搬迁|签约|招商|引进|实施|建设|推进|完成|实现|开工|竣工|"
    r"新(?![\u4e00-\u9fff]{1,3}?(?:村(?![民级组委道])|镇(?![村级区域])|乡(?![村镇道级])|社区|街道|[县区]$))|"
    r"单位|人均|常住|户籍|谋划|储备|工程|占|为|对|在|向|从|由|把|城市|设区|"
    r"投产|达产|新增|累计|共有|现有|已有|共|其中|目前|全部|超额|"
    r"完整|居住|智慧|和谐|美丽|绿色|宜居|文明)")  # (完整居住社区建设标准: a kind of community, no name;
# 新 heads a kind (新建, 新型城镇) but also a place's name: 新塘村, 新华镇, 新民社区, 新河区 are names; 县城 is the
# county seat, but 县城投集团 the county's urban construction investment group)
_GOAL_OBJECT = re.compile(r"^(?:培育|打造|创建|争创|创成|认定)")
_SERVING_VERB = re.compile(r"^(?:主动|积极|深度|全面)?(?:融入|办理|服务于?|助力|对接|走进|深入|协助|配合)")
_IN_OWN_REGION = re.compile(r"在本(?:省|市|县|区|镇|乡)(?:内|域内|辖区内)?$")
_NOT_SUBJECT = re.compile(r"^(?:城乡|城镇|乡镇|乡村|农村|县区|区县|市县|省市|市区|城区|县城|社区|街道|园区|景区|村镇|"
                          r"镇村|县乡|县市|市州|地市|各县|各区|各市|全市|全县|全区|全镇|全乡|全村|"
                          r"分县|分地区|分区域|分乡镇|"  # (分县（市、区）看，…: a breakdown's frame, no place)
                          # (a court or procuratorate by its level alone, 两级法院, 基层法院: the region's courts,
                          # no one court's name; 市中级人民法院, 城关区人民法院 are)
                          r"(?:人民|两级|三级|各级|基层|全部)?(?:法院|检察院)|人民(?:法院|检察院))$")
_LEAD = re.compile(r"^(?:[，,、；;：:\s]|年末|年底|年初|年内|年中|截至\S{0,8}?[末底]|其中|其次(?:是|为)?|"
                   r"另外|此外|同时|特别是|尤其是|"
                   r"全年|今年|去年|上半年|下半年|前三季度|同期|假期(?:期间|内)?|节日期间|节假日期间|假日期间|"
                   r"[一二三四五六七八九十]是|力争|确保|争取|预计|计划|目标|要|将|共|已|累计|推动|推进|促进|支持|引导|鼓励|"
                   r"动员|发动|号召|督促|指导|帮助|"
                   # (2026年6月底前完成望川区…, 汛期前完成…: a deadline and the verb of the task before the place)
                   r"(?:到|至)?\d{4}年(?:以来|[底末]?(?:之前|以前|前)|[底末])?|\d{1,2}月(?:份|\d{1,2}日)?(?:[底末初]?(?:之前|以前|前))?|"
                   r"(?:汛期|汛前|春节|国庆|年底|年内)(?:之前|以前|前)?(?=完成|建成|实现)|完成|建成|"
                   r"[1-4一二三四]季度|[（(][^）)]*[）)]|"
                   # (省会岚州市地区生产总值…: the capital's title before its name is no part of the name)
                   r"(?:省会|首府)(?=[\u4e00-\u9fff]{1,6}市)|对(?=[\u4e00-\u9fff]{2,16}?有限(?:责任)?公司)|"
                   # (生猪调出大县沣东县调出…, 产粮大县…: a county's title before its name)
                   r"[\u4e00-\u9fff]{2,6}(?:大县|大市|强县|重点县|示范县)(?=[\u4e00-\u9fff]{1,6}[县市区旗])|"
                   # (规划范围为桐渚县行政辖区全域: the scope a plan or survey covers, the region it names)
                   r"(?:规划|调查|统计|监测|普查)范围(?:为|是|包括))+")
# the province's or the country's figure a clause compares with, up to it (与全省5%左右的目标相衔接: the clause's head
# is 与全省, the figure follows)
_SCOPE_GOAL = re.compile(r"^(?:与|同|和)(全省|全国)$")
_WORKS_ON = re.compile(r"(?:改扩建|扩建|提标改造|改造|迁建|新建)(?:[一二三四五]期)?(?:工程|项目)")
_COUNTRY = re.compile(r"^(?:全国(?!重点)|国内生产总值|国家(?!级|重点))")  # (全国重点文物保护单位8处: a grade)
_PROVINCE = re.compile(r"^(?:全省|我省|本省)")
_LOCATIVE_AFTER = re.compile(r"^(?:中|内|里|之间|以上|以下|等|和|与|及|、|级|域|属)")


# a company's project named by its capacity (…有限公司年产20万吨铝板带项目, …集团100万千瓦风电项目)
_CAPACITY_PROJECT = re.compile(r"(?:年产|年处理|年加工)?\s*[\d.]+\s*[万千亿]?(?:吨|千瓦|兆瓦|千伏|千升|升|条|只|头|"
                               r"台|套|辆|平方米|立方米|标箱)[\u4e00-\u9fff]{1,16}?(?:项目|工程)")
# a clause that is nothing but a project's name, its capacity in it (正在建设中的中电国际500兆瓦光伏发电平价上网试点
# 项目，是…，计划投资29亿元): the topic of the sentence
_NAME_CLAUSE = re.compile(r"(?:(?:正在建设中|正在建设|建设中|在建|新建|拟建|已建成|即将投产)的)?"
                          rf"(?P<name>[\u4e00-\u9fff]{{2,10}}?{_CAPACITY_PROJECT.pattern})\s*")
# a registered company heading its clause, perhaps after a noun of its class (本地企业宝联勇久朝阳市科技有限公司在…):
# the whole registered name, not a place name inside it (…朝阳市…)
_COMPANY_HEAD = re.compile(r"(?:[\u4e00-\u9fff]{0,8}?(?:企业|厂商))?"
                           r"(?P<name>[\u4e00-\u9fff]{2,16}?(?:[（(][\u4e00-\u9fff]{2,6}[）)])?"
                           r"(?:有限责任公司|股份有限公司|有限公司|(?<!农民)专业合作社))")  # (恒拓机械（汐城）有限公司)
# (a cooperative registered under its county's name, 泷岱县蕖丰果蔬专业合作社: the cooperative, not the county; 农民专业
# 合作社 is a kind, no name)
# a company's project named after it, before the project's size (…有限公司储能电池项目总投资32亿元, …有限公司数控机床
# 生产基地项目计划投资…): the project, not the company, is what the figures after it are about
_FIRM_PROJECT = re.compile(r"(?P<project>(?!(?:重大|重点|产业|在建|新建|招商|签约|投资)项目)[\u4e00-\u9fff]{2,20}?"
                           r"(?:项目|工程))(?=总投资|计划投资|投资)"
                           r"|(?P<phase>[一二三四五六七八九十]期(?:项目|工程))")  # (…有限公司二期项目于8月建成投产)
# the figures of a clause quoting a higher statistics office (从国家统计局发布的数据看，…) are that level's
_STATS_SOURCE = re.compile(r"(?:从|据|根据|按)?(国家|省)统计局")
_SOURCE_SCOPE = {"国家": "全国", "省": "全省"}
_CLAUSE_HEAD = re.compile(r"[，,；;：:。！？!?]")
# organisations named together (凌钢集团、朝阳银行每年各出资…): one subject
_ORG = r"[\u4e00-\u9fff]{2,8}?(?:集团|公司|银行|厂)"
_ORGS = re.compile(rf"{_ORG}(?:、{_ORG})+")


def _verb_headed(names: str) -> bool:
    """整合组建县城投集团、县交投集团…: a verb heads the list, the names are its objects (what was formed): no
    subject."""
    first = _tag(names[:4])
    return bool(first) and first[0][1].startswith("v") and first[0][1] != "vn"
# the contributors of a fund or a project, clause by clause (城发集团出资1000万元，浪马轮胎出资1000万元): whoever heads
# a clause of contribution is its subject, named with a suffix or not; public money (市财政出资) is the region's own
_CONTRIBUTION = r"(?:每年)?各?(?:出资|捐资|捐款|注资|认缴)"
_CONTRIBUTOR = re.compile(rf"^(?P<name>[\u4e00-\u9fff、]{{2,16}}?){_CONTRIBUTION}"
                          r"(?=\s*(?:约|近|超过?)?\s*(?:[\d一二两三四五六七八九十]|$))")  # (居民出资比例: no amount)
_PUBLIC_PURSE = re.compile(r"财政|政府|部门|^[市县区省乡镇村]|中央|国家|社会|群众|居民|业主|农户|个人|企业$|单位$")
# a clause head that refers back to the topic: 项目投产后, 该公司, 这家企业 (the word, and the endings of a topic it
# can stand for)
_BACK_REF = re.compile(r"^(?:该|本|此|这个|这家|这一|这座)?(项目|公司|企业|集团|工厂|园区|镇|乡|村)")
_REFERS_TO = {"项目": ("项目", "工程"), "公司": ("公司", "集团"), "企业": ("公司", "集团", "厂", "企业"),
              "集团": ("集团", "公司"), "工厂": ("厂",), "园区": ("园区", "园", "开发区", "高新区"),
              "镇": ("镇",), "乡": ("乡",), "村": ("村",)}
# a news report's scene: 在位于…开发区的某某有限公司生产车间，… (the company the next sentences speak of)
_SCENE = re.compile(r"在(?:位于[^，,；;。]{1,20}?的)?(?P<name>[\u4e00-\u9fff]{2,20}?(?:有限公司|集团|公司|厂))的?"
                    r"[\u4e00-\u9fff]{0,4}?(?:车间|厂区|生产线|现场|基地|展厅|厂房)")
# a relative clause of place before a name (位于城东工业园的某某有限公司): where the subject is, no part of its name
_LOCATED_AT = re.compile(r"^(?:坐落|地处)?位于[^，,；;。的]{1,20}的(?=[\u4e00-\u9fff]{2})")
_ZERO_SUBJECT_WORDS = ("先后", "相继", "陆续", "还", "又", "也", "并")
_OWN_REGION = re.compile(r"^(?:全|我|本)(市|县|区|州|盟|旗|镇|乡)")
_FIRST_PERSON_TAIL = re.compile(r"[我本](?:省|市|县|区|州|盟|旗|镇|乡)$")
# a named province heading a clause (岭东省选派…), or a named place before its level (沧澜市级财政援助资金, 岭东省级)
_NAMED_PROVINCE_OR_LEVEL = re.compile(r"^([\u4e00-\u9fff]{2,3}省)(?:级)?(?=[\u4e00-\u9fff])(?![委内外份会际])"
                                      r"|^([\u4e00-\u9fff]{2,4}?[市县区])[市县区]?级(?=[\u4e00-\u9fff])")
# what no place's name starts with or holds (全省, 本市, 各县, 中央和省, 地市级, 县市区级)
_NOT_PLACE_HEAD = re.compile(r"^[我本该各两分外跨省市县区中地每新续在]|[全和及与、]")


def _verb_or_particle_headed(words: str) -> bool:
    """实施市级…, 高于全省…, 安排市级…: a verb, preposition or adverb heads the words, no place's name."""
    first = _tag(words[:-1])
    return bool(first) and (first[0][1][:1] in ("v", "p", "c", "d", "r", "m", "a") or first[0][0] in ("占", "比"))
_RANK_OF = {"省": 4, "市": 3, "州": 3, "盟": 3, "县": 2, "区": 2, "旗": 2, "镇": 1, "乡": 1}


def _entity_at(text: str, ctx: _Ctx) -> str | None:
    """The entity naming the head of ``text`` (a clause without its leading time words); "" for the document's
    own region (全市, 我县, its name); None when the clause names no subject."""
    return _entity(text, ctx.regions, ctx.region_level)


# a public service body of the region named at the head of a clause (区政务服务中心, 县人民医院, 市住房公积金管理中心)
# (a hospital heads its own clause whatever follows, 县人民医院通过三级医院评审，门急诊人次…, unless the name goes on
# to a part or a group of it, 县人民医院医共体, 县中医院新院区, or is an item of a list: 县人民医院综合楼、…等12个项目)
_SERVICE_BODY = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:服务中心|管理中心|管理委员会)"
                           r"(?=[\u4e00-\u9fff]{0,4}?(?:共|为|全年|累计|受理|办理|下设|接诊|完成|实现|有)|[，,\d])|"
                           r"(?:(?!在)[\u4e00-\u9fff]){0,12}?(?:人民医院|中医院|妇幼保健院)"  # (not 中心在市…医院)
                           r"(?![\u4e00-\u9fff]{0,2}(?:医共体|集团|分院|院区|和|与|及)|[^，,；;。]*?[、等]))")


# a government department of the region at the head of a clause, handling cases (县住房和城乡建设局承办58件,
# 市交通运输局办理建议41件, 区教育局共受理…) or what an audit found it did with funds (县交通运输局将项目资金386.5万元
# 用于…, 县财政局已拨付…资金1200万元): the department is what the count or the amount is about
_HANDLING_DEPARTMENT = re.compile(r"([县市区][\u4e00-\u9fff]{2,10}?(?:局|委员会|委|办公室|办))(?=(?:共|全年|累计)?"
                                  r"(?:承办|办理|受理|办结|答复|(?:已|已经)?(?:将|挪用|截留|滞留|挤占|套取|拨付|归还|退回))"
                                  r"[^，,；;。]{0,6}?(?:\d|$))")


# …and one named by its party group or committee (县自然资源局党组整改问题45个, 市水利局党委…: the department
# inspected or assessed, whose own figures follow)
_PARTY_OF_DEPARTMENT = re.compile(r"([县市区][\u4e00-\u9fff]{2,10}?(?:局|委员会|委|办公室|办))"
                                  r"(?=党组|党委|党工委|党总支)")


_DEPARTMENT_NAME = re.compile(_PARTY_OF_DEPARTMENT.pattern.split("(?=")[0])


# a body named without its place whose name says which one the region has (住房公积金管理中心, 住房公积金管理委员会:
# one per city), not a kind of which there are many (服务中心)
_OWN_BODY = re.compile(r"住房公积金管理(?:中心|委员会)")


def _region_body(head: str, regions: tuple[str, ...], region_level: str) -> str:
    """A service body of the document's region heading the clause, named with the region (its full name, or the
    bare level 区/县/市 of the region's own text): the body, with the region's name, as the subject; "" else."""
    for region in regions:
        if head.startswith(region) and (m := _SERVICE_BODY.match(head, len(region))):
            return region + m.group(1)
    if region_level and head.startswith(region_level) and (m := _SERVICE_BODY.match(head, 1)):
        named = next((r for r in regions if r.endswith(region_level)), "")
        return named + m.group(1) if named else ""
    if region_level and _OWN_BODY.match(head) and (m := _SERVICE_BODY.match(head)):
        # (住房公积金管理中心为市人民政府直属…事业单位，设9个处 in the city's fund report: the city's own centre)
        named = next((r for r in regions if r.endswith(region_level)), "")
        return named + m.group(1) if named else ""
    return ""


@lru_cache(maxsize=4096)
def _entity(text: str, regions: tuple[str, ...], region_level: str) -> str | None:
    head = _LEAD.sub("", text, count=1) if text else ""
    head = _LOCATED_AT.sub("", head, count=1)  # 位于滨河科技园的岚光电子有限公司…: the company, not where it is
    head = _SUPERLATIVE.sub("", head, count=1)  # 降水量最大的是苇川县1342.8毫米: the county that has the most
    head = _MOST_OF.sub("", head, count=1)  # 受灾最重的白沙镇获赔2160万元: the town, the one hit hardest
    if not head:
        return None
    occasion = occasion_subject(text)
    if occasion:
        return occasion  # 6月下旬的强降雨过程造成…: what that one event caused
    partner = trade_partner(head)
    if partner:
        return partner  # 我市对东盟进出口…: the trade partner
    own = _OWN_REGION.match(head)
    if own:
        level = own.group(1)
        if not region_level or level == region_level or _RANK_OF.get(level, 0) == _RANK_OF.get(region_level, 0):
            return ""  # 全市 in a city's document: the region itself
        # 全市 in a county's document is the city above it; 全镇 in a county's, the town just named
        return f"全{level}" if _RANK_OF.get(level, 0) > _RANK_OF.get(region_level, 0) else None
    department = _HANDLING_DEPARTMENT.match(head)
    if department and region_level and department.group(1).startswith(region_level):
        return department.group(1)  # 县住房和城乡建设局承办58件: the department's caseload, named as the text names it
    department = _PARTY_OF_DEPARTMENT.match(head)
    if department and region_level and department.group(1).startswith(region_level):
        return department.group(1)  # 县水利局党组整改问题33个: the department's own
    body = _region_body(head, regions, region_level)
    if body:
        return body  # 区政务服务中心共受理办件…, 琅州市住房公积金管理中心…从业人员146人: the body's, not the region's
    if _COUNTRY.match(head):
        return "" if region_level == "国" else "全国"
    if _PROVINCE.match(head):
        return "" if region_level == "省" else "全省"
    named = _NAMED_PROVINCE_OR_LEVEL.match(head)
    place = (named.group(1) or named.group(2)) if named else ""
    if place and not _NOT_PLACE_HEAD.search(place) and not _verb_or_particle_headed(place):
        # (岭东省选派干部6名, 沧澜市级财政援助资金: a named province, or a named place's level of funds, is the subject)
        return "" if place in regions else place
    if (scope := _SCOPE_GOAL.match(head)) is not None:  # 与全省5%左右的目标相衔接: the province's goal
        return "" if region_level == scope.group(1)[1] else scope.group(1)
    named = _NAME_CLAUSE.fullmatch(head)
    if named and not _GENERIC.match(named.group("name")):
        return named.group("name")
    invested = _invested_head(head)
    if invested:
        return invested  # 总投资15亿元的某某产业园项目一期…，达产后…: the project is the clause's subject
    orgs = _ORGS.match(head)
    if orgs and not _LOCATIVE_AFTER.match(head[orgs.end():]) and not _GENERIC.match(orgs.group()) \
            and not _verb_headed(orgs.group()):
        return orgs.group()
    m = _ENTITY.match(head)
    company = _COMPANY_HEAD.match(head)
    if company and (m is None or m.end() < company.end("name")) and not _GENERIC.match(company.group("name")) \
            and not _CAPACITY_PROJECT.match(head, company.end()) and not _LOCATIVE_AFTER.match(head[company.end():]):
        project = _FIRM_PROJECT.match(head, company.end())
        if project and not _GENERIC.match(project.group()):
            return company.group("name") + project.group()  # X有限公司储能电池项目总投资…: its project
        return company.group("name")
    giver = _CONTRIBUTOR.match(head)
    if giver and (not m or m.end() != giver.end("name")):
        name = giver.group("name")
        return None if _GENERIC.match(name) or _PUBLIC_PURSE.search(name) or _NOT_NAME.search(name.replace(
            "、", "")) else name  # 浪马轮胎出资1000万元
    if not m:
        return "" if _region_acts(head, regions) else None
    name = m.group()
    works = _WORKS_ON.match(head, m.end()) if name.endswith("厂") else None
    if works and not _GENERIC.match(name):
        return head[:works.end()]  # 市第二水厂扩建工程…新增日供水能力15万吨: the works on the plant, not the plant
    project = _CAPACITY_PROJECT.match(head, m.end())
    if project and name.endswith(("公司", "集团", "厂")) and not _GENERIC.match(name):
        return head[:project.end()]  # 青岩铝业有限公司年产20万吨铝板带项目: the company's project
    own_project = _FIRM_PROJECT.match(head, m.end()) if name.endswith(("公司", "集团")) else None
    if own_project and not _GENERIC.match(name) and not _GENERIC.match(own_project.group()):
        return name + own_project.group()  # X有限公司储能电池项目总投资32亿元: the company's project
    lower = m.group("lower")
    if lower and (_NOT_SUBJECT.match(lower) or lower.endswith("乡") and head.startswith("镇", m.end("lower"))
                  or lower.endswith("乡镇")):
        # (溪口县改造乡镇卫生院: 乡镇 is towns as a kind, the county's, no town 改造乡)
        name, lower = name[: -len(lower)], ""  # 舒溪县乡村旅游…: 乡村 is rural, no village of the county
    if head.startswith("景区", m.end()) and not lower:
        name += "景区"  # 雁川古镇景区: the scenic area named after the town, not the town
    if lower and re.search(r"[市县区旗]$", name[: -len(lower)]):
        # 北票市宝国老镇, 朝阳市喀左县中三家镇: the town (its city and county are context); 清河镇黄岭村 stays whole
        name = lower[len(m.group("county") or ""):]
    if _LOCATIVE_AFTER.match(head[m.end():]) and not EXAMPLE_OF_GROUP.match(head, m.end()):
        return None  # 全省14个市中, 县区之间: not a subject (榆汊镇等部分乡镇…下降: the town named as the example)
    for region in regions:
        stem = region[:-1] if len(region) >= 3 and region[-1] in "市县区省州旗" else region
        if name.startswith(stem) and name[len(stem):] in ("", "市", "城市", "县", "区"):
            return ""  # 辽阳城市 (of 辽阳市): the region itself
        if name == region or region.startswith(name) or name.startswith(region):
            rest = name[len(region):] if name.startswith(region) else ""
            if not rest:
                return ""  # the document's own region
            name = rest
    if seat := re.fullmatch(r"([\u4e00-\u9fff]{2,4}[县市])城区", name):
        name = seat.group(1)  # 岚山县城区集中供热面积: the county's urban area, the county is the subject
    if _GENERIC.match(name) or _NOT_SUBJECT.match(name) or _NOT_NAME.search(name) or len(name) < 2 \
            or _FIRST_PERSON_TAIL.search(name):
        return None  # (引导东部企业到我县…, 资助我县…: words ending in the region's own 我县, no name)
    first = _tag(name[:4])
    if first and (first[0][1][:1] in ("v", "p", "c", "d", "r", "m") or first[0][1] == "ad") and first[0][1] != "vn":
        return None  # 明确农村公路乡…, 针对各县: a verb or preposition heads the clause, not a name
    if len(first) > 1 and first[0][1] == "a" and first[1][1] == "v":
        return None  # 成功举办某县第三届…大赛: an adverb-like adjective and a verb head the clause, not a name
    if len(first) > 1 and first[0][1] == "vn" and first[1][1] == "b":
        return None  # 培育省级智能工厂: a verb and the class of its object (省级, 国家级), not a name
    if len(first) > 1 and first[0][1] == "vn" and first[1][0] in ("县", "市", "区", "镇", "乡", "村"):
        return None  # 优化县政府门户网站: a verb before the level of a government (县政府), not the name 优化县
    if _SERVING_VERB.match(name):
        return None  # 主动融入…开发区建设, 办理县人大代表建议: a verb of serving heads the clause, its object none
    if name.endswith("项目") and not (_PROJECT_NAME.search(name) or _named(name)):
        return None  # 工程建设项目, 谋划储备项目: kinds of project; 华润石梁风电项目 is one
    return name


# members of a set of peers named around them: 除建平、龙城预计增速超过15%外，其他县区均不及预期 (the exceptions of the
# set), …其他县区均不及预期，特别是北票预计仅增长0.2% (the member singled out of a set just named)
_PEER_SET = r"(?:县区|县市区|区县|县（市）区|县市|乡镇|街道|园区|开发区|企业|单位|城市|市州|省份)"
_NAMES_BEFORE_MEASURE = (r"(?P<names>[\u4e00-\u9fff]{2,4}?(?:、[\u4e00-\u9fff]{2,4}?)*)"
                         r"(?=预计|增速|增幅|增长|下降|同比|仅|只|实现|完成|分别|均)")
_EXCEPT_HEAD = re.compile(r"^除" + _NAMES_BEFORE_MEASURE)
_EXCEPT_REST = re.compile(rf"外[，,]?\s*(?:其他|其余|其它)[^，,；;。]{{0,3}}?{_PEER_SET}")
_SINGLED_OUT = re.compile(r"^(?:特别是|尤其是)" + _NAMES_BEFORE_MEASURE)
_PEERS_NAMED = re.compile(rf"(?:其他|其余|其它|各|全部|多数|部分|\d+个)[^，,；;。]{{0,3}}?{_PEER_SET}")


def _members(s: str, head: int, end: int) -> str | None:
    """The peers a clause names as exceptions of a set (除A、B…外，其他县区…) or singles out of a set named before it
    in the sentence (…其他县区均不及预期，特别是C…); None otherwise. Each name must read as a noun."""
    clause = s[head:end].strip()
    clause = re.sub(r"^(?:其中|同时|此外)[，,]?", "", clause)
    m = _EXCEPT_HEAD.match(clause)
    if m and not _EXCEPT_REST.search(s, head + m.end()):
        m = None
    if m is None:
        m = _SINGLED_OUT.match(clause)
        if m and not _PEERS_NAMED.search(s, 0, head):
            m = None
    if m is None:
        return None
    names = m.group("names").split("、")
    for name in names:
        tags = _tag(name)
        if not tags or tags[0][1] not in ("n", "ns", "nr", "nz", "nt") or _GENERIC.match(name) \
                or _NOT_SUBJECT.match(name):
            return None
    return m.group("names")


def _invested_head(clause: str) -> str | None:
    """The project a clause opens with by its size (总投资15亿元的嵩原新能源电池材料产业园项目…) or by its owner and
    capacity (宏远新材料年产20万吨锂电池负极材料项目一期9月建成投产); None otherwise."""
    m = _INVESTED_HEAD.match(head := _LEAD.sub("", clause, count=1)) or OWNED_CAPACITY_PROJECT.match(head)
    return m.group(1) if m and not _KIND_OF_PROJECT.match(m.group(1)) else None


def _region_acts(head: str, regions: tuple[str, ...]) -> bool:
    """朝阳再次承接…, 辽阳已建成…: the document's region, by the stem of its name, is the subject of a verb."""
    for region in regions:
        stem = region[:-1] if len(region) >= 3 and region[-1] in "市县区省州旗" else region
        if len(stem) >= 2 and head.startswith(stem):
            tags = _tag(head[len(stem):len(stem) + 4])
            return bool(tags) and tags[0][1][:1] in ("v", "d", "p") and tags[0][1] != "vn"
    return False


def _named(name: str) -> bool:
    """The name starts with a proper noun (a place, a person's or an organisation's name, a brand)."""
    tags = _tag(name)
    return bool(tags) and tags[0][1] in ("ns", "nr", "nz", "nt", "nrt")


def continues_topic(s: str, topic: str, joined: bool = False) -> bool:
    """Does sentence ``s`` carry on with ``topic``, a subject named earlier in its paragraph? Its first clause with
    words after the time words has no subject of its own (it opens with a verb, an adverb or a preposition) or
    refers back to the topic (项目投产后 after a project, 全镇 after a town). A clause ``joined`` by ； to the one
    naming the topic carries on with it unless it names a place or body of its own (岚平机场旅客吞吐量…；货邮吞吐量…:
    the airport's too)."""
    if not topic:
        return False
    if joined:
        head = _LEAD.sub("", s.strip().lstrip("“\"「"), count=1)
        if head and not (_OWN_REGION.match(head) or _COUNTRY.match(head) or _PROVINCE.match(head)
                         or _ENTITY.match(head) or _COMPANY_HEAD.match(head) or _BACK_REF.match(head)):
            return True
    for m in re.finditer(r"[^，,；;：:。！？!?]+", s):
        head = _LEAD.sub("", m.group().strip().lstrip("“\"「"), count=1)  # (a quoted speaker: “今年一季度，公司…)
        if not head:
            continue
        ref = _BACK_REF.match(head) or re.match(r"^[全本](镇|乡|村)", head)
        if ref:
            return topic.endswith(_REFERS_TO[ref.group(1)])
        if head.startswith(_ZERO_SUBJECT_WORDS):
            return True
        tags = _tag(head[:6])
        return bool(tags) and tags[0][1][:1] in ("v", "p", "d") and tags[0][1] != "vn"
    return False


_RANKED_GROUP = re.compile(r"(?:居|排名?|位列|位居)?前(?:[一二两三四五六七八九十]|\d{1,2})(?:位|名|强)的?")


# (also a public body or institution labelling a row: 澜泉县人民医院：临床医师计划招聘6人)
_PROJECT_LABEL = re.compile(r"[\u4e00-\u9fff]{2,30}(?:项目|工程|学校|中学|小学|幼儿园|学院|医院|卫生院|中心|站|所|馆)")


# a parcel of land named by its code (YF-2025-18：面积…, a land sale's table row restated; YF-2025-19号地块竞买人须为…)
_PARCEL_LABEL = re.compile(r"\s*([A-Za-z]{1,6}[-－]?(?:\d{2,4}[-－])+\d{1,4})(?=号?(?:地块|宗地)|\s*[：:])")


def _project_label(s: str, head: int, end: int) -> str | None:
    """A project or an institution named as the label of what follows (a table row restated: 白沙镇茶叶精深加工项目：
    总投资12000万元, 县人民医院：临床医师计划招聘6人): it, not the town its name opens with; a parcel's code labelling
    a row or heading a clause (YF-2025-18：起始价…, YF-2025-19号地块…): the code; None for anything else."""
    m = _PROJECT_LABEL.fullmatch(s, head, end)
    if m and s.startswith(("：", ":"), end):
        return m.group()
    parcel = _PARCEL_LABEL.match(s, head, max(end, head) + 1)
    return parcel.group(1) if parcel and parcel.end() <= end + 1 else None


_PLACE_KINDS = ("园区", "园", "开发区", "高新区")


def named_in(s: str, topic: str) -> list[str]:
    """The entities sentence ``s`` leaves to be referred back to: its topic, and a park or zone that a relative
    clause of place names (位于滨河科技园的某某有限公司: 滨河科技园)."""
    places = [m.group(1) for m in re.finditer(r"位于([\u4e00-\u9fff]{2,16}?)的", s)
              if m.group(1).endswith(_PLACE_KINDS)]
    return places + ([topic] if topic else [])


def recalled_topic(s: str, topic: str, named: list[str]) -> str:
    """园区前三季度… after 位于滨河科技园的岚光电子有限公司…: a clause head referring back to a kind of entity the topic
    is not (a park, after a company) refers to the last entity of that kind the paragraph named; a bare 企业 is any
    enterprise, not one named before. Else the topic."""
    head = _LEAD.sub("", s.strip().lstrip("“\"「"), count=1)
    ref = _BACK_REF.match(head)
    if not ref or (ref.group(1) == "企业" and not ref.group().startswith(("该", "本", "此", "这"))):
        return topic
    kinds = _REFERS_TO[ref.group(1)]
    if topic.endswith(kinds):
        return topic
    return next((n for n in reversed(named) if n.endswith(kinds)), topic)


def read_subjects(s: str, starts: list[int], ctx: _Ctx, topic: str = "", joined: bool = False) -> list[str]:
    """The subject of each figure starting at ``starts`` (sorted) in sentence ``s``: the last subject named at the
    head of a clause up to the figure's own (华润石梁风电项目于8月建成投产，装机容量20万千瓦: the project's), else
    ``topic`` (a subject named earlier in the paragraph) when the sentence continues it."""
    heads = [0] + [m.end() for m in _CLAUSE_HEAD.finditer(s)]
    out: list[str] = []
    current = topic if continues_topic(s, topic, joined) else ""
    givers = 0  # clauses of contribution named so far (A出资…，B出资…)
    listed = False  # the last subject was a place opening an item joined by 、 (A县…220公里、B县…160公里)
    k = 0
    for pos in starts:
        own = _clause_start(s, pos)
        while k < len(heads) and heads[k] <= own:
            head = heads[k]
            end = pos if head == own else _CLAUSE_HEAD.search(s, head).start() if _CLAUSE_HEAD.search(s, head) else pos
            found = _project_label(s, head, end)
            found = _members(s, head, end) if found is None else found
            found = _entity_at(s[head:end], ctx) if found is None else found
            if found and head == own and found.endswith(("公司", "集团", "厂")):
                # 青岩铝业有限公司年产20万吨铝板带项目: the figure inside the name is the project's
                whole = _entity_at(s[head:_CLAUSE_HEAD.search(s, head).start() if _CLAUSE_HEAD.search(s, head)
                                     else len(s)], ctx)
                found = whole if whole and whole.startswith(found) and whole.endswith(("项目", "工程")) else found
            if found is None and head == own:  # 总投资15亿元的某某项目…: the figure is inside the project's name
                nxt = _CLAUSE_HEAD.search(s, head)
                found = _invested_head(s[head:nxt.start() if nxt else len(s)])
            if found is not None and (_RANKED_GROUP.search(found) or _IN_OWN_REGION.search(found)
                                      or _GOAL_OBJECT.match(found)):  # (培育国家级智能工厂5家: works to count)
                found = ""  # 人口居前三位的区县合计…: the first N of a ranking together, no entity (the metric says it)
                # (个人消费者在本市购买…的: whoever acts in the region, a condition of the rule, no entity)
            if found is not None:
                current, listed = found, False
                givers += bool(found and _CONTRIBUTOR.match(_LEAD.sub("", s[head:end], count=1)))
            elif (givers >= 2 or listed) and head == own:
                current = ""  # …，浪马轮胎出资1000万元，…已募集到位资金2.7亿元: the pool of several contributors
                # (A县…220公里、B县…160公里，受益人口12.6万人: the places' items together)
            elif (source := _STATS_SOURCE.search(s, head, end)) is not None:
                current = _SOURCE_SCOPE[source.group(1)]  # 从国家统计局发布的数据看，…: the country's figures
            k += 1
        if _FIRST_PERSON_TAIL.search(s, own, pos):
            current = ""  # …63家企业与我县14个乡镇结对: the region's own towns (我县 right before the figure)
        elif (item := list_item_place(s, own, pos, lambda t: _entity_at(t, ctx))) is not None:
            current, listed = item, True
        elif (each := each_place(s, own, pos, starts, lambda t: _entity_at(t, ctx))) is not None:
            current = each
        out.append(current)
    return out


def drop_places(metric: str, subject: str, ctx: _Ctx) -> str:
    """The metric without the place names heading it when the figure has a place as subject: a breakdown by place
    (…扬尘问题43个，其中新河区17个、高塘县12个) names the places only; "" when nothing else is left (the count
    broken down then names the figure)."""
    rest = metric
    while rest and subject:
        head = rest if rest == subject else next(
            (rest[:n] for n in range(min(len(rest), 8), 1, -1) if _entity_at(rest[:n], ctx) == rest[:n]
             and not rest.startswith("级", n)), "")  # (规范清理村级合同: 村级 is a level, no village 规范清理村)
        if not head:
            break
        rest = rest[len(head):]
    return rest


# a leading clause saying how a figure is known (经成本监审，…; 据测算，…; 根据审计，…): no subject of the sentence
_BASIS_LEAD = re.compile(r"^(?:经|据|根据|依据)[^，,；;。]{0,15}(?:监审|审计|测算|核算|调查|统计|核查|评估)[，,]?$")


def sentence_topic(s: str, ctx: _Ctx, topic: str = "", joined: bool = False) -> str:
    """The subject sentence ``s`` leaves for the sentences after it in its paragraph (see :func:`read_subjects`):
    the proper name heading its first clause with words (after the time words), "" after the document's region
    in any clause, else the topic it continues."""
    current = topic if continues_topic(s, topic, joined) else ""
    scene = _SCENE.match(_LEAD.sub("", s, count=1))
    if scene and not _GENERIC.match(scene.group("name")):
        return scene.group("name")  # 在…嵩原恒信精密制造有限公司生产车间，…: the company the report visits
    opening = True  # only the subject of the sentence (its first clause with words) becomes the topic
    for head, end in zip([0] + [m.end() for m in _CLAUSE_HEAD.finditer(s)],
                         [m.start() for m in _CLAUSE_HEAD.finditer(s)] + [len(s)], strict=True):
        if opening and _BASIS_LEAD.match(s[head:end].strip()):
            continue  # 经市发展改革委成本监审，某某公司…: how it is known, the subject comes after
        found = _entity_at(s[head:end], ctx)
        if found == "" or (found and opening and _proper_name(found)):
            current = found
        opening = opening and not _LEAD.sub("", s[head:end].strip(), count=1)
    return current


def _proper_name(name: str) -> bool:
    """A name that can be a paragraph's topic: a proper noun first (宝国老镇, 华润石梁风电项目), or a town or
    village name (中三家镇); not a phrase the suffix search cut out of a sentence (培育壮大市, 朝阳每个县)."""
    tags = _tag(name)
    if any(p == "r" for _, p in tags) or re.search(r"[每各个全]", name) or (tags and tags[0][1][:1] == "v"):
        return False
    # (a department of the region named by its level, 县水利局, topic of the paragraph its party group heads)
    return _named(name) or bool(re.fullmatch(r"[\u4e00-\u9fff]{2,5}(?:镇|乡|村|街道)", name)) or bool(
        _DEPARTMENT_NAME.fullmatch(name))


# the other end of a superlative said after the first (降水量最大的是棠梨县843.5毫米，最小的是汶北区615.2毫米): the
# measure is the one the first named
_OTHER_END = re.compile(r"(?:其中)?最(?:大|小|多|少|高|低|快|慢|长|短)的?(?:是|为)|其次(?:是|为)")


def superlative_siblings(found: list[Figure]) -> None:
    """最小的是汶北区 after 降水量最大的是棠梨县: named 降水量 (the county is the subject); so is the next of a
    ranking (…最多的是滨湖区…；其次是澄南区9870件)."""
    for prev, f in zip(found, found[1:], strict=False):
        m = _OTHER_END.match(f.metric)
        if m and f.subject and f.metric[m.end():] == f.subject and prev.subject and prev.unit == f.unit \
                and "最" not in prev.metric:
            f.metric = prev.metric


"""What a count after its number counts (used by :func:`.sentence._analyse_sentence`).

Entities selected for a pilot (每年遴选100家中小企业开展数字化转型试点, 选择5个乡镇开展集中供暖示范): the figure
counts the pilots, not the entities at large; the metric names the pilot and, with 每年, that it is each year's
(数字化转型试点中小企业, 每年…). Projects a fund supports (争取专项债券资金6.5亿元，支持…等12个项目建设): the
projects supported (支持项目), not "project construction". Counts of businesses (:func:`entity_base`): 户 and 个
count enterprises, legal entities and individual businesses there, not households or items."""

from __future__ import annotations

import re

from ...model import Figure
from .over_threshold import ALL_UNITS_BEFORE
from .quantities import _Num
from .text import _clause_start

_SELECTED = re.compile(r"(?P<each>每年)?[^，,；;。\d]{0,4}?(?:遴选|选择|选取|选定|确定|择优|推荐)(?:支持)?\s*$")
_PILOT_AFTER = re.compile(r"\s*(?P<noun>[^，,；;。\d]{1,10}?)\s*(?:开展|参与|参加|实施|进行|作为)\s*"
                          r"(?P<what>[^，,；;。\d]{2,16}?)(?P<kind>试点|示范)(?:工作|建设)?\s*(?=$|[，,；;。])")


def selected_pilots(s: str, nums: list[_Num]) -> None:
    """A count after 遴选/选择 whose noun comes after the number and then 开展…试点: the pilot's entities."""
    for num in nums:
        if num.role != "figure" or num.kind != "count":
            continue
        pilot = _PILOT_AFTER.match(s, num.end)
        chosen = _SELECTED.search(s, _clause_start(s, num.start), num.start)
        if pilot and chosen:
            each = "每年" if chosen.group("each") else ""
            what, noun = (re.sub(r"\s+", "", pilot.group(g)) for g in ("what", "noun"))
            num.metric = f"{each}{what}{pilot.group('kind')}{noun}"


# 支持/资助/保障 … 等12个项目建设: the projects (their construction is what the support is for)
_SUPPORTED = re.compile(r"(?:支持|资助|保障|扶持)[^，,；;。]{0,60}?等?\s*$")
_PROJECTS_BUILT = re.compile(r"^(?P<noun>项目|工程)(?:建设|实施)$")


def supported_projects(s: str, nums: list[_Num]) -> None:
    """A count of 项目建设 after 支持…等: 支持项目; after no such verb, the projects (项目)."""
    for num in nums:
        m = _PROJECTS_BUILT.match(num.metric) if num.role == "figure" and num.kind == "count" else None
        if m and s[num.end:].lstrip().startswith(num.metric):
            supported = _SUPPORTED.search(s, _clause_start(s, num.start), num.start)
            num.metric = ("支持" if supported else "") + m.group("noun")


# 16户企业, 市场主体31.3万户, 个体经营户3.52万户, 入驻创业实体87户: 户 counts businesses here, not households; so
# does a tax office's 户 of taxpayers and fee payers (惠及纳税人缴费人26.8万户, 纳税信用A级纳税人1.26万户)
_ENTITY_COUNTED = re.compile(r"企业|市场主体|经营主体|创业实体|经营实体|个体户|工商户|个体经营|商户|单位|公司|合作社|"
                             r"规上|规模以上|小升规|转企|专精特新|纳税人|缴费人")
# 法人单位8426个, 内资企业4968个 (the census's units and enterprises): 个 counts entities when the metric ends in one;
# 审计单位12个 or 拖欠中小企业工程款的项目3个 stay items (a unit audited is an office, a project is no entity)
_ENTITY_BY_GE = re.compile(r"(?:企业|法人单位|产业活动单位|公司|合作社|市场主体|经营主体|个体经营户|个体工商户)$")


# 只 counting manufactured pieces (锂离子电池产量2.35亿只, 灯泡1200万只, 口罩3000万只): items, not heads of livestock
_PIECES = re.compile(r"电池|灯泡|灯具|轮胎|口罩|手套|仪表|电表|水表|传感器|电容器|芯片|集成电路")


def entity_base(base: str, unit: str, metric: str) -> str:
    """The base unit of a count of businesses: ``entity`` for 户 or 个 of enterprises and legal entities; ``item``
    for 只 of manufactured pieces."""
    if base == "head" and unit.endswith("只") and _PIECES.search(metric):
        return "item"
    if base == "household" and _ENTITY_COUNTED.search(metric):
        return "entity"
    if base == "item" and unit.endswith("个") and _ENTITY_BY_GE.search(metric):
        return "entity"
    return base


_AMONG_ENTITIES = re.compile(r"^\s*在[^，,；;。]{0,10}?(?:企业|法人单位|产业活动单位|市场主体|经营主体)中[，,]")


def listed_entities(s: str, figures: list[Figure]) -> None:
    """…批发和零售业个体经营户1.46万户，住宿和餐饮业0.68万户，居民服务、修理和其他服务业0.52万户: the items of a list
    after a count of businesses in 户 count businesses too, when their own name says nothing of households (脱贫户,
    农户 keep their households) and no ； ends the list between them. A sentence opened by 在法人单位中 / 在全部企业中
    counts those businesses in 个 (批发和零售业2318个: the industry's units)."""
    among = _AMONG_ENTITIES.match(s)  # 在法人单位中，数量居前三位的行业是：批发和零售业2318个…: units of the industries
    for f in figures:
        if among and f.base_unit == "item" and f.unit.endswith("个"):
            f.base_unit = "entity"
    previous: Figure | None = None
    for f in figures:
        if not f.unit.endswith(("户", "户次")):
            continue  # (检查经营主体1568户次，责令整改93户: the businesses told to rectify)
        if previous is not None and f.base_unit == "household" and (previous.base_unit == "entity" or (
                previous.unit.endswith("户次") and _ENTITY_COUNTED.search(previous.metric))) \
                and "户" not in f.metric and "；" not in s[s.find(previous.text):s.find(f.text)]:
            f.base_unit = "entity"
        previous = f


# An audit's finding about a number of units (5家定点医疗机构通过…方式违规使用医保基金412万元, 3个单位违规发放津贴补贴,
# 有216名已死亡人员仍在领取高龄津贴): the count is of the units the finding is about, not of the units at large; the
# metric names the finding (违规使用医保基金的定点医疗机构), as an analyst would cite it.
_FINDING = re.compile(r"违规|违反|未按(?:规定|要求|合同)?|未及时|未经|无预算|超预算|超标准|超范围|超额|虚报|冒领|"
                      r"挤占|挪用|套取|骗取|滞留|截留|擅自|重复(?:发放|领取|报销|参保)|多(?:报|领|支付)|少缴|仍在|仍然|长期闲置|闲置")
_FOUND_UNITS = ("个", "家", "名", "人", "所", "户", "处", "座")
_NOUN_FINDING = re.compile(r"(?P<noun>[\u4e00-\u9fff]{2,10}?)(?:通过[^，,；;。]{1,30}?等?(?:方式|手段))?"
                           r"(?P<finding>(?:" + _FINDING.pattern + r")[^，,；;。\d]{1,20})$")


def found_units(s: str, nums: list[_Num]) -> None:
    """A count of units whose noun follows the number and is followed, in its clause, by a finding (违规…, 未按规定…,
    虚报冒领…, 仍在领取…), possibly after the means (通过…等方式): the metric becomes ``<finding>的<noun>``."""
    for num in nums:
        if num.role != "figure" or num.kind != "count" or num.unit not in _FOUND_UNITS or not num.metric:
            continue
        stop = re.search(r"[\d，,；;。：:]", s[num.end:])
        m = _NOUN_FINDING.match(s[num.end:num.end + stop.start()] if stop else s[num.end:])
        noun = m.group("noun").removeprefix("已") if m else ""
        if m and len(noun) >= 2 and num.metric.startswith(noun[:2]):
            num.metric = f"{m.group('finding')}的{noun}"


# A count of a group followed by that group's figure (2座大型水库年末蓄水量4.21亿立方米, 12家规上企业营业收入增长8%):
# the count is of the group (大型水库), the figure is the group's (大型水库年末蓄水量), not the whole's.
_GROUP_HEAD = re.compile(r"(?:水库|企业|医院|学校|单位|项目|乡镇|街道|行政村|村|社区|合作社|家庭农场|公司|园区|景区|"
                         r"机构|站|场|厂|矿|港口|码头|市场|商场|超市|银行|网点|基地)")
_GROUP_COUNTS = ("个", "家", "座", "所", "处", "户")
# (向120家企业发放稳岗返还资金230万元: what was paid to them, not a figure of theirs; a group has its class before its
# head: 大型水库, 规上企业, 三级医院)
_VERB_FIRST = re.compile(r"发放|支付|拨付|开展|实施|投入|带动|吸纳|安置|获得|享受|减免|兑现|落实|争取")
_ACT = re.compile(r"通过|方式|等|用于|对|向|将|被")
_OVER = re.compile(r"超过|超|突破|逾|以上|不低于|不少于|达到|在")


def counted_group(s: str, nums: list[_Num]) -> None:
    """A count whose noun, a group (大型水库, 规上企业), runs straight into the metric of the next figure: the count
    names the group, the next figure the group's metric."""
    for a, b in zip(nums, nums[1:], strict=False):
        if a.role != "figure" or b.role != "figure" or a.unit not in _GROUP_COUNTS or b.cls in ("count", "bare"):
            continue
        verb = re.search(r"(?P<each>全部|均|都)?(?:同比|比上年)?"
                         r"(?:增长|下降|增加|减少|提高|降低|为|达到|达|共|合计|完成|实现)$", s[a.end:b.start])
        between = s[a.end:b.start][:verb.start()] if verb else s[a.end:b.start]
        if not re.fullmatch(r"[\u4e00-\u9fff]{4,24}", between):
            continue
        heads = list(_GROUP_HEAD.finditer(between))
        head = heads[0] if heads else None
        all_units = ALL_UNITS_BEFORE.search(s, 0, a.num_start)  # (全县186个行政村: all the units of the place)
        over = _OVER.search(s, a.end, b.num_start)
        if head is None or head.end() < 2 or len(between) - head.end() < 2 or (
                over and not (all_units and over.group() == "达到")):
            continue  # (3个乡镇财政收入超过1亿元: the towns above a bound, not their revenue)
        group, rest = between[:head.end()], between[head.end():]
        own = b.metric[len(head.group()):] if b.metric.startswith(head.group()) else b.metric  # (水库蓄水量)
        fits = (not own and len(rest) <= 8 and not _ACT.search(rest)) or (
            own and rest.endswith(own) and (len(rest) - len(own) <= 2 or (all_units and len(rest) <= 8)))
        if not fits or not (head.start() >= 2 or all_units) or _VERB_FIRST.match(rest) or not (
                a.metric and group.startswith(a.metric[:2])):
            continue  # (4家单位通过虚增工程量等方式多计工程款86万元: a finding, found_units's)
        a.metric = group
        # (全县168个行政村集体经济收入全部达到10万元以上: each village's, not their total)
        each = "每个" if verb and verb.group("each") else ""
        b.metric = each + group + re.sub(r"^(?:年末|年初|年底|全年|当年)", "", rest)


# Counts of those honoured, listed before what they received (3个集体、12名个人受到省级以上表彰, 5个单位获得市级表彰):
# each count is of its noun so honoured (受到省级以上表彰的集体, …的个人), not of the bare noun
_HONOURED_AFTER = re.compile(r"(?P<noun>[\u4e00-\u9fff]{1,6}?)(?P<more>(?:、[\d.]+[个名家人位][\u4e00-\u9fff]{1,6}?)*)"
                             r"(?P<pred>(?:受到|获得|荣获|获)[\u4e00-\u9fff]{0,8}?(?:表彰|表扬|奖励|嘉奖)"
                             r"|被(?:评为|授予|命名为)[^，,；;。\d]{2,16})(?=$|[，,；;。])")


def honoured_counts(s: str, nums: list[_Num]) -> None:
    """Counts before their nouns, listed with 、 and followed by an honour received: ``<honour>的<noun>``."""
    for k, num in enumerate(nums):
        if num.role != "figure" or num.kind != "count":
            continue
        m = _HONOURED_AFTER.match(s, num.end)
        if not m:
            continue
        num.metric = f"{m.group('pred')}的{m.group('noun')}"
        for other in nums[k + 1:]:  # (the counts of the same list: 、12名个人)
            if other.start < m.end("more") and other.role == "figure" and other.kind == "count":
                noun = re.match(r"[\u4e00-\u9fff]{1,6}?(?=、|$)", s[other.end:m.end("more")])
                if noun:
                    other.metric = f"{m.group('pred')}的{noun.group()}"


# Counts of those who receive a benefit or join a scheme, the noun after the number and the benefit after the noun
# (1.52万名农村学生享受营养膳食补助, 3200户农户参加农业保险, 2.1万名老年人领取高龄津贴, 4.2万名困难群众得到临时救助):
# the count is of the beneficiaries (享受营养膳食补助的农村学生), not of the noun at large ("rural students: 15,200"
# would say all of them). The same when the count follows 为 and the act done for them follows the noun (为1.3万名老年人
# 免费体检, 为860户家庭实施适老化改造): those served (实施适老化改造的家庭).
_BENEFIT_UNITS = ("名", "人", "户", "人次", "户次", "家")
RECEIVE_VERBS = ("享受", "领取", "获得", "得到", "参加", "参保")  # (named so in English by translate/done_acts)
_RECEIVE = "|".join(RECEIVE_VERBS)
_NOUN_BENEFIT = re.compile(rf"(?P<noun>[\u4e00-\u9fff]{{2,8}}?)(?P<pred>(?:{_RECEIVE})"
                           r"(?:了|到)?(?P<what>[\u4e00-\u9fff]{2,14}?))(?:待遇|政策|保障)?(?=$|[，,；;。])")
SERVE_VERBS = ("适配", "配发", "配备", "实施", "提供", "安装", "免费")
_SERVE = "|".join(SERVE_VERBS)
_NOUN_SERVED = re.compile(rf"(?P<noun>[\u4e00-\u9fff]{{2,8}}?)(?P<pred>(?:{_SERVE})[\u4e00-\u9fff]{{2,10}}?)"
                          r"(?=$|[，,；;。])")


def beneficiary_counts(s: str, nums: list[_Num]) -> None:
    """A count whose noun is followed, to the end of its clause, by the benefit it receives or the scheme it joins:
    the metric becomes ``<verb><benefit>的<noun>``; after 为, the act done for them: ``<act>的<noun>``."""
    for k, num in enumerate(nums):
        if num.role != "figure" or num.kind != "count" or not num.unit.endswith(_BENEFIT_UNITS) or not num.metric:
            continue
        served = re.search(r"为(?:共|累计)?$", s[max(0, num.num_start - 3):num.num_start])
        m = (_NOUN_SERVED if served else _NOUN_BENEFIT).match(s, num.end)
        if not m or not num.metric.startswith(m.group("noun")[:2]) or re.search(r"\d", m.group()):
            continue
        pred = re.sub(rf"^({_RECEIVE})(?:了|到)", r"\1", m.group("pred"))
        bare, num.metric = num.metric, f"{pred}的{m.group('noun')}"
        for other in nums[k + 1:k + 2]:  # (，比上年增加0.2万人: the change of the same count)
            if other.metric == bare and other.kind in ("change", "growth") and other.unit[-1:] in "名人户家次":
                other.metric = num.metric


# Medals won, named after whoever won them and where (代表队在省运会上获得金牌27枚, 运动员夺得奖牌45枚): the count is of
# the medals (金牌); the team and the games are the sentence's, not part of the name
_MEDAL = re.compile(r"(?:获得|夺得|摘得|取得|斩获|荣获|共获|获)(?P<kind>金牌|银牌|铜牌|奖牌|金银铜牌)(?:总数)?$")


def medal_counts(nums: list[_Num]) -> None:
    """A count of medals whose name runs back over the team and the games: the name is the medal."""
    for num in nums:
        if num.role == "figure" and num.kind == "count" and (m := _MEDAL.search(num.metric)):
            num.metric = m.group("kind")

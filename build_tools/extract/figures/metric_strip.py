"""The metric inside a left context: time phrases, subjects, adverbs, linking verbs and list marks dropped, the verbs
a name keeps, the session a suggestion was made at."""

from __future__ import annotations

import re

from .noun_phrase import _np_tokens
from .text import _balance, _clean_ws
from .vocab import (
    _LEADING,
    _PLACE_RE,
    _STOP_WORDS,
    _SUBJECTS,
    _TIME_WORDS,
    _TRAILING,
    _tag,
)

_LEADING_RE = re.compile("|".join(re.escape(w) for w in _LEADING))  # longest first


_TRAILING_RE = re.compile("(?:" + "|".join(re.escape(w) for w in _TRAILING) + ")$")


_TRAILING_SET = frozenset(_TRAILING)


_VERB_BEFORE_TIME = re.compile(r"(?:完成|实现|达到)(?=全年|今年|当年|年度|上半年|前三季度)")  # 完成全年地区生产总值增长


_LEADING_SET = frozenset(_LEADING)


_LIST_MARK = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、"
                        r"|\d{1,2}[.．、](?!\d)"
                        # an article's number opening its text (第十条  2026年市财政安排…): no part of a name
                        # (not 第三条线路全长12公里: the third line)
                        r"|第[一二三四五六七八九十百零]{1,5}条\s*(?=对|为|本|凡|各|经|[市县省区](?:财政|人民政府|政府)))")


# (就业人员, 从业人员, 从事…的单位: 就 and 从 begin the word; 可吸入颗粒物, 可持续, 可再生: so does 可; 并案处理: 并)
_WORD_START = re.compile(r"有[序效力关所机偿色利线]|现[代场金货行]|再[生造]|共[享同]|就业|就近|从业|从事|对[外口]|并案"
                         # (其他收入, 其余乡镇: words; 其耕地保有量: its, of the unit just named; 和解: a word)
                         r"|其[他它余]|和[解谐睦美]"
                         # (再融资债券: refinancing bonds; 折合人民币: what a gift was worth, discipline_cases)
                         r"|再(?:融资|贷款|就业)|折合(?:人民币|美元)"
                         r"|可(?:吸入|持续|再生)|直接(?:经济|财产)?损失"  # (直接经济损失: a statistic's own name)
                         # (有进出口实绩的企业, 有研发活动的企业: 有 opens the relative clause of what is counted)
                         r"|有[\u4e00-\u9fff]{1,10}?的[\u4e00-\u9fff]")


_MEANS_LEFT = re.compile(r"^(?:通过[^，,；;。]{1,20}?等?)?(?:方式|手段|形式|途径)(?=[\u4e00-\u9fff]{3})"
                         # the channel (通过县政府门户网站主动公开政府信息): no part of what is counted
                         r"|^通过[^，,；;。]{1,16}?(?:门户网站|网站|平台|客户端|公众号|热线)(?=[\u4e00-\u9fff]{3})"
                         # the people served (为适龄妇女免费开展宫颈癌筛查3万人, 为老年人家庭实施适老化改造3000户): the
                         # service is what is counted, in the unit of those served
                         r"|^(?:计划|拟|力争|实际)?(?:为|对|向)[\u4e00-\u9fff]{0,8}?"
                         r"(?:家庭|群众|妇女|老年人|老人|儿童|学生|居民|农户|职工|残疾人|企业|经营主体|市场主体)"
                         r"(?:免费)?(?:开展|实施|提供)(?=[\u4e00-\u9fff]{3})")


# who handed what to whom, or where an activity was held, before the act counted (县河长办向各乡镇交办问题清单126件,
# 在全县中小学开展防溺水专题教育42场次): the act and its object are the name; the actor, the recipients and the place
# are no part of it (the act's English says what was done, the row's subject who did it when not the region)
_ACTOR_OR_PLACE = re.compile(r"^(?:[\u4e00-\u9fff]{2,10}?向[\u4e00-\u9fff]{1,10}?(?=(?:交办|移交|移送|转办|派发|下发|"
                             r"推送|反馈|发出|印发)[\u4e00-\u9fff]{2})"
                             r"|在[\u4e00-\u9fff]{1,12}?(?=(?:开展|举办|组织|实施)[\u4e00-\u9fff]{2}))")


# the channels a list of them received what is counted through (…通过全国12315平台、12345政务服务便民热线共受理消费
# 投诉186件: the name left after the channel's number, or a list of channels): no part of what is counted (one
# hotline's own report keeps its name: 12345热线共受理群众诉求, _SERVICE_LINE_TOTAL)
_CHANNELS_LEFT = re.compile(r"^(?:(?:平台|热线|专线)[^，,；;。]{0,24}?|[^，,；;。]{0,24}?、[^，,；;。]{0,24}?"
                            r"(?:平台|热线|专线|网站|客户端|公众号|信箱))(?:等(?:渠道|途径|方式))?共?"
                            r"(?=(?:受理|接听|接收|收到|办理|转办|登记)[\u4e00-\u9fff]{2})")


# a definition in brackets after a name, with a number in it (固定献血者（一年内献血2次及以上）, 规模以上
# 工业（年主营业务收入2000万元及以上）): what the name means, no part of it; a bracket at the start (a list
# number) is _LIST_MARK's
# (not an abbreviation: 细颗粒物（PM2.5）平均浓度 keeps its bracket)
_DEFINITION = re.compile(r"(?<=[\u4e00-\u9fff])[（(](?=[^（）()]*[\u4e00-\u9fff])[^（）()]{0,20}\d[^（）()]{0,20}[）)]"
                         r"(?=[\u4e00-\u9fff]|$)")


# titles listed as examples of what is counted (制定《某市河道管理条例》等地方性法规4件, 修改《…》等2件)
_TITLES_AS_EXAMPLES = re.compile(r"(?:《[^《》]{2,40}》[、和及]?)+等(?=[\u4e00-\u9fff]|$)")


_ACTING_VERBS = {"推动", "推进", "促进", "支持", "引导", "鼓励"}


_BARE_SETS = {"项目", "企业", "村", "户", "家庭", "人", "单位", "园区", "主体"}


# the session suggestions or proposals were made at names their occasion, not what they are (县十八届人大五次会议
# 代表建议, 县政协十一届五次会议委员提案, 市人大七次会议期间代表建议): 人大代表建议, 政协委员提案; what handled
# them goes too (县政府系统共承办…)
_SESSION_CASES = re.compile(r"^[^，,；;。\d]{0,12}?(?:[省市县区州]?(?P<body>人大|政协)?[一二三四五六七八九十\d]+届"
                            r"(?P<body2>人大|政协)?[一二三四五六七八九十\d]+次(?:全体)?会议(?:期间|以来)?(?:提出的|的)?)"
                            r"(?P<kind>代表建议|委员提案)$")


_FOUNDED_MODIFIER = re.compile(r"^(?:始建于|建于|创建于|创办于|成立于|落成于)[^，,；;。的]{1,12}的")


def _session_cases(m: re.Match[str]) -> str:
    return ("人大" if m.group("kind") == "代表建议" else "政协") + m.group("kind")


def _strip(text: str, region_names: tuple[str, ...]) -> str:
    """The metric inside a left context: drop time phrases, subjects, adverbs and linking verbs."""
    text = _clean_ws(text)
    prev = None
    while prev != text:
        prev = text
        text = _balance(text.strip("，,、：:；;—- "))
        if text in _TRAILING_SET or text in _LEADING_SET or _TIME_WORDS.fullmatch(text):
            return ""
        text = _LIST_MARK.sub("", text)  # （四）新建住宅小区停车位…: the list number is no part of the name
        text = _DEFINITION.sub("", text)  # 固定献血者（一年内献血2次及以上）: the definition is no part of the name
        text = _FOUNDED_MODIFIER.sub("", text)  # 始建于1958年的市博物馆…: when it was founded is no part of the name
        text = _MEANS_LEFT.sub("", text)  # 通过重复收费等方式违规使用医保基金: the means are no part of the name
        text = _ACTOR_OR_PLACE.sub("", text)  # 县河长办向各乡镇交办问题清单, 在全县中小学开展…: the act
        text = _CHANNELS_LEFT.sub("", text)  # (…12315平台、12345热线共受理消费投诉: the complaints received)
        text = _TITLES_AS_EXAMPLES.sub("", text)  # 制定《…条例》《…条例》等地方性法规: the examples name no metric
        text = _SESSION_CASES.sub(_session_cases, text)  # (…共承办县十八届人大五次会议代表建议: 人大代表建议)
        m = _LEADING_RE.match(text) or _VERB_BEFORE_TIME.match(text)
        if m and _WORD_START.match(text):
            m = None  # 有序开放…, 有效…, 现代农业, 再生资源: the leading character begins a word of its own
        if m and m.group().strip() in _ACTING_VERBS and text[m.end():] in _BARE_SETS:
            m = None  # 支持项目38个: the projects supported (a bare set noun is no metric without its verb)
        if m:
            text = text[m.end():]
        for r in region_names:
            if text.startswith(r) and len(text) > len(r) + 1:
                text = text[len(r):]
        m = _PLACE_RE.match(text)
        if m and len(text) - m.end() >= 2 and _is_place_name(text, m.end()):
            text = text[m.end():]
        m = _TIME_WORDS.match(text)
        if m:
            text = text[m.end():]
        text = _REGION_COURTS.sub("", text)  # (全市两级法院共受理各类案件: the cases accepted)
        text = _ACTING_BODY.sub("", text)  # (市疾控中心共检测食品样品: the samples tested)
        text = _STANDING_COMMITTEE.sub("", text)  # (市人大常委会共召开常委会会议8次: the meetings held)
        text = _SERVICE_LINE_TOTAL.sub("", text)  # (12345热线共受理群众诉求: the hotline's requests received)
        m = _TRAILING_RE.search(text[-6:])
        if m and m.group() in ("能", "及", "为", "约", "于", "应", "高", "可") and _ends_word(text, m.group()):
            m = None  # 年产能, 新增储能 (产能, 储能 are words), not 年产 + the modal 能; 涉及 not 涉 + 及; 违法行为,
            # 节约 (a noun ending in 为 or 约), not the linking 为 of 比重为 or the 约 of 总数约; 平均身高 (身高, a
            # body's height), not 身 + the 高 of 比全省高; 专利转让许可 (许可, a licence), not 许 + the modal 可
        elif m and m.group() == "均" and re.search(r"[^各][日月]均$", text):
            m = None  # 小客车流量日均达到…: 日均 (a daily average) is the word, not 日 + the adverb 均
        elif m and m.group() == "由" and text.endswith(("理由", "自由", "缘由", "事由")):
            m = None  # 办理无理由退货: 理由 is the word, not 理 + the 由 of 由A到B
        elif m and m.group() == "计" and text[-2:] in _WORDS_IN_JI:
            m = None  # 开展专项审计12次: 审计 (audit) is the word, not 审 + the totalling 计
        elif m and m.group() == "总计" and text[:-2] in _ACCOUNT_HEADS:
            m = None  # 收入总计40.87亿元: a budget's grand total (all revenue, transfers included), not 收入 alone
        elif m and m.group() == "每年" and re.search(r"每[人户亩吨头]每年$", text):
            m = None  # 标准为每人每年8400元: a rate per person a year (rates.per_unit makes it the unit 元/人·年)
        if m:
            text = text[: len(text) - (m.end() - m.start())]
    return text


# the region's courts or procuratorates as a whole before what they did (全市两级法院共受理…, 全市法院审结…, 各级检察院
# 办理…; 全县纪检监察机关共立案…): the acting body of a court's or a discipline commission's report, no part of what
# is counted
_REGION_COURTS = re.compile(r"^(?:两级|各级|基层)?(?:(?:人民)?(?:法院|检察院|检察机关)|纪检监察机关|纪委监委)"
                            r"(?:共|累计|全年)?(?=受理|审结|执结|办结|办理|审理|判处|发出|诉前|新收|立案|处分|处置|谈话)")


# a body of the region before what it did, its total or its act (市疾控中心共检测食品样品860份, 市场监管局累计抽检…,
# 县消防救援大队共检查单位…): the body acts, the samples or cases are what is counted, and they are the region's
_ACTING_BODY = re.compile(r"^[省市县区州]?[\u4e00-\u9fff]{0,12}?(?:中心|局|站|所|支队|大队|办公室|管理处|部门|财政)"
                          r"(?:共|累计|全年|依法|已)?(?=(?:检测|抽检|抽查|监测|检查|检验|受理|查处|办理|办结|接待|接诊"
                          r"|采集|调解|救助|培训|发放|核发|审核|审批|抢修|下拨|拨付)[\u4e00-\u9fff]{2})")


# a congress's or a CPPCC's standing committee before what it did (市人大常委会共召开…, 常委会共制定…): the acting body
# of its work report, no part of what is counted
_STANDING_COMMITTEE = re.compile(r"^(?:[省市县区州]?人大常委会|[省市县区州]?政协常委会|常委会)(?:共|累计|全年|依法)?"
                                 r"(?=召开|举行|制定|修改|修订|废止|听取|审议|开展|审查|作出|任免|组织|督办|批准)")


# the 共 between a service line and what it received (12345热线共受理群众诉求, 政务服务平台共办理…): the hotline names
# the requests, 共 only totals them (累计 stays: it says the total runs over the year so far)
_SERVICE_LINE_TOTAL = re.compile(r"(?:(?<=热线)|(?<=平台)|(?<=服务台)|(?<=服务中心))共"
                                 r"(?=受理|办理|接听|接收|转办|办结)")


_ACCOUNT_HEADS = {"收入", "支出", "资产", "负债"}  # a grand total of an account: 收入总计, 资产总计


_WORDS_IN_JI = {"审计", "统计", "设计", "会计", "估计", "核计"}  # words ending in 计 (not the totalling 计 of 共计)


_HEIGHTS = {"身高", "株高", "层高", "净高", "楼高", "坝高", "标高"}  # nouns of a height, measured in 厘米 or 米


def _ends_word(text: str, char: str) -> bool:
    """The last jieba word of ``text`` is longer than ``char`` and ends with it: the character closes a word
    (产能, 涉及; for 为, 约 and 高 a noun only: 违法行为, 节约, 身高, not the linking 仅为, 评为 or 生师比为)."""
    word, tag = _tag(text)[-1]
    return len(word) > 1 and word.endswith(char) and (
        char in "能及应可" or word.endswith("行为") or (char == "高" and word in _HEIGHTS) or (char == "约" and (
            tag[:1] in ("n", "l", "j", "i") or word in ("签约", "节约", "预约", "制约", "履约"))))  # (征收签约)


def _is_place_name(text: str, end: int) -> bool:
    """北票市, 宝国老镇 (jieba: a place, ending on a word boundary); not 贫困县 or 辽阳城|市绿化."""
    tags = _np_tokens(text)
    return bool(tags) and tags[0][1] == "ns" and any(e == end for _, _, e in tags)


def _tail_verbs(text: str) -> str:
    """Trailing verbs of a left context (引进, 新建和改造), used before a counted noun."""
    tags = _tag(text)
    out: list[str] = []
    for w, p in reversed(tags):
        if w in _STOP_WORDS or w in _SUBJECTS:
            break
        if p.startswith("v") or (out and p == "c" and w in "和及与"):
            out.insert(0, w)
            continue
        break
    while out and out[0] in "和及与":
        out.pop(0)
    verb = "".join(out)
    return verb if len(verb) <= 5 else ""

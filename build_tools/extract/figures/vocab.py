"""General Chinese report language the figure rules read: qualifiers, change verbs, the words around a
metric (leading and trailing), comparisons, plan and result cues, and the word tagger."""

from __future__ import annotations

import re

import rjieba

from ...clean.text import REVIEW_AND_PLAN_TAIL

# --------------------------------------------------------------------------------------------------------------
# Vocabulary (general Chinese report language)

_TERMINATORS = "。！？；!?;"
_CLAUSE_BREAKS = "，,；;：:。！？!?"
_OPENERS = {"“": "”", "「": "」", "『": "』", "《": "》", "（": "）", "(": ")", "〔": "〕", "【": "】", "[": "]"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
_SHORT_QUOTE = 16  # a quotation at most this long is a slogan or a name, not reported speech
_QUOTE_CHARS = frozenset(_OPENERS) | frozenset(_CLOSERS) | {'"'}
_SPLIT_CHARS = re.compile("[" + re.escape("".join(_OPENERS) + "".join(_CLOSERS) + '"' + _TERMINATORS) + "\n]")

_PRE_QUALIFIERS = {  # as written -> recorded qualifier
    "将近": "近", "接近": "近", "近": "近", "大约": "约", "约": "约", "超过": "超过", "超": "超过", "逾": "超过",
    "突破": "超过",
    "不到": "不到", "不足": "不足", "不低于": "不低于", "不少于": "不少于", "不高于": "不高于",
    "不超过": "不超过", "至少": "至少", "最少": "至少", "最多": "最多", "最长": "最多",  # 缓缴期限最长6个月
    "不得低于": "不低于", "不应低于": "不低于", "不得少于": "不少于", "不应少于": "不少于", "不得超过": "不超过",
    "不得高于": "不高于",
}
_PRE_QUAL_NAMES = sorted(_PRE_QUALIFIERS, key=len, reverse=True)
_PRE_QUAL_BY_LAST: dict[str, list[str]] = {}  # last character -> the qualifiers it ends, longest first
for _name in _PRE_QUAL_NAMES:
    _PRE_QUAL_BY_LAST.setdefault(_name[-1], []).append(_name)
_POST_QUALIFIERS = ("以上", "以下", "以内", "左右", "上下")

_GROWTH_VERBS = ("增长", "增加", "减少", "下降", "提高", "提升", "降低", "上升", "上涨", "回落", "收窄", "扩大",
                 "改善", "增收", "减收", "下滑", "增幅", "增速", "涨幅", "降幅", "压减", "压缩", "缩减", "下调", "上调",
                 "净增", "递增", "增产", "减产", "加快", "放缓", "回升", "缩小",
                 "缩短", "延长",  # (平均住院日比上年缩短0.4天: a change of a duration)
                 "偏多", "偏少", "偏高", "偏低",  # (降水量比常年偏多12.5%: weather and water bulletins)
                 "下跌")  # (鲜鸡蛋…环比下跌2.2%: a price release's fall, as 上涨 its rise)
_RATE_ONLY_VERBS = "加快|放缓|回升|回落|收窄|扩大|改善|提升|提高|缩小"
# a figure named as a goal after it (低于年初确定的6.5%的预期目标, 完成8%的目标任务): the goal of a year
# the value a plan set, right before the number (《规划》要求的45%左右, 规划提出的控制在12/10万以下): a goal of the plan
_PLAN_SET_VALUE = re.compile(r"(?:纲要|规划)[》”\"]?(?:确定|提出|设定|明确|制定|要求)的\s*(?:控制在|达到|保持在)?\s*$")
# (下达的1700个年度任务; 超额完成县下达的4000亩任务: the year's task, named without 年度)
_NAMED_GOAL = re.compile(r"\s*的?(?:(?:预期|奋斗|发展|年度)?目标|年度(?:目标)?任务|任务)")
# the verb comparing an indicator with such a goal: the indicator is named before it (增速低于…的6.5%的预期目标)
_GOAL_VERB = re.compile(r"超额完成|未能?完成|没有完成|完成|未能?实现|实现|未能?达到|达到|低于|高于|超过|超出|"
                        r"好于|快于|慢于")
# what may stand between that verb and the goal: who set it, when (年初确定的, 省下达的, 市里定下的)
# (《纲要》确定的“十四五”下降14%目标: the span and the change the goal is of may follow)
_GOAL_SET_BY = re.compile(r"\s*(?:[^，,；;。\d]{0,8}?(?:确定|下达|制定|设定|提出|定下|确立|明确|安排|下发)的)?\s*"
                          r"(?:[“\"]?十[一二三四五六七八九]五[”\"]?(?:期间|时期)?)?\s*(?:下降|降低|减少|增长|提高|提升)?\s*")
_GROWTH_VERBS_ALL = sorted(_GROWTH_VERBS + ("增长速度", "增长率"), key=len, reverse=True)
_LEVEL_SUFFIX = ("到", "至")

_TRAILING = sorted({
    "增长到", "增加到", "提高到", "提升到", "上升到", "下降到", "降低到", "减少到", "压减到", "压缩到", "缩短到",
    "扩大到", "增至", "降至", "升至", "减至", "提高至", "下降至", "压减至", "压缩至", "缩减至", "缩短至", "扩大至",
    "降低至", "减少至", "增加至", "提升至", "达到了", "达到", "高达", "达", "为", "是", "有",
    "共有", "拥有", "共计", "合计", "总计", "累计", "共", "计", "完成了", "实现了", "实现", "突破", "超过", "超",
    "逾", "过", "增长了", "增长", "增加了", "增加", "提高了", "提高", "提升", "下降了", "下降", "降低", "减少",
    "上升", "上涨", "下跌", "回落", "收窄", "扩大", "改善", "控制在", "保持在", "稳定在", "维持在", "占", "约", "近",
    "接近", "将近", "大约", "仅", "只", "已", "已经", "均", "都", "全部", "全都", "分别", "各", "将", "要", "预计",
    "预期", "力争",
    "确保", "必保", "争取", "有望", "可", "能", "拟", "到", "至", "了", "的", "在", "不低于", "不少于", "不高于",
    "不超过", "不到", "不足", "至少", "最少", "最多", "再", "又", "也", "还", "就", "约为", "仍", "继续", "同比",
    "环比", "和", "及", "与", "、", "位列", "位居", "居于", "居", "列", "排在", "排名", "名列", "跃居", "滑至",
    "上升至", "升到", "保持", "进入", "处于", "年均", "平均", "每年", "虽然", "虽", "但", "但是", "却", "仍然",
    "提至", "最高", "最低",  # (返还比例最高提至90%: a bound and its verb)
    "最高达", "最低至",  # (PM2.5日均浓度最高达156微克/立方米: the extreme and its verb, not 最 left of 高达)
    "相应",  # (各阶梯水量基数相应增加36立方米: the adverb, no part of the name)
    "一度",  # (红细胞库存一度降至3.1天用量: for a time, the adverb of the verb)
    "涨至", "涨到", "涨",  # (渌阳站水位涨至42.86米: the level and its verb)
    "于",  # (最高用电负荷于8月6日达到…: the preposition of the date taken out; 高于, 等于 are words: metric.py)
    "依然", "短短", "共同", "合计达", "完成", "由", "从", "按", "拟按", "高", "低", "多", "少",
    "快", "慢",  # (进度比去年同期快3.5个百分点: faster or slower than the base)
    "实际", "名义", "增产", "减产", "净增", "加快", "放缓", "回升", "递增", "压减", "压缩", "缩减", "下调", "上调",
    "下滑", "涨幅", "降幅", "缩小", "缩短", "延长", "偏多", "偏少", "偏高", "偏低",
    "首次", "再次", "一举", "历史性", "率先",  # (地区生产总值首次突破300亿元: adverbs of the verb, not the metric)
    # (合格率必须达到100%, 对完成率低于80%的市予以通报: the rule's words; 已提前完成…的8件目标)
    "必须", "须", "应", "应当", "低于", "高于", "能够", "可以", "提前", "原则上",
}, key=len, reverse=True)
_LEADING = sorted({
    "其中", "其次是", "其次为", "其次", "其",  # (北川县…，其耕地保有量较上年减少: its, the unit just named)
    # the city's own level receiving or handling (市本级共收到行政复议申请…): the count, as the issuer reports it (not
    # 市本级一般公共预算收入, a budget's own level, which keeps its word)
    "市本级共", "县本级共", "区本级共", "省本级共", "市本级累计", "县本级累计", "区本级累计",
    "另外", "加上", "此外", "同时", "并且", "并", "且", "而且", "而", "和", "及", "以及", "另", "还",
    "也", "又", "再", "即", "就", "共计", "共", "累计",
    "全部", "已经", "已", "目前", "当前", "现在", "现有", "现", "截至目前",
    "截止目前", "到目前", "至今", "今年以来", "年初以来", "近年来", "近几年来", "近年", "同期", "当年", "当日", "全年",
    "年内", "期间", "特别是", "尤其是", "尤其", "我们", "我市", "本市", "该市", "全市", "全县", "全区", "全镇",
    "我县", "本县", "我区", "本区", "县里", "市里", "区里", "省里",
    "全乡", "全村", "力争", "确保", "必保", "争取", "要", "将", "预计", "努力", "全力", "力求", "有", "共有",
    # a plan's verb before what is planned (计划实现城镇新增就业5000人以上); 计划 alone stays (计划总投资,
    # 计划投资), and so does 完成 after it (预计完成投资: the investment completed)
    "计划实现", "拟实现", "预计实现",
    "实现", "可", "均", "都", "分别", "先后", "对", "为", "从", "由", "截至", "截止", "以来", "一是", "二是",
    "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是", "、", "——", "—", "总计", "合计",
    "直接", "建成后", "投产后", "达产后", "建设期间", "仅", "只", "再次", "的", "虽然", "但", "但是",
    "折合",  # (采集全血15.2吨，折合7.6万单位: the same quantity in another unit, of the metric before it)
    # the modal of a duty before its verb (各地应确保耕地面积不低于…, 应当完成…): no part of what is counted
    "应当确保", "应确保", "应当完成", "应完成", "应当达到", "应达到",
    "此次", "本次", "这次", "除", "各地", "各县", "各市", "各区", "各省", "我国", "全国各地",
    # who is told to act (各地各部门要确保…, 各有关单位要…): the addressees of a speech or notice, not the metric
    # (only with their modal: 各部门预算支出 is the departments' budget spending)
    *(f"{who}{modal}" for who in ("各部门", "各单位", "各乡镇", "各有关部门", "有关部门", "各有关单位", "各县区",
                                   "各县（市、区）", "各级各部门") for modal in ("要", "应", "须", "务必", "必须")),
    # (其中卫生技术人员4.57万人，包括执业（助理）医师1.78万人; …268.4元，按当年价格比上年上涨2.1%: the price basis)
    "包括", "按当年价格", "按可比价格", "按现价", "按当年价格计算", "按可比价格计算", "按现价计算",
    "该县", "该区", "该镇", "该乡", "该村", "该公司", "该企业", "该项目", "本公司", "公司",
    # a notice's act of allocating to its addressees (现下达你们2026年…补助资金52680万元): the funds are the metric
    "现下达你们", "下达你们", "现下达你市", "下达你市", "现下达你县", "下达你县", "现下达", "现将",
    # a government action before what it acts on (推动金桥镇工业总产值突破110亿元): not part of the metric
    "推动", "推进", "促进", "支持", "引导", "鼓励",  # not 带动: 带动就业 (jobs created) is a metric
    "提出", "并提出",  # (报告…并提出新建改造农村公路120公里: what the report proposes, not part of the metric)
    # a goal held to (紧扣地区生产总值增长7%左右的预期目标): the indicator follows
    "紧扣", "紧紧围绕", "围绕", "锚定", "对标", "聚焦",
}, key=len, reverse=True)
_SUBJECTS = {"全市", "全县", "全区", "全镇", "全乡", "全村", "全省", "全国", "我市", "本市", "该市", "全州", "全盟",
             "全旗", "全委", "我省", "本省", "我县", "本县", "我区", "本区", "目前", "其中", "现有", "当前"}
_TIME_WORDS = re.compile(
    r"扣除价格因素(?:后)?|按可比价格?计算|按可比口径(?:计算)?|今年以来|年初以来|近年来|近几年来|截至目前|截止目前|到目前为止|(?<!项)目前|当前|现阶段|同期|全年|年内|当年|今年|去年|"
    r"前年|明年|上年|上半年|下半年|[一二三四1-4]季度|前三季度|节日期间|节假日期间|假日期间|假期(?:期间|内)?|期间|"
    r"建设期间|以来|"
    # the seasons of an outlook (据预测，今冬明春…平均气温偏高1℃左右): times, not part of the measure
    r"今冬明春|今冬|明春|今春|今夏|今秋|入冬以来|入汛以来|"
    # the days of the lunar new year (大年初二至初五, 除夕): times, their dates given beside them
    r"(?:大年)?(?:初[一二三四五六七八九十]|三十|除夕)(?:[至到—-](?:初)?[一二三四五六七八九十])?")
_GENERIC_METRICS = {"方面", "事", "件事", "意见", "指标", "项指标", "任务", "项任务", "问题", "措施", "举措", "目标",
                    "方面意见", "个", "项", "次", "人", "户", "家", "倍", "点", "条", "种", "类", "批", "大", "级",
                    "年", "月", "天", "以上", "以下", "相差", "差距", "多出", "仅剩", "剩", "惠及", "惠及及", "工作",
                    "项工作", "件事情", "事情", "个方面", "字", "句话", "个字",
                    "大关", "关口",  # (突破百亿元大关: a milestone restating the figure before it)
                    # (…优良率为53.7%，规划要求到2030年达到60%以上: the programme's value of the same indicator)
                    "规划要求", "规划目标", "纲要要求", "纲要目标", "目标值"}
# a goal named bare after the indicator it is of (…优良率为53.7%，规划要求到2030年达到60%以上; 目标为45%):
# lists._inherit
GOAL_WORDS = frozenset({"目标", "规划要求", "规划目标", "纲要要求", "纲要目标", "目标值"})
# what a count of the document's own discourse counts (分析面临的4个重大机遇, 落实27条政策措施, 明确8个新突破目标):
# the parts of a speech or a policy, not quantities of the region
# (《纲要》确定的28项主要指标: the plan's own list of indicators)
_DISCOURSE_NOUN = re.compile(r"(?:机遇|挑战|优势|短板|弱项|政策|新政|意见|举措|措施|目标|要求|原则|理念|维度|设置指标|"
                             r"(?:主要|约束性|预期性)指标)$")
_DISCOURSE_UNITS = frozenset({"个", "条", "项", "点", "方面", "大"})
# the meeting's own participants (13个部门作了书面发言, 由7名市政府班子成员牵头包保) and an average restating the
# figure before it (即每户贫困户平均覆盖近两个项目): no figure of the region
_SPEAKERS = re.compile(r"[^，,；;。]{0,12}?(?:作了?|进行了?)?(?:书面|交流|典型|表态)?发言")
_PEOPLE_IN_CHARGE = re.compile(r"[^，,；;。]{0,12}?(?:牵头|包保|出席|列席|参会)")
_RESTATED_AVERAGE = re.compile(r"\s*即\s*(?:每|平均)")
# a clause about one person or family (在帮扶下，她家建起两栋冷棚，年收入8万元): an anecdote, it and the rest of its
# sentence are no figures of the region
_ANECDOTE = re.compile(r"(?:^|[，,；;：:])\s*[他她](?:家|们家)?(?![们国人乡])")
_RANK_WORDS = {"增速", "增幅", "增长", "增长速度", "排名", "排位", "位次", ""}
_SIZE_WORDS = {"总量", "规模", "数量", "面积", "总额", "产量", "数", "个数"}

_COMPARISON_RE = re.compile(
    # 比全省高2.3个百分点: 高于全省 (比全县平均水平低4.1个百分点: 低于全县)
    r"(?:比|较)(?:全省|全国|全市|全县|全区)(?:平均水平|平均)?(?:高|低|快|慢)(?=\s*[\d.])|"
    # 比近五年（2019—2023年）平均值: the average of the years before
    r"(?:比|较)(?:近|前|过去)[两三四五六七八九十\d]{1,2}年(?:\s*[（(]\s*(?:19|20)\d{2}\s*[—–\-－~至到]\s*(?:19|20)\d{2}\s*年?\s*[）)])?"
    r"(?:的)?(?:平均值|平均水平|均值|平均)(?:同期)?|"
    # 比上一秋冬季下降3.7%, 较上一考核年度减少2天: the period before of the same kind
    r"(?:比|较)上一(?!年)[\u4e00-\u9fff]{1,4}?(?=下降|上升|增长|减少|增加|提高|降低|回落|上涨|改善)|"
    # 与上月相比，…增加18.6%; 与去年同期相比，下降7.3%: the base named between 与 and 相比 (canonical_comparison)
    r"(?:与|同)(?:上月|上年同期|去年同期|上年同月|去年同月|上季度|年初|上年末|上年底)\s*相比|"  # 与年初相比，…下降
    # (比去年假期增长7.8%, 较去年假期提高3.5个百分点: last year's same holiday, as 同比)
    r"同比|环比|(?:比|较)(?:(?:去年|上年)(?:同期)?(?:假期|节日期间|黄金周)|常年同期|常年|历年同期|多年平均|上年同期|去年同期|上年末|上年底|上年预算|去年预算|上学年|上届|上年|去年|前年|上季度|上月|同期|"
    r"(?:19|20)\d{2}\s*年(?:年?底|年?末|同期|前)?|全省|全国|全市|省平均|全国平均|平均水平)(?:同期)?|"
    r"(?<!不)(?:高于|低于|快于|慢于|超出)(?:全省|全国|全市|省(?![级委政内外])|国家(?![级])|平均)(?:平均水平|平均)?|"
    r"(?<!不)(?:高于|低于|快于|慢于|超出)(?:全?年度?|全年)?(?:预期)?目标(?=\s*[\d.])|"  # 高于年度预期目标0.1个百分点
    r"(?:[两三四五\d]+年)?年均(?=\s*(?:分别)?(?:增长|增速|下降|提高|增幅|递增))|"  # 年均分别增长6.3%和8.1%
    # 平均增长8% (a rate over years); 地下水位平均下降0.37米 is an average over the area, no comparison
    r"(?:[两三四五\d]+年)?平均(?=\s*(?:分别)?(?:增长|增速|下降|提高|增幅|递增)\s*(?:为|达到?|是)?\s*[\d.]+\s*(?:%|个百分点))|"
    r"[两三四五\d]+年平均(?=\s*(?:分别)?(?:增长|增速|下降|提高|增幅|递增))|"
    # 扣除价格因素实际增长: in real terms; 同口径增长: on a comparable basis
    r"(?:扣除价格因素(?:后)?)?实际(?=\s*(?:分别)?(?:增长|下降))|同口径(?=\s*(?:分别)?(?:增长|下降))|"
    r"按?可比口径(?=\s*(?:计算)?[，,]?\s*(?:分别)?(?:增长|下降))|"  # 按可比口径增长8.6%: 同口径
    # 恢复到2019年同期的118%: a level against the same period of a base year (相当于2019年同期)
    r"(?:恢复到|恢复至|相当于)(?:19|20)\d{2}\s*年(?:同期)?(?:水平)?(?=的?\s*[\d.]+\s*%)|"
    # 是2020年的1.9倍, 是上年的1.5倍, 相当于2015年的2倍: a multiple of that year's
    r"(?:(?<=[是为])|相当于)(?:(?:19|20)\d{2}\s*年(?:年?底|年?末)?|上年|去年)(?:同期)?(?=的\s*[\d.]+\s*倍)|"
    # 按不低于当地城市低保标准的1.3倍: a multiple of another standard, wage or price (a notice's norm)
    r"(?:(?<=不低于)|(?<=不高于)|(?<=不超过)|(?<=不少于)|(?<=[按为]))(?!不低于|不高于|不超过|不少于)"
    r"(?:当地|本地|本市|全市|全省|全县)?"
    r"[\u4e00-\u9fff]{2,14}?(?:标准|工资|价格|收入|补助金?|津贴)(?=的\s*[\d.]+\s*倍)")
# 比全省高 -> 高于全省: the same comparison in the words the rows read
_COMPARED_TO_SCOPE = re.compile(r"(?:比|较)(?P<scope>全省|全国|全市|全县|全区)(?:平均水平|平均)?(?P<dir>高|低|快|慢)")
SCOPE_COMPARISONS = {"高": "高于", "低": "低于", "快": "快于", "慢": "慢于"}


def canonical_comparison(text: str) -> str:
    """比全省高 -> 高于全省 (the form of 高于全省平均水平), 按可比口径 -> 同口径, 2019年同期水平 (after 恢复到 or
    相当于) -> 相当于2019年同期; other comparisons unchanged."""
    if text.endswith("可比口径"):
        return "同口径"
    named = re.fullmatch(r"[与同](\S+?)\s*相比", text)
    if named:
        return "比" + named.group(1)  # 与上月相比 -> 比上月, 与去年同期相比 -> 比去年同期
    multiple = re.fullmatch(r"相当于((?:19|20)\d{2}\s*年|上年|去年)", text)
    if multiple:  # 相当于2015年的2倍: a multiple of that year's level, as 是2015年的2倍
        return multiple.group(1).replace(" ", "")
    level = re.fullmatch(r"(?:恢复到|恢复至|相当于)((?:19|20)\d{2})\s*年(?:同期)?(?:水平)?", text)
    if level:
        return f"相当于{level.group(1)}年同期"
    m = _COMPARED_TO_SCOPE.fullmatch(text)
    return SCOPE_COMPARISONS[m.group("dir")] + m.group("scope") if m else text


_DISTRIB_COMPARISON_RE = re.compile(
    r"(高于|低于|快于|慢于|比|较)((?:全省|全国|全市|上年|去年|(?:19|20)\d{2}年)(?:[、和及](?:全省|全国|全市|上年|去年|"
    r"(?:19|20)\d{2}年))+)")
_FUTURE_CUES = re.compile(
    r"预期目标|目标值?(?=是|为|：|:|任务是|\d)|应当?(?=确保|完成|达到|实现|建成|新建)|预期(?!寿命)|力争|确保(?!了)|必保|必须(?!达到|保持)|争取|计划(?<!规划计划)(?!信息)|(?<!达到)(?<!完成)(?<![占为])预计|据预测|[经据]测算(?=[，,][^。；;]{0,20}?(?:需要?|将))|据[\u4e00-\u9fff]{2,8}?(?:预测|预报)|拟(?<!审查拟)(?<!审核拟)(?![\u4e00-\u9fff]{1,2}(?:信息|事项|人选|名单))|(?<!已)(?<!已经)(?<!均已)将(?![近军])(?!(?!把|在|于|会|要|逐步|陆续|全部|全面|统一|进一步|适时)[^，,；;。\d]{1,16}?(?:纳入|列入|列为|交由|交给|交办|分解|分配|移交|转交|转办))|有望|力求|努力|不低于|"
    r"不少于|不超过|不高于|控制在|建成后|投产后|达产后|调价后|可(?=带动|吸纳|解决|创造|新增|增加)|"
    # (报告提出，今年…; 报告从7个方面部署了…，并提出新建改造农村公路120公里: what a report proposes is a goal)
    r"(?:报告|规划|纲要)[^。；;！？]{0,30}?提出(?![了过的])|"
    # (汛期前完成…, 春节前建成…: a deadline's task; not 提前完成, done ahead of time)
    r"(?<=[期节庆内]前)(?:完成|建成)|"
    r"要(?<![^，,。；一二三四五六七八九十都还更就必]要)(?![求素点闻件])")
# (已将…归还, 已经将…退回: what was done with a thing, no plan)
# (规划计划信息 and 审查拟公开信息 name kinds of information, 将…纳入/列入/交由 is the disposal construction: no plan
# cue; 将要纳入, 将逐步纳入 still are)
# (实际完成92个, 实际新增学位3780个: the outcome set against a plan; 实际投资额, 实际到位内资 are no cue)
_PAST_CUES = re.compile(r"已经|已(?!于)|累计|截至|截止|以来|比上年|较上年|去年|前年|上年|刚刚|结束|"
                        r"实际(?=完成|新增|建成|改造|开工|发放|筛查|招聘|实施)|"
                        r"了(?<![为除]了)(?![解却不得])")
# (in both, every alternative starts with a literal character and the look-behinds come after it: the regex engine
# then skips quickly to where a cue can start)
_PLAN_TITLE = re.compile(r"计划|规划|方案|安排|要点|纲要|目标|意见|措施")
# (a year's review with the next year's plan, …工作总结和2026年工作计划: the review is the document, the plan a part
# of it that its heading marks)
_REVIEW_AND_PLAN_TITLE = re.compile(REVIEW_AND_PLAN_TAIL)
_NOT_PLAN_TITLE = re.compile(r"(?:讲话|发言|致辞|报告|通报|总结|公报|答记者问)$|" + _REVIEW_AND_PLAN_TITLE.pattern)
# a scheme of payments (征收土地补偿安置方案, 拆迁补偿方案, 救助资金分配方案): its 方案 lays down standards and rules
# for every case it covers, not goals of a year (a land-expropriation announcement's 每亩5.28万元 is no 2025 target)
# (a price adjustment scheme, 居民生活用水阶梯价格调整方案: the prices it sets)
_SCHEME_TITLE = re.compile(r"(?:补偿|安置|补助|补贴|收费|分配|奖励|价格|水价|电价|气价)(?:标准)?(?:调整)?方案")
# (a heading of the year's 民生实事 or 为民办实事项目: a list of what the government undertakes to do; its report of
# completion, 民生实事完成情况, is a review: _EXECUTED_PLAN)
_PLAN_HEADING = re.compile(r"目标|任务|安排|计划|打算|部署|举措|重点工作|工作重点|工作要求|展望|思路|明年|下一步|今后"
                           r"|预算草案|民生实事|办实事")
# the execution of a plan or budget (2024年国民经济和社会发展计划执行情况, 年度计划完成情况): a review of what was done,
# whose 计划 names what is reviewed, no plan cue
_EXECUTED_PLAN = re.compile(r"(?:计划|预算|规划|纲要|目标任务|实事)[^，,。；;、]{0,4}?(?:执行|完成|实施|落实)情况")
# a heading of the work done (一、2025年工作完成情况, 工作回顾, 主要成效): the headings under it report tasks completed
_DONE_HEADING = re.compile(r"完成情况|回顾|成效|成绩")
# a heading of the problems found (二、存在的主要问题, 问题和不足): the headings under it describe shortfalls, and their
# 任务/目标 (监管能力与任务不相适应) name what falls short, no plan
_PROBLEM_HEADING = re.compile(r"问题|不足|短板|差距|薄弱环节")


# the confidence a review heading of a speech draws for the future (一、正确看待今年取得的成绩，坚定做好明年工作的
# 信心决心; 增强做好明年工作的信心): the part reviews the year, its 明年 names what the confidence is for, no plan
CONFIDENCE_CLAUSE = re.compile(r"(?:坚定|增强|提振|鼓足)[^，,。；;：:]{0,20}?(?:信心|决心|底气)(?:和?决心)?")


# a firm's project named by its owner and capacity, the owner without 公司 (宏远新材料年产20万吨锂电池负极材料项目一期
# 9月建成投产): the project heads its clause when a phase or its start or completion follows the name
OWNED_CAPACITY_PROJECT = re.compile(
    r"((?!新建|建设|实施|推进|开工|引进|签约|投资|加快|推动)[\u4e00-\u9fff]{2,10}?(?:年产|年处理|年加工)\s*[\d.]+\s*"
    r"[万千亿]?(?:吨|千瓦|兆瓦|台|套|辆|件|平方米|立方米)[\u4e00-\u9fff]{1,16}?(?:项目|工程))"
    r"(?=[一二三]期|建成|投产|开工|竣工|正式|顺利|已)")


# a town named as the example of a group of its level (榆汊镇等部分乡镇财政收入下降较多): the named town is the subject
EXAMPLE_OF_GROUP = re.compile(r"等(?:部分|少数|个别)?(?:乡镇|镇|街道|县区|县（市、区）)")


def plans_ahead(headings: dict[int, str]) -> bool:
    """Whether the headings over a paragraph open a plan (三、2025年工作安排), outermost first; a problems heading
    that is no plan heading itself closes the search (二、存在的问题 > （四）监管能力与任务不相适应: a shortfall),
    and so does a heading of work done (一、2025年工作完成情况 > （一）移交安置任务全面完成: a task completed)."""
    for _, heading in sorted(headings.items()):
        text = CONFIDENCE_CLAUSE.sub("", _EXECUTED_PLAN.sub("", heading))
        if _PLAN_HEADING.search(text):
            return True
        if _PROBLEM_HEADING.search(text) or _DONE_HEADING.search(text):
            return False
    return False


# a paragraph of a speech's task list (一要…, 二要…; 第一，要…): what follows is to be done
_TASK_PARAGRAPH = re.compile(r"^\s*(?:[一二三四五六七八九十]+要|第[一二三四五六七八九十]+[，,、]\s*要)")
_HEADING_MARK = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、])")
_MOD_KEYS = {"投资", "总投资", "产值", "规模", "产能", "面积", "年产", "收入", "营业收入", "销售收入", "总额"}
_WEAK_VERBS = {"有", "是", "为", "达", "达到", "共有", "拥有", "占", "计", "新", "让", "使", "把", "对", "给",
               "发现", "查出"}  # (审计发现3个项目未批先建: the finding, not what is counted)
_SLOGAN_HEADS = {"意识", "自信", "维护", "确立", "全面", "务必", "毫不动摇", "一以贯之", "没有变", "区分开来"}
# verbs that commonly modify a noun inside a compound (科技创新平台, 农产品加工园区, 光伏发电项目)
_MODIFIER_VERBS = {"创新", "发展", "服务", "管理", "建设", "监测", "研发", "扶贫", "养殖", "加工", "制造", "示范",
                   "培训", "上网", "发电", "储能", "供水", "供热", "供暖", "治理", "改造", "检测", "孵化", "物流",
                   "配送", "交易", "就业", "创业", "保障", "救助", "康养", "旅游", "招商", "合作", "融资", "投资",
                   "帮扶", "安置", "搬迁", "试点"}
_MONEY_METRIC = re.compile(r"生产总值|GDP|收入|投资|固投|产值|资金|总额|税|利润|融资|贷款|消费|财政|预算|成交额|营业额")
_SKIP_ROLES = {"byline", "addressee", "signature", "date", "note"}
_COLLECTIVE = {"城乡": ("城镇", "农村"), "进出口": ("进口", "出口"), "中小学": ("中学", "小学")}
_CJK = re.compile(r"[\u4e00-\u9fff]")
_FW = str.maketrans("０１２３４５６７８９．％／", "0123456789.%/")
_FW_CHARS = re.compile("[０-９．％／]")
_NOUNISH = ("n", "vn", "an", "j", "l", "b", "a", "s", "f", "nz", "ns", "nt", "nr", "eng", "g")
_STOP_WORDS = {"全部", "均", "都", "已", "已经", "共", "累计", "直接", "实现", "分别", "正式", "顺利", "全面", "得到",
               "基本", "先后", "共计", "各", "被", "再", "又", "也", "还", "仍", "已于", "并", "等", "将", "要", "可",
               "能", "预计", "有望", "争取", "力争", "确保", "获", "获得"}
_PLACE_RE = re.compile(  # a leading place name (北票市, 宝国老镇), not 市场/县级
    r"^[\u4e00-\u9fff]{2,4}?(?:市(?![场民区政直级委属容域])|县(?![级域区])|镇(?![级区])|乡(?![镇级村]))")

# the default tokenizer of rjieba (its dictionary loads once per process: ~0.1 s); nothing adds words to it
_TAGGER = rjieba


def _tag(text: str) -> list[tuple[str, str]]:
    """Words and their parts of speech; a Latin abbreviation joined by & (R&D, P&G) is one word, not three."""
    out: list[tuple[str, str]] = []
    for w, p in _TAGGER.tag(text):
        if not w.strip():
            continue
        if p == "eng" and len(out) >= 2 and out[-1][0] == "&" and out[-2][1] == "eng":
            out[-2:] = [(out[-2][0] + "&" + w, "eng")]  # (岭北县R&D经费增速最快: the topic is R&D经费增速)
            continue
        out.append((w, p))
    return out

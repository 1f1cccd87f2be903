"""Quantitative facts (figures) from a document's paragraphs.

Reads ``Document.paragraphs`` (body text and headings, run-in headings included) and returns one ``Figure`` per
quantity an analyst would put in a table: indicators, targets, counts, investments, incomes, rates and ranks.

How it works, per paragraph:

1. Split into sentences on 。！？； (never inside a short quotation or a bracket; a decimal point never splits).
2. Find quantities: Arabic numbers (decimals, thousands separators, fractions ``1/3``, ranges ``6%－6.5%``) and
   Chinese numerals (``两个``, ``三分之一``, ``过千亿``), each with its multiplier (万/亿) and unit (亿元, 万人, %,
   ‰, 个百分点 ...). Dates (from :mod:`.dates`), document numbers (〔2023〕30号), ordinals (第一只鸟),
   numbers inside slogans and names (“161”工程, 5G, PM2.5), bare numbers without a unit and numbers that are part
   of a project name (中电科53所) are never figures.
3. Tell a figure from a threshold: ``5亿元以上项目50个`` has one figure (50 个); ``5亿元以上`` is part of its metric.
4. Name the metric: the noun phrase before the number (walking back over verbs such as 增长/达到/为, comparisons
   such as 同比/比上年, qualifiers, time phrases and subjects such as 全市/朝阳市), or the noun after a counted
   number (``4个贫困县摘帽``); list items without their own metric inherit from their neighbours, and the
   distributive ``分别``/``均`` constructions are expanded (``猪牛羊禽分别出栏…``).
5. Classify (kind), read the comparison, qualifier, rank (``增速位列全省第5``), the period (nearest date from
   :func:`.dates.find_dates`) and whether the figure is a plan/target rather than an achieved result.

``kind`` describes what is measured: growth (a change, with 增长/下降/提高… or a percentage-point gap), share
(a rate, proportion or fraction), count (things counted: 个, 户, 人 …), rank, level (amounts: money, area …), and
target for an amount that is a plan/target (``计划投资29亿元``); growth, share, count and rank targets keep their
kind and carry ``is_target``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import rjieba

from ..model import Document, Figure, Metadata, Paragraph
from .dates import Anchor, DateMatch, find_dates

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------------------------------------------
# Units


@dataclass(frozen=True)
class _Unit:
    base: str
    factor: float
    cls: str  # count | money | measure | percent | permille | pp | times | duration


def _units() -> dict[str, _Unit]:
    count = {
        "人次": "person-time", "户次": "household-time", "人": "person", "名": "person", "位": "person",
        "户": "household", "家": "entity", "个": "item", "项": "item", "座": "item", "所": "item", "处": "item",
        "条": "item", "件": "item", "场": "item", "次": "time", "套": "item", "栋": "item", "幢": "item",
        "台": "item", "辆": "vehicle", "艘": "vessel", "架": "item", "头": "head", "只": "head", "羽": "head",
        "株": "plant", "棵": "plant", "张": "item", "批": "batch", "篇": "item", "部": "item", "宗": "item",
        "笔": "item", "份": "item", "支": "item", "块": "item", "间": "item", "床": "bed",
    }
    table = {u: _Unit(b, 1.0, "count") for u, b in count.items()}
    table.update({
        "元": _Unit("CNY", 1, "money"), "美元": _Unit("USD", 1, "money"), "欧元": _Unit("EUR", 1, "money"),
        "港元": _Unit("HKD", 1, "money"),
        "公里": _Unit("km", 1, "measure"), "千米": _Unit("km", 1, "measure"), "米": _Unit("m", 1, "measure"),
        "平方公里": _Unit("km2", 1, "measure"), "平方千米": _Unit("km2", 1, "measure"),
        "平方米": _Unit("m2", 1, "measure"), "公顷": _Unit("ha", 1, "measure"), "亩": _Unit("mu", 1, "measure"),
        "立方米": _Unit("m3", 1, "measure"), "吨": _Unit("t", 1, "measure"), "公斤": _Unit("kg", 1, "measure"),
        "千克": _Unit("kg", 1, "measure"), "斤": _Unit("kg", 0.5, "measure"), "千瓦时": _Unit("kWh", 1, "measure"),
        "千瓦": _Unit("kW", 1, "measure"), "兆瓦": _Unit("kW", 1000, "measure"), "千伏": _Unit("kV", 1, "measure"),
        "千升": _Unit("L", 1000, "measure"), "升": _Unit("L", 1, "measure"), "标箱": _Unit("TEU", 1, "measure"),
        "μg/m³": _Unit("ug/m3", 1, "measure"), "微克/立方米": _Unit("ug/m3", 1, "measure"),
        "毫克/立方米": _Unit("mg/m3", 1, "measure"),
        "%": _Unit("percent", 1, "percent"), "‰": _Unit("permille", 1, "permille"),
        "个百分点": _Unit("percentage point", 1, "pp"), "百分点": _Unit("percentage point", 1, "pp"),
        "倍": _Unit("times", 1, "times"),
        "个工作日": _Unit("day", 1, "duration"), "工作日": _Unit("day", 1, "duration"),
        "天": _Unit("day", 1, "duration"), "小时": _Unit("hour", 1, "duration"),
        "个月": _Unit("month", 1, "duration"),
    })
    return table


UNITS = _units()
_UNIT_NAMES = sorted(UNITS, key=len, reverse=True)
_UNITS_BY_FIRST: dict[str, list[str]] = {}  # first character -> the units it starts, longest first
for _name in _UNIT_NAMES:
    _UNITS_BY_FIRST.setdefault(_name[0], []).append(_name)
_MULTS = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8, "千万": 1e7, "百万": 1e6, "十万": 1e5,
          "万": 1e4}
_MULT_NAMES = tuple(sorted(_MULTS, key=len, reverse=True))
# units a Chinese numeral may carry and still be a quantity (not 一批, 三年, 九次全会 ...)
_PLACE_CHARS = set("河村镇乡山湖街路桥屯沟营店堡岭台子窝庄寨坡峪洼湾口城里")
_CN_UNITS = {"个", "家", "户", "名", "人", "项", "座", "所", "栋", "处", "条", "台", "辆", "头", "只", "位", "倍", "元",
             "亩", "公里", "吨", "平方米", "公顷", "人次", "万元", "亿元"}

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
    "不超过": "不超过", "至少": "至少", "最少": "至少", "最多": "最多",
}
_PRE_QUAL_NAMES = sorted(_PRE_QUALIFIERS, key=len, reverse=True)
_PRE_QUAL_BY_LAST: dict[str, list[str]] = {}  # last character -> the qualifiers it ends, longest first
for _name in _PRE_QUAL_NAMES:
    _PRE_QUAL_BY_LAST.setdefault(_name[-1], []).append(_name)
_POST_QUALIFIERS = ("以上", "以下", "以内", "左右", "上下")

_GROWTH_VERBS = ("增长", "增加", "减少", "下降", "提高", "提升", "降低", "上升", "上涨", "回落", "收窄", "扩大",
                 "改善", "增收", "减收", "下滑", "增幅", "增速", "涨幅", "降幅", "压减", "压缩", "缩减", "下调", "上调",
                 "净增", "递增", "增产", "减产", "加快", "放缓", "回升")
_RATE_ONLY_VERBS = "加快|放缓|回升|回落|收窄|扩大|改善|提升|提高"
_GROWTH_VERBS_ALL = sorted(_GROWTH_VERBS + ("增长速度", "增长率"), key=len, reverse=True)
_LEVEL_SUFFIX = ("到", "至")

_TRAILING = sorted({
    "增长到", "增加到", "提高到", "提升到", "上升到", "下降到", "降低到", "减少到", "压减到", "压缩到", "缩短到",
    "扩大到", "增至", "降至", "升至", "减至", "提高至", "下降至", "达到了", "达到", "高达", "达", "为", "是", "有",
    "共有", "拥有", "共计", "合计", "总计", "累计", "共", "计", "完成了", "实现了", "实现", "突破", "超过", "超",
    "逾", "过", "增长了", "增长", "增加了", "增加", "提高了", "提高", "提升", "下降了", "下降", "降低", "减少",
    "上升", "上涨", "回落", "收窄", "扩大", "改善", "控制在", "保持在", "稳定在", "维持在", "占", "约", "近",
    "接近", "将近", "大约", "仅", "只", "已", "已经", "均", "都", "分别", "各", "将", "要", "预计", "预期", "力争",
    "确保", "必保", "争取", "有望", "可", "能", "拟", "到", "至", "了", "的", "在", "不低于", "不少于", "不高于",
    "不超过", "不到", "不足", "至少", "最少", "最多", "再", "又", "也", "还", "就", "约为", "仍", "继续", "同比",
    "环比", "和", "及", "与", "、", "位列", "位居", "居于", "居", "列", "排在", "排名", "名列", "跃居", "滑至",
    "上升至", "升到", "保持", "进入", "处于", "年均", "平均", "每年", "虽然", "虽", "但", "但是", "却", "仍然",
    "依然", "短短", "共同", "合计达", "完成", "由", "从", "按", "拟按", "高", "低", "多", "少",
    "实际", "名义", "增产", "减产", "净增", "加快", "放缓", "回升", "递增", "压减", "压缩", "缩减", "下调", "上调",
    "下滑", "涨幅", "降幅",
}, key=len, reverse=True)
_LEADING = sorted({
    "其中", "其次", "另外", "此外", "同时", "并且", "并", "且", "而且", "而", "和", "及", "以及", "另", "还", "也",
    "又", "再", "即", "就", "共", "累计", "全部", "已经", "已", "目前", "当前", "现在", "现有", "现", "截至目前",
    "截止目前", "到目前", "至今", "今年以来", "年初以来", "近年来", "近几年来", "近年", "同期", "当年", "全年",
    "年内", "期间", "特别是", "尤其是", "尤其", "我们", "我市", "本市", "该市", "全市", "全县", "全区", "全镇",
    "全乡", "全村", "力争", "确保", "必保", "争取", "要", "将", "预计", "努力", "全力", "力求", "有", "共有",
    "实现", "可", "均", "都", "分别", "先后", "对", "为", "从", "由", "截至", "截止", "以来", "一是", "二是",
    "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是", "、", "——", "—", "总计", "合计",
    "直接", "建成后", "投产后", "达产后", "建设期间", "仅", "只", "再次", "的", "虽然", "但", "但是",
    "此次", "本次", "这次", "除", "各地", "各县", "各市", "各区", "各省", "我国", "全国各地",
    "该县", "该区", "该镇", "该乡", "该村", "该公司", "该企业", "该项目",
}, key=len, reverse=True)
_SUBJECTS = {"全市", "全县", "全区", "全镇", "全乡", "全村", "全省", "全国", "我市", "本市", "该市", "全州", "全盟",
             "全旗", "全委", "我省", "本省", "我县", "本县", "我区", "本区", "目前", "其中", "现有", "当前"}
_TIME_WORDS = re.compile(
    r"扣除价格因素(?:后)?|按可比价格?计算|今年以来|年初以来|近年来|近几年来|截至目前|截止目前|到目前为止|目前|当前|现阶段|同期|全年|年内|当年|今年|去年|"
    r"前年|明年|上年|上半年|下半年|[一二三四1-4]季度|前三季度|期间|建设期间|以来")
_GENERIC_METRICS = {"方面", "事", "件事", "意见", "指标", "项指标", "任务", "项任务", "问题", "措施", "举措", "目标",
                    "方面意见", "个", "项", "次", "人", "户", "家", "倍", "点", "条", "种", "类", "批", "大", "级",
                    "年", "月", "天", "以上", "以下", "相差", "差距", "多出", "仅剩", "剩", "惠及", "惠及及", "工作",
                    "项工作", "件事情", "事情", "个方面", "字", "句话", "个字"}
_RANK_WORDS = {"增速", "增幅", "增长", "增长速度", "排名", "排位", "位次", ""}
_SIZE_WORDS = {"总量", "规模", "数量", "面积", "总额", "产量", "数", "个数"}

_COMPARISON_RE = re.compile(
    r"同比|环比|(?:比|较)(?:上年同期|去年同期|上年末|上年底|上年预算|去年预算|上年|去年|前年|上季度|上月|同期|"
    r"(?:19|20)\d{2}\s*年(?:年?底|年?末|同期|前)?|全省|全国|全市|省平均|全国平均|平均水平)(?:同期)?|"
    r"(?:高于|低于|快于|慢于|超出)(?:全省|全国|全市|省|国家|平均)(?:平均水平|平均)?|"
    r"(?:[两三四五\d]+年)?(?:年均|平均)(?=\s*(?:增长|增速|下降|提高|增幅|递增))")
_DISTRIB_COMPARISON_RE = re.compile(
    r"(高于|低于|快于|慢于|比|较)((?:全省|全国|全市|上年|去年|(?:19|20)\d{2}年)(?:[、和及](?:全省|全国|全市|上年|去年|"
    r"(?:19|20)\d{2}年))+)")
_FUTURE_CUES = re.compile(
    r"预期目标|目标(?=是|为|：|:|任务是)|预期|力争|确保(?!了)|必保|必须|争取|计划|预计|拟|将(?![近军])|有望|力求|努力|不低于|"
    r"不少于|不超过|不高于|控制在|建成后|投产后|达产后|要(?<![^，,。；一二三四五六七八九十都还更就必]要)(?![求素点闻件])")
_PAST_CUES = re.compile(r"已经|已(?!于)|累计|截至|截止|以来|同比|环比|比上年|较上年|去年|前年|上年|刚刚|结束|"
                        r"了(?<![为除]了)(?![解却不得])")
# (in both, every alternative starts with a literal character and the look-behinds come after it: the regex engine
# then skips quickly to where a cue can start)
_PLAN_TITLE = re.compile(r"计划|规划|方案|安排|要点|纲要|目标|意见|措施")
_NOT_PLAN_TITLE = re.compile(r"(?:讲话|发言|致辞|报告|通报|总结|公报|答记者问)$")
_PLAN_HEADING = re.compile(r"目标|任务|安排|计划|打算|部署|举措|重点工作|工作重点|展望|思路")
_HEADING_MARK = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、])")
_MOD_KEYS = {"投资", "总投资", "产值", "规模", "产能", "面积", "年产", "收入", "营业收入", "销售收入", "总额"}
_WEAK_VERBS = {"有", "是", "为", "达", "达到", "共有", "拥有", "占", "计", "新", "让", "使", "把", "对", "给"}
_SLOGAN_HEADS = {"意识", "自信", "维护", "确立", "全面", "务必", "毫不动摇", "一以贯之", "没有变", "区分开来"}
# verbs that commonly modify a noun inside a compound (科技创新平台, 农产品加工园区, 光伏发电项目)
_MODIFIER_VERBS = {"创新", "发展", "服务", "管理", "建设", "监测", "研发", "扶贫", "养殖", "加工", "制造", "示范",
                   "培训", "上网", "发电", "储能", "供水", "供热", "供暖", "治理", "改造", "检测", "孵化", "物流",
                   "配送", "交易", "就业", "创业", "保障", "救助", "康养", "旅游", "招商", "合作", "融资", "投资"}
_MONEY_METRIC = re.compile(r"生产总值|GDP|收入|投资|产值|资金|总额|税|利润|融资|贷款|消费|财政|预算|成交额|营业额")
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
    return [(w, p) for w, p in _TAGGER.tag(text) if w.strip()]


# --------------------------------------------------------------------------------------------------------------
# Sentences


def stripped_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans without the whitespace at their ends; spans left empty are dropped."""
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (start, end), stripped of surrounding spaces.

    Splits after 。！？； unless inside brackets or a quotation that closes within 300 characters.
    """
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    start = 0
    n = len(text)
    m = _SPLIT_CHARS.search(text)
    while m is not None:  # only quotes, brackets and terminators matter
        i = m.start()
        ch = text[i]
        if ch in _OPENERS:
            stack.append((ch, i))
        elif ch in _CLOSERS and stack and _OPENERS[stack[-1][0]] == ch:
            stack.pop()
            if not stack and ch in "”」』" and i and text[i - 1] in _TERMINATORS:  # 他说：“…更好。”|记者…
                spans.append((start, i + 1))
                start = i + 1
        elif ch == '"':
            if stack and stack[-1][0] == '"':
                stack.pop()
            else:
                stack.append(('"', i))
        elif ch in _TERMINATORS or ch == "\n":
            while stack and i - stack[-1][1] > 300:  # unbalanced quotation in dirty text
                stack.pop()
            if not stack:
                end = i + 1
                while end < n and (text[end] in _TERMINATORS or text[end] in "”’」』）)\""):
                    end += 1
                spans.append((start, end))
                start = end
                m = _SPLIT_CHARS.search(text, end)
                continue
        m = _SPLIT_CHARS.search(text, i + 1)
    if start < n:
        spans.append((start, n))
    return stripped_spans(text, spans)


_QUOTED_OR_TITLED = re.compile(
    rf"“[^“”]{{0,{_SHORT_QUOTE}}}”|\"[^\"]{{0,{_SHORT_QUOTE}}}\"|「[^「」]{{0,{_SHORT_QUOTE}}}」|《[^《》]*》|〔[^〔〕]*〕|"
    r"\[[^\[\]]*\]|[（(][^（）()]{0,20}?[〔\[][^（）()]*[）)]")
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,6}[发办字函]?〔\d{4}〕\d+号|\d{4}〕\d+号")


def _protected_spans(s: str) -> list[tuple[int, int]]:
    """Spans of short quotations, book titles and bracketed document numbers: no figure inside."""
    out = [m.span() for m in _QUOTED_OR_TITLED.finditer(s)]
    if "〕" in s:  # a document number (〔2023〕30号) needs its closing bracket
        out += [m.span() for m in _DOC_NUMBER.finditer(s)]
    return out


def _inside(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    for a, b in spans:
        if a <= pos < b:
            return True
    return False


def _outside(s: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> str:
    """The characters of ``s[lo:hi]`` that are not inside any of ``spans`` (which may overlap)."""
    parts: list[str] = []
    pos = lo
    for a, b in sorted(spans):
        if a >= hi:
            break
        if a > pos:
            parts.append(s[pos:a])
        pos = max(pos, b)
    if pos < hi:
        parts.append(s[pos:hi])
    return "".join(parts)


# --------------------------------------------------------------------------------------------------------------
# Numbers


@dataclass
class _Num:
    start: int  # span in the sentence, qualifiers included
    end: int
    num_start: int
    num_end: int
    value: float
    unit: str
    base: str
    normalized: float | None
    cls: str
    qualifier: str = ""
    post: str = ""
    upper: float | None = None
    chinese: bool = False
    role: str = "figure"  # figure | threshold | skip
    # analysis
    metric: str = ""
    l_text: str = ""
    l_clean: str = ""
    pattern: str = "L"  # L | R | mod
    comparison: str = ""
    kind: str = "level"
    period: str = ""
    origin: DateMatch | None = None
    group: int = -1
    rank: str = ""
    is_target: bool = False
    extra: list[str] = field(default_factory=list)


_CN_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", 1)}
_CN_PLACES = {"": 1, "十": 10, "百": 100, "千": 1000, "万": 10000}
_CN_DIGIT_PAIR = re.compile("[一二三四五六七八九][零一二三四五六七八九]")
_CN_SIMPLE = re.compile("([一二三四五六七八九])(?:(十)([一二三四五六七八九])?|([百千万]))?")  # 三 二十五 五千


@lru_cache(maxsize=4096)
def _cn_value(run: str) -> float | None:
    """The value of a Chinese numeral (cn2an, strict), None when it is not a well-formed number."""
    run = run.replace("两", "二").replace("〇", "零")
    if run and run[0] in "十百千万":
        run = "一" + run
    m = _CN_SIMPLE.fullmatch(run)
    if m:  # 三, 十二, 二十五, 五千: the common case, without cn2an (slow to import, slow to call)
        place = _CN_PLACES[m.group(2) or m.group(4) or ""]
        return float(_CN_DIGITS[m.group(1)] * place + (_CN_DIGITS[m.group(3)] if m.group(3) else 0))
    if "点" not in run and _CN_DIGIT_PAIR.search(run):
        return None  # 一二三, 三四百, 二零二三: strict cn2an rejects a digit followed by a digit
    import cn2an  # noqa: PLC0415 - 0.1-0.2 s to import, and seldom needed

    try:
        value = cn2an.cn2an(run, "strict")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return float(value)


_UNIT_NOT_BEFORE = {"人": "口民才员均工力群", "户": "籍口型", "名": "单额称牌", "项": "目", "座": "谈", "处": "理置于",
                    "部": "门署分长", "批": "准复", "家": "庭乡", "位": "于置", "场": "所景馆", "条": "件例款"}


def _match_unit(ns: str, p: int) -> str:
    """The unit written at ``p`` (longest first); 14亿人口 has no unit 人, 37部门 no unit 部."""
    for u in _UNITS_BY_FIRST.get(ns[p:p + 1], ()):
        if ns.startswith(u, p):
            nxt = ns[p + len(u):p + len(u) + 1]
            if nxt and nxt in _UNIT_NOT_BEFORE.get(u, ""):
                continue
            return u
    return ""


def _skip_space(ns: str, p: int) -> int:
    return p + 1 if p < len(ns) and ns[p] in " \u3000\u00a0" else p


def _read_tail(ns: str, p: int) -> tuple[int, str, str, str]:
    """After a number: (end, approx 多/余, multiplier, unit)."""
    approx = ""
    p = _skip_space(ns, p)
    if p < len(ns) and ns[p] in "多余" and not _match_unit(ns, p):
        approx, p = ns[p], p + 1
    unit = _match_unit(ns, p)
    mult = ""
    if not unit and ns.startswith(_MULT_NAMES, p):
        for m in _MULT_NAMES:
            if ns.startswith(m, p):
                mult, p = m, p + len(m)
                break
        if mult:
            q = _skip_space(ns, p)
            if q < len(ns) and ns[q] in "多余" and not approx:
                approx, q = ns[q], q + 1
            unit = _match_unit(ns, _skip_space(ns, q))
            if unit:
                p = _skip_space(ns, q)
    else:
        pass
    if unit:
        p += len(unit)
    return p, approx, mult, unit


def _pre_qualifier(ns: str, a: int) -> tuple[int, str]:
    q = a - 1 if a > 0 and ns[a - 1] == " " else a
    for name in _PRE_QUAL_BY_LAST.get(ns[q - 1] if q else "", ()):
        if ns.endswith(name, 0, q):
            if name == "近" and q >= 2 and ns[q - 2] in "最接将附邻靠":
                continue
            return q - len(name), _PRE_QUALIFIERS[name]
    return a, ""


def _post_qualifier(ns: str, p: int, unit: str) -> tuple[int, str]:
    q = _skip_space(ns, p)
    if ns.startswith(_POST_QUALIFIERS, q):
        for name in _POST_QUALIFIERS:
            if ns.startswith(name, q):
                return q + len(name), name
    if ns.startswith("内", q) and unit and UNITS.get(unit, _Unit("", 1, "")).cls == "duration":
        return q + 1, "以内"
    if ns.startswith("多", q) and unit:
        return q + 1, "多"
    return p, ""


def _build(s: str, ns: str, a: int, b: int, value: float, tail: tuple[int, str, str, str],
           chinese: bool = False) -> _Num | None:
    p, approx, mult, unit = tail
    if not unit and not mult:
        return None
    info = UNITS.get(unit) if unit else None
    factor = _MULTS.get(mult, 1.0)
    written = mult + unit
    start, qual = _pre_qualifier(ns, a)
    end, post = _post_qualifier(ns, p, unit)
    if approx:
        qual = qual or ("多" if approx == "多" else "余")
    if post in ("多",):
        qual, post = qual or "多", ""
    if info is None:
        base, cls, norm = "", "bare", value * factor
    elif info.cls in ("percent", "permille", "pp", "times"):
        base, cls, norm = info.base, info.cls, value
    else:
        base, cls, norm = info.base, info.cls, value * factor * info.factor
    return _Num(start=start, end=end, num_start=a, num_end=b, value=value, unit=written, base=base,
                normalized=round(norm, 6), cls=cls, qualifier=qual, post=post, chinese=chinese)


_ARABIC = re.compile(r"\d(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d*(?:\.\d+)?)")  # 1,234.5 | 12.5
_CN_RUN = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+")
_ROUND_AMOUNT = re.compile(r"[百千万]亿")  # 过千亿
_OVER_BEFORE = re.compile(r"(?:过|超过|超|突破|近)$")
_CN_DIGIT_CHAR = re.compile(r"[一二两三四五六七八九十]")
_CN_FRACTION = re.compile(r"([一二三四五六七八九十百]+)分之([一二三四五六七八九十百零点]+)")
_RANGE_DASH = "-－—–~～至到"
_RATIO_AFTER = re.compile(r"[:：]\d")
_NOT_AFTER_NUMBER = re.compile(r"\s?(?:[年月日号时点期届版楼层]|周年|季度|号线|[A-Za-z])")


def _scan_numbers(s: str, ns: str, dates: list[DateMatch], protected: list[tuple[int, int]]) -> list[_Num]:
    date_spans = [(d.start, d.end) for d in dates]
    out: list[_Num] = []
    taken = -1
    for m in _ARABIC.finditer(ns):
        a, b = m.start(), m.end()
        if a < taken:
            continue
        prev = ns[a - 1] if a else ""
        # 人口自然增长率为-1.5‰ (but not A-1 or 2-3)
        negative = prev in ("-", "－") and (a < 2 or not (ns[a - 2].isascii() and ns[a - 2].isalnum()))
        if not negative and prev and (prev.isascii() and (prev.isalpha() or prev in "@#_/\\.:-+") or prev in "：第/"):
            continue
        if prev == " " and a >= 2 and ns[a - 2] == "第":
            continue
        if prev and prev in _RANGE_DASH and a >= 2 and ns[a - 2].isdigit():
            continue
        if _inside(a, protected) or _inside(a, date_spans):
            continue
        if ns.startswith(("+", "＋"), b) or _RATIO_AFTER.match(ns, b):  # “1+8”, ratios 10:37:53
            continue
        value = float(m.group().replace(",", "")) * (-1 if negative else 1)
        if ns.startswith("/", b) and b + 1 < len(ns) and ns[b + 1].isdigit():  # fraction 1/3
            d = re.match(r"\d+", ns[b + 1:])
            assert d is not None
            den = float(d.group())
            if den == 0 or "." in m.group():
                continue
            end = b + 1 + d.end()
            start, qual = _pre_qualifier(ns, a)
            out.append(_Num(start=start, end=end, num_start=a, num_end=end, value=round(value / den, 6),
                            unit="", base="ratio", normalized=round(value / den, 6), cls="fraction", qualifier=qual))
            taken = end
            continue
        if _NOT_AFTER_NUMBER.match(ns, b) and not _match_unit(ns, _skip_space(ns, b)):
            continue
        tail = _read_tail(ns, b)
        if not tail[2] and not tail[3]:  # 1.6和1.1个百分点, 23亿和40亿: the unit is written once, at the end
            shared = re.match(r"\s?[和、及与]\s?(\d+(?:\.\d+)?)", ns[b:])
            if shared:
                t2 = _read_tail(ns, b + shared.end())
                if t2[2] or t2[3]:
                    tail = (b, "", t2[2], t2[3])
        num = _build(s, ns, a - 1 if negative else a, b, value, tail)
        if num is None:
            continue
        _read_range(ns, num)
        taken = num.end
        out.append(num)
    out.extend(_scan_chinese(s, ns, protected, date_spans, [(x.start, x.end) for x in out]))
    out.sort(key=lambda x: x.start)
    return out


def _read_range(ns: str, num: _Num) -> None:
    """``6%－6.5%``, ``2—3个``: keep the lower bound, record the upper one in the qualifier."""
    p = num.end if not num.post else num.end
    if p < len(ns) and ns[p] in _RANGE_DASH:
        m = _ARABIC.match(ns, p + 1)
        if not m:
            return
        tail = _read_tail(ns, m.end())
        unit = tail[2] + tail[3]
        if unit and unit != num.unit:
            return
        num.upper = float(m.group().replace(",", ""))
        end = tail[0] if unit else m.end()
        end2, post = _post_qualifier(ns, end, num.unit)
        num.qualifier = f"至{m.group()}{num.unit}"
        num.end = end2
        num.post = post
    elif num.unit == "" or not num.unit:
        return
    # "2—3个": the dash sits between the number and its unit
    if num.num_end < len(ns) and ns[num.num_end] in _RANGE_DASH and num.upper is None:
        pass


def _scan_chinese(s: str, ns: str, protected: list[tuple[int, int]], dates: list[tuple[int, int]],
                  taken: list[tuple[int, int]]) -> list[_Num]:
    out: list[_Num] = []
    for m in _CN_FRACTION.finditer(ns) if "分之" in ns else ():
        if _inside(m.start(), protected):
            continue
        den, nom = _cn_value(m.group(1)), _cn_value(m.group(2))
        if not den or nom is None:
            continue
        if den == 100:
            n = _Num(start=m.start(), end=m.end(), num_start=m.start(), num_end=m.end(), value=nom, unit="%",
                     base="percent", normalized=nom, cls="percent", chinese=True)
        else:
            n = _Num(start=m.start(), end=m.end(), num_start=m.start(), num_end=m.end(), value=round(nom / den, 6),
                     unit="", base="ratio", normalized=round(nom / den, 6), cls="fraction", chinese=True)
        n.start, n.qualifier = _pre_qualifier(ns, m.start())
        out.append(n)
        taken.append((m.start(), m.end()))
    for m in _CN_RUN.finditer(ns):
        a, b = m.start(), m.end()
        run = m.group()
        round_amount = _ROUND_AMOUNT.fullmatch(run) and _OVER_BEFORE.search(ns, 0, a)
        if not (_CN_DIGIT_CHAR.search(run) or round_amount) or any(x <= a < y for x, y in taken):
            continue  # 过千亿 is an amount; 千村美丽万村整治 is not
        if _inside(a, protected) or _inside(a, dates):
            continue
        prev = ns[a - 1] if a else ""
        if prev in "第初周期星拜农历":
            continue
        mult = ""
        for name in _MULT_NAMES if run.endswith(_MULT_NAMES) else ():
            if run.endswith(name) and len(run) > len(name) - (1 if name in ("千亿", "百亿", "万亿") else 0):
                mult, run = name, run[: len(run) - len(name)]
                break
        if mult in ("千亿", "百亿", "万亿") and not run:  # 过千亿
            run, mult = mult[0], "亿"
        if not run:
            continue
        value = _cn_value(run)
        if value is None or (value < 2 and not mult):
            continue  # 一 and 零 alone never count things (一批, 统一)
        tail = _read_tail(ns, b)
        unit = tail[3]
        if mult:
            if unit and unit not in _CN_UNITS and UNITS[unit].cls not in ("money", "measure"):
                continue
            if not unit:
                pre = ns[max(0, a - 2):a]
                nxt = ns[b:b + 1]
                if not re.search(r"过|超|突破|达|近|约", pre) or (nxt and _CJK.match(nxt)):
                    continue
            tail = (tail[0], tail[1], mult, unit)
        else:
            if unit not in _CN_UNITS or value < 2:
                continue
            after = ns[tail[0]:tail[0] + 1]
            if after == "一":  # 一企一策, 三天一调度, 两个一以贯之
                continue
        num = _build(s, ns, a, b, value, tail, chinese=True)
        if num is not None:
            if round_amount and not num.qualifier and ns[:a].endswith("过"):
                num.start, num.qualifier = a - 1, "超过"
            out.append(num)
    return out


# --------------------------------------------------------------------------------------------------------------
# Ranks


_RANK_RE = re.compile(
    r"(?P<verb>位列|位居|居于|跃居|跃升至|升至|上升至|上升到|下降至|下降到|滑至|降至|排在|排名|排|名列|居|列|保持)?\s*"
    r"(?P<scope>全国|全省|全市|全区|全县|全州|东北|省内|市内|同类城市|西部|中部)?\s*"
    r"(?P<di>第)\s*(?P<n>\d+|[一二三四五六七八九十]+)\s*(?P<suffix>位|名)?")


@dataclass
class _Rank:
    start: int
    end: int
    value: int
    scope: str
    verb: str


def _scan_ranks(ns: str, protected: list[tuple[int, int]]) -> list[_Rank]:
    out: list[_Rank] = []
    if "第" not in ns:
        return out
    for m in _RANK_RE.finditer(ns):
        if not (m.group("verb") or m.group("scope") or m.group("suffix")):
            continue
        if _inside(m.start("n"), protected):
            continue
        nxt = ns[m.end():m.end() + 1]
        if nxt and (_CJK.match(nxt) or nxt.isalnum()) and not nxt.startswith(("，", "。")):
            continue  # 第一位的战略, 第6位的锦州, 东北第一城
        raw = m.group("n")
        value = int(raw) if raw.isdigit() else _cn_value(raw)
        if not value:
            continue
        start = m.start("scope") if m.group("scope") else m.start("di")
        out.append(_Rank(start=start, end=m.end(), value=int(value), scope=m.group("scope") or "",
                         verb=m.group("verb") or ""))
    return out


# --------------------------------------------------------------------------------------------------------------
# Metrics


_WS = re.compile(r"\s")
_WS_NOT_IN_LATIN = re.compile(r"(?<![A-Za-z])\s+|\s+(?![A-Za-z])")


def _clean_ws(text: str) -> str:
    """``text`` without its spaces, except those between two Latin letters."""
    return _WS_NOT_IN_LATIN.sub("", text) if _WS.search(text) else text


def _balance(text: str) -> str:
    """Drop unbalanced quotes/brackets at the edges."""
    if text and text[0] not in _QUOTE_CHARS and text[-1] not in _QUOTE_CHARS:
        return text
    changed = True
    while changed and text:
        changed = False
        for o, c in list(_OPENERS.items()) + [('"', '"')]:
            if text.startswith(c) or (text.startswith(o) and c not in text[1:]):
                text, changed = text[1:], True
            if text.endswith(o) or (text.endswith(c) and o not in text[:-1]):
                text, changed = text[:-1], True
    return text


_LEADING_RE = re.compile("|".join(re.escape(w) for w in _LEADING))  # longest first
_TRAILING_RE = re.compile("(?:" + "|".join(re.escape(w) for w in _TRAILING) + ")$")
_TRAILING_SET = frozenset(_TRAILING)
_LEADING_SET = frozenset(_LEADING)


def _strip(text: str, region_names: tuple[str, ...]) -> str:
    """The metric inside a left context: drop time phrases, subjects, adverbs and linking verbs."""
    text = _clean_ws(text)
    prev = None
    while prev != text:
        prev = text
        text = _balance(text.strip("，,、：:；;—- "))
        if text in _TRAILING_SET or text in _LEADING_SET or _TIME_WORDS.fullmatch(text):
            return ""
        m = _LEADING_RE.match(text)
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
        m = _TRAILING_RE.search(text[-6:])
        if m:
            text = text[: len(text) - (m.end() - m.start())]
    return text


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


_THRESHOLD_PREFIX = re.compile(
    r"\s*\d+(?:\.\d+)?\s*(?:万亿|亿|千万|百万|十万|万)?\s*(?:元|美元|吨|千瓦|兆瓦|平方米|亩|人|户|千伏|吨)?\s*"
    r"(?:以上|以下|及以上)(?:的)?")


def _np_tokens(text: str) -> list[tuple[str, str, int]]:
    """jieba tokens of ``text`` with their end offsets (spaces dropped)."""
    out: list[tuple[str, str, int]] = []
    pos = 0
    for w, p in _TAGGER.tag(text):
        pos += len(w)
        if w.strip():
            out.append((w, p, pos))
    return out


def _is_stop(tokens: list[tuple[str, str, int]], i: int, np_len: int) -> bool:
    """Where a counted noun phrase ends (an adverb, preposition, conjunction, number, punctuation …)."""
    w, p, _ = tokens[i]
    nxt = tokens[i + 1][1] if i + 1 < len(tokens) else ""
    if p == "x" and w not in "“”\"":
        return True
    if w in _STOP_WORDS or p in ("p", "c", "r", "m") or (p.startswith("u") and w != "的" and len(w) == 1):
        # 新都黄金: a one-character "stop" inside a name
        return not (len(w) == 1 and np_len == 1 and nxt.startswith(("n", "j")) and w not in "和与及或对在为")
    if w == "的":  # 具有特色的优势产业集群 (a relative clause), but 人口|的发展中大国
        verb_before = any(p2.startswith("v") and p2 != "vn" for _, p2, _ in tokens[:i])
        return not (nxt.startswith(_NOUNISH) and verb_before)
    return False


def _noun_after(text: str) -> tuple[str, str, int]:
    """The noun phrase counted by a number (``个贫困县摘帽`` -> 贫困县, 摘帽) and how much text it used."""
    prefix = ""
    offset = 0
    m = _THRESHOLD_PREFIX.match(text)
    if m:
        prefix, offset = _clean_ws(m.group()), m.end()
    cut = re.search(r"[，,。；;：:！？!?（(、]", text[offset:])
    clause = text[offset: offset + cut.start()] if cut else text[offset:]
    tokens = _np_tokens(clause)
    last_noun = -1
    seen_noun = False
    i = 0
    while i < len(tokens):
        w, p, _ = tokens[i]
        if _is_stop(tokens, i, i):
            break
        nounish = p.startswith(("n", "j", "eng", "l")) and p != "nr" or p in ("b", "an", "ng")
        nxt = tokens[i + 1][1] if i + 1 < len(tokens) else ""
        after_next = tokens[i + 2] if i + 2 < len(tokens) else ("", "x", 0)
        closes = (after_next[1] in ("x", "m", "c", "p", "d", "f") or after_next[1] == "v"
                  ) and after_next[0] not in "“”\"" and i + 2 < len(tokens)
        if seen_noun and p.startswith("v") and not (
                nxt.startswith(("n", "j", "vn")) and (w in _MODIFIER_VERBS or closes)):
            break  # 企业|实行一企一策“零距离”, 科研院校|合作转化…; but 科技创新平台, 政府领导包保项目 stay whole
        if nounish:
            last_noun, seen_noun = i, True
        i += 1
    np_end = last_noun + 1
    if 1 < np_end < len(tokens) and tokens[np_end][1] == "m":
        np_end = 1  # 14家国企营业总收入162.7亿元: the next number takes the rest of the phrase as its metric
    noun = "".join(w for w, _, _ in tokens[:np_end])
    used = offset + (tokens[np_end - 1][2] if np_end else 0)
    predicate = ""
    pred_end = used
    for k in range(np_end, len(tokens)):
        w, p, end = tokens[k]
        if w in _STOP_WORDS:
            continue
        nxt = tokens[k + 1][1] if k + 1 < len(tokens) else ""
        if w == "了" and k == len(tokens) - 1:
            break
        if w in "和及与、" and nxt == "m":  # 10项重点举措和60项…: a list item closes here
            break
        if p == "x" or p == "m" or p.startswith(("p", "c", "u")) or (predicate and not p.startswith("v")):
            predicate = ""  # the predicate must close the clause: 4个贫困县摘帽, not 5个县建设了工厂
            break
        predicate += w
        pred_end = offset + end
    limit = 8 if len(noun) == 1 else 4  # 42个村实施“气代煤”工程: a one-character noun needs its predicate
    if len(predicate) > limit or not predicate or not _CJK.match(predicate[0]):
        predicate = ""
    elif noun:
        used = pred_end
    if not noun and predicate and not prefix:
        noun, predicate = predicate, ""
        used = pred_end
    noun = prefix + noun if noun else ""
    return _balance(noun), predicate, used


def _np_after_de(text: str) -> str:
    """The noun phrase after 的 (``投资10亿元的新都黄金改造项目、…`` -> 新都黄金改造项目)."""
    cut = re.search(r"[，,。；;：:！？!?、等]", text)
    clause = text[: cut.start()] if cut else text
    tokens = _np_tokens(clause)
    while tokens and not (tokens[-1][1].startswith(("n", "j", "eng")) and tokens[-1][1] != "nr"):
        tokens.pop()
    return _balance("".join(w for w, _, _ in tokens))


def _topic(metric: str) -> str:
    """地区生产总值增速与全省差值 -> 地区生产总值 (for 总量 ranks)."""
    m = re.search(r"增速|增幅|增长|总量|与全|与全国|差值|比重|占比", metric)
    return metric[: m.start()] if m and m.start() >= 2 else metric


# --------------------------------------------------------------------------------------------------------------
# Document context


@dataclass
class _Ctx:
    anchor: Anchor
    anchor_iso: str
    year: str
    regions: tuple[str, ...]
    plan_doc: bool


def _context(doc: Document, meta: Metadata) -> _Ctx:
    date = doc.date or meta.date or ""
    anchor = Anchor.from_iso(date)
    regions: list[str] = []
    for r in (meta.region, doc.issuer.split("人民政府")[0] if doc.issuer else ""):
        r = (r or "").strip()
        if len(r) >= 2 and r not in regions:
            regions.append(r)
    title = doc.title if not doc.title_inferred else ""
    plan = (bool(_PLAN_TITLE.search(title)) and not _NOT_PLAN_TITLE.search(title)) or doc.genre in ("plan", "work-plan")
    return _Ctx(anchor=anchor, anchor_iso=date, year=str(anchor.year) if anchor.year else "",
                regions=tuple(sorted(regions, key=len, reverse=True)), plan_doc=plan)


def _heading_level(p: Paragraph) -> int:
    if p.heading:
        return p.heading
    text = p.text.strip()
    m = _HEADING_MARK.match(text)
    if m and len(text) <= 40 and not re.search(r"[。；]", text[:-1]):
        mark = m.group()
        return 1 if "、" in mark and not mark.strip()[0].isdigit() else (2 if mark.strip()[0] in "（(" else 3)
    return 0


def _iso_last(iso: str) -> str:
    return iso.split("/")[-1]


def _before(iso: str, anchor: str) -> bool:
    """The date ends strictly before the anchor (comparing ISO prefixes)."""
    if not iso or not anchor:
        return False
    a, b = _iso_last(iso), anchor
    n = min(len(a), len(b))
    return a[:n] < b[:n]


# --------------------------------------------------------------------------------------------------------------
# Sentence analysis


def _thousands(s: str, i: int) -> bool:
    return s[i] == "," and 0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit()


_CLAUSE_BREAK = re.compile(f"[{re.escape(_CLAUSE_BREAKS)}]")
_UP_TO_LAST_CLAUSE_BREAK = re.compile(f".*[{re.escape(_CLAUSE_BREAKS)}]", re.DOTALL)


def _clause_start(s: str, pos: int) -> int:
    """Where the clause holding ``s[pos]`` starts: after the last clause break before ``pos`` (0 if none)."""
    end = pos
    while (m := _UP_TO_LAST_CLAUSE_BREAK.match(s, 0, end)) is not None:
        if not _thousands(s, m.end() - 1):
            return m.end()
        end = m.end() - 1  # 1,234: a thousands separator, not a break
    return 0


def _clause_end(s: str, pos: int) -> int:
    """Where the clause holding ``s[pos]`` ends: at the first clause break from ``pos`` on (len(s) if none)."""
    m = _CLAUSE_BREAK.search(s, pos)
    while m is not None and _thousands(s, m.start()):
        m = _CLAUSE_BREAK.search(s, m.start() + 1)
    return m.start() if m else len(s)


def _follower(s: str, num: _Num) -> str:
    """What follows a quantity: end | de | conj-num | conj | cjk."""
    p = _skip_space(s, num.end)
    if p >= len(s) or s[p] in _CLAUSE_BREAKS or s[p] in "）)”、":
        return "end"
    ch = s[p]
    if ch == "的":
        return "de"
    if ch in "和及与或":
        q = _skip_space(s, p + 1)
        if q < len(s) and (s[q].isdigit() or _CN_RUN.match(s, q) or s.startswith(("近", "约"), q)):
            return "conj-num"
        return "conj"
    if s[p].isdigit():
        return "num"
    if _CJK.match(ch) or ch in "“\"":
        return "cjk"
    return "end"


def _is_embedded(l_raw: str, strict: bool = False) -> bool:
    """The number is part of a name (中电科53所, 华润100万千瓦风电, 川州500千伏输变电工程): the word before it is
    a noun or a name. Counted things may follow a place (朝阳市49家扶贫工厂); capacities may not (strict)."""
    text = _clean_ws(l_raw).rstrip("“\"")
    if not text or not _CJK.match(text[-1]):
        return False
    tags = _tag(text)
    if not tags:
        return False
    w, p = tags[-1]
    if w in _SUBJECTS or w.startswith("全"):
        return False
    if not strict and (p == "ns" or re.search(r"[市县区镇乡村省]$", w)):
        return False
    return p.startswith(("n", "j", "l", "i", "eng")) and p not in ("nrt",) or p in ("nz", "nt", "nr")


_ENUM_ETC = re.compile(r"、[^、]*等(?![级于同待])")
_EACH = re.compile(r"均|都|分别")
_FROM_NEAR_END = re.compile(r"[从由](?=[^0-9０-９]{0,6}$)")
_SHARE_OF = re.compile(r"占(全省|全国|全市|全县|全区|总量|总数|总额)?(?:的)?(?:比重|比例)?\s*$")


def _metric_l(s: str, num: _Num, lstart: int, removals: list[tuple[int, int]], regions: tuple[str, ...]) -> str:
    raw = _outside(s, lstart, num.start, removals)
    if raw.count("“") > raw.count("”"):  # 扭住“固投增长10%、…”: the metric starts inside the quotation
        raw = raw[raw.rindex("“") + 1:]
    enum = _ENUM_ETC.search(raw)
    if enum:  # 汽车、新能源、新材料等产业集群 -> 产业集群
        tail = raw[enum.end():]
        if len(_strip(tail, regions)) >= 2 and not re.search(r"[均都分别]", tail):
            raw = tail
    if "、" in raw and not _EACH.search(raw):
        items = raw.split("、")
        # 粮食颗粒归仓、产量突破60亿斤: the items are clauses (they have verbs), the last one carries the number;
        # 乡镇、村财政增收: the items are nouns sharing the head, keep them all
        if all(len(_strip(x, regions)) >= 2 for x in items) and any(
                p.startswith("v") and p != "vn" for x in items[:-1] for _, p in _tag(_clean_ws(x))):
            raw = items[-1]
    cut = _FROM_NEAR_END.search(raw)
    if cut and cut.start() >= 2:  # 起征点从月销售额3万元提高到…, 最低标准从每月70元…: the metric is before 从
        raw = raw[: cut.start()]
    share = _SHARE_OF.search(raw)
    if share and num.cls in ("percent", "fraction", "permille"):
        raw = raw[: share.start()]
        if share.group(1) and not num.comparison:
            num.comparison = "占" + share.group(1)
    return _strip(raw, regions)


_GROWTH_END = re.compile("(?:" + "|".join(_GROWTH_VERBS_ALL) + ")(?:了|率为|率达|为|达|达到|是)?$")


_KIND_TRIM = (*_PRE_QUAL_NAMES, "分别", "均", "仅", "约", "再")  # stripped in turn from the end of a left context


def _kind(num: _Num, l_clean: str) -> str:
    """growth when a change verb (增长, 下降, 增速为 …) leads straight to the number; 增加到/降至 state a level."""
    tail = _clean_ws(l_clean)
    for q in _KIND_TRIM if tail.endswith(_KIND_TRIM) else ():
        if tail.endswith(q):
            tail = tail[: -len(q)]
    m = _GROWTH_END.search(tail)
    growth = bool(m)
    if m and num.cls not in ("percent", "permille", "pp") and re.match(_RATE_ONLY_VERBS, m.group()):
        growth = False  # 加快7个科技创新平台建设: 加快 changes a rate, not an amount
    if num.cls in ("percent", "permille", "fraction"):
        return "growth" if growth else "share"
    if num.cls == "pp":
        return "share" if re.search(r"比重|占比|比例|率", l_clean) and not growth else "growth"
    if growth:
        return "growth"
    if num.cls == "count" or (num.cls == "bare" and num.base in ("household", "person")):
        return "count"
    return "level"


_NUMERAL = re.compile(r"[\d零〇一二两三四五六七八九十百千万亿]")
_COMPARED_BEFORE = re.compile(r"(?:比|较)\s*$")
_FROM_BEFORE = re.compile(r"[由从]\s*$")
_DE_GAP = re.compile(r"\s*的?\s*")
_HOPE_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])(?:预计|有望)(?=[\u4e00-\u9fff])")


def _analyse_sentence(s: str, ctx: _Ctx, carry: list[DateMatch], default_target: bool,
                      carry_metric: str = "") -> tuple[list[Figure], list[DateMatch]]:
    """The figures of one sentence, and the dates a following sentence joined by ； may inherit (the caller reads
    them only when the sentence ends with ；)."""
    ns = s.translate(_FW) if _FW_CHARS.search(s) else s
    if not _NUMERAL.search(ns):  # no digit, no Chinese numeral: no quantity, no rank
        if not s.endswith(("；", ";")):
            return [], []  # nothing to find, and no dates to lend
        return [], [d for d in find_dates(s, ctx.anchor) if d.kind != "deadline"]
    dates = find_dates(s, ctx.anchor)
    protected = _protected_spans(s)
    nums = _scan_numbers(s, ns, dates, protected)
    ranks = _scan_ranks(ns, protected)
    ranks = [r for r in ranks if not any(n.start <= r.start < n.end for n in nums)]
    if not nums and not ranks:
        return [], [d for d in dates if d.kind != "deadline"]

    # comparisons and their dates
    comps = [(m.start(), m.end(), _clean_ws(m.group())) for m in _COMPARISON_RE.finditer(s)]
    for d in dates:  # 比一季度, 比年初, 较2015年底: any date after 比/较 is a comparison base
        lead = _COMPARED_BEFORE.search(s, 0, d.start)
        if lead and not any(a <= d.start < b for a, b, _ in comps):
            comps.append((lead.start(), d.end, "比" + _clean_ws(d.text)))
    comps.sort()
    comp_dates = {d for d in dates for a, b, _ in comps if a <= d.start < b}
    removals: list[tuple[int, int]] = [(a, b) for a, b, _ in comps] + [(d.start, d.end) for d in dates]

    # classify each quantity: threshold / skip / figure, and how its metric is found
    figures_n: list[_Num] = []
    for num in nums:
        fol = _follower(ns, num)
        if num.post in ("以上", "以下") and num.cls not in ("percent", "permille", "pp", "fraction"):
            if fol in ("de", "num") or (fol == "cjk" and num.cls != "count"):
                num.role = "threshold"
                continue
            if fol == "conj" and re.search(r"以[上下]的", s[num.end:_clause_end(s, num.end)]):
                num.role = "threshold"
                continue
        if fol == "de" and num.qualifier in ("超过", "不低于", "不少于", "不到", "不足", "至少"):
            num.role = "threshold"  # 超5000万元的项目
            continue
        if fol == "de" and num.cls in ("percent", "permille"):
            np = _np_after_de(s[_skip_space(s, num.end) + 1:_clause_end(s, num.end)])
            if re.search(r"(?:率|比例|比重)$", np):
                num.pattern = "rate"  # 现行16%的税率降至13%: the rate is named after 的
        elif fol == "de" and num.cls not in ("pp", "fraction"):
            num.pattern = "mod"  # 投资10亿元的新都黄金改造项目 (but 5%左右的较低水平 is a rate)
        elif fol in ("cjk", "num"):
            num.pattern = "R"
        elif fol == "conj":
            num.role = "skip"
            continue
        figures_n.append(num)

    # origins: 由2015年底的6.9%下降到1.7%
    consumed: set[int] = set()
    for num in figures_n:
        for d in dates:
            if d.end > num.start:
                continue
            gap = s[d.end:num.start]
            lead = _FROM_BEFORE.search(s, 0, d.start) if _DE_GAP.fullmatch(gap) else None
            if lead:
                num.origin = d
                consumed.add(id(d))
                removals.append((lead.start(), d.end + len(gap)))

    out_nums: list[_Num] = []
    prev_end = 0
    for num in figures_n:
        cstart = _clause_start(s, num.start)
        lstart = max(cstart, prev_end)
        num.l_text = s[lstart:num.start]
        cands = [c for c in comps if cstart <= c[0] and c[1] <= num.start]  # nearest comparison in the clause
        if cands:
            num.comparison = cands[-1][2]
        used = _name_metric(s, num, lstart, removals, ctx)
        prev_end = max(num.end, used)
        if num.role != "figure":
            continue
        num.kind = _kind(num, num.l_clean)
        out_nums.append(num)

    _distribute(s, out_nums, ctx)
    _inherit(s, out_nums, ctx, carry_metric)
    rank_figs = _attach_ranks(s, ns, ranks, out_nums, removals, ctx)

    # periods
    usable = [d for d in dates if d not in comp_dates and id(d) not in consumed]
    for num in out_nums + rank_figs:
        num.period = _period(num, usable, carry, ctx)
        num.is_target = _target(s, num, dates, ctx, default_target)
        if num.origin is not None:
            num.period = num.origin.iso
    for num in out_nums:
        if num.origin is None:
            continue
        for other in out_nums:
            if other is not num and other.start > num.start and other.metric == num.metric and not other.comparison:
                other.comparison = "比" + re.sub(r"^(截至|截止|到)", "", _clean_ws(num.origin.text))
    figures: list[Figure] = []
    for num in sorted(out_nums + rank_figs, key=lambda x: (x.start, x.group)):
        if num.role != "figure":
            continue
        metric = _balance(_HOPE_INSIDE.sub("", _clean_ws(num.metric)))
        if not _valid_metric(metric):
            continue
        metric = _trim(metric)
        if num.cls == "bare" and not num.base and _MONEY_METRIC.search(metric):
            num.base = "CNY"  # 地区生产总值过千亿: the currency is implied
        elif num.cls == "bare" and not num.base and re.search(r"(?:人口|人|户)$", metric):
            num.base = "household" if metric.endswith("户") else "person"  # 60岁以上人口已达2.5亿
            num.kind = "count" if num.kind == "level" else num.kind
        kind = "rank" if num.cls == "rank" else num.kind
        if kind == "level" and num.is_target:
            kind = "target"
        metrics = [metric] + num.extra
        direction = _direction(s, num.start, num.comparison) if kind == "growth" else ""
        normalized = num.normalized
        if direction == "down" and normalized is not None:
            normalized = -abs(normalized)
        for mm in metrics:
            figures.append(Figure(
                metric=mm, value=num.value, unit=num.unit, sentence=s, paragraph="", kind=kind, direction=direction,
                normalized=normalized, base_unit=num.base, comparison=num.comparison, period=num.period,
                qualifier=num.qualifier or ("" if num.post in ("", "多") else num.post), rank=num.rank,
                is_target=num.is_target, text=s[num.start:num.end]))
    last = [d for d in dates if d not in comp_dates and d.kind != "deadline"]
    return figures, last


_DOWN_RE = re.compile(r"(下降|减少|降低|回落|收窄|下跌|下滑|缩小|减小|压减|负增长|低于|减)")
_UP_RE = re.compile(r"(增长|增加|提高|提升|上升|上涨|扩大|增幅|增速|高于|递增|增)")


def _direction(s: str, start: int, comparison: str) -> str:
    """The direction of a change: the nearest change verb before the number, within its clause
    (分别增长4.1%、11.2%: the verb before the list applies to every item)."""
    clause = re.split(r"[，,；;。：:]", s[max(0, start - 40):start])[-1]
    verbs = [(m.end(), "down") for m in _DOWN_RE.finditer(clause)] + [(m.end(), "up") for m in _UP_RE.finditer(clause)]
    if not verbs:
        if _DOWN_RE.search(comparison):
            return "down"
        return "up" if _UP_RE.search(comparison) else ""
    return max(verbs)[1]


_FRAMING = re.compile(r"^(?:——)?从.*看$")


def _name_metric(s: str, num: _Num, lstart: int, removals: list[tuple[int, int]], ctx: _Ctx) -> int:
    """Set ``num.metric`` (or mark the quantity as not a figure); returns where the figure's text ends."""
    l_raw = s[lstart:num.start]
    if num.chinese and not num.qualifier and _chinese_not_quantity(l_raw, s[num.end:num.end + 1]):
        num.role = "skip"
        return num.end
    if num.cls == "duration" and not _valid_duration(s, num, l_raw):
        num.role = "skip"
        removals.append((num.start, num.end + (2 if s.startswith("时间", num.end) else 0)))
        return num.end
    clause = _clean_ws(s[_clause_start(s, num.start):_clause_end(s, num.end)])
    if num.pattern == "R" and _FRAMING.match(clause):  # 从7项主要指标研判情况看: a framing
        num.role = "skip"
        return num.end
    num.l_clean = _outside(s, lstart, num.start, removals)
    lm = _metric_l(s, num, lstart, removals, ctx.regions)
    if num.pattern == "L":
        num.metric = lm
        return num.end
    if num.pattern == "rate":
        np = _np_after_de(s[_skip_space(s, num.end) + 1:_clause_end(s, num.end)])
        num.metric = lm + np if not lm.endswith(np) else lm
        return num.end
    cend = _clause_end(s, num.end)
    after = s[num.end:cend]
    if num.pattern == "mod":
        noun = _np_after_de(after[1:])
        lm_tags = _tag(lm) if lm else []
        key = lm_tags[-1][0] if lm_tags and lm_tags[-1][0] in _MOD_KEYS else ""
        if noun:
            num.metric = noun + key
        elif num.chinese:
            num.role = "skip"
        else:
            num.metric = lm
        return num.end
    # R: the number counts the noun that follows it
    if num.unit == "次":  # 先后7次参加: a frequency, not a count of things
        num.role = "skip"
        return num.end
    noun, pred, used = _noun_after(after)
    if not noun and not pred:  # 50万平方米拆违建绿: a short phrase jieba cannot tag as a noun
        m = re.match(r"\s*([\u4e00-\u9fff]{2,6})(?=$|[、，,；;。]|等)", after)
        if m and not any(w in _STOP_WORDS or p.startswith(("d", "p", "c", "u")) for w, p in _tag(m.group(1))):
            noun, used = m.group(1), m.end()
    if num.cls not in ("count", "bare"):
        first = _tag(after[:8])
        first_pos = first[0][1] if first else ""
        if (first_pos.startswith("v") and first_pos != "vn") or len(noun) < 2:
            # 100%达标, 1.662亿元用于产业扶贫: the metric is on the left (a short verb completes a rate)
            verb = pred or (noun if first_pos.startswith("v") and len(noun) <= 4 else "")
            num.pattern = "L"
            rate = re.search(r"率|比例|比重|占比|水平|份额", lm)
            num.metric = lm + (verb if lm and num.cls == "percent" and not rate else "") if lm else verb
            return num.end
    if _is_embedded(l_raw, strict=num.cls not in ("count", "bare")):
        num.role = "skip"
        return num.end
    if num.cls == "bare":
        num.base = ("household" if noun.endswith("户") else
                    "person" if re.search(r"人口|人$|人民|农民|群众|居民|职工|学生|游客|劳动力", noun) else "")
        if num.base:
            num.cls = "count"
    if not noun or noun in _GENERIC_METRICS:
        num.role = "skip"
        return num.end + used  # 23个方面|45项重点任务: the next number starts after the noun
    if num.chinese:
        head = _tag(_THRESHOLD_PREFIX.sub("", noun, count=1)[:6])
        if not head or not head[0][1].startswith(("n", "j", "vn", "b", "a")) or noun in _SLOGAN_HEADS:
            num.role = "skip"
            return num.end
    verb = _tail_verbs(lm) if lm else ""
    if verb != lm or verb in _WEAK_VERBS or noun.startswith(verb):
        verb = ""  # prepend the verb only when it is all the left context says: 引进4个项目 -> 引进项目
    num.metric = verb + noun + (pred if pred and not noun.endswith(pred) else "")
    return num.end + used


def _valid_duration(s: str, num: _Num, l_raw: str) -> bool:
    """299天 of 空气质量优良天数 and 90个工作日 of 审批时间 are figures; 20天时间, 距年末仅剩2个月 are not."""
    if s.startswith("时间", num.end) or re.search(r"剩|距|连续|短短", l_raw):
        return False
    return bool(re.search(r"天数|时间|时限|周期|期限|时长|用时|工期", l_raw)) or "工作日" in num.unit


def _chinese_not_quantity(l_raw: str, nxt: str = "") -> bool:
    """两个 after a verb or particle is a quantity; after a name (中三家镇, 设备两个项目) or in a place name
    (十家河, 三家村) it is not."""
    if nxt and nxt in _PLACE_CHARS:
        return True
    text = _clean_ws(l_raw).rstrip("近约")
    if text.endswith(("、", "“", "”", "\"")):  # “巩固、增强、提升、畅通”八个字: describing a slogan
        return True
    if not text or not _CJK.match(text[-1]):
        return False
    w, p = _tag(text)[-1]
    verb = p.startswith("v") and p != "vn"
    return not (verb or p.startswith(("p", "c", "u", "d", "r", "m", "q")) or w in _SUBJECTS or w in ("等", "有", "共"))


def _valid_metric(metric: str) -> bool:
    if not metric or metric in _GENERIC_METRICS:
        return False
    if not (_CJK.search(metric) or re.search(r"[A-Za-z]{2,}", metric)):
        return False
    return len(metric) >= 2


def _trim(metric: str) -> str:
    if len(metric) <= 28:
        return metric
    words = [w for w, _ in _tag(metric)]
    while words and len("".join(words)) > 24:
        words.pop(0)
    return "".join(words) or metric[-24:]


_EACH_END = re.compile(r"[均都](?:为|是|达到|达|增长|提高|下降|超过)?\s*$")
_LIST_JOINER = re.compile(r"[、和及与]")
_THRESHOLD_END = re.compile(r"以[上下]$")


def _distribute(s: str, nums: list[_Num], ctx: _Ctx) -> None:
    """分别 and 均: one value per listed item, or one item per listed value."""
    i = 0
    gid = 0
    while i < len(nums):
        head = nums[i]
        raw = _clean_ws(head.l_text)
        clean = _clean_ws(head.l_clean)  # dates and comparisons removed
        if "分别" not in raw:
            if _EACH_END.search(raw) and _LIST_JOINER.search(raw):
                subject = re.split(r"[均都]", raw)[0]
                items = [_strip(x, ctx.regions) for x in re.split(r"[、和及与]", subject)]
                items = [x for x in items if x]
                if len(items) >= 2 and all(len(x) >= 2 for x in items):
                    suffix = _shared_suffix(items)
                    items = [x if x.endswith(suffix) or not suffix else x + suffix for x in items]
                    head.metric = items[0]
                    head.extra = items[1:]
            i += 1
            continue
        group = [head]
        j = i + 1
        while j < len(nums) and re.fullmatch(r"\s*[、，,和及与]?\s*", s[group[-1].end:nums[j].start]):
            group.append(nums[j])
            j += 1
        n = len(group)
        subject_raw, _, verb_raw = clean.partition("分别")
        subject = _strip(subject_raw, ctx.regions)
        verb = _strip(verb_raw, ctx.regions)
        comps = _DISTRIB_COMPARISON_RE.search(raw)
        if comps or (verb and any(verb.startswith(g) for g in _GROWTH_VERBS)) or verb in _TRAILING:
            verb = ""
        items = _split_items(subject, n)
        if not items:
            prev = [x for x in nums[:i] if x.role == "figure"]
            if len(prev) >= n:
                items = [x.metric for x in prev[-n:]]
            else:
                items = [subject] * n  # no subject at all: _inherit looks for the sentence's topic
        comp_items: list[str] = []
        if comps:
            targets = re.split(r"[、和及]", comps.group(2))
            if len(targets) == n:
                comp_items = [comps.group(1) + t for t in targets]
        gid += 1
        for k, num in enumerate(group):
            num.group = gid
            if items:
                num.metric = items[k] + verb if verb and not items[k].endswith(verb) else items[k]
            if comp_items:
                num.comparison = comp_items[k]
            elif k and not num.comparison:
                num.comparison = head.comparison
            if k and num.kind != head.kind and num.cls == head.cls:
                num.kind = head.kind
        i = j


def _shared_suffix(items: list[str]) -> str:
    """财政收入、工业增加值、用电量增速 -> every item takes 增速 (only when no other item has a suffix)."""
    suffixes = ("增速", "增幅", "总量", "占比", "比重")
    last = items[-1]
    for suf in suffixes:
        if last.endswith(suf) and not any(x.endswith(suffixes) or x.endswith("率") for x in items[:-1]):
            return suf
    return ""


def _split_items(subject: str, n: int) -> list[str]:
    if not subject:
        return []
    parts = [p for p in re.split(r"[、和及与]", subject) if p]
    if len(parts) == n and all(len(p) >= 2 for p in parts):
        return parts
    if len(subject) == n and n >= 2 and all(_CJK.match(c) for c in subject):
        return list(subject)  # 猪牛羊禽
    for prefix, expansion in _COLLECTIVE.items():
        if subject.startswith(prefix) and n == len(expansion):
            return [e + subject[len(prefix):] for e in expansion]
    return []


def _inherit(s: str, nums: list[_Num], ctx: _Ctx, carry_metric: str = "") -> None:
    """List items and follow-up clauses without their own metric take their neighbour's; a clause that only
    says how something changed (同比增长5%) takes the subject of the sentence."""
    for k, num in enumerate(nums):
        if num.role != "figure":
            continue
        prev = [x for x in nums[:k] if x.role == "figure" and x.metric]
        if not num.metric:
            between_next = s[num.end:nums[k + 1].start] if k + 1 < len(nums) else ""
            if k + 1 < len(nums) and nums[k + 1].pattern == "R" and re.fullmatch(r"\s*[、和及与]\s*", between_next):
                num.metric = nums[k + 1].metric
            elif prev:
                num.metric = prev[-1].metric
            elif carry_metric and k == 0 and s[: num.start].count("，") == 0:
                num.metric = carry_metric  # …增长5.8%；两年平均增长3.1%
            elif num.comparison or num.kind == "growth":
                num.metric = _sentence_topic(s, ctx)
        elif prev and _GAP_RE.match(num.metric) and not _GAP_RE.match(prev[-1].metric):
            num.metric = _topic(prev[-1].metric) + num.metric  # 距目标相差50亿元 -> 地区生产总值距目标相差
        elif prev and num.metric in _SIZE_WORDS | {"增速", "增幅", "增长速度"}:
            num.metric = _topic(prev[-1].metric) + num.metric  # 增长6.6%，总量突破90万亿元 -> 国内生产总值总量
        elif prev and _is_place(num.metric):
            num.metric += _topic(prev[-1].metric)  # 北票预计仅增长0.2% -> 北票完成投资
    # 10亿元以上 -> 10亿元以上项目 (the head noun of a sibling)
    for k, num in enumerate(nums):
        m = _THRESHOLD_END.search(num.metric)
        if not m:
            continue
        for other in reversed(nums[:k]):
            o = re.search(r"以[上下](.+)$", other.metric)
            if o:
                num.metric += o.group(1)
                break


_GAP_RE = re.compile(r"(?:距|比|较|与)[^，,]*?(?:相差|差距|多出|少|高出|低)")


def _is_place(metric: str) -> bool:
    tags = _tag(metric)
    return bool(tags) and all(p == "ns" for _, p in tags)


def _sentence_topic(s: str, ctx: _Ctx) -> str:
    """The subject of the sentence's first clause: 全市规上工业增加值指标增速受…影响 -> 规上工业增加值指标增速."""
    first = _strip(s[: _clause_end(s, 0)], ctx.regions)
    words: list[str] = []
    for w, p in _tag(first):
        if w in ("增速", "增幅", "增长率", "总量", "占比", "比重"):
            p = "n"
        if p.startswith(("v", "p", "d", "c", "u", "m", "x")) and p != "vn" and words:
            break
        if p.startswith(("v", "p", "d", "c", "u", "m", "x")) and p != "vn":
            return ""
        words.append(w)
    topic = "".join(words)
    return topic if len(topic) >= 2 and not _TIME_WORDS.fullmatch(topic) else ""


def _attach_ranks(s: str, ns: str, ranks: list[_Rank], nums: list[_Num], removals: list[tuple[int, int]],
                  ctx: _Ctx) -> list[_Num]:
    out: list[_Num] = []
    for r in ranks:
        label = f"{r.scope}第{r.value}"
        before = [x for x in nums + out if x.end <= r.start and x.role == "figure"]
        before.sort(key=lambda x: x.end)
        cstart = _clause_start(s, r.start)
        lstart = max([cstart] + [x.end for x in before])
        raw = _clean_ws(_outside(s, lstart, r.start, removals))
        word = _strip(raw, ctx.regions)
        fig = _Num(start=r.start, end=r.end, num_start=r.start, num_end=r.end, value=float(r.value), unit="",
                   base="rank", normalized=float(r.value), cls="rank", rank=label)
        fig.l_text = s[lstart:r.start]
        fig.kind = "rank"
        distributive = bool(re.search(r"[均都]", raw)) and bool(re.search(r"[、和及与]", raw))
        if distributive:
            subject = re.split(r"[均都]", raw)[0]
            items = [_strip(x, ctx.regions) for x in re.split(r"[、和及与]", subject)]
            items = [x for x in items if x]
            if items and all(x in _SIZE_WORDS or x in _RANK_WORDS for x in items) and len(before) >= len(items):
                for x in before[-len(items):]:
                    x.rank = x.rank or label
                continue
            if len(items) >= 2:
                suffix = _shared_suffix(items)
                items = [x if not suffix or x.endswith(suffix) else x + suffix for x in items]
                fig.metric, fig.extra = items[0], items[1:]
                out.append(fig)
                continue
        if word in _RANK_WORDS and before and before[-1].cls != "rank" and not before[-1].rank:
            target = before[-1]
            if re.match(r"高于|低于|快于|慢于", target.comparison) or target.cls == "pp":
                # 增长6.8%，高于全省2.3个百分点，居全省第3位: the rank is the growth's, not the gap's
                base = [x for x in before[:-1] if _topic(x.metric) == _topic(target.metric) and not x.rank
                        and x.cls not in ("rank", "pp") and not re.match(r"高于|低于|快于|慢于", x.comparison)]
                target = base[-1] if base else target
            target.rank = label
            continue
        if word in _RANK_WORDS and before and before[-1].cls == "rank":
            fig.metric = before[-1].metric
        elif word in _SIZE_WORDS and before:
            fig.metric = _topic(_clean_ws(before[-1].metric)) + word
        elif word and word not in _RANK_WORDS:
            fig.metric = word
        else:
            continue
        out.append(fig)
    return out


def _period(num: _Num, usable: list[DateMatch], carry: list[DateMatch], ctx: _Ctx) -> str:
    cands = [d for d in usable if d.end <= num.start]
    if cands:
        return cands[-1].iso
    if carry:
        return carry[-1].iso
    return ctx.year


@lru_cache(maxsize=256)
def _comparison_bases(s: str) -> tuple[tuple[int, int], ...]:
    """Spans of the comparison bases of a sentence (比上年, 较2015年): a past-result word inside one (上年) is no
    sign of a past result. Cached: the cues of every figure of a sentence are read against the same bases."""
    return tuple(m.span() for m in _COMPARISON_RE.finditer(s) if m.group().startswith(("比", "较")))


def _cues(s: str, upto: int, dates: list[DateMatch], ctx: _Ctx) -> list[tuple[int, bool]]:
    """Plan/target (True) and achieved-result (False) signals in ``s[:upto]``, by position."""
    prefix = s[:upto]
    cues = [(m.end(), True) for m in _FUTURE_CUES.finditer(prefix)]
    past = list(_PAST_CUES.finditer(prefix))
    if past:
        bases = _comparison_bases(s)
        cues += [(m.end(), False) for m in past if not _inside(m.start(), bases)]
    for d in dates:
        if d.end > upto:
            continue
        if d.kind == "deadline":
            cues.append((d.end, not _before(d.iso, ctx.anchor_iso) if ctx.anchor_iso else True))
        elif _before(d.iso, ctx.anchor_iso):
            cues.append((d.end, False))
    return sorted(cues)


def _target(s: str, num: _Num, dates: list[DateMatch], ctx: _Ctx, default: bool) -> bool:
    """The nearest signal before the figure (or later in its clause: 7个项目争取年内开工) decides."""
    cues = _cues(s, num.start, dates, ctx)
    if cues:
        return cues[-1][1]
    later = _cues(s, _clause_end(s, num.end), dates, ctx)
    return later[-1][1] if later else default


# --------------------------------------------------------------------------------------------------------------
# Entry point


def _first_clause_dates(text: str, ctx: _Ctx) -> list[DateMatch]:
    end = _clause_end(text, 0)
    return [d for d in find_dates(text[:end], ctx.anchor)
            if (d.kind != "deadline" or end < 30) and not re.search(r"[比较同与]\s*$", text[:d.start])]


def extract_figures(doc: Document, meta: Metadata) -> list[Figure]:
    """The figures of one document, in reading order (see the module docstring for the rules)."""
    ctx = _context(doc, meta)
    figures: list[Figure] = []
    seen: set[tuple[str, str, str, float]] = set()
    headings: dict[int, str] = {}
    cache: dict[tuple[str, tuple[str, ...], bool, str], tuple[list[Figure], list[DateMatch]]] = {}
    for para in doc.paragraphs:
        level = _heading_level(para)
        if level:
            headings = {k: v for k, v in headings.items() if k < level}
            headings[level] = para.text
        if para.role in _SKIP_ROLES:
            continue
        plan_ctx = ctx.plan_doc or any(_PLAN_HEADING.search(h) for h in headings.values())
        first = _first_clause_dates(para.text, ctx)
        carry: list[DateMatch] = []  # dates of the previous sentences joined by ；
        modal: bool | None = None  # the last plan/result signal of those sentences
        last_metric = ""
        for a, b in split_sentences(para.text):
            sentence = para.text[a:b]
            context = carry or first
            key = (sentence, tuple(d.iso for d in context), plan_ctx if modal is None else modal, last_metric)
            try:
                if key not in cache:  # dirty sources repeat whole passages
                    cache[key] = _analyse_sentence(sentence, ctx, context, key[2], last_metric)
                found, dates = cache[key]
            except Exception:  # noqa: BLE001 - one odd sentence must not stop the build
                log.exception("figures: cannot analyse sentence %r in %s/%s", sentence[:60], doc.id, para.id)
                continue
            if sentence.endswith(("；", ";")):
                carry = dates or carry
                last_metric = found[-1].metric if found else last_metric
                cues = _cues(sentence, len(sentence), find_dates(sentence, ctx.anchor), ctx)
                modal = cues[-1][1] if cues else modal
            else:
                carry, modal, last_metric = [], None, ""
            for f in found:
                key = (f.sentence, f.text, f.metric, f.value)
                if key in seen:
                    continue
                seen.add(key)
                f.paragraph = para.id
                figures.append(f)
    log.debug("figures: %d in %s", len(figures), doc.id)
    return figures

"""Finding quantities in a sentence: Arabic and Chinese numbers with their multiplier, unit and qualifiers,
ranges, fractions, and ranks (全省第3位)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..dates import DateMatch
from .tenths import chinese_tenths
from .text import _inside
from .units import _DAYS_WITHIN, _MULT_NAMES, _MULTS, _UNITS_BY_FIRST, UNITS, _Unit
from .vocab import _CJK, _POST_QUALIFIERS, _PRE_QUAL_BY_LAST, _PRE_QUALIFIERS

_PLACE_CHARS = set("河村镇乡山湖街路桥屯沟营店堡岭台子窝庄寨坡峪洼湾口城里")
# units a Chinese numeral may carry and still be a quantity (not 一批, 三年, 九次全会 ...)
_CN_UNITS = {"个", "家", "户", "名", "人", "项", "座", "所", "栋", "处", "条", "台", "辆", "头", "只", "位", "倍", "元",
             "亩", "公里", "吨", "平方米", "公顷", "人次", "万元", "亿元"}


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
    status: str = "actual"  # actual | target | forecast | requirement
    base_value: float | None = None  # 由A下降到B: A
    base_period: str = ""  # the period compared with (比上年, 由2015年的…)
    in_name: bool = False  # the capacity naming a project (年产20万吨…项目): undated, built or to be built
    generic: bool = False  # named only by a generic noun after it (2万亩任务): kept if a sibling names it
    # 12万贫困人口被纳入产业扶贫链条: what is done to the counted (纳入产业扶贫链条), for a list sharing it
    passive: str = ""
    base_words: str = ""  # the words naming the base of 由A到B (上年的): see bases.previous_period
    direction: str = ""
    goal: bool = False  # a goal the indicator before it is compared with (增速低于…确定的6.5%的预期目标)


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
                    "部": "门署分长", "批": "准复", "家": "庭乡", "位": "于置", "场": "所景馆", "条": "件例款",
                    "类": "区标功水声", "起": "来步", "对": "0123456789一于外比应接口标照", "具": "有备体",
                    "分钟": "生服经通就健便"}
# (1类区, 3类标准 are classes, not counts; 3起来; 1对1帮扶, 5对接 are no couples; 15分钟生活圈, 15分钟健身圈 are names)


# tenths after a change against a base or an approximation (偏多4成, 偏少1～2成, 减少近3成, 约6成)
_TENTHS_AFTER = re.compile(r"(?:偏多|偏少|增加|减少|增长|下降|提高|降低|上升|多|少|约|近|超过|逾)\s*"
                           r"[\d.．０-９]+(?:\s*[～~\-－—至]\s*[\d.．０-９]+)?\s*$")
_TENTHS_NOT_BEFORE = "员立交本果效为都品熟型功绩长年人就色活区像分"
# a score's points (自评得分88.5分, 综合得分为92分, 平均分86.4分): the score word right before the number
# (a bound defines a class, 得分90分（含）以上的项目; a goal's floor is a score, 满意度达到85分以上)
_SCORE_BOUND = re.compile(r"\s*(?:[（(]含[）)])?\s*(?:(?:以上|以下|及以上|及以下)\s*的|[—\-～~至])")
_SCORE_AFTER = re.compile(r"(?:得分|评分|总分|平均分|综合得分|考核得分"
                          r"|满意度(?:[^，,；;。\d]{0,4}[，,])?\s*(?:仅|只)?)"
                          r"\s*(?:为|是|达到?)?\s*[\d.．０-９]+\s*$")
# (a satisfaction score: 居民综合满意度为81.6分, 满意度最低，仅为74.2分) and its change in the next clause
# (…81.6分，比上年提高1.8分): points again
_SCORE_CHANGE = re.compile(r"(?:得分|评分|满意度)[^。；;]{0,12}?[\d.．０-９]+\s*分\s*[，,]\s*"
                           r"(?:比|较)[^，,；;。\d]{1,4}?"
                           r"(?:提高|提升|上升|增加|下降|降低|减少)了?\s*[\d.．０-９]+\s*$")


def _match_unit(ns: str, p: int) -> str:
    """The unit written at ``p`` (longest first); 14亿人口 has no unit 人, 37部门 no unit 部."""
    for u in _UNITS_BY_FIRST.get(ns[p:p + 1], ()):
        if ns.startswith(u, p):
            nxt = ns[p + len(u):p + len(u) + 1]
            if nxt and nxt in _UNIT_NOT_BEFORE.get(u, ""):
                continue
            if u == "日" and not ns.startswith(_DAYS_WITHIN, p + 1):
                continue
            if u == "成" and (nxt and nxt in _TENTHS_NOT_BEFORE or not _TENTHS_AFTER.search(ns, 0, p)):
                continue
            if u == "分" and (not (_SCORE_AFTER.search(ns, 0, p) or _SCORE_CHANGE.search(ns, max(0, p - 40), p))
                             or _SCORE_BOUND.match(ns, p + 1)):
                continue  # (3分钟 is a duration; 10分 only after 得分/评分: a score; 得分90分（含）以上的: a bound)
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


# words granting an amount: after them 最高 caps it (可申请最高20万元, 给予最高50万元奖励, 每户补贴最高3000元)
_GRANT_BEFORE = re.compile(r"(?:可|可以|能|申请|获得|给予|予以|奖励|补贴|补助|资助|享受|贷款|额度)$")


# a rate or amount of a measure raised to a cap (返还比例最高提至90%, 补贴标准最高提高到每人500元)
_CAP_RAISED = re.compile(r"(?:比例|额度|标准|金额|补贴|补助|奖励|资助|期限)"
                         r"(?P<cap>最高(?:提至|提高至|提高到|上调至|上调到|可提至|可达))$")


# 给予每辆最高…: the grant word before the unit it is per; …最高1.5万元的补贴/奖励: the grant named after the amount
_GRANT_PER_UNIT = re.compile(r"(?:给予|补贴|补助|奖励|奖补|资助)[^，,；;。\d]{0,4}?(?:每|单)[^，,；;。\d]{1,3}$")
_GRANT_AFTER = re.compile(r"[\d.,，]+\s*[万亿千百]?元\s*的?(?:补贴|补助|奖励|奖补|资助|贷款|贴息)")


def _pre_qualifier(ns: str, a: int) -> tuple[int, str]:
    q = a - 1 if a > 0 and ns[a - 1] == " " else a
    for name in _PRE_QUAL_BY_LAST.get(ns[q - 1] if q else "", ()):
        if ns.endswith(name, 0, q):
            if name == "近" and q >= 2 and ns[q - 2] in "最接将附邻靠":
                continue
            if name == "约" and q >= 2 and ns[q - 2] in "签节制合预公条契限":
                continue  # 完成征收签约3870户, 节约, 制约, 合约, 预约, 每日限约 (booking): the 约 of a word
            return q - len(name), _PRE_QUALIFIERS[name]
    if ns.endswith("最高", 0, q) and (_GRANT_BEFORE.search(ns, max(0, q - 8), q - 2) or _GRANT_PER_UNIT.search(
            ns, max(0, q - 12), q - 2) or _GRANT_AFTER.match(ns, a)):
        return q - 2, "最多"  # 可申请最高20万元的贷款, 给予每辆最高1.5万元补贴: a cap on a grant (最高气温38℃ is none)
    cap = _CAP_RAISED.search(ns, max(0, q - 12), q)
    if cap:
        return cap.start("cap"), "最多"  # 返还比例最高提至90%: a rate or amount raised to at most
    return a, ""


# a bound stated before the whole a share is of (不低于省级奖补资金的50%, 原则上不超过项目总投资的30%) or before the
# verb of the counted act (至少建成1个, 最多补贴3000元): the bound is the figure's qualifier all the same
_NORM_BOUNDS = ("不得低于", "不应低于", "不得少于", "不应少于", "不得超过", "不得高于", "不低于", "不少于", "不高于",
                "不超过", "至少", "最少", "最多", "不到", "不足", "超过")
_BOUND_BEFORE_WHOLE = re.compile("(?:" + "|".join(_NORM_BOUNDS) + r")[^\s\d，。；、：,;:（）()“”]{1,16}?的\s*$")
_BOUND_BEFORE_VERB = re.compile(r"(?:至少|最少|最多)(?:建成|建设|新建|完成|培育|配备|设立|设置|安排|引进|开展|举办|"
                                r"组织|补贴|补助|奖励|资助|支持|认定|打造|创建|选派|落实|有)\s*$")


# ... or before the unit a rate is per (不低于每人每月1500元, 不超过每亩800元, 不低于每月2000元)
_BOUND_BEFORE_PER = re.compile("(?:" + "|".join(_NORM_BOUNDS) + r")\s*每[\u4e00-\u9fff]{1,3}?(?:每[月年日天])?\s*$")


def _far_qualifier(ns: str, a: int, cls: str) -> str:
    """The bound of a figure written before the whole of its share, before its verb or before the unit a rate is
    per ("" if none)."""
    head = ns[max(0, a - 24):a]
    m = _BOUND_BEFORE_WHOLE.search(head) if cls in ("percent", "permille", "times") else None
    m = m or _BOUND_BEFORE_VERB.search(head) or (_BOUND_BEFORE_PER.search(head) if cls == "money" else None)
    if not m:
        return ""
    return next(_PRE_QUALIFIERS[n] for n in _NORM_BOUNDS if m.group().startswith(n))


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
    if not qual and not post:
        qual = _far_qualifier(ns, a, info.cls if info else "")
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
# a range's lower bound with its multiplier or unit before a dash (1200万-, 3亿－, 5%-): the number after is no negative
_RANGE_LOWER_BEFORE = re.compile(r"\d(?:[万亿千百]|%|％)$")
# a rate per 100,000 written as a fraction (孕产妇死亡率为10万分之6.92, 十万分之7.5): the figure /10万, its
# denominator no number of its own
# (报告发病率为每10万人口129.41, 每十万人4.3: the same rate written per 10万 people before a bare number)
_PER_100K = re.compile(r"10\s?万分之|(?<=每)10\s?万人口?(?=\s?\d)")
_PER_100K_BEFORE = re.compile(r"(?:(?:10\s?万|十万)分之|每(?:10\s?万|十万)人口?)\s?$")
_RATIO_AFTER = re.compile(r"[:：]\d")
# a colon after a verb of finding or listing (审计发现：2个乡镇…, 其中：…): what follows are figures (a colon after
# anything else, 阅读：1532次, 10:30, is page furniture or a time)
_FINDINGS_COLON = re.compile(r"(?:发现|查出|查明|核查|抽查|表明|显示|其中|包括|主要有|主要是|分别为|分别是)[：:]$")
# a form's field whose label names an amount (预算金额：486.5万元, 最高限价：, 投标保证金：, 总投资：): its value is a
# figure
_VALUED_FIELD_COLON = re.compile(r"(?:金额|限价|预算|资金|价格|保证金|投资|数量|面积|资本|工期)[：:]$")
_ONE_TO = re.compile(r"比(?:为|是|达到?|达)?\s*1\s*$")  # 医护比为1:1.17 (before the colon)
# 生师比为13.47:1, 床护比达1∶0.6 (after 比 the number to one): a ratio of a number to one, whose figure is the number
_RATIO_LEAD = re.compile(r"比(?:为|是|达到?|达|约为?)?\s*$")
_TO_ONE = re.compile(r"\s*[:：∶]\s*1(?![\d.．])")
# a decimal number of years (平均受教育年限为10.36年): a duration, never a date; 年 is no unit after a whole number
# (3年, 2024年), so it is read only here and not matched as a unit
_DECIMAL_YEARS = re.compile(r"\s?年(?![级度底末初内])")
_YEARS_GOAL = re.compile(r"\s?年的?(?:预期)?目标")
# the years a grant is paid over (分5年发放, 连续发放3年, 按年度分3年拨付): a whole number of years read as a duration
PAID_OVER = re.compile(r"(?:(?<![\d年月])分|连续(?:发放|支付|拨付|补贴|资助|给予))\s?$")
# a time limit in whole years for paying or finishing (余款在1年内缴清, 自签订之日起2年内竣工)
_YEARS_LIMIT = re.compile(r"\s?年(?=内(?:缴清|付清|结清|缴纳|支付|完成|建成|竣工|开工))")
_YEARS_LIMIT_BEFORE = re.compile(r"(?:[在于]|之日起|日起|后)\s?$")
# the term of a right or a service in whole years (出让年限70年, 土地使用年限为50年, 最低服务年限为5年), the longest or
# shortest term of a loan (个人住房贷款最长期限为30年, 贷款期限最长不超过30年)
_TERM_YEARS_BEFORE = re.compile(r"(?:(?:出让|使用|经营|承包|租赁|服务)年限|(?:最长|最短)期限|期限最[长短])"
                                r"(?:为|是|不超过|不得超过|[：:])?\s?$")
_PAID_YEARS = re.compile(r"\s?年(?:(?:发放|支付|拨付|兑现)|(?=[，,；;。]|$))")
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
        negative = prev in ("-", "－") and (a < 2 or not (ns[a - 2].isascii() and ns[a - 2].isalnum())) and not (
            _RANGE_LOWER_BEFORE.search(ns, max(0, a - 8), a - 1))  # (1200万-1300万人次: a range's upper bound)
        if prev in ":：" and _ONE_TO.search(ns, max(0, a - 12), a - 1) and not _ARABIC.match(ns, b + 1):
            one = ns.rindex("1", 0, a)
            out.append(_Num(start=one, end=b, num_start=a, num_end=b, value=float(m.group().replace(",", "")), unit="",
                            base="", normalized=None, cls="ratio"))
            taken = b  # 医护比为1:1.17: a ratio of one to a number, whose figure is that number
            continue
        after_mark = prev.isascii() and (prev.isalpha() or prev in "@#_/\\.:-+") or prev in "：第/"
        if not negative and prev and after_mark and not _FINDINGS_COLON.search(ns, max(0, a - 8), a) \
                and not _VALUED_FIELD_COLON.search(ns, max(0, a - 8), a):
            # (审计发现：5家定点医疗机构…: the findings listed after a colon are figures)
            continue
        if prev == " " and a >= 2 and ns[a - 2] == "第":
            continue
        if prev == "表" and (a == 1 or ns[a - 2] in "附续见如"):
            continue  # 表2支出预算总表, 附表3, 见表1: a table's number, whatever character follows it
        if prev and prev in _RANGE_DASH and a >= 2 and ns[a - 2].isdigit():
            continue
        if _inside(a, protected) or _inside(a, date_spans):
            continue
        if (one_after := _TO_ONE.match(ns, b)) and _RATIO_LEAD.search(ns, max(0, a - 8), a):
            out.append(_Num(start=a, end=one_after.end(), num_start=a, num_end=b,
                            value=float(m.group().replace(",", "")), unit="", base="", normalized=None, cls="ratio"))
            taken = one_after.end()
            continue
        if ns.startswith(("+", "＋"), b) or _RATIO_AFTER.match(ns, b):  # “1+8”, ratios 10:37:53
            continue
        value = float(m.group().replace(",", "")) * (-1 if negative else 1)
        if ns.startswith("/", b) and b + 1 < len(ns) and ns[b + 1].isdigit() and not _match_unit(ns, b):  # 1/3
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
        if _PER_100K.match(ns, a):
            continue  # 10万分之6.92: the denominator of the rate after it
        per = _PER_100K_BEFORE.search(ns, max(0, a - 8), a)
        if per and not _match_unit(ns, _skip_space(ns, b)):
            num = _build(s, ns, a, b, value, (b, "", "", "/10万"))
            if num is not None:
                num.start = min(num.start, per.start())
                num.end, num.post = _post_qualifier(ns, b, num.unit)
                out.append(num)
                taken = num.end
            continue
        if _DECIMAL_YEARS.match(ns, b) and ("." in ns[a:b] or (
                _YEARS_GOAL.match(ns, b) and "年限" in ns[max(0, a - 40):a]) or (
                PAID_OVER.search(ns, max(0, a - 8), a) and _PAID_YEARS.match(ns, b)) or
                _TERM_YEARS_BEFORE.search(ns, max(0, a - 10), a)):
            # (安家补贴分5年发放, 连续发放3年: the years a grant is paid over, a term of the grant)
            # (平均受教育年限达到11.2年，提前实现…11年的目标: a whole number of years as the goal of a 年限 too)
            # (出让年限70年: the term of a land use right in whole years)
            tail = (_DECIMAL_YEARS.match(ns, b).end(), "", "", "年")  # type: ignore[union-attr]
        elif _YEARS_LIMIT.match(ns, b) and _YEARS_LIMIT_BEFORE.search(ns, max(0, a - 4), a):
            tail = (_YEARS_LIMIT.match(ns, b).end(), "", "", "年")  # type: ignore[union-attr]
            # (余款在1年内缴清: a time limit in whole years, a term of a payment)
        elif _NOT_AFTER_NUMBER.match(ns, b) and not _match_unit(ns, _skip_space(ns, b)):
            continue
        else:
            tail = _read_tail(ns, b)
        if not tail[2] and not tail[3]:  # 1.6和1.1个百分点, 23亿和40亿: the unit is written once, at the end
            shared = re.match(r"\s?[和、及与]\s?(\d+(?:\.\d+)?)", ns[b:])
            if shared:
                t2 = _read_tail(ns, b + shared.end())
                if t2[2] or t2[3]:
                    tail = (b, "", t2[2], t2[3])
        elif tail[3]:  # 0.8个和0.5个百分点: the longer unit written at the end is the list's
            shared = re.match(r"\s?[和、及与]\s?(\d+(?:\.\d+)?)", ns[tail[0]:])
            t2 = _read_tail(ns, tail[0] + shared.end()) if shared else None
            if t2 and t2[2] == tail[2] and len(t2[3]) > len(tail[3]) and t2[3].startswith(tail[3]):
                tail = (tail[0], tail[1], tail[2], t2[3])
        upper = None
        if not tail[3] and tail[0] < len(ns) and ns[tail[0]] in _RANGE_DASH and not negative:
            # 2—3个, 10～15家, 1200-1300万人次: the unit (and its multiplier) written once, after the upper bound;
            # 1200万-1300万人次, 3亿-5亿元: the multiplier written twice, the unit once; the lower bound is the figure
            upper = _ARABIC.match(ns, tail[0] + 1)
            t2 = _read_tail(ns, upper.end()) if upper else None
            if upper and t2 is not None and t2[3] and (not tail[2] or t2[2] == tail[2]) \
                    and float(upper.group().replace(",", "")) > value:
                tail = t2
            else:
                upper = None
        num = _build(s, ns, a - 1 if negative else a, b, value, tail)
        if num is not None and upper is not None:
            num.upper = float(upper.group().replace(",", ""))
            num.qualifier = num.qualifier or f"至{upper.group()}{num.unit}"
        if num is not None and ns.endswith("零下", 0, a) and num.unit in ("℃", "摄氏度") and value > 0:
            # 最低气温零下6.5℃ (below zero): the temperature is negative, and 零下 is no part of the metric
            num.value, num.start = -value, min(num.start, a - 2)
            num.normalized = -num.normalized if num.normalized is not None else None
        if num is None:
            num = _ratio(ns, a, b, value, tail, out)
        if num is None:
            continue
        _read_range(ns, num)
        taken = num.end
        out.append(num)
    out.extend(_scan_chinese(s, ns, protected, date_spans, [(x.start, x.end) for x in out]))
    out.sort(key=lambda x: x.start)
    return out


# a ratio or coefficient written without a unit (城乡居民收入比为2.09, 基尼系数0.42) and its change (比上年缩小0.05)
# (收入比由2020年的2.18缩小到2.09: the base after 由, then the level reached); an index or a pH value likewise
# (生态环境状况指数为71.6, 降水pH年均值为5.86); a price index against its base (销售价格环比指数为99.7（上月=100）,
# 同比指数, 1—10月平均指数, 定基指数)
_RATIO_NAME = re.compile(r"(?:收入比|性别比|之比|比值|倍差|倍率|系数|状况指数|质量指数|综合指数|污染指数|水质指数|"
                         r"价格指数|环比指数|同比指数|平均指数|定基指数|集中度指数(?:CR\d{1,2})?|发展指数|景气指数|"
                         r"pH值|pH年均值|pH均值|"
                         # a rate per thousand people said bare (千人口献血率为12.7: donations per 1,000 people)
                         r"(?:千人口|万台|万人|十万人)[\u4e00-\u9fff]{1,8}?率)"
                         r"(?:为|是|达到?|降至|降到|缩小至|缩小到|扩大至|扩大到|控制在|"
                         r"[由从](?:(?:19|20)\d{2}\s*年(?:年?[底末])?)?的?)?\s*$")
# a planning bound on a plot ratio (容积率不低于1.0且不高于2.5, 容积率不大于2.5: a land sale's or a plan's
# condition), each bound a figure
_BOUNDED_RATIO = re.compile(r"容积率(?:为|不低于|不小于|大于等于|不高于|不大于|不超过|小于等于|高于|低于|大于|小于)"
                            r"(?:\d+(?:\.\d+)?(?:且|、|，|,)(?:不高于|不大于|不超过|小于等于|低于|小于))?\s*$")
_ASIDE_BEFORE = re.compile(r"[（(][^（）()]{1,30}[）)](?=\s*(?:为|是)?\s*$)")
_RATIO_CHANGE = re.compile(r"(?:缩小|扩大|收窄|下降|降低|提高|上升)(?:了|到|至)?\s*$")


def _ratio(ns: str, a: int, b: int, value: float, tail: tuple[int, str, str, str], before: list[_Num]) -> _Num | None:
    """A ratio without a unit: a decimal after a ratio's name, or a change of the ratio named earlier in the
    sentence (…收入比为2.09，比上年同期缩小0.05); None for any other bare number."""
    if tail[2] or tail[3] or "." not in ns[a:b] or _NOT_AFTER_NUMBER.match(ns, b):
        return None
    head = _ASIDE_BEFORE.sub("", ns[max(0, a - 40):a])[-12:]  # (性别比（以女性为100）为102.73: the name before it)
    named = _RATIO_NAME.search(head) or _BOUNDED_RATIO.search(ns, max(0, a - 24), a)
    changed = _RATIO_CHANGE.search(head) and any(n.cls == "ratio" for n in before)
    if not named and not changed:
        return None
    start, qual = _pre_qualifier(ns, a)  # (容积率不低于1.0: the bound is the ratio's qualifier, as for a percent)
    end, post = _post_qualifier(ns, b, "")  # (收入比缩小到2.05以内, 死亡率控制在0.15以下: the bound after it too)
    return _Num(start=start, end=end, num_start=a, num_end=b, value=value, unit="", base="", normalized=value,
                cls="ratio", qualifier=qual, post=post)


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
        n.end, n.post = _post_qualifier(ns, m.end(), n.unit)  # 四分之一以上: the bound is the figure's
        out.append(n)
        taken.append((m.start(), m.end()))
    for a, b, tenths in chinese_tenths(ns) if "成" in ns else ():  # (占比超过四成: 4 成, 40%, as 偏多4成)
        n = _Num(start=a, end=b, num_start=a, num_end=b, value=tenths, unit="成", base="", normalized=tenths * 10,
                 cls="percent", chinese=True)
        (n.start, n.qualifier), (n.end, n.post) = _pre_qualifier(ns, a), _post_qualifier(ns, b, "成")
        out.append(n)
        taken.append((a, b))
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
            # (自收到本决定书之日起十五日内, 六个月内提起行政诉讼: a time limit in words, as 15日内)
            limit = unit and UNITS[unit].cls == "duration" and ns.startswith(_DAYS_WITHIN, tail[0])
            if (unit not in _CN_UNITS and not limit) or value < 2:
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

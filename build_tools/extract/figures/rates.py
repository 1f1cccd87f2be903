"""Standards stated per unit or as a share of a price in a document that lays down rules (issue 11).

A scheme of payments (a land-expropriation compensation plan, a relocation or assistance scheme) states what is paid
for every case it covers: 青苗补偿费按照每亩2200元, 果树每株180元, 住房补偿标准为每平方米1350元,
按照每人2.6万元的标准缴纳, 按照区片综合地价的50%予以补偿. Such a rate is a standing rule (status
``requirement``, no period of its own), not an amount paid in one period nor a goal.
"""

from __future__ import annotations

import re

from .quantities import _NORM_BOUNDS, _Num
from .text import _clause_end, _clause_start
from .units import FREQUENCY_PERIODS, FREQUENCY_UNITS

# 每亩, 每株, 每平方米, 每眼, 每穴, 每人, 每户每月 right before the amount
# (每年 is a yearly amount: _STANDING's own case)
_PER_UNIT_BEFORE = re.compile(r"每(?!年)[\u4e00-\u9fff]{1,3}?(?:每[月年日天])?\s*$")
# a word of payment or standard earlier in the sentence, or 的标准 right after the amount
_RATE_WORD = re.compile(r"补偿|补助|补贴|地价|标准|费|奖励|价格|单价|均价|价|资金|电价|水价|气价|资助")
_STANDARD_AFTER = re.compile(r"\s*的?(?:补偿|补助)?标准")
# N% of a price or of a standard that is paid (按照区片综合地价的50%予以补偿, 按标准的80%计发)
_SHARE_PAID_AFTER = re.compile(r"\s*(?:予以|给予)?(?:补偿|补助|计发|计算|收取|支付|发放)")
_SHARE_OF_BEFORE = re.compile(r"(?:按照|按)[^，,；;。\d]{1,16}的\s*$")


def stated_rate(s: str, num: _Num) -> bool:
    """True when ``num`` is a rate a scheme applies to every case: an amount per unit after a word of payment
    (果园补偿费每亩6800元; 砖木结构每平方米980元 after 房屋按照结构…补偿), or followed by 的标准
    (按照每人2.6万元的标准) or by what it pays (按照每户每月800元发放临时安置补助费), or a share of a price that is paid
    (按照区片综合地价的50%予以补偿)."""
    before = s[:num.start]
    if num.cls == "money" and _PER_UNIT_BEFORE.search(before):
        return bool(_RATE_WORD.search(before) or _STANDARD_AFTER.match(s, num.end)
                    or _RATE_WORD.search(s, num.end, _clause_end(s, num.end)))
    if num.cls == "percent" and _SHARE_OF_BEFORE.search(s, _clause_start(s, num.start), num.start):
        return bool(_SHARE_PAID_AFTER.match(s, num.end))
    return False


# the term a rule sets (试用期为12个月, 公示期为7个工作日, 过渡期不超过24个月, 期限为30天) and the age bounds of
# who may apply (年龄为18周岁以上、35周岁以下, 放宽到40周岁以下)
_TERM_BEFORE = re.compile(r"(?:期|期限|时限|年限)(?:一般|原则上)?(?:为|不超过|不得超过|不少于|不低于)?\s*$")
_AGE_BOUND_AFTER = re.compile(r"\s*(?:及|或)?(?:以上|以下|以内)")


def stated_term(s: str, num: _Num) -> bool:
    """True when ``num`` is a term or an age bound a normative document lays down for every case it covers: a
    duration right after the name of a period (试用期为12个月, 公示期为7个工作日), or an age in years bounded by
    以上/以下 in a sentence on age (年龄为18周岁以上、35周岁以下)."""
    if num.cls == "duration":
        return bool(_TERM_BEFORE.search(s, _clause_start(s, num.start), num.start))
    if num.base == "year" and num.unit in ("岁", "周岁"):
        bounded = num.post in ("以上", "以下", "以内") or bool(_AGE_BOUND_AFTER.match(s, num.end))
        return bounded and "年龄" in s[:num.start]
    return False


# the per-unit words that end a rate's name (青苗补偿费按照每亩, 过渡期间按照每户每月): they belong to its unit
# (a bound before the per-unit words is the figure's qualifier: 不低于每人每月1500元, quantities._far_qualifier; a
# time alone is a rate too: 最低工资标准不低于每月2000元, 元/月; 每服一年义务兵役每人每月: a rate per year of service,
# named in the unit as per person and month)
_BOUNDS = "|".join(sorted({*_NORM_BOUNDS, "最高", "最低"}, key=len, reverse=True))  # (quantities reads them as bounds)
_PER_TAIL = re.compile(r"(?:(?P<verb>按照|按|为|标准为|由|提高到|达到|增加到|调整为|维持|保持))?"
                       r"(?:原则上)?(?:" + _BOUNDS + ")?"
                       r"(?:每服一年义务兵役)?"
                       r"(?:(?:每(?P<first>月|年))?每(?P<per>亩|株|平方米|穴|眼|户|人|生|吨|头|公里|立方米|千瓦时|斤|公斤|千克)"
                       r"(?:每(?P<time>月|年|天|日|学期))?|每(?P<only>月))$")
_MONEY_UNITS = ("元", "万元", "亿元")


# the per-unit words opening a rate's name (每生每学期补助500元, 每户每月补贴800元): they belong to its unit as well
# (both a unit and a time: 每户补助3000元 alone stays as written, an amount paid per household)
_PER_HEAD = re.compile(r"^每(?P<per>户|人|生|亩)每(?P<time>月|年|天|日|学期)(?P<rest>[\u4e00-\u9fff]{2,8})$")


# an amount paid to each of a group (为每户困难群众发放慰问金500元, 给每名学生发放交通补助200元): the payment per unit
_EACH_PAID = re.compile(r"^(?:为|向|给|对)?每(?P<per>户|人|名|位)(?P<who>[^，,；;。\d]{0,10}?)"
                        r"(?:发放|补助|补贴|奖励|给予|资助)(?P<what>[\u4e00-\u9fff]{2,10})$")


def _rate_unit(unit: str, per: str, time: str | None = None) -> str:
    """The unit of a rate: 元 per 生 and 天 -> 元/生·日 (天 written 日, as NBS units), per 亩 alone -> 元/亩."""
    return f"{unit.strip()}/{per}" + (f"·{'日' if time == '天' else time}" if time else "")


# the weight a price is quoted per, carried into the name of its change (生猪出场均价为每公斤14.62元，比二季度上涨5.3%)
_PRICE_PER_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])为每(?P<w>公斤|千克|斤|吨)$")


def per_unit(metric: str, unit: str) -> tuple[str, str]:
    """青苗补偿费按照每亩 2200元 -> (青苗补偿费, 元/亩); 按照每户每月 800元 -> (…, 元/户·月): a rate's unit says what
    it is per, and its name keeps only what is paid. Anything else is returned as it is."""
    if (tail := _PRICE_PER_TAIL.search(metric)) and len(metric) - len(tail.group()) >= 2:
        # 生猪出场均价为每公斤 of 比二季度上涨5.3%: the price's change, its name; 豆粕为每公斤3.42元: 元/公斤
        return metric[:tail.start()], f"元/{tail.group('w')}" if unit.strip() == "元" else unit
    each = _EACH_PAID.match(metric)
    if each and unit.strip() in _MONEY_UNITS:  # 为每户困难群众发放慰问金 500元 -> (慰问金, 元/户)
        return each.group("what"), _rate_unit(unit, "人" if each.group("per") in "名位" else each.group("per"))
    head = _PER_HEAD.match(metric)
    if head and unit.strip() in _MONEY_UNITS and _RATE_WORD.search(head.group("rest")):
        return head.group("rest"), _rate_unit(unit, head.group("per"), head.group("time"))
    m = _PER_TAIL.search(metric)
    # (抗日战争时期入伍的提高到每人每年 under a standard's heading: an amount per person raised to is a standard too)
    raised = m.group("verb") in ("提高到", "增加到", "调整为") and m.group("per") in ("人", "户") if m else False
    if not m or unit.strip() not in _MONEY_UNITS or len(metric[:m.start()]) < 2 \
            or not (raised or _RATE_WORD.search(metric, 0, m.end())):  # (…保障标准为每人每月: 标准 names a rate)
        return metric, unit  # (县道每年每公里 names no payment: the rule of its sentence renders it whole)
    # (标准均提高到每人每月: the adverb of 均提高到 is no part of the name)
    name = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:均|都|分别|也)$", "", metric[:m.start()].rstrip("的，, "))
    if m.group("only"):
        return name, f"{unit.strip()}/{m.group('only')}"
    return name, _rate_unit(unit, m.group("per"), m.group("time") or m.group("first"))


# a rate said after the clause naming what is paid (发放国家助学金，每生每学期1250元; 享受营养膳食补助，每生每天5元;
# 落实耕地地力保护补贴，每亩补助110元): the rate is of that payment, not a bare "per student per day" or "subsidy"
_PER_ONLY = re.compile(r"^每(?P<per>户|人|生|亩|头)(?:每(?P<time>月|年|天|日|学期))?(?:补助|补贴|资助|奖励|发放)?$")
_GENERIC_RATE = ("补助", "补贴", "资助", "奖励", "发放", "补助标准", "补贴标准", "标准")
_PAID_BEFORE = re.compile(r"(?:发放|享受|落实|兑现|给予|领取|实施|安排)(?P<what>[\u4e00-\u9fff]{2,12}?)"
                          r"(?:资金|政策)?[，,]\s*$")


# a rate stated as the standard it applies (中晚稻最低收购价执行每斤1.27元的国家标准, 补助按照每人每月300元的省定标准):
# the name before 执行/按照 is the rate's, the standard after the number only says where it comes from
_BARE_STANDARD = re.compile(r"(?:国家|省定|省级|市定|国家规定)?标准")
_APPLIES = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,12}?)(?:执行|按照|按)\s*$")


def applied_standard(s: str, clause_start: int, start: int, metric: str, unit: str) -> tuple[str, str]:
    """国家标准 (1.27 元/斤) after 中晚稻最低收购价执行每斤 -> (中晚稻最低收购价, 元/斤); anything else as it is."""
    if not _BARE_STANDARD.fullmatch(metric):
        return metric, unit
    before = s[clause_start:start]
    per = re.search(r"每(?P<per>斤|公斤|千克|亩|吨|人|户)(?:每(?P<time>月|年|天|日))?\s*$", before)
    m = _APPLIES.search(before, 0, per.start() if per else len(before))
    if not m:
        return metric, unit
    if per and unit.strip() in _MONEY_UNITS and "/" not in unit:
        unit = _rate_unit(unit, per.group("per"), per.group("time"))
    return m.group("name"), unit


def paid_before(s: str, clause_start: int, metric: str, unit: str) -> tuple[str, str]:
    """每生每天 (5 元) after 享受营养膳食补助， -> (营养膳食补助, 元/生·日); 补助 (500 元/生·学期) after
    发放国家助学金， -> (国家助学金, 元/生·学期); anything else as it is."""
    bare = _PER_ONLY.match(metric)
    if not (bare and unit.strip() in _MONEY_UNITS) and not (metric in _GENERIC_RATE and "/" in unit):
        return metric, unit
    m = _PAID_BEFORE.search(s, 0, clause_start)
    if not m or _RATE_WORD.fullmatch(m.group("what")):
        return metric, unit
    if bare:
        unit = _rate_unit(unit, bare.group("per"), bare.group("time"))
    return m.group("what"), unit


# an amount paid per head at a standard, with what is paid named after the number (按每孩每年3600元的标准发放育儿补贴;
# 每孩每年再增发1200元地方补贴): the metric is the payment's standard (or the payment), the unit says what it is per
# what the amount is per, just before it (the head counted, then the time: 每孩每年, 每人每月, 每生每学期)
PER_BEFORE = re.compile(r"每(?P<per>孩|人|户|生|名|位|亩|头|只|辆|床|公里|处|村)"
                         r"(?:[\u4e00-\u9fff]{2,8}?(?=每))?"  # (每处集中供水工程每年: the thing the 处 counts)
                         r"(?:每(?P<time>年|月|天|日|学期))?"
                         r"(?:再|另|额外)?(?:增发|发放|补助|补贴|给予|奖励)?"
                         r"(?:不低于|不少于|不超过|不高于|最高|最低|至少)?\s*$")  # (每人每年不低于80元: a bound)
# …的标准发放X, …标准给予X: the standard of the payment X
_STANDARD_OF = re.compile(r"\s*的?标准(?:发放|给予|补助|补贴|予以|计发|核发|拨付|支付|核拨|安排|落实)"
                          r"(?P<what>[\u4e00-\u9fff][\u4e00-\u9fff、]{1,13}?)(?=[，,；;。]|$)")
# …元X after a verb of paying before the number (再增发1200元地方补贴)
_PAID = re.compile(r"\s*的?(?P<what>[\u4e00-\u9fff]{0,6}?(?:补贴|补助|奖励|慰问金|资助|津贴|抚恤金|生活费|奖补))"
                   r"(?=[，,；;。、]|$)")
_PAID_VERB = re.compile(r"(?:增发|发放|补助|补贴|给予|奖励)\s*$")


def paid_standard(s: str, clause_start: int, start: int, end: int, metric: str, unit: str) -> tuple[str, str]:
    """The payment's name and its rate's unit when the amount at ``s[start:end]`` is paid per head at a standard;
    ``(metric, unit)`` as they are otherwise."""
    base, _, over = unit.strip().partition("/")
    per = PER_BEFORE.search(s, clause_start, start) if base in _MONEY_UNITS else None
    head = ("人" if per.group("per") in "名位" else per.group("per")) if per else ""
    if not per or (over and over != head):  # (a rate's unit read already: only its time may be missing, 元/人·月)
        return metric, unit
    rate = _rate_unit(base, head, per.group("time"))
    if standard := _STANDARD_OF.match(s, end):
        what = standard.group("what")
        # (县道、乡道养护资金: one head shared; 耕地地力保护补贴、种粮补贴: two payments, the first)
        parts = what.split("、")
        return (what if len(parts[-1]) > len(parts[0]) else parts[0]) + "标准", rate
    if _PAID_VERB.search(per.group()) and (paid := _PAID.match(s, end)):
        return paid.group("what"), rate
    return metric, unit


# how often a thing is to be done or was done (二次供水设施清洗消毒每半年不少于1次, 各单位每年组织消防演练不少于2次):
# the frequency's period goes into the unit (次/半年, 次/年), the act stays the name
_FREQUENCY_PERIOD = {"季": "季度", "天": "日"}  # (the short names of units.FREQUENCY_PERIODS)
_PERIODS = "|".join(sorted({*FREQUENCY_PERIODS, *_FREQUENCY_PERIOD}, key=lambda p: (-len(p), p)))  # (季, 天 too)
_FREQUENCY = re.compile(rf"每(?P<per>{_PERIODS}|\d{{1,3}}(?:日|天))(?:开展|组织|进行|举行|举办)?$")
_FREQUENCY_LEAD = re.compile(rf"^(?:各[\u4e00-\u9fff]{{1,4}}?)?每(?P<per>{_PERIODS})"
                             r"(?=[\u4e00-\u9fff]{2})")


def frequency(metric: str, unit: str) -> tuple[str, str]:
    """二次供水设施清洗消毒每半年 1次 -> (二次供水设施清洗消毒, 次/半年); 各单位每年组织消防演练 2次 -> (组织消防演练,
    次/年); anything else as it is."""
    if unit.strip() not in FREQUENCY_UNITS:
        return metric, unit
    m = _FREQUENCY.search(metric)
    if m and m.start() >= 2:
        rest = metric[:m.start()].rstrip("的，, ")
    elif (m := _FREQUENCY_LEAD.match(metric)) and len(metric) - m.end() >= 2:
        rest = metric[m.end():]
    else:
        return metric, unit
    per = m.group("per").replace("天", "日") if m.group("per")[0].isdigit() else m.group("per")
    return rest, f"{unit.strip()}/{_FREQUENCY_PERIOD.get(per, per)}"  # (每15日: 次/15日)

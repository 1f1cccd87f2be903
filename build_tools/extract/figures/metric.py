"""Naming the metric of a quantity: the noun phrase before it (walking back over verbs, comparisons, time
phrases and subjects), the noun it counts, or the noun after 的."""

from __future__ import annotations

import re

from .context import _Ctx
from .counted_words import _DATED_MODIFIER, _DONE_TO, _FINDING_BEFORE, _GROUP_AFTER, _GROUP_BOUND_BEFORE
from .fines import fine_name
from .metric_checks import _chinese_not_quantity, _valid_duration, defining_threshold
from .metric_cues import (
    _AGE_BAND_OF,
    _AGE_STATISTIC,
    _BASKET_PRICE,
    _BETWEEN_AFTER,
    _CAP_BEFORE,
    _CAPPED,
    _COUNTED_OVER,
    _DEFINED,
    _DONE_AFTER,
    _EITHER,
    _ELIDED_AFTER,
    _ELIDED_BEFORE,
    _FRAMING,
    _GRANT_AFTER,
    _GROUP_BEFORE,
    _GROUP_OPENS,
    _HOUSEHOLD_SIZE_AFTER,
    _LAW_SIZE,
    _MEETING_AFTER,
    _MEETINGS_HELD,
    _NORM_AFTER,
    _OF_SET,
    _ON_THE_BASIS,
    _PART_OF_GROUP,
    _PENALTY,
    _PER_APPLICANT,
    _PER_SCOPE,
    _PER_UNIT_ONLY,
    _PREDICATE,
    _PRICED_BEFORE,
    _QUOTES,
    _RATE_PER,
    _SET_BEFORE,
    _SET_BY,
    _SET_OF_RATE,
    _SHARE_DOING,
    _SHARE_WITHIN,
    _SHORT_OF_NORM,
    _STATISTIC_AFTER,
    _TASK_OF,
    _TIER_AFTER,
    _TOTALLING,
    _UNIT_ALTERNATIVES,
    _share_doing,
)
from .metric_strip import _strip, _tail_verbs
from .noun_phrase import _THRESHOLD_PREFIX, _noun_after, _np_after_de
from .quantities import _CN_RUN, PAID_OVER, _Num, _skip_space
from .text import _clause_end, _clause_start, _clean_ws, _outside
from .vocab import (
    _CJK,
    _CLAUSE_BREAKS,
    _GENERIC_METRICS,
    _GOAL_SET_BY,
    _GOAL_VERB,
    _MOD_KEYS,
    _NAMED_GOAL,
    _PLAN_SET_VALUE,
    _SLOGAN_HEADS,
    _STOP_WORDS,
    _SUBJECTS,
    _TIME_WORDS,
    _WEAK_VERBS,
    _tag,
)

# adverbs that open a predicate after a counted noun (not 特新 of 专精特新, which jieba also tags as an adverb)
_REACH_VERBS = ("惠及", "覆盖", "涉及", "辐射")
# the state of what a count counts, before it (有216名已死亡人员, 8个已建成的产业项目, 3个尚未开工的项目)
_DONE_MODIFIER = re.compile(r"\s*(?:已经|已|尚未|未)(?:[\u4e00-\u9fff]{1,4}?的)?")


_CHANGE_THEN_NUM = re.compile(r"(?:增长|增加|提高|上升|上涨|下跌|下降|减少|降低|回落|下滑)\s*\d")


def _follower(s: str, num: _Num) -> str:
    """What follows a quantity: end | de | conj-num | conj | cjk."""
    p = _skip_space(s, num.end)
    if p >= len(s) or s[p] in _CLAUSE_BREAKS or s[p] in "）)”、":
        return "end"
    ch = s[p]
    if ch == "的":
        return "de"
    if ch == "等" and (p + 1 >= len(s) or s[p + 1] in _CLAUSE_BREAKS):
        return "end"  # …，新建社区食堂30个等。: 等 closes the list, it is not what is counted
    if ch in "和及与或":
        q = _skip_space(s, p + 1)
        if q < len(s) and (s[q].isdigit() or _CN_RUN.match(s, q) or s.startswith(("近", "约"), q)
                           or _CHANGE_THEN_NUM.match(s, q)):
            return "conj-num"  # (分别增长4.2%和下降6.5%: the second value with its own verb)
        return "conj"
    if s[p].isdigit():
        return "num"
    if _CJK.match(ch) or ch in "“\"":
        return "cjk"
    return "end"


# the capacity naming a company's project at the head of its clause (青岩铝业有限公司年产20万吨铝板带项目建成投产):
# a figure of the project (subject.py names the project); in a list of names (华润100万千瓦风电、…等) it is not
_CAPACITY_OF_PROJECT = re.compile(r"(?:^|[，,；;：:])\s*[\u4e00-\u9fff]{2,16}(?:公司|集团|厂)\s*(?:年产|年处理|年加工)?"
                                  r"\s*$")
_PROJECT_AFTER = re.compile(r"[\u4e00-\u9fff]{1,16}?(?:项目|工程)(?![、等])")
# (宏远新材料年产20万吨锂电池负极材料项目一期9月建成投产: the owner named without 公司, the project built or started)
_OWNER_CAPACITY = re.compile(r"(?:^|[，,；;：:])\s*(?!新建|建设|实施|推进|开工|引进|签约|投资|加快|推动)"
                             r"[\u4e00-\u9fff]{2,10}(?:年产|年处理|年加工)\s*$")
_BUILT_PROJECT_AFTER = re.compile(r"[\u4e00-\u9fff]{1,16}?(?:项目|工程)(?=[一二三]期|建成|投产|开工|竣工|正式|顺利|已)")


def _is_embedded(l_raw: str, strict: bool = False) -> bool:
    """The number is part of a name (中电科53所, 华润100万千瓦风电, 川州500千伏输变电工程): the word before it is
    a noun or a name. Counted things may follow a place (朝阳市49家扶贫工厂); capacities may not (strict)."""
    text = _clean_ws(l_raw).rstrip("“\"")
    if not text or not _CJK.match(text[-1]) or re.search(r"[每单][\u4e00-\u9fff]{1,2}$", text):
        return False  # (给予每辆最高1.5万元补贴: the unit an amount is per, no name)
    if text.endswith(("之日起", "日起")):
        return False  # (竞得人应在成交之日起10个工作日内签订合同: a time limit counted from a day, no name)
    tags = _tag(text)
    if not tags:
        return False
    w, p = tags[-1]
    if w in _SUBJECTS or w.startswith("全"):
        return False
    if not strict and re.search(r"(?:全|各)[省市县区州旗镇乡](?:两级|各级)?" + re.escape(w) + "$", text):
        return False  # 全市法院3个集体, 全县医院12名个人: the region's institutions as a whole count, no name
    if not strict and (p == "ns" or re.search(r"[市县区镇乡村省]$", w)):
        return False
    return p.startswith(("n", "j", "l", "i", "eng")) and p not in ("nrt",) or p in ("nz", "nt", "nr")


# a list closed by 等 or by a quoted collective noun (汽车、电池和光伏“新三样”产品出口: the collective names the items)
_ENUM_ETC = re.compile(r"、[^、]*(?:等(?![级于同待])|[和及与][^、“”，,]{1,12}?(?=“[^”]{1,8}”))")
_EACH = re.compile(r"均|都|分别")
# names listed before a count of their class (县城投集团、县交投集团、县文旅集团3家一级企业)
_LIST_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,14}、[\u4e00-\u9fff]{2,14}$")
_CLASS_COUNTED = re.compile(r"\s*[\u4e00-\u9fff]{0,4}?(?:企业|公司|集团|单位|平台|机构)")
_FROM_NEAR_END = re.compile(r"(?:从|(?<![理自缘事])由)(?![业事于])(?=[^0-9０-９]{0,6}$)")
# (not 从业人员: a word of its own; nor 无理由退货, 自由贸易: 理由, 自由 are words)
# one measure as a percentage of another (中位数是平均数的85.5%, 农村居民收入是城镇居民的48.7%)
_IS_PART_OF = re.compile(r"(?:^|[，,])(?P<part>[\u4e00-\u9fff]{2,16}?)是(?P<whole>[\u4e00-\u9fff]{2,12}?)的\s*$")
_EQUAL_TO = re.compile(r"相当于\s*([^，,；;。\d]{2,20}?)\s*的?\s*$")
# the goal of the province or the country a city's goal is matched with (与全省5%左右的目标相衔接; subject.py)
_SCOPE_GOAL = re.compile(r"(?:与|同|和)(?:全省|全国)")
_SET_BY_ONLY = re.compile(r"^(?:与|和|同|较|比|对照)|(?:确定|下达|制定|设定|提出|明确|定下)的?$")
# a share bounded by a norm (配套资金原则上不低于省级奖补资金的50%): the part before the bound, the whole after it
_BOUND_OF = re.compile(r"^([^，,；;。\d]{2,20}?)(?:不低于|不少于|不超过|不高于|不得低于|不得超过|不得高于|不得少于)"
                       r"\s*([^，,；;。\d]{2,16}?)的\s*$")
# the plan or budget a figure is the completed share of (为调整预算的101.3%, 完成全年目标任务的27.2%, 占年度计划的27.4%)
_PLAN_WHOLE_OF = re.compile(r"(?:^|[，,；;\s])(?:累计|已|共)?(?:为|完成|占|达到|相当于)\s*"
                            r"(调整预算|年初预算|年度预算|预算|全年计划|年度计划|全年目标任务|年度目标任务|目标任务|全年目标|年度目标|全年任务|年度任务)"
                            r"\s*的\s*$")
_PLAN_WHOLES = {"全年计划": "年度计划", "年度目标任务": "全年目标任务", "目标任务": "全年目标任务",
                "全年目标": "全年目标任务", "年度目标": "全年目标任务", "全年任务": "全年目标任务",
                "年度任务": "全年目标任务"}
_SHARE_OF = re.compile(r"占(全省|全国|全市|全县|全区|总量|总数|总额)?(?:的)?(?:比重|比例)?\s*$")


def _shared_object(items: list[str]) -> bool:
    """购买、建造、翻建、大修自住住房: bare two-character verbs before the last item, which has the object they share
    (not clauses with their own objects, 粮食颗粒归仓、产量突破60亿斤)."""
    items = [_clean_ws(x).lstrip("（(“") for x in items]  # (the list may open an aside: …（购买、建造…）)
    items[0] = _TIME_WORDS.sub("", items[0], count=1) if _TIME_WORDS.match(items[0]) else items[0]  # (全年扩建、…)
    return len(items) >= 2 and all(len(x) == 2 for x in items[:-1]) and all(
        (t := _tag(x)) and len(t) == 1 and t[0][1].startswith("v") for x in items[:-1]) and bool(
        (last := _tag(_clean_ws(items[-1]))) and len(last[0][0]) == 2 and len(last) > 1)  # (大修 is no name)


# a bracketed note of who or what a name covers (（含…、…）, （包括…，…）, （…，下同）)
# (one with a list or a comma inside, which cut the clause: an aside without one qualifies the name and stays in it,
# 在校生（含在园幼儿）; so does 5万元（含）)
_COVERAGE_NOTE = re.compile(r"（(?:含|包括|不含|包含)[^（）]*[，,、][^（）]*）|（[^（）]*[，,、]\s*下同）")


def _metric_l(s: str, num: _Num, lstart: int, removals: list[tuple[int, int]], regions: tuple[str, ...]) -> str:
    raw = _outside(s, lstart, num.start, removals)
    if "（" in raw:  # 残疾军人（含伤残人民警察、…，下同）残疾抚恤金标准: who the name covers, no part of it
        raw = _COVERAGE_NOTE.sub("", raw)
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
                _verbal(w, p) for x in items[:-1] for w, p in _tag(_clean_ws(x))) and not (
                _shared_object(items)):
            raw = _shared_verb(items) or items[-1]
    frame = next((m for m in _ON_THE_BASIS.finditer(s, 0, num.start) if m.start() < lstart < m.end()), None) \
        if "基础上" in raw else None
    if frame and frame.end() <= num.start:  # (the figure before it, 8类, stood inside the frame)
        cstart = max((s.rfind(c, 0, frame.start()) for c in "，,；;。：:"), default=-1) + 1
        raw = _outside(s, cstart, frame.start(), removals) + _outside(s, frame.end(), num.start, removals)
    basis = _ON_THE_BASIS.search(raw)
    if basis and basis.start() >= 2:  # 补贴产品范围在2024年8类家电的基础上扩大到12类: the base is no part of the metric
        raw = raw[: basis.start()] + raw[basis.end():]
    cut = _FROM_NEAR_END.search(raw)
    if cut and cut.start() >= 2:  # 起征点从月销售额3万元提高到…, 最低标准从每月70元…: the metric is before 从
        raw = raw[: cut.start()]
    equal = _EQUAL_TO.search(raw)
    if equal and num.cls in ("percent", "fraction", "permille"):
        return "占" + _strip(equal.group(1), regions) + "比重"  # 相当于地区生产总值的2.21%: a share of that whole
    part_of = _IS_PART_OF.search(raw)
    if part_of and num.cls == "percent":  # 中位数是平均数的85.5%: one measure as a percentage of another
        return f"{_strip(part_of.group('part'), regions)}占{_strip(part_of.group('whole'), regions)}比重"
    bound = _BOUND_OF.match(raw)
    if bound and num.cls in ("percent", "permille") and "按" not in bound.group(1):  # (按照不超过…的30%给予补助)
        part = re.sub(r"(?:比例|比重|占比)$", "", _strip(bound.group(1), regions))
        return f"{part}占{_strip(bound.group(2), regions)}比例"  # 居民出资比例不低于改造总投资的5%
    plan = _PLAN_WHOLE_OF.search(raw)
    if plan and num.cls == "percent":  # 为调整预算的101.3%, 完成全年目标任务的27.2%: the part done of a plan
        return "完成" + _PLAN_WHOLES.get(plan.group(1), plan.group(1)) + "比例"  # (lists._inherit names the part)
    share = _SHARE_OF.search(raw)
    if share and num.cls in ("percent", "fraction", "permille"):
        raw = raw[: share.start()]
        if share.group(1) and not num.comparison:
            num.comparison = "占" + share.group(1)
    name = _AREA_AFTER_STANDARD.sub(r"\2\1", _TOTALLING.sub("", _strip(raw, regions)))
    return _GRANTED_TO.sub(r"\g<who>\g<what>", name)


# a standard named before the area it applies to (烈士遗属定期抚恤金标准城镇由…): the area's standard, the area first
# (城镇烈士遗属定期抚恤金标准), as its sibling after it reads (农村由…: 农村烈士遗属定期抚恤金标准)
_AREA_AFTER_STANDARD = re.compile(r"^(.{2,}标准)(城市|城镇|农村|乡村)$")
# who a standard is granted to (我省对在乡一至四级残疾军人发放的护理补贴标准): the standard of those people
_GRANTED_TO = re.compile(r"^(?:[我本][省市县区])?对(?P<who>[^，,；;。]{2,20}?)(?:发放|给予)的"
                         r"(?P<what>.{2,12}(?:标准|补贴|补助))$")


def _shared_verb(items: list[str]) -> str:
    """发放汽车、家电、数码产品以旧换新补贴: one verb before the first item governs nouns listed up to the head the last
    item carries (the subsidies of the three); the list without the verb, "" when another item has a verb of its own
    or the first item does not end with a noun after its verb."""
    first = _tag(_clean_ws(items[0]))
    verbs = [k for k, (w, p) in enumerate(first) if _verbal(w, p)]
    last = _tag(_clean_ws(items[-1]))
    if len(verbs) != 1 or verbs[0] == len(first) - 1 or not all(
            p.startswith("n") or w in _COUNTED_ACTS for w, p in first[verbs[0] + 1:]) or any(
            _verbal(w, p) for x in items[1:-1] for w, p in _tag(_clean_ws(x))) or (
            not last or _verbal(*last[0])):
        return ""  # (新建道路、改造管网12公里: the last item has a verb of its own)
    return "、".join(["".join(w for w, _ in first[verbs[0] + 1:]), *items[1:]])


# acts counted as things (消费者投诉、举报和咨询8.62万件, 群众信访): nouns here, though the tagger reads verbs
_COUNTED_ACTS = frozenset({"投诉", "举报", "咨询", "信访", "求助", "来访", "来信"})


def _verbal(word: str, pos: str) -> bool:
    """A verb of its own (not a verbal noun, nor an act counted as a thing: 投诉, 举报)."""
    return pos.startswith("v") and pos != "vn" and word not in _COUNTED_ACTS


# a rule's condition (遇连续5日平均气温低于5℃的，…): the bound it starts on
_CONDITION_BEFORE = re.compile(r"(?:^|[，,；;])[^，,；;。]{0,12}?(?:如遇|遇有|遇到|遇|凡)[^，,；;。]{0,24}"
                               r"(?:低于|高于|超过|不足|达到|大于|小于)\s*$")
_CONDITION_AFTER = re.compile(r"\s*(?:以上|以下)?(?:的|时)\s*[，,]")
# those a payment or service reached, counted by their measure word alone (…补贴1.26亿元，惠及3900辆; 惠及1.2万户)
_REACHED_NOUNS = {"辆": "车辆", "户": "家庭", "家": "企业", "人": "人口", "名": "人口"}


def _name_metric(s: str, num: _Num, lstart: int, removals: list[tuple[int, int]], ctx: _Ctx) -> int:
    """Set ``num.metric`` (or mark the quantity as not a figure); returns where the figure's text ends."""
    l_raw = s[lstart:num.start]
    limit = num.cls == "duration" and num.post in ("以内", "之内")  # (之日起十五日内: a time limit in words)
    if num.cls == "count" and (cap := _CAP_BEFORE.search(l_raw)) and (what := _CAPPED.match(s, num.end)):
        num.pattern, num.metric = "L", cap.group("cap") + what.group("what")  # 每户限养2只犬: 每户限养犬, a cap
        return num.end
    if fine := fine_name(s, num.start, num.end, num.unit):
        num.pattern, num.metric = "L", fine  # 处二百元以上五百元以下罚款, 对养犬人处200元罚款 (.fines)
        return num.end
    if num.chinese and not num.qualifier and not limit and _chinese_not_quantity(l_raw, s[num.end:num.end + 1]):
        num.role = "skip"
        return num.end
    if _SHORT_OF_NORM.search(l_raw) and _NORM_AFTER.match(s, num.end):
        num.role = "skip"  # 12%的村级河长巡河次数未达到每月1次的要求: the norm's frequency
    if num.cls in ("measure", "duration") and _CONDITION_BEFORE.search(s[:num.start]) \
            and _CONDITION_AFTER.match(s, num.end):
        num.role = "name"  # 遇连续5日平均气温低于5℃的，…提前供暖: the condition a rule starts on, no figure
        return num.end
    if num.cls in ("measure", "duration") and _GROUP_BOUND_BEFORE.search(l_raw) and _GROUP_AFTER.match(s, num.end):
        num.role = "name"  # 通勤距离小于5公里的人口比例: the bound defines the group the share is of, no figure
        return num.end
    if num.cls == "duration" and _STATISTIC_AFTER.match(s, num.end) and l_raw and _CJK.match(l_raw[-1]):
        num.role = "name"  # 臭氧日最大8小时平均第90百分位数浓度: part of the statistic's name, which stays whole
        return num.end
    if num.base == "year" and not _AGE_STATISTIC.search(s, 0, num.start) and num.unit != "年一遇" and not (
            num.unit == "年" and (PAID_OVER.search(s, max(0, num.start - 8), num.start) or num.post in ("以内", "之内")
                                 or s.startswith("内", num.end))):
        # (分5年发放: a grant's term; 余款在1年内缴清: a time limit in years)
        num.role = "skip"  # 60岁及以上人口, 0-3岁婴幼儿, 年满60岁: an age limit; 人均预期寿命80.12岁 is a figure
        if _AGE_BAND_OF.match(s, num.end):
            num.role = "name"  # 0—14岁人口为618502人: the band names the population counted after it
        return num.end
    if _PER_APPLICANT.search(l_raw):
        num.role = "skip"  # 每人限报1个岗位, 限选2门: what one applicant may apply for, a rule of the procedure
        return num.end
    if num.cls == "percent" and _COUNTED_OVER.search(s, _clause_start(s, num.start), num.num_start):
        num.role = "skip"  # 其中2户企业资产负债率超过75%: the bound that sorts what is counted, not a figure
        return num.end
    if num.cls == "measure" and s.startswith(("装", "/瓶", "/袋", "/桶", "/盒", "/包"), num.end):
        num.role = "skip"  # 5升装一级大豆油, 规格：200克/瓶: the size of a package, part of the goods' name
        if s.startswith("装", num.end):
            removals.append((num.start, num.end + 1))  # (and no part of the price's name: 一级大豆油零售价格)
        return num.end
    if num.unit in ("种", "个", "类") and _BASKET_PRICE.match(s, num.end):
        num.role = "skip"  # 28种蔬菜平均零售价格为3.72元/斤: the goods the average is of, part of its name
        return num.end
    if num.unit in ("个", "座", "处") and _SET_OF_RATE.match(s, num.end):
        num.role = "skip"  # 全市12个地表水国控断面水质优良比例达到83.3%: the sections the share is of, not a figure
        removals.append((num.start, num.end))  # (and the share's name is the sections', without their count)
        return num.end
    if num.chinese and num.cls == "count" and s.startswith(("合计", "累计", "共计"), num.end):
        num.role = "skip"  # 两项合计提高总额不超过20%: the items summed, no count of anything
        return num.end
    tier = _TIER_AFTER.match(s, num.end)
    if tier and re.search(r"\d", s[tier.end():_clause_end(s, tier.end())]):
        # (第二阶梯为超出第一阶梯至300立方米（含）的部分: the bound that defines a tier, nothing paid after it, is the
        # tier's own figure)
        num.role = "name"  # 1.5万元至5万元（含）的部分报销60%: the bounds of a tier name the rate paid within it
        return num.end
    if num.unit in ("人", "口", "口人") and _HOUSEHOLD_SIZE_AFTER.match(s, num.end):
        num.role = "name"  # 户籍人口5人（含）以上的家庭，每增加1人…: the households the rule is for, no figure
        return num.end
    if _DEFINED.search(s, 0, num.start):
        num.role = "skip"  # 非全日制用工是指…每日工作时间不超过4小时…的用工形式: a definition quoted, no figure
        return num.end
    if num.unit in ("章", "节", "条", "款") and any(m.start() <= num.start < m.end() for m in _LAW_SIZE.finditer(s)):
        num.role = "skip"  # 《…条例》共6章52条: the size of a law in chapters and articles, no figure
        return num.end
    if _ELIDED_BEFORE.search(s, 0, num.start) and _ELIDED_AFTER.match(s, num.end):
        num.role = "skip"  # （其余13个单位略）: the rest of a list left out, no figure
        return num.end
    if num.unit == "倍" and _PENALTY.search(s, num.end, _clause_end(s, num.end)):
        num.role = "skip"  # 按所欠工资的1至5倍支付赔偿金: the range of a sanction, no figure
        return num.end
    if s[num.start - 1:num.start] in ("×", "＊", "*") or s.startswith(("×", "＊"), num.end) or s.endswith(
            ("乘以", "除以", "乘"), 0, num.start):  # (利润总额除以营业收入再乘以100%: a formula's factor)
        num.role = "skip"  # 总成绩=笔试成绩×60%+面试成绩×40%: a weight of a formula, no figure
        return num.end
    if defining_threshold(s, num):
        num.role = "name"  # 高温日数（日最高气温≥35℃）平均为38天: the threshold defines the measure
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
    if num.pattern in ("L", "R", "mod") and _PLAN_SET_VALUE.search(s, _clause_start(s, num.start), num.num_start):
        # 保持在《规划》要求的45%左右, 距《规划》提出的30%以上的目标: the plan's value of the sentence's indicator
        num.goal, num.pattern, num.metric = True, "L", ""
        return num.end
    if num.pattern in ("L", "R", "mod") and _NAMED_GOAL.match(s, num.end) and _SCOPE_GOAL.fullmatch(lm):
        num.goal, num.pattern, num.metric = True, "L", ""  # 与全省5%左右的目标相衔接: the sentence's indicator
        return num.end
    if num.pattern in ("L", "R", "mod") and _NAMED_GOAL.match(s, num.end):
        verb = next((v for v in _GOAL_VERB.finditer(num.l_clean) if _GOAL_SET_BY.fullmatch(num.l_clean, v.end())),
                    None)
        if verb:  # 增速低于年初确定的6.5%的预期目标: the goal of the indicator named before the verb (or before it)
            num.goal, num.pattern = True, "L"  # (完成《纲要》确定的8件目标: 件 counts what the indicator counts)
            num.metric = _strip(num.l_clean[:verb.start()], ctx.regions)
            if _SET_BY_ONLY.search(num.metric):
                num.metric = ""  # 与《纲要》确定的2025年达到63%的目标: who set it; the indicator is the sentence's
            return num.end
    if num.pattern == "L" and not lm and num.cls == "percent" and (
            within := _SHARE_WITHIN.match(s, num.end, _clause_end(s, num.end))):
        # 全市约86.5%的居民用户年用水量在第一阶梯以内: the share of the things counted whose measure lies in a range
        num.metric = f"{within.group('what')}在{within.group('range')}的{within.group('noun')}比例"
        return num.end
    if num.pattern == "L" and num.cls == "percent" and lm and s[lstart:num.start].rstrip().endswith("占") and (
            opened := _GROUP_OPENS.match(s)) and opened.group(1) not in lm:
        # 在全部农民工中，未上过学的占0.8%，小学文化程度占13.5%: each part's share of the group the sentence opens with
        num.metric = f"{lm.removesuffix('的')}占{opened.group(1)}比重"
        return num.end
    if num.pattern == "L" and num.cls == "percent" and s[lstart:num.start].rstrip().endswith("占") and (
            inner := _PART_OF_GROUP.fullmatch(lm)):
        # 乡村医生中60岁以上的占31%, 全县企业中小微企业占92%: the group named inside the clause, the part after 中
        num.metric = f"{inner.group('part')}占{inner.group('whole')}比重"
        return num.end
    if num.pattern == "R" and lm and _BETWEEN_AFTER.match(s, num.end):
        name = re.sub(r"^(?:下一?周|本周|下月|本月)|(?:在|于)?(?:每[\u4e00-\u9fff])?$", "", lm)
        num.pattern, num.metric = "L", name or lm
        return num.end  # 精瘦肉价格在每斤13.50—13.80元之间波动: the price named before the range, not 之间波动
    if num.pattern in ("L", "R") and (per := _RATE_PER.search(lm)) and (grant := _GRANT_AFTER.match(s, num.end)):
        num.pattern, num.metric = "L", lm[:per.start()].removeprefix("对") + grant.group("grant") + "标准"
        return num.end  # 新增普惠性托位一次性建设补助标准 (not …按每个)
    if num.pattern == "L" and _PER_UNIT_ONLY.fullmatch(lm) and (
            priced := _PRICED_BEFORE.search(s, 0, _clause_start(s, num.start))):
        num.metric = priced.group("name")  # 大白菜、白萝卜价格较低，每斤0.80—1.20元: the price the clause before names
        return num.end
    if num.pattern in ("L", "mod") and num.cls == "percent" and not lm and s.startswith("的", num.end) and (
            share := _SHARE_DOING.match(s[num.end:_clause_end(s, num.end)])):
        num.metric = _share_doing(share)  # 全县仅有38%的重点河段实现视频监控覆盖: named by both
        return num.end
    if num.pattern == "L":
        # (…管网改造，惠及4625万平方米: a verb of reach before an area names the area reached, 惠及面积)
        num.metric = lm + ("面积" if lm in _REACH_VERBS and num.base in ("m2", "km2", "mu", "ha") else
                           _REACHED_NOUNS.get(num.unit.lstrip("万千亿"), "") if lm in ("惠及", "受益") else "")
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
    done = _DONE_AFTER.match(s, num.end) if num.cls == "count" else None
    among = _SET_BEFORE.search(s, max(0, num.start - 30), num.start) if done else None
    if done and among:  # 规划确定的主要指标中，预计25项完成或超额完成: the indicators met, among those the plan set
        num.pattern, num.metric = "L", f"{done.group('done')}的{_SET_BY.sub('', among.group('set'))}"
        return num.end
    if num.unit == "次" and not (_MEETINGS_HELD.search(s, max(0, num.start - 6), num.start)
                                 and _MEETING_AFTER.match(s, num.end)):
        num.role = "skip"  # 先后7次参加: a frequency, not a count of things (召开2次会议: the meetings held are)
        return num.end
    group = _GROUP_BEFORE.search(s, max(0, _clause_start(s, num.start) - 30), num.start) \
        if num.cls == "percent" and _clause_start(s, num.start) == num.start else None
    if group and (what := _PREDICATE.match(after)):
        # 在进城农民工中，38.5%认为自己是所居住城市的“本地人”: the share of the group named before that does what
        # follows
        num.metric = _QUOTES.sub("", what.group()) + f"的{group.group(1)}比例"
        return num.end
    share_done = _SHARE_DOING.match(after) if num.cls == "percent" else None
    if share_done:  # 80%以上钢铁产能完成超低排放改造
        num.metric = _share_doing(share_done)
        return num.end
    dated = _DATED_MODIFIER.match(after)  # (仍有60个2000年底前建成的老旧小区未完成改造: the estates counted)
    noun, pred, used = _noun_after(after[dated.end():] if dated else after)
    used += dated.end() if dated and used else 0
    unit_alt = _UNIT_ALTERNATIVES.match(after)
    if unit_alt and (not noun or len(noun) <= 1):  # 2个县（区）孕产妇死亡率…: the administrative units, alternatives
        noun, pred, used = unit_alt.group(1), "", unit_alt.end()
        if what := _PREDICATE.match(after, used):  # …县（区）孕产妇死亡率高于全市平均水平: the units where that holds
            num.metric = f"{what.group()}的{noun}"
            return num.end
    if not noun and not pred and num.unit and (
            of_set := _OF_SET.search(s, max(0, _clause_start(s, num.start) - 30), num.start)) and (
            of_set.group(1) == num.unit):
        # 纳入监测的63项指标中，已有47项达到…目标值: the things of the set just named, those that did what follows
        noun, used = of_set.group(2), 0
        pred = _PREDICATE.match(after).group().replace("《", "").replace("》", "") if _PREDICATE.match(after) else ""
        num.metric = f"{pred}的{noun}" if pred else noun  # (达到或提前实现规划目标值的指标)
        return num.end
    if noun and num.unit and (of_set := _OF_SET.search(s, max(0, _clause_start(s, num.start) - 30), num.start)) and (
            of_set.group(1) == num.unit) and (member := next((k for k in range(len(noun), 1, -1)
                                                             if noun[:k] in of_set.group(2)), 0)):
        what = noun[member:] + pred + after[used:].strip()
        if what and not re.search(r"[\d，,；;。]", what):
            # 在全市32个工业行业大类中，有19个行业利润总额同比增长: the members of the set just named that did it
            num.metric = f"{what}的{noun[:member]}"  # (利润总额同比增长的行业)
            return num.end
    done = _DONE_MODIFIER.match(after) if not noun and not pred and num.cls in ("count", "bare") else None
    if done and done.end() < len(after):  # 有216名已死亡人员, 8个已建成的产业项目: what is counted after its state
        noun, pred, used = _noun_after(after[done.end():])
        used += done.end() if noun else 0
    if pred and "被" in after[:used] and after[:used].rstrip().endswith(pred):
        num.passive = pred  # (the items of a list before it share it: _shared_passive)
    task = _TASK_OF.match(after, used) if noun and not pred else None
    if task:  # 完成首批40个社区的改造任务: the communities renovated (改造社区), the task's verb before them
        noun, used = task.group(1) + noun, task.end()
    either = _EITHER.match(after)
    if either and noun and either.group(1).startswith(noun):  # 1名专职或兼职护路员: both kinds of one thing
        noun, pred, used = either.group(1), "", either.end()
    if not noun and not pred:  # 50万平方米拆违建绿: a short phrase jieba cannot tag as a noun
        m = re.match(r"\s*([\u4e00-\u9fff]{2,6})(?=$|[、，,；;。]|等)", after)
        if m and not any(w in _STOP_WORDS or p.startswith(("d", "p", "c", "u")) for w, p in _tag(m.group(1))):
            noun, used = m.group(1), m.end()
    if num.cls not in ("count", "bare"):
        first = _tag(after[:8])
        first_pos = first[0][1] if first else ""
        # (安排5000亩新增建设用地指标: 新增 opens the noun phrase measured, no predicate)
        added = num.cls == "measure" and noun.startswith(("新增", "新建")) and len(noun) >= 5 and not pred
        if ((first_pos.startswith(("v", "d")) and first_pos != "vn") or len(noun) < 2) and not added:
            # (对外出借资金1.35亿元未履行决策程序: an adverb after the amount begins the predicate)
            # 100%达标, 1.662亿元用于产业扶贫: the metric is on the left (a short verb completes a rate)
            verb = pred or (noun if first_pos.startswith("v") and len(noun) <= 4 else "")
            num.pattern = "L"
            rate = re.search(r"率|比例|比重|占比|水平|份额", lm)
            num.metric = lm + (verb if lm and num.cls == "percent" and not rate else "") if lm else verb
            return num.end
    if (_CAPACITY_OF_PROJECT.search(l_raw) and _PROJECT_AFTER.match(after)) or (
            _OWNER_CAPACITY.search(l_raw) and _BUILT_PROJECT_AFTER.match(after)):
        num.metric = "年产能" if l_raw.rstrip().endswith("年产") else "产能"  # …有限公司年产20万吨铝板带项目建成投产
        num.in_name = True
        return num.end
    if not limit and _is_embedded(l_raw, strict=num.cls not in ("count", "bare")) and not (
            _LIST_BEFORE.search(l_raw) and _CLASS_COUNTED.match(after)):
        # (整合组建县城投集团、县交投集团、县文旅集团3家一级企业: the count of the names listed, of their class)
        num.role = "skip"
        return num.end
    if num.cls == "bare":
        num.base = ("household" if noun.endswith("户") else
                    "person" if re.search(r"人口|人$|人民|农民|群众|居民|职工|学生|游客|劳动力", noun) else "")
        if num.base:
            num.cls = "count"
    if noun and noun in _GENERIC_METRICS and num.cls not in ("count", "bare"):
        num.role, num.metric = "generic", noun  # 谋划明年2万亩任务: named by an earlier figure (lists._inherit)
        return num.end + used
    if noun == "问题" and num.cls == "count" and (found := _FINDING_BEFORE.search(l_raw)):
        num.metric = found.group(1) + noun  # 针对巡察指出的41个问题, 其余29个问题正在整改中: the problems of a finding
        return num.end + used
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
    per = _PER_SCOPE.match(_clean_ws(num.l_clean))
    scope = per.group(1) if per and not noun.startswith(per.group(1)) else ""  # 每个行政村至少配备1名…
    num.metric = scope + verb + noun + (pred if pred and not noun.endswith(pred) else "")
    paid = _PAID_TO.match(after, used) if _FOR_WHOM.search(l_raw) else None
    if paid and not pred:  # 为1036名失业人员发放失业保险金1126万元: the people paid, named with what they received
        num.metric += f"（{paid.group(1)}）"
    done_to = _DONE_TO.match(after, used) if num.base == "person" and re.search(r"对\s*$", l_raw) else None
    if done_to and not pred:  # 对3名村干部进行了诫勉谈话: the people the measure was taken against, named by it
        num.metric = done_to.group(1) + num.metric
    return num.end + used



# the beneficiaries of a payment (为N名X发放Y, 向N家企业发放Y, 为N名劳动者追讨工资): what they received follows them
_FOR_WHOM = re.compile(r"[为向]\s*$")
_PAID_TO = re.compile(r"\s*((?:发放|追讨|兑现|支付|补发|返还|代发)[\u4e00-\u9fff]{2,12}?)"
                      r"(?=\s*[\d约近超共]|等|[，,；;。])")

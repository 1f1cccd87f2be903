"""The role of each quantity of a sentence: a figure, a class bound, or a number that is no figure."""

from __future__ import annotations

import re

from .fines import fine_name
from .metric import _follower
from .metric_checks import DAYS_OF_USE
from .noun_phrase import _np_after_de
from .quantities import _Num, _skip_space
from .rates import PER_BEFORE
from .text import _clause_end, _clause_start

# a standard paid per head with its bound (按每人每年不低于80元的标准拨付…, .rates PER_BEFORE): the amount is the
# standard, no threshold
_RATE_STANDARD = re.compile(r"的?标准")
# a class of vehicles by a count of their seats or axles (7座以下小型客车, 19座以上的客车, 6轴以上货车)
_VEHICLE_CLASS = re.compile(r"\s*(?:以上|以下|及以上|及以下)?(?:的)?\s*(?:[\u4e00-\u9fff]{0,4}?)"
                            r"(?:客车|货车|车辆|汽车|载客汽车|载货汽车|机动车|校车|客运车)")

# (在全省14个市中居第3位; 5个县区中苇塘区增速居第2位: the ranked one and its measure may come between)
_PEERS_OF_RANK = re.compile(r"[^，,；;。\d]{0,6}中\s*(?:[^，,；;。\d]{0,10}?(?:居|位列|位居|排名|排|名列)|列)")
# (居全市9个县（市、区）第2位: the peers between the scope and the rank, no 中)
_RANK_SCOPE_BEFORE = re.compile(r"(?:居|位居|位列|排名|排)\s*全[国省市县区州]\s*$")
_RANK_AFTER_PEERS = re.compile(r"[^，,；;。\d（(]{0,6}(?:[（(][^）)]{0,8}[）)])?\s*第\s*"
                               r"[\d０-９一二三四五六七八九十]+\s*[位名]")

# at least one person of each unit (每户至少1人就业, 每村至少1名): the rule a household or village meets, no count
# (searched up to the digits: 至少 may be read as the bound's)
# each one brought in, hired or placed (每成功引进1名, 每招用1人, 每吸纳1名): the unit of a reward or subsidy
_EACH_ONE_BROUGHT = re.compile(r"每(?:成功|新)?(?:引进|招用|招收|吸纳|安置|录用|推荐|引荐)\s*$")
_EACH_AT_LEAST = re.compile(r"每(?:户|个家庭|家|村|个村)至少\s*$")

# the set a count of its parts is taken in (在全市32个工业行业大类中，有19个行业利润增长): the frame, not a figure
# (7个县（市、区）中，6个保持正增长: the same frame opening its clause, without 在 and 有)
# (6名遇难者中有5人在夜间遇难, 12个乡镇中有9个…: the frame and 有 without a comma)
# (112个综合文化站中，评定为省级示范站的有28个: what the parts counted are, between the frame and 有)
_FRAME_OF_PARTS = re.compile(r"[^，,；;。\d]{0,12}中(?:[，,]\s*(?:共|仍|已)?有?|有|[，,][^，,；;。\d]{1,14}?的有)"
                             r"\s*[\d０-９]")

_FRAME_OPEN = re.compile(r"在[^，,；;。\d]{0,8}$")
_FRAME_LEAD = re.compile(r"(?:全[省市县区州旗]|本[省市县区])?")

# a count of administrative units right before another quantity of its clause (造成全县11个乡镇3.26万人次受灾):
# where the other quantity happened, its scope, not a measure (not when the next is a count of units too: 8个乡镇
# 32个村 lists both; nor before a date)
_UNITS = r"(?:乡镇|街道|行政村|自然村|村|社区|县区|县市区|区县|县|区|市|省)"

# (审计了12个乡镇2024年度…资金: a date follows, no quantity)
_SCOPE_OF_NEXT = re.compile(rf"\s*{_UNITS}\s*(?=[\d０-９])(?![\d.]+\s*[万千百]?\s*个?\s*{_UNITS})"
                            r"(?!\d{4}\s*年|\d{1,2}\s*月)")

# a change of rank (排名上升2位, 位次前移3位, 排位下降1名): places in a ranking, no count of people
# a figure restated in brackets in another unit of the same measure (播种面积386.4万亩（257.6千公顷）, 总产量159.4万吨
# （31.89亿斤）): one figure, the bracket no second one; each base unit in a common one (1公顷 = 15亩, 1吨 = 1000公斤)
_COMMON_MEASURE = {"mu": ("mu", 1.0), "ha": ("mu", 15.0), "km2": ("mu", 1500.0), "m2": ("mu", 0.0015),
                   "kg": ("kg", 1.0), "t": ("kg", 1000.0), "km": ("m", 1000.0), "m": ("m", 1.0)}

_OPEN_BRACKET = re.compile(r"\s*[（(]\s*")

_CLOSE_BRACKET = re.compile(r"\s*[)）]")
# an age inside a bracket after the group it qualifies (硕士研究生（年龄不超过30周岁）)
_AGE_IN_BRACKETS = re.compile(r"[（(]\s*(?:年龄|年满)?[^（()）\d]{0,6}$")

# a race or a swim named by its distance (50米跑, 1000米跑, 50米×8往返跑, 200米自由泳)
_RACE_AFTER = re.compile(r"\s*(?:[×xX]\s*\d+\s*)?(?:往返)?(?:跑|游泳|自由泳|蛙泳|仰泳|蝶泳|竞走)")

def _restated_in_brackets(ns: str, before: _Num, num: _Num) -> bool:
    """``num`` stands in brackets right after ``before`` and is the same quantity in another unit."""
    if not (_OPEN_BRACKET.fullmatch(ns, before.end, num.start) and _CLOSE_BRACKET.match(ns, num.end)):
        return False
    a, b = _COMMON_MEASURE.get(before.base), _COMMON_MEASURE.get(num.base)
    if not a or not b or a[0] != b[0] or before.unit == num.unit or before.normalized is None or num.normalized is None:
        return False
    x, y = before.normalized * a[1], num.normalized * b[1]
    return abs(x - y) <= 0.01 * max(abs(x), abs(y))

_RANK_MOVE = re.compile(r"(?:排名|位次|排位|名次)(?:较[^，,；;。\d]{0,8})?"
                        r"(?:上升|下降|提升|提高|前移|后移|下滑|后退|前进)\s*$")

# the last N of a ranking (石渡县、白沙县位列后3位, 排名全市后2名): places, as 前N位
_LAST_OF_RANKING = re.compile(r"(?:位列|位居|居|排名|排在|排位|列)(?:全[省市县区国州])?(?:倒数)?后\s*$")

_ALLOCATED = re.compile(r"(?:安排|投入|拨付|筹集|落实|统筹|提供)\s*$")
_FUNDS_AFTER = re.compile(r"\s*的[^，,；;。]{0,16}?(?:资金|经费|基金|款|费|补助|补贴|奖补|投入|投资)")

# the line of a sanction (对年度任务完成率低于80%的市予以通报, 对连续两年考核排名后3位的…约谈): the figure is the line
# below (above) which the sanction falls, not a rate required or reached; its metric names the line (…通报线)
_BETWEEN_AFTER = re.compile(r"\s*(?:[至到—–\-－~～]\s*[\d.]+\s*[万亿]?[^\d\s，,；;。之]{0,3})?\s*之间的")

# the size of a body to be formed (各乡镇要组建不少于30人的应急抢险队伍): the floor the rule sets, no class bound
_FORMED = re.compile(r"(?:组建|组成|配备|建立|成立)\s*(?:不少于|不低于|至少|不得少于)\s*$")
_BOUND_BEFORE = re.compile(r"(?:少于|多于)\s*$")  # 少于50万人的区县有3个: a class bound (低于/高于: _LINE_BEFORE)

def _counted_again(num: _Num, nums: list[_Num]) -> bool:
    """A count followed at once by a count of the same set in another unit (386户1127人, 263户784人)."""
    nxt = next((n for n in nums if n.start >= num.end), None)
    return nxt is not None and num.cls == nxt.cls == "count" and num.unit != nxt.unit and nxt.start <= num.end + 1


def classify(s: str, ns: str, nums: list[_Num]) -> list[_Num]:
    """The quantities of a sentence that are figures, in order: each one's role read (a class bound, a number
    to skip, a figure) and how its metric is found (``pattern``)."""
    figures_n: list[_Num] = []
    for before, num in zip(nums, nums[1:], strict=False):
        if _restated_in_brackets(ns, before, num):
            num.role = "skip"  # 386.4万亩（257.6千公顷）: the same area in hectares, no second figure
    for num in nums:
        if num.role == "skip":
            continue
        if num.start and ns[num.start - 1] == "每" and num.cls not in ("percent", "permille", "pp"):
            num.role = "skip"  # 每5公里村道配备护路员1名: the unit of a rate, not a figure
            continue
        if num.value == 1 and num.cls == "count" and _EACH_ONE_BROUGHT.search(ns, _clause_start(ns, num.start),
                                                                            num.num_start):
            num.role = "skip"  # 每成功引进1名…人才，给予5万元奖励: the unit the reward is paid per, no count
            continue
        if num.unit in ("位", "名") and _RANK_MOVE.search(ns, _clause_start(ns, num.start), num.start):
            num.role = "skip"  # 云台县排名上升2位: a move in the ranking, not 2 people
            continue
        if num.unit == "米" and _RACE_AFTER.match(ns, num.end):
            num.role = "skip"  # 50米跑平均成绩为8.1秒, 800米游泳: the race's name, no length of anything
            continue
        if num.unit == "个" and _SCOPE_OF_NEXT.match(ns, num.end):
            num.role = "skip"  # 造成全县11个乡镇3.26万人次受灾: the towns are the scope of the people affected
            continue
        if num.unit in ("位", "名") and (ns.endswith("前", 0, num.start) or _LAST_OF_RANKING.search(
                ns, _clause_start(ns, num.start), num.start)):
            num.role = "skip"  # 人口居前三位的区县, 位列后3位: the first (last) N of a ranking, no count
            continue
        if _FRAME_OF_PARTS.match(ns, num.end) and (_FRAME_OPEN.search(ns, _clause_start(ns, num.start), num.start)
                                                   or _FRAME_LEAD.fullmatch(ns, _clause_start(ns, num.start),
                                                                            num.start)):
            num.role = "skip"  # 在全市32个工业行业大类中，有19个行业…增长: the set the parts are counted in
            continue
        if num.value == 1 and num.unit in ("人", "名") and _EACH_AT_LEAST.search(ns, _clause_start(ns, num.start),
                                                                                num.num_start):
            num.role = "skip"  # 零就业家庭…均已实现每户至少1人就业: the rule that clears a household, no count
            continue
        if _PEERS_OF_RANK.match(ns, num.end) or (_RANK_SCOPE_BEFORE.search(ns, _clause_start(ns, num.start),
                                                                          num.start)
                                                 and _RANK_AFTER_PEERS.match(ns, num.end)):
            num.role = "skip"  # 在全省14个市中居第3位, 居全市9个县（市、区）第2位: the peers of a rank, no figure
            continue
        if _BETWEEN_AFTER.match(ns, num.end):
            num.role = "threshold"  # 在50万人至100万人之间的区县有2个: the bounds of a class
            continue
        fol = _follower(ns, num)
        if num.unit in ("岁", "周岁") and (fol == "de" or _AGE_IN_BRACKETS.search(ns, 0, num.start)
                                           and _CLOSE_BRACKET.match(ns, num.end)):
            num.role = "skip"  # 博士研究生，年龄不超过35周岁的，给予…; 硕士研究生（年龄不超过30周岁）每月1500元: who
            continue  # qualifies for a grant, no figure (年龄为18周岁以上 stated as a condition stays a figure)
        if fol == "num" and _counted_again(num, nums):
            fol = "end"  # 监测对象386户1127人: the households, then the people of the same set
        if num.post in ("以上", "以下") and num.cls == "money" and fine_name(s, num.start, num.end, num.unit):
            num.pattern = "L"  # 处二百元以上五百元以下罚款: the bounds of a fine are the fine's (.fines)
            figures_n.append(num)
            continue
        if num.post in ("以上", "以下") and num.cls not in ("percent", "permille", "pp", "fraction"):
            if fol in ("de", "num") or (fol == "cjk" and (num.cls != "count" or _VEHICLE_CLASS.match(s, num.end))):
                # (7座以下小型客车, 19座以上客车: a class of vehicles by their seats, no count)
                num.role = "threshold"
                continue
            if fol == "conj" and re.search(r"以[上下]的", s[num.end:_clause_end(s, num.end)]):
                num.role = "threshold"
                continue
        if fol == "de" and (num.qualifier in ("超过", "不低于", "不少于", "不到", "不足", "至少")
                            or _BOUND_BEFORE.search(s, max(0, num.start - 3), num.start)) and not (
                num.cls == "money" and _ALLOCATED.search(s, _clause_start(s, num.start), num.start)
                and _FUNDS_AFTER.match(s, num.end)) and not (
                num.cls == "count" and _FORMED.search(s, max(0, num.start - 8), num.num_start)) and not (
                num.cls == "money" and _RATE_STANDARD.match(s, num.end)
                and PER_BEFORE.search(s, _clause_start(s, num.start), num.num_start)):
            # 超5000万元的项目 (but 每年安排不少于3000万元的…资金 is the amount allocated; 经费投入超过100亿元的
            # 设区市有4个 counts the cities above the bound: what follows 的 is no fund; 按每人每年不低于80元的标准
            # 拨付: a standard paid per head, .rates paid_standard)
            num.role = "threshold"
            continue
        if fol == "de" and num.cls in ("percent", "permille"):
            np = _np_after_de(s[_skip_space(s, num.end) + 1:_clause_end(s, num.end)])
            if re.search(r"(?:率|比例|比重)$", np):
                num.pattern = "rate"  # 现行16%的税率降至13%: the rate is named after 的
        elif fol == "de" and num.cls not in ("pp", "fraction"):
            num.pattern = "mod"  # 投资10亿元的新都黄金改造项目 (but 5%左右的较低水平 is a rate)
        elif fol in ("cjk", "num") and not (num.unit == "天" and DAYS_OF_USE.match(s, num.end)):
            num.pattern = "R"  # (not 储煤不少于15天用量, 库存降至3.1天用量: the stock's size in days, named before it)
        elif fol == "conj" and num.cls == "duration" and num.post in ("以内", "之内"):
            num.pattern = "L"  # 成交之日起10个工作日内与出让人签订合同: a time limit, 与 names who the act is with
        elif fol == "conj":
            num.role = "skip"
            continue
        figures_n.append(num)
    return figures_n

"""The figures of one sentence: quantities found, metrics named, attributes read."""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import Figure
from ..dates import DateMatch
from .attributes import _MODIFIER_TAIL, _period
from .bases import COMPARED_AFTER_VALUED, average_since_base, index_base, previous_period, valued_bases
from .changes import _FROM_LEAD, _FROM_TO_GAP, base_edge, decline_gaps, from_to, goals, milestones
from .clause_names import _served_name, _share_paid_name, _tier_standard_name, _time_limit_name
from .combined import shared_lead
from .context import _before, _Ctx
from .counted import (
    counted_group,
    entity_base,
    found_units,
    honoured_counts,
    listed_entities,
    selected_pilots,
    supported_projects,
)
from .direction import _DEPARTURE, _MORE_THAN, _direction, _kind, _level_direction
from .implied_dates import _with_holidays
from .inspections import increment_name, inspection_name
from .lists import _distribute, _inherit, balance_at_year_end, fund_of_scheme, year_balance
from .metric import _follower, _name_metric, _shared_passive
from .metric_checks import _trim, _valid_metric
from .noun_phrase import _np_after_de
from .plan_quotes import approximate_estimates, quoted_plans
from .quantities import _Num, _scan_numbers, _scan_ranks, _skip_space
from .ranks import _attach_ranks
from .rates import per_unit
from .ratios import contributed_shares, per_population, per_unit_grants
from .sets import Count, is_set_count, part_of_whole, running_total_of_added, total_of_set, whole_of_added
from .status import _cues, _status
from .subject import drop_places, invested_project, read_subjects, strip_subject
from .surveys import survey_base, survey_end
from .text import _balance, _clause_end, _clause_start, _clean_ws, _protected_spans
from .vocab import (
    _ANECDOTE,
    _COMPARISON_RE,
    _DISCOURSE_NOUN,
    _DISCOURSE_UNITS,
    _FW,
    _FW_CHARS,
    _MONEY_METRIC,
    _PEOPLE_IN_CHARGE,
    _RESTATED_AVERAGE,
    _SPEAKERS,
    canonical_comparison,
)

_NUMERAL = re.compile(r"[\d零〇一二两三四五六七八九十百千万亿]")
_COMPARED_BEFORE = re.compile(r"(?:比|较)\s*$")
_FROM_BEFORE = re.compile(r"[由从]\s*$")
_COUNTED_BY_BOUND = re.compile(r"(?P<what>企业|单位|公司|学校|医院|村|乡镇|项目)(?P<measure>[\u4e00-\u9fff]{2,10}?)"
                               r"(?P<side>超过|高于|低于|不足)(?P<bound>\d+(?:\.\d+)?[%％])")
_GOAL_NAMES = ("年度目标", "全年目标", "年度目标任务", "全年目标任务", "年度任务")  # (a goal named without its measure)
_OUTCOME_ONLY = re.compile(r"实际[\u4e00-\u9fff]{1,3}")  # 实际新增, 实际建成: the outcome's verb without its thing
_DE_GAP = re.compile(r"\s*的?\s*")
# (在全省14个市中居第3位; 5个县区中苇塘区增速居第2位: the ranked one and its measure may come between)
_PEERS_OF_RANK = re.compile(r"[^，,；;。\d]{0,6}中\s*(?:[^，,；;。\d]{0,10}?(?:居|位列|位居|排名|排|名列)|列)")
# a facility's yearly capacity (年培训能力, 年处理能力, 设计年接待能力): planned, it is a size of no one year
_YEARLY_CAPACITY = re.compile(r"(?:^|设计)年[\u4e00-\u9fff]{1,6}能力$")
# at least one person of each unit (每户至少1人就业, 每村至少1名): the rule a household or village meets, no count
# (searched up to the digits: 至少 may be read as the bound's)
_EACH_AT_LEAST = re.compile(r"每(?:户|个家庭|家|村|个村)至少\s*$")
# the set a count of its parts is taken in (在全市32个工业行业大类中，有19个行业利润增长): the frame, not a figure
_FRAME_OF_PARTS = re.compile(r"[^，,；;。\d]{0,12}中[，,]\s*(?:共|仍|已)?有\s*[\d０-９]")
_FRAME_OPEN = re.compile(r"在[^，,；;。\d]{0,8}$")
# a count of administrative units right before another quantity of its clause (造成全县11个乡镇3.26万人次受灾):
# where the other quantity happened, its scope, not a measure (not when the next is a count of units too: 8个乡镇
# 32个村 lists both; nor before a date)
_UNITS = r"(?:乡镇|街道|行政村|自然村|村|社区|县区|县市区|区县|县|区|市|省)"
# (审计了12个乡镇2024年度…资金: a date follows, no quantity)
_SCOPE_OF_NEXT = re.compile(rf"\s*{_UNITS}\s*(?=[\d０-９])(?![\d.]+\s*[万千百]?\s*个?\s*{_UNITS})"
                            r"(?!\d{4}\s*年|\d{1,2}\s*月)")
# the places whose visitors are counted next in the clause (全市12家重点景区累计接待游客168.4万人次): the group's size,
# the scope of the visitors counted, not a figure
_VENUES_RECEIVING = re.compile(r"\s*(?:重点|主要|[AＡ]级|[3-5３-５][AＡ]级?(?:以上)?)?[\u4e00-\u9fff]{0,4}?"
                               r"(?:景区|景点|场馆|博物馆|酒店|饭店|宾馆|民宿)\s*(?:累计|共|合计|共计)?\s*接待"
                               r"[^，,；;。\d]{0,6}[\d０-９]")
# a change of rank (排名上升2位, 位次前移3位, 排位下降1名): places in a ranking, no count of people
# a figure restated in brackets in another unit of the same measure (播种面积386.4万亩（257.6千公顷）, 总产量159.4万吨
# （31.89亿斤）): one figure, the bracket no second one; each base unit in a common one (1公顷 = 15亩, 1吨 = 1000公斤)
_COMMON_MEASURE = {"mu": ("mu", 1.0), "ha": ("mu", 15.0), "km2": ("mu", 1500.0), "m2": ("mu", 0.0015),
                   "kg": ("kg", 1.0), "t": ("kg", 1000.0), "km": ("m", 1000.0), "m": ("m", 1.0)}
_OPEN_BRACKET = re.compile(r"\s*[（(]\s*")
_CLOSE_BRACKET = re.compile(r"\s*[)）]")


# the items the text goes on to give (现将5起欺诈骗保典型案例通报如下, 现将有关10项措施公布如下): the text's own parts
_ITEMS_SET_OUT = re.compile(r"现将(?:有关|相关|其中|本次)?\s*$")
_ITEMS_SET_OUT_AFTER = re.compile(r"[^，,；;。\d]{0,24}?(?:通报|公布|公告|发布|印发|报告|说明|明确)如下")

# an amount of change named as such (调整额, 增减额, 变动额): its sign is its direction
# a tier defined by its measure (第一阶梯为每户每年用水量180立方米（含）以内): the tier's measure, without the copula
_TIER_IS = re.compile(r"(第[一二三四五六七八九十]+(?:阶梯|档|级))为((?:每[户人年月]){0,2}[\u4e00-\u9fff]{1,6}?量)")
# a charge or tax included in a price (各阶梯价格均含污水处理费1.10元/立方米, （均含污水处理费0.95元）): the figure is
# the charge's
_CHARGE_INCLUDED = re.compile(r"(?:^|均|都|已|其中)(?:含|包含)(?P<charge>[\u4e00-\u9fff]{1,10}?(?:费|税|金))$")
# a bill or burden raised or lowered (增加水费支出, 减轻群众负担): the amount is its change
_SPENDING_CHANGED = re.compile(r"(增加|减少|减轻|降低)[\u4e00-\u9fff]{0,4}?(?:支出|负担|开支)$")
_SIGNED_CHANGE = re.compile(r"(?:调整|增减|变动)(?:额|量)$")


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
_BREAKDOWN = re.compile(r"其中")
# the gap of a figure to its goal (距目标值尚差1.5个百分点, 与目标值还差…)
_GAP_TO_GOAL = re.compile(r"[距离与][^，,；;。\d]{0,8}目标值?[^，,；;。\d]{0,2}?(?:尚|还|仍)?差(?:距)?\s*$"
                          r"|与目标值差距")
# a bound on a multiple or share of a dated base (不超过2020年现状城镇建设用地规模的1.3倍): the base's year
_BOUND_OF_DATED = re.compile(r"(?:不超过|不高于|不低于|不少于|控制在)\s*((?:19|20)\d{2}\s*年(?:底|末)?)"
                             r"(?P<base>[^，,；;。\d]{1,24})的\s*$")
# a share of a whole right after the amount it is the share of (…，占国土总面积的19.21%)
_SHARE_OF_PREVIOUS = re.compile(r"[，,]?\s*占[^，,；;。\d]{1,16}的?\s*\d")
_ALLOCATED = re.compile(r"(?:安排|投入|拨付|筹集|落实|统筹|提供)\s*$")
# 今年是春节法定假日增加1天后的第一个春节，…新增临时停车位3200个: the year characterized (X是…的第一个…), not
# the time of the figures of the clauses after it
_CHARACTERIZED = re.compile(r"是[^，,；;。]{2,30}(?:第一个|之年|一年|周年)[^，,；;。]{0,6}[，,]")
_SAMPLE_BEFORE = re.compile(r"(?:纳入|重点|抽样)?监测的?\s*$")
_WITH_BEFORE = re.compile(r"(?:与|同|和|跟)\s*$")
# a value stated after its superlative in a clause of its own (…比例最高，为94.5%; …浓度最低，仅为21微克/立方米)
# (城关区人口增加最多，增加198426人: the change named again)
_SUPERLATIVE_THEN = re.compile(r"最(?:高|低|大|小|多|少|好|差|快|慢)\s*[，,]\s*(?:仅)?"
                               r"(?:为|是|达|达到|增加|减少|增长|下降|上升)?\s*$")
_COMPARED_AFTER = re.compile(r"\s*(?:同期)?(?:相比|比较|持平)(?:较)?")  # (与上年持平: the base of no change)
# 与2010年第六次全国人口普查相比: a base named after its date (a census, a survey of that year)
_COMPARED_AFTER_NAMED = re.compile(r"[^，,。；;：:！？\d]{1,16}?(?:相比|相较|比较)")
# 由A下降到B, 从A提高至2020年的B, 由A上升为B: between the two values a change verb and 到/至 (为 only after the
# verb: 由A为B is no change), perhaps a date
_RATE_AFTER = re.compile(r"\s*[，,]\s*(?:增长|下降|减少|增加|提高|降低)\s*")  # (…减少52人，下降3.1%: the change's rate)
_SETS_OUT = re.compile(r"(?:明确|确定|提出|部署)了?")  # a programme setting out its tasks
_HOPE_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])(?:预计|有望)(?=[\u4e00-\u9fff])")
# the line of a sanction (对年度任务完成率低于80%的市予以通报, 对连续两年考核排名后3位的…约谈): the figure is the line
# below (above) which the sanction falls, not a rate required or reached; its metric names the line (…通报线)
_BETWEEN_AFTER = re.compile(r"\s*(?:[至到—–\-－~～]\s*[\d.]+\s*[万亿]?[^\d\s，,；;。之]{0,3})?\s*之间的")
_BOUND_BEFORE = re.compile(r"(?:少于|多于)\s*$")  # 少于50万人的区县有3个: a class bound (低于/高于: _LINE_BEFORE)
_LINE_BEFORE = re.compile(r"(?:低于|高于|超过|不足|未达到|达不到|未达)\s*$")
_LINE_AFTER = re.compile(r"\s*(?:以[上下])?的[^，,；;。]{1,12}?(?:[，,](?:由|要|将|一律)[^，,；;。]{0,20}?)?"
                         r"(?:予以|进行|给予|实行|实施|一律|要)?(?P<sanction>通报|约谈|问责|挂牌督办|督办|预警|扣减|核减|收回|暂停|取消)")


_GOALS_HEAD = re.compile(r"(?:目标|任务|要求)(?:是|为)?\s*[：:]\s*$")  # (主要目标是：到2030年，…)


def _analyse_sentence(s: str, ctx: _Ctx, carry: list[DateMatch], default_status: str,
                      carry_metric: str = "", topic: str = "", para_metric: str = "", joined: bool = False,
                      ) -> tuple[list[Figure], list[DateMatch]]:
    """The figures of one sentence, and the dates a following sentence joined by ； may inherit (the caller reads
    them only when the sentence ends with ；)."""
    ns = s.translate(_FW) if _FW_CHARS.search(s) else s
    if not _NUMERAL.search(ns):  # no digit, no Chinese numeral: no quantity, no rank
        if not s.endswith(("；", ";")):
            return [], []  # nothing to find, and no dates to lend
        return [], [d for d in ctx.dates(s) if d.kind != "deadline"]
    dates = _with_holidays(s, [d for d in ctx.dates(s) if not _CHARACTERIZED.match(s, d.end)], ctx)
    protected = _protected_spans(s)
    nums = _scan_numbers(s, ns, dates, protected)
    ranks = _scan_ranks(ns, protected)
    ranks = [r for r in ranks if not any(n.start <= r.start < n.end for n in nums)]
    if not nums and not ranks:  # (a base of a change whose number was not read lends no date: 比上年减少1.2千加仑)
        bases = [m.span() for m in _COMPARISON_RE.finditer(s)]
        return [], [d for d in dates if d.kind != "deadline" and not any(a <= d.start < b for a, b in bases)
                    and not _COMPARED_BEFORE.search(s, 0, d.start)]

    # comparisons and their dates
    comps = [(m.start(), m.end(), canonical_comparison(_clean_ws(m.group()))) for m in _COMPARISON_RE.finditer(s)]
    for d in dates:  # 比一季度, 比年初, 较2015年底: any date after 比/较 is a comparison base
        lead = _COMPARED_BEFORE.search(s, 0, d.start)
        if lead and not any(a <= d.start < b for a, b, _ in comps):
            comps.append((lead.start(), d.end, "比" + _clean_ws(d.text)))
            continue
        lead = _WITH_BEFORE.search(s, 0, d.start)
        follow = (_COMPARED_AFTER.match(s, d.end) or _COMPARED_AFTER_NAMED.match(s, d.end)
                  or COMPARED_AFTER_VALUED.match(s, d.end)) if lead else None  # (…的3520168人相比: .bases)
        if lead and follow and not any(a <= d.start < b for a, b, _ in comps):
            # 与2015年相比, 同上年相比: the base of every change after it in the sentence (与去年同期相比 is one
            # comparison already, .vocab)
            comps.append((lead.start(), follow.end(), "比" + _clean_ws(d.text)))
    # (比2010年第六次全国人口普查: the census; 比２０２５年 written in full-width digits: 比2025年)
    comps = sorted((a, survey_end(s, b), t.translate(_FW)) for a, b, t in comps)
    # (比2010年第六次全国人口普查: the census's standard time in a census communiqué, .surveys)
    comp_base = {(a, b): survey_base(s, d.end, d.iso, ctx.actual) for d in dates for a, b, _ in comps
                 if a <= d.start < b}
    comp_dates = {d for d in dates for a, b, _ in comps if a <= d.start < b}
    removals: list[tuple[int, int]] = [(a, b) for a, b, _ in comps] + [(d.start, d.end) for d in dates]
    # (计划改造2000年底前建成的老旧小区86个: the modifier the date heads goes with it, the metric is 计划改造老旧小区)
    removals += [(d.start, m.end()) for d in dates if d.text.endswith("前") and d.iso[:4].isdigit()
                 and ctx.year.isdigit() and int(d.iso[:4]) < int(ctx.year)
                 and (m := _MODIFIER_TAIL.match(s, d.end)) is not None and not re.search(r"\d", m.group())]

    # classify each quantity: threshold / skip / figure, and how its metric is found
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
        if num.unit in ("位", "名") and _RANK_MOVE.search(ns, _clause_start(ns, num.start), num.start):
            num.role = "skip"  # 云台县排名上升2位: a move in the ranking, not 2 people
            continue
        if num.unit == "个" and _SCOPE_OF_NEXT.match(ns, num.end):
            num.role = "skip"  # 造成全县11个乡镇3.26万人次受灾: the towns are the scope of the people affected
            continue
        if num.unit in ("位", "名") and ns.endswith("前", 0, num.start):
            num.role = "skip"  # 人口居前三位的区县: the first N of a ranking, part of the name of the group
            continue
        if _FRAME_OF_PARTS.match(ns, num.end) and _FRAME_OPEN.search(ns, _clause_start(ns, num.start), num.start):
            num.role = "skip"  # 在全市32个工业行业大类中，有19个行业…增长: the set the parts are counted in
            continue
        if num.value == 1 and num.unit in ("人", "名") and _EACH_AT_LEAST.search(ns, _clause_start(ns, num.start),
                                                                                num.num_start):
            num.role = "skip"  # 零就业家庭…均已实现每户至少1人就业: the rule that clears a household, no count
            continue
        if _PEERS_OF_RANK.match(ns, num.end):
            num.role = "skip"  # 在全省14个市中居第3位: the peers of a rank, not a figure
            continue
        if _BETWEEN_AFTER.match(ns, num.end):
            num.role = "threshold"  # 在50万人至100万人之间的区县有2个: the bounds of a class
            continue
        fol = _follower(ns, num)
        if fol == "num" and _counted_again(num, nums):
            fol = "end"  # 监测对象386户1127人: the households, then the people of the same set
        if num.post in ("以上", "以下") and num.cls not in ("percent", "permille", "pp", "fraction"):
            if fol in ("de", "num") or (fol == "cjk" and num.cls != "count"):
                num.role = "threshold"
                continue
            if fol == "conj" and re.search(r"以[上下]的", s[num.end:_clause_end(s, num.end)]):
                num.role = "threshold"
                continue
        if fol == "de" and (num.qualifier in ("超过", "不低于", "不少于", "不到", "不足", "至少")
                            or _BOUND_BEFORE.search(s, max(0, num.start - 3), num.start)) and not (
                num.cls == "money" and _ALLOCATED.search(s, _clause_start(s, num.start), num.start)):
            num.role = "threshold"  # 超5000万元的项目 (but 每年安排不少于3000万元的…资金 is the amount allocated)
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

    for a, b in zip(figures_n, figures_n[1:], strict=False):
        if (a.pattern == "R" and a.unit == b.unit and _FROM_LEAD.search(s, 0, a.start)
                and _FROM_TO_GAP.fullmatch(s, a.end, b.start)):
            a.pattern = "L"  # 企业由9126家增加到15842家: the first count is named before 由, counts nothing after it
    removals += valued_bases(s, figures_n, comps)  # 与2010年…的3520168人相比，增加345304人: the base's value
    figures_n = [n for n in figures_n if n.role != "base"]

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
        if num.cls == "count" and (_SAMPLE_BEFORE.search(s, cstart, num.start) or (
                num.unit == "家" and _VENUES_RECEIVING.match(s, num.end))):  # (全市12家重点景区累计接待游客…)
            prev_end = num.end  # 纳入监测的36家A级旅游景区共接待游客…: the size of the sample, not a key figure; what
            continue  # it counts heads the next figure's name
        best = _SUPERLATIVE_THEN.search(s, max(0, cstart - 12), num.start)
        if best and best.end() == num.start:  # 青石县空气质量优良天数比例最高，为94.5%: the clause before names it
            cstart = _clause_start(s, best.start())
            removals.append(best.span())
        lstart = max(cstart, prev_end)
        num.l_text = s[lstart:num.start]
        cands = [c for c in comps if (cstart <= c[0] or c[2].startswith("比") and s[:c[1]].endswith("相比"))
                 and c[1] <= num.start]  # nearest comparison in the clause (与2015年相比，… before it)
        if cands:
            num.comparison = cands[-1][2]
            num.base_period = comp_base.get((cands[-1][0], cands[-1][1]), "")
        used = _name_metric(s, num, lstart, removals, ctx)
        if num.role == "name":
            continue  # a number inside a name (日最大8小时平均) leaves the name to the figure after it
        prev_end = max(num.end, used)
        if num.role == "generic":
            num.role = "figure"  # a generic noun after the number: a figure only if a sibling names it
            num.generic = True
        if num.role != "figure":
            continue
        num.kind = _kind(num, num.l_clean)
        out_nums.append(num)

    counted_group(s, out_nums)  # 2座大型水库年末蓄水量4.21亿立方米: the group's figure
    _shared_passive(s, out_nums)
    _distribute(s, out_nums, ctx)
    _inherit(s, out_nums, ctx, carry_metric, para_metric)
    year_balance(s, out_nums)  # 当年结存0.87亿元: the year's balance, not the accumulated one
    fund_of_scheme(out_nums, carry_metric, para_metric)  # 失业保险基金收入…，基金支出…: the scheme's fund
    per_population(s, out_nums)  # 每万名城镇常住人口拥有18名社区工作者: a ratio
    shared_lead(s, out_nums)  # 新培育省级智能工厂200家、数字化车间600个: both newly fostered
    selected_pilots(s, out_nums)  # 每年遴选100家中小企业开展数字化转型试点: the pilots
    supported_projects(s, out_nums)  # 支持…等12个项目建设: the projects supported
    found_units(s, out_nums)  # 3个单位违规发放津贴补贴: the units of an audit finding
    honoured_counts(s, out_nums)  # 3个集体、12名个人受到省级以上表彰: those so honoured
    decline_gaps(s, out_nums)
    goals(s, out_nums)
    # a rank attaches to the figure it ranks (增长6.8%，居全省第3位); a rank without a value of its own
    # (固定资产投资增速位列全省第二) is no row (issue 11): it is read, never shown
    _attach_ranks(s, ns, ranks, out_nums, removals, ctx)

    from_to(s, out_nums)
    milestones(s, out_nums)
    _share_of_source(s, out_nums)
    contributed_shares(s, out_nums)  # 民营经济贡献了全市50%以上的税收: the sector's share of tax revenue
    per_unit_grants(s, out_nums)  # 给予每辆最高1.5万元补贴: a subsidy per vehicle
    for num in out_nums:
        if num.cls == "count" and (bound := _COUNTED_BY_BOUND.match(s, num.end)):
            # 其中2户企业资产负债率超过75%: the enterprises whose ratio passes the bound (the bound is no figure)
            num.metric = f"{bound.group('measure')}{bound.group('side')}{bound.group('bound')}的{bound.group('what')}"
    for prev, num in zip(out_nums, out_nums[1:], strict=False):
        # 二氧化碳排放比2020年下降18%，能源消耗下降14.5%: a parallel change has the same base
        if num.kind == "growth" == prev.kind and not num.comparison and prev.base_period and num.cls == prev.cls:
            num.comparison, num.base_period = prev.comparison, prev.base_period
        elif (num.kind == "growth" == prev.kind and not num.comparison and prev.comparison and num.cls == "percent"
              and prev.cls != "percent" and num.metric == prev.metric
              and _RATE_AFTER.fullmatch(s, prev.end, num.start)):
            num.comparison, num.base_period = prev.comparison, prev.base_period  # 比上学年减少52人，下降3.1%: its rate
        if _GAP_TO_GOAL.search(s, _clause_start(s, num.start), num.num_start) and prev.metric and \
                not _GAP_TO_GOAL.search(prev.metric):
            num.metric = prev.metric + "与目标值差距"  # 覆盖率为68.5%，距目标值尚差1.5个百分点: the rate's gap
        if num.metric in _GOAL_NAMES and prev.metric not in _GOAL_NAMES and prev.unit == num.unit:
            num.metric = prev.metric + num.metric  # 城镇新增就业4.02万人，完成年度目标3.5万人: the jobs' annual target
        elif num.metric in _GOAL_NAMES and num.unit in ("%", "％") and prev.metric.endswith(tuple(_GOAL_NAMES)):
            num.metric = prev.metric + "完成率"  # …年度目标3.5万人的114.9%: the share of that target reached
        if _OUTCOME_ONLY.fullmatch(num.metric) and prev.metric.startswith("计划") and len(prev.metric) > 4 \
                and prev.unit == num.unit:
            num.metric = prev.metric[2:]  # 计划新增公共停车泊位5000个，实际新增5620个: the places added, done

    # status, then the period (a target without a date is for the plan's year, an actual for the reported one)
    bounded_bases = {id(num): m for num in out_nums if num.cls in ("times", "percent") and (
        m := _BOUND_OF_DATED.search(s, _clause_start(s, num.start), num.num_start))}
    consumed |= {id(d) for m in bounded_bases.values() for d in dates if m.start(1) <= d.start < m.end(1)}
    usable = [d for d in dates if d not in comp_dates and id(d) not in consumed]
    # (今年以来，…；争取超长期特别国债资金23.4亿元: what the frame reports was secured, not sought)
    status_ctx = replace(ctx, secured=True) if any(d.kind == "since" for d in carry) else ctx
    for k, num in enumerate(out_nums):
        num.status = _status(s, num, dates, status_ctx, default_status)
        if (based := bounded_bases.get(id(num))) is not None:
            # 不超过2020年现状城镇建设用地规模的1.3倍: a bound on a multiple of a dated base, the base's date no
            # outcome's
            num.status, num.base_period = "requirement", based.group(1)[:4]
            if k and out_nums[k - 1].metric and out_nums[k - 1].end <= based.start():
                base = based.group("base")
                num.metric = (f"{out_nums[k - 1].metric}与{base}之比" if num.cls == "times"
                              else f"{out_nums[k - 1].metric}占{base}比重")
        elif k and num.kind == "share" and _SHARE_OF_PREVIOUS.match(s, _clause_start(s, num.start)) and \
                out_nums[k - 1].status == "requirement" and out_nums[k - 1].end <= _clause_start(s, num.start):
            num.status = "requirement"  # 红线面积不低于412.36平方公里，占国土总面积的19.21%: the bound's share
        if k and "其中" in s and _BREAKDOWN.search(s, 0, (cstart := _clause_start(s, num.start)) + 3) and not any(
                p > cstart for p, _ in _cues(s, _clause_end(s, num.end), [], ctx)):
            # 其中，省级投入1000元: a part shares the status of its whole, unless its clause has its own (…等7个项目争取
            # 年内开工)
            num.status = out_nums[k - 1].status
        if num.in_name:  # 年产20万吨…项目建成投产 (built: actual) / 顺利实现中期交工, 开工建设 (to be built: a target)
            planned = any(k == "target" for _, k in _cues(s, num.start, dates, ctx))  # 确保…项目6月底前建成投产
            num.status = "actual" if _BUILT.search(s, num.end, _clause_end(s, num.end)) and not planned else "target"
        num.is_target = num.status == "target"
        num.period = "" if num.in_name else _period(num, usable, carry, ctx, s)
        if num.origin is not None:
            num.period = num.origin.iso
        if num.cls == "ratio" and not num.comparison and (based_on := index_base(s, num.end)):
            num.comparison = based_on  # 1—10月平均指数为96.8（上年同期=100）: against the same months a year before
        num.base_period = previous_period(num.comparison or num.base_words, num.period) or num.base_period
        if (num.kind == "growth" and num.status == "target" and num.unit == "%" and not num.comparison
                and not num.base_period and re.fullmatch(r"\d{4}", num.period)):
            num.base_period = str(int(num.period) - 1)  # 力争…收入增长10%以上 in a plan for 2025: against 2024
        if num.status == "target" and _YEARLY_CAPACITY.search(num.metric or ""):
            num.period = ""  # 建成县公共实训基地，年培训能力达到2000人次: a facility's planned size, of no one year
        year = num.period[:4]
        if num.comparison and num.period == f"{year}-12" and year.isdigit() and num.base_period in (
                f"{int(year) - 1}-12", f"{year}-01", str(int(year) - 1)):
            num.period = year  # 年末…比上年末减少1.2万人, 比年初增加, 比上年增加48个: a change over the year
        elif (num.comparison and year.isdigit() and len(num.period) == 7
              and num.base_period in (f"{year}-01", f"{int(year) - 1}-12") and num.period != f"{year}-01"):
            # 6月末…比年初增加246.1亿元, 截至10月末…比上年末增加96家: a change over January-June (January-October)
            num.period = f"{year}-01/{num.period}"
        prev = out_nums[k - 1] if k else None
        if (prev is not None and num.kind == "growth" != prev.kind and prev.metric == num.metric
                and prev.period != num.period and num.period and (
                    prev.period == num.period[:4] or prev.period.endswith("/" + num.period))):
            num.period = prev.period  # 到2018年末，收入实现4761万元，同比增长53%: the growth of that year's income
        elif (prev is not None and num.kind == prev.kind == "growth" and prev.metric == num.metric
              and not num.comparison and prev.comparison and num.period == f"{prev.period}-12"):
            num.period = prev.period  # 年末…5.63万人，比上年增加2180人，增长4.0%: the rate of that change over the year
        first, _, last = num.period.partition("/")
        if (num.kind == "growth" and not num.base_period and first[:4].isdigit() and last[:4] > first[:4]
                and ("累计" in s[_clause_start(s, num.start):num.start] or num.goal)):
            num.base_period = str(int(first[:4]) - 1)  # “十三五”期间…累计下降19.8%: against 2015, the year before
            # (and a goal over a plan's span, “十四五”下降14%目标: against 2020)
    balance_at_year_end(s, out_nums)  # 累计结存14.52亿元 of 2024: the stock at the end of 2024
    average_since_base(out_nums)  # …年平均增长率为0.94% after a change against 2010: over 2010/2020
    quoted_plans(s, out_nums)  # …增长6.4%，未完成年度计划（增长7%）: the plan of the estimate before it
    approximate_estimates(s, out_nums, ctx.anchor_iso)  # (…2025年的2860亿元左右 in January 2026: an estimate)
    for level, change in zip(out_nums, out_nums[1:], strict=False):
        # 高新技术企业总数达到1248家，比上年末净增157家: a level whose change is counted from last year's end is the
        # stock at this year's end
        if (level.kind in ("level", "count") and change.kind == "growth" and change.metric == level.metric
                and change.unit == level.unit and _YEAR_END_BASE.match(change.comparison)
                and re.fullmatch(r"\d{4}", level.period) and change.period == level.period):
            level.period = f"{level.period}-12"
    for num in out_nums:
        if num.origin is None:
            continue
        for other in out_nums:
            if other is not num and other.start > num.start and other.metric == num.metric and not other.comparison:
                other.comparison = "比" + re.sub(r"^(截至|截止|到)", "", _clean_ws(num.origin.text))
                other.base_period = other.base_period or num.origin.iso
    kept = sorted(out_nums, key=lambda x: (x.start, x.group))
    subjects = read_subjects(s, [x.start for x in kept], ctx, topic, joined)
    figures: list[Figure] = []
    set_counts: list[Count] = []  # the counts of sets (…项目, …企业) so far, for the totals after them
    of_set: dict[tuple[str, str], str] = {}  # (bare total, subject) -> the total named with its set
    last_count: tuple[str, str] | None = None  # (metric, unit) of the count just before, for a 总数 after it
    last_flow: tuple[str, str] | None = None  # (metric, unit) of the figure before, for a 累计 after it
    counted: list[tuple[str, str, int]] = []  # the counts so far (metric, unit, end), for the parts after 其中
    previous_name = ""  # the name of the figure before, for a check's 不合格 and 合格率 after it
    for num, subject in zip(kept, subjects, strict=True):
        if num.role != "figure":
            continue
        project = invested_project(s, num.start, num.end)
        subject = project or subject  # (its name leaves the metric: 投资)
        metric = strip_subject(_balance(_HOPE_INSIDE.sub("", _clean_ws(num.metric))), subject)
        metric = _time_limit_name(s, num, metric)
        metric = _share_paid_name(s, num, metric)
        metric = _tier_standard_name(s, num, metric)
        metric = _served_name(s, num, metric)
        if subject and (rest := drop_places(metric, subject, ctx)) != metric:  # 其中新河区17个、高塘县12个
            metric = rest if len(rest) >= 2 else next((m for m, u, _ in reversed(counted) if u == num.unit), metric)
        if project and (word := _INVESTMENT_WORD.search(_clean_ws(s[_clause_start(s, num.start):num.start]))):
            metric = word.group()  # 总投资15亿元的某某项目一期…: 总投资, not the words after the name
        if not _valid_metric(metric):
            continue
        metric = _trim(metric)
        metric, num.unit = per_unit(metric, num.unit)  # (青苗补偿费按照每亩2200元: 青苗补偿费, 2200 元/亩)
        # a total after a count of its set carries the set (实施重点项目120个，总投资500亿元: 重点项目总投资), and
        # so does the same total's change later in the sentence (实现产值113.4亿元，同比增长32.1%)
        if num.cls == "count":  # 开工在建项目502个，其中亿元以上项目174个: 开工在建亿元以上项目
            metric = part_of_whole(s, counted, num.start, metric, num.unit)
            counted.append((metric, num.unit, num.end))
        if (metric, subject) in of_set:
            metric = of_set[(metric, subject)]
        elif num.unit.endswith("元") and (named := total_of_set(s, set_counts, num.start, metric, subject))[1]:
            of_set[(metric, subject)] = named[0]
            set_counts.append(Count(named[0], subject, num.start, num.end, named[1]))
            metric = named[0]
        elif num.cls == "count" and is_set_count(metric, num.unit):
            set_counts.append(Count(metric, subject, num.start, num.end))
        metric = whole_of_added(metric, num.unit, last_count)
        metric = increment_name(metric, last_flow, num.unit)
        metric = inspection_name(metric, num.unit, s[_clause_start(s, num.start):num.start], previous_name)
        previous_name = metric
        metric = running_total_of_added(_clean_ws(s[_clause_start(s, num.start):num.start]), metric, num.unit,
                                        last_flow)
        last_flow = (metric, num.unit) if num.kind != "growth" else last_flow
        last_count = (metric, num.unit) if num.cls == "count" else None
        if (line := _LINE_AFTER.match(s, num.end)) and _LINE_BEFORE.search(s, _clause_start(s, num.start),
                                                                            num.start):
            metric += line.group("sanction") + "线"  # 年度任务完成率低于80%的市予以通报: 年度任务完成率通报线
            num.status, num.is_target = "requirement", False  # a standing rule, in a plan's paragraph too
            num.period = ""  # (of no year: it applies whenever the rate is measured)
        named_size = _NAMED_PROJECT_SIZE.fullmatch(metric) if not subject else None
        if named_size and not any(d.end <= num.start for d in usable):
            # 棠溪港三期码头工程总投资48.6亿元: the project named before its size is the figure's subject
            subject, metric = named_size.group("name"), named_size.group("size")
        elif subject and (word := re.fullmatch(r"(项目|工程)(总投资|计划投资)", metric)):
            subject, metric = subject + word.group(1), word.group(2)  # 市第一人民医院新院区项目总投资21.5亿元
        elif (word := _FIRM_PROJECT_SIZE.fullmatch(metric)) and subject.endswith(word.group("name")) and (
                _FIRM_NAME.search(subject[:-len(word.group("name"))])):
            metric = word.group("size")  # X有限公司储能电池项目总投资32亿元: the company's project and its size
        if tier := _TIER_IS.fullmatch(metric):
            metric = tier.group(1) + tier.group(2)  # 第一阶梯为每户每年用水量180立方米: 第一阶梯每户每年用水量
        if included := _CHARGE_INCLUDED.search(metric):
            metric = included.group("charge")  # 各阶梯价格均含污水处理费1.10元/立方米: the charge included is named
        if (subject.endswith(("项目", "工程")) and _PROJECT_SIZE.search(metric)
                and not any(d.end <= num.start for d in usable)):
            num.period = ""  # 该项目总投资18亿元: the size of a project, of no particular year unless the text dates it
            if num.status == "actual" and metric in ("总投资", "计划投资") and not _COMPLETED.search(s, 0, num.start):
                num.status, num.is_target = "target", True  # its planned size (holdout6), unless it is built
        if num.cls == "count" and _SET_NAMED_AGAIN.search(s, _clause_start(s, num.start), num.start) and \
                _SET_AS_WHOLE.match(s, num.end):
            continue  # 本次签约的16个项目全部达产后: the set counted before, named again as what the effects are of
        if num.cls == "count" and num.unit in _DISCOURSE_UNITS and _DISCOURSE_NOUN.search(metric):
            continue  # 4个重大机遇, 27条政策措施: the parts of the text itself
        if num.cls == "count" and _ITEMS_SET_OUT.search(s, _clause_start(s, num.start), num.start) and \
                _ITEMS_SET_OUT_AFTER.match(s, num.end):
            continue  # 现将5起典型案例通报如下, 现将10项措施公布如下: the items the text goes on to give
        if num.cls == "count" and num.unit in _DISCOURSE_UNITS and metric.startswith("方面"):
            continue  # 报告从7个方面部署了今年的重点工作: the parts of the text itself
        if num.cls == "count" and num.unit in _DISCOURSE_UNITS and metric.endswith("任务") and _SETS_OUT.search(
                s, _clause_start(s, num.start), num.start):
            continue  # 明确了…60项重点任务, 明确23个方面45项重点任务: the structure of a programme
        if num.chinese and num.unit in ("项", "件", "大") and num.value >= 10 and num.value % 10 == 0:
            continue  # 实施十项民生实事, 十大工程: a round number in words naming a programme
        if _ANECDOTE.search(s, 0, num.start):
            continue  # 她家建起两栋冷棚: one family's story
        if num.cls == "count" and (_SPEAKERS.match(s, num.end) or _RESTATED_AVERAGE.match(s, _clause_start(
                s, num.start)) or (num.base == "person" and _PEOPLE_IN_CHARGE.match(s, num.end))):
            continue  # 13个部门作了书面发言, 由7名…牵头包保, 即每户平均覆盖近两个项目
        if num.cls == "bare" and not num.base and re.search(r"(?:人次|户次)$", metric):
            num.base = "person-time" if metric.endswith("人次") else "household-time"  # 观影人次85.2万
            num.kind = "count" if num.kind == "level" else num.kind
        elif num.cls == "bare" and not num.base and re.search(r"(?:人口|人|户|人数)$", metric):
            num.base = "household" if metric.endswith("户") else "person"  # 60岁以上人口已达2.5亿
            num.kind = "count" if num.kind == "level" else num.kind
        elif num.cls == "bare" and not num.base and (_MONEY_METRIC.search(metric) or _MONEY_METRIC.search(s)):
            num.base = "CNY"  # 地区生产总值过千亿, 固投总量突破500亿: the currency is implied
        num.base = entity_base(num.base, num.unit, metric)  # 16户企业, 法人单位8426个: businesses, not households
        if metric.startswith(("净增", "净减", "超额")) and num.kind in ("count", "level"):
            # a net change; 超额完成6个: six more than the plan, as 高于 (up)
            num.kind, num.direction = "growth", "down" if metric.startswith("净减") else "up"
        elif (spent := _SPENDING_CHANGED.search(metric)) and num.base == "CNY" and num.kind in ("count", "level"):
            # 户均每月增加水费支出约4.5元, 减轻群众负担1.2亿元: a bill or burden raised or lowered by the amount
            num.kind, num.direction = "growth", "up" if spent.group(1) == "增加" else "down"
        elif _SIGNED_CHANGE.search(metric) and num.kind in ("count", "level"):
            # an amount of change named as such (a table's 调整额 0.45, 增减额 -2.1): its sign is its direction
            num.kind, num.direction = "growth", "down" if num.value < 0 else "up"
        kind = "rank" if num.cls == "rank" else num.kind
        if kind == "level" and num.is_target:
            kind = "target"
        metrics = [metric] + num.extra
        if kind == "share" and _DEPARTURE.search(s, max(0, num.start - 12), num.start):
            kind = num.kind = "growth"  # 距平37.9%: a departure from the normal, a change against it
        elif kind in ("level", "count") and _MORE_THAN.search(s, max(0, num.start - 16), num.start):
            kind = num.kind = "growth"  # 比常年同期多1.35亿立方米: more than the base by that much
        if kind == "growth":
            direction = num.direction or _direction(s, num.start, num.comparison, metric)
            if num.value < 0 and direction == "up" and re.search(r"增长\s*$", s[max(0, num.start - 4):num.start]):
                direction = "down"  # 比上年增长-8.6%: a negative growth is a fall
        else:
            direction = num.direction or (_level_direction(num.l_text) if kind != "rank" else "")
        normalized = num.normalized
        if direction == "down" and normalized is not None:
            normalized = -abs(normalized)
        for mm in metrics:
            figures.append(Figure(
                metric=mm, value=num.value, unit=num.unit, sentence=s, paragraph="", kind=kind, direction=direction,
                normalized=normalized, base_unit=num.base, comparison=num.comparison, period=num.period,
                qualifier=num.qualifier or ("" if num.post in ("", "多") else num.post), rank=num.rank,
                is_target=num.is_target, text=s[num.start:num.end], status=num.status, subject=subject,
                base_value=num.base_value, base_period=num.base_period, base_edge=base_edge(num)))
    listed_entities(s, figures)  # (…个体经营户1.46万户，住宿和餐饮业0.68万户: businesses too)
    # (到2015年年底 in a text of 2019 is a past point: it dates what follows it)
    # (…主要目标是：到2030年，地区生产总值突破340亿元；一般公共预算收入达到17亿元: a deadline heading a list of goals,
    # after its colon, dates the goals after ； too)
    last = [d for d in dates if d not in comp_dates and id(d) not in consumed
            and (d.kind != "deadline" or _before(d.iso, ctx.anchor_iso) or _GOALS_HEAD.search(s, 0, d.start))]
    return figures, last


def _counted_again(num: _Num, nums: list[_Num]) -> bool:
    """A count followed at once by a count of the same set in another unit (386户1127人, 263户784人)."""
    nxt = next((n for n in nums if n.start >= num.end), None)
    return nxt is not None and num.cls == nxt.cls == "count" and num.unit != nxt.unit and nxt.start <= num.end + 1


_YEAR_END_BASE = re.compile(r"^[比较](?:上年|去年)(?:末|底)$")


_INVESTMENT_WORD = re.compile(r"(?:总|计划|协议|拟)?投资(?:额)?(?=(?:约|近|超过?)?$)")
_BUILT = re.compile(r"建成|投产|竣工|投入运营|投入使用|达产")
_PROJECT_SIZE = re.compile(r"(?:总投资|计划投资|装机容量|产能|建筑面积|占地面积)$")
# a project's name and its size as one metric (X码头工程总投资, X新院区项目总投资): a name of its own, not a class of
# projects (重大项目, 产业项目: those are totals of a set)
_NAMED_PROJECT_SIZE = re.compile(r"(?P<name>(?![^，,；;。]*?(?:重大|重点|产业|民生|招商|基建)项目)[^，,；;。、]{4,30}?"
                                 r"[期港园区院站馆路桥线厂][^，,；;。、]{0,8}?(?:项目|工程))(?P<size>总投资|计划投资)")
# a company's project named after it, then its size (X科技有限公司储能电池项目总投资32亿元): the project is the subject,
# not the company; a class of projects (重点项目, 招商项目) is no name
_FIRM_NAME = re.compile(r"(?:公司|集团)$")
# a set named again by a demonstrative (本次签约的, 上述, 这些) and taken as a whole (…16个项目全部达产后, 均已开工): a
# reference to a count already given, no figure of its own
_SET_NAMED_AGAIN = re.compile(r"(?:本次|此次|这次|上述|以上|这些|这批)[^，,；;。]{0,10}?的?$")
_SET_AS_WHOLE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:全部|均|都|全都)")
# a project stated as completed before its size (…项目建成投产，该项目总投资18亿元): the size is the actual one
_COMPLETED = re.compile(r"(?:建成投产|竣工投产|建成投用|投入运营|投入使用|已建成|已投产)(?!后)")
_FIRM_PROJECT_SIZE = re.compile(r"(?P<name>(?!(?:重大|重点|产业|在建|新建|招商|签约|投资)项目)[^，,；;。、]{2,24}?"
                                r"(?:项目|工程))(?P<size>总投资|计划投资)")


_FROM_SOURCE = re.compile(
    r"[，,]?\s*(?:均|都|全部)?(?:来自|来源于|源自|出自)(?:于)?\s*(?P<part>[\u4e00-\u9fff]{2,12}?)\s*[。；;！!]?$")


def _share_of_source(s: str, nums: list[_Num]) -> None:
    """全市40%以上税收、50%以上地区生产总值…来自民营经济: shares of the part in each whole
    (民营经济占税收比重), not values of the wholes."""
    m = _FROM_SOURCE.search(s)
    if not m:
        return
    part = m.group("part")
    for num in nums:
        if num.role == "figure" and num.cls == "percent" and num.end <= m.start() and num.metric \
                and not num.metric.startswith(part):
            num.metric = f"{part}占{num.metric}比重"
            num.kind = "share"

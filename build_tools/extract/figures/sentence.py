"""The figures of one sentence: quantities found, metrics named, attributes read."""

from __future__ import annotations

import re

from ...model import Figure
from ..dates import DateMatch
from .attributes import _MODIFIER_TAIL
from .bases import COMPARED_AFTER_VALUED, average_since_base, valued_bases
from .changes import _FROM_LEAD, _FROM_TO_GAP, decline_gaps, from_to, goals, merged, milestones
from .classify import classify
from .combined import shared_lead
from .consumer_cases import one_persons_case
from .context import _before, _Ctx
from .counted import (
    beneficiary_counts,
    counted_group,
    found_units,
    honoured_counts,
    listed_entities,
    medal_counts,
    selected_pilots,
    supported_projects,
)
from .direction import _kind
from .emit import emit_figures
from .implied_dates import _with_holidays
from .lists import _distribute, _inherit, balance_at_year_end, fund_of_scheme, year_balance
from .metric import _name_metric
from .over_threshold import units_over_threshold
from .plan_quotes import approximate_estimates, quoted_plans
from .quantities import _VALUED_FIELD_COLON, _Num, _scan_numbers, _scan_ranks
from .ranked_items import ranked_items
from .ranks import _attach_ranks
from .ratios import contributed_shares, per_population, per_unit_grants
from .samples import method_count
from .shared_passive import _shared_passive
from .subject import read_subjects
from .surveys import survey_base, survey_end
from .text import _clause_start, _clean_ws, _protected_spans
from .timing import status_and_period
from .vocab import (
    _COMPARISON_RE,
    _FW,
    _FW_CHARS,
    canonical_comparison,
)

_NUMERAL = re.compile(r"[\d零〇一二两三四五六七八九十百千万亿]")
# (快于上年同期4.2个百分点, 好于上年: the date after a comparative verb is a base too)
_COMPARED_BEFORE = re.compile(r"(?:比|较|[快慢好优差]于)\s*$")
_FROM_BEFORE = re.compile(r"[由从]\s*$")
# (3家市属企业资产负债率超过75%: the class of the entities, 市属, is part of what is counted)
_COUNTED_BY_BOUND = re.compile(r"(?P<what>[\u4e00-\u9fff]{0,4}?(?:企业|单位|公司|学校|医院|村|乡镇|项目))"
                               r"(?P<measure>[\u4e00-\u9fff]{2,10}?)"
                               r"(?P<side>超过|高于|低于|不足)(?P<bound>\d+(?:\.\d+)?[%％])")
_GOAL_NAMES = ("年度目标", "全年目标", "年度目标任务", "全年目标任务", "年度任务")  # (a goal named without its measure)
_OUTCOME_ONLY = re.compile(r"实际[\u4e00-\u9fff]{1,3}")  # 实际新增, 实际建成: the outcome's verb without its thing
_DE_GAP = re.compile(r"\s*的?\s*")
# the places whose visitors are counted next in the clause (全市12家重点景区累计接待游客168.4万人次): the group's size,
# the scope of the visitors counted, not a figure
_VENUES_RECEIVING = re.compile(r"\s*(?:重点|主要|[AＡ]级|[3-5３-５][AＡ]级?(?:以上)?)?[\u4e00-\u9fff]{0,4}?"
                               r"(?:景区|景点|场馆|博物馆|酒店|饭店|宾馆|民宿)\s*(?:累计|共|合计|共计)?\s*接待"
                               r"[^，,；;。\d]{0,6}[\d０-９]")


# the gap of a figure to its goal (距目标值尚差1.5个百分点, 与目标值还差…)
_GAP_TO_GOAL = re.compile(r"[距离与][^，,；;。\d]{0,8}目标值?[^，,；;。\d]{0,2}?(?:尚|还|仍)?差(?:距)?\s*$"
                          r"|与目标值差距")
# 今年是春节法定假日增加1天后的第一个春节，…新增临时停车位3200个: the year characterized (X是…的第一个…), not
# the time of the figures of the clauses after it
# (3月至5月是森林火灾高发期，全县已组建扑火队伍12支: the season characterized, not the time of the teams formed)
_CHARACTERIZED = re.compile(r"是[^，,；;。]{2,30}(?:第一个|之年|一年|周年|(?:高发|多发|关键|攻坚|窗口|旺|淡)期)"
                            r"[^，,；;。]{0,6}[，,]")
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
            same = 2 if s.startswith("同期", d.end) else 0  # (快于上年同期: the same period of that year)
            comps.append((lead.start(), d.end + same, "比" + _clean_ws(d.text) + s[d.end:d.end + same]))
            continue
        lead = _FROM_BEFORE.search(s, 0, d.start)
        if lead and s.startswith("同期", d.end) and not any(a <= d.start < b for a, b, _ in comps):
            # 由去年同期的632件次下降至518件次, 由上年同期的零起上升至1起: the base is the same period a year before,
            # which dates no figure of the sentence
            comps.append((d.start, d.end + 2, "比" + _clean_ws(d.text) + "同期"))
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
    figures_n = [] if one_persons_case(s) else classify(s, ns, nums)  # (消费者李某…预付费用5800元: .consumer_cases)
    if units_over_threshold(s, nums):  # 有12个站超过100毫米: the stations counted, 100毫米 their threshold
        figures_n = [n for n in nums if n.pattern == "fixed" or (n in figures_n and n.role == "figure")]

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
        if num.cls == "count" and method_count(s, cstart, num.start, num.end, num.unit):  # 共获得有效样本12486人
            prev_end = num.end  # (a survey's method: .samples)
            continue
        best = _SUPERLATIVE_THEN.search(s, max(0, cstart - 12), num.start)
        if best and best.end() == num.start:  # 青石县空气质量优良天数比例最高，为94.5%: the clause before names it
            cstart = _clause_start(s, best.start())
            removals.append(best.span())
        if cstart and cstart == num.start and _VALUED_FIELD_COLON.search(s, max(0, cstart - 8), cstart):
            cstart = _clause_start(s, cstart - 1)  # 预算金额：486.5万元: the field's label names its value
        lstart = max(cstart, prev_end)
        num.l_text = s[lstart:num.start]
        cands = [c for c in comps if (cstart <= c[0] or c[2].startswith("比") and s[:c[1]].endswith("相比"))
                 and c[1] <= num.start]  # nearest comparison in the clause (与2015年相比，… before it)
        if cands:
            num.comparison = cands[-1][2]
            num.base_period = comp_base.get((cands[-1][0], cands[-1][1]), "")
        used = _name_metric(s, num, lstart, removals, ctx) if num.pattern != "fixed" else num.end
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
    ranked_items(s, out_nums)  # 投诉量居前三位的商品依次为：食品2956件: the item's complaints
    _inherit(s, out_nums, ctx, carry_metric, para_metric)
    year_balance(s, out_nums)  # 当年结存0.87亿元: the year's balance, not the accumulated one
    fund_of_scheme(out_nums, carry_metric, para_metric)  # 失业保险基金收入…，基金支出…: the scheme's fund
    per_population(s, out_nums)  # 每万名城镇常住人口拥有18名社区工作者: a ratio
    shared_lead(s, out_nums)  # 新培育省级智能工厂200家、数字化车间600个: both newly fostered
    selected_pilots(s, out_nums)  # 每年遴选100家中小企业开展数字化转型试点: the pilots
    supported_projects(s, out_nums)  # 支持…等12个项目建设: the projects supported
    found_units(s, out_nums)  # 3个单位违规发放津贴补贴: the units of an audit finding
    honoured_counts(s, out_nums)  # 3个集体、12名个人受到省级以上表彰: those so honoured
    beneficiary_counts(s, out_nums)  # 1.52万名农村学生享受营养膳食补助: those who receive it
    medal_counts(out_nums)  # 代表队在省运会上获得金牌27枚: the medals
    decline_gaps(s, out_nums)
    goals(s, out_nums)
    # a rank attaches to the figure it ranks (增长6.8%，居全省第3位); a rank without a value of its own
    # (固定资产投资增速位列全省第二) is no row (issue 11): it is read, never shown
    _attach_ranks(s, ns, ranks, out_nums, removals, ctx)

    from_to(s, out_nums)
    merged(s, out_nums)
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

    usable = status_and_period(s, out_nums, dates, comp_dates, consumed, carry, ctx, default_status)
    balance_at_year_end(s, out_nums)  # 累计结存14.52亿元 of 2024: the stock at the end of 2024
    average_since_base(out_nums)  # …年平均增长率为0.94% after a change against 2010: over 2010/2020
    # (…增长6.4%，未完成年度计划（增长7%）: the plan of the estimate before it)
    quoted_plans(s, out_nums, ctx.plan_span.rpartition("/")[2][:4])
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
    figures = emit_figures(s, kept, subjects, usable, ctx)
    listed_entities(s, figures)  # (…个体经营户1.46万户，住宿和餐饮业0.68万户: businesses too)
    # (到2015年年底 in a text of 2019 is a past point: it dates what follows it)
    # (…主要目标是：到2030年，地区生产总值突破340亿元；一般公共预算收入达到17亿元: a deadline heading a list of goals,
    # after its colon, dates the goals after ； too)
    last = [d for d in dates if d not in comp_dates and id(d) not in consumed
            and (d.kind != "deadline" or _before(d.iso, ctx.anchor_iso) or _GOALS_HEAD.search(s, 0, d.start))]
    return figures, last


_YEAR_END_BASE = re.compile(r"^[比较](?:上年|去年)(?:末|底)$")


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

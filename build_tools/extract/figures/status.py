"""The status of a figure (actual, target, forecast, requirement): the nearest cue before it (力争, 预计, 不低于),
else the default of its context (a plan section: target), with the rules that make a bound a standing norm (每年,
不得, a grant per unit, a sanction's threshold) or a dated goal."""

from __future__ import annotations

import re

from ..dates import DateMatch
from .attributes import (
    _AHEAD,
    _CLAUSE_BREAK,
    _FOCUS,
    _FORECAST_WORDS,
    _FROM_DATE,
    _GOAL_AS_BASE,
    _IDENTIFIED,
    _OPENS_CLAUSE,
    _PLAN_AS_WHOLE,
    _PLAN_VALUE_COLUMN,
    _PREDICATE_PLAN,
    _REMAINING,
    _SECURED,
    _SENTENCE_PART,
    _SERVICE_RADIUS,
    _TERRITORY_AREA,
    _TIME_LIMIT_BEFORE,
    _WHOLE_YEAR,
    _WITHIN,
    _comparison_bases,
    _in_modifier,
    _sentence_part,
    on_the_basis,
    under_way,
)
from .budget import budget_cues
from .context import _before, _Ctx
from .fines import FINE_NOUNS
from .limits import case_fine, stated_limit
from .metric_checks import duty_limit
from .quantities import PAID_OVER, _Num
from .rates import stated_rate, stated_term
from .text import _clause_end, _clause_start, _inside
from .vocab import _FUTURE_CUES, _NAMED_GOAL, _PAST_CUES, _PLAN_SET_VALUE

# (可带动3000人就业: an expected effect; 调价后…户均每月增加水费支出约4.5元: the effect of a price change)
_EFFECT_WORDS = ("建成后", "投产后", "达产后", "调价后", "可")
_NORM_QUALIFIERS = ("不低于", "不少于", "至少", "不超过", "不高于", "最多")  # bounds a rule sets
_REQUIREMENT_WORDS = ("不低于", "不少于", "不超过", "不高于", "控制在")
# a bound right after the name it holds (水分不超过14.5%, 出糙率不低于75%), no verb of an outcome (达到, 控制在, 均)
_BARE_BOUNDS = ("不超过", "不高于", "不低于", "不少于")
_NAMED_ONLY = re.compile(r"^[，,；;：:]?\s*(?:(?![年月日均都仍已])[\u4e00-\u9fff]){1,8}\s*"
                         r"(?:不超过|不高于|不低于|不少于)\s*$")
# (最低 of a standard's name, 基础养老金最低标准提高到…, is no bound; nor the object of a comparison, 略高于最低收购价)
_REQUIREMENT_CUES = re.compile(r"不得(?:低于|少于|超过|高于|多于|早于|晚于)|至少|"
                               r"(?<!于)最低(?!生活保障)(?![^，,；;。\d]{0,4}标准)(?![，,]\s*(?:仅|只)?为)|"
                               r"保持(?![^，,；;。\d]{0,12}?(?:地位|势头|态势|首位))在?|稳定在|维持在|必须(?:达到|保持)")
# (东盟继续保持第一大贸易伙伴地位；对欧盟进出口215.8亿元: a rank or trend kept is a fact, no norm for what follows)
# (柳溪县综合指数最低，为2.86: a superlative among the places compared, stated in a clause of its own, is no norm;
# 最低生活保障对象 names the subsistence allowance scheme, no minimum)
_REQUIREMENT_FIRST = re.compile(r"[不至最保稳维必]")
# a threshold that triggers a sanction or a reward (对完成率低于80%的市予以通报): a standing rule
_SANCTION_AFTER = re.compile(r"[^，,；;。\d]{0,8}的[^，,；;。\d]{0,4}(?:予以|给予|进行|将)?(?:通报|约谈|问责|督办|扣减|"
                             r"核减|追责|通报批评|挂牌)")
_THRESHOLD_BEFORE = re.compile(r"(?:低于|高于|超过|不足|未达到|达不到)\s*$")
# an obligation opening the sentence (严格落实…管理, 坚决…, 必须…): an undated ceiling after it is a standing rule
_OBLIGATION = re.compile(r"严格(?:落实|执行|实行|遵守)|坚决|必须|严禁")
# (我局要求各供水单位…，抢修时间一般不超过24小时; 按照要求，…每年检测不少于12次; 须提前不少于24小时: a bound a body
# requires, before the figure or in its own clause)
_REQUIRED = re.compile(
    r"(?:按照?|根据|依照)要求|要求(?=各|全[市县区省]|所有|相关|辖区)|[须需]\s*(?=提前|在)")
_STANDING = re.compile(r"每年|每[\u4e00-\u9fff]{1,3}每年|每(?:公里|人|户|村|个|半年|季度|月|周|万人|千人)|不得|年均"
                       r"|常年")  # (常年保持在90%以上: held all year round, a standing norm)
_PER_DENOMINATOR = re.compile(r"每\s*(?:[十百千万]+\s*(?:名|个|位)?\s*[\u4e00-\u9fff]{0,6}?(?:人口|人|户)|人|户)\s*$")


# a quota set by a higher level (省下达的年度控制指标, 市分解下达的用水总量控制目标): its value is a binding ceiling
_QUOTA_BEFORE = re.compile(r"(?:下达|分解|核定)的[^，,；;。\d]{0,10}?(?:控制指标|控制目标|控制红线|指标)"
                           r"\s*(?:为|是)?\s*$")
# the weight of an item in an assessment (纳入年度绩效考核，考核权重不低于5%): how the assessment counts it, a rule
_WEIGHT_BEFORE = re.compile(r"(?:考核|考评|评分|评价)?权重\s*(?:不低于|不少于|不高于|不超过|为|占|达到)?\s*$")

def _standing(s: str, start: int, end: int) -> bool:
    """A standing-norm word (每年, 每户, 不得, 年均) in ``s[start:end]``; a rate's own denominator right before its
    number (抽检量不低于每千人4批次: the rate per thousand people) is the figure's unit, not a norm for every case."""
    per = _PER_DENOMINATOR.search(s, start, end)
    return bool(_STANDING.search(s, start, per.start() if per else end))


_EVERY_YEAR = re.compile(r"每年")
# a rule, plan or standard cited before a bound (按照《…实施方案》，…不低于; 按照全省农村投递服务标准，…每周不少于5次)
_CITED_RULE = re.compile(r"(?:按照|根据|依据|依照)(?:《[^》]{2,40}》|[^，,；;。《\d]{0,16}"
                         r"(?:标准|规定|规范|办法|方案|细则))")
_HOLD_AT = re.compile(r"(?:稳定|保持|巩固)在\s*$")
# the amount a measure grants (给予一次性奖励300万元, 省级数字化车间奖励100万元, 补助最高200万元)
_GRANT_BEFORE = re.compile(r"(?:奖励|补助|补贴|奖补|资助)(?:资金)?\s*(?:最高)?\s*$")
# the grant paid out (2025年秋季学期，全县发放资助资金860万元, 累计拨付补助资金): a sum disbursed, not a measure's rate
_PAID_OUT = re.compile(r"(?:发放|拨付|兑现|下达|筹集|落实)(?:各类|各项)?[\u4e00-\u9fff]{0,6}?"
                       r"(?:奖励|补助|补贴|奖补|资助)(?:资金)?\s*$")
# a grant or cap per unit (给予每辆最高1.5万元补贴, 单件补贴金额不超过2000元, 每户补助3000元): a standing rule of a
# scheme in any document (a one-year plan too), unless a date or plan word in the sentence makes it this year's
_PER_UNIT_GRANT = re.compile(r"(?:给予|补贴|补助|奖励|奖补|资助)[^，,；;。]{0,4}?(?:每|单)"
                             r"(?:辆|台|件|套|户|人|位|名|亩|平方米|个|家|吨|千瓦)[^，,；;。\d]{0,4}?(?:最高|不超过|不高于)?\s*$"
                             r"|(?:每|单)(?:辆|台|件|套|户|人|位|名|亩|个|家|头|只)[^，,；;。\d]{0,4}?(?:补贴|补助|奖励|奖补|资助)"
                             r"(?:资金|金额|标准)?[^，,；;。\d]{0,2}?(?:最高|不超过|不高于|为)?\s*$"
                             # (对新增普惠性托位按每个1万元给予一次性建设补助: the rate a grant is paid at)
                             r"|按(?:照)?(?:每|单)(?:辆|台|件|套|户|人|位|名|亩|平方米|个|家|吨|千瓦)\s*$")


def _closed_year(ctx: _Ctx) -> bool:
    """The text reports a whole year and was written after it (a statistics bulletin of May 2026 on 2025)."""
    return bool(re.fullmatch(r"\d{4}", ctx.actual)) and ctx.anchor_iso[:4] > ctx.actual


def _cue_kind(word: str) -> str:
    if word.startswith(_FORECAST_WORDS) or word in _EFFECT_WORDS or (
            word[:1] == "据" and word.endswith(("预测", "预报"))):
        return "forecast"  # 预计, 有望, 据气象部门预测; 建成后可实现年纳税4000万元: an expected effect
    if word in _REQUIREMENT_WORDS:
        return "requirement"
    return "target"


# a bracket closed before the figure defines or glosses a name (B类（正在解决或列入计划逐步解决）61件, 某项目（计划
# 2026年建成）): its plan words say what the category or thing is, not that the figure is planned
_CLOSED_BRACKET = re.compile(r"（[^（）]{0,40}）")
# 将 of a disposal whose object is counted, in a review of a past year (依法将1532名失信被执行人纳入失信名单): 将 marks
# what was put on the list, no future (the cue is read on the text before the number, which cannot see the verb after
# it)
# (将原有14家市属一级企业整合为8家企业集团: what was merged, in a review, is no plan either)
_DISPOSAL_OF_COUNTED = re.compile(r"(?:原有|原来的|原)?\d+(?:\.\d+)?[万亿]?(?:名|人|家|户|个|件|起|项|批)"
                                  r"[^，,；;。\d]{1,16}?(?:纳入|列入|列为|移交|移送|转交|转办|(?:整合|合并|归并|撤并|精简|重组)(?:为|成))")
# 将 of a disposal whose object holds the figure, in an audit's findings (将项目资金386.5万元用于办公楼维修, 将4条
# 村道的附属工程直接发包, 将…工程中的1480万元转包给个人): what was done with the money or the works, no plan (.audited)
_FOUND_DISPOSAL = re.compile(r"\s*[^，,；;。]{0,30}?\d+(?:\.\d+)?\s*[万亿]?(?:元|条|个|项|座|处|家|笔|宗)"
                             r"[^，,；;。]{0,30}?(?:用于|挪作|挪用|转包|分包|发包|出借|借给|转借|转入|存入|划入|支付给|拨付给)")
# a project's size as approved or planned (批复总投资2.86亿元, 规划建设里程312.6公里, 设计年产能50万吨): its plan,
# whatever dates the clause (…于2023年4月开工，…批复总投资…: the start's date)
_APPROVED_SIZE = re.compile(r"(?:批复|规划|设计)(?:建设)?(?:总投资|投资|总里程|里程|规模|总规模|产能|年产能|面积|"
                            r"总面积)(?:为|达|约)?\s*$")
# a sentence opening with what was completed (完成市属国有企业整合重组，将原有14家…整合为8家): the 将 after it tells
# how, no plan
_DONE_THEN = re.compile(r"\s*(?:已|先后|全面|顺利)?完成[^，,；;。\d]{2,24}[，,]\s*")
# a plan word in a modifier closed by 的 before a count (计划新开工的10个项目全部开工): it says which things are
# counted, not that the count is planned
_PLANNED_MODIFIER = re.compile(r"计划[\u4e00-\u9fff]{1,8}的(?=\s*\d)")
# a clause of purpose opening the sentence (为确保应种尽种，县财政安排…资金1200万元): what the action is for, not a
# goal of the figure after it (which keeps the status of its own clause)
_PURPOSE = re.compile(r"^\s*为了?(?:确保|保证|保障|推动|加快|促进|实现|进一步|切实|全力|有效)[^，,；;。]{1,30}[，,]")


# funding obtained as a part or running total of an amount stated (投入资金2.35亿元，其中争取中央和省级资金1.42亿元;
# 累计争取上级资金): secured, no plan
_PART_SECURED = re.compile(r"(?:其中|累计|共)$")


# money set aside by a government for a year (财政安排, 预算安排, 下达): with a year still to come, that year's plan
_ALLOCATED = re.compile(r"财政安排|预算安排|安排[^，,；;。]{0,12}资金|下达[^，,；;。]{0,8}资金")


def _cues(s: str, upto: int, dates: list[DateMatch], ctx: _Ctx, planned_before: bool = False,
          ) -> list[tuple[int, str]]:
    """Status signals in ``s[:upto]`` by position: target (力争, 到2025年), forecast (预计), requirement (不低于,
    不得少于, 控制在) and actual (已, 累计, a past date). 累计 under a future deadline (到2026年，累计完成…, or
    ``planned_before``: the sentence continues a target joined by ；) is a planned running total, no past sign."""
    prefix = s[:upto]
    cues: list[tuple[int, str]] = []
    effect = -1  # the end of an effect word (建成后): 将 after it in its clause foretells an effect (产能将提升40%)
    wholes = [m.span() for m in _PLAN_AS_WHOLE.finditer(prefix)] if "占" in prefix or "完成" in prefix else []
    wholes += [m.span() for m in _GOAL_AS_BASE.finditer(prefix)]
    wholes += [m.span() for m in _CLOSED_BRACKET.finditer(prefix)]
    wholes += [m.span() for m in _PLANNED_MODIFIER.finditer(s, 0, upto + 1)]
    wholes += [m.span() for m in _PURPOSE.finditer(prefix)]
    for m in _FUTURE_CUES.finditer(prefix):
        if _inside(m.start(), wholes) or (m.group() == "争取" and _SECURED.match(s, m.end(), m.end() + 20) and (
                s[max(0, m.start() - 1):m.start()] == "已" or ctx.review is not None or _closed_year(ctx)
                or (ctx.secured and not _AHEAD.search(s, 0, m.start()))
                or _PART_SECURED.search(s, max(0, m.start() - 3), m.start())
                or any(d.kind == "since" and d.end <= m.start() for d in dates))):
            continue  # (under a review of a past year or 今年以来, 争取新增专项债券资金6.5亿元 is funding secured)
        if m.group() == "将" and (ctx.review is not None or _DONE_THEN.fullmatch(prefix, 0, m.start())) and \
                _DISPOSAL_OF_COUNTED.match(s, m.end()):
            continue  # (under a review of a past year only: 2026年将500户…纳入 in a plan stays a plan)
        if m.group() == "将" and ctx.findings and _FOUND_DISPOSAL.match(s, m.end()):
            continue  # (将项目资金386.5万元用于办公楼维修 in an audit's findings: done, no plan)
        kind = _cue_kind(m.group())
        if kind == "forecast" and m.group() in _EFFECT_WORDS[:4]:
            effect = m.end()
        elif m.group() == "将" and effect >= 0 and not _CLAUSE_BREAK.search(prefix, effect, m.start()):
            kind = "forecast"
        elif m.group() == "将" and cues and cues[-1][1] == "forecast" and (not _CLAUSE_BREAK.search(
                prefix, cues[-1][0], m.start()) or (not _SENTENCE_PART.search(prefix, cues[-1][0], m.start())
                                                    and _OPENS_CLAUSE.search(_sentence_part(prefix, m.start())))):
            # 预计到2025年将达到2800亿元: 将 of the estimate; 预计全年…将超过2.4万户，减税降费…将达到12亿元:
            # an estimate opening the sentence governs the 将 of its later clauses (not past a ；)
            kind = "forecast"
        cues.append((m.end(), kind))
    if _REQUIREMENT_FIRST.search(prefix):
        cues += [(m.end(), "requirement") for m in _REQUIREMENT_CUES.finditer(prefix)]
    cues += budget_cues(prefix)  # 收入预算总计6842.35万元: a budget is the year's plan
    past = list(_PAST_CUES.finditer(prefix))
    bases = _comparison_bases(s) + on_the_basis(s, upto) if past or dates else ()
    if past:
        planned = [d.end for d in dates if d.kind == "deadline" and d.end <= upto and ctx.anchor_iso
                   and not _before(d.iso, ctx.anchor_iso)]
        cues += [(m.end(), "actual") for m in past if not _inside(m.start(), bases)
                 and not (m.group() == "累计" and (planned_before or any(p <= m.start() for p in planned)
                                                  or _estimated_total(prefix, cues, m.start())))]
        # (到2026年，全市累计完成改造420个；累计改造管网860公里: a running total planned, not achieved)
    for d in dates:
        if d.end > upto or _inside(d.start, bases) or _FROM_DATE.search(s, 0, d.start) or _in_modifier(d, s, upto):
            continue  # 比2020年下降18%, 由2023年的40.2%提高到42%: a base is no sign of a past result; nor is the
            # date of a modifier (力争2000年底前建成的老旧小区改造全面完成，累计改造小区达到9500个: a target)
        if d.kind == "deadline":
            future = not _before(d.iso, ctx.anchor_iso) if ctx.anchor_iso else True
            estimated = future and s[:d.start].rstrip().endswith(_FORECAST_WORDS)  # 预计到2025年将达到2800亿元
            cues.append((d.end, "forecast" if estimated else "target" if future else "actual"))
        elif _before(d.iso, ctx.anchor_iso):
            # (预计2025年…比重达到13.2% in April 2026: the year estimated before its final data, no sign of a result)
            cues.append((d.end, "forecast" if s[:d.start].rstrip().endswith(_FORECAST_WORDS) else "actual"))
        elif len(d.iso) == 4 and d.iso == ctx.anchor_iso[:4] and ctx.anchor_iso[5:7] >= "10" \
                and not re.search(r"[；;。]", s[d.end:upto]) and _ALLOCATED.search(s, d.end, upto):
            cues.append((d.end, "actual"))  # 今年县财政安排…投入9.6亿元 in a November speech: the year's money set
            # aside, an outcome of the year nearly closed
        elif len(d.iso) == 4 and ctx.year and d.iso > ctx.year and _clause_start(s, upto) <= d.start \
                and _ALLOCATED.search(s, d.end, upto):
            # 2026年市财政安排人才发展专项资金2亿元 in rules of December 2025: a year to come's allocation is its
            # budget, a plan
            cues.append((d.end, "target"))
        elif d.kind != "since" and (d.precision == "quarter" or (d.precision == "month" and "/" not in d.iso)) \
                and _ends_after_month(d, ctx.anchor_iso) \
                and not any(kind == "forecast" for at, kind in cues if at <= d.start):
            # 四季度组织开展…活动200场以上 in October: a quarter or month whose months are still to come is planned
            # (预计四季度…增长5.7%: estimated; a school year 2023/2024学年 in April 2024 is no month to come)
            cues.append((d.end, "target"))
    return sorted(cues)


def _estimated_total(prefix: str, cues: list[tuple[int, str]], at: int) -> bool:
    """累计 after an estimate opening its sentence part (预计未来24小时，…累计降雨量50～80毫米): the total foretold,
    no past sign (not past a ；)."""
    return any(kind == "forecast" and end <= at and prefix[end - 2:end] in ("预计", "预测")
               and not _SENTENCE_PART.search(prefix, end, at) for end, kind in cues)


def _ends_after_month(d: DateMatch, anchor_iso: str) -> bool:
    """The date's last month comes after the month of ``anchor_iso`` (四季度 read in October: December)."""
    last = d.last[:7]
    return len(last) == 7 and len(anchor_iso) >= 7 and anchor_iso[:7] < last


# the value of a goal named just before it (完成年度目标3.5万人的114.9%, 全年目标任务3600个); not the gap to it
# (低于年度计划0.3个百分点)
_GOAL_VALUE_BEFORE = re.compile(r"(?<![于比较出过])(?:年度|全年)(?:目标任务|目标|任务|计划)(?:数)?\s*(?:为|是)?\s*$")
# an outcome stated later in the sentence with the words of a plan's execution (实际完成3126户, 实际新增5620个)
_OUTCOME_LATER = re.compile(r"实际(?!上)(?:完成|新增|建成|改造|开工|发放|筛查|招聘|投入|实施)[^，,；;。\d]{0,10}?"
                            r"(?P<num>\d[\d.]*)\s*(?P<unit>[万亿千百]?[\u4e00-\u9fff%]{0,3})")


def _planned_against_outcome(s: str, num: _Num) -> bool:
    """为3000户特殊困难老年人家庭实施居家适老化改造，实际完成3126户: a quantity with no cue before it in its sentence
    whose later clause reports the 实际 outcome in the same unit is the plan it is measured against."""
    if "实际" not in s[num.end:] or "实际" in s[:num.start] or not num.unit:
        return False
    end = s.find("。", num.end)
    for m in _OUTCOME_LATER.finditer(s, num.end, end if end >= 0 else len(s)):
        if m.group("unit").startswith(num.unit.strip()) or num.unit.strip().startswith(m.group("unit")[:1] or "-"):
            return True
    return False


# a year named as a base or the start of a change (比2025年, 较2025年, 在2026年基础上, 由2020年的): no goal's year
_GOAL_YEAR_AS_BASE = re.compile(r"(?:比|较|在|由|从|同)\s*$")


def _goal_year_before(s: str, num: _Num, dates: list[DateMatch], ctx: _Ctx) -> bool:
    """In a plan's goals, a whole year not before the document's named earlier in the figure's part of the sentence
    (up to the ； before it) dates a bound as that year's goal: 2027年全省煤炭消费量控制在8200万吨以内, 2027年，…比例
    不低于90% are targets of 2027, not standing norms; a year given as a base (较2025年) does not, nor one before a
    yearly amount (每年…不少于)."""
    start = max(s.rfind("；", 0, num.start), s.rfind(";", 0, num.start)) + 1
    if not ctx.year or _STANDING.search(s, start, num.start):
        return False  # (2026年、2027年…每年安排…不少于5亿元: a yearly amount of those years, still a norm)
    cstart = _clause_start(s, num.start)
    # (the year in the figure's own clause, or opening the part of the sentence: 2027年，…; not one of another
    # clause: 2026年、2027年分别完成改造…，改造后供电煤耗不高于300克标准煤/千瓦时 is a standing limit)
    return any((cstart <= d.start or (not s[start:d.start].strip() and s[d.end:d.end + 1] in ("，", ",")))
               and d.end <= num.start
               and d.kind in ("point", "period") and len(d.iso) == 4 and d.iso >= ctx.year
               and not _GOAL_YEAR_AS_BASE.search(s, start, d.start) for d in dates)


def _dated_clause(s: str, start: int, end: int, dates: list[DateMatch]) -> bool:
    """A date in ``s[start:end]`` (the sentence before the figure)."""
    return any(start <= d.start < end for d in dates)


_STILL_EXISTS = re.compile(r"(?:仍|还|依然|仍然)存在")
_STANDARD_VALUE_COLUMN = re.compile(r"(?:国家)?标准值[：:]")
_COUNTED = re.compile(r"^(?:据统计|经统计|据初步统计)[，,]")
# what exists now, counted (全市燃气锅炉房共有87座 under a plan's tasks): no plan
_HAS_NOW = re.compile(r"^[^，,；;。\d要将计划力争确保]{0,16}(?:共有|现有)[^，,；;。\d]{0,8}$")


# a value kept, said bare (保持100%, 维持3.2%): no floor or band (保持在…以上, 稳定在…左右) that a rule or goal sets
_KEPT_BARE = re.compile(r"(?:保持|维持)\s*$")
_MODAL_BEFORE = re.compile(r"要|应|须|需|将|力争|确保|争取|继续|持续")  # (今年要保持100%: a goal; 继续保持: a resolve)


def _kept_in_review(s: str, num: _Num, dates: list[DateMatch], ctx: _Ctx, carry: list[DateMatch]) -> bool:
    """A value kept, bare (城市供水普及率保持100%), in a sentence a past or current period opens (第三季度，…) with no
    plan or norm word before it (今年要保持100%, 确保保持 stay goals): what the period kept is an outcome. ``carry``:
    the dates the clauses before ； frame the sentence with."""
    if num.post or num.qualifier or not _KEPT_BARE.search(s, _clause_start(s, num.start), num.num_start):
        return False
    own = [d for d in dates if d.start < num.start]
    opened = [d for d in (own if own else carry) if (d.start <= 1 or not own) and d.kind in ("point", "period")]
    if not opened or not ctx.anchor_iso or not all(_before(d.iso, ctx.anchor_iso) for d in opened):
        return False
    return not _MODAL_BEFORE.search(s, 0, num.start) and not any(
        k != "requirement" for _, k in _cues(s, num.start, dates, ctx))


def _status(s: str, num: _Num, dates: list[DateMatch], ctx: _Ctx, default: str,
            carry: list[DateMatch] | None = None) -> str:
    """actual | target | forecast | requirement: the nearest signal before the figure (or later in its clause:
    7个项目争取年内开工), else the default of its context (a plan section: target). A requirement word (不低于,
    控制在…以内) states a standing norm when the norm recurs (每年, 每公里, 不得) or the document lays down rules
    (a notice, a plan) and nothing dates it as this year's goal; under 力争/确保/到2025年 it is a target, in a review
    of the past an outcome (控制在3.5%以内 achieved)."""
    if _NAMED_GOAL.match(s, num.end):
        return "target"  # 6.5%的预期目标: whatever dates the clause, the figure is a goal
    if num.cls == "money" and (num.metric in FINE_NOUNS or "奖励" in num.metric) and (
            num.post in ("以上", "以下") or num.upper is not None or (ctx.normative and case_fine(s, num.start))):
        return "requirement"  # 处200元以上3000元以下罚款, 给予1000元至5000元奖励: the range a rule sets or offers
    if (_COUNTED.match(s) or _HAS_NOW.match(s[:num.start])) and num.kind == "count" and not num.qualifier:
        return "actual"  # 据统计，全省现有…优抚对象14.2万人 in a notice: a count taken, no norm
    if num.kind == "count" and (_REMAINING.search(s, _clause_start(s, num.start), num.num_start) or (
            _STILL_EXISTS.search(s, 0, _clause_start(s, num.start))
            and re.fullmatch(r"\s*有\s*", s[_clause_start(s, num.start):num.num_start]))) and not any(
            p > _clause_start(s, num.start) for p, _ in _cues(s, num.start, dates, ctx)):
        # (…仍存在整改进度偏慢等问题，有3个单位整改完成率低于90%: the units the problem stated is found in, now)
        return "actual"  # 全市仍有2个县（区）…高于全市平均水平 under 存在的问题和下一步工作: what remains now, a fact
    if num.base in ("km2", "mu", "ha") and _TERRITORY_AREA.search(s, _clause_start(s, num.start), num.num_start):
        return "actual"  # 规划范围为…全域，国土总面积2146.8平方公里: the area of the territory, a fact of the present
    if _PLAN_SET_VALUE.search(s, _clause_start(s, num.start), num.num_start) or _PLAN_VALUE_COLUMN.match(s):
        return "target"  # 保持在《规划》要求的45%左右: the value the programme set, quoted against the outcome
    if _STANDARD_VALUE_COLUMN.match(s):
        return "requirement"  # 标准值：建成区绿化覆盖率不低于40%: a table's column of standards, restated (tables.py)
    if _GOAL_VALUE_BEFORE.search(s, _clause_start(s, num.start), num.num_start):
        return "target"  # 完成年度目标3.5万人的114.9%: the goal's own value (the share after it is the outcome)
    if num.kind != "growth" and _APPROVED_SIZE.search(s, _clause_start(s, num.start), num.num_start):
        return "target"  # 批复总投资2.86亿元, 规划建设里程312.6公里: a project's approved or planned size
    if num.kind != "growth" and _planned_against_outcome(s, num):
        return "target"  # 为3000户…实施改造，实际完成3126户: the plan the later 实际 outcome is set against
    if _THRESHOLD_BEFORE.search(s, _clause_start(s, num.start), num.num_start) and _SANCTION_AFTER.match(s, num.end):
        return "requirement"  # 对年度任务完成率低于80%的市予以通报: the threshold of a standing sanction
    if num.kind == "count" and (_FOCUS.search(s, _clause_start(s, num.start), num.start) or _IDENTIFIED.search(
            s, _clause_start(s, num.start), num.start)):
        return "actual"  # 要紧盯…的411个亿元以上项目: the things a task works on exist; their count is a fact
    if _QUOTA_BEFORE.search(s, _clause_start(s, num.start), num.start):
        return "requirement"  # 用水总量控制在省下达的年度控制指标10.50亿立方米以内: the quota set from above
    if num.cls == "percent" and _WEIGHT_BEFORE.search(s, _clause_start(s, num.start), num.start):
        return "requirement"  # 考核权重不低于5%: the weight an assessment gives an item, a rule of the assessment
    if num.cls == "duration" and _TIME_LIMIT_BEFORE.search(s, _clause_start(s, num.start), num.start) and (
            num.post in ("以内", "之内") or _WITHIN.match(s, num.end)):
        return "requirement"  # 改造完工后30个工作日内完成验收: a time limit counted from an event, a standing rule
    if num.cls == "duration" and duty_limit(s, num, s[_clause_start(s, num.start):num.start]):
        return "requirement"  # 险情发生后，要在30分钟内电话报告，1小时内书面报告: a duty's time limit
    if ctx.normative and num.unit == "年" and PAID_OVER.search(s, max(0, num.start - 8), num.start):
        return "requirement"  # 每月1500元，连续发放3年 in rules: the term a grant is paid over, for every case
    if ctx.normative and stated_term(s, num):
        return "requirement"  # 试用期为12个月, 年龄为18周岁以上 in a notice: a term or bound it sets for every case
    if ctx.normative and stated_limit(s, num.start, num.num_start, num.end) and not dates \
            and not any(k != "requirement" for _, k in _cues(s, num.start, dates, ctx)):
        return "requirement"  # 限速40公里/小时, 应当在…两端各500米处设置, 超过300米时启动: a notice's norm (.limits)
    if num.cls in ("measure", "duration") and _SERVICE_RADIUS.match(s, num.end):
        return "requirement"  # 城市居民出门500米可达公园绿地, 15分钟可达: a standard of access, not a quantity
    if num.kind != "growth" and under_way(s, num):
        return "target"  # 27公里环城生态绿廊等生态工程扎实推进: the planned size of works under way
    after = _PREDICATE_PLAN.match(s, num.end, _clause_end(s, num.end)) if num.kind == "count" else None
    if after:
        return _cue_kind(after.group(1))  # …等7个项目争取年内开工: what the counted things are to do
    if ctx.normative and num.cls == "money" and _GRANT_BEFORE.search(s, _clause_start(s, num.start), num.start) \
            and not _PAID_OUT.search(s, _clause_start(s, num.start), num.start) \
            and not any(k != "requirement" for _, k in _cues(s, num.start, dates, ctx)):
        return "requirement"  # 对新认定的智能工厂给予一次性奖励300万元: the amount a measure grants, a standing rule
    if num.cls == "money" and _PER_UNIT_GRANT.search(s, _clause_start(s, num.start), num.start) \
            and not any(k != "requirement" for _, k in _cues(s, num.start, dates, ctx)) \
            and not (default == "actual" and not ctx.normative and _closed_year(ctx)):
        return "requirement"  # 给予每辆最高1.5万元补贴: what a scheme grants per unit, a standing rule
        # (…补贴标准为每人每月200元 in a bulletin on a year already closed: the standard paid in that year, a fact)
    if ctx.normative and stated_rate(s, num) \
            and not any(k != "requirement" for _, k in _cues(s, num.start, dates, ctx)):
        return "requirement"  # 青苗补偿费按照每亩2200元, 按照区片综合地价的50%予以补偿: a scheme's standing rate
    cstart = _clause_start(s, num.start)
    if num.post == "以上" and _HOLD_AT.search(s, cstart, num.start) and ctx.year and any(
            cstart <= d.start < num.start and len(d.iso) == 4 and d.iso > ctx.year for d in dates):
        return "target"  # 2026年度全县参保率稳定在95%以上 in a notice of 2025: the floor set for a year to come
    if default != "target" and _kept_in_review(s, num, dates, ctx, carry or []):
        return "actual"  # 第三季度，…；城市供水普及率保持100%: the rate the quarter kept, an outcome
    planned = default == "target"
    cues = _cues(s, num.start, dates, ctx, planned)
    if not cues:
        cues = _cues(s, _clause_end(s, num.end), dates, ctx, planned)
    cstart = _clause_start(s, num.start)
    if planned and any(cstart <= d.start < num.start and d.kind in ("point", "period") and ctx.anchor_iso
                       and not _before(d.iso, ctx.anchor_iso) for d in dates):
        # 在去年完成12个…的基础上，今年再消除薄弱村20个: the clause's own 今年 in a plan; the past cue was the base's
        cues = [c for c in cues if c[0] > cstart]
    other = [k for _, k in cues if k != "requirement"]
    base = other[-1] if other else default
    if default == "rule":  # a sentence of measures or a standard (每户一次性补贴2500元): a standing rule
        return base if other else "requirement"
    if base == "requirement" and not other and not _standing(s, _clause_start(s, num.start), num.start):
        base = "target"  # 控制在5.5%以内；新建幼儿园4所: the norm of the clause before does not make a task a norm
    cstart = _clause_start(s, num.start)
    required = any(k == "requirement" and p > cstart for p, k in cues) or num.qualifier in _NORM_QUALIFIERS or (
        num.post == "以内" and "控制在" in s[:num.start]) or (
        any(k == "requirement" for _, k in cues) and _standing(s, cstart, num.start)) or (
        base == "target" and bool(_EVERY_YEAR.search(s, cstart, num.start)) and (
            num.post == "以上" or (ctx.normative and num.kind in ("count", "level"))))
    # (每年遴选100家中小企业 in a notice or plan: a yearly quota, a standing norm)
    # (每年实施20件以上重点民生实事 in a programme: a yearly minimum, a standing norm)
    # (不得低于以下标准：县道每年每公里10000元: the norm announced before a colon covers the standing amounts after it)
    if not required:
        return base
    before = s[cstart:num.start]
    if other and base == "actual":
        return "actual"
    dated = any(d.kind == "deadline" and cstart <= d.start < num.start for d in dates) or _WHOLE_YEAR.search(before) \
        or (default == "target" and _goal_year_before(s, num, dates, ctx)) \
        or any(d.kind == "period" and "/" in d.iso and d.start <= 1 for d in dates)  # (a span heading the sentence)
    if not dated and not other and _CITED_RULE.search(s, 0, cstart):
        return "requirement"  # 按照《…方案》，能繁母猪正常保有量不低于11.8万头: the bound a cited rule sets, any genre
    # (不得低于90% is the figure's own qualifier: its 不得 makes the bound a standing norm, under 要… too)
    if (_standing(s, cstart, num.num_start) or num.qualifier == "最多") and not dated:
        return "requirement"  # (可申请最高20万元的贷款: a cap on what is granted is a standing rule)
    if not other and not dates and (_OBLIGATION.search(s, 0, cstart) or _REQUIRED.search(s, 0, num.start)):
        return "requirement"  # 严格落实债务限额管理，债务率控制在120%以内: an undated ceiling under an obligation
    if ctx.normative and not dated and base == "target" and not _dated_clause(s, 0, num.start, dates) and (any(
            k == "requirement" and p > cstart for p, k in cues) or num.qualifier in _NORM_QUALIFIERS) and all(
            p <= cstart for p, k in cues if k != "requirement"):
        # 各学校要严格按照核定的计划招生，小学一年级班额不超过45人: the obligation (要) of the clause before, the bound
        # (不超过) in the figure's own clause, no date before it (到2035年，…控制在58万人左右 is the year's goal): a
        # standing norm of the notice, not this year's goal
        return "requirement"
    if other and base == "target":
        return "target"
    if ctx.normative and not dated:
        return "requirement"
    if base == "actual" and not dates and not other and num.qualifier in _BARE_BOUNDS \
            and _NAMED_ONLY.match(s[cstart:num.num_start]):
        return "requirement"  # 收购的中晚稻，水分不超过14.5%，出糙率不低于75% in news: a bound a noun is held to
    return base if base != "forecast" else "forecast"

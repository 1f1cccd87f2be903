"""The attributes of a figure: period and plan/result status (its kind and direction: direction.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..dates import DateMatch
from .budget import budget_cues
from .context import _before, _Ctx
from .quantities import _Num
from .rates import stated_rate, stated_term
from .text import _clause_end, _clause_start, _inside
from .vocab import (
    _COMPARISON_RE,
    _FUTURE_CUES,
    _FW,
    _FW_CHARS,
    _NAMED_GOAL,
    _PAST_CUES,
    _PLAN_SET_VALUE,
)

_WHOLE_YEAR = re.compile(r"全年|全年度|年度")
# 全年 naming the whole of a share (占年度计划的, 完成全年目标任务的) or a base (比去年全年): not the period
_PART_OF_YEAR = re.compile(r"[^，,；;。\d]{0,8}的\s*$")
_YEAR_AS_BASE = re.compile(r"[比较](?:去年|上年|前年)?\s*$")
# the year's budget or plan as the whole of a share an earlier figure gives (1-11月…完成年度预算的91.2%，同比增长3.6%):
# the year is the share's yardstick, no date of the figures after it
_YEAR_PLAN_SHARE = re.compile(r"[^，,；;。\d]{0,6}?(?:预算|计划|目标任务|目标|任务)(?:数)?的\s*\d")
# the year's plan as the whole of a share (占年度计划的27.4%): no plan cue
# the year's goal as the base of a gap (增长5.6%，高于年度预期目标0.1个百分点; 低于年度目标): the gap is what the
# sentence says of the outcome (an estimate, a result), no plan cue
_GOAL_AS_BASE = re.compile(r"(?:高于|低于|超过|超出|快于|慢于|好于|差于)\s*(?:全?年度?|全年|省定|市定|既定)?的?"
                           r"(?:预期目标|预期|目标任务|目标|计划)")
_PLAN_AS_WHOLE = re.compile(r"(?:占|完成|达到)(?:全?年度?)?(?:计划|目标任务|目标|任务)(?:数)?的?")
# what a task focuses on (紧盯…的411个项目, 以7个开发区为重点, 特别是24户企业): things that exist, not a result; a
# result verb in between (以建设5个示范区为抓手) makes it one
_FOCUS = re.compile(r"(?:盯住|紧盯|盯紧|聚焦|(?<![亿万元])以(?![上下来内外及])|尤其是|特别是)"
                    r"(?:(?!建设|新建|打造|培育|创建|实施|完成|新增|引进|开工)[^，,；;。]){0,12}$")


# a set already identified (各县区自查的9个项目, 梳理出的37个, 列入省重点的12个) and the people a goal is for
# (让340万人民过上…): things that exist, counted as a fact whatever the task says
_IDENTIFIED = re.compile(r"(?:(?:自查|梳理|排查|筛选|摸排|列入[^，,；;。]{0,10}|纳入[^，,；;。]{0,10})出?的|[让使])"
                         r"\s*$")


# a distance or time within which a service is reached (出门500米可达公园绿地, 步行15分钟可达): a standard
_TIME_LIMIT_BEFORE = re.compile(r"(?:后|起|之日起|之日)\s*$")
_WITHIN = re.compile(r"\s*(?:以内|之内|内)")
_SERVICE_RADIUS = re.compile(r"\s*(?:(?:以内|之内|内|范围内)(?:即|均|就)?有|(?:以内|之内|内|范围内)?(?:即|均|就)?"
                             r"(?:可达|可到达|见绿|见园))")
# a plan word heading the predicate of the counted noun (等7个10亿元以上项目争取年内开工)
_PREDICATE_PLAN = re.compile(r"[^，,；;。\d]{0,14}?(争取|力争|计划|确保|拟|预计|有望)(?=[\u4e00-\u9fff])")


# the scopes of works still under way (50万平方米拆违建绿、27公里生态绿廊等生态工程扎实推进, 正在建设): planned sizes,
# of no particular year; the predicate closes the list of works the figure heads
_UNDER_WAY = re.compile(r"[^，,；;。]{0,60}?(?:(?:扎实|加快|稳步|有序|全力|积极|全面)推进|正在(?:建设|推进|实施|施工)"
                        r"|加快建设|加紧建设)\s*$")
_DONE_BEFORE = re.compile(r"已|累计|完成|建成|实现")


def under_way(s: str, num: _Num) -> bool:
    """Is the figure the size of a work still under way (:data:`_UNDER_WAY`), with no sign of a result before it in
    its clause?"""
    start = _clause_start(s, num.start)
    return (_UNDER_WAY.match(s, num.end, _clause_end(s, num.end)) is not None
            and not _DONE_BEFORE.search(s, start, num.start))


# what recurs every year (每年各出资5000万元) or is pledged to a fund (城发集团出资1000万元): of no date the text
# states, not a stock at the article's date
_UNDATED_COMMITMENT = re.compile(r"每年(?:各|均|都)?[^，,；;。\d]{0,6}$|(?:出资|捐资|捐款|注资|认缴)\s*$")


# an ongoing change of state (等21个特色产业集群不断壮大, 农村卫生户改造稳步推进，普及率达80%): said of now, not of the
# months or years an earlier clause or sentence reviews
ONGOING = r"(?:不断|日益|持续|逐步|稳步|进一步)(?:发展)?(?:壮大|扩大|增强|推进|完善)"
_ONGOING_AFTER = re.compile(rf"[^，,；;。\d]{{0,12}}?{ONGOING}\s*$")


# an amount naming the investment of the projects it qualifies (100亿投资项目, 50亿元投资的项目)
_SIZE_OF_PROJECTS = re.compile(r"\s*(?:元)?(?:总)?投资(?:的)?(?:重大|重点|产业)?(?:项目|工程)")


# a measure naming the scale of the works it qualifies (33万公顷荒山绿化工程, 120公里环城绿道项目)
_SIZE_OF_WORKS = re.compile(r"[^，,；;。、\d]{1,12}?(?:工程|项目)(?=$|[，,；;。、等])")


def default_period(status: str, ctx: _Ctx) -> str:
    """The period of a figure whose sentence names none: by its status (see context._context)."""
    if status == "requirement":
        return ctx.span or ctx.scheme_year
    if status == "target":
        return ctx.target
    if status == "forecast":
        return ctx.forecast
    return ctx.actual


_EXPECTED_EFFECT = re.compile(r"可(?:带动|吸纳|解决|创造|新增|增加)[^，,；;。\d]{0,6}$")
_PER_YEAR_EFFECT = re.compile(
    r"(?:建成后|投产后|达产后|可实现|预计)[^，,；;。]{0,6}年(?:均|增收|纳税|税收|产值|产能|产|销售|利润|收入)")
# the clause of an effect a project will have once built (建成后产能将提升40%): of no particular year
_AFTER_BUILT = re.compile(r"(?:建成|投产|达产|投用|投入使用)后")
_ANNUAL_ONLY = re.compile(r"优良天数|年平均|年均浓度|年均值|全年|水质优良比例|水源地水质")
# an as-of date (截至9月份, 到2018年末) before a flow of the year to date (新增, 到位资金, 收入实现) rather than a stock
_AS_OF_DATE = re.compile(r"^(?:截至|截止|到)")
_YEAR_TO_DATE_FLOW = re.compile(r"新增|到位|收入|(?<!资)产值|增加值|签约|引进")  # (资产值: assets, a stock)
_STOCK_WORDS = re.compile(r"累计|余额|总数|数量|总量|存量|保有量|共有|现有|达到|已达")
# a rate reached at the end of a span (2016年以来…贫困发生率下降到1.7%, “十三五”期间…自来水普及率达87%)
_REACHED = re.compile(r"(?:下降|上升|提高|提升|降低|减少|增加|增长)到\s*$|(?<![增下上高])达到?\s*$")


# a date inside a modifier of the counted noun (共有2000年底前建成的老旧小区1280个): it dates what the noun is, not the
# figure
_BEFORE_DATE_MODIFIER = re.compile(r"\s*(?:以前|之前|前)[^，,；;。\d]{1,8}的")
_MODIFIER_TAIL = re.compile(r"[^，,；;。\d]{1,8}的")


def _in_modifier(d: DateMatch, s: str, upto: int) -> bool:
    """The date qualifies a noun after it (2000年底前建成的老旧小区): it dates no figure."""
    if d.text.endswith("前"):
        return _MODIFIER_TAIL.match(s, d.end, upto) is not None
    return _BEFORE_DATE_MODIFIER.match(s, d.end, upto) is not None


# 由2016年的98.6亿元增加到2021年的152.3亿元，年均增长7.1%: the span of years, then the average rate
_YEARS_SPAN = re.compile(r"(?:由|从)(?P<a>(?:19|20)\d{2})年[^。！？]{0,40}?(?:到|至)(?P<b>(?:19|20)\d{2})年")
_AVERAGE_END = re.compile(r"年均(?:增长|递增|提高|增加|下降|减少)?(?:了)?$")
_FROM_TO = re.compile(r"(?:由|从)[^；;。！？]{0,30}?(?:到|至)")


def _average_span(num: _Num, s: str) -> str:
    """An average annual rate closing a span of years (由2016年的…增加到2021年的…，年均增长7.1%) covers the years of
    growth after the base year, 2017/2021, not the end year alone; so does the rate of a parallel clause of the
    sentence (；一般公共预算收入由6.2亿元增加到9.8亿元，年均增长9.6%). "" otherwise."""
    if not s or num.kind != "growth" or not _AVERAGE_END.search(s, 0, num.num_start):
        return ""
    bases = _comparison_bases(s)  # (比近五年（2019—2023年）平均值偏少31%: the span is the base's, not the figure's)
    spans = [m for m in _YEARS_SPAN.finditer(s, 0, num.num_start) if not _inside(m.start(), bases)]
    if not spans or int(spans[-1].group("a")) >= int(spans[-1].group("b")):
        return ""
    clause = max(s.rfind(p, 0, num.num_start) for p in "；;。") + 1
    if spans[-1].start() < clause and not _FROM_TO.search(s, clause, num.num_start):
        return ""  # the span is another clause's, and this one is no change between two years
    return f"{int(spans[-1].group('a')) + 1}/{spans[-1].group('b')}"


def _close_review(period: str, ctx: _Ctx) -> str:
    """2021年以来… in a report of January 2025 reviewing 2024: a span up to the document's date ends with the year
    reviewed (and its end, the state reached, is that year's); otherwise such a span ends at the document's month."""
    first, _, last = period.partition("/")
    if last and len(last) == 10 and last == ctx.anchor_iso and len(first) < 10:
        last = last[:7]  # “十四五”以来 in a report of 2023-11-15: to the document's month (2021/2023-11), as 目前
        period = f"{first}/{last}"
    end = last or first
    if not (ctx.anchor_iso.startswith(end) and len(end) >= 7 and ctx.actual.isdigit() and ctx.anchor_iso[:4].isdigit()
            and int(ctx.actual) < int(ctx.anchor_iso[:4])):
        return period
    if not last:
        return period  # a present statement (目前) keeps the date
    return f"{first}/{ctx.actual}" if first[:4] <= ctx.actual else period


# new ones to add by a deadline (到2027年…新培育省级智能工厂200家): a running total over the plan, like 累计
_NEW_OVER_PLAN = re.compile(r"新(?:培育|认定|创建|打造|建成|增)")


def _period(num: _Num, usable: list[DateMatch], carry: list[DateMatch], ctx: _Ctx, s: str = "") -> str:
    """The period of a figure (:func:`_dated`); a planned running total (到2026年，全市累计完成改造420个，惠及居民
    6.8万户) runs from the document's year to its deadline; an average annual rate closing a span of years
    (:func:`_average_span`) covers the span."""
    span = _average_span(num, s)
    if span:
        return span
    if num.status == "target" and num.kind != "growth" and s and under_way(s, num):
        return ""  # the size of works under way: no period unless the text dates it
    if s and (num.cls in ("money", "bare") and _SIZE_OF_PROJECTS.match(s, num.end) or num.cls == "measure" and (
            _SIZE_OF_WORKS.match(s, num.end))) and not carry and not any(d.end <= num.start for d in usable):
        # 推动100亿投资项目陆续落地, 先后组织实施了33万公顷荒山绿化工程: the size of projects or works, of no year
        # unless the text dates it
        return ""
    if num.status == "actual" and s and num.kind == "count" and _ONGOING_AFTER.match(
            s, num.end, _clause_end(s, num.end)):
        return default_period(num.status, ctx)  # 等21个特色产业集群不断壮大: how many there are now
    if (num.status == "actual" and s and not carry and not any(d.end <= num.start for d in usable)
            and _UNDATED_COMMITMENT.search(s, _clause_start(s, num.start), num.start)):
        return ""  # 凌钢集团、朝阳银行每年各出资5000万元，城发集团出资1000万元: commitments the text does not date
    period = _dated(num, usable, carry, ctx, s)
    period = _close_review(period, ctx)
    new = ctx.plan_doc and _NEW_OVER_PLAN.search(s, _clause_start(s, num.start) if s else 0, num.start)
    if (num.status == "target" and num.kind != "growth" and ("累计" in s[:num.start] or new)
            and num.unit.strip() not in ("%", "％", "‰") and period.isdigit()  # (a rate is reached at the deadline)
            and ctx.year.isdigit() and int(period) > int(ctx.year)):
        return f"{ctx.year}/{period}"
    return period


_REMAINING = re.compile(r"(?:仍有|尚有|还有|依然有|仍然有)\s*$")
# the total area of a territory (国土总面积, 行政区域总面积, 辖区面积): what the region is, no goal of a plan
_TERRITORY_AREA = re.compile(r"(?:国土|行政区域|行政区划|辖区|全域)总?面积\s*(?:为|约为?|达)?\s*$")
_PLAN_VALUE_COLUMN = re.compile(r"《?(?:规划|纲要)》?(?:目标值?|预期目标)[：:]")
# the goal a plan set (《纲要》确定的, 规划提出的): for the plan's last year, or over its span
_PLAN_GOAL = re.compile(r"(?:纲要|规划)[》”\"]?[^，,；;。\d]{0,4}?(?:确定|提出|设定|明确|制定)的")
# (the value a plan set, right before the number: a goal of the plan even with no 目标 after it, metric.py)
_FIVE_YEAR_WORD = re.compile(r"十[一二三四五六七八九]五")


def _past_year(carry: list[DateMatch], ctx: _Ctx) -> str:
    """The past year that 全年 of a sentence without a date of its own is: under a review of a past year (一、去年经济
    工作取得新成效), or after a paragraph opening with one (去年，…。预计全年…增长5.6%): that year, not the year of the
    document's date. "" otherwise."""
    if ctx.review is not None and ctx.review.year:
        return str(ctx.review.year)
    if carry and carry[-1].precision == "year" and carry[-1].kind in ("point", "period") and ctx.year.isdigit() \
            and carry[-1].iso[:4].isdigit() and int(carry[-1].iso[:4]) < int(ctx.year):
        return carry[-1].iso[:4]
    return ""


# 继今年6月…开工之后，朝阳再次承接的两个…项目: the date of an earlier event the figure follows, not the figure's
_AFTER_EARLIER = re.compile(r"继[^。；;！？]{1,80}?(?:之后|以后|之外)")


def _one_event(d: DateMatch, s: str, upto: int) -> bool:
    """A deadline or a month (确保一期6月底前建成投产。) in an earlier sentence of a quotation kept whole dates that
    sentence's event only, not a figure after the full stop (…。预计全县规模以上工业总产值将突破500亿元)."""
    return (d.kind == "deadline" or (d.kind == "point" and d.precision not in ("year", ""))) and bool(
        re.search(r"[。！？!?]", s[d.end:upto]))


def _task_deadline(d: DateMatch, s: str, at: int) -> bool:
    """A month's deadline in an earlier clause that holds its own task (6月底前完成汛前隐患排查整治，…): it dates
    that task only; a deadline standing alone as the frame of the sentence (到2025年6月底，…) dates all of it."""
    if d.kind != "deadline" or d.precision in ("year", "") or not s or d.end > _clause_start(s, at):
        return False
    task = re.match(r"[^，,；;：:。]*", s[d.end:]).group()
    return len(re.findall(r"[\u4e00-\u9fff]", task)) >= 2


def _named_plan_year(cands: list[DateMatch], ctx: _Ctx) -> str:
    """The year a plan or goal sentence opens with (2026年，全市计划安排…，年度计划投资900亿元): its 年度/全年 is that
    year, not the year of publication; only a whole calendar year later than the document's own."""
    last = cands[-1] if cands else None
    if last and len(last.iso) == 4 and last.kind in ("period", "point") and ctx.year and (
            last.iso > ctx.year or (ctx.target.isdigit() and last.iso > ctx.target)):
        # (a review of 2025 published in 2026 plans for 2026 in its last part: 2026年，力争…；全年…不低于3亿元)
        return last.iso
    return ""


def _dated(num: _Num, usable: list[DateMatch], carry: list[DateMatch], ctx: _Ctx, s: str = "") -> str:
    """The nearest date before the figure in its sentence, unless 全年 follows it (the whole year of the figure's
    status); then the dates lent by the sentences before (joined by ；, or the paragraph's opening); then the
    default period of its status. An annual measure (优良天数, 年平均浓度) cited without a date before the year is
    over is last year's."""
    earlier = [m.span() for m in _AFTER_EARLIER.finditer(s, 0, num.start)] if "继" in s else []
    earlier += on_the_basis(s, num.start)
    cands = [d for d in usable if d.end <= num.start and (d.kind != "now" or num.status == "actual")
             and not _in_modifier(d, s, num.start) and not _inside(d.start, earlier)
             and not _one_event(d, s, num.start)]
    own = [d for d in usable if d.start == num.end and d.kind in ("period", "point") and d.precision != "year"]
    if own:
        return own[0].iso  # 104个四季度新开工项目: a date inside the counted noun is the figure's
    if num.status == "requirement":  # a standing norm: only a date of its own clause dates it
        cstart = _clause_start(s, num.start) if s else 0
        own = [d for d in cands if d.start >= cstart]
        return own[-1].iso if own else default_period(num.status, ctx)
    if num.status == "forecast" and (_PER_YEAR_EFFECT.search(s, 0, num.start) or _EXPECTED_EFFECT.search(
            s, _clause_start(s, num.start), num.start) or _AFTER_BUILT.search(s, _clause_start(s, num.start),
                                                                               num.start)):
        return ""  # 建成后可实现年纳税4000万元: a yearly effect of a project, of no particular year
    if num.status == "target" and ctx.plan_span and (_PLAN_SET_VALUE.search(
            s, _clause_start(s, num.start), num.num_start) or _PLAN_VALUE_COLUMN.match(s)):
        # (《规划》目标值：孕产妇死亡率12/10万以下。: a table's column of the plan's values, restated)
        return ctx.plan_span.split("/")[-1][:4]  # 保持在《规划》要求的45%左右: the plan's value for its last year
    if num.status == "target" and ctx.plan_span and _NAMED_GOAL.match(s, num.end) and (
            goal := _PLAN_GOAL.search(s, _clause_start(s, num.start), num.start)):
        # 低于《纲要》确定的4.5个的目标值: the plan's goal for its last year; 《纲要》确定的“十四五”下降14%目标: a
        # change over the plan's span
        spanned = num.kind == "growth" and _FIVE_YEAR_WORD.search(s, goal.end(), num.start)
        return ctx.plan_span if spanned else ctx.plan_span.split("/")[-1][:4]
    if num.status == "target" and cands and cands[-1].kind != "deadline" and _NAMED_GOAL.match(s, num.end):
        return cands[-1].iso.split("/")[-1][:4]  # 年初确定的6.5%的预期目标: the goal of that year
    goals = [m.span() for m in _GOAL_AS_BASE.finditer(s, 0, num.start)] if s else []
    whole = [m for m in _WHOLE_YEAR.finditer(s, 0, num.start) if not _PART_OF_YEAR.match(s, m.end(), num.start)
             and not _YEAR_AS_BASE.search(s, _clause_start(s, m.start()), m.start()) and not _inside(m.start(), goals)
             and not _YEAR_PLAN_SHARE.match(s, m.end())] if s else []
    # (占年度计划的27.4%, 完成全年目标任务的27.2%: progress toward the year's plan; 降幅比去年全年收窄: a base;
    # 低于年度预期目标1.1个百分点: the year's goal is the gap's base, the gap is of the months the sentence reports)
    if whole and (not cands or cands[-1].end <= whole[-1].start()):
        year = cands[-1].iso[:4] if cands and num.status == "actual" else (
            _named_plan_year(cands, ctx) or (num.status == "target" and _named_plan_year(carry, ctx))
            or _past_year(carry, ctx) or default_period(num.status, ctx)[:4])
        return year or ctx.year
    if cands and num.status == "target" and _task_deadline(cands[-1], s, num.start):
        return cands[-1].iso[:4]  # 6月底前完成汛前隐患排查整治，重大事故隐患整改率保持100%: the year's goal
    if cands and (ytd := _as_of_flow(num, cands[-1], s[max(cands[-1].end, _clause_start(s, num.start)):num.start])):
        return ytd
    if cands:
        return _span_end(num, _close_review(cands[-1].iso, ctx), s) or cands[-1].iso
    if carry and not (num.status == "forecast" and carry[-1].kind == "since") and (
            carry[-1].kind != "now" or num.status == "actual"):
        if ytd := _as_of_flow(num, carry[-1], s[_clause_start(s, num.start):num.start]):
            return ytd  # 截至6月末，存款余额…。城镇新增就业1.86万人: the year's new jobs to June
        if "/" in carry[-1].iso and "累计" in s[:num.start] and num.status == "actual" and num.kind != "growth":
            if carry[-1].precision == "year" and len(carry[-1].iso) == 9:
                return carry[-1].iso  # 五年来，…；累计投入…86.4亿元: the total over the years (a span)
            return carry[-1].iso.split("/")[-1]  # 今年1月至7月，…；累计引进445个: the running total at July
        return _span_end(num, _close_review(carry[-1].iso, ctx), s) or carry[-1].iso  # (今年以来…；预计全年…)
    period = default_period(num.status, ctx)
    if (num.status == "actual" and period in (ctx.year, ctx.anchor_iso) and ctx.year
            and ctx.anchor_iso[5:7] not in ("", "12")
            and _ANNUAL_ONLY.search(s, _clause_start(s, num.start) if s else 0, num.end)):
        return str(int(ctx.year) - 1)  # 优良天数为299天 in an article of June 2021: 2020
    return period


_FROM_BASE = re.compile(r"(?:由|从)[^，,；;。]{1,30}?(?:提高|提升|增加|增长|扩大|下降|降低|减少)到\s*$")
_BASE_YEAR = re.compile(r"^(?:比|较|与)(?:19|20)\d{2}\s*年")


def _as_of_flow(num: _Num, d: DateMatch, own: str) -> str:
    """An achieved flow dated by an as-of date (截至9月份, 到2018年末), in the figure's own clause ``own``: the year
    to that date (:func:`year_to_date`); "" for a stock, a level reached, or no as-of date."""
    if num.status != "actual" or not _AS_OF_DATE.match(d.text) or _REACHED.search(own):
        return ""
    return year_to_date(d, own)


def _span_end(num: _Num, iso: str, s: str) -> str:
    """A rate reached over a span of years is the rate at its end (2016年以来…下降到1.7%: now; “十三五”时期…比例达到
    75%: 2020); within a year (前三季度贡献率达83.2%) it stays over the span. "" when the rule does not apply."""
    first, _, last = iso.partition("/")
    if last[:4] <= first[:4]:
        return ""
    if num.kind == "share" and _REACHED.search(s, 0, num.num_start):
        return last
    # a level raised from a base (由2020年的1905.7亿元提高到2486.3亿元) or a change against a base year (比2020年提高0.8
    # 个百分点) over a span of years is the state at its end
    if num.kind != "count" and (_REACHED.search(s, 0, num.num_start) and _FROM_BASE.search(s, 0, num.num_start)
                                or _BASE_YEAR.match(num.comparison or "")):
        return last
    return ""


def year_to_date(d: DateMatch, between: str) -> str:
    """截至9月份，到位资金341.5亿元: January to September; 到2018年末，一般预算收入实现4761万元: 2018. A stock
    (累计, 余额, 数量达到) stays at the as-of date ("" then). Shared with the timeline (events.py)."""
    if d.precision != "month" or "/" in d.iso or not _YEAR_TO_DATE_FLOW.search(between) or \
            _STOCK_WORDS.search(between):
        return ""
    year, month = d.iso[:4], d.iso[5:7]
    return year if month == "12" else f"{year}-01/{d.iso}"


@lru_cache(maxsize=256)
def _comparison_bases(s: str) -> tuple[tuple[int, int], ...]:
    """Spans of the comparison bases of a sentence (比上年, 较2015年): a past-result word inside one (上年) is no
    sign of a past result. Cached: the cues of every figure of a sentence are read against the same bases. Read on
    the text with full-width digits as ASCII (same length): 比２０２５年 is a base as 比2025年 is."""
    ns = s.translate(_FW) if _FW_CHARS.search(s) else s
    return tuple(m.span() for m in _COMPARISON_RE.finditer(ns) if m.group().startswith(("比", "较")))


# 在2024年8类家电的基础上扩大到12类: the base the figure grows from, closed before it; its date is the base's
_ON_THE_BASIS = re.compile(r"在[^，,；;。在]{2,40}?的?基础上")


def on_the_basis(s: str, upto: int) -> tuple[tuple[int, int], ...]:
    """Spans of the 在…的基础上 frames of ``s`` closed before ``upto``: a date inside one dates the base, not what
    follows."""
    return tuple(m.span() for m in _ON_THE_BASIS.finditer(s, 0, upto)) if "基础上" in s else ()


_FROM_DATE = re.compile(r"[由从]\s*$")
_CLAUSE_BREAK = re.compile(r"[，,；;。]")
_AHEAD = re.compile(r"下一步|下阶段|今后|明年|将|要|计划")  # a sentence turning to the future: 争取 seeks again
_SECURED = re.compile(r"到|[^，,；;。]{0,12}?(?:资金|债券|补助|项目|政策)")
_FORECAST_WORDS = ("预计", "有望")
_SENTENCE_PART = re.compile(r"[；;。]")
# (…局长表示，预计全年…: the estimate opens its clause)
_OPENS_CLAUSE = re.compile(r"(?:^|[，,：:])\s*(?:" + "|".join(_FORECAST_WORDS) + ")")


def _sentence_part(text: str, end: int) -> str:
    """The part of ``text`` before ``end`` since the last ；or 。"""
    cut = max(text.rfind(c, 0, end) for c in "；;。")
    return text[cut + 1:end]
_EFFECT_WORDS = ("建成后", "投产后", "达产后", "可")  # (可带动3000人就业: an expected effect)
_NORM_QUALIFIERS = ("不低于", "不少于", "至少", "不超过", "不高于", "最多")  # bounds a rule sets
_REQUIREMENT_WORDS = ("不低于", "不少于", "不超过", "不高于", "控制在")
_REQUIREMENT_CUES = re.compile(r"不得(?:低于|少于|超过|高于|多于)|至少|最低(?!生活保障)(?![，,]\s*(?:仅|只)?为)|"
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
_STANDING = re.compile(r"每年|每[\u4e00-\u9fff]{1,3}每年|每(?:公里|人|户|村|个|季度|月|万人|千人)|不得|年均")
_PER_DENOMINATOR = re.compile(r"每\s*(?:[十百千万]+\s*(?:名|个|位)?\s*[\u4e00-\u9fff]{0,6}?(?:人口|人|户)|人|户)\s*$")


def _standing(s: str, start: int, end: int) -> bool:
    """A standing-norm word (每年, 每户, 不得, 年均) in ``s[start:end]``; a rate's own denominator right before its
    number (抽检量不低于每千人4批次: the rate per thousand people) is the figure's unit, not a norm for every case."""
    per = _PER_DENOMINATOR.search(s, start, end)
    return bool(_STANDING.search(s, start, per.start() if per else end))


_EVERY_YEAR = re.compile(r"每年")
_HOLD_AT = re.compile(r"(?:稳定|保持|巩固)在\s*$")
# the amount a measure grants (给予一次性奖励300万元, 省级数字化车间奖励100万元, 补助最高200万元)
_GRANT_BEFORE = re.compile(r"(?:奖励|补助|补贴|奖补|资助)(?:资金)?\s*(?:最高)?\s*$")
# a grant or cap per unit (给予每辆最高1.5万元补贴, 单件补贴金额不超过2000元, 每户补助3000元): a standing rule of a
# scheme in any document (a one-year plan too), unless a date or plan word in the sentence makes it this year's
_PER_UNIT_GRANT = re.compile(r"(?:给予|补贴|补助|奖励|奖补|资助)[^，,；;。]{0,4}?(?:每|单)"
                             r"(?:辆|台|件|套|户|人|位|名|亩|平方米|个|家|吨|千瓦)[^，,；;。\d]{0,4}?(?:最高|不超过|不高于)?\s*$"
                             r"|(?:每|单)(?:辆|台|件|套|户|人|位|名|亩|个|家)[^，,；;。\d]{0,4}?(?:补贴|补助|奖励|奖补|资助)"
                             r"(?:资金|金额|标准)?[^，,；;。\d]{0,2}?(?:最高|不超过|不高于|为)?\s*$")


def _closed_year(ctx: _Ctx) -> bool:
    """The text reports a whole year and was written after it (a statistics bulletin of May 2026 on 2025)."""
    return bool(re.fullmatch(r"\d{4}", ctx.actual)) and ctx.anchor_iso[:4] > ctx.actual


def _cue_kind(word: str) -> str:
    if word.startswith(_FORECAST_WORDS) or word in _EFFECT_WORDS:
        return "forecast"  # 预计, 有望; 建成后可实现年纳税4000万元: an expected effect
    if word in _REQUIREMENT_WORDS:
        return "requirement"
    return "target"


# a bracket closed before the figure defines or glosses a name (B类（正在解决或列入计划逐步解决）61件, 某项目（计划
# 2026年建成）): its plan words say what the category or thing is, not that the figure is planned
_CLOSED_BRACKET = re.compile(r"（[^（）]{0,40}）")


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
    for m in _FUTURE_CUES.finditer(prefix):
        if _inside(m.start(), wholes) or (m.group() == "争取" and _SECURED.match(s, m.end(), m.end() + 16) and (
                ctx.review is not None or (ctx.secured and not _AHEAD.search(s, 0, m.start()))
                or any(d.kind == "since" and d.end <= m.start() for d in dates))):
            continue  # (under a review of a past year or 今年以来, 争取新增专项债券资金6.5亿元 is funding secured)
        kind = _cue_kind(m.group())
        if kind == "forecast" and m.group() in _EFFECT_WORDS[:3]:
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
                 and not (m.group() == "累计" and (planned_before or any(p <= m.start() for p in planned)))]
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
            cues.append((d.end, "actual"))
    return sorted(cues)


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


def _status(s: str, num: _Num, dates: list[DateMatch], ctx: _Ctx, default: str) -> str:
    """actual | target | forecast | requirement: the nearest signal before the figure (or later in its clause:
    7个项目争取年内开工), else the default of its context (a plan section: target). A requirement word (不低于,
    控制在…以内) states a standing norm when the norm recurs (每年, 每公里, 不得) or the document lays down rules
    (a notice, a plan) and nothing dates it as this year's goal; under 力争/确保/到2025年 it is a target, in a review
    of the past an outcome (控制在3.5%以内 achieved)."""
    if _NAMED_GOAL.match(s, num.end):
        return "target"  # 6.5%的预期目标: whatever dates the clause, the figure is a goal
    if num.kind == "count" and _REMAINING.search(s, _clause_start(s, num.start), num.num_start) and not any(
            p > _clause_start(s, num.start) for p, _ in _cues(s, num.start, dates, ctx)):
        return "actual"  # 全市仍有2个县（区）…高于全市平均水平 under 存在的问题和下一步工作: what remains now, a fact
    if num.base in ("km2", "mu", "ha") and _TERRITORY_AREA.search(s, _clause_start(s, num.start), num.num_start):
        return "actual"  # 规划范围为…全域，国土总面积2146.8平方公里: the area of the territory, a fact of the present
    if _PLAN_SET_VALUE.search(s, _clause_start(s, num.start), num.num_start) or _PLAN_VALUE_COLUMN.match(s):
        return "target"  # 保持在《规划》要求的45%左右: the value the programme set, quoted against the outcome
    if _GOAL_VALUE_BEFORE.search(s, _clause_start(s, num.start), num.num_start):
        return "target"  # 完成年度目标3.5万人的114.9%: the goal's own value (the share after it is the outcome)
    if num.kind != "growth" and _planned_against_outcome(s, num):
        return "target"  # 为3000户…实施改造，实际完成3126户: the plan the later 实际 outcome is set against
    if _THRESHOLD_BEFORE.search(s, _clause_start(s, num.start), num.num_start) and _SANCTION_AFTER.match(s, num.end):
        return "requirement"  # 对年度任务完成率低于80%的市予以通报: the threshold of a standing sanction
    if num.kind == "count" and (_FOCUS.search(s, _clause_start(s, num.start), num.start) or _IDENTIFIED.search(
            s, _clause_start(s, num.start), num.start)):
        return "actual"  # 要紧盯…的411个亿元以上项目: the things a task works on exist; their count is a fact
    if num.cls == "duration" and _TIME_LIMIT_BEFORE.search(s, _clause_start(s, num.start), num.start) and (
            num.post in ("以内", "之内") or _WITHIN.match(s, num.end)):
        return "requirement"  # 改造完工后30个工作日内完成验收: a time limit counted from an event, a standing rule
    if ctx.normative and stated_term(s, num):
        return "requirement"  # 试用期为12个月, 年龄为18周岁以上 in a notice: a term or bound it sets for every case
    if num.cls in ("measure", "duration") and _SERVICE_RADIUS.match(s, num.end):
        return "requirement"  # 城市居民出门500米可达公园绿地, 15分钟可达: a standard of access, not a quantity
    if num.kind != "growth" and under_way(s, num):
        return "target"  # 27公里环城生态绿廊等生态工程扎实推进: the planned size of works under way
    after = _PREDICATE_PLAN.match(s, num.end, _clause_end(s, num.end)) if num.kind == "count" else None
    if after:
        return _cue_kind(after.group(1))  # …等7个项目争取年内开工: what the counted things are to do
    if ctx.normative and num.cls == "money" and _GRANT_BEFORE.search(s, _clause_start(s, num.start), num.start) \
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
    # (不得低于90% is the figure's own qualifier: its 不得 makes the bound a standing norm, under 要… too)
    if (_standing(s, cstart, num.num_start) or num.qualifier == "最多") and not dated:
        return "requirement"  # (可申请最高20万元的贷款: a cap on what is granted is a standing rule)
    if not other and not dates and _OBLIGATION.search(s, 0, cstart):
        return "requirement"  # 严格落实债务限额管理，债务率控制在120%以内: an undated ceiling under an obligation
    if other and base == "target":
        return "target"
    if ctx.normative and not dated:
        return "requirement"
    return base if base != "forecast" else "forecast"

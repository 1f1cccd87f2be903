"""The attributes of a figure: its period (its status: status.py; its kind and direction: direction.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..dates import DateMatch, since_in_object
from .bases import week_after
from .context import _Ctx
from .quantities import _Num
from .text import _clause_end, _clause_start, _inside
from .vocab import (
    _COMPARISON_RE,
    _FW,
    _FW_CHARS,
    _NAMED_GOAL,
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
# (完成年度轮换计划的88%: what the plan is of may come between, the share closed by 的)
_PLAN_AS_WHOLE = re.compile(r"(?:占|完成|达到)(?:全?年度?)?(?:(?:计划|目标任务|目标|任务)(?:数)?的?|"
                            r"[\u4e00-\u9fff]{1,6}?(?:计划|目标任务|目标|任务)(?:数)?的)")
# what a task focuses on (紧盯…的411个项目, 以7个开发区为重点, 特别是24户企业): things that exist, not a result; a
# result verb in between (以建设5个示范区为抓手) makes it one
_FOCUS = re.compile(r"(?:盯住|紧盯|盯紧|聚焦|(?<![亿万元])以(?![上下来内外及])|尤其是|特别是)"
                    r"(?:(?!建设|新建|打造|培育|创建|实施|完成|新增|引进|开工)[^，,；;。]){0,12}$")


# a set already identified (各县区自查的9个项目, 梳理出的37个, 列入省重点的12个) and the people a goal is for
# (让340万人民过上…): things that exist, counted as a fact whatever the task says
_IDENTIFIED = re.compile(r"(?:(?:自查|梳理|排查|筛选|摸排|列入[^，,；;。]{0,10}|纳入[^，,；;。]{0,10})出?的|[让使])"
                         r"\s*$")


# a distance or time within which a service is reached (出门500米可达公园绿地, 步行15分钟可达): a standard
# (也可以在六个月内…提起行政诉讼: a right's limit counted from the decision the clause before names)
_NEXT_WEEK = re.compile(r"下周|下一周")
_TIME_LIMIT_BEFORE = re.compile(r"(?:后|起|之日起|之日|(?:可以|应当|应|须)(?:在|于))\s*$")
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


def _days_spanned(date: DateMatch) -> int | None:
    """How many days a span of days runs after its first (11月24日—11月30日: 6); None for other dates."""
    import datetime as _dt

    if date.precision != "day" or "/" not in date.iso:
        return None
    try:
        lo, hi = (_dt.date.fromisoformat(part) for part in date.iso.split("/"))
    except ValueError:
        return None
    return (hi - lo).days


def _one_week(date: DateMatch) -> bool:
    """A span of seven days (11月24日—11月30日)."""
    return _days_spanned(date) == 6


# a weekly mean (周均浓度, 周平均气温): of the week the sentence names, not of a shorter span named nearer to it
_WEEKLY_MEAN = re.compile(r"周均|周平均")


def _few_days(date: DateMatch) -> bool:
    """A span of days no longer than a holiday's (up to 16 days: 春节假期（1月28日至2月4日）, 国庆中秋假期)."""
    days = _days_spanned(date)
    return days is not None and 0 <= days <= 15


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
    r"(?:建成后|投产后|达产后|可实现|预计)[^，,；;。]{0,6}(?<![全今本明当同上去])年(?:均|增收|纳税|税收|产值|产能|产|销售|利润|收入)")
# (预计全年产值突破200亿元: the year's output, 全年 the year itself, no yearly effect)
# the clause of an effect a project will have once built (建成后产能将提升40%): of no particular year
# (调价后…户均每月增加水费支出约4.5元: the effect of a price change, likewise)
_AFTER_BUILT = re.compile(r"(?:建成|投产|达产|投用|投入使用|调价)后")
_ANNUAL_ONLY = re.compile(r"优良天数|年平均|年均浓度|年均值|全年|水质优良比例|水源地水质")
# an as-of date (截至9月份, 到2018年末) before a flow of the year to date (新增, 到位资金, 收入实现) rather than a stock
_AS_OF_DATE = re.compile(r"^(?:截至|截止|到)")
_YEAR_TO_DATE_FLOW = re.compile(r"新增|到位|收入|(?<!资)产值|增加值|签约|引进|生产总值|(?<!总)投资|开工|"
                                # (截至11月底，完成县下达年度任务的92.4%, 完成年度预算的103.2%: progress to date)
                                r"完成[^，,；;。\d]{0,10}(?:年度|全年)[^，,；;。\d]{0,6}"
                                r"(?:任务|预算|计划|目标)")
# (资产值: assets, a stock; 总投资: a project's size, no flow; 截至11月底，完成地区生产总值…, 固定资产投资…,
# 新开工项目…: the year's output, investment and starts to November; 截至9月底已开工6420套, 开工率: the starts too)
_TOTAL_REACHED = re.compile(r"(?:总数|总量)\s*(?:达到|达|为)\s*$")  # the count reached now (总数达到312家)
_STOCK_WORDS = re.compile(r"累计|余额|总数|数量|总量|存量|保有量|共有|现有|达到|已达")
# a rate reached at the end of a span (2016年以来…贫困发生率下降到1.7%, “十三五”期间…自来水普及率达87%)
_REACHED = re.compile(r"(?:下降|上升|提高|提升|降低|减少|增加|增长)到\s*$|(?<![增下上高])达到?\s*$")


# a date inside a modifier of the counted noun (共有2000年底前建成的老旧小区1280个): it dates what the noun is, not the
# figure
_BEFORE_DATE_MODIFIER = re.compile(r"\s*(?:以前|之前|前)[^，,；;。\d]{1,8}的")
_MODIFIER_TAIL = re.compile(r"[^，,；;。\d]{1,8}的")


# a scheme's year as the object of an act (完成2026年度参保缴费, 参加2026年度城乡居民医保): the cycle the act is for,
# not the time of the figures after it
_CYCLE_ACT = re.compile(r"(?:完成|办理|参加|缴纳|开展|启动|做好|部署)\s*$")
_CYCLE_NOUN = re.compile(r"[\u4e00-\u9fff]")


def _in_modifier(d: DateMatch, s: str, upto: int) -> bool:
    """The date qualifies a noun after it (2000年底前建成的老旧小区, 完成2026年度参保缴费): it dates no figure."""
    if d.text.endswith("年度") and _CYCLE_ACT.search(s, 0, d.start) and _CYCLE_NOUN.match(s, d.end):
        return True
    if d.text.endswith("前"):
        return _MODIFIER_TAIL.match(s, d.end, upto) is not None
    if since_in_object(d.kind, s, 0, d.start):
        # (对2021年以来实施的高标准农田建设项目开展专项排查: the projects' own time, the object of the check)
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
    year = ctx.anchor_iso[:4]
    if ctx.spoken and last[:7] == ctx.anchor_iso[:7] and first == f"{year}-01" and ctx.actual == year:
        return year  # 今年以来 in a speech of November reviewing the year so far: the year's figure, as its frame's
    if not (ctx.anchor_iso.startswith(end) and len(end) >= 7 and ctx.actual.isdigit() and ctx.anchor_iso[:4].isdigit()
            and int(ctx.actual) < int(ctx.anchor_iso[:4])):
        return period
    if not last:
        return period  # a present statement (目前) keeps the date
    return f"{first}/{ctx.actual}" if first[:4] <= ctx.actual else period


# the balance an account opens or closes a period with (期初余额, 期末余额, 期初数, 期末结余)
_BALANCE = re.compile(r"(期初|期末)(?:余额|结余|数|结存)")


def _balance_edge(num: _Num, period: str, s: str) -> str:
    """A balance at the start or end of the months a figure's period spans (一、期初余额：386254.17元 in a quarter's
    accounts, 2025-07/2025-09): a stock of the first month (期初) or of the last (期末), not a flow of the span."""
    first, _, last = period.partition("/")
    if not s or not last or len(first) != 7 or len(last) != 7 or num.status != "actual":
        return period
    m = _BALANCE.search(s, _clause_start(s, num.start), num.start)
    if not m:
        return period
    return first if m.group(1) == "期初" else last


# new ones to add by a deadline (到2027年…新培育省级智能工厂200家): a running total over the plan, like 累计
# the total investment of works the clause before says were completed
# (…于8月通过竣工验收，新增年通过能力1800万吨: the capacity the completed works add, of no year, as their size)
_TOTAL_SIZE = re.compile(r"[，,]?\s*(?:该项目|项目|工程)?(?:(?:计划)?总投资"
                         r"|新增(?:年|日)?(?:通过|吞吐|处理|生产|供水|发电)?能力)(?:约|达|为)?\s*")
_BUILT_BEFORE = re.compile(r"(?:建成|竣工|投产|投用|投入使用|投入运营|竣工验收)[^，,；;。]{0,4}[，,]\s*$")
_YEAR_INCOME = re.compile(r"收入|(?<!资)产值|增加值|销售额|营业额")
_BRACKET_OPEN = re.compile(r"\s*[（(]\s*")
_BRACKET_CLOSE = re.compile(r"\s*[）)]")
_NEW_OVER_PLAN = re.compile(r"新(?:培育|认定|创建|打造|建成|增)")


def _period(num: _Num, usable: list[DateMatch], carry: list[DateMatch], ctx: _Ctx, s: str = "") -> str:
    """The period of a figure (:func:`_dated`); a planned running total (到2026年，全市累计完成改造420个，惠及居民
    6.8万户) runs from the document's year to its deadline; an average annual rate closing a span of years
    (:func:`_average_span`) covers the span."""
    span = _average_span(num, s)
    if span:
        return span
    if num.status == "forecast" and s and _NEXT_WEEK.search(s, 0, num.start) and not any(
            d.end <= num.start for d in usable) and (week := week_after(ctx.actual)):
        return week  # (a weekly release: 预计下周…在每斤13.50—13.80元之间波动, the week after the one it reports)
    day = next((d for d in usable if d.precision == "day" and "/" not in d.iso and _BRACKET_OPEN.fullmatch(
        s, num.end, d.start) and _BRACKET_CLOSE.match(s, d.end)), None) if s else None
    if day:
        return day.iso  # 单日最高接待游客5.6万人次（10月4日）: the day in brackets after the figure is its day
    end = [d for d in usable if d.end <= num.start] if s and num.status == "target" else []
    if end and re.fullmatch(r"\d{4}-12", end[-1].iso) and re.search(r"年[底末]", end[-1].text) and \
            _YEAR_INCOME.search(s, end[-1].end, num.start) and not _STOCK_WORDS.search(s, end[-1].end, num.start):
        return end[-1].iso[:4]  # 力争到2026年底所有村集体经济收入均超过30万元: the income of 2026, a flow of the year
    if num.status == "target" and num.kind != "growth" and s and under_way(s, num):
        return ""  # the size of works under way: no period unless the text dates it
    if s and (num.cls in ("money", "bare") and _SIZE_OF_PROJECTS.match(s, num.end) or num.cls == "measure" and (
            _SIZE_OF_WORKS.match(s, num.end))) and not carry and not any(d.end <= num.start for d in usable):
        # 推动100亿投资项目陆续落地, 先后组织实施了33万公顷荒山绿化工程: the size of projects or works, of no year
        # unless the text dates it
        return ""
    if num.status == "actual" and s and _TOTAL_SIZE.fullmatch(s, _clause_start(s, num.start), num.start) and \
            _BUILT_BEFORE.search(s, 0, _clause_start(s, num.start)):
        return ""  # …二期项目于8月建成投产，总投资2.8亿元: the completed works' size, of no year
    if num.status == "actual" and s and num.kind == "count" and _ONGOING_AFTER.match(
            s, num.end, _clause_end(s, num.end)):
        return default_period(num.status, ctx)  # 等21个特色产业集群不断壮大: how many there are now
    if (num.status == "actual" and s and not carry and not any(d.end <= num.start for d in usable)
            and _UNDATED_COMMITMENT.search(s, _clause_start(s, num.start), num.start)):
        return ""  # 凌钢集团、朝阳银行每年各出资5000万元，城发集团出资1000万元: commitments the text does not date
    period = _dated(num, usable, carry, ctx, s)
    period = _close_review(period, ctx)
    period = _balance_edge(num, period, s)
    if num.status == "actual" and num.kind == "count" and s and period.isdigit() and period == ctx.anchor_iso[:4] \
            and len(ctx.anchor_iso) >= 7 and _TOTAL_REACHED.search(s, _clause_start(s, num.start), num.start):
        period = ctx.anchor_iso[:7]  # (新增…28家，总数达到312家 in a speech of December: the count now, not a flow)
    new = ctx.plan_doc and _NEW_OVER_PLAN.search(s, _clause_start(s, num.start) if s else 0, num.start) and not (
        # (a year's plan written at the end of the year before, 2026年工作计划 of December 2025: 城镇新增就业不少于400人
        # is 2026's, not 2025-2026's)
        (ctx.anchor.month or 0) >= 10 and period.isdigit() and ctx.year.isdigit()
        and int(period) == int(ctx.year) + 1)
    if (num.status == "target" and num.kind != "growth" and ("累计" in s[:num.start] or new)
            and num.unit.strip() not in ("%", "％", "‰") and period.isdigit()  # (a rate is reached at the deadline)
            and ctx.year.isdigit() and int(period) > int(ctx.year)):
        return f"{ctx.year}/{period}"
    return period


_WEIGHT_OF_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度[^。；;]{0,30}?考核[^。；;]{0,12}?权重[^，,。；;\d]{0,6}$")
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
        if not own and (weight := _WEIGHT_OF_YEAR.search(s, 0, num.start)):
            return weight.group(1)  # 纳入2026年度…考核，权重不低于10%: the weight in that year's assessment
        return own[-1].iso if own else default_period(num.status, ctx)
    if num.status == "forecast" and (_PER_YEAR_EFFECT.search(s, 0, num.start) or _EXPECTED_EFFECT.search(
            s, _clause_start(s, num.start), num.start) or _AFTER_BUILT.search(s, _clause_start(s, num.start),
                                                                               num.start)):
        cstart = _clause_start(s, num.start)
        dated = [d for d in cands if cstart <= d.start < num.start and d.kind in ("point", "period")]
        # 建成后可实现年纳税4000万元: a yearly effect of a project, of no particular year; unless its clause dates it
        # (预计明年可新增产值30亿元: next year's)
        return dated[-1].iso if dated else ""
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
            # (三、2026年工作安排 … 预计全年受理各类案件2300件左右: the plan's year, not the year reviewed)
            or (num.status in ("target", "forecast") and ctx.plan_year)
            or _past_year(carry, ctx) or default_period(num.status, ctx)[:4])
        return year or ctx.year
    if cands and num.status == "target" and _task_deadline(cands[-1], s, num.start):
        return cands[-1].iso[:4]  # 6月底前完成汛前隐患排查整治，重大事故隐患整改率保持100%: the year's goal
    if cands and (ytd := _as_of_flow(num, cands[-1], s[max(cands[-1].end, _clause_start(s, num.start)):num.start])):
        return ytd
    if cands and _WEEKLY_MEAN.search(s, _clause_start(s, num.start), num.start) and (
            week := next((c for c in reversed(cands) if _one_week(c)), None)):
        return week.iso  # 预计下周（11月24日—11月30日）…，11月26日至27日…，PM2.5周均浓度预计为42微克/立方米左右
    if cands:
        return _span_end(num, _close_review(cands[-1].iso, ctx), s) or cands[-1].iso
    if carry and num.status == "target" and re.fullmatch(r"(\d{4})-01/\1-(?:0[2-9]|1[01])", carry[-1].iso) \
            and carry[-1].iso.split("/")[-1] < ctx.anchor_iso[:7]:
        # (附表：2025年1—9月…推进情况 over 计划数12个, written in October: the year's plan, not the months' past)
        return carry[-1].iso[:4]
    if carry and not (num.status == "forecast" and carry[-1].kind == "since") and (
            carry[-1].kind != "now" or num.status == "actual"):
        if ytd := _as_of_flow(num, carry[-1], s[_clause_start(s, num.start):num.start]):
            return ytd  # 截至6月末，存款余额…。城镇新增就业1.86万人: the year's new jobs to June
        first, _, last = carry[-1].iso.partition("/")
        if last and first[:4] == last[:4] and num.status == "actual" and num.kind != "growth" and \
                _IN_STOCK.search(s, _clause_start(s, num.start), num.num_start):
            return last  # 前三季度，…。沣南县肉牛存栏5.2万头: a head count in stock is taken at the span's end
        if "/" in carry[-1].iso and "累计" in s[:num.start] and num.status == "actual" and num.kind != "growth":
            if carry[-1].precision == "year" and len(carry[-1].iso) == 9:
                return carry[-1].iso  # 五年来，…；累计投入…86.4亿元: the total over the years (a span)
            if _few_days(carry[-1]):
                return carry[-1].iso  # 国庆假期（10月1日至8日）…；重点景区累计接待游客…: the holiday's total
            if num.base == "day":
                return carry[-1].iso  # 1月1日至11月23日，…；累计出现重污染天气4天: days counted within the span
            if num.base == "mm":
                return carry[-1].iso  # 入汛以来…；其中某县累计降雨量708.5毫米: rain fallen over the span
            if num.base == "percent":
                return carry[-1].iso  # 1-9月，…；累计按期办结率98.4%: a rate of the cases of the span, no total
            if _SAME_SPAN_AFTER.match(s, num.end):
                return carry[-1].iso  # 1-10月，…；业务收入累计完成39.27亿元，同比增长9.6%: the span's flow, compared
            return carry[-1].iso.split("/")[-1]  # 今年1月至7月，…；累计引进445个: the running total at July
        return _span_end(num, _close_review(carry[-1].iso, ctx), s) or carry[-1].iso  # (今年以来…；预计全年…)
    period = default_period(num.status, ctx)
    if (num.status == "actual" and period in (ctx.year, ctx.anchor_iso) and ctx.year
            and ctx.anchor_iso[5:7] not in ("", "12")
            and _ANNUAL_ONLY.search(s, _clause_start(s, num.start) if s else 0, num.end)):
        return str(int(ctx.year) - 1)  # 优良天数为299天 in an article of June 2021: 2020
    return period


# livestock in stock (存栏), a count taken at a point in time: carried from a span of months, the span's end
_IN_STOCK = re.compile(r"存栏")
# a total compared right after it with the same span of last year (…累计完成39.27亿元，同比增长9.6%): the flow of the
# months the frame names, not a running total at their end
_SAME_SPAN_AFTER = re.compile(r"\s*[，,]\s*(?:同比|比上年同期|较上年同期|比去年同期|较去年同期)")
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
_SECURED = re.compile(r"到|[^，,；;。]{0,16}?(?:资金|债券|补助|项目|政策)")
_FORECAST_WORDS = ("预计", "有望", "据预测", "经测算", "据测算")  # (据预测，今年主汛期…降雨量较常年同期偏多1～2成: a
# forecast; 经测算，2025年全市需发放育儿补贴约2.6亿元: an estimate of what is needed or will be, vocab._FUTURE_CUES;
# 据测算，全市约86.5%的居民用户…在第一阶梯以内 measures what is)
_SENTENCE_PART = re.compile(r"[；;。]")
# (…局长表示，预计全年…: the estimate opens its clause)
_OPENS_CLAUSE = re.compile(r"(?:^|[，,：:])\s*(?:" + "|".join(_FORECAST_WORDS) + ")")


def _sentence_part(text: str, end: int) -> str:
    """The part of ``text`` before ``end`` since the last ；or 。"""
    cut = max(text.rfind(c, 0, end) for c in "；;。")
    return text[cut + 1:end]

"""The status and period of the figures of a sentence."""

from __future__ import annotations

import re
from dataclasses import replace

from ..dates import DateMatch
from .attributes import _period
from .bases import index_base, previous_period
from .budget import executed
from .context import _Ctx
from .quantities import _Num
from .status import _cues, _status
from .text import _clause_end, _clause_start

# a facility's yearly capacity (年培训能力, 年处理能力, 设计年接待能力): planned, it is a size of no one year
_YEARLY_CAPACITY = re.compile(r"(?:^|设计)年[\u4e00-\u9fff]{1,6}能力$")

_BREAKDOWN = re.compile(r"其中")

# a bound on a multiple or share of a dated base (不超过2020年现状城镇建设用地规模的1.3倍): the base's year
_BOUND_OF_DATED = re.compile(r"(?:不超过|不高于|不低于|不少于|控制在)\s*((?:19|20)\d{2}\s*年(?:底|末)?)"
                             r"(?P<base>[^，,；;。\d]{1,24})的\s*$")

# a share of a whole right after the amount it is the share of (…，占国土总面积的19.21%)
_SHARE_OF_PREVIOUS = re.compile(r"[，,]?\s*占[^，,；;。\d]{1,16}的?\s*\d")

# a stock at a quarter's end (三季度末，生猪存栏…，环比增长0.9%): its 环比 is against the end of the quarter before
_QUARTER_END = re.compile(r"(?:[一二三四1-4]|第[一二三四])季度末|季末")
_SEQUENTIAL = re.compile(r"环比")
_DATE_AFTER = re.compile(r"\d{1,2}月|年末|年底")
_BUILT = re.compile(r"建成|投产|竣工|投入运营|投入使用|达产")


def status_and_period(s: str, out_nums: list[_Num], dates: list[DateMatch], comp_dates: set[DateMatch],
                      consumed: set[int], carry: list[DateMatch], ctx: _Ctx, default_status: str,
                      ) -> list[DateMatch]:
    """Each figure's status, then its period and base period (a target without a date is for the plan's year,
    an actual for the reported one); the dates still free to date what follows (``consumed`` grows)."""
    bounded_bases = {id(num): m for num in out_nums if num.cls in ("times", "percent") and (
        m := _BOUND_OF_DATED.search(s, _clause_start(s, num.start), num.num_start))}
    consumed |= {id(d) for m in bounded_bases.values() for d in dates if m.start(1) <= d.start < m.end(1)}
    usable = [d for d in dates if d not in comp_dates and id(d) not in consumed]
    # (今年以来，…；争取超长期特别国债资金23.4亿元: what the frame reports was secured, not sought)
    status_ctx = replace(ctx, secured=True) if any(d.kind == "since" for d in carry) else ctx
    for k, num in enumerate(out_nums):
        num.status = _status(s, num, dates, status_ctx, default_status, carry)
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
                p > cstart for p, _ in _cues(s, _clause_end(s, num.end), [], ctx)) and not (
                num.status == "actual" and executed(s, cstart, num.start)):
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
        if (quarter_end := _QUARTER_END.search(s, 0, num.start)) and _SEQUENTIAL.match(
                num.comparison or num.base_words or "") and re.fullmatch(r"\d{4}-(?:03|06|09|12)", num.period) and (
                not _DATE_AFTER.search(s, quarter_end.end(), num.start)):
            month = int(num.period[5:]) - 3  # 三季度末…存栏…环比增长0.9%: against the end of the quarter before
            num.base_period = f"{num.period[:4]}-{month:02d}" if month else f"{int(num.period[:4]) - 1}-12"
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
        elif (num.kind != "growth" and num.period == year and year.isdigit() and num.origin is None
              and num.base_period == f"{int(year) - 1}-12"):
            num.period = f"{year}-12"  # 覆盖率由上年末的38.2%提高到45.7%: the level reached at this year's end
        elif (num.comparison and year.isdigit() and len(num.period) == 7 and re.search(r"[底末]", num.comparison)
              and num.cls not in ("percent", "pp") and re.fullmatch(rf"{year}-\d{{2}}", num.base_period)
              and int(num.base_period[5:]) + 1 < int(num.period[5:])):
            # 截至9月底…比6月底增加52家: a change over the months after the base month's end (July-September); a
            # rate's change (失业率…比3月末下降0.3个百分点) is the gap between the two points, at the later one
            num.period = f"{year}-{int(num.base_period[5:]) + 1:02d}/{num.period}"
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
    return usable

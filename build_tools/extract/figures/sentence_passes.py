"""Passes over the figures of one sentence after they are read (issue 11): a body's size and a ratio of two balances
held at the year end, the other bound of a measure and the ceiling a balance is held under named by the measure, the
projects' whole cost beside the year's share undated, the goals met of a five-year plan over its span, and a 由A到B
after a dated one starting from the same year."""

from __future__ import annotations

import re

from ...model import Figure
from ..reporting import five_year_span

# the size of a body (住房公积金管理委员会有委员25名, 管理中心设9个处、6个分中心，从业人员148人) in a report of a year:
# what it has, held at the year's end, not a flow over the year; likewise a ratio of two balances
_BODY = re.compile(r"(?:中心|委员会)$")
_BODY_SIZE = re.compile(r"委员$|^设?[处科室部]|分中心$|管理部$|从业人员$|在职人员$|编制$")


# a ratio of two balances (个人住房贷款余额占缴存余额的比率为77.31%): a ratio of two stocks, held at the year's end
_BALANCE_RATIO = re.compile(r"余额[^，,；;。]{0,12}?占[^，,；;。]{0,12}?余额")


def body_size_at_year_end(found: list[Figure]) -> None:
    for f in found:
        if f.status != "actual" or not re.fullmatch(r"\d{4}", f.period) or f.direction:
            continue
        if (_BODY.search(f.subject) and _BODY_SIZE.search(f.metric) and f.kind in ("count", "level")) or (
                _BALANCE_RATIO.search(f.metric) and f.unit == "%"):
            f.period += "-12"


# the other bound of the same measure in the next clause (月缴存基数上限为28650元，下限为…最低工资标准2100元): the
# measure's lower bound, not a name opened by 下限为
_OTHER_BOUND = re.compile(r"^(上限|下限)为")


# the ceiling a balance is held under (政府债务余额15864.2亿元，控制在省人大常委会批准的限额16530亿元以内): the
# balance's ceiling (政府债务限额), not the words of the approval
_CEILING_OF = re.compile(r"^(?:控制在|严格控制在|低于|未超过|不超过)[\u4e00-\u9fff]{0,16}?的?(?:债务)?限额$")


def other_bound(found: list[Figure]) -> None:
    for prev, f in zip(found, found[1:], strict=False):
        m = _OTHER_BOUND.match(f.metric)
        if m and prev.metric.endswith(("上限", "下限")) and len(prev.metric) > 2:
            f.metric = prev.metric[:-2] + m.group(1)
        elif _CEILING_OF.match(f.metric) and prev.metric.endswith("余额") and len(prev.metric) > 2 \
                and prev.sentence == f.sentence:
            f.metric, f.qualifier = prev.metric[:-2] + "限额", ""  # (its 以内 bounds the balance, not the ceiling)
            if re.fullmatch(r"\d{4}-12", f.period):  # (截至2025年末: the balance's time, the ceiling is the year's)
                f.period, f.edge = f.period[:4], ""  # the ceiling approved for the year (holdout16, holdout45)


# the projects' whole cost beside the year's share of it (安排市级重点项目200个，总投资2860亿元，年度计划投资720亿元):
# the total spans the projects' construction, no one year (set 24); a sentence saying the projects are the year's
# work (全年实施重点项目16个，总投资12.8亿元: set 12) keeps the year
_WHOLE_COST = re.compile(r"总投资$")
_YEARS_SHARE = re.compile(r"(?:年度|当年|全年)计划?投资$")
_YEARS_WORK = re.compile(r"全年|年内|今年|当年(?!计划)")


def whole_cost_beside_the_year(found: list[Figure]) -> None:
    if any(_YEARS_SHARE.search(f.metric) for f in found):
        for f in found:
            cost = f.sentence.find(f.text)
            if _WHOLE_COST.search(f.metric) and f.status == "target" and cost > 0 and not _YEARS_WORK.search(
                    f.sentence, 0, cost):
                f.period, f.edge = "", ""


# the goals met among those a five-year plan set (“十四五”规划确定的24项主要指标中，预计21项完成或超额完成): over the
# plan's span (the plan's name is no modifier of a date here)
_GOALS_MET = re.compile(r"^(?:完成或超额完成|超额完成|完成|达到或超过|达到|实现|达标)的")


def goals_met_over_the_plan(found: list[Figure]) -> None:
    for f in found:
        cut = f.sentence.find(f.text)
        if _GOALS_MET.match(f.metric) and cut > 0 and (span := five_year_span(f.sentence[:cut])):
            f.period, f.edge = span, ""


def parallel_base(found: list[Figure], span_base: str) -> str:
    """由2020年的2610亿元增加到2025年的3480亿元…；常住人口城镇化率由60.4%提高到65.8%: a 由A到B without a year after a
    dated one of the clauses before ； starts from the same year. Returns the base year for the clauses after."""
    for f in found:
        if f.base_value is not None and not f.base_period and span_base and f.period[:4] > span_base:
            f.base_period = span_base
        elif f.base_value is not None and re.fullmatch(r"\d{4}", f.base_period) and re.fullmatch(r"\d{4}", f.period):
            span_base = f.base_period
    return span_base


# the measure of things counted just before it (１８个夜间消费集聚区客流量２６５万人次): the count is of the things
# (夜间消费集聚区), the measure after it the next figure's; not 18 "footfall"
_MEASURE_HEAD = re.compile(r"(?:客流量|客流|销售额|营业额|交易额|产值|收入|营业收入|投资额|增加值|总额|总量|人次|"
                           r"用电量|接待量|成交额)$")
_COUNTERS = ("个", "家", "所", "座", "处", "条")


def counted_before_measure(found: list[Figure]) -> None:
    for f, g in zip(found, found[1:], strict=False):
        head = _MEASURE_HEAD.search(f.metric)
        if head and f.kind == "count" and f.unit in _COUNTERS and g.metric == f.metric and g.unit != f.unit \
                and f.sentence == g.sentence and head.start() >= 2:
            f.metric = f.metric[:head.start()]

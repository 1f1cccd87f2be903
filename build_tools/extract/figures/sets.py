"""A total over a counted set carries its set: 实施重点项目120个，总投资500亿元 -> 重点项目总投资.

A bulletin counts a set of projects or enterprises, then states their total (总投资, 完成投资, 产值, 营业收入…) in
the next clause without repeating what they are. Named bare, the totals of different sets (this year's 126 industrial
projects, the 16 "老字号" projects, the 515 projects of the five-year plan) would be one indicator 总投资; named with
their set they are what the text says they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# the total measures a set is summed by (the whole metric, after an adverb or a verb of achieving)
_TOTAL = re.compile(r"(?:累计|共|合计|总计|全年|当年|年)?(?:完成|实现|计划|协议|拟|实际|达到)?"
                    r"(?:总投资(?:额)?|投资(?:总?额)?|(?:工业)?总?产值|(?:营业|主营业务|销售)(?:总)?收入|营收|销售额"
                    r"|税收|纳税(?:额)?|利润(?:总额)?|利税|增加值|出口(?:总)?额|进出口(?:总)?额|交易额|成交额|签约额)")
# the nouns of a counted set (…项目, …企业, …工厂) and the units that count them
_SET_NOUN = re.compile(r"(?:项目|企业|工程|园区|工厂|基地|合作社|商户|市场主体|公司|车间|专精特新)[”\"]?$")
SET_UNITS = frozenset("个项家户座所批宗处")
# what the count says was done to the set, not what the set is: 实施重点项目 -> 重点项目 (but 引进项目,
# 新开工项目 name a set of their own)
_DOING = re.compile(r"^(?:初步|已经?|共|累计|全年|今年|当年)?(?:组织|滚动)?"
                    r"(?:实施|推进|谋划储备|谋划|储备|安排|建设)?了?")
# between the count and its total's number: a clause break, then the total's name (，总投资 / ，实现产值)
_BETWEEN = re.compile(r"\s*[，,]\s*[^，,；;。：:\d]{0,12}$")
_BREAKDOWN = re.compile(r"[，,：:]\s*其中\s*[，,：:]?")


@dataclass(frozen=True)
class Count:
    """A figure a following total may be of: a count of a set (its metric …项目) or a total already named with its
    set (重点项目总投资, for the next total of the same set: …，完成投资180亿元), with its subject and span in the
    sentence."""

    metric: str
    subject: str
    start: int
    end: int
    of_set: str = ""  # a total: the set it was named with


# the whole after a count (新增规模以上工业企业21家，总数达到186家): 总数 is the number of what was counted, all of it
_WHOLE = ("总数量", "总数", "总量")
# (新培育 may reach here as 培育, its 新 read as a modifier: 新培育龙头企业2家，总数达到7家 -> 龙头企业 7家)
_ADDED = re.compile(r"^(?:全年|当年|今年|年内)?(?:新增|净增|新?认定|新?培育|新?设立|新登记|新建)(?=\S{2})")


def whole_of_added(metric: str, unit: str, before: tuple[str, str] | None) -> str:
    """总数 after a count in the same unit (``before``: its metric and unit, the figure just before in the sentence)
    counts what that count counted, all of it: 新增规模以上工业企业21家，总数达到186家 -> 规模以上工业企业 186家 (the
    series a stock is in), 学校20所，总数比上年增加2所 -> 学校; else ``metric``."""
    if before is None or not unit or before[1][-1:] != unit[-1:]:  # (个 and 万个: one counter)
        return metric
    counted = before[0]
    bare = metric[len(counted):] if metric.startswith(counted) else metric  # (新增市场主体总量: named after it)
    if bare not in _WHOLE:
        return metric
    added = _ADDED.match(counted)
    return counted[added.end():] if added else counted


# a running total right after the year's new ones (新建5G基站1200个，累计达到8600个; 新建高标准农田5万亩，
# 累计建成42万亩): the clause before the number says only 累计 and a verb of reaching or completing
_CUMULATIVE_SAME_VERB = re.compile(r"(?:全市|全县|全区|全省|全州)?(?:已)?累计(?:完成)?(?P<verb>[\u4e00-\u9fff]{2})")
_CUMULATIVE_ONLY = re.compile(r"(?:全市|全县|全区|全省|全州)?(?:已)?累计(?P<verb>达到|达|建成|完成|拥有|有)?(?:总数)?")


def running_total_of_added(clause_before: str, metric: str, unit: str, before: tuple[str, str] | None) -> str:
    """The running total of what a count just before added (``before``: its metric and unit): 累计达到8600个 after
    新建5G基站1200个 -> 累计5G基站 (all of them, not new ones); 累计建成42万亩 -> 累计建成高标准农田; else
    ``metric``."""
    if before is None or not unit or before[1][-1:] != unit[-1:]:
        return metric
    same = _CUMULATIVE_SAME_VERB.fullmatch(clause_before)
    if same and before[0].startswith(same.group("verb")):  # 改造老旧小区36个，累计完成改造128个: 累计改造老旧小区
        return f"累计{before[0]}"
    m = _CUMULATIVE_ONLY.fullmatch(clause_before)
    if m is None:
        return metric
    added = _ADDED.match(before[0])
    if not added:
        return metric
    verb = m.group("verb") if m.group("verb") in ("建成", "完成") else ""
    return f"累计{verb}{before[0][added.end():]}"


def is_total(metric: str) -> bool:
    """The metric is a total a set is summed by (总投资, 累计完成投资, 实现产值), not yet naming what is summed."""
    return bool(_TOTAL.fullmatch(metric))


def is_set_count(metric: str, unit: str) -> bool:
    """A count of a set of projects, enterprises, works… (重点项目 120个, 规上企业 78户)."""
    return bool(unit) and unit[-1] in SET_UNITS and bool(_SET_NOUN.search(metric))


def set_name(metric: str) -> str:
    """The set a count counts, without the verb of what was done to it (实施改造升级“老字号”项目 ->
    改造升级“老字号”项目)."""
    name = _DOING.sub("", metric, count=1)
    return name if len(name) >= 2 else metric


def total_of_set(s: str, counts: list[Count], start: int, metric: str, subject: str) -> tuple[str, str]:
    """(the metric of a total at ``start`` of ``s`` named with its set, the set): the set of the count just before it
    in the sentence (no other figure between, only a clause break and the total's name: 实施重点项目120个，总投资500亿
    元), or of the total just before it named so. After a breakdown of a whole (开工在建项目502个，其中亿元以上项目174
    个、5亿元以上项目50个，总投资610亿元) the total is the whole's: a total after several parts is not the last
    part's. ``(metric, "")`` when no count qualifies."""
    if not is_total(metric) or not counts:
        return metric, ""
    last = counts[-1]
    if last.subject != subject or not _BETWEEN.fullmatch(s, last.end, start) or _BREAKDOWN.search(s, last.end, start):
        return metric, ""
    name = last.of_set
    if not name:
        chosen = last
        cut = s.rfind("其中", 0, last.start)
        if cut >= 0:
            parts = [c for c in counts if c.start > cut and not c.of_set]
            wholes = [c for c in counts if c.end <= cut and not c.of_set]
            if len(parts) >= 2 and wholes and wholes[-1].subject == subject:
                chosen = wholes[-1]
        name = set_name(chosen.metric)
    return (metric, name) if name.endswith(metric) else (name + metric, name)


# a part of a whole by size (亿元以上项目, 10亿元以上项目, 5000万元以上企业): the size, then what is counted
_SIZED = re.compile(r"^(?:\d+(?:\.\d+)?)?(?:千万|百万|万|亿)?元(?:及)?以上的?(?P<head>[\u4e00-\u9fff]{1,4})$")
_SIZE = re.compile(r"(?:\d+(?:\.\d+)?)?(?:千万|百万|万|亿)?元(?:及)?以上的?")


_LEVEL = re.compile(r"(?:国家级|国家|省级|市级|县级|区级)")
# a flow over the period named by its verb (新增市场主体, 新培育…, 新引进…)
# (引进各类人才1.2万人，其中博士研究生326人: the doctoral graduates brought in, not those living in the place; only
# after a whole of people of every kind, whose parts are kinds: 培训农民工…其中女性 names no new group)
_FLOW = re.compile(r"^(?:新增|新培育|新引进|新认定|新签约|新开工|新注册|新登记|"
                   r"(?:引进|招聘|招引|培训|安置)(?=(?:各类|各类高层次|高层次|急需紧缺)?(?:人才|人员)$))")
# the samples a test counts, whose parts after 其中 are the kinds sampled (检测水样…，其中出厂水…份, 抽检食品样品…，
# 其中蔬菜…份)
_SAMPLES = re.compile(r"(?:水样|样品|样本)$")
# wholes that bulletins name two ways: the projects started or resumed this year (开复工) are those under
# construction (开工在建, 在建): new starts and continuing projects (maintainer to confirm)
_SAME_WHOLE = {"开复工": "开工在建", "在建": "开工在建",
               "行政": ""}  # (全县186个行政村…，其中50万元以上的村31个: 行政村 is the class of village, no act)


def part_of_whole(s: str, before: list[tuple[str, str, int]], start: int, metric: str, unit: str) -> str:
    """A part by size of a whole counted before 其中 carries what the whole says of it (新签约亿元以上项目31个，其中10
    亿元以上项目5个 -> 新签约10亿元以上项目; 开工在建项目502个，其中亿元以上项目174个 -> 开工在建亿元以上项目): the
    projects of ten billion yuan signed this quarter are not those under construction. ``before``: the counts before
    in the sentence (metric, unit, end); ``metric`` unchanged when it is no sized part or no whole precedes 其中."""
    sized = _SIZED.match(metric)
    cut = s.rfind("其中", 0, start)
    if cut < 0 or not unit:
        return metric
    wholes = [(m, u) for m, u, end in before if end <= cut]
    if not wholes or wholes[-1][1][-1:] != unit[-1:]:
        return metric
    level = _LEVEL.fullmatch(metric)
    if level and len(found := _LEVEL.split(wholes[-1][0], maxsplit=1)) == 2 and found[1]:
        # 新培育市级农业龙头企业35家，其中省级12家 -> 新培育省级农业龙头企业: the level stands for the whole's kind
        return found[0] + metric + found[1]
    sample = _SAMPLES.search(wholes[-1][0])
    if not sized and sample and 2 <= len(metric) <= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", metric) and not \
            metric.endswith(sample.group()):
        return metric + sample.group()  # 检测水样1284份，其中出厂水156份 -> 出厂水水样: the samples of that kind
    if not sized:
        # 新增市场主体4126户，其中企业1083户 -> 新增企业: the part of a flow is that flow's (new enterprises, not the
        # stock of enterprises)
        flow = _FLOW.match(wholes[-1][0])
        named = 2 <= len(metric) <= 8 and not metric.endswith("级")  # (其中省级12家: the level alone names no kind)
        return flow.group() + metric if flow and named and not _FLOW.match(metric) else metric
    whole = _SIZE.sub("", set_name(wholes[-1][0]))  # (实施重点项目…其中亿元以上项目: 重点亿元以上项目)
    head = sized.group("head")
    doing = whole[: -len(head)] if whole.endswith(head) else (whole if len(whole) <= 4 else "")
    doing = _SAME_WHOLE.get(doing, doing)
    return doing + metric if len(doing) >= 2 and not metric.startswith(doing) else metric



# a flow of goods (收购, 收储, 销售, 调入, 调出) a quantity's whole names, its parts after 其中 listed by kind
_GOODS_FLOW = re.compile(r"^(?:收购|收储|销售|调入|调出)(?=[\u4e00-\u9fff]{2})")


def part_of_flow(s: str, before: list[tuple[str, str, int]], start: int, metric: str, unit: str) -> str:
    """累计收购秋粮12.6万吨，其中中晚稻10.9万吨 -> 收购中晚稻: the part of a flow of goods is that flow's (not the
    crop's output); ``metric`` unchanged when the whole before 其中 is no such flow (其中最大为…站: a reading)."""
    cut = s.rfind("其中", 0, start)
    wholes = [(m, u) for m, u, end in before if end <= cut] if cut >= 0 else []
    flow = _GOODS_FLOW.match(wholes[-1][0]) if wholes and wholes[-1][1] == unit else None
    named = 2 <= len(metric) <= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", metric)
    return flow.group() + metric if flow and named and not metric.startswith(flow.group()) else metric

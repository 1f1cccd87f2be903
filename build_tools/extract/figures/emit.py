"""The rows of the figures of a sentence: final metric names, subjects, kinds and directions."""

from __future__ import annotations

import re

from ...model import Figure
from ..dates import DateMatch
from .among import among_name
from .changes import base_edge
from .clause_names import (
    _served_name,
    _share_paid_name,
    _tier_standard_name,
    _time_limit_name,
    defined_name,
    height_name,
    quota_name,
)
from .context import _Ctx
from .counted import (
    entity_base,
)
from .coverage import coverage_name
from .direction import _DEPARTURE, _MORE_THAN, _direction, _level_direction
from .fines import fine_basis, fine_total
from .inspections import increment_name, inspection_name
from .invested import invested_project, size_of_built
from .metric_checks import _trim, _valid_metric
from .occurred import occurred_at
from .project_names import FACILITIES, project_subject
from .quantities import _Num
from .rates import applied_standard, frequency, paid_before, paid_standard, per_unit
from .sets import Count, is_set_count, part_of_flow, part_of_whole, running_total_of_added, total_of_set, whole_of_added
from .subject import drop_places
from .subject_strip import strip_subject
from .text import _balance, _clause_start, _clean_ws
from .vocab import (
    _ANECDOTE,
    _DISCOURSE_NOUN,
    _DISCOURSE_UNITS,
    _MONEY_METRIC,
    _PEOPLE_IN_CHARGE,
    _RESTATED_AVERAGE,
    _SPEAKERS,
)

# the items the text goes on to give (现将5起欺诈骗保典型案例通报如下, 现将有关10项措施公布如下): the text's own parts
# (现将近期查处的8起典型问题通报如下: a modifier of the items before them)
_ITEMS_SET_OUT = re.compile(r"现将(?:有关|相关|其中|本次)?(?:[^，,；;。\d]{1,10}的)?\s*$")
_ITEMS_SET_OUT_AFTER = re.compile(r"[^，,；;。\d]{0,24}?(?:通报|公布|公告|发布|印发|报告|说明|明确)如下")

# a tier defined by its measure (第一阶梯为每户每年用水量180立方米（含）以内): the tier's measure, without the copula
_TIER_IS = re.compile(r"(第[一二三四五六七八九十]+(?:阶梯|档|级))为((?:每[户人年月]){0,2}[\u4e00-\u9fff]{1,6}?量)")

# a charge or tax included in a price (各阶梯价格均含污水处理费1.10元/立方米, （均含污水处理费0.95元）): the figure is
# the charge's
_CHARGE_INCLUDED = re.compile(r"(?:^|均|都|已|其中)(?:含|包含)(?P<charge>[\u4e00-\u9fff]{1,10}?(?:费|税|金))$")

# a bill or burden raised or lowered (增加水费支出, 减轻群众负担): the amount is its change
_SPENDING_CHANGED = re.compile(r"(增加|减少|减轻|降低)[\u4e00-\u9fff]{0,4}?(?:支出|负担|开支)$")

# an amount of change named as such (调整额, 增减额, 变动额): its sign is its direction
_SIGNED_CHANGE = re.compile(r"(?:调整|增减|变动)(?:额|量)$")

_SETS_OUT = re.compile(r"(?:明确|确定|提出|部署)了?")  # a programme setting out its tasks

_HOPE_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])(?:预计|有望)(?=[\u4e00-\u9fff])")

_LINE_BEFORE = re.compile(r"(?:低于|高于|超过|不足|未达到|达不到|未达)\s*$")

_LINE_AFTER = re.compile(r"\s*(?:以[上下])?的[^，,；;。]{1,12}?(?:[，,](?:由|要|将|一律)[^，,；;。]{0,20}?)?"
                         r"(?:予以|进行|给予|实行|实施|一律|要)?(?P<sanction>通报|约谈|问责|挂牌督办|督办|预警|扣减|核减|收回|暂停|取消)")

_INVESTMENT_WORD = re.compile(r"(?:总|计划|协议|拟)?投资(?:额)?(?=(?:约|近|超过?)?$)")

# (年度计划投资, 今年计划投资: the part planned for one year, of that year)
_PROJECT_SIZE = re.compile(r"(?:总投资|(?<![年度])计划投资|[一二三四五]期投资|装机容量|产能|建筑面积|占地面积"
                           r"|全长|总长)$")

# the sizes a project is planned at (its investment, a phase's, its length, its capacity): targets until it is built
_TOTAL_ROW = re.compile(r"(?:合计|总计)[，,]")  # the total row of a table restated (.tables)
_PLANNED_SIZE = re.compile(r"总投资|计划投资|[一二三四五]期投资|全长|总长|装机容量")

# a project's name and its size as one metric (X码头工程总投资, X新院区项目总投资): a name of its own, not a class of
# projects (重大项目, 产业项目: those are totals of a set)
_NAMED_PROJECT_SIZE = re.compile(r"(?P<name>(?![^，,；;。]*?(?:重大|重点|产业|民生|招商|基建)项目)[^，,；;。、]{4,30}?"
                                 r"[期港园区院站馆路桥线厂][^，,；;。、]{0,8}?(?:项目|工程))"
                                 r"(?P<size>总投资|计划投资|全长|总长|装机容量|建筑面积|占地面积)")

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


# a count of projects whose construction the clause is about (支持1360个重点项目建设, 实施重点项目建设320个)
_PROJECTS_BUILT = re.compile(r"(?:项目|工程)建设$")

# a gap in percentage points to a base (比全市平均水平低17.1个百分点, 低于全省平均3.2个百分点)
_PP_GAP = re.compile(r"(?:(?:比|较)[^，,；;。\d多少快慢高低]{0,10}?[高低]|[高低]于[^，,；;。\d]{0,10}?|[高低]出)\s*$")


# programmes named by how many they are (两个规划, 三个纲要): the text's subject, no quantity of the region
_PROGRAMMES_NAMED = re.compile(r"^(?:规划|纲要)")


def emit_figures(s: str, kept: list[_Num], subjects: list[str], usable: list[DateMatch], ctx: _Ctx,
                 ) -> list[Figure]:
    """The rows of a sentence's figures: each metric's final name (a set's total, a project's size, a tier,
    a sanction line), its subject, base unit, kind and direction; parts of the text itself dropped."""
    figures: list[Figure] = []
    set_counts: list[Count] = []  # the counts of sets (…项目, …企业) so far, for the totals after them
    of_set: dict[tuple[str, str], str] = {}  # (bare total, subject) -> the total named with its set
    last_count: tuple[str, str] | None = None  # (metric, unit) of the count just before, for a 总数 after it
    last_flow: tuple[str, str] | None = None  # (metric, unit) of the figure before, for a 累计 after it
    counted: list[tuple[str, str, int]] = []  # the counts so far (metric, unit, end), for the parts after 其中
    measured: list[tuple[str, str, int]] = []  # the same for quantities of goods (万吨)
    previous_name = ""  # the name of the figure before, for a check's 不合格 and 合格率 after it
    built = ""  # the works an amount was invested in, for their size after it (.invested)
    named_project = ""  # a project named before its first size (X工程全长6.8公里，总投资38.5亿元: its other sizes too)
    for num, subject in zip(kept, subjects, strict=True):
        if num.role != "figure":
            continue
        project = invested_project(s, num.start, num.end)
        subject = project or subject  # (its name leaves the metric: 投资)
        metric = strip_subject(_balance(_HOPE_INSIDE.sub("", _clean_ws(num.metric))), subject)
        built = project or built
        if not subject and built and (size := size_of_built(metric)):
            subject, metric = built, size  # …建设县中医院新院区，设置床位500张: the new campus's beds
        metric = defined_name(s, num, quota_name(_time_limit_name(s, num, metric)))
        metric = height_name(s, num, metric)
        metric = _share_paid_name(s, num, metric)
        metric = _tier_standard_name(s, num, metric)
        metric = _served_name(s, num, metric)
        metric = coverage_name(s, num.end, metric, num.unit)  # (覆盖83.5%的城乡社区: 城乡社区覆盖率)
        metric = among_name(s, num.start, num.end, metric, num.unit)  # (12座中型水库中有9座超汛限水位)
        if extreme := occurred_at(s, num.start):
            metric, subject = extreme  # (最大降雨量出现在石门镇，为312.6毫米: the extreme, the place its subject)
        if subject and (rest := drop_places(metric, subject, ctx)) != metric:  # 其中新河区17个、高塘县12个
            metric = rest if len(rest) >= 2 else next((m for m, u, _ in reversed(counted) if u == num.unit), metric)
        if project and (word := _INVESTMENT_WORD.search(_clean_ws(s[_clause_start(s, num.start):num.start]))):
            metric = word.group()  # 总投资15亿元的某某项目一期…: 总投资, not the words after the name
        if not _valid_metric(metric):
            continue
        metric = _trim(metric)
        metric, num.unit = per_unit(metric, num.unit)  # (青苗补偿费按照每亩2200元: 青苗补偿费, 2200 元/亩)
        metric, num.unit = frequency(metric, num.unit)  # (…清洗消毒每半年不少于1次: 清洗消毒, 1 次/半年)
        metric, num.unit = paid_standard(s, _clause_start(s, num.start), num.start, num.end, metric, num.unit)
        metric, num.unit = paid_before(s, _clause_start(s, num.start), metric, num.unit)  # (发放助学金，每生每学期…)
        metric, num.unit = applied_standard(s, _clause_start(s, num.start), num.start, metric, num.unit)
        # a total after a count of its set carries the set (实施重点项目120个，总投资500亿元: 重点项目总投资), and
        # so does the same total's change later in the sentence (实现产值113.4亿元，同比增长32.1%)
        if num.cls == "count":  # 开工在建项目502个，其中亿元以上项目174个: 开工在建亿元以上项目
            metric = part_of_whole(s, counted, num.start, metric, num.unit)
            counted.append((metric, num.unit, num.end))
        elif num.cls == "measure":  # 累计收购秋粮12.6万吨，其中中晚稻10.9万吨: 收购中晚稻, the flow's part
            metric = part_of_flow(s, measured, num.start, metric, num.unit)
            measured.append((metric, num.unit, num.end))
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
        if num.unit == "%" and fine_basis(s, num.start, num.end):
            continue  # 对其处上一年年收入60%的罚款: the basis of a fine, its amount follows (计28.8万元)
        if fine_total(s, num.start):
            metric = "罚款"  # (…的罚款，计28.8万元: the fine's amount, not the income it is a share of)
        named_size = _NAMED_PROJECT_SIZE.fullmatch(metric) if not subject else None
        if named_size and not any(d.end <= num.start for d in usable):
            # 棠溪港三期码头工程总投资48.6亿元: the project named before its size is the figure's subject
            subject, metric = named_size.group("name"), named_size.group("size")
            named_project = subject
        elif not subject and named_project and _PROJECT_SIZE.search(metric):
            subject = named_project
        elif subject and (word := re.fullmatch(r"(项目|工程)(总投资|计划投资)", metric)):
            subject, metric = subject + word.group(1), word.group(2)  # 市第一人民医院新院区项目总投资21.5亿元
        elif (word := _FIRM_PROJECT_SIZE.fullmatch(metric)) and subject.endswith(word.group("name")) and (
                _FIRM_NAME.search(subject[:-len(word.group("name"))])):
            metric = word.group("size")  # X有限公司储能电池项目总投资32亿元: the company's project and its size
        named_as = project_subject(s, num.start, subject)  # (宁泰新材料产业园项目由…建设，一期投资45亿元)
        if named_as != subject and metric.startswith(named_as[len(subject):]):
            metric = metric[len(named_as) - len(subject):]  # (汐南县抽水蓄能电站装机容量: 装机容量)
        subject = named_as
        if tier := _TIER_IS.fullmatch(metric):
            metric = tier.group(1) + tier.group(2)  # 第一阶梯为每户每年用水量180立方米: 第一阶梯每户每年用水量
        if included := _CHARGE_INCLUDED.search(metric):
            metric = included.group("charge")  # 各阶梯价格均含污水处理费1.10元/立方米: the charge included is named
        if ((subject.endswith(("项目", "工程", *FACILITIES)) and _PROJECT_SIZE.search(metric) or _TOTAL_ROW.match(s)
             and metric == "总投资") and not any(d.end <= num.start for d in usable)):
            # (合计，总投资296.7亿元: the projects' whole costs summed; not a year's 计划投资 of a plan's table)
            num.period = ""  # 该项目总投资18亿元: the size of a project, of no particular year unless the text dates it
            if num.status == "actual" and _PLANNED_SIZE.fullmatch(metric) and not \
                    _COMPLETED.search(s, 0, num.start):
                num.status, num.is_target = "target", True  # its planned size (holdout6), unless it is built
        if num.cls == "count" and _SET_NAMED_AGAIN.search(s, _clause_start(s, num.start), num.start) and \
                _SET_AS_WHOLE.match(s, num.end):
            continue  # 本次签约的16个项目全部达产后: the set counted before, named again as what the effects are of
        if num.cls == "count" and num.unit in _DISCOURSE_UNITS and _DISCOURSE_NOUN.search(metric) and not \
                metric.startswith(("完成", "超额完成", "达到", "实现", "达标")) and not metric.endswith("整改措施"):
            # (制定整改措施1268条: the measures drawn up to rectify the problems found, a count of the work)
            continue  # 4个重大机遇, 27条政策措施: the parts of the text itself (not 完成…的主要指标: the goals met)
        if num.cls == "count" and num.chinese and num.value <= 10 and _PROGRAMMES_NAMED.search(metric):
            continue  # 落实“两个规划”, 两个规划目标全面实现: the programmes the text is about, named by their number
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
        if kind == "count" and num.unit in ("个", "项") and _PROJECTS_BUILT.search(metric):
            metric = metric[:-2]  # 支持1360个重点项目建设: the projects are counted, not their construction
        metrics = [metric] + num.extra
        if kind == "share" and _DEPARTURE.search(s, max(0, num.start - 12), num.start):
            kind = num.kind = "growth"  # 距平37.9%: a departure from the normal, a change against it
        elif kind in ("level", "count") and _MORE_THAN.search(s, max(0, num.start - 16), num.start):
            kind = num.kind = "growth"  # 比常年同期多1.35亿立方米: more than the base by that much
        elif kind == "count" and num.comparison and re.search(r"(?:比|较)(?:年初|上年末|上年底|去年底|上月末)新增\s*$",
                                                               s[max(0, num.start - 10):num.start]):
            kind, num.kind, num.direction = "growth", "growth", "up"  # 较年初新增7条: a stock's rise since the base
        elif kind in ("level", "count") and num.comparison.startswith(("高于", "低于")) and len(num.comparison) > 2:
            kind = num.kind = "growth"  # 高于全省平均水平1.8件: a gap to the base, as 比全省多
        elif kind == "share" and num.cls == "pp" and _PP_GAP.search(s, max(0, num.start - 16), num.start):
            kind = num.kind = "growth"  # 覆盖率比全市平均水平低17.1个百分点, 低于全省3.2个百分点: a gap to a base
        if kind == "growth":
            direction = num.direction or _direction(s, num.start, num.comparison, metric)
            if num.value < 0 and direction == "up" and re.search(r"(?:增长率?|增速|增幅|为|是|达到?|[:：])\s*$",
                                                                 s[max(0, num.start - 4):num.start]):
                direction = "down"  # 增长-8.6%, 增长率为-3.28‰, 增长率-2.22‰: a negative growth is a fall
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
    return figures

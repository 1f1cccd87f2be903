"""The kind of a figure (level, growth, share, count) and the direction of a change (issue 11: direction): 增长/提高
up, 下降/减少/收窄 down, 改善/好转 of a pollutant's concentration down, a level reached by a change (降至35微克/立方米)
with that change's direction, a water table's depth rising when the water falls."""

from __future__ import annotations

import re

from .quantities import _Num
from .text import _clean_ws
from .vocab import _GROWTH_VERBS_ALL, _PRE_QUAL_NAMES, _RATE_ONLY_VERBS

# (居民消费价格涨幅控制在2%左右, 增速保持在6%以上: a rate of change held within a bound is still a change; so is
# one estimated, 四季度增长预计在5.7%左右)
_GROWTH_END = re.compile("(?:" + "|".join(_GROWTH_VERBS_ALL) + ")(?:了|率为|率达|为|达|达到|是|控制在|保持在|稳定在|"
                         "预计在|预计为|预计达到?|有望达到?)?$")


_KIND_TRIM = (*_PRE_QUAL_NAMES, "分别", "均", "仅", "约", "再")  # stripped in turn from the end of a left context


def _kind(num: _Num, l_clean: str) -> str:
    """growth when a change verb (增长, 下降, 增速为 …) leads straight to the number; 增加到/降至 state a level."""
    tail = _clean_ws(l_clean)
    for q in _KIND_TRIM if tail.endswith(_KIND_TRIM) else ():
        if tail.endswith(q):
            tail = tail[: -len(q)]
    m = _GROWTH_END.search(tail)
    growth = bool(m)
    if m and num.cls not in ("percent", "permille", "pp", "ratio") and num.base != "year" and re.match(
            _RATE_ONLY_VERBS, m.group()) and not num.comparison and not (
            num.qualifier in ("不低于", "不少于", "至少") and tail.endswith(("提高", "增加"))):
        # 加快7个科技创新平台建设: 加快 changes a rate, not an amount (预期寿命提高0.35岁, 比上年末提高12元: changes;
        # 最高支付限额提高不低于1000元: a rise of at least that much)
        growth = False
    if num.cls in ("percent", "permille", "fraction"):
        return "growth" if growth else "share"
    if num.cls == "pp":
        return "share" if re.search(r"比重|占比|比例|率", l_clean) and not growth else "growth"
    if growth:
        return "growth"
    if num.cls == "count" or (num.cls == "bare" and num.base in ("household", "person")):
        return "count"
    return "level"


# (距目标值尚差1.5个百分点: short of a goal, below it as 低于)
_DOWN_RE = re.compile(r"(下降|减少|降低|回落|收窄|下跌|下滑|缩小|减小|压减|压缩|缩短|负增长|低于|放缓|偏少|偏低|"
                      r"[尚还仍]差|减|降)")
# (加快/放缓: a rate; 偏多/偏少: rainfall against the previous year or the norm; 涨幅: a price rise, 居民消费价格涨幅
# 控制在2%左右)
# (水位涨至42.86米: a level reached by a rise; 与全国相比，…比例高出2.4个百分点: above the base, as 高于)
_UP_RE = re.compile(r"(增长|增加|提高|提升|上升|上涨|涨幅|扩大|增幅|增速|高于|高出|递增|加快|偏多|偏高|增|升|涨)")
_BETTER_RE = re.compile(r"(改善|好转|优化)")
# what falls when it improves: pollutant concentrations, emissions, energy use, polluted days, waiting times
_LOWER_IS_BETTER = re.compile(r"浓度|PM|颗粒物|臭氧|二氧化|氮氧化物|化学需氧量|氨氮|排放|能耗|能源消耗|重污染|污染天数|"
                              r"声级|噪声|恩格尔|失业率|时间|时限|用时|发生率|死亡率|事故|空气质量综合指数|污染指数")
_LEVEL_CHANGE = re.compile(  # (提高到每人每年670元: a rate's scope may come between; 每服一年义务兵役每人每月 too)
    r"(下降|降低|减少|压减|压缩|缩短|缩减|降|减|提高|提升|增加|增长|上升|扩大|升|增|涨)(?:到|至)\s*(?:每服一年义务兵役)?"
    r"(?:每[^\d，,；;。]{1,3}?){0,2}$")


# more or less than a base, without a verb (比常年同期多1.35亿立方米, 较上年少3天, 比上年同期多出2万人); a flow's
# increment larger or smaller than the base's (新增贷款…同比多增6.52亿元, 比上年同期少增3亿元: 多增 up, 少增 down)
# (进度比去年同期快3.5个百分点, 慢2.1个百分点: ahead of or behind the base)
# (完成进度比全县平均水平低4.1个百分点, 比全省高1.5个百分点: below or above the base, as 低于/高于)
_MORE_THAN = re.compile(r"(?:比|较)[^，,；;。\d多少快慢高低]{0,10}?(多|少|快|慢|高|低)(?:出|了|增)?\s*$")
# ahead of or behind a base named after a comparative verb (收购进度快于上年同期4.2个百分点, 慢于去年同期; 好于上年): as
# 比…快 (a bound 不少于 is no comparison)
_AHEAD_OF = re.compile(r"(?<![不至])(快|慢|好|差|优)于[^，,；;。\d]{0,10}$")
# a departure from the normal (距平37.9%, 降水量距平-4.8%): up above the normal, down below it, as its sign says
_DEPARTURE = re.compile(r"距平(?:百分率|率|值)?(?:为|达|是)?\s*[-－−]?\s*$")


def _direction(s: str, start: int, comparison: str, metric: str = "") -> str:
    """The direction of a change: the nearest change verb before the number, within its clause
    (分别增长4.1%、11.2%: the verb before the list applies to every item); 改善/好转 of what is better lower
    (a pollutant's concentration, energy use) is down."""
    clause = re.split(r"[，,；;。：:]", s[max(0, start - 40):start])[-1]
    more = _MORE_THAN.search(clause)
    if more:
        return "up" if more.group(1) in "多快高" else "down"  # 比常年同期多1.35亿立方米, 较上年少3天: more or less than
    ahead = _AHEAD_OF.search(clause)
    if ahead:
        return "up" if ahead.group(1) in "快好优" else "down"
    if _DEPARTURE.search(clause):
        return "down" if s[start:start + 1] in "-－−" or clause.endswith(("-", "－", "−")) else "up"
    verbs = [(m.end(), "down") for m in _DOWN_RE.finditer(clause)] + [(m.end(), "up") for m in _UP_RE.finditer(clause)]
    better = "down" if _LOWER_IS_BETTER.search(metric) else "up"
    verbs += [(m.end(), better) for m in _BETTER_RE.finditer(clause)]
    if not verbs:
        if _DOWN_RE.search(comparison):
            return "down"
        return "up" if _UP_RE.search(comparison) else ""
    end, way = max(verbs)
    if way == "up" and _DRAG.search(clause[:end]):
        return "down"  # 下拉全市规模以上工业增长0.7个百分点: a negative contribution to the growth named
    if _DEPTH.search(metric) and _WATER_LEVEL_VERB.search(clause[:end]):
        return "down" if way == "up" else "up"  # (埋深…比年初上升0.34米: the water table rose, the depth is less)
    return way


# a drag on a growth rate (下拉…增长0.7个百分点, 拖累…增长0.4个百分点, 拉低…增速0.2个百分点): a negative contribution
_DRAG = re.compile(r"下拉|拖累|拉低")


# the depth of groundwater below the surface (埋深), whose 上升/下降 say where the water table went: the depth moves
# the other way
_DEPTH = re.compile(r"埋深")
_WATER_LEVEL_VERB = re.compile(r"(?:上升|下降|回升)\s*$")


# the change's object between the verb and 至 (扩大稻虾共养规模至1500亩, 压减镇级债务余额至1800万元)
# (not 增加值的比重达到18.6%: 增加值 is value added, 达到 a level reached)
_OBJECT_LEVEL_CHANGE = re.compile(r"(扩大|提高|提升|增加(?!值)|压减|压缩|降低|减少|缩减)"
                                  r"[^\d，,；;。到至达]{2,8}?(?:到|至)\s*$")


def _level_direction(l_text: str) -> str:
    """降至35微克/立方米, 压缩至1个工作日, 提高到38.5%: a level reached by a change has that change's direction."""
    m = _LEVEL_CHANGE.search(_clean_ws(l_text)) or _OBJECT_LEVEL_CHANGE.search(_clean_ws(l_text))
    if not m:
        return ""
    return "down" if _DOWN_RE.match(m.group(1)) else "up"

"""The comparison a change takes from the text before it (used by :func:`.extract_figures`).

A release states 同比 or 环比 once and breaks the change down after it: ``6月份，全市居民消费价格同比上涨0.3%。其中，
城市上涨0.4%，农村上涨0.1%`` — the parts' changes are year-on-year too, against June of the year before. Under a
heading naming the comparison (``一、各类商品及服务价格同比变动情况``) so is every change of its paragraphs that states
none. Only comparisons relative to the figure's own period carry (同比, 环比, 比上年, 比上年同期, 与上年同月: a
bulletin's 旅客周转量…比上年增长4.8%，公路客运量下降3.5% is against the year before too), and only to a
change of the same period (``1—6月平均，…比上年同期上涨0.1%`` stops a 同比 of June from reaching it).
"""

from __future__ import annotations

import re

from ...model import Figure
from .bases import previous_period

_RELATIVE = re.compile(r"^(?:同比|环比|(?:比|较|与)?上年(?:同(?:期|月))?)$")  # (比上年 of a year: the year before)
_HEADING_RELATIVE = re.compile(r"同比|环比")
_CHANGE_UNITS = ("%", "个百分点")


def heading_comparison(headings: dict[int, str]) -> str:
    """同比 or 环比 when the nearest heading naming one names only one of them, else ""."""
    for _, heading in sorted(headings.items(), reverse=True):
        named = set(_HEADING_RELATIVE.findall(heading))
        if named:
            return named.pop() if len(named) == 1 else ""
    return ""


def carry_comparison(figures: list[Figure], heading: str = "") -> None:
    """Give the changes of one paragraph (``figures``, in reading order) that state no comparison the relative
    comparison of the change before them of the same period, or else the heading's (``heading``), with its base
    period; a change in % stating another comparison (比2020年, 年均) stops the carry, a gap in 个百分点 between two
    rates (降幅比上月扩大0.1个百分点) does not."""
    carried: tuple[str, str] | None = None  # (comparison, period) of the last change stating one
    for f in figures:
        if f.kind != "growth" or f.unit not in _CHANGE_UNITS:
            continue
        if f.comparison and f.unit != "%":
            continue  # (降幅比上月扩大0.1个百分点 compares two rates: the paragraph's comparison goes on past it)
        if f.comparison:
            carried = (f.comparison, f.period) if _RELATIVE.match(f.comparison) else None
            heading = heading if carried else ""
            continue
        comparison = carried[0] if carried and carried[1] == f.period else heading
        if f.base_period or not comparison or not f.period:
            continue
        base = previous_period(comparison, f.period)
        if base:
            f.comparison, f.base_period = comparison, base


_LAST_YEAR = re.compile(r"^(?:比|较|与)?上年$")


def year_end_bases(figures: list[Figure]) -> None:
    """A change 比上年 of a level stated at a year end in the same sentence (年末…平均标准达到820元/人·月，比上年提高
    40元): against the end of the year before ("2023-12"), as 比上年末 says it; so is that of a ratio or a count held at
    the year end (资产负债率为59.9%，比上年上升0.4个百分点; 公务用车412辆，比上年减少23辆)."""
    ends = {(f.sentence, f.metric): f.period for f in figures if f.kind in ("level", "share", "count") and re.fullmatch(
        r"\d{4}-12", f.period)}
    for f in figures:
        end = ends.get((f.sentence, f.metric))
        if end and f.direction and _LAST_YEAR.match(f.comparison) and f.base_period == str(int(end[:4]) - 1):
            f.base_period += "-12"


# (从2015年年底的2880元增加到9059元，增长214.5%: a change since a base, not over the year)
_FROM_LEVEL = re.compile(r"[从由]")


def year_end_growth(figures: list[Figure]) -> None:
    """A bare rate (增长9.1%, 下降2.3%) right after a stock held at a year's end, of the same
    metric (截至2025年12月末，…。其中，企业16.42万户，增长9.1%) is the stock's change over
    the year, as 同比增长 or 比上年末 say it: of the year, not of December. Runs after the
    edges are marked (a December's flow, 12月份…增长5%, has no end edge) and the declared
    bases are set (比2018年末（第四次全国经济普查，下同）: a change since the last census stays
    at its end)."""
    for prev, f in zip(figures, figures[1:], strict=False):
        if (f.kind == "growth" and prev.kind != "growth" and f.edge == "end" and prev.edge == "end"
                and f.sentence == prev.sentence and f.metric == prev.metric and f.period == prev.period
                and re.fullmatch(r"\d{4}-12", f.period) and not f.comparison and not f.base_period
                and f.unit.strip() in ("%", "％")
                and not _FROM_LEVEL.search(prev.sentence, 0, max(prev.sentence.find(prev.text), 0))):
            f.period, f.edge = f.period[:4], ""

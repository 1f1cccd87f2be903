"""Two shapes of a monthly release's table of main indicators (指标 | 单位 | 10月 | 同比% | 1-10月累计 | 同比%): a group
row naming the measure the rows under it break down (分港区货物吞吐量, then the port areas' rows), and a change column
named by its base alone (同比%, 环比（%）)."""

from __future__ import annotations

import re

# a change column named by its base alone: its cells are rises, a negative one a fall
_BARE_BASE = re.compile(r"同比|环比|比上年|比上年同期|比上月")
# a group row naming the measure its rows break down, by a kind of part (分港区货物吞吐量, 按行业分工业增加值, 分地区
# 一般公共预算收入)
_GROUP_MEASURE = re.compile(r"^(?:分|按)(?:[\u4e00-\u9fff]{0,3}?(?:港区|地区|区域|县区|区县|县市区|行业|产业|类别|货类|"
                            r"门类|品种|口岸|市场|主体|企业|领域))分?(?P<measure>[\u4e00-\u9fff]{2,16})$")


def group_measure(row: list[str], label_col: int) -> str | None:
    """The measure a group row names (分港区货物吞吐量 -> 货物吞吐量; "" for a group naming none, 按行业分), or None
    when the row has a value of its own (a row of data)."""
    if any(c.strip() for k, c in enumerate(row) if k != label_col):
        return None
    m = _GROUP_MEASURE.match(row[label_col].strip())
    return m.group("measure") if m else ""


def bare_base_change(name: str, verb: str) -> str:
    """The words of a change cell under a column named by its base alone (同比 | -1.4: 同比下降; 同比 | 6.1: 同比增长);
    "" for a column naming its change (同比增长, 增速)."""
    return name + (verb or "增长") if _BARE_BASE.fullmatch(name) else ""

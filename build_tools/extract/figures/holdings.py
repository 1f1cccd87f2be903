"""Metrics that are holdings by their name: what is owned or in force at a moment, never a flow of a period.

每万人口高价值发明专利拥有量, 有效发明专利拥有量, 汽车保有量, 有效注册商标量, 马德里商标国际注册
有效量: a count of what is held (拥有, 保有) or still valid (有效) is a stock. Stated without a date
of its own in a review of a closed year (a white paper of April 2026 on 2025: 高新区每万人口高价值
发明专利拥有量达到48.3件), it is held at that year's end, as the stocks a bulletin opens with
全市共有… are.
"""

from __future__ import annotations

import re

HOLDINGS = re.compile(r"(?:拥有量|保有量|有效量)$|^(?:[^，,；;。\d]{0,12}?)有效[^，,；;。\d]{1,12}量$")


# a count of entities sorted by a bound on a balance-sheet stock (资产负债率超过75%的市属企业, named by
# sentence._COUNTED_BY_BOUND): in a review of a closed year, counted at the year end as the stock is
STOCK_BOUND = re.compile(r"(?:资产负债率|负债率|余额|存量)(?:超过|高于|低于|不足)")


def held_at_year_end(metric: str) -> bool:
    """True when an undated count named ``metric`` in a review of a closed year is held at that year's end: a
    holding (拥有量, 保有量, 有效…量) or entities counted by a bound on a stock (资产负债率超过75%的市属企业)."""
    return bool(HOLDINGS.search(metric) or STOCK_BOUND.match(metric))

"""A share stated in tenths in words (异地快递占比超过四成, 工资性收入占比近六成, 占全市…的比重超过四成): "成" is a
tenth, so 四成 is 40%. Only after a share's word (占比, 比重, 比例) in the same clause, where the tenths can be
nothing else (七成以上的村 sorts villages by a bound; 成效, 成员, 成为 are words)."""

from __future__ import annotations

import re

_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_TENTHS = re.compile(r"(?P<d>[一二两三四五六七八九])成(?![员立交本果效为都品熟型功绩长年人就色活区像分的])")
# (a bare 占 is left: 占总降幅的七成左右 needs the whole's name, which the metric grammar cuts)
_SHARE_BEFORE = re.compile(r"(?:占比|比重|比例)[^，,；;。\d]{0,10}?"
                           r"(?:超过|超|逾|近|约|接近|将近|达到?|不到|不足)?\s*$")


def chinese_tenths(ns: str) -> list[tuple[int, int, int]]:
    """(start, end, tenths) of each share in tenths said in words after a share's word (占比超过四成 -> 4, read in
    the unit 成 as 偏多4成 is: 40%)."""
    return [(m.start(), m.end(), _DIGITS[m.group("d")]) for m in _TENTHS.finditer(ns)
            if _SHARE_BEFORE.search(ns, max(0, m.start() - 14), m.start())]

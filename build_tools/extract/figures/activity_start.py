"""A season's work the text opens with its first day (今年秋粮收购自9月16日新粮上市起全面展开) and reports to a day
(截至11月30日，全市累计收购秋粮136.8万吨): what was done since that first day, the span from it to that day, not the
day alone; and the same work's figures said later without a date of their own (分县看，东县累计收购38.6万吨) are to
that day too. Prices (收购价格) are no running totals and keep their own time."""

from __future__ import annotations

import re

from ...model import Figure

# the work and its first day (秋粮收购自9月16日…起全面展开, 夏粮收购工作于6月1日起正式开始)
_OPENED = re.compile(r"(?P<work>[\u4e00-\u9fff]{2,6}?)(?:工作)?(?:自|从|于)(?P<m>1[0-2]|[1-9])月(?P<d>[1-3]?\d)日"
                     r"[^，,。；;\d]{0,10}?起(?:全面|正式|陆续)?(?:展开|开始|启动|开展|铺开|进行)")
_DAY = re.compile(r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})")


def cumulate_since_start(figures: list[Figure], paragraphs: dict[str, str], anchor_iso: str) -> None:
    """The work's figures to a day: from the work's first day to that day (see the module's docstring)."""
    opened = [m for text in paragraphs.values() for m in _OPENED.finditer(text)]
    if len(opened) != 1 or not anchor_iso[:4].isdigit():
        return  # (none, or two works opened: which one a figure is of is not said)
    work = opened[0]
    key = work.group("work")[-2:]  # (秋粮收购 -> 收购: 累计收购秋粮, 收购中晚稻, 收购进度)
    of_work = [f for f in figures if key in f.metric and "价" not in f.metric and f.status == "actual"]
    days = sorted({f.period for f in of_work if _DAY.fullmatch(f.period)})
    if not days:
        return
    year = days[-1][:4]
    start = f"{year}-{int(work.group('m')):02d}-{int(work.group('d')):02d}"
    for f in of_work:
        if _DAY.fullmatch(f.period) and start < f.period:
            f.period = f"{start}/{f.period}"
        elif f.period == anchor_iso[:7] and f.metric.startswith(key) and start < days[-1]:
            # (a later paragraph's amount of the same work, 东县累计收购38.6万吨, to the last day reported; not what
            # serves it, 设立收购网点286个, 发放收购贷款)
            f.period = f"{start}/{days[-1]}"

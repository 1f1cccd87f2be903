"""Progress on a year's plan reported to a month's end (2025年全市计划改造老旧管网186公里。截至8月底，已完成112公里，
完成率60.2%): what was done since the year began, the months January to that month, not the month alone (a stock at
the month's end keeps its month: 截至8月底，全市集中供热面积6842万平方米)."""

from __future__ import annotations

import re

from ...model import Figure

# the month's end the progress is reported to (截至8月底, 截至2025年8月末)
_TO_MONTH_END = re.compile(r"截[至止](?:(?:19|20)\d{2}年)?\d{1,2}月(?:底|末)")
# the progress of planned works (已完成, 已开工, 完成率, 开工率)
_DONE = re.compile(r"已(?:完成|开工|建成|改造|实施)|完成率|开工率")
# a plan of the year the progress is against, before the figure in its paragraph (计划改造, 年度计划, 今年计划)
_PLAN = re.compile(r"(?:(?:19|20)\d{2}年|今年|年度|本年)[^。；]{0,12}计划|计划(?:完成|改造|实施|新建|建设)")


def cumulate_plan_progress(figures: list[Figure], paragraphs: dict[str, str]) -> None:
    """A month-end progress figure of a year's plan: its period from January of that year to the month."""
    for f in figures:
        if f.status != "actual" or not re.fullmatch(r"(?:19|20)\d{2}-\d{2}", f.period):
            continue
        at = f.sentence.find(f.text) if f.text else -1
        if at < 0:
            continue
        to = [m for m in _TO_MONTH_END.finditer(f.sentence, 0, at)]
        clause = f.sentence[to[-1].end():at] if to else ""
        if not to or not _DONE.search(clause) or re.search(r"[；;。]", clause):
            continue
        para = paragraphs.get(f.paragraph, "")
        upto = para.find(f.sentence)
        if not _PLAN.search(para, 0, (upto if upto >= 0 else 0) + at):
            continue
        f.period = f"{f.period[:4]}-01/{f.period}"

"""A bulletin's reference date is no event: the stocks a statistical bulletin or a yearly report states at a date
inside the period it reports (截至2023年末，全县…; 2025年，县政府系统共承办…) date its data, they are no dated fact
(what was achieved by then, 累计建成, 已完成, stays an event)."""

from __future__ import annotations

import re

from ..model import Document, Event
from .reporting import is_review

# a title of a bulletin or yearly report with its year (…2025年…公报, …年度报告; …2025年实施情况统计监测报告: a
# monitoring report on a programme's year, a bulletin of that year's statistics)
_REPORT_TITLE = re.compile(r"((?:19|20)\d{2})\s*年.*(?:公报|年度报告|年报|监测报告)")

# a statistical bulletin's stocks at a date inside the period it reports (截至2023年末，全县中小学校舍建筑面积达到…
# in the bulletin of the 2023/2024 school year): the reference date of its data, no dated fact; what was achieved by
# then (累计建成, 已完成) stays an event
_AS_OF_OPENING = re.compile(r"^\s*(?:截至|截止)[^，,；;。]{2,14}?(?:末|底|12月31日)[，,]")
_ACHIEVED = re.compile(r"累计|已|建成|完成|实现")
# a report on what was held or managed in a year (…2025年度国有资产管理情况的综合报告), or on the cases handled in it
# (…2025年度…建议和…提案办理情况的报告: 2025年，县政府系统共承办…186件): its year's totals are the reference date of
# its data, as a bulletin's
_MANAGEMENT_REPORT = re.compile(r"(?:19|20)\d{2}\s*年.*(?:管理|办理)情况")
# (2023年末，全县共有…法人单位8426个; 2024年，全市共投入R&D经费186.42亿元: the period's own date opening its
# statistics, in a communiqué on that period)
_PERIOD_OPENING = re.compile(r"^\s*\d{4}年([末底])?(?:[，,]|(?=全[市县区省州旗]))")
# (年末全市共有养老机构186个; 全年支出低保资金5.43亿元: the bulletin's year end or year, named without its year)
_YEAR_END_OPENING = re.compile(r"^\s*(?:年[末底]|全年)(?!以来)")
_STATISTIC = re.compile(r"\d\s*(?:%|万|亿|个|人|户|家|元|吨|项|件)")


def _reference_date(e: Event, doc: Document) -> bool:
    rp = doc.reporting_period
    period = _PERIOD_OPENING.match(e.text)
    opening = _AS_OF_OPENING.match(e.text) or (
        (period or _YEAR_END_OPENING.match(e.text)) and _STATISTIC.search(e.text) and e.kind == "event"
        and (e.date == rp or not period or period.group(1)))  # (not 2024年，全县将新建…: a plan's year; 2024年末 is)
    # (水资源公报: a yearly bulletin; 关于2025年度国有资产管理情况的综合报告: a report of the year's holdings)
    bulletin = doc.genre == "statistics" or bool(_REPORT_TITLE.search(doc.title)) or (
        is_review(doc) and bool(_MANAGEMENT_REPORT.search(doc.title)))
    if not bulletin or not rp or not opening or _ACHIEVED.search(e.text):
        return False
    first, _, last = rp.partition("/")
    last, date = last or first, e.date.split("/")[-1]
    n, m = min(len(first), len(date)), min(len(last), len(date))
    return first[:n] <= date[:n] and date[:m] <= last[:m]  # (ISO prefixes: 2023-12 within 2023-09/2024-08)


# a notice's grounds: a past year's statistics quoted to justify it (关于调整…价格的公告: 某公司2022—2024年平均单位供水
# 成本为3.12元/立方米; 2024年该公司售水量8650万立方米) date data, no fact of the notice's timeline; what was done in
# that year (2024年完成改造…, 2023年出台…) stays an event
_PAST_YEAR = re.compile(r"^(?:19|20)\d{2}(?:/(?:19|20)\d{2})?$")
_DONE = re.compile(r"累计|已|建成|完成|实现|开展|实施|启动|举办|召开|出台|印发|发放|新建|改造|新增|引进|获得|开工|投产|"
                   r"签订|成立|组织|执行|调整")
_MEASURED = re.compile(r"(?:19|20)\d{2}\s*年(?:[—－-](?:19|20)?\d{2,4}\s*年)?[^，,；;。\d]{2,24}?(?:为|达|是)?\s*\d")


def grounds_data(e: Event, doc: Document) -> bool:
    """A past year's statistics quoted as grounds in a notice (see _PAST_YEAR): no timeline entry."""
    if doc.genre not in ("notice", "announcement") or e.kind != "event" or not _PAST_YEAR.match(e.date):
        return False
    if not doc.date[:4].isdigit():
        return False
    if e.date.split("/")[-1] >= doc.date[:4]:
        return False
    return bool(_MEASURED.search(e.text) and _STATISTIC.search(e.text)) and not _DONE.search(e.text)

"""The figures of an announcement inviting bids (公开招标公告, 竞争性磋商公告, 询价公告…): the terms of a purchase still
to be made. None is an observation of the month it was published in: the budget and the quantities to buy are the
buyer's plan (target), the price ceiling, bid bond, qualification thresholds, price deduction and contract period
are conditions bidders must meet (requirement); none has a period. The announcement's own durations (公告期限为5个
工作日, 自本公告发布之日起5个工作日) are steps of the procedure, not figures. An announcement of the result (中标公告,
成交公告, 结果公告) reports what happened and is left as it is."""

from __future__ import annotations

import re

from build_tools.model import Figure

# (…项目公开招标公告, …竞争性磋商公告, …询价公告（第二次）, …招标公告（更正）; not 中标公告, 成交结果公告)
_TENDER_TITLE = re.compile(r"(?<!中)(?:招标|采购|磋商|谈判|询价|比选)公告(?:[（(][^）)]{1,8}[）)])?$")
# the buyer's plan: what it will spend and how much it buys
_PLANNED = re.compile(r"预算|数量|采购量|总投资")
# the announcement's own durations (公告期限, 自本公告发布之日起, 公示期): procedure, no figure
_NOTICE_PERIOD = re.compile(r"公告期限?|公示期|发布之日起")


def is_tender(title: str) -> bool:
    """Whether a document's title names an announcement inviting bids."""
    return bool(_TENDER_TITLE.search(title.strip()))


def tender_terms(figures: list[Figure], title: str) -> list[Figure]:
    """In an announcement inviting bids: the plan's figures targets, the conditions requirements, no periods; the
    announcement's own durations dropped. Other documents' figures are returned as they are."""
    if not is_tender(title):
        return figures
    out: list[Figure] = []
    for f in figures:
        if f.unit.endswith("工作日") and _NOTICE_PERIOD.search(f.sentence):
            continue  # 自本公告发布之日起5个工作日: how long the announcement stands
        if f.status in ("actual", "requirement", "target") and not f.direction:
            f.status = "target" if _PLANNED.search(f.metric) and f.status != "requirement" else "requirement"
            f.is_target = f.status == "target"
            f.period, f.edge = "", ""
        out.append(f)
    return out

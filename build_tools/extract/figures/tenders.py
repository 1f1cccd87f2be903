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
# a lot's code standing for a figure's name (投标保证金：包1为2万元): the field's label names what the lot's value is
_LOT = re.compile(r"(?:标包|分包|包|标段)\s*\d{1,2}")
# the label of a field opening the sentence (1.投标保证金：…, 合同履行期限：合同签订后60日历天内…)
_FIELD_HEAD = re.compile(r"\s*(?:\d{1,2}\s*[.．、]\s*)?([\u4e00-\u9fff]{2,10})\s*[：:]")
# the price deduction for small firms' bids (对小微企业的投标报价给予10%的扣除): named by whose bids and what
_DEDUCTION = re.compile(r"对([\u4e00-\u9fff]{2,12}?)的?(?:投标)?报价给予\s*\d+(?:\.\d+)?\s*[%％](?:[—-]\d+[%％])?"
                        r"的(?:价格)?扣除")
# the past contracts a bidder must show (具有不少于3个同类医疗设备供货业绩): named by the whole noun up to 业绩
_RECORD = re.compile(r"\d+\s*(?:个|项)([\u4e00-\u9fff]{2,16}?业绩)")
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
        _name(f)
        if f.status in ("actual", "requirement", "target") and not f.direction:
            f.status = "target" if _PLANNED.search(f.metric) and f.status != "requirement" else "requirement"
            f.is_target = f.status == "target"
            f.period, f.edge = "", ""
        out.append(f)
    return out


def _name(f: Figure) -> None:
    """A lot's code or a time limit's starting event standing for the name: the field's label names the figure
    (包1 under 投标保证金： -> 包1投标保证金; 合同签订后 under 合同履行期限： -> 合同履行期限); a price deduction is
    named by whose bids it applies to (小微企业价格扣除比例)."""
    head = _FIELD_HEAD.match(f.sentence)
    if head and _LOT.fullmatch(f.metric) and f.sentence.find(f.metric) > head.end() - 1:
        f.metric += head.group(1)
    elif head and f.base_unit == "day" and not _NOTICE_PERIOD.search(f.sentence):
        f.metric = head.group(1)
    elif f.unit in ("个", "项") and (record := _RECORD.search(f.sentence)) and record.group(1).startswith(f.metric):
        f.metric = record.group(1)
    elif f.unit in ("%", "％") and (deduction := _DEDUCTION.search(f.sentence)):
        f.metric = deduction.group(1) + "价格扣除比例"

"""Figures of an administrative penalty decision (行政处罚决定书), and the daily surcharge any decision or notice
states for a fine paid late.

- The party is named in a field line before the facts (当事人：棠宁县某某贸易有限公司): every figure after it (the
  goods found, the illegal gains, the value of the goods, the penalties, the deadlines the party is given) is the
  party's, not the county's whose bureau decides.
- The penalties listed (1.没收…326瓶；2.没收违法所得630元；3.罚款50000元。罚没款合计50630元。) carry no date of their
  own: they are imposed by the decision, on the day it is signed, not in the month of that day only.
- 到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款: the surcharge the law sets for any late payment, a standing norm
  (requirement, no period), not an amount charged.
"""

from __future__ import annotations

import re

from ...model import Document, Figure

_DECISION_TITLE = re.compile(r"处罚决定书|处理决定书")
# the party's field line: a business by its legal form (a person's name, 张某某, is left to the ordinary rules)
_PARTY = re.compile(r"^(?:当事人|被处罚人|被处罚单位)(?:名称)?\s*[：:]\s*(?P<name>[\u4e00-\u9fff（）()·]{2,40}?"
                    r"(?:有限责任公司|股份有限公司|有限公司|分公司|公司|合作社|个体工商户|商行|经营部|超市|药店|药房|"
                    r"门市部|厂|店|中心|医院|诊所))\s*$")
# a penalty imposed, as the decision lists it (1.没收…, （二）罚款…, 并处罚款…, 罚没款合计…)
_SANCTION = re.compile(r"^\s*(?:\d+\s*[.．、]|[（(]?[一二三四五六七八九十]+[)）、])?\s*"
                       r"(?:没收|罚款|并处|处以|处罚款|罚没款|警告|吊销|责令|暂扣|暂停)")
_PARTY_WORDS = re.compile(r"^当事人(?:于|在|共|已|经营的|销售的)?|上述")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATED = re.compile(r"(?:19|20)\d{2}\s*年|\d{1,2}\s*月|[０-９]{4}\s*年")
_SURCHARGE = re.compile(r"每日按罚款数额的\s*(?:百分之[一二三四五六七八九十]+|\d+(?:\.\d+)?\s*[%％])\s*加处罚款")


def read_decision(doc: Document, figures: list[Figure]) -> None:
    """Subject, period and status of the figures of a penalty decision (module docstring); the surcharge norm in any
    document."""
    for f in figures:
        if f.unit == "%" and _SURCHARGE.search(f.sentence):
            f.status, f.is_target, f.period = "requirement", False, ""
            f.metric = "每日加处罚款比例"  # (not 本局可以每日按罚款数额加处罚款: who may charge it is no part of it)
    if not _DECISION_TITLE.search(doc.title or ""):
        return
    order = {p.id: i for i, p in enumerate(doc.paragraphs)}
    party = next(((m.group("name"), i) for i, p in enumerate(doc.paragraphs) if (m := _PARTY.match(p.text))), None)
    if party is None:
        return
    name, at = party
    day = doc.signed if _DAY.fullmatch(doc.signed or "") else doc.date if _DAY.fullmatch(doc.date or "") else ""
    texts = {p.id: p.text for p in doc.paragraphs}
    for f in figures:
        if order.get(f.paragraph, -1) <= at:
            continue
        if not f.subject:
            f.subject = name
        # (当事人于２０２５年３月购进上述香菇酱600瓶: the party is the subject, 上述 a reference, neither the metric's)
        f.metric = _PARTY_WORDS.sub("", f.metric) or f.metric
        if day and f.period == day[:7] and _SANCTION.match(texts.get(f.paragraph, "")) and not _DATED.search(
                f.sentence):
            f.period = day  # (3.罚款50000元。: imposed on the day of the decision)

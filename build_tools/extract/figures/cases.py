"""Figures of a case report: a paragraph telling what an inspection found of one party and how it was sanctioned
(2025年4月，市医疗保障局在飞行检查中发现，某某医院在2024年1月至2025年3月期间…，涉及违规金额86.42万元。市医疗保障局
追回医保基金86.42万元，处…罚款172.84万元，暂停其医保服务6个月).

- The party found (the hospital, pharmacy, company or person after …检查中发现，) is the subject of the paragraph's
  figures from the finding on, not the inspecting body (市医疗保障局, 东城区医疗保障局) whose district the ordinary
  rules may take.
- The sanctions after the finding carry no date of their own: they were imposed after the inspection of the month
  the paragraph opens with, at a time the text does not give: the year of that month, not the month.
- A case told of a person whose name the circular masks (张某某, 李某): the person opening the paragraph's first
  clause (李某某，男，…出生; 2021年至2024年，李某某利用职务便利…) is the subject of the paragraph's figures, not a
  clause of what the person did (李某某利用分管农业项目).
- A finding is a fact of the past: a figure of the paragraph over a span that has ended is no target (将保健品…串换为
  …: 将 marks the object here, not the future).
"""

from __future__ import annotations

import re

from ...model import Figure

# …检查中发现，/经大数据筛查发现，/调查发现， then the party and the span or date of its conduct (在2024年1月至…期间,
# 于2025年…); a person named by role first (参保人刘某某, 参保人员张某)
_FINDING = re.compile(r"(?:检查|筛查|核查|调查|巡查|审计|排查|稽核|核实|查实)(?:中|时)?(?:发现|查明|查实)[，,：:]\s*"
                      r"(?:参保(?:人员|人)|患者|当事人)?(?P<name>[\u4e00-\u9fff（）()·]{2,24}?)\s*"
                      r"(?:在|于)\s*(?:(?:19|20)\d{2}|[今去上本]年)")
_BODY = re.compile(r"(?:局|委员会|委|中心|办公室|办|厅|部门)$")
_MONTH = re.compile(r"^(\d{4})-\d{2}$")
_ACTING_BODY = re.compile(r"^[\u4e00-\u9fff]{0,12}?(?:局|委员会|中心)(?=追回|处以?|罚|暂停|解除|责令|没收)")


# a masked person's name (surname and 某某 or 某) opening the paragraph, or its first clause after the span of the
# conduct (2022年1月至2024年8月，刘某某在分管…; 2023年至2024年，周某某多次…)
_YM = r"(?:(?:19|20)\d{2}\s*年)?(?:\s*\d{1,2}\s*月)?"
_SPAN = r"(?:(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:(?:至|到|—|-)\s*" + _YM + r")?(?:以来|期间|间)?[，,]\s*)"
_MASKED = re.compile(r"^\s*" + _SPAN + r"?(?P<name>[\u4e00-\u9fff]{1,2}某某?)"
                     r"(?!等|[\u4e00-\u9fff]{0,8}?(?:公司|医院|单位))")


def case_party(text: str) -> tuple[str, int] | None:
    """The party a case paragraph's finding names and where the finding is, or None; else a masked person opening
    the paragraph (张某某，男，…; 2021年至2024年，李某某利用…) and where the name is."""
    m = _FINDING.search(text)
    if m is None or _BODY.search(m.group("name")):
        masked = _MASKED.match(text)
        return (masked.group("name"), masked.start("name")) if masked else None
    return m.group("name"), m.start()


def read_case(text: str, found: list[Figure], anchor_iso: str) -> None:
    """Subject, period and status of the figures ``found`` in one paragraph ``text`` of a case report (module
    docstring); figures before the finding are left alone."""
    party = case_party(text)
    if party is None:
        return
    name, at = party
    finding_end = next((i + 1 for i in range(at, len(text)) if text[i] in "。！？"), len(text))
    for f in found:
        pos = text.find(f.sentence[:12]) if f.sentence else -1
        if pos < 0 or pos + len(f.sentence) <= at:
            continue
        f.subject = name
        # (市医疗保障局追回医保基金: the body that imposed the sanction is no part of what it is)
        f.metric = _ACTING_BODY.sub("", f.metric) or f.metric
        month = _MONTH.match(f.period)
        if month and pos >= finding_end and not re.search(r"(?:19|20)\d{2}\s*年|\d{1,2}\s*月", f.sentence):
            f.period = month.group(1)  # (…追回医保基金86.42万元: imposed after the inspection, in its year)
        end = f.period.split("/")[-1]
        if f.status == "target" and end and anchor_iso and end < anchor_iso[:len(end)]:
            f.status, f.is_target = "actual", False  # (将保健品…串换为…，涉及违规金额12.36万元: a past fact)


# a sanction proposed or imposed on "it" (建议由市应急管理局对其处120万元罚款): the party the item opens with
# (1.某某公司对事故发生负有责任，…; 2.周某某，某某公司法定代表人，…), not the body proposing or imposing it
_ON_IT = re.compile(r"对其(?:处以?|给予|并处)")
_ITEM_PARTY = re.compile(r"^\s*(?:\d+\s*[.．、]|[（(][一二三四五六七八九十\d]+[)）])?\s*"
                         r"(?P<name>[\u4e00-\u9fff（）()·]{2,30}?)(?:[，,]|对(?:事故|此|该)|负有|未(?:履行|落实))")
_PROPOSER = re.compile(r"^(?:建议)?由?[市县区省]?$|^建议|由[市县区省]$")


def name_sanctioned(found: list[Figure], text: str) -> None:
    """The party of a sanction on 其 (对其处…罚款) is the one its item opens with; a proposing body is no subject."""
    party = _ITEM_PARTY.match(text)
    for f in found:
        if _PROPOSER.search(f.subject or "-"):
            f.subject = ""  # (建议由市…: who proposes, no subject)
        if party and _ON_IT.search(f.sentence or "") and not _BODY.search(party.group("name")):
            f.subject = party.group("name")

"""Figures of an accident investigation report (生产安全事故调查报告) and of the profile of a company in any document.

- The report opens with the accident's day (2025年3月8日14时许，…发生一起…事故，造成2人死亡…): the toll of the
  accident (死亡, 受伤, 失踪, 直接经济损失) and the means of its rescue (事故发生后…共调集/出动…) stated without a date
  of their own later in the report (三、人员伤亡和直接经济损失: 事故造成2人死亡…) are of that day, not of the report's
  year. The toll is the accident's: the company where it happened, named before 发生, is not its subject.
- A company's or a plant's profile (…公司成立于2012年3月，注册资本3800万元; 污水处理站建成于2016年，设计处理能力为
  每日800吨) dates the founding, not the figures after it: the registered capital and a designed size have no
  period, a present headcount (现有员工426人) is of the document's month.
"""

from __future__ import annotations

import re

from ...model import Document, Figure

_NUM = r"(?:\d{1,2}|[０-９]{1,2})"
# the accident's day, as the report's first paragraphs give it
_ACCIDENT = re.compile(r"((?:19|20)\d{2})\s*年\s*(" + _NUM + r")\s*月\s*(" + _NUM + r")\s*日[^。；]{0,80}?"
                       r"发生(?:了)?(?:一起|1起)[^。；]{0,40}?事故")
_TOLL = re.compile(r"死亡|受伤|重伤|轻伤|失踪|遇难|经济损失|伤亡")
_RESCUE = re.compile(r"^事故发生后[^。]*?(?:调集|出动|投入|派出)")
_DATED = re.compile(r"(?:19|20)\d{2}\s*年|" + _NUM + r"\s*月|" + _NUM + r"\s*日")
# a founding or building date in a profile, and the sizes and stocks of the profile it does not date
_FOUNDED = re.compile(r"(?:成立|建成|始建|组建|注册成立|创建|投产)于\s*((?:19|20)\d{2})\s*年"
                      r"(?:\s*(" + _NUM + r")\s*月)?")
_SIZE = re.compile(r"注册资本|实缴资本|设计[^，。；]{0,8}能力|设计规模|占地面积|建筑面积|总投资")
_PRESENT = re.compile(r"现有|目前|现共有|现拥有")


def _iso(year: str, month: str | None, day: str | None = None) -> str:
    out = year
    for part in (month, day):
        if not part:
            break
        out += "-" + str(int(part.translate(str.maketrans("０１２３４５６７８９", "0123456789")))).zfill(2)
    return out


def accident_day(doc: Document) -> str:
    """The day of the accident a report of one accident opens with (ISO), or ""."""
    for para in doc.paragraphs[:4]:
        m = _ACCIDENT.search(para.text)
        if m:
            return _iso(*m.groups())
    return ""


# one incident narrated in its sentence: its day and hour, then where it happened (10月17日凌晨3时40分许，青澜区江滨
# 街道…一栋居民自建房发生火灾，…造成3人死亡…，过火面积约260平方米): its toll, burnt area and losses are the incident's,
# the place it happened in is not their subject (as a report's accident, holdout60)
_INCIDENT = re.compile(r"^(?:(?:19|20)\d{2}\s*年)?\s*" + _NUM + r"\s*月\s*" + _NUM + r"\s*日\s*"
                       r"(?:凌晨|清晨|上午|中午|下午|傍晚|晚上|夜间|深夜)?\s*" + _NUM + r"\s*时(?:\s*" + _NUM
                       + r"\s*分)?许?[，,][^。；]{2,60}?"
                       r"发生(?:了)?(?:一起|1起)?[^。；，,]{0,10}?(?:火灾|事故|爆炸|坍塌)")
_INCIDENT_FIGURE = re.compile(r"死亡|受伤|伤亡|遇难|失踪|过火面积|财产损失|经济损失")


def incident_toll(figures: list[Figure]) -> None:
    """The toll of one incident narrated with its day and hour: no place as subject (see _INCIDENT)."""
    for f in figures:
        if f.subject and _INCIDENT.match(f.sentence or "") and (
                _INCIDENT_FIGURE.search(f.metric) or _INCIDENT_FIGURE.search(f.text or "")):
            f.subject = ""


def date_accident_toll(doc: Document, figures: list[Figure]) -> None:
    """The toll and the rescue of the accident a report opens with: its day, and no company as subject; the toll of
    an incident narrated with its day and hour in any document (:func:`incident_toll`)."""
    incident_toll(figures)
    day = accident_day(doc)
    if not day:
        return
    for f in figures:
        sentence = f.sentence or ""
        toll = bool(_TOLL.search(f.metric) or _TOLL.search(f.text or "")) and "事故" in sentence
        rescue = bool(_RESCUE.search(sentence))
        if not (toll or rescue):
            continue
        if "发生" in sentence and toll and f.period == day:
            f.subject = ""  # (…的某某公司在…时发生一起…事故，造成3人死亡: the accident's toll)
            continue
        undated = ("", day[:4], day[:7], (doc.date or "")[:4], (doc.date or "")[:7], doc.reporting_period or "")
        if _DATED.search(sentence) or f.period not in undated or f.status != "actual":
            continue
        f.period = day
        if toll:
            f.subject = ""


def undate_profiles(figures: list[Figure], paragraphs: dict[str, str], anchor_iso: str) -> None:
    """Sizes and stocks of a company's profile dated by its founding (module docstring)."""
    for f in figures:
        text = paragraphs.get(f.paragraph, "")
        sentence = f.sentence or ""
        at = text.find(sentence[:12]) if sentence else -1
        founded = [m for m in _FOUNDED.finditer(text) if 0 <= m.start() <= max(at, 0) + len(sentence)]
        if at < 0 or not founded or f.period != _iso(*founded[-1].groups()):
            continue  # (dated by the text, not by the founding)
        where = sentence.find(f.text) if f.text else -1
        before = sentence[max(0, where - 16):where] if where >= 0 else f.metric
        if _SIZE.search(f.metric) or _SIZE.search(before):
            f.period = ""
        elif _PRESENT.search(before) or _PRESENT.search(sentence[:8]):
            f.period = anchor_iso[:7]


# a company named as a clause's subject or defined by its short name (…有限公司（以下简称恒晟公司）; 恒晟公司成立于…)
_COMPANY = re.compile(r"(?:^|[，,。；;（(]|简称)\s*"
                      r"(?P<name>[\u4e00-\u9fff]{2,20}?(?:有限责任公司|股份有限公司|有限公司|公司))(?=[）)，,。；;]|成立|始建|组建|创建|位于|现有|是|系|主要|持有|于)")
_BARE_COMPANY = re.compile(r"^(?:该|本)?公司(?!法|章程|制度)")


def name_bare_company(figures: list[Figure], paragraphs: list[tuple[str, str]]) -> None:
    """公司现有员工426人 after 恒晟公司成立于…: a sentence opening with 公司 (该公司) is of the company the text
    named last, in its paragraph or the one before."""
    order = {pid: i for i, (pid, _) in enumerate(paragraphs)}
    for f in figures:
        sentence = f.sentence or ""
        bare = _BARE_COMPANY.match(f.subject or "")  # (公司储罐区: a part of the company, named by it)
        if (f.subject and not bare) or not _BARE_COMPANY.match(sentence) or f.paragraph not in order:
            continue
        i = order[f.paragraph]
        text = paragraphs[i][1]
        at = text.find(sentence[:12])
        scopes = ([text[:at]] if at > 0 else []) + ([paragraphs[i - 1][1]] if i else [])
        for scope in scopes:
            names = [m.group("name") for m in _COMPANY.finditer(scope)]
            if names:
                f.subject = names[-1] + (f.subject[bare.end():] if bare else "")
                break


_LIMIT = re.compile(r"(?:限值|标准值|排放标准|接触限值)$")


def standing_limits(figures: list[Figure]) -> None:
    """国家职业接触限值（10毫克/立方米）, 排放限值为50毫克/立方米: a limit a standard sets is a standing norm of no
    period, not a measurement (the multiple of it measured, 18.6倍, is left alone)."""
    for f in figures:
        if _LIMIT.search(f.metric) and f.unit != "倍" and f.kind != "growth" and not f.direction:
            f.status, f.is_target, f.period = "requirement", False, ""

"""Titles of replies to deputies and CPPCC members, of the work reports of bodies other than the government, and of a
place's report on one field of its work (titles.py ``TitleRenderer._report``, issue 12):

- ``关于市十七届人大四次会议第123号建议的答复`` -> "Reply to Suggestion No. 123 Made at the Fourth Session of the 17th
  Municipal People's Congress" (the session as GWR 2022/1 names the NPC's; "suggestions" of deputies as the
  State Council's yearly notes on handling "suggestions of NPC deputies and proposals of CPPCC members");
- ``关于政协汾水市第十届委员会第三次会议第56号提案的答复`` -> "Reply to Proposal No. 56 Made at the Third Session of the
  10th Fenshui Municipal Committee of the CPPCC";
- ``<body>工作报告`` of a court, procuratorate or congress standing committee -> "Work Report of the <body>" (as
  the Supreme People's Court's and Supreme People's Procuratorate's English titles);
- ``<place><year>年<subject>(工作)情况报告`` -> "<Place> Report on <subject> in <year>";
- ``<place><year>年<topic>统计公报`` of a topic that is not a sector's development (科技经费投入) -> "<Place>
  Statistical Communiqué on <Topic> in <year>" (as NBS's "Statistical Communiqué on National Expenditures on
  Science and Technology").

Each is None unless every part renders. Project renderings, listed in translations/README.md.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .periods import ordinal
from .title_tables import SESSION_WORDS
from .title_words import cn_int, title_case, with_article

if TYPE_CHECKING:
    from .titles import TitleRenderer

CN = r"[一二三四五六七八九十]{1,3}"
# the congress's level as an adjective (a county's congress is "the 18th County People's Congress")
CONGRESS_LEVELS = {"省": "Provincial", "市": "Municipal", "州": "Prefectural", "县": "County", "区": "District",
                   "旗": "Banner", "镇": "Town", "乡": "Township"}
SUGGESTION_RE = re.compile(rf"^(?:关于|对)?(?P<level>[省市州县区旗镇乡])?第?(?P<term>{CN})届人大(?:常委会)?"
                           rf"第?(?P<session>{CN})次会议(?:代表)?第(?P<no>\d{{1,4}})号(?:代表)?(?P<kind>建议|议案)"
                           r"(?:的)?(?:答复|答复函|办理答复)$")
PROPOSAL_RE = re.compile(rf"^(?:关于|对)?(?:政协)?(?P<place>[\u4e00-\u9fff]{{1,12}}?(?:自治州|省|市|州|县|区|旗))?"
                         rf"(?:政协)?第(?P<term>{CN})届(?:委员会)?第(?P<session>{CN})次会议第(?P<no>\d{{1,4}})号提案"
                         r"(?:的)?(?:答复|答复函|办理答复)$")
KINDS = {"建议": "Suggestion", "议案": "Motion"}
# bodies whose yearly report to the congress is "Work Report of the …" (the government's is titles._work_report)
REPORTING_BODIES = ("人民法院", "人民检察院", "常务委员会", "人大常委会")
BODY_REPORT_RE = re.compile(r"^(?:(?P<y1>\d{4})年)?(?P<body>[\u4e00-\u9fff]{2,24}?)(?:(?P<y2>\d{4})年)?工作报告$")
PLACE_REPORT_RE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,12}?(?:自治州|自治县|省|市|县|区|州|旗|镇|乡))"
                             r"(?P<year>\d{4})年度?(?P<subject>[\u4e00-\u9fff“”]{2,24}?)(?:工作)?(?:开展)?情况(?:的)?报告$")

TOPIC_COMMUNIQUE_RE = re.compile(r"^(?:(?P<year0>\d{4})年度?)?"  # (the year first: 2024年沅宁省科技经费投入统计公报)
                                 r"(?P<place>[\u4e00-\u9fff]{1,12}?(?:自治州|自治县|省|市|县|区|州|旗))"
                                 r"(?(year0)|(?P<year>\d{4})年度?)(?P<topic>[\u4e00-\u9fff]{2,12}?)统计公报$")


def _session(term: str, session: str) -> str | None:
    t, s = cn_int(term), cn_int(session)
    return f"the {SESSION_WORDS.get(s, ordinal(s))} Session of the {ordinal(t)}" if t and s else None


def _the(name: str) -> str:
    return name if name.startswith(("the ", "The ")) else "the " + name


def reply_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """A reply to a deputy's suggestion or a CPPCC member's proposal, numbered at a session; else None. The body
    replying may head the title (澹溪县水利局关于…第37号建议的答复: "Reply of the Danxi County Water Resources Bureau
    to Suggestion No. 37 …")."""
    who = re.match(r"^(?P<who>[\u4e00-\u9fff]{4,30}?)(?=关于)", zh)
    if who and (who_en := renderer.issuers(who.group("who"))):
        inner = reply_title(renderer, zh[who.end():], region)
        return inner.replace("Reply to ", f"Reply of {_the(who_en)} to ", 1) if inner else None
    m = SUGGESTION_RE.match(zh)
    if m:
        level = m.group("level") or (region[-1:] if region else "")
        when = _session(m.group("term"), m.group("session"))
        if level not in CONGRESS_LEVELS or when is None:
            return None
        return (f"Reply to {KINDS[m.group('kind')]} No. {m.group('no')} Made at {when} {CONGRESS_LEVELS[level]} "
                "People's Congress")
    m = PROPOSAL_RE.match(zh)
    if m:
        place = m.group("place") or region
        government = renderer.body(place + "人民政府") if place else None  # "Fenshui Municipal People's Government"
        when = _session(m.group("term"), m.group("session"))
        if not government or not government.endswith(" People's Government") or when is None:
            return None
        whose = government.removesuffix(" People's Government")
        return f"Reply to Proposal No. {m.group('no')} Made at {when} {whose} Committee of the CPPCC"
    return None


def body_report_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """汾水市中级人民法院工作报告 -> 'Work Report of the Fenshui Municipal Intermediate People's Court'; else None."""
    m = BODY_REPORT_RE.match(zh)
    if not m or not m.group("body").endswith(REPORTING_BODIES):
        return None
    body = renderer.body(m.group("body"))
    if not body:
        return None
    year = m.group("y1") or m.group("y2")
    return f"Work Report of the {body}" + (f" ({year})" if year else "")


# a place's report of a kind the glossary names (澜屏市2025年城市体检报告): "Lanping Urban Health Check Report for 2025"
PLACE_KIND_REPORT_RE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,12}?(?:自治州|自治县|省|市|县|区|州|旗|镇|乡))"
                                  r"(?P<year>\d{4})年度?(?P<kind>[\u4e00-\u9fff]{2,12}?报告)$")


def place_report_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """临澜区2024年度优化营商环境工作情况报告 -> 'Linlan District Report on Improving the Business Environment in
    2024'; 澜屏市2025年城市体检报告 -> 'Lanping Urban Health Check Report for 2025' (a report the glossary names);
    else None."""
    m = PLACE_REPORT_RE.match(zh)
    kind = PLACE_KIND_REPORT_RE.match(zh) if not m else None
    if kind:
        place, what = renderer.region_short(kind.group("place")), renderer.phrase(kind.group("kind"))
        return f"{place} {title_case(what)} for {kind.group('year')}" if place and what else None
    if not m:
        return None
    place, subject = renderer.region_short(m.group("place")), renderer.subject(m.group("subject"))
    if not place or not subject:
        return None
    return f"{place} Report on {subject} in {m.group('year')}"


def topic_communique_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """汾水市2024年科技经费投入统计公报 -> 'Fenshui Statistical Communiqué on Expenditures on Science and Technology in
    2024'; None for a sector's development (report_titles.py) or a topic that does not render."""
    m = TOPIC_COMMUNIQUE_RE.match(zh)
    if not m or m.group("topic").endswith("发展"):
        return None
    place, topic = renderer.region_short(m.group("place")), renderer.phrase(m.group("topic"))
    if not place or not topic:
        return None
    year = m.group("year") or m.group("year0")
    return f"{place} Statistical Communiqué on {title_case(with_article(topic))} in {year}"


def reply_or_report_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """One of the frames above, or None."""
    for frame in (reply_title, body_report_title, place_report_title, topic_communique_title):
        text = frame(renderer, zh, region)
        if text is not None:
            return text
    return None

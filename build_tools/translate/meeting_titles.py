"""Titles of meetings and of what is said at them: the government work report, a speech at a meeting, the
meeting's own name (全县经济工作会议 -> 'Countywide Economic Work Conference'). A mixin of ``TitleRenderer``;
the wording of meeting kinds, topics and speakers' offices is in ``title_tables.py``, with its source."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .bylines import OFFICES
from .ceremony_titles import ceremony_name
from .headlines import analysis_meeting
from .periods import ordinal
from .persons import person_en
from .report_titles import CENSUSES, ORDINAL_WORDS, release_title
from .title_objects import CENSUS_SUBJECT_RE
from .title_tables import (
    CN_NUM,
    FIXED_MEETINGS,
    MEETING_KINDS,
    MEETING_TOPICS,
    PLACE_SUFFIX_RE,
    SCOPES,
    SPEAKER_OFFICES,
)
from .title_words import title_case, with_article

if TYPE_CHECKING:
    from .glossary import Glossary
    from .titles import Parts


# a place before a meeting's name (青禾县2025年重点项目观摩推进会); a meeting to push a work on (工作推进会, 观摩推进会)
_JOINED_KINDS = ("会议", "大会", "推进会", "部署会")
_PUSHED = re.compile(r"(?:(?P<year>\d{4})年度?)?(?P<topic>.+?)(?:工作)?(?P<kind>观摩推进会|现场推进会|推进会)")


class MeetingMixin:
    """The meeting frames of ``TitleRenderer`` (it supplies ``glossary``, ``region_short`` and ``subject``)."""

    glossary: Glossary

    def region_short(self, zh: str) -> str | None:  # pragma: no cover - supplied by TitleRenderer
        raise NotImplementedError

    def subject(self, zh: str) -> str | None:  # pragma: no cover - supplied by TitleRenderer
        raise NotImplementedError

    def _work_report(self, zh: str, parts: Parts, issuer: str, region: str) -> str | None:
        m = re.match(r"^(?:(?P<y1>\d{4})年)?(?P<region>.*?)(?:(?P<y2>\d{4})年)?(?:人民)?政府工作报告"
                     r"(?P<note>[（(]摘要[）)])?$", zh)
        if not m:
            return None
        text = "Report on the Work of the Government"  # GWR 2016/0
        place = m.group("region")
        if place:
            text += f" of {parts.part(self.region(place), place)}"
        year = m.group("y1") or m.group("y2")
        note = " (Abridged)" if m.group("note") else ""  # 摘要: the published abridgement (project rendering)
        return text + (f" ({year})" if year else "") + note

    def _speech(self, zh: str, parts: Parts, issuer: str, region: str) -> str | None:
        m = re.match(r"^(?P<speaker>[^在]{2,4}?)?(?:同志)?在(?P<meeting>.+)上的(?:讲话|发言|致辞|总结讲话)"
                     r"(?P<note>[（(](?:摘要|摘编|节选)[）)])?$", zh)
        if not m:
            return None
        text = "Speech"
        speaker = m.group("speaker")
        if speaker in SPEAKER_OFFICES:  # 县委书记在…上的讲话: the office, not a name
            text += f" by the {SPEAKER_OFFICES[speaker]}"
        elif speaker in OFFICES and OFFICES[speaker][1]:  # 市长在…上的讲话
            text += f" by the {OFFICES[speaker][0]}"
        elif speaker:
            text += " by " + parts.part(person_en(speaker, self.glossary), speaker)
        note = " (Excerpts)" if m.group("note") else ""  # 摘要 of a speech: the published excerpts (project rendering)
        return f"{text} at the {self.meeting(m.group('meeting'), parts, region)}{note}"

    def _topic(self, zh: str) -> str | None:
        """A meeting's topic in title case: MEETING_TOPICS, else a glossary phrase (重点项目 'Key Projects')."""
        if zh in MEETING_TOPICS:
            return MEETING_TOPICS[zh]
        census = CENSUS_SUBJECT_RE.fullmatch(zh)  # 第三次全国土壤普查: "the Third National Soil Census" (as titles)
        if census:
            return f"the {ORDINAL_WORDS[CN_NUM[census.group('n')]]} {CENSUSES[census.group('what')]}"
        entry = self.glossary.lookup(zh)
        if entry is None or entry.category not in ("term", "programme", "metric") or not entry.en:
            return None
        return title_case(with_article(entry.en.removeprefix("the ")))  # (an ordinal name takes "the")

    def meeting(self, zh: str, parts: Parts, region: str = "") -> str:
        """全县经济工作会议 -> 'Countywide Economic Work Conference'; a topic in the glossary: 'Conference on X'. With
        the document's region of that level (全市 of 沅川市), the place is named: 'Yuanchuan Economic Work
        Conference' (as 中央经济工作会议 is the 'Central Economic Work Conference')."""
        scope = next((s for s in SCOPES if zh.startswith(s)), "")
        rest = zh[len(scope):]
        first, joined, second = rest.partition("暨")
        if joined and first.endswith(_JOINED_KINDS) and second.endswith(_JOINED_KINDS):
            # 全县农村工作会议暨秋冬农业生产工作会议: one meeting held as two, each named (project rendering)
            from .titles import Parts  # (titles.py imports this module)

            sub = Parts([])
            one, two = self.meeting(scope + first, sub, region), self.meeting(second, sub, region)
            if not sub.missing:
                return f"{one} and {two.removeprefix('a ')}"
        lead = f"{SCOPES[scope]} " if scope else ""
        name = self.region_short(region) if scope and region.endswith(scope[1:]) else None
        if name:
            lead = f"{name} "
        own = PLACE_SUFFIX_RE.match(rest) if not scope else None
        if own and (place := self.region_short(own.group())):  # 青禾县2025年重点项目观摩推进会: the place says whose
            rest, lead = rest[own.end():], f"{place} "
        pushed = _PUSHED.fullmatch(rest)
        topic_en = self._topic(pushed.group("topic")) if pushed else None
        if pushed and topic_en:  # 第三次全国土壤普查工作推进会, 重点项目观摩推进会 (project renderings)
            year = f"{pushed.group('year')} " if pushed.group("year") else ""
            kind = "On-Site Meeting" if pushed.group("kind") in ("观摩推进会", "现场推进会") else "Meeting"
            return f"{year}{lead}{kind} on Advancing {topic_en}"
        numbered = re.fullmatch(r"第(?P<n>\d{1,3})次(?P<kind>常务会议|全体会议|会议)", rest)
        if numbered:  # 第35次常务会议 -> "35th Executive Meeting"
            return f"{ordinal(int(numbered.group('n')))} {MEETING_KINDS[numbered.group('kind')]}"
        m = re.fullmatch(r"(?:(?P<year>\d{4})年度?)?(?P<topic>.+?)工作(?P<kind>推进会|会议|大会|会)", rest)
        if m and m.group("topic") in MEETING_TOPICS:
            year = f"{m.group('year')} " if m.group("year") else ""
            if m.group("kind") == "推进会":  # a meeting to push the work on (project rendering)
                return f"{year}{lead}Meeting on Advancing {MEETING_TOPICS[m.group('topic')]}"
            topic = MEETING_TOPICS[m.group("topic")]  # "Work Safety Conference", not "Work Safety Work ..."
            return f"{year}{lead}{topic} {'Conference' if topic.startswith('Work ') else 'Work Conference'}"
        analysis = analysis_meeting(rest)
        if analysis:
            return f"{lead}{analysis}"
        if rest in FIXED_MEETINGS:  # 全县三级干部大会: the levels are the scope's
            return FIXED_MEETINGS[rest].get(scope, FIXED_MEETINGS[rest][""])
        if rest == "新闻发布会":  # a press conference without a topic of its own (举行新闻发布会): no name, "a ..."
            return "a Press Conference"
        release = release_title(self, rest.removesuffix("新闻发布会"), "") if rest.endswith("新闻发布会") else None
        if release:  # 2025年一季度经济运行情况新闻发布会: "a Press Conference on Economic Performance in ..."
            return f"a Press Conference on {release}"
        if ceremony := ceremony_name(rest if scope else zh, self.region_short):  # 重大项目集中开工暨…签约仪式
            return f"{lead}{ceremony}" if scope else ceremony
        kind = next((k for k in sorted(MEETING_KINDS, key=len, reverse=True) if rest.endswith(k)), "")
        topic = rest[: len(rest) - len(kind)] if kind else ""
        topic_en = self.subject(topic.removesuffix("工作")) if topic else None
        if not kind or topic_en is None:
            return parts.part(None, zh)
        return f"{lead}{MEETING_KINDS[kind]} on {topic_en}"

"""English titles and section headings from the genre templates of Chinese official documents.

A Chinese official title is built from a few fixed frames around names and a subject; the frames have one
standard English rendering each, so the English is correct by construction as long as every part renders:

- ``<issuer>关于印发<X>的通知`` -> "Notice of <issuer> on Issuing the <X>" (X is itself a title: recursive);
- ``<issuer>关于<subject>的通知/意见/决定/公告…`` -> "Notice/Opinions/Decision/Announcement of <issuer> on <subject>";
- ``<region><subject>实施方案/行动计划/管理办法…`` -> "<Region> Implementation Plan/Action Plan for <subject>",
  "<Region> Measures for the Administration of <subject>";
- ``<region><year>年国民经济和社会发展统计公报`` -> "Statistical Communiqué of <Region> on the <year> National
  Economic and Social Development" (NBS's title for the national communiqué);
- ``政府工作报告`` -> "Report on the Work of the Government" (State Council, GWR 2016/0);
- ``<speaker>在<meeting>上的讲话`` -> "Speech by <speaker> at the <meeting>".

Names (regions, issuers) come from ``names.py`` (glossary entries first, then composed); a subject from
the glossary (the whole phrase). A part that does not render is kept in Chinese inside the visible marker and
the title's status is "missing": the frame is still English, nothing is guessed. The wording of every frame and
standard heading is in ``title_tables.py``, with its source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document, TranslatedText
from .bulletin_words import situation_subject, situation_title
from .comparisons import MISSING_LABEL
from .comparisons import marked as _marked
from .completion_titles import year_subject_title
from .figure_headlines import amount_headline, clause_headline, figure_headline, pace_headline
from .glossary import Glossary
from .headlines import headline, who_en
from .institutions import institution_en
from .meeting_titles import MeetingMixin
from .memory import text_hash
from .names import issuer_en, not_a_place_name, region_en
from .periods import ordinal
from .recruitment_titles import recruitment_subject
from .reply_titles import TOPIC_COMMUNIQUE_RE, reply_or_report_title
from .report_titles import report_subject, report_title
from .title_batches import handed_down
from .title_compose import composed_subject, seasonal
from .title_headings import ANNEXES, HeadingMixin
from .title_laws import inspected_law
from .title_objects import framed_heading, rectification_subject, title_object
from .title_subtitles import numbered_title, subtitle_text
from .title_tables import (
    ABOUT_GENRES,
    BUILT_OBJECTS,
    CLAUSE_VERBS,
    CN_NUM,
    DEVELOPING,
    DOC_VERBS,
    DRAFT_NOTES,
    EDITION_NOTE_RE,
    INSTITUTIONS,
    KIND_FRAMES,
    LEVELS,
    NAMING_VERBS,
    NUMBER_WORDS,
    PLACE_SUFFIX_RE,
    REVISION_NOTE_RE,
    SESSION_WORDS,
    SUBJECT_ACTIONS,
    SUBJECT_ADVERBS,
    SUBJECT_VERBS,
    SUBJECT_VERBS_ORDER,
)
from .title_words import cn_int, title_case, with_article
from .traffic_titles import traffic_control_subject

PLAN_PERIOD_RE = re.compile(r"^“十(?P<n>[一二三四五])五”")
YEAR_RANGE_RE = re.compile(r"^(?P<a>\d{4})\s*[—–\-－至]\s*(?P<b>\d{4})年")
# A plan's period written after its kind: 城市更新行动方案（2024—2026年） -> "... (2024-2026)"
TRAILING_RANGE_RE = re.compile(r"[（(](?P<a>\d{4})\s*[—–\-－至]\s*(?P<b>\d{4})年?[）)]$")
# Kinds that are also the last word of glossary names (权责清单): the frame only when its subject renders.
PARTIAL_KINDS = ("清单", "计划", "计划表")  # (a bare 计划 whose subject does not render: no frame, 春雷计划)
BATCH_RE = re.compile(r"^第(?P<n>[一二三四五六七八九十]{1,3})批"
                      r"(?P<level>国家级|省级|市级|州级|县级|区级)?(?P<rest>.+)$")


# an annex's own title (附件1 澜泉县…岗位表, 附表：…): "Annex 1: ...", "Attached Table: ..." (title_headings.ANNEXES)
# (附表  2025年…: the digits of a year are no annex number)
ANNEX_PREFIX_RE = re.compile(r"^(?P<kind>附件|附表)\s*(?:(?P<n>\d{1,2})(?![\d年]))?\s*[：:．.、]?\s*")


def marked(zh: str) -> str:
    """The visible marker around Chinese with no English (its square brackets full-width: they would close it)."""
    return _marked(zh.translate(str.maketrans({"[": "［", "]": "］"})))


@dataclass
class Parts:
    """English assembled from parts; ``missing`` lists the Chinese parts left in markers."""

    missing: list[str]

    def part(self, english: str | None, zh: str) -> str:
        if english:
            return english
        self.missing.append(zh)
        return marked(zh)


WHOLE_AREAS = {"市": "City", "县": "County", "省": "Province", "区": "District"}


class TitleRenderer(MeetingMixin, HeadingMixin):
    """Renders titles, headings and names of one bulletin with the glossary and names.py."""

    def __init__(self, glossary: Glossary, year: str = "") -> None:
        self.glossary = glossary
        self.year = year

    # ---- names and phrases ----

    def _glossary_en(self, zh: str, categories: tuple[str, ...]) -> str | None:
        entry = self.glossary.lookup(zh) if zh else None
        if entry is not None and entry.category in categories:
            return entry.en
        return None

    def region(self, zh: str) -> str | None:
        """A place name in English (Chaoyang, Qingxi County), or None."""
        return region_en(zh, self.glossary) if zh else None

    def region_short(self, zh: str) -> str | None:
        """The place as an adjective before a document kind: 'Chaoyang' for 朝阳市 (cities lose 'City')."""
        entry = self.glossary.lookup(zh)
        if entry is not None and entry.category == "place":
            return entry.short or entry.en
        return self.region(zh)

    def body(self, zh: str) -> str | None:
        """An issuing body in English (General Office of the Chaoyang Municipal People's Government), or None."""
        if not zh:
            return None  # (a hospital, a school or a census office issues too: institutions.py)
        return self._glossary_en(zh, ("body",)) or issuer_en(zh, self.glossary) or institution_en(zh, self.glossary)

    def phrase(self, zh: str) -> str | None:
        """A subject phrase: the glossary's English of the whole phrase, or None (never word by word)."""
        if self.glossary.lookup(zh) is None:  # a name whose quotes are its own (政务服务“一网通办”) is kept whole
            zh = zh.strip("《》“”\"")
        entry = self.glossary.lookup(zh)
        if entry is not None and entry.modifier is not None and (not entry.modifier or "~" in entry.modifier):
            return None  # a word that only builds metric names (建设 'build', 实施 'implement') is no subject
        return self._glossary_en(zh, ("programme", "term", "slogan", "metric", "body", "place"))

    def _pair(self, zh: str) -> str | None:
        """Two glossary phrases joined by 和, 及 or 与: "a and b" (lower case), else None."""
        pair = re.split("[和及与]", zh)
        if len(pair) == 2 and all(len(p) >= 2 for p in pair) and (a := self.phrase(pair[0])) \
                and (b := self.phrase(pair[1])):
            return f"{a} and {b}"
        return None

    def subject(self, zh: str) -> str | None:
        """The subject of a title in title case: a glossary phrase (乡村振兴 -> 'Rural Revitalization'), or a
        standard verb before one (全面推进乡村振兴 -> 'Comprehensively Advancing Rural Revitalization'); else None."""
        zh = zh.strip()
        batch = BATCH_RE.match(zh)
        if batch:
            return self._batch(batch)
        if law := inspected_law(self, zh):  # 检查《…法》实施情况: a law enforcement inspection (title_laws)
            return law
        if rectified := rectification_subject(zh) or traffic_control_subject(zh):  # (title_objects, traffic_titles)
            return rectified
        hearing = re.fullmatch(r"(?:就)?(?P<x>.{2,30}?)(?:举行|召开)听证会", zh)  # 调整…价格举行听证会 (a notice; P)
        if hearing and (what := self.subject(hearing.group("x"))):
            return f"Holding a Hearing on {what}"
        progress = PROGRESS_TITLE_RE.fullmatch(zh)  # 2025年1—9月全市重点项目建设推进情况 (a circular's; P)
        if progress and (what := self.phrase(progress.group("x"))):
            from .periods import english_period

            y, m1, m2 = progress.group("y"), progress.group("m1"), progress.group("m2")
            when = english_period(f"{y}-{int(m1):02d}/{y}-{int(m2):02d}") if y and m1 and m2 else y
            if when is None:
                return None
            return title_case(f"the progress of {what.removeprefix('the ')}") + (f" in {when}" if when else "")
        results = re.fullmatch(r"(?:(?P<y>\d{4})年度?)?(?P<level>市级|县级|区级|省级)?(?P<x>.{2,24}?)(?:的)?结果", zh)
        if results and (what := self.phrase(results.group("x"))):  # 2025年市级产品质量监督抽查结果 (a notice's; P)
            level = {"市级": "municipal ", "县级": "county ", "区级": "district ", "省级": "provincial "}.get(
                results.group("level") or "", "")
            year = f"{results.group('y')} " if results.group("y") else ""
            return title_case(f"the results of the {year}{level}{what}")
        cases = re.fullmatch(r"(?:(?P<y>\d{4})年度?)?(?P<x>.{2,20}?)(?:典型)?案例", zh)
        if cases and (what := self.phrase(cases.group("x"))):  # 2025年欺诈骗取医保基金典型案例 (a circular's cases; P)
            year = f" in {cases.group('y')}" if cases.group("y") else ""
            return title_case(f"typical cases of {what}") + year
        whole = self.phrase(zh) or self.phrase(zh.removesuffix("工作")) or self._action(zh.removesuffix("工作")) or (
            composed_subject(self, zh.removesuffix("工作")))
        if whole:
            return title_case(with_article(whole))
        pair = self._pair(zh)  # 人才队伍建设和职业技能培训, 最低工资标准及适用地区: two glossary phrases
        if pair:
            return title_case(pair)
        framed = self._framed(zh)
        if framed:
            return framed
        level = next((lv for lv in LEVELS if zh.startswith(lv) and len(zh) > len(lv) + 1), "")
        if level:  # 市级重点建设项目 -> "Municipal Key Construction Projects"
            inner = self.phrase(zh[len(level):])
            return title_case(f"{LEVELS[level]} {inner}") if inner else None
        for verb in SUBJECT_VERBS_ORDER:
            if zh.startswith(verb) and len(zh) > len(verb) and verb in NAMING_VERBS:
                # 同意设立白河县经济开发区, 成立白河县防汛抗旱指挥部: a body or zone established, by its name
                name = self.body(zh[len(verb):]) or self.region(zh[len(verb):])
                if name:
                    return f"{SUBJECT_VERBS[verb]} {_the(name)}"
            if zh.startswith(verb) and len(zh) > len(verb):
                rest, where = self._where(zh[len(verb):])  # 做好2024年春耕生产工作: " in 2024"
                obj = self.phrase(rest) or self.phrase(rest.removesuffix("工作")) or self._action(
                    rest.removesuffix("工作")) or _plan_heading(rest) or self._object(rest, verb) or composed_subject(
                    self, rest.removesuffix("工作")) or self._pair(rest)  # (关爱残疾人和困难群体)
                if obj is None:  # 做好2025年冬春季传染病防控工作: the season joins the year
                    obj, where = seasonal(self, rest.removesuffix("工作"), where)
                if obj:
                    english = SUBJECT_VERBS[verb]
                    if verb == "进一步做好" and not obj.split()[0].endswith("ing"):  # 做好X工作 of a noun: improve X
                        english = "Further Improving"  # (a gerund keeps "Doing Better Work on Stabilizing ...")
                    return title_case(f"{english} {with_article(obj)}") + where
        for i, char in enumerate(zh):  # 加强耕地保护和改进占补平衡: two verb clauses, each rendered in full
            if char in "和及并" and 1 < i < len(zh) - 2 and any(zh[i + 1:].startswith(v) for v in SUBJECT_VERBS_ORDER):
                first, second = self.subject(zh[:i]), self.subject(zh[i + 1:])
                if first and second:
                    return f"{first} and {second}"
        for i in range(3, len(zh) - 3):  # 深化“放管服”改革优化营商环境: two verb clauses side by side, each in full
            if any(zh.startswith(v) for v in SUBJECT_VERBS_ORDER) and zh[i:i + 2] in CLAUSE_VERBS:
                first, second = self.subject(zh[:i]), self.subject(zh[i:])
                if first and second:
                    return f"{first} and {second}"
        for adverb, english in SUBJECT_ADVERBS.items():  # 积极扩大有效投资 -> "Actively Expanding ..."
            rest = zh[len(adverb):]
            if zh.startswith(adverb) and any(rest.startswith(v) for v in SUBJECT_VERBS_ORDER):
                inner = self.subject(rest)
                return f"{english} {inner}" if inner else None
        return None

    def _object(self, zh: str, verb: str) -> str | None:
        return title_object(self, zh, verb)

    def _framed(self, zh: str) -> str | None:
        """Whole heading frames (title_objects.framed_heading): 推动X持续改善, 确保各项任务落地见效; else None."""
        return framed_heading(self, zh)

    def _where(self, zh: str) -> tuple[str, str]:
        """An object's place and year said after it: 岚溪市最低工资标准 -> (最低工资标准, ' in Lanxi'), 2024年春耕生产
        -> (春耕生产, ' in 2024'); the text unchanged when it opens with neither (or the place does not render)."""
        where = ""
        whole = re.match(r"^全(?P<level>[市县省区])(?=[\u4e00-\u9fff]{2})", zh)
        if whole:  # 调整全市最低工资标准: the issuer's whole area (project rendering "in the City")
            zh, where = zh[whole.end():], f" in the {WHOLE_AREAS[whole.group('level')]}"
        place = PLACE_SUFFIX_RE.match(zh)
        entry = self.glossary.lookup(place.group("place")) if place else None
        known = entry is not None and entry.category == "place"  # 海绵城市 'sponge cities' is no place
        # a composed place only when unambiguous: two characters and a city, county or province (居家社区 is no
        # district, 示范区 no zone)
        plain = place and re.fullmatch(r"[\u4e00-\u9fff]{2}[市县省]", place.group("place")) and not not_a_place_name(
            place.group("place")[:-1])  # 部分县政府规章: "some counties'", not "Bufen County"
        plain = plain and zh[place.end() - 1:place.end() + 1] not in ("市场", "市民", "区域", "县域")  # 文化市场
        name = self.region(place.group("place")) if place and len(zh) > place.end() and (known or plain) else None
        if place and name:
            zh, where = zh[place.end():], f" in {name}"
        year = re.match(r"^(?P<y>\d{4})年度?", zh)
        if year and len(zh) > year.end():
            y = year.group("y")
            zh, where = zh[year.end():], f"{where} ({y})" if where else f" in {y}"
        return zh, where

    def _batch(self, m: re.Match[str]) -> str | None:
        """第二批市级非物质文化遗产代表性项目名录 -> 'Second Batch of the Municipal List of Representative Items of
        Intangible Cultural Heritage' (the batch's number and level, then a glossary phrase; project rendering)."""
        n = cn_int(m.group("n"))
        rest = self.phrase(m.group("rest"))
        if not n or rest is None:
            return None
        level = LEVELS[m.group("level")] + " " if m.group("level") else ""
        obj = with_article(rest)
        obj = f"the {level}{obj[4:]}" if obj.startswith("the ") else f"{level}{obj}"
        return title_case(f"{SESSION_WORDS.get(n, ordinal(n))} Batch of {obj}")

    def _action(self, zh: str) -> str | None:
        """<object><action>: 农村公路养护管理 -> 'the maintenance and management of rural roads' (the object a
        glossary phrase, the action from ``SUBJECT_ACTIONS``), or None."""
        if zh.endswith("高质量发展") and len(zh) > 5:  # GWR 2021/377 "Promoting high-quality development of the
            obj = self.phrase(zh[:-5])  # real economy", 2022/392, 2022/523
            return f"high-quality development of {with_article(obj)}" if obj else None
        for action in sorted(SUBJECT_ACTIONS, key=len, reverse=True):
            if zh.endswith(action) and len(zh) > len(action):
                obj_zh = zh[: -len(action)]
                if action == "建设" and not obj_zh.endswith(BUILT_OBJECTS):
                    return None  # 乡村振兴建设 is not "the development of rural revitalization"
                obj = self.phrase(obj_zh)
                if obj is None and action == "办理" and "和" in obj_zh:
                    # (人大代表建议和政协委员提案办理: the handling of both, each a glossary phrase)
                    both = self.subject(obj_zh)
                    obj = both[:1].lower() + both[1:] if both else None
                if obj and action == "发展" and not obj.endswith(DEVELOPING):
                    return None
                if obj is None:
                    return None
                entry = self.glossary.lookup(obj_zh.strip("《》“”\""))
                if entry is not None and entry.modifier:  # 农村改革 -> "rural reform" (GWR 2010/311), 重点改革
                    modifier = entry.modifier
                    return None if "~" in modifier else f"{modifier} {SUBJECT_ACTIONS[action]}"
                if SUBJECT_ACTIONS[action] in obj:  # “放管服”改革: the name already says "reforms"
                    return with_article(obj)
                return f"the {SUBJECT_ACTIONS[action]} of {with_article(obj)}"
        for suffix, frame in INSTITUTIONS:  # 城市更新长效机制 -> "the long-term mechanism for urban renewal"
            if zh.endswith(suffix) and len(zh) > len(suffix):
                obj = self.phrase(zh[: -len(suffix)])
                return frame.format(x=with_article(obj)) if obj else None
        return None

    # ---- titles ----

    def title(self, zh: str, issuer: str = "", region: str = "") -> TranslatedText | None:
        """The English of a title from its genre frame, or None if no frame applies."""
        zh = re.sub(r"(?<=[局委办府院会厅部])\s+(?=\S)", "、", (zh or "").strip())
        spaced, zh = zh, re.sub(r"\s+", "", zh)
        if not zh:
            return None
        parts = Parts([])
        annex = ANNEX_PREFIX_RE.match(zh)  # 附件1 …岗位表: "Annex 1: List of Posts …"; 附表：… "Attached Table: …"
        if annex and len(zh) > annex.end():
            rest = zh[annex.end():]
            inner = self.title(rest, issuer, region)
            text = inner.text if inner is not None and inner.status == "derived" else year_subject_title(self, rest)
            if text is None:
                return None
            head = ANNEXES[annex.group("kind")]
            number = f" {annex.group('n')}" if annex.group("n") else ""
            return TranslatedText(f"{head}{number}: {text}", "derived", text_hash(zh))
        if numbered := numbered_title(self, zh, issuer, region):  # …决定书（棠市监处罚〔2025〕86号）
            return TranslatedText(numbered, "derived", text_hash(zh))
        text = self._title(zh, parts, issuer, region) or clause_headline(self, spaced, region)
        summary = re.search(r"[（(]摘要[）)]$", zh) if text is None else None
        if summary and summary.start() >= 4:  # …城市体检报告（摘要）: the report's published summary (P)
            inner = self.title(zh[:summary.start()], issuer, region)
            return TranslatedText(f"{inner.text} (Summary)", inner.status, text_hash(zh)) if inner else None
        if text is None:
            return None
        return TranslatedText(text, "missing" if parts.missing else "derived", text_hash(zh))

    def _title(self, zh: str, parts: Parts, issuer: str, region: str) -> str | None:
        for frame in (self._about, self._communique, self._report, self._environment, self._work_report, self._speech,
                      self._interpretation, self._holds, self._headline, self._kind, self._heading):
            text = frame(zh, parts, issuer, region)
            if text is not None:
                return text
        return None

    def _about(self, zh: str, parts: Parts, issuer: str, region: str) -> str | None:
        m = re.match(r"^(?P<issuer>.*?)关于(?P<subject>.+)的(?P<genre>" + "|".join(
            sorted(ABOUT_GENRES, key=len, reverse=True)) + r")$", zh)
        if not m:
            return None
        genre = ABOUT_GENRES[m.group("genre")]
        if m.group("genre") == "通报" and m.group("subject").endswith(("情况", "状况")):
            genre = "Bulletin"  # a 通报 of a situation reports (as situation_title's bulletins), it does not circulate
        who = m.group("issuer")
        head = genre
        place_who = self.region_short(who) if who and PLACE_SUFFIX_RE.fullmatch(who) and not self.issuers(who) else None
        if place_who:  # 汾水市关于…的若干措施: a place issuing in its own name, "Fenshui Measures on ..."
            head = f"{place_who} {genre}"
        elif who:
            head += " of " + (self.issuers(who) or parts.part(None, who))
        subject = m.group("subject")
        verb = next((v for v in DOC_VERBS if subject.startswith(v)), "")
        if verb:
            verb_en, inner, batch = handed_down(verb, subject[len(verb):].strip("《》"), DOC_VERBS[verb])
            sub = Parts([])
            inner_en = self._title(inner, sub, issuer, region) or self.subject(inner)
            if inner_en is None:
                parts.missing.append(inner)
                return f"{head} on {verb_en} the {marked(inner)}{batch}"
            parts.missing += sub.missing
            the = "" if inner_en.split(" ", 1)[0].endswith("'s") or inner_en.startswith(("the ", "The ")) else "the "
            return f"{head} on {verb_en} {the}{inner_en}{batch}"
        consult = re.match(r"^公开征求(?P<doc>《.+》)意见$", subject) or re.match(r"^征求(?P<doc>《.+》)意见$", subject)
        if consult:
            inner = consult.group("doc").strip("《》")
            sub = Parts([])
            inner_en = self._title(inner, sub, issuer, region)
            if inner_en is None:
                parts.missing.append(inner)
                inner_en = marked(inner)
            parts.missing += sub.missing
            public = "Public " if subject.startswith("公开") else ""
            return f"{head} on Soliciting {public}Comments on the {inner_en}"
        named = self.subject(subject) or report_subject(self, subject) or situation_subject(self, subject) or (
            recruitment_subject(self, subject)) or (
            self._document(subject, issuer, region))
        return f"{head} on {parts.part(named, subject)}"

    def _document(self, zh: str, issuer: str, region: str) -> str | None:
        """A subject that is itself a document's name (关于青山市国土空间总体规划（2021—2035年）的批复): 'the Qingshan
        Territorial Spatial Master Plan (2021-2035)' when its kind frame renders in full, else None."""
        sub = Parts([])
        if zh.startswith("《") and zh.endswith("》") and zh.count("《") == 1:  # a document named in its brackets
            zh = zh[1:-1]
        text = self._kind(zh, sub, issuer, region) or report_title(self, zh, region)
        return None if text is None or sub.missing else _the(text)

    def _report(self, zh: str, parts: Parts, issuer: str, region: str) -> str | None:
        # releases, census communiqués, plan outlines (report_titles.py); situation bulletins (bulletin_words.py)
        # replies to deputies, work reports of courts and congresses, a place's report on a field (reply_titles.py)
        return report_title(self, zh, region) or situation_title(self, zh, region) or reply_or_report_title(
            self, zh, region)

    def _communique(self, zh: str, parts: Parts, issuer: str, region: str) -> str | None:
        m = re.match(r"^(?:(?P<y1>\d{4})年)?(?P<region>.*?)(?:(?P<y2>\d{4})年)?(?:国民经济和社会发展)?统计公报$", zh)
        if not m or not (m.group("y1") or m.group("y2")):
            return None
        place = m.group("region") or region
        if m.group("region") and self.region(place) is None and ("发展" in place or TOPIC_COMMUNIQUE_RE.match(zh)):
            return None  # 2024年梧江市卫生健康事业发展统计公报: a sector's bulletin (report_titles), no place named so;
            # 2024年沅宁省科技经费投入统计公报: a topic's communiqué (reply_titles)
        where = f" of {parts.part(self.region(place), place)}" if place else ""
        year = m.group("y1") or m.group("y2")
        return f"Statistical Communiqué{where} on the {year} National Economic and Social Development"

    def _environment(self, zh: str, parts: Parts, issuer: str, region: str) -> str | None:
        """2023年栖川市生态环境状况公报 -> '2023 Report on the State of the Ecology and Environment in Qichuan'
        (after the Ministry of Ecology and Environment's English title of 中国生态环境状况公报)."""
        m = re.match(r"^(?:(?P<y1>\d{4})年)?(?P<region>.*?)(?:(?P<y2>\d{4})年)?(?:度)?生态环境(?:状况)?公报$", zh)
        if not m:
            return None
        year = m.group("y1") or m.group("y2") or ""
        place = m.group("region") or region
        where = f" in {parts.part(self.region(place), place)}" if place else ""
        return f"{year} Report on the State of the Ecology and Environment{where}".strip()

    def _interpretation(self, zh: str, parts: Parts, issuer: str, region: str) -> str | None:
        """《关于…的通知》政策解读 -> 'Policy Interpretation of the Notice on ...'."""
        m = re.match(r"^(?:关于)?《(?P<doc>[^》]+)》的?(?P<policy>政策)?解读$", zh)
        if not m:
            return None
        sub = Parts([])
        inner = self._title(m.group("doc"), sub, issuer, region)
        if inner is None:
            parts.missing.append(m.group("doc"))
            inner = marked(m.group("doc"))
        parts.missing += sub.missing
        return f"{'Policy ' if m.group('policy') else ''}Interpretation of the {inner}"

    def _holds(self, zh: str, parts: Parts, issuer: str, region: str) -> str | None:
        """News headline: 石门县召开2022年防汛抗旱工作会议 -> 'Shimen County Holds the 2022 Flood Control and Drought
        Relief Work Conference' (the meeting rendered as in speeches, else marked)."""
        m = re.match(r"^(?P<who>.+?)(?:召开|举行)(?P<meeting>.+(?:会议|大会|会))$", zh)
        if not m:
            return None
        name = who_en(self, m.group("who"), region)  # 我市, 市政府: the document's region and its government
        if name is None or not name[:1].isupper():  # 市政府 "municipal government" is no name to head a title
            return None
        meeting = self.meeting(m.group("meeting"), parts)
        if meeting.startswith("a "):  # a Press Conference: the article is the meeting's own
            return f"{name} Holds {meeting}"
        article = "a" if meeting.startswith("Meeting to ") else "the"  # an analysis meeting is one of many
        if re.match(r"\d+(?:st|nd|rd|th) ", meeting):  # 第35次常务会议: one of the body's own numbered meetings
            article = "Its"
        return f"{name} Holds {article} {meeting}"

    def _headline(self, zh: str, parts: Parts, issuer: str, region: str) -> str | None:
        """News headlines (headlines.py): events held, economy assessments, further headway; and a region's
        numbered batch of a list (南屏市第二批市级…名录 -> "Nanping's Second Batch of the Municipal List of ...")."""
        place = PLACE_SUFFIX_RE.match(zh)
        if place and BATCH_RE.match(zh[place.end():]):
            who, batch = self.region_short(place.group("place")), self.subject(zh[place.end():])
            return f"{who}'s {batch}" if who and batch else None
        return (headline(self, zh, region) or figure_headline(self, zh, region)  # figure_headlines.py
                or pace_headline(self, zh, region) or amount_headline(self, zh, region))

    def issuers(self, zh: str) -> str | None:
        """One issuer or several issuing jointly (栖川市交通运输局栖川市财政局): 'the A and the B', or None."""
        names = [n for n in re.split(r"[、，,\s]+", zh) if n]
        if len(names) == 1:
            m = PLACE_SUFFIX_RE.match(zh)
            place = m.group("place") if m else ""
            if place and zh.count(place) > 1:
                names = [place + n for n in zh.split(place) if n]
        rendered = [self.body(n) for n in names]
        if not rendered or any(r is None for r in rendered):
            return None
        out = [_the(r or "") for r in rendered]
        return out[0] if len(out) == 1 else ", ".join(out[:-1]) + " and " + out[-1]

    def _kind(self, zh: str, parts: Parts, issuer: str, region: str) -> str | None:
        note = ""
        for chinese, english in DRAFT_NOTES.items():
            if zh.endswith(chinese):
                zh, note = zh[: -len(chinese)], english
                break
        edition = EDITION_NOTE_RE.search(zh)
        if edition:  # 行政执法事项清单（2025年版）
            zh, note = zh[: edition.start()], f" ({edition.group('y')} Edition)" + note
        revision = REVISION_NOTE_RE.search(zh)
        if revision:
            year = revision.group("y")
            zh, note = zh[: revision.start()], (f" (Revised in {year})" if year else " (Revised)") + note
        trailing = TRAILING_RANGE_RE.search(zh)
        if trailing:
            zh, note = zh[: trailing.start()], f" ({trailing.group('a')}-{trailing.group('b')})" + note
        # (a kind with a fixed name may stand alone: 行政处罚决定书)
        kind = next((k for k in sorted(KIND_FRAMES, key=len, reverse=True) if zh.endswith(k)
                     and (len(zh) > len(k) or "{x}" not in KIND_FRAMES[k])), "")
        if not kind:
            return None
        body = zh[: -len(kind)]
        if body.endswith("的") and len(body) > 3:  # 支持科技创新的若干措施: the clause before 的 is the subject
            body = body[:-1]
        place = ""
        m = PLACE_SUFFIX_RE.match(body)
        if m and (self.region(m.group("place")) or m.group("place") == region):
            place = m.group("place")
            body = body[len(place):]
        ordered = place and kind in ("命令", "令") and body.startswith("人民政府")
        gov = self.issuers(place + "人民政府") if ordered else ""
        if gov:  # (…人民政府森林防火命令: "Order of the … People's Government on Forest Fire Prevention")
            place, body, kind = "", body[4:], f"Order of {gov} on {{x}}"
        period = ""
        pm = PLAN_PERIOD_RE.match(body)
        if pm:
            period = f" during the {ordinal(CN_NUM[pm.group('n')] + 10)} Five-Year Plan Period"
            body = body[pm.end():]
        ym = YEAR_RANGE_RE.match(body)
        if ym:
            period = f" ({ym.group('a')}-{ym.group('b')})"
            body = body[ym.end():]
        one_year = re.match(r"^(?P<y>\d{4})年(?:度)?(?=[\u4e00-\u9fff]{2})", body) if not period else None
        if one_year:  # 榆泽市2025年家电以旧换新补贴实施细则: the rules of one year ("... Subsidies in 2025")
            period = f" in {one_year.group('y')}"
            body = body[one_year.end():]
        frame = KIND_FRAMES.get(kind, kind)
        years = re.search(r"(?P<n>[二三四五十])年$", body) or re.match(r"^(?P<n>[二三四五十])年", body)
        if years and kind in ("行动计划", "行动方案"):
            frame = f"{NUMBER_WORDS[CN_NUM[years.group('n')]]}-Year {frame}"
            body = body[:years.start()] + body[years.end():]
        if "{x}" not in frame:  # a plan with a fixed name (国土空间总体规划): nothing may stand before the kind
            year_only = re.fullmatch(r"(?P<y>\d{4})年度?", body)
            if year_only and not period:  # 2025年国民经济和社会发展计划: "... Plan ... (2025)", as work reports
                body, period = "", f" ({year_only.group('y')})"
            if body:
                return None
            text = frame
        elif not body:
            return None
        elif kind in PARTIAL_KINDS and self.subject(body) is None:
            return None  # 权责清单 is a glossary name as a whole: a list whose subject does not render is no frame
        else:
            text = frame.format(x=parts.part(self.subject(body), body))
        if place:
            text = f"{parts.part(self.region_short(place), place)} {text}"
        return text + period + note

    def _heading(self, zh: str, parts: Parts, issuer: str, region: str) -> str | None:
        return self.heading_text(zh)

    def subtitle(self, zh: str) -> TranslatedText | None:
        """The English of a work report's or speech's occasion line (title_subtitles.py)."""
        return subtitle_text(self, zh)

# the progress of a work a circular reports (2025年1—9月全市重点项目建设推进情况)
PROGRESS_TITLE_RE = re.compile(r"(?:(?P<y>\d{4})年)?(?:(?P<m1>\d{1,2})\s*[—–\-－至]\s*(?P<m2>\d{1,2})月)?"
                               r"(?:全市|全县|全区|全省)?(?P<x>.{2,20}?)(?:推进|进展)情况")


# the last words of plan headings that are mass nouns (生态保护 "Ecological Protection")
MASS_HEADS = frozenset(("protection", "conservation", "development", "governance", "supervision", "management",
                        "construction", "security", "safety", "support", "publicity", "guidance", "coordination",
                        "implementation", "leadership", "funding"))


def _plan_heading(zh: str) -> str | None:
    """A standard plan heading as an object (明确工作目标: 'the objectives'; 加强生态保护: 'ecological protection', a
    mass noun takes no article), or None."""
    from .title_tables import PLAN_HEADINGS

    if zh not in PLAN_HEADINGS:
        return None
    noun = PLAN_HEADINGS[zh].lower()
    return noun if noun.split()[-1] in MASS_HEADS else f"the {noun}"


def _the(name: str) -> str:
    """'the State Council'; names that begin with an article or a proper adjective are left alone."""
    return name if name.lower().startswith("the ") else f"the {name}"


def title_english(doc: Document, renderer: TitleRenderer, region: str = "") -> TranslatedText | None:
    """The template English of a document's title (None: no frame applies)."""
    return renderer.title(doc.title, doc.issuer, region)


def has_marker(text: str) -> bool:
    return f"[{MISSING_LABEL}:" in text

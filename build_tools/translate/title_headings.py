"""Section headings in English (the heading methods of titles.TitleRenderer): standard headings of communiqués,
work reports and plans (title_tables.py), numbered as the State Council numbers them ("I.", "(1)", "1."), clause
headings joined with "and", 加大X力度, review headings <noun><progress>, counted categories and contact lines.
Every part must render (a glossary phrase or a table entry), otherwise the heading stays in Chinese."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import TranslatedText
from .breakdown_headings import breakdown_heading
from .bulletin_words import bulletin_noun, counted_noun, situation_heading
from .duty_headings import duty_heading
from .genre_headings import GENRE_HEADINGS, plan_period_heading, unit_line, year_led
from .heading_words import MORE_PLAN_HEADINGS, action_heading, paired_actions, procedure_aspect, stage_heading
from .headlines import ECONOMY
from .memory import text_hash
from .persons import person_en
from .progress_words import PROGRESS, PROGRESS_SUBJECTS
from .question_headings import question_heading
from .report_titles import RELEASE_RE, release_title
from .title_tables import (
    CLAUSE_SEPARATORS,
    CONTACT_LABELS,
    PERSON_LABELS,
    PLACE_SUFFIX_RE,
    PLAN_HEADINGS,
    SECTION_HEADINGS,
    SECTION_SEPARATORS,
    SUBJECT_ADVERBS,
    SUBJECT_VERBS_ORDER,
    WORK_REPORT_HEADINGS,
)
from .title_words import NUM_PREFIX_RE, cn_int, roman, title_case, with_article

if TYPE_CHECKING:
    from .glossary import Glossary

ISSUED_LINE_RE = re.compile(r"(?P<body>[\u4e00-\u9fff（）()]{4,30}?)\s*(?P<y>\d{4})年(?P<m>\d{1,2})月"
                            r"(?:(?P<d>\d{1,2})日)?")
# a section of an audit work report (政府投资项目审计情况, 养老服务资金审计): "Audit of <what is audited>"
AUDIT_HEADING_RE = re.compile(r"(?P<x>[^，,。；;]{2,20}?)审计(?:情况)?")
AUDIT_LEVELS_EN = {"县级": "county ", "市级": "municipal ", "区级": "district ", "省级": "provincial ", "本级": ""}
# a list's category and how many it lists (民间文学（1项）, 先进集体（20个）, 先进个人（35名）)
COUNTED_RE = re.compile(r"(?P<x>[^（(]+)[（(](?P<n>\d+)(?P<u>项|个|名|人|家)[）)]")
CONTACT_RE = re.compile(r"(?P<label>" + "|".join(sorted(CONTACT_LABELS, key=len, reverse=True))
                        + r")[：:]\s*(?P<value>.+)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
PHONE_RE = re.compile(r"(?:[（(]\d{3,4}[）)])?\d[\d\-－ ]{4,}\d")  # digits and dashes only: tel., fax, postcode


DISCLOSURES = {"主动公开": "proactive disclosure", "依申请公开": "disclosure upon request", "不予公开": "not disclosed",
               "不公开": "not disclosed"}
DISCLOSURE_RE = re.compile(r"[（(]?(?:信息)?公开(?:方式|属性|选项)[：:]\s*(?P<how>" + "|".join(DISCLOSURES)
                           + r")[）)]?")
MADE_PUBLIC_RE = re.compile(r"[（(]此件(?:公开发布|主动公开|依申请公开|不公开|不予公开)[）)]")
PUBLIC, NOT_PUBLIC = "(This document is made public.)", "(This document is not made public.)"
MADE_PUBLIC = {"公开发布": PUBLIC, "主动公开": PUBLIC, "依申请公开": "(This document is disclosed upon request.)",
               "不公开": NOT_PUBLIC, "不予公开": NOT_PUBLIC}
# an annex of a notice (附表：…, 附件1：…) and its table of tasks by place (project renderings)
ANNEX_RE = re.compile(r"(?P<kind>附表|附件)\d*[：:](?P<rest>.+)")
ANNEXES = {"附表": "Attached Table", "附件": "Annex"}
TASK_TABLE_RE = re.compile(r"(?:(?P<y>\d{4})年度?)?(?P<who>各市|各县|各县（市、区）|各县（市）区|各县区|各区县|各地)?"
                           r"(?P<x>.+?)(?:工作)?(?:目标)?任务(?:分解|安排)?表")
TASK_PLACES = {"各市": "City", "各县": "County", "各县（市、区）": "County and District",
               "各县（市）区": "County and District", "各县区": "County and District", "各区县": "District and County",
               "各地": "Locality"}
# The questions of a policy interpretation in Q&A form (问：《通知》出台的背景是什么？), project renderings: the
# document named by its kind, the topic a glossary phrase.
QA_RE = re.compile(r"问[：:]\s*(?P<q>.+?)[？?]?")
QA_DOCS = {"通知": "Notice", "意见": "Opinions", "实施意见": "Implementation Opinions", "方案": "Plan",
           "实施方案": "Implementation Plan", "工作方案": "Work Plan", "行动方案": "Action Plan", "办法": "Measures",
           "措施": "Measures", "若干措施": "Measures", "规划": "Plan", "决定": "Decision"}
_DOC = r"《(?P<doc>" + "|".join(sorted(QA_DOCS, key=len, reverse=True)) + r")》"
QUESTIONS = (
    (_DOC + r"(?:出台|制定|印发)的背景是什么", "What Is the Background to the {doc}?"),
    (_DOC + r"的?主要内容(?:是什么|有哪些)", "What Are the Main Contents of the {doc}?"),
    (_DOC + r"在(?P<x>.+?)方面有哪些(?:措施|举措|政策措施)", "What Measures {does} the {doc} Contain on {x}?"),
    (_DOC + r"(?:从)?什么时候(?:开始)?(?:施行|实施|执行)", "When {does} the {doc} Take Effect?"),
    (r"(?P<x>.+?)有哪些支持政策", "What Support Policies Are There for {x}?"),
)
# the line of a consultation notice before its channels for comments (社会各界可通过以下方式提出意见), project rendering
COMMENTS_RE = re.compile(r"(?:社会各界|社会公众|公众|有关单位和个人|各界人士)?(?:可|可以)?(?:通过|按照)以下"
                         r"(?:方式|途径|渠道)(?:提出|反馈|提交)(?:意见建议|意见和建议|意见|建议)")
# The project boxes of a plan (专栏1 社区服务设施建设重点工程; 1.社区综合服务设施补短板工程): project renderings, "Box
# N: ..." as translations of the five-year plans number their boxes; 补短板 "shore up weak links" (GWR 2022/385).
BOX_RE = re.compile(r"专栏(?P<n>\d{1,2})\s*(?P<rest>.+)")
WORKS_RE = re.compile(r"(?P<x>.+?)(?P<act>建设|补短板|提升|改造)(?P<key>重点)?工程")
WORKS = {"建设": "to Build {x}", "补短板": "to Shore Up Weak Links in {x}", "提升": "to Upgrade {x}",
         "改造": "to Renovate {x}"}
PRINTED_RE = re.compile(r"(?P<who>.+?)?(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日印发")




JOINED_RE = re.compile(r"[、和及与]")  # the joints of a heading naming two sections


# an incident named by its month and day in quotes (“7·26”, “11.08”), as bulletins and reports name one accident or fire
DATE_NAMED_RE = re.compile(r"[“\"]\s*\d{1,2}\s*[·•．.]\s*\d{1,2}\s*[”\"]")


class HeadingMixin:
    """The heading methods of ``TitleRenderer`` (which provides ``glossary``, ``year``, ``phrase``, ``subject`` and
    ``body``)."""

    glossary: Glossary
    year: str

    def phrase(self, zh: str) -> str | None:  # provided by TitleRenderer
        raise NotImplementedError

    def subject(self, zh: str) -> str | None:  # provided by TitleRenderer
        raise NotImplementedError

    def region_short(self, zh: str) -> str | None:  # provided by TitleRenderer
        raise NotImplementedError

    def body(self, zh: str) -> str | None:  # provided by TitleRenderer
        raise NotImplementedError

    def issuers(self, zh: str) -> str | None:  # provided by TitleRenderer
        raise NotImplementedError

    def _framed(self, zh: str) -> str | None:  # provided by TitleRenderer
        raise NotImplementedError


    def heading_text(self, zh: str) -> str | None:
        """A standard section heading without its number: 综合 -> 'General Survey', 2022年工作安排 -> ..."""
        zh = zh.strip().rstrip("。.：:")
        if zh in SECTION_HEADINGS:
            return SECTION_HEADINGS[zh]
        if zh in GENRE_HEADINGS:  # a genre's template (genre_headings.py): 机构概况, 意见和建议, 单位：亿元
            return GENRE_HEADINGS[zh]
        if planned := plan_period_heading(zh):  # “十四五”时期生态环境保护成效
            return planned
        units = unit_line(zh)
        if units:
            return units
        if zh in PLAN_HEADINGS:
            return PLAN_HEADINGS[zh]
        if zh in MORE_PLAN_HEADINGS:
            return MORE_PLAN_HEADINGS[zh]
        if duty := duty_heading(self, zh):  # 压实企业主体责任, 落实监管责任, 强化目标责任
            return duty
        standard = paired_actions(zh) or stage_heading(zh) or (  # 规划与建设, 动员部署阶段（2025年3月）
            action_heading(self.phrase, zh)) or procedure_aspect(zh)  # 实施城市更新行动, 招生对象
        if standard:
            return standard
        sectors = [p for p in SECTION_SEPARATORS.split(zh) if p]
        if len(sectors) > 1 and all(p in SECTION_HEADINGS for p in sectors):
            english = [SECTION_HEADINGS[p] for p in sectors]
            return ", ".join(english[:-1]) + " and " + english[-1]
        annex = ANNEX_RE.fullmatch(zh)  # 附表：2025年各市…任务表 -> "Attached Table: Tasks by City for ... in 2025"
        if annex:
            inner = self.heading_text(annex.group("rest")) or self._task_table(annex.group("rest"))
            return f"{ANNEXES[annex.group('kind')]}: {inner}" if inner else None
        box = BOX_RE.fullmatch(zh)
        if box:
            inner = self.heading_text(box.group("rest"))
            return f"Box {int(box.group('n'))}: {inner}" if inner else None
        works = WORKS_RE.fullmatch(zh)
        x = self.phrase(works.group("x")) if works else None
        if works and x:
            kind = "Key Projects" if works.group("key") else "Project"
            return f"{kind} " + WORKS[works.group("act")].format(x=title_case(with_article(x)))
        question = QA_RE.fullmatch(zh)
        if question:
            asked = self._question(question.group("q")) or question_heading(self, question.group("q") + "？")
            return f"Q: {asked}" if asked else None
        if asked := question_heading(self, zh):  # 补贴标准是多少？ (an interpretation's numbered questions)
            return asked
        if COMMENTS_RE.fullmatch(zh):
            return "Comments May Be Submitted in the Following Ways"
        if zh.startswith("今年") and self.year:
            zh = f"{self.year}年{zh[2:]}"
        if RELEASE_RE.fullmatch(zh) and (release := release_title(self, zh, "")):  # type: ignore[arg-type]
            return release  # 1—10月全市经济运行简析 -> "Economic Performance in January-October"
        for pattern, english in WORK_REPORT_HEADINGS:
            m = re.fullmatch(pattern, zh)
            if m:
                return english.format(**m.groupdict())
        counted = COUNTED_RE.fullmatch(zh)  # 民间文学（1项） -> "Folk Literature (1 item)": a list's category
        if counted:
            what = self.phrase(counted.group("x")) or bulletin_noun(self, counted.group("x"))  # type: ignore[arg-type]
            n = int(counted.group("n"))
            if not what:
                return None
            if counted.group("u") == "项":
                return f"{title_case(what)} ({n} item{'' if n == 1 else 's'})"
            return f"{title_case(what)} ({n})"  # (先进集体（20个）: the count of what the heading names)
        audited = AUDIT_HEADING_RE.fullmatch(zh)  # 政府投资项目审计情况 -> "Audit of Government Investment Projects"
        if audited:
            what = self._audited(audited.group("x"))
            return f"Audit of {title_case(with_article(what))}" if what else None
        clauses = [c for c in CLAUSE_SEPARATORS.split(zh) if c]
        if len(clauses) > 1:
            return self._clauses(clauses)
        stepped = self._stepped_up(zh)
        if stepped:
            return stepped
        framed = self._framed(zh)  # 确保各项任务落地见效 -> "Ensuring All Tasks Are Fully Implemented"
        if framed:
            return framed
        if any(zh.startswith(v) for v in (*SUBJECT_VERBS_ORDER, *SUBJECT_ADVERBS)):  # 全面推进乡村振兴 -> ...
            return self.subject(zh)
        whole = self.phrase(zh) or self.phrase(zh.removesuffix("工作"))  # a glossary phrase: 办好民生实事, 乡村振兴
        if whole:
            whole = title_case(with_article(whole))
            return whole[:1].upper() + whole[1:]
        if re.search("[和及与]", zh) and (pair := self.subject(zh)):  # 人才队伍建设和职业技能培训: two glossary phrases
            return pair[:1].upper() + pair[1:]
        own = PLACE_SUFFIX_RE.match(zh)  # 澄岚市最低工资标准及适用地区: the pair of the place's own (an annex's title)
        if own and re.search("[和及与]", zh) and (where := self.region_short(own.group())) and (
                pair := self.subject(zh[own.end():])):
            return f"{pair[:1].upper() + pair[1:]} ({where})"
        return (self._progress(zh) or situation_heading(self, zh)  # type: ignore[arg-type]
                or breakdown_heading(zh) or year_led(self, zh) or self._joined(zh))  # type: ignore[arg-type]

    def _joined(self, zh: str) -> str | None:
        """Two or three standard headings joined as one chapter (第五章 资金保障和申报程序 -> 'Funding and Application
        Procedure'): every part must render as a heading of its own; else None."""
        parts = [p for p in JOINED_RE.split(zh) if p]
        if not 2 <= len(parts) <= 3 or len(JOINED_RE.findall(zh)) != len(parts) - 1 or any(len(p) < 2 for p in parts):
            return None
        english = [self.heading_text(p) for p in parts]
        if not all(english) or any("," in e for e in english):  # type: ignore[operator]
            return None
        last = ", and " if any(" and " in e for e in english) else " and "  # type: ignore[operator]
        return ", ".join(english[:-1]) + last + english[-1]  # type: ignore[operator]  (A and B, and C)

    def _issued_line(self, zh: str) -> str | None:
        """梧江市卫生健康委员会2025年6月20日 (a release's issuer and date on one line, spaces removed) -> 'Wujiang
        Municipal Health Commission, 20 June 2025'; None unless the body renders."""
        from .periods import english_period

        m = ISSUED_LINE_RE.fullmatch(zh)
        body = self.body(m.group("body")) if m else None
        if not m or not body:
            return None
        day = f"-{int(m.group('d')):02d}" if m.group("d") else ""  # (霁川市人民政府 2026年4月: a month)
        date = english_period(f"{m.group('y')}-{int(m.group('m')):02d}{day}")
        return f"{body}, {date}" if date else None

    def _audited(self, zh: str) -> str | None:
        """What a section of an audit work report audits: a budget's execution (县级预算执行 -> 'the execution of the
        county budget', 部门预算执行 -> 'the execution of departmental budgets'), a glossary phrase, or funds named by
        one (养老服务资金 -> 'funds for elderly care services'); None otherwise (project renderings)."""
        budget = re.fullmatch(r"(?P<level>县级|市级|区级|省级|本级|部门)?预算执行", zh)
        if budget:
            level = budget.group("level") or ""
            return "the execution of departmental budgets" if level == "部门" else (
                f"the execution of the {AUDIT_LEVELS_EN.get(level, '')}budget")
        whole = self.phrase(zh)
        if whole:
            return whole
        funds = re.fullmatch(r"(?P<key>重点)?(?P<x>.+?)(?P<kind>资金|基金)", zh)
        what = self.phrase(funds.group("x")) if funds else None
        if funds and what:
            return f"{'key ' if funds.group('key') else ''}funds for {what}"
        return None

    def _question(self, zh: str) -> str | None:
        """《通知》在援企稳岗方面有哪些措施 -> 'What Measures Does the Notice Contain on Assistance to Enterprises to
        Stabilize Employment?' (``QUESTIONS``; the topic a glossary phrase), or None."""
        for pattern, english in QUESTIONS:
            m = re.fullmatch(pattern, zh)
            if not m:
                continue
            found = m.groupdict()
            doc = QA_DOCS.get(found.get("doc") or "", "")
            x = ""
            if found.get("x"):
                phrase = self.phrase(found["x"])
                if phrase is None:
                    return None
                x = title_case(with_article(phrase))
            does = "Do" if doc.endswith(("Measures", "Opinions")) else "Does"  # the Measures take effect
            return english.format(doc=doc, x=x, does=does)
        return None

    def _task_table(self, zh: str) -> str | None:
        """2025年各市城镇老旧小区改造任务表 -> 'Tasks by City for the Renovation of Old Urban Residential Communities
        in 2025' (a notice's table of each place's tasks; project rendering), or None."""
        m = TASK_TABLE_RE.fullmatch(zh)
        subject = self.subject(m.group("x")) if m else None
        if not m or not subject:
            return None
        by = f" by {TASK_PLACES[m.group('who')]}" if m.group("who") else ""
        year = f" in {m.group('y')}" if m.group("y") else ""
        return f"Tasks{by} for {subject}{year}"

    def _clauses(self, clauses: list[str]) -> str | None:
        """推进城市更新，增进民生福祉 -> 'Advancing Urban Renewal and Improving People's Wellbeing': a heading of
        clauses, each a heading by itself, joined with "and" as the State Council joins them (GWR 2021/215
        "Improving people's wellbeing and striving for common prosperity"); None unless every clause renders."""
        english = [self.heading_text(c) for c in clauses]
        if any(e is None for e in english):
            return None
        parts = [e for e in english if e]
        return ", ".join(parts[:-1]) + " and " + parts[-1]

    def _stepped_up(self, zh: str) -> str | None:
        """加大援企稳岗力度 -> 'Stepping Up Assistance to Enterprises to Stabilize Employment' (加大X力度, X a glossary
        phrase; project rendering)."""
        m = re.fullmatch(r"(?:进一步)?加大(?P<x>.+?)(?:工作)?力度", zh)
        obj = self.phrase(m.group("x")) if m else None
        return title_case(f"stepping up {with_article(obj)}") if obj else None

    def _progress(self, zh: str) -> str | None:
        """A review heading <glossary noun><progress>: 民生福祉不断增进 -> "People's Wellbeing Continued to Improve"
        (after GWR 2008/28 人民生活显著改善 "People's living standards improved significantly"); else None."""
        if zh.startswith("去年") and self.year.isdigit():  # a speech's 去年: the year before the document's
            zh = f"{int(self.year) - 1}年{zh[2:]}"
        year = re.match(r"^(?P<y>\d{4})年(?P<since>以来)?", zh)  # 2024年经济运行稳中有进: "... in 2024"
        when = f" {'since' if year.group('since') else 'in'} {year.group('y')}" if year else ""
        zh = zh[year.end():] if year else zh
        narrowed = re.fullmatch(r"(?P<x>.+?)(?:降幅|跌幅)(?:继续|持续|进一步)?收窄", zh)  # 投资降幅收窄
        if narrowed:
            noun = PROGRESS_SUBJECTS.get(narrowed.group("x")) or self.phrase(narrowed.group("x"))
            return title_case(f"The Decline in {noun} Narrowed") + when if noun else None
        for pred in sorted(PROGRESS, key=len, reverse=True):
            if zh.endswith(pred) and len(zh) > len(pred):
                subject = zh[: -len(pred)].removeprefix("全市").removeprefix("全县").removeprefix("全区")
                noun = "the economy" if subject in ECONOMY else (  # GWR 2021/129 经济运行
                    PROGRESS_SUBJECTS.get(subject) or self.phrase(subject) or counted_noun(subject, self.glossary))
                if noun is None:
                    return None
                text = title_case(f"{with_article(noun)} {PROGRESS[pred]}")  # Fixed-Asset Investment Grew ...
                return text[:1].upper() + text[1:] + when
        return None

    def heading(self, zh: str) -> TranslatedText | None:
        """A numbered heading: 一、综合 -> 'I. General Survey'; （二）指导思想 -> '(2) Guiding Principles'."""
        text = re.sub(r"\s+", "", zh)
        m = NUM_PREFIX_RE.match(text)
        prefix, rest = "", text
        if m:
            rest = m.group("rest")
            if m.group("cn"):
                n = cn_int(m.group("cn"))
                prefix = f"{roman(n)}. " if n else ""
            elif m.group("cnp"):
                n = cn_int(m.group("cnp"))
                prefix = f"({n}) " if n else ""
            elif m.group("ar"):
                prefix = f"{int(m.group('ar'))}. "
            elif m.group("arp"):
                prefix = f"({int(m.group('arp'))}) "
            elif m.group("ch"):
                n = cn_int(m.group("ch"))
                if m.group("unit") == "节":  # sections of a chapter numbered as the NPC's English numbers them
                    prefix = f"Section {n} " if n else ""
                else:
                    word = "Chapter" if m.group("unit") == "章" else "Part"
                    prefix = f"{word} {roman(n)} " if n else ""
            if not prefix:
                return None
        if DATE_NAMED_RE.search(rest):
            return None  # 溟西区“7·26”仓库火灾: one incident named by its day, no kind of incidents in general
        english = self.heading_text(rest)
        if english is None and not prefix:  # a line standing alone: a contact line, a signing body, a print line
            english = self.contact_line(rest) or self.body(rest.rstrip("。")) or self.closing_line(rest) or (
                self._issued_line(rest))
        if english is None:
            return None
        return TranslatedText(prefix + english, "derived", text_hash(zh))

    def closing_line(self, zh: str) -> str | None:
        """The closing lines of an official document: 公开方式：主动公开 -> 'Disclosure: proactive disclosure'; 华岭省
        工业和信息化厅办公室 2025年1月9日印发 -> 'Printed and issued by the Office of the ... on 9 January 2025'
        (project renderings); else None."""
        from .periods import english_period

        m = DISCLOSURE_RE.fullmatch(zh.strip())
        if m:
            return f"Disclosure: {DISCLOSURES[m.group('how')]}"
        if MADE_PUBLIC_RE.fullmatch(zh.strip()):
            return MADE_PUBLIC[zh.strip()[3:-1]]
        joint = self.issuers(zh.strip())  # a joint signature: 华岭省工业和信息化厅 华岭省发展和改革委员会
        if joint and " and the " in joint:
            return joint.removeprefix("the ").replace(", the ", ", ").replace(" and the ", ", ")
        sponsor = re.fullmatch(r"(?P<who>.{4,40}?)主办", re.sub(r"\s+", "", zh))  # a web page's footer: its sponsor
        if sponsor and (who := self.body(sponsor.group("who"))):
            return f"Sponsored by {who if who.startswith('the ') else 'the ' + who}"
        m = PRINTED_RE.fullmatch(re.sub(r"\s+", "", zh))
        if not m:
            return None
        who = self.body(m.group("who")) if m.group("who") else ""  # (the date alone under the issuer's line)
        when = english_period(f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}")
        if who is None or not when:
            return None
        by = f" by {who if who.startswith('the ') else 'the ' + who}" if who else ""
        return f"Printed and issued{by} on {when}"

    def contact_line(self, zh: str) -> str | None:
        """联系人：周敏 -> 'Contact: Zhou Min'; 联系电话：0736-5128870 -> 'Tel.: 0736-5128870' (the labels of a
        notice's contact lines, project rendering; the value must be a personal name, a number or an e-mail
        address as it stands, else None: an address or an office is left in Chinese)."""
        m = CONTACT_RE.fullmatch(zh.strip())
        if not m:
            return None
        label, value = CONTACT_LABELS[m.group("label")], m.group("value").strip()
        if label in PERSON_LABELS:
            name = person_en(value, self.glossary)
            return f"{label}: {name}" if name else None
        if label == "Email":
            return f"{label}: {value}" if EMAIL_RE.fullmatch(value) else None
        if not PHONE_RE.fullmatch(value):
            return None
        return f"{label}: " + re.sub(r"[（(](\d+)[）)]\s*", r"(\1) ", value).replace("－", "-")


"""``python -m build_tools new FILE-OR-URL``: add a bulletin to seeds/ with a pre-filled metadata file.

The bulletin may be a plain text (any encoding), a PDF, a DOCX, a web page (.html, or a Markdown export of one)
or a web address, which is fetched. A plain text is copied as UTF-8 with Unix line endings; any other format is
stored as published, byte for byte (the original is the source of record), as
``seeds/<year>-<region-pinyin>-<short-slug>.<format>``. A metadata file is written beside it with what the format
states (a web page's title and CMS meta tags, front matter, DOCX core properties, PDF document information) and
what can be read from the text: date, region, kind, title, issuer and document number. Each guessed value carries
a ``# TODO confirm`` comment; ``python -m build_tools lint`` warns until the editor has checked the value and
deleted the comment. Existing files are never overwritten.
"""

from __future__ import annotations

import logging
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import yaml

from . import ingest, meta
from .clean.furniture import SITE_NAME_RE, WECHAT_RE
from .clean.text import DOC_NUMBER_TAIL, REVIEW_AND_PLAN_TAIL
from .errors import InputError, Problem
from .fsutil import atomic_write_bytes, atomic_write_text
from .ingest.fetch import fetch, is_url
from .new_dates import DELIVERED_RE, FULL_WIDTH_DIGITS, HEAD_CHARS, infer_date
from .new_origin import (
    DATE_LINE_RE,
    RED_HEADER,
    SPEAKER_RE,
    infer_issuer,
    infer_region,
    issuer_bodies,
    media_centre,
    reporting_outlet,
)
from .sources import collision_key, scan
from .structure import ISSUE_RE as MASTHEAD_RE

log = logging.getLogger(__name__)

TODO = "# TODO confirm: inferred from the text"
STATED = "# TODO confirm: read from the {}"  # a value the format's own metadata states
FORMAT_SUFFIXES = {"text": ".txt", "markdown": ".md", "html": ".html", "pdf": ".pdf", "docx": ".docx"}
FORMAT_ORIGINS = {"html": "web page's meta tags", "markdown": "front matter", "pdf": "PDF document information",
                  "docx": "Word document properties"}
ORG_RE = re.compile(r"(人民政府|政府|办公室|办公厅|委员会|统计局|局|厅|部|署|中心|委|办)$")
NAME_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Place names pypinyin reads wrongly (a place-name reading differs from the common word's).
PLACE_READINGS = {"朝阳": "chaoyang", "长岭": "changling", "长子": "zhangzi", "单县": "shan", "洪洞": "hongtong",
                  "涡阳": "guoyang", "六合": "luhe", "朝歌": "zhaoge"}
# In place names these characters almost always take this reading at the start of a name (长白, 长治, 长海, 朝天 ...);
# the single characters whose place-name reading is not pypinyin's first (峤, 苕) are translate/pinyin.py's, shared.
PLACE_CHARS = {"长": "chang", "朝": "chao"}
ADMIN_SUFFIXES = ("特别行政区", "自治州", "自治县", "自治旗", "地区", "新区", "林区", "市", "县", "区", "省", "盟",
                  "旗")
DOC_NUMBER_RE = re.compile(rf"[\u4e00-\u9fff]{{1,12}}{DOC_NUMBER_TAIL}")
ISSUE_RE = re.compile(r"第\s*(\d{1,3})\s*期")
# kind: (pattern searched in the title and first lines, in order of precedence)
# kind: patterns searched in the title, in order of precedence
TITLE_KINDS = (
    # (第五次全国经济普查公报（第一号）, 第七次全国人口普查主要数据公报: a census's communiqués are statistics)
    # (第三次全国国土调查主要数据公报: a land survey's communiqué of its data, too)
    ("statistics", re.compile(r"统计公报|国民经济和社会发展统计|普查(?:主要数据)?公报|抽样调查(?:主要数据)?公报"
                              r"|(?:国土|土地)调查(?:主要数据|主要成果)?公报"
                              # (第47周…重要民生商品价格监测情况, 居民消费价格变动情况: a price office's release)
                              r"|价格(?:监测|变动|运行)情况"
                              # (2025年1-10月全市港口生产情况: a release of the months' production figures)
                              r"|\d{1,2}\s*月份?[^，,。]{0,12}(?:港口生产|工业生产|港口吞吐量)(?:情况|简况)")),
    ("work-report", re.compile(r"政府工作报告|工作报告|工作安排")),
    ("gazette", re.compile(r"政府公报|公报\s*[（(〔]?\s*(?:第\s*\d|\d{4}\s*年?\s*第)")),  # a gazette's issue
    ("report", re.compile(r"公报")),  # 环境状况公报, 水资源公报: a bulletin on a field
    ("speech", re.compile(r"讲话|致辞|发言")),
    ("plan", re.compile(r"方案|规划|计划|纲要")),
    # a headline telling that an office reported a year's situation (…公安局通报2025年全市社会治安形势): news of the
    # report, not the 通报 itself (关于…情况的通报 ends with its genre, ENDING_KINDS)
    ("news", re.compile(r"(?:局|委|厅|办|院|中心|政府|部门)(?:通报|发布)(?:19|20)\d{2}\s*年度?[^，,]{0,16}"
                        r"(?:形势|情况|成效|成绩)")),
    ("notice", re.compile(r"通知|通告|通报|公告|决定|意见|办法|规定")),
)
# a title that names some genre (a report, bulletin, rules, interpretation ...): a web page with none is news
GENRE_WORD_RE = re.compile(r"公报|报告|通知|通告|通报|公告|决定|意见|办法|规定|方案|规划|计划|纲要|讲话|致辞|发言|解读|"
                           r"问答|条例|细则|指南|目录|清单|名单|年报|年鉴|说明|总结|决议|批复|函")
# kind: signals in the first lines of the text
HEAD_KINDS = (
    ("gazette", re.compile(r"公报[\s\S]{0,200}第\s*\d{1,3}\s*期")),
    ("news", re.compile(r"本报讯|本报记者|记者\s*[\u4e00-\u9fff]{2,3}\s*(?:报道|摄)|通讯员|新华社|编者按"
                        r"|记者从[^，,。]{2,24}(?:获悉|了解到)"
                        r"|(?m:^[\u4e00-\u9fff]{2,10}讯[ \u3000（(])")),  # a dateline: 新浪财经讯 ...
    ("speech", re.compile(r"同志们[：:，,]|在[\u4e00-\u9fff]{2,40}(?:会议|大会)上的讲话")),
    ("work-report", re.compile(r"政府工作报告")),
)
# a statistics office (国家统计局, 澜西省统计局, 某市统计局, 国家统计局某调查队) as the issuer of a page: its release
STATS_OFFICE_RE = re.compile(r"统计局$|调查队$")
KIND_SLUGS = {"work-report": "work-report", "statistics": "statistics", "gazette": "gazette", "speech": "speech",
              "plan": "plan", "notice": "notice", "news": "news", "report": "report", "other": "bulletin"}


@dataclass
class Guess:
    """Metadata read from a raw text: the values and which of them are guesses."""

    values: dict[str, str] = field(default_factory=dict)
    inferred: list[str] = field(default_factory=list)
    issue: str = ""  # gazette issue number (第10期), for the file name
    stated: dict[str, str] = field(default_factory=dict)  # key -> where the format states it (still to confirm)

    def set(self, key: str, value: str) -> None:
        if value:
            self.values[key] = value
            if key not in self.inferred:
                self.inferred.append(key)

    def state(self, key: str, value: str, origin: str) -> None:
        """A value the file's format states (a web page's ArticleTitle, a PDF's Title ...)."""
        if value:
            self.set(key, value)
            self.stated[key] = origin


# ---------------------------------------------------------------- region


def region_pinyin(region: str) -> str:
    """朝阳市 -> chaoyang, 长岭县 -> changling, 辽阳市 -> liaoyang (Hanyu Pinyin without tones or suffix)."""
    from pypinyin import lazy_pinyin

    from .translate.pinyin import load_place_readings

    load_place_readings()  # (the place readings pypinyin lacks, 苕 tiao and 会稽 kuaiji: translate/pinyin.py's)
    name = region.strip()
    if name in ("全国", "中国", "中华人民共和国"):
        return "national"  # a national document (2026-national-statistics)
    for suffix in ADMIN_SUFFIXES:
        if name.endswith(suffix) and len(name) >= len(suffix) + 2:
            name = name[: -len(suffix)]
            break
    segments: list[tuple[str, str | None]] = []  # (text, fixed reading)
    run, i = "", 0
    while i < len(name):
        word = next((w for w in PLACE_READINGS if name.startswith(w, i)), None)
        if word:
            if run:
                segments.append((run, None))
                run = ""
            segments.append((word, PLACE_READINGS[word]))
            i += len(word)
        else:
            run += name[i]
            i += 1
    if run:
        segments.append((run, None))
    parts: list[str] = []
    for k, (segment, reading) in enumerate(segments):
        if reading:
            parts.append(reading)
            continue
        syllables = lazy_pinyin(segment)  # phrase-aware readings
        if k == 0 and segment[0] in PLACE_CHARS and len(syllables) == len(segment):
            syllables[0] = PLACE_CHARS[segment[0]]
        parts.extend(syllables)
    return slugify("".join(parts))


def slugify(text: str) -> str:
    text = re.sub(r"[^a-z0-9]+", "-", text.lower().replace("ü", "v"))
    return text.strip("-")


# ---------------------------------------------------------------- title, kind, number


def _unsegment(line: str) -> str:
    """Remove the spaces of word-segmented text between Chinese characters (2019 年 工作 安排 -> 2019年工作安排)."""
    cjk = r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]"
    line = re.sub(rf"(?<={cjk})[ \t\u3000]+(?={cjk})", "", line)
    line = re.sub(rf"(?<=\d)[ \t]+(?={cjk})", "", line)
    return re.sub(r"\s+", " ", line).strip()


def is_segmented(text: str) -> bool:
    """Word-segmented text (spaces between Chinese words, as in some exported reports)."""
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    gaps = len(re.findall(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", text))
    return han > 0 and gaps / han > 0.15


def _title_like(line: str) -> bool:
    han = len(re.findall(r"[\u4e00-\u9fff]", line))
    digits = len(re.findall(r"\d", line))
    if not (4 <= len(line) <= 40 and han >= 4 and han + digits >= len(line) * 0.6):
        return False
    return not re.search(r"[。；;！!？?，,：:]$", line)


GENRES = "通知|通告|公告|决定|意见|批复|函|办法|规定|方案|规划|计划|纲要|报告|讲话|决议|命令|细则|条例"
OFFICIAL_TITLE_END = re.compile(rf"(?:{GENRES})$")


def official_title(lines: list[str]) -> str:
    """An official document's title: 'X关于Y的通知', possibly wrapped over up to three lines."""
    for i, line in enumerate(lines):
        if "关于" not in line or re.search(r"[。；]", line) or len(line) > 60:
            continue
        parts = [line]
        for nxt in lines[i + 1:i + 3]:
            if OFFICIAL_TITLE_END.search(parts[-1]) or not nxt or re.search(r"[。；，：]", nxt):
                break
            parts.append(nxt)
        title = _unsegment(" ".join(parts))
        if OFFICIAL_TITLE_END.search(title):
            return title
    return ""


SUBTITLE_RE = re.compile(r"^[—－\-]{1,2}")
BREADCRUMB_RE = re.compile(r"^(?:首页|当前位置|您现在的位置|您的位置|位置)|\S\s*[>＞»›]\s*\S.*[>＞»›]")
BYLINE_RE = re.compile(r"^[（(]?(?:本报|本台|本网|新华社)?(?:特约)?(?:记者|通讯员|实习生)\s*[\u4e00-\u9fff]")
WEEKDAY_RE = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日]$|^第\s*\d{1,3}\s*版")  # a newspaper page's header
INFO_LINE_RE = re.compile(r"(?:来源|发布时间|发布日期|浏览次数|作者|责任编辑)\s*[:：]")
WORK_REPORT_SUBTITLE_RE = re.compile(r"^[—－\-]{1,2}\s*((?:19|20)\d{2})\s*年.{0,12}?在\s*"
                                     r"([\u4e00-\u9fff]{2,12}?(?:省|市|县|区|州|旗|盟))第[一二三四五六七八九十]+届人民代表大会")


# a speaker by offices alone (县委副书记、县长　林志远, 副市长 周明): no body named, the offices and the name
OFFICE_SPEAKER_RE = re.compile(r"^(?:[省市县区镇乡]委)?(?:副?书记、)?副?(?:省长|市长|县长|区长|镇长|乡长|书记)"
                               r"[\s\u3000]+[\u4e00-\u9fff·]{2,4}$")


def _not_title_part(line: str) -> bool:
    """A line that is never part of a title: a breadcrumb (首页 > 新闻中心), a line of issuing bodies, a speaker
    (X人民政府县长 姓名), a date line, a subtitle (——2024年1月10日在…), a web page's information line, a document
    number (岚政办发〔2024〕27号), a newspaper's page header (民生周刊 2022年6月15日 星期三), a byline
    (本报记者 刘海燕)."""
    return bool(BREADCRUMB_RE.search(line) or issuer_bodies(line) or SPEAKER_RE.match(line)
                or OFFICE_SPEAKER_RE.match(line)  # (县委副书记、县长　林志远)
                or DATE_LINE_RE.match(line.replace(" ", "")) or SUBTITLE_RE.match(line) or INFO_LINE_RE.search(line)
                or DOC_NUMBER_RE.fullmatch(line.strip().translate(FULL_WIDTH_DIGITS))  # (〔２０２５〕１５号)
                or WEEKDAY_RE.search(line) or BYLINE_RE.match(line) or SITE_NAME_RE.match(line.strip())
                or WECHAT_RE.match(line.strip())  # (点击上方蓝字关注我们, 原创 + account + minute: a WeChat article's)
                or MASTHEAD_RE.match(line.strip()))  # (督查通报（第9期）: a serial's masthead)


def infer_title(text: str) -> str:
    """The first title-like line of the text (breadcrumbs, issuing bodies and other furniture skipped), joined with
    the next line when the title is broken in two: without a space when the break cuts an official title (…体系 /
    建设实施方案, …《办法 / （征求意见稿）》意见的公告), with one between two parts of a headline; under a red
    header (X文件) the official title 'X关于Y的通知' instead. A work report's printed title 政府工作报告 takes the
    year and the government of its subtitle (2024年柘原县人民政府工作报告)."""
    lines = [line.strip() for line in text[:HEAD_CHARS].split("\n")]
    for i, line in enumerate(lines):
        if not line:
            continue
        if RED_HEADER.match(line):
            official = official_title(lines[i + 1:])
            if official or not any(_title_like(x) and not _not_title_part(x) for x in lines[i + 1:i + 6]):
                return official or line
            continue  # (a red header above a title that is no 关于…的通知: 澹溪县2025年河湖长制工作总结)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if _not_title_part(line) or (nxt and (WEEKDAY_RE.search(nxt) or WECHAT_RE.match(nxt))):
            # (民生周刊 above 2022年6月15日 星期三; a WeChat account's name above its follow prompt)
            continue
        if "关于" in line and OFFICIAL_TITLE_END.search(line) and len(line) <= 80 and not re.search(r"[。；]", line) \
                and not _open(line):
            return line  # an official title on one line, however long
        if _title_like(line) or (nxt and OFFICIAL_TITLE_END.search(line + nxt) and _open(line)):
            if nxt and not _not_title_part(nxt) and not re.search(r"[。，]", nxt.rstrip("。")):
                joined = line + nxt
                if OFFICIAL_TITLE_END.search(joined) and (_open(line) or not OFFICIAL_TITLE_END.search(line)) \
                        and len(joined) <= 80:
                    return joined  # an official title wrapped over two lines
                if _title_like(nxt) and len(line) + len(nxt) <= 40:
                    return f"{line} {nxt}"
            report = WORK_REPORT_SUBTITLE_RE.match(nxt) if line == "政府工作报告" else None
            if report:  # the printed title names no one: the year and the government of the congress it was read to
                return f"{report.group(1)}年{report.group(2)}人民政府工作报告"
            return line
        if len(re.findall(r"[\u4e00-\u9fff]", line)) > 40:
            break  # body text before any title line
    return official_title(lines)


def _open(line: str) -> bool:
    """A line that leaves a quotation or bracket open (关于公开征求《…办法): its title goes on."""
    return line.count("《") > line.count("》") or line.count("（") > line.count("）")


# the last words name the genre (…工作总结和2025年工作计划: a year's review and plan; 审计工作报告: an audit
# office's report to the congress; …规划纲要实施情况中期评估报告 is a report, not a plan)
ENDING_KINDS = (("work-report", re.compile("工作" + REVIEW_AND_PLAN_TAIL)),
                # the summary of a field's work (2025年防汛抗旱工作总结, 安全生产工作总结): a report on it; a body's
                # whole year (桂坪镇2024年工作总结) is left to the other signals
                ("report", re.compile(r"(?<!年)(?<!年度)工作总结$")),
                # a people's congress's or CPPCC's standing committee, a court or a procuratorate reports on its work:
                # a report, not the government's work report
                ("report", re.compile(r"(?:常务委员会|常委会|人民法院|人民检察院|法院|检察院)工作报告$")),
                # a statistics office announcing data (国家统计局某调查队关于2025年粮食产量数据的公告): a release of
                # statistics, not a notice
                ("statistics", re.compile(r"数据的?公告$")),
                # a survey team's report of a monitoring survey's results (2025年农民工监测调查报告): statistics
                ("statistics", re.compile(r"监测调查报告$|监测公报$")),  # (国民体质监测公报: a monitoring's results)
                # a period's figures released (2025年1—11月全市财政收支情况, 1—10月主要经济指标, 经济运行情况,
                # 2025年11月某市法定传染病疫情概况): data
                ("statistics", re.compile(r"(?:\d{1,2}\s*[—–\-－~至]\s*\d{1,2}\s*月|季度|上半年|\d{1,2}月份?)"
                                          r"[\u4e00-\u9fff]{0,8}(?:收支情况|主要(?:经济)?指标|运行情况|运行简况|数据"
                                          r"|疫情(?:概况|情况|简报))$")),
                # a period's operations circulated (2025年第三季度12345热线运行情况通报, 2024年度政务服务工作情况通报):
                # a report of the period, not a notice
                ("report", re.compile(r"(?:季度|上半年|下半年|\d{1,2}月份?|年度?)[\u4e00-\u9fff\d]{0,20}"
                                      r"(?:运行|工作|办理)情况的?通报$")),
                # the progress of a rectification or a task circulated (关于县委第五轮巡察集中整改进展情况的通报,
                # …整改落实情况的通报): a report on it, not a notice
                ("report", re.compile(r"(?:整改|进展|落实|推进)情况的?通报$")),
                # a year's white paper on a field and a period's analysis (…知识产权发展状况白皮书,
                # 2025年第三季度全市消费投诉举报情况分析): reports on it
                ("report", re.compile(r"白皮书$|情况分析$")),
                # (a publicity notice, 《…规划（2021—2035年）》批前公示: the notice of a plan, not the plan)
                ("notice", re.compile(r"(?:通知|通告|通报|公告|公示|决定|意见|批复|函|决议|命令)$")),
                ("plan", re.compile(r"(?:方案|规划|计划|纲要)$")),
                # a list of a year's projects or tasks (2026年十件民生实事项目清单, 2026年重点建设项目清单): the plan of
                # the year (a 权责清单 or 负面清单 names no projects)
                ("plan", re.compile(r"(?:项目|任务)清单$")),
                ("speech", re.compile(r"(?:讲话|致辞|发言)$")),
                ("policy", re.compile(r"(?:解读|答记者问|问答)$")),  # 《…办法》政策解读 explains a policy
                # (…城市体检报告（摘要）: a report's summary or abridged text is the report)
                ("report", re.compile(r"(?:(?<!工作)报告|审计工作报告)(?:[（(](?:摘要|简本|节选|全文)[）)])?$")),
                # a disclosure (2024年政府债务情况公开, 部门预算信息公开): what a body reports of its own accounts
                ("report", re.compile(r"(?:情况|信息)公开$")),
                # a department's budget or final accounts explained (2025年部门预算情况说明): its own accounts reported
                ("report", re.compile(r"(?:预算|决算)(?:情况|编制)?说明$")),
                # a department's final accounts or budget as published (2024年度部门决算, 2025年部门预算公开)
                ("report", re.compile(r"\d{4}年度?(?:部门|单位)(?:决算|预算)(?:公开)?$")),
                # a statistics office's periodic release (蔺州统计月报): statistics
                ("statistics", re.compile(r"统计(?:周报|旬报|月报|季报|年报)(?:[（(][^）)]{1,16}[）)])?$")),
                # a periodic report or a report form (空气质量周报, 政府网站工作年度报表): a body's report
                ("report", re.compile(r"(?:周报|旬报|月报|季报|年报|报表)(?:[（(][^）)]{1,16}[）)])?$")),
                ("other", re.compile(r"大事记$")))  # a chronicle (棠溪区2024年大事记): no news, no report


def infer_kind(text: str, title: str) -> str:
    for kind, pattern in ENDING_KINDS:  # the last word names the genre: 关于印发...方案的通知 is a notice
        if title and pattern.search(title):
            return kind
    for kind, pattern in TITLE_KINDS:
        if title and pattern.search(title):
            return kind
    head = text[:HEAD_CHARS]
    for kind, pattern in HEAD_KINDS:
        if pattern.search(head):
            return kind
    return ""


# a document number cited after the title of another document (《…的通知》（财预〔2018〕209号）) or as the basis of
# this one (根据…号文件): that document's, not this one's
CITED_NUMBER_BEFORE = re.compile(r"(?:》\s*[（(]|根据|按照|依据|依照|参照|执行)\s*$")
CITED_NUMBER_OPENING = re.compile(r"(?:根据|按照|依据|依照|参照|执行)")


# a number in brackets after the words of a running paragraph (…依法对孟某某等9人提起公诉（岑检刑诉〔2025〕88号），…):
# a case's or another document's, cited; a document's own stands on a line of its own or under its title
# (…销售侵犯注册商标专用权商品案”（滢市监处罚〔2025〕112号）入选…: after a case's quoted name too; in a hard-wrapped
# PDF's short lines, a number well past the head is in the body)
CASE_IN_TEXT = re.compile(r"[\u4e00-\u9fff”’」』][（(]\s*$")
# (注：1.本公报数据来源于…统计年报（桐文旅统〔2026〕3号）: the source a note cites, however short its line)
NOTE_LINE = re.compile(r"^\s*(?:注|说明|备注|资料来源|数据来源)\s*[：:\d]")


def _case_in_paragraph(text: str, at: int) -> bool:
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    return (len(line) > 60 or at > HEAD_CHARS or bool(NOTE_LINE.match(line))) and bool(CASE_IN_TEXT.search(
        text, max(start, at - 3), at))


def infer_doc_number(text: str) -> str:
    """The document's number (澄人社发〔2026〕9号), full-width digits as typed in a red-head line (〔２０２６〕９号)
    read as ASCII ones."""
    text = text.translate(FULL_WIDTH_DIGITS)  # (one character for one: positions unchanged)
    m = next((m for m in DOC_NUMBER_RE.finditer(text)
              if not CITED_NUMBER_BEFORE.search(text[max(0, m.start() - 12):m.start()])
              and not CITED_NUMBER_OPENING.match(m.group()) and not _case_in_paragraph(text, m.start())), None)
    if not m:
        return ""
    value = re.sub(r"\s+", "", m.group())
    value = re.sub(r"[［\[【(（](\d{4})[］\]】)）]", r"〔\1〕", value)
    return value


def infer(text: str, hints: str = "") -> Guess:
    """What the text suggests; ``hints``: who the format says published it (infer_region)."""
    if is_segmented(text):
        text = "\n".join(_unsegment(line) for line in text.split("\n"))
    guess = Guess()
    guess.set("date", infer_date(text))
    guess.set("region", infer_region(text, hints))
    title = infer_title(text)
    guess.set("kind", infer_kind(text, title))
    guess.set("title", title)
    # (来源：县农业农村局 on a county's page: the bureau of that county, named in full)
    issuer = infer_issuer(text, guess.values.get("region", ""))
    guess.set("issuer", complete_body(issuer, guess.values.get("region", "")) if issuer else issuer)
    guess.set("doc_number", infer_doc_number(text))
    m = ISSUE_RE.search(text[:HEAD_CHARS])
    if m and guess.values.get("kind") == "gazette":
        guess.issue = str(int(m.group(1)))
        year = guess.values.get("date", "")[:4]
        total = re.search(r"总\s*第\s*(\d+)\s*期", text[:HEAD_CHARS])
        source = f"{title} {year}年第{guess.issue}期" if title and year else ""
        if source and total:
            source += f"（总第{total.group(1)}期）"
        guess.set("source", source)
    elif site := next((line.strip() for line in text[:HEAD_CHARS].split("\n")[:6]
                       if SITE_NAME_RE.match(line.strip())), ""):
        guess.set("source", site)  # a page pasted with its site's name on top (青潭县人民政府门户网站): the website
    return guess


# ---------------------------------------------------------------- writing


def default_name(guess: Guess) -> str:
    year = guess.values.get("date", "")[:4] or "undated"
    region = region_pinyin(guess.values["region"]) if guess.values.get("region") else "unknown"
    kind = KIND_SLUGS.get(guess.values.get("kind", ""), "bulletin")
    slug = f"{kind}-{guess.issue}" if guess.issue else kind
    return f"{year}-{region}-{slug}"


def _yaml_value(value: str) -> str:
    dumped = yaml.safe_dump(value, allow_unicode=True, width=10000, default_style=None).strip()
    return dumped.removesuffix("\n...").removesuffix("...").strip()


def metadata_text(guess: Guess, raw_name: str) -> str:
    """The metadata YAML: inferred values marked TODO, required keys that could not be inferred left empty."""
    lines = [f"# Metadata of this bulletin (see CONTRIBUTING.md). Pre-filled by 'python -m build_tools new' from "
             f"{raw_name}:", "# check every line marked TODO, correct it if needed, then delete the '# TODO' comment."]
    hints = {"date": "the publication date: 2023-11-05, 2023-11 or 2023",
             "region": "the city or county in Chinese, e.g. 朝阳市",
             "kind": f"one of: {', '.join(meta.KINDS)}",
             "source": "the publication: newspaper and date, gazette issue, website",
             "title": "the title, if the text has one", "issuer": "the issuing body, e.g. 朝阳市人民政府办公室",
             "doc_number": "the document number, e.g. 朝政办发〔2023〕30号",
             "source_url": "the web address of the original, if any"}
    for key in meta.REQUIRED + ("title", "issuer", "doc_number", "source_url"):
        value = guess.values.get(key, "")
        if value:
            shown = value if key == "date" else _yaml_value(value)
            todo = STATED.format(guess.stated[key]) if key in guess.stated else TODO
            lines.append(f"{key}: {shown}  {todo}" if key in guess.inferred else f"{key}: {shown}")
        elif key in meta.REQUIRED:
            lines.append(f"{key}:   # TODO fill in: {hints[key]}")
        else:
            lines.append(f"# {key}:   ({hints[key]})")
    return "\n".join(lines) + "\n"


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def complete_body(body: str, region: str) -> str:
    """A body a file's properties name without its place (市民政局办公室), completed with the region (昭溪市民政局):
    the office inside a bureau that typed the file is not the issuer, the bureau is."""
    if region and body[:1] in "市县区州旗盟" and region.endswith(body[0]):
        body = region + body[1:]
    return re.sub(r"(?<=[局委])办公室$", "", body)


def apply_format_metadata(guess: Guess, decoded: ingest.Decoded) -> None:
    """What the format states overrides what the text suggests: a CMS's ArticleTitle and PubDate, the
    publication-information table's 发文字号, front matter, a DOCX's or PDF's title (when it reads as one)."""
    found, origin = decoded.metadata, FORMAT_ORIGINS.get(decoded.format, "file's metadata")
    title = found.get("title", "")
    if 4 <= len(re.findall(r"[\u4e00-\u9fff]", title)) and len(title) <= 120:
        stale = " ".join(found.get("title_property", "").split())
        guess.state("title", title, f"document's title paragraph (its {origin} say: {stale})" if stale else origin)
        kind = infer_kind(decoded.text, title)
        if kind:
            guess.set("kind", kind)
    if found.get("date") and decoded.format in ("html", "markdown") and meta.check_date(found["date"]) is None \
            and not DELIVERED_RE.search(decoded.text[:HEAD_CHARS].translate(FULL_WIDTH_DIGITS)):
        guess.state("date", found["date"], origin)  # a web page's publication date (not a report's: ——…日在…会议上)
    created, said = found.get("created", ""), guess.values.get("date", "")
    if len(created) == 10 and meta.check_date(created) is None and len(said) == 7 and created.startswith(said):
        # a PDF or DOCX signed with a month (2026年4月) and created on a day of it: that day
        guess.state("date", created, f"{origin} (created on a day of the month its signature names)")
    author = found.get("author", "") if ORG_RE.search(found.get("author", "")) else ""
    text_issuers = re.split(r"[、\s]+", guess.values.get("issuer", "").strip())
    if found.get("issuer") and found["issuer"] == "".join(text_issuers) + "办公室":
        pass  # (岫川县人民政府办公室 posting the 岫川县人民政府's work report: the body the text names issued it)
    elif found.get("issuer") and not (len(text_issuers) > 1 and found["issuer"] in text_issuers):
        # (the page's publisher is one of the joint issuers the text names under its title: the text says more)
        guess.state("issuer", found["issuer"], origin)
    elif not guess.values.get("issuer") and (outlet := reporting_outlet(decoded.text, found.get("source", ""))
                                             or media_centre(found.get("outlet", ""))):
        guess.state("issuer", outlet, origin)  # a news page's outlet (临溪区融媒体中心), the reporter's
    elif author and not guess.values.get("issuer"):
        # a file's author (the office that typed it) only when the text names no issuer of its own
        guess.state("issuer", complete_body(author, guess.values.get("region", "")), origin)
    for key in ("doc_number", "source"):
        if found.get(key):
            guess.state(key, found[key], origin)
    if found.get("source_url"):
        guess.state("source_url", found["source_url"], origin)
    if "kind" not in guess.values and found.get("type") == "news":
        guess.state("kind", "news", origin)  # og:type of a news portal's article
    issued_by = guess.values.get("issuer", "")
    if "kind" not in guess.values and STATS_OFFICE_RE.search(issued_by):
        # a statistics office's own page with no genre word in its title (前三季度全省经济运行稳中有进): a release
        guess.set("kind", "statistics")
    if "kind" not in guess.values and decoded.format == "html" and title and not GENRE_WORD_RE.search(title):
        # a portal's page headlined 1—10月我市外贸进出口保持稳定增长 (no genre word): a news item, to confirm
        guess.set("kind", "news")


def _taken(seeds: Path, name: str, keep: Path | None) -> Path | None:
    """An existing source (any format) or metadata file with this name, other than ``keep``, or an entry whose name
    would collide with it (sources.collision_key: case, '.'/'-', Unicode form), link or not."""
    key = collision_key(name)
    for entry in scan(seeds):
        if collision_key(entry.path.stem) == key and not (keep is not None and _same_file(entry.path, keep)):
            return entry.path
    return None


def new_bulletin(raw: str | Path, seeds: str | Path = "seeds", name: str | None = None,
                 out: TextIO | None = None) -> int:
    """Add ``raw`` (a file or a web address) to ``seeds`` with its metadata. Returns the exit status (0 done,
    1 refused). Raises InputError (unreadable file or page) for the CLI to report."""
    out = out or sys.stdout
    seeds = Path(seeds)
    url = ""
    if is_url(str(raw)):
        fetched = fetch(str(raw))
        url, data, label = fetched.url, fetched.data, str(raw)
        decoded = ingest.read_data(data, str(raw), fetched.suffix)
        raw_path: Path | None = None
    else:
        raw_path = Path(raw)
        data = ingest.read_bytes(raw_path, ingest.limit_for(raw_path))
        decoded = ingest.read_data(data, str(raw_path))  # raises InputError (empty, damaged, too large ...)
        label = raw_path.name
    guess = infer(decoded.text, "\n".join(decoded.metadata.get(k, "") for k in ("source", "issuer", "author")))
    apply_format_metadata(guess, decoded)
    if url:
        guess.values["source_url"] = url  # where it was fetched from: a fact, not a guess
        if "source_url" in guess.inferred:
            guess.inferred.remove("source_url")
    if name:
        name = re.sub(r"\.(txt|md|html?|pdf|docx|ya?ml)$", "", name)
        if not NAME_RE.match(name):
            raise InputError(Problem(str(name), "the name may contain only lower-case letters, digits and hyphens",
                                     f"for example: --name {default_name(guess)}"))
    else:
        name = default_name(guess)
    suffix = FORMAT_SUFFIXES.get(decoded.format, ".txt")
    source_path, meta_path = seeds / f"{name}{suffix}", seeds / f"{name}.yml"
    in_place = raw_path is not None and _same_file(raw_path, source_path)
    taken = _taken(seeds, name, source_path if in_place else None)
    if taken is not None:
        out.write(f"{taken}: error: this file already exists; nothing was written\n"
                  f"    fix: choose another name with --name (e.g. --name {name}-2), or edit {taken} by hand\n")
        return 1
    if not in_place:
        if decoded.format == "text":
            atomic_write_text(source_path, decoded.text)
        else:
            atomic_write_bytes(source_path, data)  # the original as published
    atomic_write_text(meta_path, metadata_text(guess, label))
    if in_place:
        wrote = ""
    elif decoded.format == "text":
        wrote = (f"wrote {source_path} (UTF-8, {len(decoded.text)} characters"
                 + (f", converted from {decoded.encoding}" if decoded.encoding != "utf-8" else "") + ")\n")
    else:
        wrote = (f"wrote {source_path} (the original {decoded.format.upper()}, {len(data)} bytes; "
                 f"{len(decoded.text)} characters of text, {len(decoded.dropped)} page parts left out)\n")
    out.write(wrote + f"wrote {meta_path}\n")
    for key in meta.REQUIRED + ("title", "doc_number", "source_url"):
        value = guess.values.get(key)
        if key == "source_url" and not value:
            continue
        shown = (f"{value}   (guessed: please confirm)" if key in guess.inferred else value) if value \
            else "(not found: please fill in)"
        out.write(f"    {key + ':':12} {shown}\n")
    out.write("next: open the metadata file, check every value marked TODO and delete the comment, then run "
              f"'python -m build_tools lint {source_path}'\n")
    if raw_path is not None and raw_path.parent.resolve() == seeds.resolve() and not in_place:
        out.write(f"note: {raw_path} is also in {seeds}/: delete it, it has been copied to {source_path}\n")
    return 0

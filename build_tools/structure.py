"""Stage 3: split a cleaned source into its documents, with titles, bylines, headings and metadata.

Document boundaries (general layout and genre conventions):
- an official document's letterhead (…文件) or document number (…〔2023〕30号) starts a document, whose
  title follows the number;
- a headline followed by a byline (本报记者 …, 市委书记 …) or by a speech's date note starts an article;
- after a document's closing (signature, date, publication note) a new headline starts a document; when the
  closed document names it in 《》, the new one is its attachment (``parent``); a table attached there (附表：…)
  is the document's own, under a top-level heading;
- in a page whose paragraphs are not indented, an indented block starts a new article (a new text frame);
- a headline whose lead paragraph is set wider than the body that follows starts a news article.
One document stays one document: section headings (一、, （一）, 1., 第一章, 第二部分, captions 表1 …, table rows)
are never headlines; a date line before any body text is front matter, not a closing; and inside a document whose
title names a sectioned genre (统计公报, 工作报告, 规划, 方案, 纲要, 意见, 办法, 讲话 …) the layout cues of a page of
articles (an indented block, a wide lead) never start a new document: only a letterhead, a document number, an
attachment, a headline after the document's closing, or a headline with a byline do. Nothing in a document's front
matter (before its first sentence of text: title, byline, a number printed under the title) starts another one.
Headings get levels from their markers in the order of official documents (unmarked, 一、, （一）, 1., （1））;
a numbered heading run into its paragraph (（一）经济运行保持良好增势。我们…) is split off as a run-in heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .clean.breaks import is_heading_like
from .clean.text import (
    ADDRESSEE_RE,
    DOC_NUMBER_TAIL,
    REVIEW_AND_PLAN_TAIL,
    cjk_count,
    ends_paragraph,
    is_byline,
    marker_of,
)
from .model import Block, Document, Paragraph, Source

LETTERHEAD_RE = re.compile(r"^(.{2,30}?)文件$")
DOC_NUMBER_RE = re.compile(rf"^[\u4e00-\u9fff]{{1,12}}{DOC_NUMBER_TAIL}$")
DATE_LINE_RE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
DATE_NOTE_RE = re.compile(r"^（(\d{4})年(\d{1,2})月(\d{1,2})日[，,、]?[^）]*）$")
NOTE_RE = re.compile(r"^（[^（）]*(公开|发布|印发|此件|联系人|掌声|笑声|鼓掌)[^（）]*）$"
                     r"|^(数据来源|资料来源|来源|稿件来源)[：:]|^[^。！？]{0,40}[（(][^（）()]{0,20}摄[）)]$"
                     r"|^附件\s*\d*\s*[：:]"  # (a photo's caption: 签约仪式现场（记者 吴丹 摄）)
                     # an official document's colophon (版记, GB/T 9704): the copies sent, the office that printed it
                     r"|^抄送[：:]|^[\u4e00-\u9fff（）()]{2,30}\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$")
ATTACHMENT_RE = re.compile(r"^附件\s*\d*$")
# a field of an official document's header (GB/T 9704 版头: 份号, 密级, 紧急程度; 签发人 of a report or reply; the
# category 类别：A of a reply to a deputy's suggestion; 公开属性): front matter, never a title or a heading
HEADER_FIELD_RE = re.compile(
    r"^(?:份号|密级|紧急程度|签发人|类别|公开类别|公开属性|公开方式|办理结果)\s*[：:]\s*\S{1,12}$")
# a table attached to a document after its closing (附表：2025年汛期主要雨量站降雨情况, 附表2 …): part of it
ANNEX_TABLE_RE = re.compile(r"^附表\s*\d*\s*[：:\s]?(?=\S)")
# the masthead of a serial (督查通报（第9期）, 工作简报 第12期): the issue over a document, never its title
ISSUE_RE = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:通报|简报|专报|快报|动态|信息)\s*[（(]?\s*第\s*[\d０-９]{1,4}\s*期"
                      r"\s*[）)]?$")
CAPTION_RE = re.compile(r"^(图|表)\s*\d+")
# the title of a table on the line before it, numbered as an attachment (附件：2025年度…实施情况表（部分）, 附件2 …
# 一览表): the table's caption, not the list of attachments (附表… lines are headings: ANNEX_TABLE_RE)
TABLE_TITLE_RE = re.compile(
    r"^附件\s*\d*\s*[：:]?\s*[^。；！？]{2,60}?(?:表|一览|清单)\s*(?:[（(][^（）()]{1,12}[）)])?$")
TITLE_SUFFIX_RE = re.compile(
    r"^[（(](征求意见稿|试行|暂行|草案|修订|修订稿|送审稿|讨论稿|\d{4}\s*[—–-]\s*\d{4}\s*年?)[）)]$")
SUBTITLE_DATE_RE = re.compile(r"^——.*?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
PAGE_DATE_RE = re.compile(r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
SPEAKER_BYLINE_RE = re.compile(r"(书记|市长|县长|区长|主任|局长|部长|厅长|省长|主席|镇长|乡长)[\s\u3000]+(\S{2,4})$")
ORG_END_RE = re.compile(r"(人民政府|政府|办公室|办公厅|委员会|局|厅|部|院|中心|公司|集团|小组|指挥部)$")
# Headings of the parts of one document: 第一章, 第二节, 第三部分, 第四篇 (chapters of plans and regulations).
PART_HEADING_RE = re.compile(r"^第[一二三四五六七八九十百零〇两\d]{1,4}\s*[章节部分篇编]")
# Notes inside a document (注：, 注释, 说明：): never the start of another one.
INNER_NOTE_RE = re.compile(r"^(注\d*|注释|说明|备注)\s*[：:]")
# Titles of genres that are one document divided into sections (a communiqué, a report, a plan, a speech ...);
# a parenthesised suffix such as （2021—2025年） or （征求意见稿） may follow.
SECTIONED_TITLE_RE = re.compile(
    r"(公报|报告|规划|纲要|方案|计划|意见|办法|规定|细则|条例|讲话|致辞|发言|要点|白皮书)(\s*[（(][^（）()]{1,20}[）)])?$")
SPEECH_TITLE_RE = re.compile(r"^(.{2,4}?)(同志)?在.{2,80}(讲话|致辞|发言|报告|主持词)$")
GENRES = (
    ("通知", "notice"), ("实施方案", "plan"), ("方案", "plan"), ("规划", "plan"), ("计划", "plan"), ("要点", "plan"),
    ("纲要", "plan"), ("意见", "opinion"),
    ("办法", "regulation"), ("规定", "regulation"), ("细则", "regulation"), ("决定", "decision"),
    ("讲话", "speech"), ("致辞", "speech"), ("发言", "speech"), ("报告", "report"), ("通报", "bulletin"),
    ("公告", "announcement"), ("批复", "reply"), ("函", "letter"),
)
# a year's review with the plan of the next (…工作总结和2026年工作计划, …总结及…打算): a report, not a plan
REVIEW_AND_PLAN_RE = re.compile(REVIEW_AND_PLAN_TAIL)
# Unmarked headings rank below numbered ones (专栏 boxes, captions), and are level 1 when alone.
MARKER_ORDER = ("zh-dun", "zh-paren", "digit-dot", "digit-paren", "unmarked")
RUN_IN_MAX = 45  # characters of a numbered first sentence that can be a run-in heading
# a first sentence stating an amount, price or share in more than one clause (…票价40元/人，…)
RUN_IN_FIGURES_RE = re.compile(r"\d\s*(?:元|%|％|万|亿)[^。！？]*[，,；;]|[，,；;][^。！？]*\d\s*(?:元|%|％|万|亿)")
SENTENCE_MARK_RE = re.compile(r"[。！？]")
INNER_SENTENCE_END_RE = re.compile(r"[。！？](?!$)")
PAREN_NOTE_RE = re.compile(r"[（(][^（）()]{1,20}[）)]")
WHITESPACE_RE = re.compile(r"\s+")
AFTER_SENTENCE_RE = re.compile(r"(?<=[。！？])")
AFTER_COMMA_RE = re.compile(r"(?<=，)")
TRADITIONAL_HINT_RE = re.compile(r"[號於辦會門關發廳區縣記員導講]")  # common characters that only Traditional uses


@lru_cache(maxsize=8192)
def _s(text: str) -> str:
    """Simplified-Chinese form of a line, for matching the conventions below in Traditional texts too."""
    return _converter().convert(text) if TRADITIONAL_HINT_RE.search(text) else text


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s.json")


@dataclass
class _Doc:
    blocks: list[Block]
    title: str = ""
    title_inferred: bool = False
    byline: str = ""
    issuer: str = ""
    doc_number: str = ""
    signed: str = ""
    speech_date: str = ""
    subtitle: str = ""
    parent_index: int = -1
    attachment: bool = False


def _iso(y: str, m: str, d: str) -> str:
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


def _is_closing(text: str) -> bool:
    """A document's last line: its date, or a publication note such as （此件公开发布）."""
    return bool(DATE_LINE_RE.match(text) or (NOTE_RE.match(_s(text)) and text.startswith("（")))


def _is_headline(text: str) -> bool:
    """Could start a document as its title: heading-like, and not a section heading, caption, table row, date or
    note."""
    return (is_heading_like(text) and not marker_of(text) and "\t" not in text and not DATE_LINE_RE.match(text)
            and not PART_HEADING_RE.match(_s(text)) and not CAPTION_RE.match(text)
            and not NOTE_RE.match(_s(text)) and not DATE_NOTE_RE.match(_s(text)))


def _sectioned(doc: _Doc | None, headline: list[bool], first: int) -> bool:
    """Whether ``doc`` (starting at block ``first``) is titled as a sectioned genre (a communiqué, report, plan,
    speech ...): its sections are never documents of their own."""
    if doc is None:
        return False
    titles = [b.text for k, b in enumerate(doc.blocks[:3]) if headline[first + k]]
    return any(SECTIONED_TITLE_RE.search(_s(WHITESPACE_RE.sub("", t))) for t in titles)


def _bracketed(text: str) -> bool:
    """A line wholly in brackets: a note, never a title."""
    t = text.strip()
    return t[:1] in "（(" and t[-1:] in "）)" and t.count("（") + t.count("(") == 1


def _wide_lead(blocks: list[Block], i: int) -> bool:
    """blocks[i] is a headline whose lead (i+1) is set much wider than the body after it (i+2)."""
    if i + 2 >= len(blocks):
        return False
    lead, body = blocks[i + 1], blocks[i + 2]
    return lead.n_lines >= 2 and body.n_lines >= 2 and lead.width >= 1.5 * body.width


def _has_body(doc: _Doc | None) -> bool:
    """A document has started its text (so a new headline starts another document)."""
    return doc is None or any(cjk_count(b.text) >= 20 and SENTENCE_MARK_RE.search(b.text) for b in doc.blocks)


def _split_documents(blocks: list[Block]) -> list[_Doc]:
    docs: list[_Doc] = []
    # Indents mark new text frames only where paragraphs are not indented as a rule (never two in a row).
    sparse_indents = not any(a.indented and b.indented for a, b in zip(blocks, blocks[1:], strict=False))
    indented_share = sum(b.indented for b in blocks) / max(1, len(blocks))
    # Which blocks are headlines, worked out once (the rules look at each block as itself and as a neighbour).
    headline = [_is_headline(b.text) for b in blocks] + [False]  # no block after the last
    current: _Doc | None = None
    first = 0  # index of the current document's first block
    sectioned = False  # the current document is one of a sectioned genre (see _sectioned)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        text = b.text
        nxt = blocks[i + 1].text if i + 1 < len(blocks) else ""
        prev = blocks[i - 1].text if i else ""
        start = None
        # (a numbered section head ending in 文件, 三、获取招标文件, is no letterhead)
        if LETTERHEAD_RE.match(text) and not marker_of(text) and (DOC_NUMBER_RE.match(_s(nxt)) or headline[i + 1]):
            start = "letterhead"
        elif ATTACHMENT_RE.match(text) and headline[i + 1]:
            start = "attachment"
        elif DOC_NUMBER_RE.match(_s(text)) and (_has_body(current) or (prev and _is_closing(prev))):
            start = "number"  # a number under a letterhead or a title (web copies print it there) is theirs
        elif headline[i] and (is_byline(nxt) or DATE_NOTE_RE.match(_s(nxt))) and _has_body(current):
            start = "headline"
        elif headline[i] and prev and _is_closing(prev) and nxt and not DATE_LINE_RE.match(nxt) \
                and _has_body(current) and not ANNEX_TABLE_RE.match(_s(text)) and not _bracketed(text):
            start = "headline"  # (附表：… after the closing is the document's own table; a last line or a
            # bracketed line there, （…将依法向社会公示本决定）, is its closing note: neither starts a document)
        elif sectioned:
            pass  # layout cues of a page of articles do not cut a communiqué, report or plan into pieces
        elif not _has_body(current):
            pass  # still in the front matter (title, byline, number): nothing there starts another document
        elif (b.indented and sparse_indents and indented_share < 0.2 and not NOTE_RE.match(_s(text))
              and not INNER_NOTE_RE.match(_s(text)) and not _signs(text, nxt)):
            # (a right-aligned signature above its date, read as indented, closes the document: it starts none)
            start = "indent"
        elif headline[i] and _wide_lead(blocks, i):
            start = "headline"
        if start or current is None:
            current = _Doc(blocks=[])
            docs.append(current)
            first = i
        current.blocks.append(b)
        if len(current.blocks) <= 3:
            sectioned = _sectioned(current, headline, first)
        i += 1
    return [d for d in docs if d.blocks]


def _take_front_matter(doc: _Doc, meta_title: str, first: bool) -> list[Block]:
    """Consume letterhead, number, title, byline, issuer and dates from the start of a document.

    Notes that carry a date (（2022年1月10日）, ——2022年1月6日在…上) set the date and stay in the text."""
    blocks = list(doc.blocks)
    kept: list[Block] = []
    while blocks:
        text = blocks[0].text
        nxt = blocks[1].text if len(blocks) > 1 else ""
        m = LETTERHEAD_RE.match(text)
        if ATTACHMENT_RE.match(text) and not doc.title:
            doc.attachment = True
        elif ISSUE_RE.match(_s(text)) and not doc.title:
            pass  # (涔阳督查通报（第9期） over the number and the title: the serial's masthead)
        elif HEADER_FIELD_RE.match(_s(text)) and not doc.title:
            pass  # (类别：A over the letterhead, 签发人：… beside the number: fields of the header)
        elif m and not doc.issuer and not doc.title:
            doc.issuer = m.group(1)
        elif (not doc.title and not doc.issuer and ORG_END_RE.search(_s(text)) and cjk_count(text) <= 16
              and len(_s(nxt)) > len(_s(text)) and _s(nxt).startswith((_s(text), "关于")) and _is_headline(nxt)):
            # (蓼川县人民政府 over 蓼川县人民政府森林防火命令, 某县审计局 over 关于…审计结果的公告: the issuer heading
            # its title, which repeats it or is a 关于… title)
            doc.issuer = _s(text)
        elif (not doc.title and not doc.issuer and ORG_END_RE.search(_s(text)) and cjk_count(text) <= 16
              and DOC_NUMBER_RE.match(_s(nxt))):
            doc.issuer = _s(text)  # (澹溪县水利局 over 澹水函〔2026〕19号: a letterhead printed without 文件)
        elif DOC_NUMBER_RE.match(_s(text)) and not doc.doc_number:
            doc.doc_number = WHITESPACE_RE.sub("", text)
        elif not doc.title and _is_headline(text):
            doc.title = text
        elif doc.title and TITLE_SUFFIX_RE.match(text) and not (doc.byline or doc.speech_date):
            doc.title += text
        elif doc.title and is_byline(text) and not doc.byline:
            doc.byline = text
        elif doc.title and SUBTITLE_DATE_RE.match(text) and not doc.speech_date:
            doc.speech_date = _iso(*SUBTITLE_DATE_RE.match(text).groups()[:3])
            doc.subtitle = text
        elif doc.title and DATE_NOTE_RE.match(_s(text)) and not doc.speech_date:
            doc.speech_date = _iso(*DATE_NOTE_RE.match(_s(text)).groups()[:3])
            kept.append(blocks[0])
        elif (doc.title and not doc.issuer and ORG_END_RE.search(_s(text)) and cjk_count(text) <= 16
              and not DATE_LINE_RE.match(nxt)):
            doc.issuer = text
        else:
            break
        blocks.pop(0)
    if not doc.title:
        if first and meta_title:
            doc.title = meta_title
        else:
            doc.title = _infer_title(blocks)
            doc.title_inferred = True
    return kept + blocks


def _infer_title(blocks: list[Block]) -> str:
    """A title for a document printed without one: its first clauses, marked as inferred."""
    text = next((b.text for b in blocks if cjk_count(b.text) >= 10), blocks[0].text if blocks else "")
    first = AFTER_SENTENCE_RE.split(text)[0]
    if len(first) <= 32:
        return first.rstrip("。")
    clauses = AFTER_COMMA_RE.split(first)
    title = ""
    for c in clauses:
        if len(title) + len(c) > 32 and title:
            break
        title += c
    return title.rstrip("，") + "……"


# a field of a form-like list (时间：…, 预算金额：486.5万元, 项目编号：…, 联系人：…): its label names a slot, no section
FIELD_LINE_RE = re.compile(r"[\u4e00-\u9fff]{0,8}(?:时间|日期|地点|地址|方式|金额|限价|价格|编号|名称|期限|电话|联系人"
                           r"|数量|预算)\s*[：:]\s*\S")


def _heading_class(text: str) -> str | None:
    if PAREN_NOTE_RE.fullmatch(text):
        return None  # a parenthesised note such as （共6项）
    if not marker_of(text) and FIELD_LINE_RE.match(text):
        return None  # 预算金额：486.5万元: a field's value, body text
    return marker_of(text) or ("unmarked" if is_heading_like(text) else None)


def _split_run_in(text: str) -> tuple[str, str] | None:
    """（一）经济运行保持良好增势。我们… -> ("（一）经济运行保持良好增势。", "我们…")."""
    if not marker_of(text):
        return None
    m = SENTENCE_MARK_RE.search(text)
    if not m or m.end() >= len(text) or m.end() > RUN_IN_MAX + 6:
        return None
    if RUN_IN_FIGURES_RE.search(text, 0, m.end()):
        return None  # （二）观光车往返票价40元/人，…不变。购买…: a first sentence of figures and clauses is no heading
    return text[: m.end()], text[m.end():]


def _role(blocks: list[Block], idx: int) -> str:
    """The role of a block in its document: body, or one of the parts of an official document."""
    text = blocks[idx].text
    nxt = blocks[idx + 1].text if idx + 1 < len(blocks) else ""
    if DATE_LINE_RE.match(text):
        return "date"
    if "\t" in nxt and "\t" not in text and TABLE_TITLE_RE.match(_s(text)) and cjk_count(text) <= 60:
        return "caption"  # (附件：…情况表 over its table is its caption, not the list of attachments)
    if NOTE_RE.match(_s(text)) or DATE_NOTE_RE.match(_s(text)) or SUBTITLE_DATE_RE.match(text):
        return "note"
    if text.endswith("：") and ADDRESSEE_RE.search(_s(text)) and cjk_count(text) <= 60 and idx <= 1:
        return "addressee"
    if ORG_END_RE.search(_s(text)) and cjk_count(text) <= 16 and DATE_LINE_RE.match(nxt):
        return "signature"
    if DATE_LINE_RE.match(nxt) and _joint_issuers(text):
        return "signature"  # 中共某镇委员会　　某镇人民政府 above the date: two issuers signing on one line
    after = blocks[idx + 2].text if idx + 2 < len(blocks) else ""
    if ORG_END_RE.search(_s(text)) and 4 <= cjk_count(text) <= 24 and ORG_END_RE.search(_s(nxt)) and \
            4 <= cjk_count(nxt) <= 24 and DATE_LINE_RE.match(after):
        return "signature"  # the same two issuers on two lines (中共…领导小组办公室 / …局 / 2025年12月22日)
    if is_byline(text):
        return "byline"
    if "\t" in text:
        return "table"
    if CAPTION_RE.match(text) and cjk_count(text) <= 40 and not SENTENCE_MARK_RE.search(text):
        return "caption"
    return "body"


def _signs(text: str, nxt: str) -> bool:
    """The line names the issuer or issuers signing above the closing date (…厅　　…厅 / 2025年8月26日)."""
    return bool(DATE_LINE_RE.match(nxt)) and (bool(_joint_issuers(text)) or (
        bool(ORG_END_RE.search(_s(text))) and 4 <= cjk_count(text) <= 32))


def _joint_issuers(text: str) -> list[str]:
    """The issuers of a signature line naming two or more bodies apart by spaces (中共泷岱县蕖阳镇委员会　　泷岱县蕖阳镇
    人民政府), each one a signature's length; [] otherwise."""
    parts = text.split()
    if len(parts) == 1:  # (the spaces lost in conversion: 砚川省退役军人事务厅砚川省财政厅, each part opening with the
        # region's name, split where the second begins)
        parts = next(([text[:i], text[i:]] for i in range(4, len(text) - 3)
                      if text[i:i + 2] == text[:2] and ORG_END_RE.search(text[:i])), parts)
    ok = len(parts) >= 2 and all(ORG_END_RE.search(p) and 4 <= cjk_count(p) <= 16 for p in parts)
    return parts if ok else []


def _paragraphs(doc: _Doc, blocks: list[Block]) -> list[Paragraph]:
    roles = [_role(blocks, i) for i in range(len(blocks))]
    classes = [_heading_class(b.text) if role == "body" else None for b, role in zip(blocks, roles, strict=True)]
    classes = [c if c != "unmarked" or not ends_paragraph(b.text) else None
               for b, c in zip(blocks, classes, strict=True)]
    classes = _demote_list_items(blocks, classes)
    present = [c for c in MARKER_ORDER if c in classes]
    level = {c: min(4, present.index(c) + 1) for c in present}
    paras: list[Paragraph] = []

    def add(text: str, heading: int = 0, role: str = "body", run_in: bool = False, lines=(0, 0)) -> None:
        paras.append(Paragraph(id=f"p{len(paras) + 1}", text=text, heading=heading, run_in=run_in, role=role,
                               lines=lines))

    for b, cls, role in zip(blocks, classes, roles, strict=True):
        if role == "date" and not doc.signed:
            doc.signed = _iso(*DATE_LINE_RE.match(b.text).groups())
        if role == "signature":
            joint = paras and paras[-1].role == "signature" and doc.issuer == paras[-1].text
            doc.issuer = f"{doc.issuer}、{b.text}" if joint else (
                doc.issuer or "、".join(_joint_issuers(b.text)) or b.text)
        if role == "table":
            row = b.text.split("\t")
            if paras and paras[-1].role == "table":  # rows of one table
                paras[-1].cells.append(row)
                paras[-1].lines = (paras[-1].lines[0], b.lines[1])
            else:
                add("", role="table", lines=b.lines)
                paras[-1].cells = [row]
            paras[-1].text = "\n".join(" | ".join(r) for r in paras[-1].cells)
        elif role != "body":
            add(b.text, role=role, lines=b.lines)
        elif cls and cls != "unmarked" and (run_in := _split_run_in(b.text)):
            add(run_in[0], heading=level[cls], role="heading", run_in=True, lines=b.lines)
            add(run_in[1], lines=b.lines)
        elif cls:
            # an attached table's heading (附表：…) closes the sections before it: it is the top level
            top = cls == "unmarked" and ANNEX_TABLE_RE.match(_s(b.text))
            add(b.text, heading=1 if top else level[cls], role="heading", lines=b.lines)
        else:
            add(b.text, lines=b.lines)
    return paras


def _single_sentence(text: str) -> bool:
    return ends_paragraph(text) and not INNER_SENTENCE_END_RE.search(text.rstrip("。！？”’）)"))


def _demote_list_items(blocks: list[Block], classes: list[str | None]) -> list[str | None]:
    """Numbered lines with nothing under them, and （一）…。 items that follow each other as one-sentence
    points, are list items, not headings."""
    out = list(classes)
    rank = {c: k for k, c in enumerate(MARKER_ORDER)}
    for i, cls in enumerate(classes):
        if cls in (None, "unmarked") or _split_run_in(blocks[i].text):
            continue
        nxt = classes[i + 1] if i + 1 < len(classes) else None
        if i + 1 == len(classes) or (nxt not in (None, "unmarked") and rank[nxt] <= rank[cls]):
            out[i] = None
    for i, cls in enumerate(classes):
        if cls in (None, "unmarked") or not _single_sentence(blocks[i].text):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(blocks) and classes[j] == cls and _single_sentence(blocks[j].text):
                out[i] = None
            # (…9.完成农村危房改造30户；10.新建村级文化广场5个。: the last item of a list whose items end with ；)
            elif j == i - 1 and j >= 0 and classes[j] == cls and out[j] is None and _list_item(blocks[j].text):
                out[i] = None
    return out


def _list_item(text: str) -> bool:
    """One point of a list, ended by ； as the items before the last are (1.改造提升农村公路15公里；)."""
    return text.endswith(("；", ";")) and not INNER_SENTENCE_END_RE.search(text.rstrip("；;"))


def _date_from_page(source: Source) -> str:
    """A full publication date from the page furniture (发布时间：2022-05-06, 2022年5月13日（星期五）)."""
    for action in source.report:
        if action.rule in ("furniture.web", "furniture.issue"):
            m = PAGE_DATE_RE.search(action.text)
            if m:
                date = _iso(*m.groups())
                if not source.meta.date or date.startswith(source.meta.date):
                    return date
    return ""


def _genre(title: str, kind: str) -> str:
    if REVIEW_AND_PLAN_RE.search(_s(title)):
        return "report"  # (…2025年工作总结和2026年工作计划: a review first, its plan a part of it)
    for suffix, genre in GENRES:
        if _s(title).endswith(suffix):
            return genre
    return {"news": "article", "work-report": "report"}.get(kind, "article" if kind == "news" else kind or "text")


def build(source: Source, blocks: list[Block]) -> Source:
    """Fill ``source.documents`` from the cleaned blocks."""
    meta = source.meta
    raw_docs = _split_documents(blocks)
    page_date = _date_from_page(source)
    documents: list[Document] = []
    for n, rd in enumerate(raw_docs):
        body = _take_front_matter(rd, meta.title, first=(n == 0))
        paragraphs = _paragraphs(rd, body)
        # An attachment: it says so (附件), or the previous document closed and named it.
        if n and rd.title and not rd.doc_number:
            owner = next((k for k in range(n - 1, -1, -1) if not raw_docs[k].attachment), n - 1)
            prev_text = "".join(p.text for p in documents[owner].paragraphs)
            if rd.attachment or f"《{rd.title}》" in prev_text or f"附件：{rd.title}" in prev_text:
                rd.parent_index = owner
        documents.append(Document(
            id=source.slug if len(raw_docs) == 1 else f"{source.slug}-{n + 1}",
            title=rd.title,
            title_inferred=rd.title_inferred,
            subtitle=rd.subtitle,
            date=rd.speech_date or rd.signed or (page_date if n == 0 else "") or meta.date,
            genre=_genre(rd.title, meta.kind),
            issuer=rd.issuer,
            doc_number=rd.doc_number,
            signed=rd.signed,
            speaker=_speaker(rd.title) or _byline_speaker(rd.byline, _genre(rd.title, meta.kind)),
            byline=rd.byline,
            paragraphs=paragraphs,
        ))
        if rd.parent_index >= 0:
            parent = documents[rd.parent_index]
            doc = documents[-1]
            doc.parent = parent.id
            doc.date = doc.date if doc.date != meta.date else (parent.date or meta.date)
            doc.issuer = doc.issuer or parent.issuer
    source.documents = [d for d in documents if d.paragraphs or d.title]
    return source


def _byline_speaker(byline: str, genre: str) -> str:
    m = SPEAKER_BYLINE_RE.search(byline)
    return m.group(2) if m and genre in ("speech", "report") else ""


def _speaker(title: str) -> str:
    m = SPEECH_TITLE_RE.match(_s(title))
    return m.group(1) if m else ""


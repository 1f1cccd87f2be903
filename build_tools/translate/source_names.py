"""The "source" line of a bulletin's metadata in English, composed from its parts (status: derived or None).

Editors describe where a text comes from in a few fixed forms (see seeds/*.yml and tests/fixtures/*/*.yml):

- ``<publisher>《<title>》（<notes>）``: 栖川市统计局《栖川市2023年国民经济和社会发展统计公报》（网站文本） ->
  "Qichuan Municipal Bureau of Statistics, Statistical Communiqué of Qichuan on the 2023 National Economic and
  Social Development (website text)";
- ``<body>网站“<column>”栏目（<notes>）`` -> "Website of the Liuxi County People's Government, Leaders' Speeches
  section (copied from the web page)";
- ``<newspaper or news site>（<notes>）`` -> "Qichuan News Network (reprinted from Qichuan Daily; copied from the
  web page)".

The publisher is an issuing body or newspaper (names.py), the title a genre template (titles.py), the notes a
small closed vocabulary. Every part must render, otherwise the result is None and the page keeps the marked
Chinese. The vocabulary below is project wording (no official source): editors' notes, website columns and
"News Network" for 新闻网.
"""

from __future__ import annotations

import re

from .glossary import Glossary
from .names import COMMON_WORDS, _specific, doc_number_en, issuer_en
from .periods import english_period
from .title_words import title_case

SOURCE_RE = re.compile(r"^(?P<who>[^《》“”（）]+?)(?:《(?P<title>[^》]+)》)?(?P<site>(?:门户)?网站)?"
                       r"(?:“(?P<column>[^”]+)”栏目)?(?:（(?P<notes>[^（）]*)）)?$")
# Editors' notes on the form of the text (project wording).
NOTES = {"网站文本": "website text", "网页复制文本": "copied from the web page", "PDF转换文本": "converted from PDF",
         "节选": "excerpt", "Windows记事本文本": "Windows Notepad text", "繁体中文": "Traditional Chinese",
         "网页另存为": "saved web page", "网页": "web page", "网页文本": "web page text",
         "分词导出文本": "text exported with word segmentation"}
ENCODING_RE = re.compile(r"^(?P<enc>[A-Za-z0-9-]+)编码文本$")
# A file attached to a web page (PDF 附件, DOCX附件): "PDF attachment" (project wording).
ATTACHMENT_RE = re.compile(r"^(?P<fmt>PDF|DOCX?|WPS|OFD|XLSX?|TXT)\s*附件$", re.IGNORECASE)
# Columns of government websites (project wording).
COLUMNS = {"领导讲话": "Leaders' Speeches", "政务动态": "Government Affairs Updates",
           "通知公告": "Notices and Announcements", "工作动态": "Work Updates",
           "政策解读": "Policy Interpretation", "政务公开": "Government Information Disclosure",
           "新闻发布": "Press Releases", "政府工作报告": "Government Work Reports",
           "统计信息": "Statistical Information", "统计数据": "Statistical Data", "统计公报": "Statistical Communiqués",
           "政府文件": "Government Documents", "政策文件": "Policy Documents", "规划计划": "Plans",
           "本地新闻": "Local News", "政务要闻": "Government News", "部门动态": "Department Updates",
           "统计分析": "Statistical Analysis", "数据发布": "Data Releases", "数据解读": "Data Interpretation",
           "统计解读": "Statistical Interpretation", "月度数据": "Monthly Data", "普查公报": "Census Communiqués",
           "政策法规": "Policies and Regulations",
           "政府信息公开": "Government Information Disclosure", "乡镇动态": "Township Updates",
           "要闻动态": "News", "今日要闻": "Today's News", "图片新闻": "Photo News", "媒体聚焦": "Media Coverage",
           "公示公告": "Public Notices", "专题专栏": "Special Topics", "社区新闻": "Community News",
           "文旅资讯": "Culture and Tourism News", "文旅动态": "Culture and Tourism Updates",  # (a culture bureau's)
           # columns of development and reform commissions' sites
           "计划管理": "Plan Management", "发展规划": "Development Plans", "计划规划": "Plans",
           # columns of budget disclosure (财政预决算, 预决算公开: budgets and final accounts, the yearbook's "Final
           # Accounts" of tables 7-10/7-11)
           "财政预决算": "Budgets and Final Accounts", "预决算公开": "Budgets and Final Accounts",
           "财政资金": "Government Funds",
           # columns of ecology and environment bureaus' sites
           "环境质量": "Environmental Quality", "环境状况公报": "Bulletins on the State of the Environment",
           # a government site's column of press conferences
           "新闻发布会": "Press Conferences",
           # columns of audit bureaus' sites (审计公告: audit announcements; 审计结果公告 the results published)
           "审计公告": "Audit Announcements", "审计结果公告": "Audit Result Announcements",
           # the column of a government's annual reports on information disclosure (project rendering, as the title)
           "政府信息公开年报": "Annual Reports on Government Information Disclosure",
           "政府信息公开年度报告": "Annual Reports on Government Information Disclosure",
           # a finance bureau's column of debt disclosure (GWR 2022/61 "government debt"), a body's own disclosure
           "政府债务": "Government Debt", "信息公开": "Information Disclosure",
           # columns of personnel, oversight, fiscal data and the handling of suggestions and proposals
           "人事信息": "Personnel Information", "监督工作": "Oversight Work",
           "报告及审议意见": "Reports and Deliberation Opinions", "财政数据": "Fiscal Data",
           "预算执行": "Budget Execution", "建议提案办理": "Handling of Suggestions and Proposals",
           # a price bureau's (a development and reform commission's) column of price monitoring (P)
           "价格监测": "Price Monitoring"}
# A place's own news column (鹤汀要闻 "Heting News"): the publisher's two-character place name before 要闻 or 新闻.
# (今日槐川 "Huaichuan Today": the same, after 今日)
PLACE_COLUMN_RE = re.compile(r"^(?:(?P<place>[\u4e00-\u9fff]{2})(?:要闻|新闻)|今日(?P<today>[\u4e00-\u9fff]{2}))$")
# 南屏市人民政府公报 2022年第3期（总第87期）: the issue of a government gazette, as the seeds' glossary entry writes it
# ("Chaoyang Municipal People's Government Gazette, 2023 No. 10 (No. 260 overall)").
GAZETTE_RE = re.compile(r"^(?P<body>.+?)公报(?P<year>\d{4})年第(?P<no>\d+)期(?:（总第(?P<total>\d+)期）)?$")


# A column named by a field and a kind of item (商务动态 "Commerce Updates", 应急管理 "Emergency Management", 教育资讯
# "Education News"): the field as the bureau of that field names it (BODIES: 商务局 "{g} Commerce Bureau"), the kind
# from this list (project wording).
COLUMN_KINDS = {"动态": "Updates", "资讯": "News", "新闻": "News", "要闻": "News", "公告": "Announcements",
                "信息": "Information", "工作": "Work"}
FIELD_COLUMN_RE = re.compile(r"^(?P<field>[\u4e00-\u9fff]{2,9}?)(?P<kind>" + "|".join(COLUMN_KINDS) + ")?$")


def _field_column(zh: str) -> str | None:
    """商务动态 -> 'Commerce Updates', 应急管理 -> 'Emergency Management': a field with a bureau of its own in BODIES
    (its English between the region and 'Bureau'), then the kind of item; None otherwise."""
    from .bodies import BODIES

    m = FIELD_COLUMN_RE.match(zh)
    bureau = BODIES.get(f"{m.group('field')}局", "") if m else ""
    field = re.fullmatch(r"\{g\} (?P<field>[A-Z][\w ,-]+?) (?:Bureau|Administration)", bureau)
    if not m or not field:
        return None
    kind = COLUMN_KINDS[m.group("kind")] if m.group("kind") else ""
    return f"{field.group('field')} {kind}".strip()


# A body's own publication named after it (河口区城市管理局公告, 香港特别行政区政府新闻公报), project wording.
PUBLICATIONS = {"新闻公报": "Press release", "新闻稿": "Press release", "公告": "Announcement", "通告": "Public notice",
                "通知": "Notice"}


def _column(zh: str, who: str, glossary: Glossary) -> str | None:
    """A website column's English: the list above, a place's own news, a field's column, or a glossary term (民生实事
    'Practical Projects for People's Wellbeing', title case); None otherwise."""
    found = COLUMNS.get(zh) or _place_column(zh, who, glossary) or _field_column(zh)
    if found is None and (entry := glossary.lookup(zh)) is not None and entry.category in ("term", "programme"):
        found = title_case(entry.en)
    return found


def _publisher(zh: str, glossary: Glossary) -> str | None:
    """A body (栖川市统计局), a newspaper (栖川日报), a place's news site (栖川新闻网 -> Qichuan News Network) or a
    body's publication (河口区城市管理局公告 -> 'Announcement of the Hekou District Urban Management Bureau')."""
    found = issuer_en(zh, glossary)
    if found:
        return found
    kind = next((k for k in sorted(PUBLICATIONS, key=len, reverse=True) if zh.endswith(k) and len(zh) > len(k)), "")
    body = issuer_en(zh[: -len(kind)], glossary) if kind else None
    if body:
        return f"{PUBLICATIONS[kind]} of {body if body.startswith('the ') else 'the ' + body}"
    place = zh.removesuffix("新闻网")
    if place != zh and len(place) == 2 and place not in COMMON_WORDS and glossary.lookup(place) is None:
        name = _specific(place)
        return f"{name} News Network" if name else None
    return None


def _place_column(zh: str, who: str, glossary: Glossary) -> str | None:
    """鹤汀要闻 on the site of 枫渡市鹤汀区人民政府 -> 'Heting News': the publisher's own place name (a region
    followed by its generic in the publisher's name; 今日要闻 is not a place), else None."""
    m = PLACE_COLUMN_RE.match(zh)
    place = (m.group("place") or m.group("today")) if m else ""
    if not place or not re.search(re.escape(place) + "(?:市|县|区|州|镇|乡|旗)", who):
        return None
    if place in COMMON_WORDS or glossary.lookup(place) is not None:
        return None
    name = _specific(place)
    return (f"{name} Today" if m and m.group("today") else f"{name} News") if name else None


# A newspaper's page: 《民生周刊》2022年6月15日第8版（社区新闻） -> "Minsheng Weekly, 15 June 2022, page 8 (Community
# News)" (the page's column in brackets; project wording).
PAGE_RE = re.compile(r"^《(?P<paper>[^》]+)》(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日第(?P<page>\d+)版"
                     r"(?:（(?P<column>[^（）]+)）)?$")


def _page(zh: str, glossary: Glossary) -> str | None:
    from .names import _newspaper

    m = PAGE_RE.match(zh)
    if not m:
        return None
    paper = _newspaper(m.group("paper"), glossary)
    when = english_period(f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}")
    column = COLUMNS.get(m.group("column") or "", "") if m.group("column") else ""
    if not paper or not when or (m.group("column") and not column):
        return None
    return f"{paper}, {when}, page {int(m.group('page'))}" + (f" ({column})" if column else "")


TITLE_ONLY_RE = re.compile(r"^(?P<title>[^（）]+)（(?P<notes>[^（）]*)）$")


def _title_only(zh: str, glossary: Glossary) -> str | None:
    """A document's title and notes with no publisher (桐江市“十四五”…实施方案（PDF转换文本）): the title's English
    from its genre frame, then the notes; None unless both render."""
    from .titles import TitleRenderer

    m = TITLE_ONLY_RE.match(zh)
    if not m:
        return None
    title = TitleRenderer(glossary).title(m.group("title"))
    notes = [_note(n, glossary) for n in re.split(r"[，,；;]", m.group("notes")) if n.strip()]
    if title is None or title.status != "derived" or not notes or any(n is None for n in notes):
        return None
    return f"{title.text} ({'; '.join(n for n in notes if n)})"


def _note(zh: str, glossary: Glossary) -> str | None:
    zh = zh.strip()
    if zh in NOTES:
        return NOTES[zh]
    m = ENCODING_RE.match(zh)
    if m:
        return f"{m.group('enc')} text"
    m = ATTACHMENT_RE.match(zh)
    if m:
        return f"{m.group('fmt').upper()} attachment"
    if re.fullmatch(r"\d{4}年", zh):
        return english_period(zh[:4])
    posted = re.fullmatch(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日发布", zh)
    if posted:  # 2026年11月5日发布: "published on 5 November 2026"
        day = english_period(f"{posted.group('y')}-{int(posted.group('m')):02d}-{int(posted.group('d')):02d}")
        return f"published on {day}" if day else None
    if re.fullmatch(r"(?i)pdf|docx?|wps|ofd", zh):  # （PDF）: the file's format
        return zh.upper()
    if zh.startswith("转自"):
        paper = _publisher(zh[2:], glossary)
        return f"reprinted from {paper}" if paper else None
    number = doc_number_en(zh)
    return number if number != zh else None


def source_en(zh: str, glossary: Glossary) -> str | None:
    """The English of a metadata source line, or None when any part does not render."""
    from .titles import TitleRenderer  # titles.py imports names.py, which imports this module lazily

    page = _page(re.sub(r"\s+", "", zh or ""), glossary)
    if page:
        return page
    gazette = GAZETTE_RE.match(re.sub(r"\s+", "", zh or ""))
    if gazette:
        body = issuer_en(gazette.group("body"), glossary)
        if body is None:
            return None
        total = f" (No. {gazette.group('total')} overall)" if gazette.group("total") else ""
        return f"{body} Gazette, {gazette.group('year')} No. {gazette.group('no')}{total}"
    m = SOURCE_RE.match(re.sub(r"\s+", "", zh or ""))
    if not m:
        return _title_only(re.sub(r"\s+", "", zh or ""), glossary)
    if not (m.group("title") or m.group("site") or m.group("notes")):
        return None
    who = _publisher(m.group("who"), glossary)
    if who is None:
        return None
    notes = [_note(n, glossary) for n in re.split(r"[，,；;]", m.group("notes") or "") if n.strip()]
    if any(n is None for n in notes):
        return None
    year = next((n for n in notes if n and n.isdigit()), "")
    parts = [who]
    if m.group("site"):
        parts = [f"Website of {who if who.startswith('the ') else 'the ' + who}"]
        if m.group("column"):
            # a column inside a column (政务动态—民生实事): each level, the outer first, joined as the site shows them
            levels = [_column(c, m.group("who"), glossary) for c in re.split(r"[—－>＞/|]+", m.group("column")) if c]
            if not levels or any(c is None for c in levels):
                return None
            column = " > ".join(c for c in levels if c)
            parts.append(f"{column} section")
    elif m.group("column"):
        return None
    if m.group("title"):
        title = TitleRenderer(glossary, year).title(m.group("title"), m.group("who"), "")
        if title is None or title.status != "derived":
            return None
        parts.append(title.text)
    text = ", ".join(parts)
    if notes:
        text += f" ({'; '.join(n for n in notes if n)})"
    return text

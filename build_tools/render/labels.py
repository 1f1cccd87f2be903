"""Interface wording of the generated pages, by language: Simplified Chinese ("zh", written here), English
("en", written here) and Traditional Chinese ("zh-Hant": the Simplified wording converted with the project's
OpenCC converter, so the two Chinese versions never drift apart). Every key of ``ZH`` must be in ``EN``.
"""

from __future__ import annotations

from functools import lru_cache

from ..translate import to_hant

ZH: dict[str, str] = {
    "home": "首页",
    "bulletins": "公报",
    "timeline": "时间线",
    "indicators": "指标",
    "downloads": "数据下载",
    "cleaning_report": "清理报告",
    "date": "日期",
    "region": "地区",
    "kind": "类别",
    "genre": "文种",
    "source": "来源",
    "issuer": "发布机关",
    "doc_number": "文号",
    "signed": "成文日期",
    "speaker": "讲话人",
    "byline": "作者",
    "bulletin": "所属公报",
    "parent": "上级文件",
    "source_url": "原文链接",
    "title_inferred": "标题为根据正文推断",
    "notes": "说明",
    "summary": "摘要",
    "figures": "主要数据",
    "events": "时间线",
    "text": "正文",
    "metric": "指标",
    "value": "数值",
    "comparison": "比较",
    "period": "时期",
    "stated_on": "{date}（文件日期）",
    "rank": "排名",
    "where": "出处",
    "event": "事项",
    "event_kind": "事项类型",
    "document": "文档",
    "documents": "文档",
    "paragraphs": "段落",
    "rule": "规则",
    "action": "操作",
    "lines": "行",
    "detail": "说明",
    "by_date": "按日期",
    "by_region": "按地区",
    "latest": "最新公报",
    "data": "数据",
    "figures_csv": "数据 CSV",
    "events_csv": "事项 CSV",
    "json": "JSON",
    "extract_json": "完整提取 JSON",
    "collection": "全部数据",
    "per_bulletin": "各公报数据",
    "year": "年份",
    "all": "全部",
    "target": "目标",
    "chart": "图表",
    "warnings": "处理提示",
    "no_report": "清理时没有删除或合并任何内容。",
    "report_intro": "清理阶段删除、合并或替换的每一处内容，以及原因。行号指原始文本的行。",
    "timeline_intro": "所有公报中带日期的事项。可按地区、年份和类型筛选（需启用 JavaScript；否则显示全部）。",
    "indicators_intro": "在两篇以上文档中出现的指标：同一指标在不同文档、地区和时期的数值，按地区、再按时期排列。"
                        "只收全地区的数据（某镇、某园区、某企业的数据不在其中）；实际值、预计值、目标和要求分列，"
                        "不混在同一图表中；节假日、单月、多年累计的数据和与全省、全国的比较也各自成列；"
                        "几篇文档报告的同一数据只列一次，并注明各篇出处。每个图表后附有其数据表。"
                        "只出现在一篇文档中的数据见各文档页面和[数据下载](downloads.md)。",
    "downloads_intro": "所有数据以 CSV（UTF-8，带 BOM）和 JSON 提供，字段说明见[数据说明](schema.md)。",
    "stats": "共 {bulletins} 份公报、{documents} 篇文档、{figures} 项数据、{events} 条带日期的事项。",
    "figures_in": "数据",
    "events_in": "事项",
    "count": "数量",
    "glossary": "术语表",
    "glossary_intro": "文档中出现的政策术语、指标、机构和地名及其英文译法。"
                      "有官方英文译法（2008—2022年《政府工作报告》官方译文、国家统计局《中国统计年鉴》英文表名）的术语注明出处（报告年份及行号或段号、年鉴表号）；没有官方译法的标注“无官方译法”，为本项目译法。文档正文中的这些术语带有提示，"
                      "鼠标悬停可查看英文和说明。",
    "term_zh": "中文",
    "term_en": "英文",
    "explanation": "说明",
    "category": "类别",
    "rendering_source": "译法来源",
    "no_official": "无官方译法",
    "terms_in_doc": "本文术语",
    "entries": "条目",
    "by_year": "按年份",
    "by_kind": "按类别",
    "year_of": "{year}年",
    "undated": "日期不详",
    "key_numbers": "关键数据一览",
    "key_numbers_intro": "几项主要指标在本站文档中最近的数值（已实现的数值优先于目标），每项链接到所在段落。",
    "more": "更多",
    "cite": "引用本文",
    "title": "标题",
    "page_url": "网址",
    "permalink": "永久链接",
}

# English wording. Values may hold Markdown links to other pages of the same language (they resolve per language).
EN: dict[str, str] = {
    "home": "Home",
    "bulletins": "Bulletins",
    "timeline": "Timeline",
    "indicators": "Indicators",
    "downloads": "Downloads",
    "cleaning_report": "Cleaning report",
    "date": "Date",
    "region": "Region",
    "kind": "Kind",
    "genre": "Genre",
    "source": "Source",
    "issuer": "Issued by",
    "doc_number": "Document number",
    "signed": "Signed",
    "speaker": "Speaker",
    "byline": "Byline",
    "bulletin": "Bulletin",
    "parent": "Issued with",
    "source_url": "Original address",
    "title_inferred": "No title in the source: the title is inferred from the text",
    "notes": "Notes",
    "summary": "Summary",
    "figures": "Key figures",
    "events": "Timeline",
    "text": "Text",
    "metric": "Indicator",
    "value": "Value",
    "comparison": "Comparison",
    "period": "Period",
    "stated_on": "as of {date} (document date)",
    "rank": "Rank",
    "where": "Where",
    "event": "Event",
    "event_kind": "Type",
    "document": "Document",
    "documents": "Documents",
    "paragraphs": "Paragraphs",
    "rule": "Rule",
    "action": "Action",
    "lines": "Lines",
    "detail": "Detail",
    "by_date": "By date",
    "by_region": "By region",
    "latest": "Latest bulletins",
    "data": "Data",
    "figures_csv": "figures CSV",
    "events_csv": "events CSV",
    "json": "JSON",
    "extract_json": "Full extract JSON",
    "collection": "All data",
    "per_bulletin": "Data by bulletin",
    "year": "Year",
    "all": "All",
    "target": "target",
    "chart": "Chart",
    "warnings": "Processing notes",
    "no_report": "Cleaning removed or merged nothing.",
    "report_intro": "Every piece of text the cleaning stage removed, merged or replaced, and why. Line numbers refer "
                    "to the raw source text; the text column quotes the source (Chinese).",
    "timeline_intro": "Dated events from all bulletins. Filter by region, year and type (needs JavaScript; "
                      "otherwise all events are shown).",
    "indicators_intro": "Indicators found in two or more documents: the same measure across documents, regions and "
                        "periods, by region and then by period. Only figures for a region as a whole are included "
                        "(not those of a town, park or company); actual values, estimates, targets and requirements "
                        "are charted separately, never in one chart, and so are a holiday's figures, a single month's, "
                        "totals or changes over several years and gaps against the province or the country; "
                        "a figure reported by several documents is "
                        "listed once, with each source. Each chart is followed by its data table. Figures found in "
                        "one document only are on the document pages and in the [downloads](downloads.md).",
    "downloads_intro": "All data as CSV (UTF-8 with BOM) and JSON; the fields are described in the "
                       "[data schema](schema.md). Text fields hold the Chinese of the sources.",
    "stats": "{bulletins}, {documents}, {figures} and {events}.",  # each "1 bulletin", "4 documents" (indexes.py)
    "figures_in": "Figures",
    "events_in": "Events",
    "count": "Count",
    "glossary": "Glossary",
    "glossary_intro": "Policy terms, indicators, bodies and places found in the documents, with their English "
                      "renderings. Renderings taken from an official English translation (the government work "
                      "reports of 2008-2022, the NBS's China Statistical Yearbook) cite the report with its line or "
                      "segment, or the yearbook's table; the others are marked \"no official rendering\" and are "
                      "this project's own.",
    "term_zh": "Chinese",
    "term_en": "English",
    "explanation": "Explanation",
    "category": "Category",
    "rendering_source": "Source of the rendering",
    "no_official": "no official rendering",
    "terms_in_doc": "Terms in this document",
    "entries": "entries",
    "by_year": "By year",
    "by_kind": "By kind",
    "year_of": "{year}",
    "undated": "Date unknown",
    "key_numbers": "Key figures at a glance",
    "key_numbers_intro": "The most recent value of a few headline indicators in these documents (achieved values "
                         "before targets), each linked to its paragraph.",
    "more": "More",
    "cite": "Cite this",
    "title": "Title",
    "page_url": "Address",
    "permalink": "Permalink",
    # English pages only
    "figure": "Figure",
    "original_text": "Original text (Chinese)",
    "summary_chinese": "Summary (Chinese, not yet translated)",
    "original_intro": "The document as published, in Simplified Chinese, after layout cleaning (see the cleaning "
                      "report of the bulletin). Headings and paragraphs with a reviewed English translation show "
                      "it above the Chinese.",
    "stale": "translation made for an earlier version of the Chinese text",
    "terms_intro": "Glossary terms found in this document. All terms, with the sources of their renderings:",
    "original_name": "Name in Chinese",
}

KINDS_ZH: dict[str, str] = {
    "gazette": "政府公报",
    "news": "新闻",
    "work-report": "工作报告",
    "plan": "规划计划",
    "speech": "讲话",
    "statistics": "统计",
    "notice": "通知",
    "policy": "政策文件",
    "report": "报告",
    "other": "其他",
}

GENRES_ZH: dict[str, str] = {
    "notice": "通知",
    "plan": "方案",
    "speech": "讲话",
    "article": "文章",
    "report": "报告",
    "opinion": "意见",
    "decision": "决定",
    "measures": "办法",
    "regulation": "规定",
    "announcement": "公告",
    "letter": "函",
    "reply": "批复",
    # genres taken from the bulletin's kind when the title names none (structure._genre)
    "statistics": "统计公报",
    "statistics-release": "统计数据发布",
    "gazette": "政府公报",
    "bulletin": "通报",
    "work-report": "工作报告",
    "policy": "政策文件",
    "text": "文本",
    "other": "其他",
}

# Figure.base_unit codes as readers know them.
BASE_UNITS_ZH: dict[str, str] = {
    "percent": "%",
    "CNY": "元",
    "USD": "美元",
    "person": "人",
    "household": "户",
    "item": "个",
    "km": "公里",
    "m": "米",
    "sqm": "平方米",
    "mu": "亩",
    "hectare": "公顷",
    "ton": "吨",
    "kW": "千瓦",
    "kWh": "千瓦时",
    "day": "天",
    "year": "年",
    # base units of extract/figures/quantities.py
    "EUR": "欧元",
    "HKD": "港元",
    "entity": "家",
    "person-time": "人次",
    "household-time": "户次",
    "time": "次",
    "vehicle": "辆",
    "vessel": "艘",
    "head": "头",
    "plant": "株",
    "batch": "批",
    "bed": "张床位",
    "couple": "对",
    "blood unit": "单位",
    "therapeutic dose": "治疗量",
    "km2": "平方公里",
    "m2": "平方米",
    "ha": "公顷",
    "m3": "立方米",
    "t": "吨",
    "kg": "千克",
    "kV": "千伏",
    "L": "升",
    "TEU": "标箱",
    "ug/m3": "微克/立方米",
    "kg/mu": "千克/亩",
    "kg/ha": "千克/公顷",
    "m/s": "米/秒",
    "mg/m3": "毫克/立方米",
    "permille": "‰",
    "per 100000": "/10万",
    "permille point": "个千分点",
    "percentage point": "个百分点",
    "times": "倍",
    "hour": "小时",
    "month": "个月",
    "cm": "厘米",
    "mL": "毫升",
    "second": "秒",
}

FIGURE_KINDS_ZH: dict[str, str] = {
    "level": "总量",
    "growth": "增长率",
    "growth-average": "年均增长率",  # indicator groups only (render/indexes.py)
    "share": "占比",
    "count": "数量",
    "rank": "排名",
    "target": "目标",
}

EVENT_KINDS_ZH: dict[str, str] = {"event": "事件", "target": "目标", "period": "时期", "forecast": "预报"}

# Figure.status: actual (实际), target (目标: a goal or plan), forecast (预计: an estimate of the current period),
# requirement (a standing norm: 不低于, 不得少于, 控制在…以内)
FIGURE_STATUS_ZH: dict[str, str] = {"actual": "实际", "target": "目标", "forecast": "预计", "requirement": "要求"}

ACTIONS_ZH: dict[str, str] = {
    "removed": "删除",
    "merged": "合并",
    "replaced": "替换",
    "split": "拆分",
    "moved": "移动",
}

KINDS_EN: dict[str, str] = {
    "gazette": "Government gazette",
    "news": "News",
    "work-report": "Work report",
    "plan": "Plan",
    "speech": "Speech",
    "statistics": "Statistics",
    "notice": "Notice",
    "policy": "Policy document",
    "report": "Report",
    "other": "Other",
}

GENRES_EN: dict[str, str] = {
    "notice": "Notice",
    "plan": "Plan",
    "speech": "Speech",
    "article": "Article",
    "report": "Report",
    "opinion": "Opinions",
    "decision": "Decision",
    "measures": "Measures",
    "regulation": "Provisions",
    "announcement": "Announcement",
    "letter": "Letter",
    "reply": "Official reply",
    "statistics": "Statistical communiqué",
    "statistics-release": "Statistical release",
    "gazette": "Government gazette",
    "bulletin": "Circular",
    "work-report": "Work report",
    "policy": "Policy document",
    "text": "Text",
    "other": "Other",
}

BASE_UNITS_EN: dict[str, str] = {
    "percent": "%",
    "CNY": "CNY",
    "USD": "USD",
    "person": "people",
    "household": "households",
    "item": "items",
    "km": "km",
    "m": "m",
    "sqm": "m²",
    "mu": "mu",
    "hectare": "ha",
    "ton": "t",
    "kW": "kW",
    "kWh": "kWh",
    "day": "days",
    "year": "years",
    "EUR": "EUR",
    "HKD": "HKD",
    "entity": "entities",
    "person-time": "person-times",
    "household-time": "household-times",
    "time": "times",
    "vehicle": "vehicles",
    "vessel": "vessels",
    "head": "head",
    "plant": "plants",
    "batch": "batches",
    "bed": "beds",
    "couple": "couples",
    "blood unit": "units",
    "therapeutic dose": "therapeutic doses",
    "km2": "km²",
    "m2": "m²",
    "ha": "ha",
    "m3": "m³",
    "t": "t",
    "kg": "kg",
    "kV": "kV",
    "L": "L",
    "TEU": "TEU",
    "ug/m3": "μg/m³",
    "kg/mu": "kg per mu",
    "kg/ha": "kg per ha",
    "m/s": "m/s",
    "mg/m3": "mg/m³",
    "permille": "‰",
    "per 100000": "per 100,000",
    "permille point": "per-mille points",
    "percentage point": "percentage points",
    "times": "times",
    "hour": "hours",
    "month": "months",
    "cm": "cm",
    "mL": "ml",
    "second": "seconds",
}

FIGURE_KINDS_EN: dict[str, str] = {
    "level": "level",
    "growth": "growth rate",
    "growth-average": "average annual growth rate",
    "share": "share",
    "count": "count",
    "rank": "rank",
    "target": "target",
}

EVENT_KINDS_EN: dict[str, str] = {"event": "Event", "target": "Target", "period": "Period", "forecast": "Forecast"}

# the words of translate/rows.py STATUS_NOTES, so that a row and its chart title agree
FIGURE_STATUS_EN: dict[str, str] = {"actual": "actual", "target": "target", "forecast": "estimate",
                                     "requirement": "requirement"}

ACTIONS_EN: dict[str, str] = {
    "removed": "removed",
    "merged": "merged",
    "replaced": "replaced",
    "split": "split",
    "moved": "moved",
}

# Glossary categories (build_tools/translate/glossary.py CATEGORIES), in the order the glossary page shows them.
CATEGORIES_ZH: dict[str, str] = {
    "programme": "政策、规划与行动",
    "slogan": "提法",
    "metric": "指标",
    "term": "术语",
    "body": "机构",
    "place": "地名",
    "unit": "单位",
}
CATEGORIES_EN: dict[str, str] = {
    "programme": "Policies, plans and programs",
    "slogan": "Formulations and slogans",
    "metric": "Indicators",
    "term": "Terms",
    "body": "Bodies",
    "place": "Places",
    "unit": "Units",
}

LABELS: dict[str, dict[str, str]] = {"zh": ZH, "en": EN}
_TABLES: dict[str, tuple[dict[str, str], dict[str, str]]] = {  # (Chinese, English) wording of each code list
    "kind": (KINDS_ZH, KINDS_EN),
    "genre": (GENRES_ZH, GENRES_EN),
    "unit": (BASE_UNITS_ZH, BASE_UNITS_EN),
    "figure_kind": (FIGURE_KINDS_ZH, FIGURE_KINDS_EN),
    "event_kind": (EVENT_KINDS_ZH, EVENT_KINDS_EN),
    "figure_status": (FIGURE_STATUS_ZH, FIGURE_STATUS_EN),
    "action": (ACTIONS_ZH, ACTIONS_EN),
    "category": (CATEGORIES_ZH, CATEGORIES_EN),
}


@lru_cache(maxsize=4096)
def hant(text: str) -> str:
    """Traditional Chinese wording (cached: the same labels are converted for every page)."""
    return to_hant(text)


def label(key: str, lang: str = "zh") -> str:
    if lang == "zh-Hant":
        return hant(ZH[key])
    return LABELS[lang][key]


def _coded(table: str, code: str, lang: str) -> str:
    zh, en = _TABLES[table]
    if lang == "en":
        return en.get(code, code)
    text = zh.get(code, code)
    return hant(text) if lang == "zh-Hant" else text


def kind_label(kind: str, lang: str = "zh") -> str:
    return _coded("kind", kind, lang)


def genre_label(genre: str, lang: str = "zh", title: str = "") -> str:
    """The genre in ``lang``; with the document's ``title``, a statistics bureau's release that is no 统计公报
    (上半年全市经济运行稳中有升: a monthly or quarterly release) is named a release, as "In brief" names it."""
    if genre == "statistics" and title and "公报" not in title:
        genre = "statistics-release"
    return _coded("genre", genre, lang)


def unit_label(unit: str, lang: str = "zh") -> str:
    return _coded("unit", unit, lang)


def figure_kind_label(kind: str, lang: str = "zh") -> str:
    return _coded("figure_kind", kind, lang)


def figure_status_label(status: str, lang: str = "zh") -> str:
    return _coded("figure_status", status, lang)


def event_kind_label(kind: str, lang: str = "zh") -> str:
    return _coded("event_kind", kind, lang)


def action_label(action: str, lang: str = "zh") -> str:
    return _coded("action", action, lang)


def category_label(category: str, lang: str = "zh") -> str:
    return _coded("category", category, lang)

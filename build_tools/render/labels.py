"""Interface wording of the generated pages, by language. Only "zh" is generated for now."""

from __future__ import annotations

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
    "indicators_intro": "在两篇以上文档中出现的指标：同一指标在不同文档、地区和时期的数值。每个图表后附有其数据表。"
                        "只出现在一篇文档中的数据见各文档页面和[数据下载](downloads.md)。",
    "downloads_intro": "所有数据以 CSV（UTF-8，带 BOM）和 JSON 提供，字段说明见[数据说明](schema.md)。",
    "stats": "共 {bulletins} 份公报、{documents} 篇文档、{figures} 项数据、{events} 条带日期的事项。",
    "figures_in": "数据",
    "events_in": "事项",
    "count": "数量",
}

KINDS_ZH: dict[str, str] = {
    "gazette": "政府公报",
    "news": "新闻",
    "work-report": "政府工作报告",
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
}

FIGURE_KINDS_ZH: dict[str, str] = {
    "level": "总量",
    "growth": "增长率",
    "share": "占比",
    "count": "数量",
    "rank": "排名",
    "target": "目标",
}

EVENT_KINDS_ZH: dict[str, str] = {"event": "事件", "target": "目标", "period": "时期"}

ACTIONS_ZH: dict[str, str] = {
    "removed": "删除",
    "merged": "合并",
    "replaced": "替换",
    "split": "拆分",
    "moved": "移动",
}

LABELS: dict[str, dict[str, str]] = {"zh": ZH}


def label(key: str, lang: str = "zh") -> str:
    return LABELS[lang][key]


def kind_label(kind: str) -> str:
    return KINDS_ZH.get(kind, kind)


def genre_label(genre: str) -> str:
    return GENRES_ZH.get(genre, genre)


def unit_label(unit: str) -> str:
    return BASE_UNITS_ZH.get(unit, unit)


def figure_kind_label(kind: str) -> str:
    return FIGURE_KINDS_ZH.get(kind, kind)


def event_kind_label(kind: str) -> str:
    return EVENT_KINDS_ZH.get(kind, kind)


def action_label(action: str) -> str:
    return ACTIONS_ZH.get(action, action)

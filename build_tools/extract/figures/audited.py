"""The years an audit's results are of. An announcement of the results of an audit of a project's or a fund's past
years (关于某县2023—2024年农村公路提档升级工程项目资金审计结果的公告) reports what happened in those years: its
undated findings (滞留项目资金共计612万元, 多计工程款53.8万元) are of the years audited, not of the weeks the audit
took (于2025年3月10日至5月23日…进行了审计, which dates only the audit's own work) nor of the announcement's month."""

from __future__ import annotations

import re

# a title of an audit's results (审计结果公告, 审计结果的公告, 审计情况的报告), not an audit office's work report
_AUDIT_RESULTS = re.compile(r"审计(?:结果|情况)")
# a year or a span of years the title names (2023—2024年, 2024年度)
_YEARS = re.compile(r"((?:19|20)\d{2})\s*(?:年度?)?\s*(?:[—–\-－~～至到]+\s*((?:19|20)\d{2})\s*年度?|年度?)")


def audited_years(title: str, year: str) -> str:
    """The span or year the title of an audit's results names (…2023—2024年…项目资金审计结果的公告 -> "2023/2024",
    …2024年度…专项资金审计结果公告 -> "2024") when it closed before the document's ``year``; else ""."""
    if not year or not _AUDIT_RESULTS.search(title):
        return ""
    spans = {(m.group(1), m.group(2) or m.group(1)) for m in _YEARS.finditer(title)}
    if len(spans) != 1:
        return ""
    first, last = spans.pop()
    if last >= year or first > last:
        return ""
    return first if first == last else f"{first}/{last}"

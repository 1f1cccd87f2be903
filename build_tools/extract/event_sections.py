"""Sections of a document whose dated sentences are no timeline events (issue 11: no non-events): a report's
problems section (a sentence opened by an as-of date states where things stand), a glossary and its definitions,
and the figures of a department's final accounts or budget of its own year (they state what was, or is to be,
received and spent)."""

from __future__ import annotations

import re

from ..model import Document

# a section of the problems a report admits (二、存在问题, 存在的主要问题, 困难和问题): a sentence there opened by an
# as-of date states where things stand (截至11月底，…完成进度比全县平均水平低4.1个百分点), no event
PROBLEMS_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?\s*"
                              r"(?:存在的?(?:主要)?问题|(?:面临的)?困难和问题|问题(?:和|与)不足)\s*$")
AS_OF_HEAD = re.compile(r"(?:截至|截止|到)[^，,；;。]{1,12}?[底末][，,]")
# a glossary (名词解释, 指标解释) and a term's definition in it (2.上年结转和结余：指以前年度…): no dated fact
GLOSSARY_HEAD = re.compile(r"名词解释|术语解释|指标解释|名词说明")
DEFINITION = re.compile(r"^\s*(?:\d{1,2}\s*[.．、]\s*)?[^。：:，,]{2,24}[：:]\s*(?:是)?指")
# a department's (or a government's) final accounts of a year (2024年度部门决算), a department's budget statement
# (2025年部门预算情况说明)
ACCOUNTS_TITLE = re.compile(r"((?:19|20)\d{2})\s*年度?[^，,。]{0,12}(?:决算|部门预算|单位预算)")


def accounts_year(doc: Document) -> str:
    """The year of the final accounts or the department budget a document is (苕陂县财政局2024年度部门决算: "2024"),
    "" for other documents: a year's accounts (or budget) state what was (or is to be) received and spent, their
    dated figures and year-end stocks are no events."""
    m = ACCOUNTS_TITLE.search(doc.title or "")
    return m.group(1) if m and not doc.title_inferred else ""

"""A project named by a place or park followed by 项目/工程 (宁泰新材料产业园项目由…投资建设，…一期投资45亿元;
市第一人民医院新院区项目总投资…，建成后将新增床位1200张): the subject the sentence found stops before 项目 (the park,
the hospital's new campus), but the figures are the project's, as an analyst cites them."""

from __future__ import annotations

import re

# what follows a project's name when the sentence goes on about the project (its builder, its size, its phases, its
# completion): 由…投资建设, 总投资, 一期, 计划…建成, 全长, 装机容量, or a comma
_ABOUT_PROJECT = re.compile(r"(?:项目|工程)(?=由|，|,|总投资|一期|二期|计划|建成|全长|总长|装机|建筑面积|占地)")
# a facility a county or district names (汐南县抽水蓄能电站装机容量120万千瓦): the facility's figures, not the county's
FACILITIES = ("电站", "电厂", "水库", "大桥", "码头", "机场")
_FACILITY_AFTER = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:" + "|".join(FACILITIES) + r")"
                             r"(?=装机|总投资|库容|全长|建成|设计)")


def project_subject(s: str, at: int, subject: str) -> str:
    """``subject`` with the 项目/工程 that follows it before ``at`` in ``s`` when the sentence is about the project."""
    if not subject or subject.endswith(("项目", "工程")):
        return subject
    pos = s.find(subject, 0, at)
    if pos < 0:
        return subject
    m = _ABOUT_PROJECT.match(s, pos + len(subject))
    if m and m.end() <= at:
        return subject + m.group()[:2]
    facility = _FACILITY_AFTER.match(s, pos + len(subject)) if subject.endswith(("县", "区", "市")) else None
    return subject + facility.group() if facility and facility.end() <= at else subject

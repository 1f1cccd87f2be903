"""Figures of a table of posts to be filled (issue 11): a recruitment notice's 岗位表.

A recruitment notice lists its posts in a table (岗位代码 | 主管部门 | 招聘单位 | 岗位名称 | 招聘人数 | 学历要求):
each row is a post of an employer and the number of people it is to recruit. The count column names no unit (人数 is a
number of persons) and the first column is a code, so the general reading of tables (tables.py) finds nothing in it.
Each row is restated as the notice would say it, the employer as the row's label: ``澜泉县人民医院：临床医师计划招聘
6人。`` (a plan of the notice's year, the employer its subject); the codes, departments and requirements are text.
"""

from __future__ import annotations

import re

_POST = re.compile(r"^(?:招聘|需求)?(?:岗位|职位)(?:名称)?$")
_EMPLOYER = re.compile(r"^(?:招聘|用人|需求)?单位(?:名称)?$")
_COUNT = re.compile(r"^(?:(?:招聘|计划|拟招聘?|录用|需求)(?:人数|名额|计划数?)|人数|名额)(?:[（(](?:人|名)[）)])?$")
_NUMBER = re.compile(r"\d{1,4}")


def post_table_sentences(rows: list[list[str]]) -> list[str] | None:
    """The rows of a table of posts restated (see the module docstring); None when the table is no table of posts
    (no column of posts or none of the number to recruit)."""
    header = [h.replace(" ", "") for h in rows[0]]
    post = next((j for j, h in enumerate(header) if _POST.match(h)), None)
    count = next((j for j, h in enumerate(header) if _COUNT.match(h)), None)
    if post is None or count is None:
        return None
    employer = next((j for j, h in enumerate(header) if _EMPLOYER.match(h)), None)
    out = []
    for row in rows[1:]:
        if max(post, count, employer or 0) >= len(row):
            continue
        name, n = row[post].strip(), row[count].strip()
        if not name or not _NUMBER.fullmatch(n):
            continue
        label = f"{row[employer].strip()}：" if employer is not None and row[employer].strip() else ""
        out.append(f"{label}{name}计划招聘{n}人。")
    return out

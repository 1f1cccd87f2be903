"""Title frames of public recruitment announcements (公开招聘…公告), a genre every county and city portal publishes
several times a year, and of their post tables (…岗位表):

- ``澜泉县2026年公开招聘事业单位工作人员公告`` -> "Announcement on the 2026 Open Recruitment of Staff for Public
  Institutions in Lanquan County";
- ``澜泉县2026年公开招聘事业单位工作人员岗位表`` -> "List of Posts for the 2026 Open Recruitment of Staff for Public
  Institutions in Lanquan County";
- ``…第二批公开招聘教师简章`` -> "Guide to the ... (Second Batch)";
- the subject of a 关于…的公告: ``关于2026年公开招聘社区工作者的公告`` -> "Announcement on the 2026 Open Recruitment of
  Community Workers".

Who is recruited: 事业单位 "public institutions" (GWR 2022/299), 公务员 "public servants" (GWR 2017/622), 社区工作者
"community workers" (GWR 2020/59), 医务人员 "medical workers" (GWR 2020/56); 公开招聘 "open recruitment", 岗位表
"List of Posts", 简章 "Guide", 教师, 辅警, 编外人员, 卫生专业技术人员 are project renderings. Each frame
returns None unless the place and the recruited render.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .title_tables import ORDINAL_WORDS
from .title_words import cn_int

if TYPE_CHECKING:
    from .titles import TitleRenderer

RECRUITED = {
    "事业单位工作人员": "Staff for Public Institutions", "事业单位人员": "Staff for Public Institutions",
    "事业单位专业技术人员": "Professional and Technical Staff for Public Institutions",
    "公务员": "Public Servants", "社区工作者": "Community Workers", "医务人员": "Medical Workers",
    "教师": "Teachers", "中小学教师": "Primary and Secondary School Teachers", "幼儿园教师": "Kindergarten Teachers",
    "特岗教师": "Teachers for Special Posts", "卫生专业技术人员": "Health Professionals",
    "医疗卫生专业技术人员": "Health Professionals", "辅警": "Auxiliary Police Officers",
    "警务辅助人员": "Auxiliary Police Officers", "编外人员": "Contract Staff", "合同制人员": "Contract Staff",
    "工作人员": "Staff", "专职网格员": "Full-Time Grid Workers", "乡村医生": "Rural Doctors",
    "高层次人才": "High-Level Talent", "急需紧缺人才": "Talent in Short Supply",
}
KINDS = {"公告": "Announcement on the {x}", "简章": "Guide to the {x}",
         "岗位表": "List of Posts for the {x}", "岗位计划表": "List of Posts for the {x}",
         "岗位一览表": "List of Posts for the {x}", "计划表": "List of Posts for the {x}",
         "实施方案": "Implementation Plan for the {x}"}
RECRUIT_RE = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{1,12}?(?:自治州|自治县|市|县|区|州|旗))?(?P<level>市直|县直|区直|市属|县属)?"
    r"(?:(?P<year>\d{4})年度?)?(?:第(?P<batch>[一二三四五]|\d)批(?:次)?)?(?P<how>公开招聘|公开选聘|招聘|选聘|公开招录)"
    r"(?P<who>" + "|".join(sorted(RECRUITED, key=len, reverse=True)) + r")(?:的)?"
    r"(?P<kind>" + "|".join(sorted(KINDS, key=len, reverse=True)) + r")$")
LEVELS = {"市直": "Municipal-Level ", "市属": "Municipal-Level ", "县直": "County-Level ", "县属": "County-Level ",
          "区直": "District-Level "}


SUBJECT_RE = re.compile(RECRUIT_RE.pattern.replace(
    r"(?:的)?(?P<kind>" + "|".join(sorted(KINDS, key=len, reverse=True)) + r")$", r"(?P<kind>)$"))


def recruitment_subject(renderer: TitleRenderer, zh: str) -> str | None:
    """The subject of a 关于…的公告 (2026年公开招聘社区工作者): 'the 2026 Open Recruitment of Community Workers'."""
    m = SUBJECT_RE.match(zh)
    return _frame(renderer, m, "the {x}") if m else None


def recruitment_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """A recruitment announcement's or post table's title (see the module's docstring), or None."""
    m = RECRUIT_RE.match(zh)
    return _frame(renderer, m, KINDS[m.group("kind")]) if m else None


def _frame(renderer: TitleRenderer, m: re.Match[str], frame: str) -> str | None:
    place = renderer.region(m.group("place")) if m.group("place") else ""
    if place is None:
        return None
    who = RECRUITED[m.group("who")]
    if m.group("who").startswith("事业单位") and m.group("level"):
        who = who.replace("Public Institutions", LEVELS[m.group("level")] + "Public Institutions")
    open_ = "Open " if m.group("how").startswith("公开") else ""
    year = f"{m.group('year')} " if m.group("year") else ""
    what = f"{year}{open_}Recruitment of {who}" + (f" in {place}" if place else "")
    text = frame.format(x=what)
    batch = m.group("batch")
    if batch:
        n = int(batch) if batch.isdigit() else cn_int(batch)
        if n not in ORDINAL_WORDS:
            return None
        text += f" ({ORDINAL_WORDS[n]} Batch)"
    return text

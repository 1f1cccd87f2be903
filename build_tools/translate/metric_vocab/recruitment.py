"""A public recruitment notice of public institutions (事业单位公开招聘公告): the places to fill, the conditions and
terms it sets, and the posts of its post table (holdout25, issue 12).

"public institutions" (事业单位, GWR 2013/168, 2012/488) and "new college graduates" (应届高校毕业生, GWR
2014/101) are official; the reports do not name the recruitment's own terms (公开招聘, 笔试, 公示期, 试用期,
服务年限) nor the posts: project renderings (P), in the words of the Regulations on Personnel Management of Public
Institutions' usual English ("open recruitment", "probation period").
"""

from __future__ import annotations

_PUBLIC = "GWR 2013/168 (public institutions), P"
RECRUITMENT_EXACT: dict[str, tuple[str, str]] = {
    # the places to fill and their kinds
    "计划公开招聘事业单位工作人员": ("staff of public institutions to be recruited", _PUBLIC),
    "公开招聘事业单位工作人员": ("staff of public institutions to be recruited", _PUBLIC),
    "计划招聘": ("places to fill", "P"),
    "招聘人数": ("places to fill", "P"),
    "教育类岗位": ("posts in education", "P"),
    "卫生类岗位": ("posts in health care", "P"),
    "综合类岗位": ("general posts", "P"),
    # conditions and terms
    "年龄": ("age limit", "P"),
    "年龄可放宽": ("relaxed age limit", "P"),
    "最低服务年限": ("minimum period of service", "P"),
    "笔试费": ("written examination fee", "P"),
    "公示期": ("public notice period", "P"),
    "试用期": ("probation period", "P"),
}
# the post a row of the post table names, before 计划招聘 ("临床医师计划招聘": "places to fill: clinical physicians")
RECRUITMENT_POSTS: dict[str, str] = {
    "教师": "teachers", "小学教师": "primary school teachers", "高中语文教师": "senior high school Chinese teachers",
    "高中数学教师": "senior high school mathematics teachers", "高中英语教师": "senior high school English teachers",
    "初中语文教师": "junior high school Chinese teachers", "初中数学教师": "junior high school mathematics teachers",
    "幼儿教师": "preschool teachers", "机电专业教师": "teachers of electromechanics",
    "临床医师": "clinical physicians", "中医医师": "physicians of traditional Chinese medicine",
    "公共卫生医师": "public health physicians", "护理": "nurses", "护士": "nurses", "药剂": "pharmacists",
    "农业技术员": "agricultural technicians", "水利工程技术员": "water conservancy technicians",
    "综合管理": "general administration", "会计": "accountants", "财务": "financial staff",
}
_PLACES = "计划招聘"


def recruitment_metric(zh: str) -> str | None:
    """X计划招聘 of a post table's row: "places to fill: <post>" when the post is known, else None."""
    if not zh.endswith(_PLACES):
        return None
    post = RECRUITMENT_POSTS.get(zh[:-len(_PLACES)])
    return f"places to fill: {post}" if post else None

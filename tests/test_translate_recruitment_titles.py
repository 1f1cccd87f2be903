"""Titles of genres every portal publishes (issue 12, item 4): recruitment announcements and their post tables, an
annex's own title, a yearly plan of projects, a meeting held, growth against the provincial average. Titles
invented for these tests; the English written by hand from the Chinese (事业单位 "public institutions" GWR 2022/299,
社区工作者 "community workers" GWR 2020/59, 主要指标 "main indicators" (Yearbook 2021 table 13-1; GWR 2011/66 "main
economic indicators were higher than the national average"); the frames are project renderings)."""

from __future__ import annotations

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.titles import TitleRenderer


@pytest.mark.parametrize(("zh", "en"), [
    ("梧川县2026年公开招聘事业单位工作人员公告",
     "Announcement on the 2026 Open Recruitment of Staff for Public Institutions in Wuchuan County"),
    ("附件1 梧川县2026年公开招聘事业单位工作人员岗位表",
     "Annex 1: List of Posts for the 2026 Open Recruitment of Staff for Public Institutions in Wuchuan County"),
    ("梧川县2025年第二批公开招聘教师简章",
     "Guide to the 2025 Open Recruitment of Teachers in Wuchuan County (Second Batch)"),
    ("梧川县人力资源和社会保障局关于2026年公开招聘社区工作者的公告",
     "Announcement of the Wuchuan County Human Resources and Social Security Bureau on the 2026 Open Recruitment of "
     "Community Workers"),
    ("梧川市2026年市级重点建设项目计划", "Wuchuan Plan for Municipal Key Construction Projects in 2026"),
    ("全市重大项目建设推进会召开", "Wuchuan Promotion Meeting on Major Project Construction Held"),
    ("我市主要指标增速高于全省平均水平", "Wuchuan's Main Indicators Grow Faster than the Provincial Average"),
    ("梧川市2024年十件民生实事项目完成情况",
     "Completion of Wuchuan's Ten Practical Projects for People's Wellbeing in 2024"),
    ("附表：2025年度城乡居民基本医疗保险住院待遇标准", "Attached Table: Inpatient Benefit Standards of Basic Medical "
     "Insurance for Rural and Non-Working Urban Residents for 2025"),
])
def test_genre_titles(zh: str, en: str) -> None:
    tr = TitleRenderer(get_glossary()).title(zh, region="梧川市")
    assert tr is not None and (tr.status, tr.text) == ("derived", en)


@pytest.mark.parametrize("zh", ["春雷计划", "梧川县2026年公开招聘保洁阿姨公告"])
def test_no_frame_when_a_part_does_not_render(zh: str) -> None:
    """A programme named 计划 and a recruited group the vocabulary does not know get no half-English title."""
    assert TitleRenderer(get_glossary()).title(zh, region="梧川市") is None

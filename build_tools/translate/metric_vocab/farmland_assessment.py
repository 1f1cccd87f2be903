"""A government office's circular of a year's farmland protection assessment (耕地保护目标责任考核结果的通报; an
untuned document, measured first; then this vocabulary): what was found and demolished, the units counted by the
grade they were rated, their scores. Official wording: "protecting farmland" (耕地保护, GWR 2008/430), "permanent
basic cropland" as metric_tables; the grades and the rest are project renderings ("P")."""

from __future__ import annotations

import re
from collections.abc import Callable

FARMLAND_ASSESSMENT_EXACT: dict[str, tuple[str, str]] = {
    "县（市、区）": ("counties, county-level cities and districts", "P"),
    "县（区）": ("counties and districts", "P"),
    "县（市）": ("counties and county-level cities", "P"),
    "考核得分": ("assessment score", "P"),
    "综合得分": ("overall score", "P"),
    "违法占用耕地面积占新增建设用地的比例": ("cropland illegally occupied as a share of new construction land", "P"),
    "问题图斑": ("problem land parcels identified", "P"),
    "拆除违法建筑面积": ("floor area of illegal buildings demolished", "P"),
    "高标准农田累计建成占永久基本农田面积": ("high-standard cropland built as a share of permanent basic cropland",
                                     "P"),
    "市财政各安排奖励资金": ("reward funds from the city budget per unit", "P"),
}

# units counted by the grade they were rated (考核等级为优秀的县（区）, 为良好的乡镇, 评定为不合格的单位): "<units>
# rated excellent" (the grades of an assessment, P)
GRADES = {"优秀": "excellent", "良好": "good", "较好": "fairly good", "合格": "satisfactory", "基本合格":
          "basically satisfactory", "不合格": "unsatisfactory", "达标": "up to standard", "不达标": "below standard",
          "一般": "fair", "较差": "poor", "好": "good", "差": "poor"}
_GRADE = "|".join(sorted(GRADES, key=len, reverse=True))
_GRADED = re.compile(r"^(?:(?:考核|考评|评估|评价|评议|年度考核)?(?:等级|结果|等次)?|被?评定|被?评)为"
                     rf"(?P<grade>{_GRADE})(?:等[级次])?的(?P<who>.{{1,12}})$")


def graded_metric(zh: str, noun: Callable[[str], str | None]) -> str | None:
    """考核等级为优秀的县（区） -> 'counties and districts rated excellent'; None when the units do not render."""
    m = _GRADED.match(zh)
    if not m or not (who := noun(m.group("who"))):
        return None
    return f"{who} rated {GRADES[m.group('grade')]}"

"""A county's territorial spatial master plan (国土空间总体规划: the three control lines, the 2035 goals, the table of
main control indicators) and a city's monitoring report on its women's development programme (妇女发展规划实施情况
统计监测报告: health, education, employment, decision-making, social security of women) (held-out set 31).

Official wording where the reference has it: "permanent basic cropland" (永久基本农田, GWR 2022/412, 2016/462),
"redlines for ecological conservation" (生态保护红线, GWR 2018/496), "the size of residential population" (常住人口规模,
GWR 2022/488), "maternal mortality" (孕产妇死亡率, GWR 2008/161), "cervical cancer and breast cancer screenings for
women of appropriate ages" (适龄妇女宫颈癌、乳腺癌筛查, GWR 2011/485, 2012/411), "the rate of hospital deliveries"
(住院分娩率, GWR 2011/495), "average length of schooling" (平均受教育年限, GWR 2018/181), "NPC deputies and CPPCC ...
members" (人大代表、政协委员, GWR 2021/78), "vocational skills training" (职业技能培训, GWR 2022/311), "basic old-age
insurance" (GWR 2021/228), "unemployment ... and maternity insurance" (GWR 2009/444). The reports name neither the
urban development boundary, the 15-minute community life circle, a return period, the land area of a territory, nor
residents' and villagers' committees' members: project renderings (P).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_SCREENING = "GWR 2011/485, 2012/411"
_DEPUTIES = "GWR 2021/78, P"

PLAN_MONITORING_EXACT: dict[str, tuple[str, str]] = {
    # a territorial spatial master plan
    "国土总面积": ("total land area", "P"),
    "常住人口规模": ("size of the permanent resident population", "GWR 2022/488"),
    "县城常住人口": ("permanent residents of the county seat", "GWR 2022/488, P"),
    "永久基本农田保护面积": ("area of permanent basic cropland under protection", "GWR 2022/412"),
    "永久基本农田": ("permanent basic cropland", "GWR 2022/412"),
    "城镇开发边界面积": ("area within the urban development boundary", "P"),
    "城镇开发边界面积与现状城镇建设用地规模之比": (
        "ratio of the area within the urban development boundary to the current urban construction land", "P"),
    "生态保护红线面积占国土总面积": (
        "share of the area within the redlines for ecological conservation in the total land area", "GWR 2018/496, P"),
    "社区15分钟生活圈覆盖率": ("coverage of 15-minute community life circles", "P"),
    "县城防洪标准": ("flood control standard of the county seat", "P"),
    "防洪标准": ("flood control standard", "P"),
    "湿地保有量": ("wetland area retained", "GWR 2018/498, P"),
    # a women's development programme monitored
    "达到或提前实现规划目标值的指标": (
        "indicators that met the program's targets, on time or ahead of schedule", "P"),
    "达到或提前实现规划目标值的指标占指标比例": (
        "share of the indicators monitored that met the program's targets", "P"),
    "住院分娩率": ("rate of hospital deliveries", "GWR 2011/495"),
    "适龄妇女宫颈癌筛查覆盖率": ("coverage of cervical cancer screening of women of appropriate ages", _SCREENING),
    "宫颈癌筛查覆盖率": ("coverage of cervical cancer screening", _SCREENING),
    "乳腺癌筛查覆盖率": ("coverage of breast cancer screening", _SCREENING),
    "普通高校在校生中女生所占比重": ("share of female students among students of regular institutions of higher "
                                     "learning", "P"),
    "女性平均受教育年限": ("average length of schooling of women", "GWR 2018/181"),
    "女性就业人员占全社会就业人员的比重": ("women's share of total employment", "P"),
    "女性就业人员占全社会就业人员比重": ("women's share of total employment", "P"),
    "城镇单位女性就业人员": ("women employed in urban units", "P"),
    "农村妇女参加各类职业技能培训": ("rural women in vocational skills training", "GWR 2022/311"),
    "市人大代表中女性比例": ("share of women among deputies to the municipal people's congress", _DEPUTIES),
    "市政协委员中女性比例": ("share of women among members of the municipal CPPCC committee", _DEPUTIES),
    "居委会成员中女性比例": ("share of women among residents' committee members", "P"),
    "村委会成员中女性比例": ("share of women among villagers' committee members", "P"),
    "女性参加基本养老保险人数": ("women covered by basic old-age insurance", "GWR 2021/228"),
    "女性参加失业保险人数": ("women covered by unemployment insurance", "GWR 2009/444"),
    "女性参加生育保险人数": ("women covered by maternity insurance", "GWR 2009/444"),
}

# a figure's gap to its goal (乳腺癌筛查覆盖率与目标值差距)
_GAP = re.compile(r"^(?P<what>.+)与目标值差距$")


# the parts of a region where a rate is above or below the region's average (孕产妇死亡率高于全市平均水平的县（区）)
_PARTS_BEYOND = re.compile(r"^(?P<what>.+?)(?P<side>高于|低于)全(?P<level>[市省县区])平均水平的"
                           r"(?P<part>县（区）|县（市、区）|乡（镇）|乡镇（街道）|县|区|乡镇)$")
_LEVELS = {"市": "city", "省": "province", "县": "county", "区": "district"}
_PARTS = {"县（区）": "counties and districts", "县（市、区）": "counties, county-level cities and districts",
          "乡（镇）": "townships and towns", "乡镇（街道）": "townships, towns and subdistricts", "县": "counties",
          "区": "districts", "乡镇": "townships and towns"}


def plan_monitoring_metric(zh: str, noun: Callable[[str], str | None]) -> str | None:
    """乳腺癌筛查覆盖率与目标值差距 -> "gap of the coverage of breast cancer screening to its target";
    孕产妇死亡率高于全市平均水平的县（区） -> "counties and districts with a maternal mortality rate above the city
    average"; None else."""
    if m := _GAP.match(zh):
        found = noun(m.group("what"))
        return f"gap of the {found} to its target" if found else None
    if m := _PARTS_BEYOND.match(zh):
        found = noun(m.group("what"))
        side = "above" if m.group("side") == "高于" else "below"
        level = _LEVELS[m.group("level")]
        return f"{_PARTS[m.group('part')]} with a {found} {side} the {level} average" if found else None
    return None


def unsourced() -> list[tuple[str, str]]:
    """The rules' words (project renderings)."""
    return list(_PARTS.items()) + list(_LEVELS.items())

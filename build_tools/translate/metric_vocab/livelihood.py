"""A city's report on the completion of its yearly livelihood projects (民生实事项目完成情况) and a county's report on
the management of state-owned assets (国有资产管理情况的综合报告) (holdout28, issue 12).

Official renderings (../shared/reference, GWR year/unit):
- 老旧小区 "old urban residential communities" (GWR 2022/44); 普惠性学前教育 "public-interest preschool education" (GWR
  2022/491); 普惠托育 "public-interest childcare" (GWR 2022/524); 适老化改造 "adapted for the elderly" (GWR 2022/399);
- 充电桩 "charging facilities" (GWR 2021/414); 宫颈癌和乳腺癌筛查 "cervical cancer and breast cancer screening" (GWR
  2012/411); 农村饮水 "drinking water in rural areas" (GWR 2019/474);
- 国有企业 "SOEs" (GWR 2022/299); 事业单位 "public institutions" (GWR 2013/168); 公务用车 "vehicles for official use"
  (GWR 2012/200); 盘活闲置资产 "assets sitting idle put into good use" (GWR 2022/243); 融资担保 "financing guaranty"
  (GWR 2022/292); 土地出让 "land sales" (GWR 2021/463); 建设用地 "land for construction" (GWR 2020/215); 税费 "taxes
  and fees" (GWR 2022/277).
资产负债率 is the yearbook's "asset-liability ratio" (YB 13-3, as industry.py has it; the GWR's "debt-to-asset ratio",
2018/87, would split the site's usage) and 农贸市场 the glossary's "farmers' markets".
The projects' own words (完成率, 完成投资, 背街小巷, 快充桩, 社区食堂, 群众满意率) and the accounting terms (所有者权益,
净资产, 在保余额, 净资产收益率: the Ministry of Finance's usual English) are project renderings (P).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_OLD = "GWR 2022/44 (old urban residential communities), P"
_WATER = "GWR 2019/474 (drinking water in rural areas), P"
_SCREEN = "GWR 2012/411 (cervical cancer and breast cancer screening), P"
_CHARGE = "GWR 2021/414 (charging facilities), P"
_SOE = "GWR 2022/299 (state-owned enterprises), P"
_PUBLIC = "GWR 2013/168 (public institutions), P"
_IDLE = "GWR 2022/243 (assets sitting idle put into good use), P"
_LAND = "GWR 2020/215 (land for construction), GWR 2021/463 (land sales), P"
LIVELIHOOD_EXACT: dict[str, tuple[str, str]] = {
    # the projects, planned and done (计划… and 实际… are read by livelihood_metric); names the grammar and the glossary
# already render (改造老旧小区, 新增学位, 改造提升农贸市场 "farmers' markets upgraded", 资产负债率) are not repeated
    "新建、改扩建公办幼儿园": ("public kindergartens built or expanded", "GWR 2022/491 (preschool education), P"),
    "新建改扩建公办幼儿园新增学位": ("new places in public kindergartens built or expanded", "GWR 2022/491, P"),
    "超额": ("above plan", "P"),
    "公共停车泊位": ("public parking spaces", "GWR 2021/414 (car parks), P"),
    "新增公共停车泊位": ("new public parking spaces", "GWR 2021/414 (car parks), P"),
    "新建社区嵌入式养老服务中心": ("community-embedded elderly care service centers built", "GWR 2022/375, P"),
    "居家适老化改造": ("homes adapted for the elderly", "GWR 2022/399 (adapted for the elderly), P"),
    "年度目标": ("annual target", "P"),
    "改造提升农村供水管网": ("rural water supply pipes upgraded", _WATER),
    "改造农村供水管网": ("rural water supply pipes upgraded", _WATER),
    "农村供水管网改造": ("rural water supply pipes upgraded", _WATER),
    "受益人口": ("beneficiaries", "P"),
    "宫颈癌筛查": ("cervical cancer screenings", _SCREEN),
    "乳腺癌筛查": ("breast cancer screenings", _SCREEN),
    "妇女“两癌”免费筛查": ("free cervical and breast cancer screenings for women", _SCREEN),
    "改造背街小巷": ("back streets and alleys upgraded", "P"),
    "背街小巷改造": ("back streets and alleys upgraded", "P"),
    "公共充电桩建设": ("public charging piles built", _CHARGE),
    "快充桩": ("fast-charging piles", _CHARGE),
    "农贸市场提升改造": ("farmers' markets upgraded", "P"),  # (the glossary's 农贸市场)
    "群众满意率": ("public satisfaction rate", "P"),
    "新增普惠托育托位": ("new public-interest childcare places", "GWR 2022/524"),
    "新建社区食堂": ("community canteens built", "P"),
    "完成率": ("completion rate", "P"),
    # the plan's own completion rate (计划完成率, 年度计划完成率): the share of the plan completed, as 完成年度计划的N%
    # reads (metric_tables 年度计划), never "completion rate of share of ..." (P)
    "计划完成率": ("share of the plan completed", "P"),
    "年度计划完成率": ("share of the annual plan completed", "P"),
    "全年计划完成率": ("share of the annual plan completed", "P"),
    # state-owned assets: enterprises, the financial enterprise, administrative and public institutions, land
    "资产总额": ("total assets", "P"),
    "负债总额": ("total liabilities", "P"),
    "所有者权益": ("owners' equity", "P"),
    "净资产": ("net assets", "P"),
    "平均资产负债率": ("average asset-liability ratio", "YB 13-3 (asset-liability ratio), P"),
    "县属国有金融企业": ("county-owned state financial enterprises", _SOE),
    "县属国有企业净资产收益率": ("return on equity of county-owned state enterprises", _SOE),
    "净资产收益率": ("return on equity", "P"),
    "资产总额占县属国有企业资产总额": ("share of the total assets of county-owned state enterprises", _SOE),
    "上缴税费": ("taxes and fees paid", "GWR 2022/277 (taxes and fees), P"),
    "在保余额": ("outstanding guarantees", "GWR 2022/292 (financing guaranty), P"),
    "行政事业单位资产总额": ("total assets of administrative bodies and public institutions", _PUBLIC),
    "行政单位资产总额": ("total assets of administrative bodies", "P"),
    "事业单位资产总额": ("total assets of public institutions", _PUBLIC),
    "行政事业单位房屋面积": ("floor space of the buildings of administrative bodies and public institutions", _PUBLIC),
    "公务用车": ("vehicles for official use", "GWR 2012/200"),
    "国有土地总面积": ("total state-owned land", "P"),
    "国有农用地": ("state-owned agricultural land", "P"),
    "国有未利用地": ("state-owned unused land", "P"),
    "出让国有建设用地使用权": ("state-owned construction land use rights sold", _LAND),
    "出让国有建设用地使用权面积": ("area of state-owned construction land use rights sold", _LAND),
    "成交价款": ("transaction value", "P"),
    "清理退出“空壳”企业": ("shell companies closed", "P"),
    "盘活闲置低效资产": ("idle and inefficient assets put into good use", _IDLE),
    "盘活闲置资产收入": ("revenue from idle assets put into good use", _IDLE),
    "通过公物仓调剂办公设备": ("office equipment reallocated through the public property pool", "P"),
    "节约财政资金": ("budgetary funds saved", "GWR 2022/243 (budgetary funds), P"),
    "督促整改问题": ("problems rectified", "P"),
    "国有资产专项审计": ("special audits of state-owned assets", "GWR 2022/565 (audit-based oversight), P"),
    "组织开展国有资产专项审计": ("special audits of state-owned assets", "GWR 2022/565 (audit-based oversight), P"),
    "一级企业": ("first-tier enterprises", "P"),
}
# words before a project's thing that say it was planned or done: the row's status says so already
_PLAN_OR_DONE = ("计划", "实际完成", "实际新增", "实际建成", "实际")
# a project's measure after its name (老旧小区改造完成投资: a completion table's column)
_MEASURES = {"完成投资": "investment completed: {}", "年度目标完成率": "share of the annual target reached: {}",
             "年度目标": "annual target: {}"}  # (X完成率 is the grammar's "completion rate of X")


# the entities whose measure passes a bound (资产负债率超过75%的企业: "enterprises with an asset-liability ratio
# above 75%")
_PAST_BOUND = re.compile(r"^(?P<measure>.{2,10}?)(?P<side>超过|高于|低于|不足)(?P<bound>\d+(?:\.\d+)?)[%％]"
                         r"的(?P<what>[\u4e00-\u9fff]{2,8})$")  # (…的市属企业 "city-owned enterprises", holdout53)
_SIDES = {"超过": "above", "高于": "above", "低于": "below", "不足": "below"}


def livelihood_metric(zh: str, noun: Callable[[str], str | None]) -> str | None:
    """计划改造背街小巷 "back streets and alleys upgraded" (the status says planned), 实际完成宫颈癌筛查 "cervical
    cancer screenings", 背街小巷改造完成投资 "investment completed: back streets and alleys upgraded"; None
    otherwise."""
    for word in _PLAN_OR_DONE:
        rest = zh[len(word):]
        if zh.startswith(word) and len(rest) >= 2 and (found := noun(rest)):
            return found
    if (m := _PAST_BOUND.match(zh)) and (measure := noun(m.group("measure"))) and (
            what := "enterprises" if m.group("what") == "企业" else noun(m.group("what"))):
        article = "an" if measure[:1] in "aeiou" else "a"
        return f"{what} with {article} {measure} {_SIDES[m.group('side')]} {m.group('bound')}%"
    for word, form in _MEASURES.items():
        rest = zh[:-len(word)]
        if zh.endswith(word) and len(rest) >= 2 and (found := noun(rest)):
            return form.format(found)
    return None

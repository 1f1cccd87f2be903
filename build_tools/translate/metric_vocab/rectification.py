"""A county inspection office's report on the rectification after a round of inspection tours (problems found and
rectified, rules made, leads transferred, funds recovered, people handled) and a city's urban health check report
(its indicators of green space, communities, commuting, waterlogging and sewage, the survey, the plan); holdout57.

Official usage where the reference has it: 巡视 "inspections" (GWR 2019/460), 化解信访积案 "clearing the backlog of
cases" of public complaints (GWR 2022/132), 安全隐患排查整治 "identify and address safety hazards" (GWR 2022/399),
公共停车泊位 (GWR 2021/414, plan_projects). 整改 "rectification" has no official English in the reference (GWR
2019/520 renders 达标整改 by sense); it, the discipline terms (党纪政务处分, 第一种形态, 组织处理), the health check's
indicators (完整居住社区, 15分钟社区生活圈, 通勤, 道路网密度, 内涝积水点) and the survey are project renderings (P).
"""

from __future__ import annotations

RECTIFICATION_EXACT: dict[str, tuple[str, str]] = {
    # the round of inspections and what it found
    "本轮巡察共发现问题": ("problems found by the round of inspections", "GWR 2019/460 (inspections), P"),
    "巡察发现问题": ("problems found by the inspections", "GWR 2019/460 (inspections), P"),
    "单位党组织": ("Party organizations of the units inspected", "P"),
    "开展了提级巡察的村（社区）": ("villages (communities) inspected at a higher level", "P"),
    "巡察指出的问题": ("problems the inspection pointed out", "GWR 2019/460 (inspections), P"),
    "巡察反馈的问题": ("problems the inspection fed back", "GWR 2019/460 (inspections), P"),
    "受理群众来信来电来访": ("letters, calls and visits from the public received", "P"),
    "巡察期间共受理群众来信来电来访": ("letters, calls and visits from the public received during the inspection",
                                "P"),
    "向县纪委监委移交问题线索": (
        "leads on problems transferred to the county commission for discipline inspection and supervision", "P"),
    "向有关职能部门移交问题线索": ("leads on problems transferred to the functional departments", "P"),
    # the rectification (整改 "rectification", P)
    "整改到位": ("problems rectified", "P"),
    "整改": ("problems rectified", "P"),
    "完成整改": ("problems rectified", "P"),
    "整改完成率": ("rectification completion rate", "P"),
    "其余问题": ("problems still being rectified", "P"),
    "制定整改措施": ("rectification measures drawn up", "P"),
    "被巡察党组织共制定整改措施": ("rectification measures drawn up by the Party organizations inspected",
                          "P"),
    "建立完善制度": ("rules established or improved", "P"),
    "建立完善村级小微权力清单等制度": ("rules established or improved, lists of village-level petty powers among them",
                          "P"),
    "废止不适应的制度": ("outdated rules repealed", "P"),
    "解决群众反映强烈的突出问题": ("pressing problems raised by the public solved", "P"),
    "民生问题": ("problems of people's daily lives solved", "P"),
    "化解信访积案": ("backlog cases of public complaints cleared", "GWR 2022/132"),
    "核查补贴发放记录": ("subsidy payment records checked", "P"),
    "漏发问题": ("wrong or missed subsidy payments corrected", "P"),  # (纠正错发、漏发问题)
    "纠正错发、漏发问题": ("wrong or missed subsidy payments corrected", "P"),
    # funds recovered, collected and returned
    "清退各类资金": ("funds recovered and returned", "P"),
    "追回违规发放的补贴资金": ("subsidies paid against the rules recovered", "P"),
    "收缴欠缴的国有土地出让金等非税收入": ("overdue non-tax revenue collected, land transfer fees among it", "P"),
    "清退违规收取的费用": ("fees charged against the rules refunded", "P"),
    "清退违规发放的津补贴": ("allowances paid against the rules recovered", "P"),
    "收回村级集体资产发包合同欠款": ("arrears on contracts for village collective assets recovered", "P"),
    "追缴国有土地出让金及滞纳金": ("land transfer fees and late fees recovered", "P"),
    "追回项目资金": ("project funds recovered", "P"),
    "化解历史遗留不动产登记问题": ("long-standing real estate registration problems resolved", "P"),
    "发现并督促整改工程质量问题": ("project quality problems found and rectified", "P"),
    "改造老旧供水管网": ("old water supply pipes upgraded", "GWR 2022/382, P"),  # (as water_supply.py)
    "规范清理村级合同": ("village-level contracts put in order", "P"),
    "新增受益群众": ("additional people benefiting", "P"),
    # accountability
    "办结": ("leads disposed of", "P"),
    "给予党纪政务处分": ("people given Party disciplinary or administrative penalties", "P"),
    "党纪政务处分": ("people given Party disciplinary or administrative penalties", "P"),
    "处分": ("people given disciplinary penalties", "P"),  # (纪检监察机关…处分189人: the penalties unnamed)
    "科级干部": ("officials at section level among them", "P"),
    "运用监督执纪“第一种形态”批评教育帮助和处理": (
        "people criticized, educated, helped or dealt with under the first form of oversight and discipline", "P"),
    "组织处理": ("people subject to organizational measures", "P"),
    "诫勉谈话村干部": ("village officials admonished", "P"),
    "调整不胜任现职干部": ("officials unfit for their posts reassigned", "P"),
    "权重": ("weight in the assessment", "P"),
    # the urban health check: its survey
    "入户发放居民满意度调查问卷": ("residents' satisfaction questionnaires handed out door to door", "P"),
    "实地踏勘小区": ("residential compounds surveyed on site", "P"),
    "街区": ("blocks surveyed on site", "P"),  # (实地踏勘小区218个、街区46个)
    "居民综合满意度": ("residents' overall satisfaction", "P"),
    "采集基础数据": ("basic data records collected", "P"),
    "通勤距离小于5公里的人口比例": ("share of people commuting less than 5 km", "P"),
    "居民对住房维度的满意度": ("residents' satisfaction with housing", "P"),
    # its indicators
    "完整居住社区覆盖率": ("coverage of complete residential communities", "P"),
    "社区生活圈覆盖率": ("coverage of community life circles", "P"),
    "公园绿化活动场地服务半径覆盖率": ("share of the city within the service radius of parks and green spaces", "P"),
    "社区卫生服务中心（站）服务半径覆盖率": (
        "share of the city within the service radius of community health centers (stations)", "P"),
    "城市道路网密度": ("urban road network density", "P"),
    "建成区高峰期平均机动车速度": ("average motor vehicle speed in built-up areas at peak hours", "P"),
    "平均单程通勤时间": ("average one-way commuting time", "P"),
    "中心城区平均单程通勤时间": ("average one-way commuting time in the central urban area", "P"),
    "城市内涝积水点": ("urban waterlogging points", "P"),
    "城市内涝积水点数量": ("urban waterlogging points", "P"),
    "内涝积水点": ("waterlogging points", "P"),
    "中心城区仍有雨污合流管网": ("combined sewers still in the central urban area", "P"),
    "雨污合流管网": ("combined sewers", "P"),
    # its works and plan
    "整治存在结构安全隐患的住房": ("buildings with structural safety hazards remedied", "GWR 2022/399, P"),
    "新建改造雨水管网": ("rainwater pipes built or renovated", "P"),
    "新建绿道": ("greenways built", "P"),
    "新增便民商业网点": ("new convenience stores and service outlets", "P"),
    "改造提升背街小巷": ("back streets and alleys upgraded", "P"),
    "打通断头路": ("dead-end roads opened through", "P"),
    "谋划城市更新项目": ("urban renewal projects planned", "P"),
}

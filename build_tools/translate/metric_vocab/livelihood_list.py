"""A city's list of its yearly livelihood projects (十件民生实事项目清单) and the 2025 estimates of a plan-execution
report (holdout55): the projects' targets, their funding and standards, the projects named in the list's table.

Official renderings (../shared/reference, GWR year/unit; YB table): 适老化改造 "adapted for the elderly" (GWR
2022/399); 普惠托育 "public-interest childcare" (GWR 2022/524); 农村饮水 "drinking water in rural areas" (GWR
2019/474); 公交 "public transport" (GWR 2015/412); 农村低收入人口 "low-income rural population" (GWR 2021/438);
建筑面积 "floor space" (YB 14-23, 19-8). The rest has no occurrence: project renderings (P), none word by word: 市级财政
"the municipal budget", 菜篮子 and 米袋子 "the food supply (vegetable basket and rice bag)", 快速检测 "rapid tests",
嵌入式 "community-embedded", 互助养老 "mutual-aid elderly care", 考核权重 "weight in the performance assessment".
"""

from __future__ import annotations

_CARE = "GWR 2022/399 (adapted for the elderly), P"
_CHILD = "GWR 2022/524 (public-interest childcare), P"
_WATER = "GWR 2019/474 (drinking water in rural areas), P"
_BUDGET = "P"  # (the funds of the municipal budget)
LIVELIHOOD_LIST_EXACT: dict[str, tuple[str, str]] = {
    # the list's funding: the municipal budget's share, the subsidies from above
    "市级财政资金": ("funds from the municipal budget", _BUDGET),
    "市级财政": ("funds from the municipal budget", _BUDGET),
    "中央和省级补助资金": ("subsidies from the central and provincial governments", "P"),
    "建筑面积": ("floor space", "YB 14-23 (floor space of buildings)"),
    # the projects' targets
    "新建社区嵌入式托育服务点": ("community-embedded childcare service sites built", _CHILD),
    "新增普惠性托位一次性建设补助标准": (
        "one-off construction subsidy per new public-interest childcare place", _CHILD),
    "新建村级互助养老服务点": ("village-level mutual-aid elderly care service sites built", "P"),
    "特殊困难老年人家庭": ("households of elderly people with special difficulties", _CARE),
    "65岁及以上老年人免费健康体检": ("free health checkups for people aged 65 and over", "P"),
    "新辟优化公交线路": ("bus routes opened or optimized", "GWR 2015/412 (public transport), P"),
    "完成食品安全快速检测": ("rapid food safety tests completed", "P"),
    "食品安全快速检测": ("rapid food safety tests", "P"),
    "新建改造供水管网": ("water supply pipes built or upgraded", _WATER),
    "残疾儿童": ("children with disabilities", "P"),
    "救助标准": ("assistance standard", "P"),
    "低收入家庭": ("low-income households", "GWR 2021/438 (low-income rural population), P"),
    "发放资金": ("funds paid out", "P"),
    "考核权重": ("weight in the performance assessment", "P"),
    # the projects as the list's table names them (its 项目名称: the rows' subjects)
    "中小学和幼儿园建设": ("building of primary and secondary schools and kindergartens", "P"),
    "城乡居民就业": ("employment of urban and rural residents", "P"),
    "基层医疗服务": ("primary-level medical services", "P"),
    "市民交通出行": ("residents' travel", "GWR 2015/412 (public transport), P"),
    "菜篮子米袋子": ("the food supply (vegetable basket and rice bag)", "P"),
    "残疾人和困难群体关爱": ("care for people with disabilities and people in difficulty", "P"),
    "农村饮水安全": ("rural drinking water safety", _WATER),
    # a plan-execution report's estimates of a company's year and a park's projects
    "全年产值": ("output value for the year", "P"),
    "全年新引进项目": ("new projects brought in during the year", "P"),
    "新增日供水能力": ("new daily water supply capacity", "P"),
}

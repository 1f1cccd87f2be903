"""A city's rules for attracting talent (安家补贴, 生活补贴, 购房补贴 by tier and degree, 引才奖励, the yearly special
fund) and a province's report on the execution of its budget and the draft budget of the next year (the four budgets,
预计 execution, 滚存结余, the reserve fund) (held-out set 45).

Official wording where the reference has it: "bring in ... personnel of all types" (引进各类人才, GWR 2008/153),
"settle" (安家, GWR 2020/264), "revenue in the general public budgets" (一般公共预算收入, GWR 2015/16), "budgets for
social security funds" (社会保险基金预算, GWR 2010/491), "basic pension benefits for rural and non-working urban
residents" (城乡居民基础养老金, GWR 2015/471). The reports name neither the subsidies of talent schemes nor the
reserve fund, the accumulated balance or the transfers between budgets: project renderings (P).
"""

from __future__ import annotations

_GPB = "general public budgets"  # GWR 2015/16
_SSF = "budgets for social security funds"  # GWR 2010/491

TALENT_EXACT: dict[str, tuple[str, str]] = {
    "青年人才": ("young professionals", "P"),  # (35岁以下青年人才占比: the group an age band names, .age_group)
    # talent schemes
    "安家补贴": ("settling-in subsidy", "GWR 2020/264 (settle), P"),
    "生活补贴": ("living subsidy", "P"),
    "购房补贴": ("home purchase subsidy", "P"),
    "引才奖励": ("reward for bringing in talent", "P"),
    "引进各类人才": ("talented personnel of all types brought in", "GWR 2008/153, P"),
    "博士研究生": ("doctoral graduates", "P"),
    "硕士研究生": ("master's graduates", "P"),
    "人才发展专项资金": ("special fund for talent development", "P"),
    "审核结果公示期": ("publicity period of the review results", "P"),
    # a budget report's four budgets
    "一般公共预算税收收入": (f"tax revenue in the {_GPB}", "GWR 2015/16, P"),
    "一般公共预算收入预算": (f"budgeted revenue in the {_GPB}", "GWR 2015/16, P"),
    "一般公共预算收入预算数": (f"budgeted revenue in the {_GPB}", "GWR 2015/16, P"),
    "一般公共预算支出预算数": (f"budgeted expenditure in the {_GPB}", "GWR 2015/16, P"),
    "调入一般公共预算": (f"transferred to the {_GPB}", "GWR 2015/16, P"),
    "政府性基金预算收入预算": ("budgeted revenue of government-managed funds", "GWR 2018/89, P"),
    "国有资本经营预算支出": ("expenditure of the budget for state capital operations", "P"),
    "国有资本经营预算收入预算": ("budgeted revenue of the budget for state capital operations", "P"),
    "社会保险基金预算收入": (f"revenue of the {_SSF}", "GWR 2010/491, P"),
    "社会保险基金预算支出": (f"expenditure of the {_SSF}", "GWR 2010/491, P"),
    "社会保险基金滚存结余": ("accumulated balance of social security funds", "GWR 2010/491, P"),
    "社会保险基金累计结余": ("accumulated balance of social security funds", "GWR 2010/491, P"),
    "滚存结余": ("accumulated balance", "P"),
    "预备费": ("reserve fund", "P"),
    "科技支出": ("spending on science and technology", "P"),
    "先进制造业发展基金规模": ("size of the advanced manufacturing development fund", "P"),
    "城乡居民基础养老金最低标准": ("minimum basic pension benefits for rural and non-working urban residents",
                                   "GWR 2015/471, P"),
}

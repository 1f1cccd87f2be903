"""A department's budget statement (部门预算情况说明, 部门预算公开; holdout22): revenue and expenditure budgets,
basic and project expenditures, the "three public expenses", operating expenses, government procurement, state
assets and performance targets.

"basic regular and project expenditures" (基本支出/项目支出, GWR 2014/259), "general public budgets" (一般公共预算,
GWR 2015/16), "government-managed funds" (政府性基金, GWR 2018/89), "spending on official overseas visits, official
vehicles, and official hospitality" (“三公”经费, GWR 2019/309, 2018/219, 2017/228), "government procurement" (政府采购,
GWR 2019/550), "public institutions" (事业单位, GWR 2022/299), "small and medium enterprises" (中小企业, GWR
2022/299), "official vehicles" (公务用车, GWR 2014/548), "comprehensive use of straw" (秸秆综合利用, GWR 2017/502). The
rest follow the Ministry of Finance's budget English where the reference has none: project renderings (P). A name
said of the department itself (本部门机关运行经费预算) is the same name.
"""

from __future__ import annotations

_THREE = "spending on official overseas visits, official vehicles, and official hospitality"  # GWR 2019/309

_BUDGET: dict[str, tuple[str, str]] = {
    # revenue and expenditure
    "收入预算": ("budgeted revenue", "P"),
    "支出预算": ("budgeted expenditure", "P"),
    "收入预算总计": ("total budgeted revenue", "P"),
    "支出预算总计": ("total budgeted expenditure", "P"),
    # a budget report's grand totals (…加上上级补助收入…，收入总计40.87亿元: all revenue, transfers included)
    "收入总计": ("total revenue", "P"),
    "支出总计": ("total expenditure", "P"),
    "预算数": ("budgeted amount", "P"),
    "基本支出": ("basic regular expenditures", "GWR 2014/259"),
    "项目支出": ("project expenditures", "GWR 2014/259"),
    "一般公共预算拨款收入": ("appropriations from the general public budget", "GWR 2015/16, P"),
    "一般公共预算拨款": ("appropriations from the general public budget", "GWR 2015/16, P"),
    "政府性基金预算拨款收入": ("appropriations from the government-managed funds budget", "GWR 2018/89, P"),
    "其他收入": ("other revenue", "P"),
    "涉及预算资金": ("budget funds involved", "P"),
    # the three public expenses
    "“三公”经费": (_THREE, "GWR 2019/309"),
    "“三公”经费预算": (f"budgeted {_THREE}", "GWR 2019/309, P"),
    "“三公”经费预算数": (f"budgeted {_THREE}", "GWR 2019/309, P"),
    "“三公”经费实际支出": (f"actual {_THREE}", "GWR 2019/309, P"),
    "因公出国（境）费": ("official overseas visits", "GWR 2019/309"),
    "公务用车购置及运行费": ("purchase and operation of official vehicles", "GWR 2014/548, P"),
    "公务接待费": ("official hospitality", "GWR 2019/309"),
    "机关运行经费": ("operating expenses of government offices", "P"),
    "机关运行经费预算": ("budgeted operating expenses of government offices", "P"),
    # government procurement
    "政府采购预算": ("government procurement budget", "GWR 2019/550, P"),
    "政府采购预算总额": ("government procurement budget", "GWR 2019/550, P"),
    "货物采购预算": ("procurement budget for goods", "P"),
    "工程采购预算": ("procurement budget for works", "P"),
    "服务采购预算": ("procurement budget for services", "P"),
    "授予中小企业合同金额": ("contracts awarded to small and medium enterprises", "GWR 2022/299, P"),
    "授予中小企业合同金额占政府采购项目预算金额": (
        "share of contracts awarded to small and medium enterprises in the procurement budget", "GWR 2022/299, P"),
    # organization and staffing
    "内设股室": ("internal sections", "P"),
    "下属事业单位": ("affiliated public institutions", "GWR 2022/299, P"),
    "纳入部门预算编制范围的单位": ("units covered by the department budget", "P"),
    "编制人数": ("authorized staff", "P"),
    "行政编制": ("authorized administrative staff", "P"),
    "事业编制": ("authorized staff of public institutions", "GWR 2022/299, P"),
    # state assets
    "车辆": ("vehicles", "P"),
    "共有车辆": ("vehicles", "P"),
    "一般公务用车": ("general official vehicles", "GWR 2014/548, P"),
    "执法执勤用车": ("law enforcement and duty vehicles", "P"),
    "特种专业技术用车": ("special technical vehicles", "P"),
    "单位价值50万元以上通用设备": ("general equipment worth CNY 500,000 or more per unit", "P"),
    "房屋建筑面积": ("floor area of buildings", "P"),
    # performance targets
    "实行绩效目标管理的项目": ("projects under performance target management", "P"),
    "农作物秸秆综合利用率": ("rate of comprehensive use of crop straw", "GWR 2017/502, P"),
    # a finance bureau's monthly release on revenue and expenditure (2025年1-11月全市财政收支情况; holdout33)
    "一般公共预算收入增幅": ("growth of revenue in the general public budget", "GWR 2015/16"),
    "国有土地使用权出让收入": ("revenue from the sale of land-use rights", "GWR 2014/551"),
    "土地出让收入": ("revenue from land sales", "GWR 2021/463"),
}
BUDGET_EXACT: dict[str, tuple[str, str]] = {**_BUDGET, **{f"本部门{zh}": entry for zh, entry in _BUDGET.items()}}

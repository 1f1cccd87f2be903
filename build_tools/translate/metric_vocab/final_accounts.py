"""A department's final accounts (部门决算, 部门决算公开; holdout54): the lines of the functional classification with
their budget at the start of the year (年初预算), their spending in the final accounts (支出决算, 决算数) and its share
of the budget (完成年初预算), last year's accounts (上年决算数), revenue and expenditure with the carry-over, the
"three public expenses", personnel and public expenses, government procurement and the contracts awarded to small
businesses, the units and staff, vehicles and equipment, performance self-evaluation.

"final accounts" (决算, GWR 2017/317; YB 7-10 "Final Accounts for Revenue of Government Funds"), "spending on official
overseas visits, official vehicles, and official hospitality" (“三公”经费, GWR 2019/309), "official vehicles" (公务用车,
GWR 2014/548), "government procurement" (政府采购, GWR 2019/550), "small and medium enterprises" (中小企业, GWR
2022/299), "small and micro businesses" (小微企业, GWR 2019/316), "public institutions" (事业单位, GWR 2022/299),
"general public budgets" (一般公共预算, GWR 2015/16), "basic regular expenditures" (基本支出, GWR 2014/259). The lines
of the classification (行政运行, 财政国库业务…), the budget words (年初预算, 完成年初预算, 上年结转和结余) and the
staffing have no occurrence: project renderings (P) after the Ministry of Finance's usage.
"""

from __future__ import annotations

_THREE = "spending on official overseas visits, official vehicles, and official hospitality"  # GWR 2019/309
_FA = "GWR 2017/317, P"  # final accounts
_GPB = "appropriations from the general public budget"  # GWR 2015/16

# the line of the account, the budget or the accounts' word after it: "budget for administrative operations at the
# start of the year", "spending on treasury operations in the final accounts"
FINAL_ACCOUNTS_HEADS: dict[str, tuple[str, str | None, str]] = {
    "年初预算": ("budget for {s} at the start of the year", "budget at the start of the year", "P"),
    "年初预算数": ("budget for {s} at the start of the year", "budget at the start of the year", "P"),
    "全年预算数": ("budget for {s} for the year", "budget for the year", "P"),
    "支出决算": ("spending on {s} in the final accounts", "spending in the final accounts", _FA),
    "决算数": ("{s} in the final accounts", "amount in the final accounts", _FA),
    "决算": ("{s} in the final accounts", "amount in the final accounts", _FA),
    "上年决算数": ("{s} in the previous year's final accounts", "amount in the previous year's final accounts", _FA),
    "完成年初预算": ("{s} as a share of the budget at the start of the year",
                 "spending as a share of the budget at the start of the year", "P"),
    "支出决算完成年初预算比例": ("{s} as a share of the budget at the start of the year",
                     "spending as a share of the budget at the start of the year", "P"),
}

_ACCOUNTS: dict[str, tuple[str, str]] = {
    # lines of the functional classification (类/款/项) a final accounts explains
    "行政运行": ("administrative operations", "P"),
    "财政国库业务": ("treasury operations", "P"),
    "其他财政事务支出": ("other fiscal affairs", "P"),
    "机关事业单位基本养老保险缴费支出": (
        "basic old-age insurance contributions of government offices and public institutions", "GWR 2022/299, P"),
    "行政单位医疗": ("medical care of administrative units", "P"),
    "一般公共服务支出决算数": ("spending on general public services in the final accounts", _FA),
    # revenue, expenditure and the carry-over
    "收入、支出决算": ("total revenue and expenditure in the final accounts", _FA),
    "支出决算": ("spending in the final accounts", _FA),
    "本年收入合计": ("total revenue of the year", "P"),
    "本年支出合计": ("total expenditure of the year", "P"),
    "上年结转和结余": ("funds carried over from the previous year", "P"),
    "年末结转和结余": ("funds carried over to the next year", "P"),
    "收、支": ("total revenue and expenditure", "P"),
    "收入支出总计": ("total revenue and expenditure", "P"),
    "收入支出决算总计": ("total revenue and expenditure in the final accounts", _FA),
    "财政拨款收入支出总计": ("total fiscal appropriations received and spent", "P"),
    "财政拨款收入支出决算总计": ("total fiscal appropriations received and spent in the final accounts", _FA),
    "财政拨款收入": ("fiscal appropriations received", "P"),
    "财政拨款收入占比": ("fiscal appropriations as a share of revenue", "P"),
    "政府性基金预算财政拨款收入": ("appropriations from the government-managed funds budget", "GWR 2018/89, P"),
    "一般公共预算财政拨款支出": (f"spending of {_GPB}", "GWR 2015/16, P"),
    "一般公共预算财政拨款支出占支出": (f"spending of {_GPB} as a share of total expenditure", "GWR 2015/16, P"),
    "一般公共预算财政拨款基本支出": (f"basic regular expenditures of {_GPB}", "GWR 2014/259, 2015/16, P"),
    "人员经费": ("personnel expenses", "P"),
    "公用经费": ("public expenses", "P"),
    # the three public expenses
    "“三公”经费支出": (_THREE, "GWR 2019/309"),
    "“三公”经费支出年初预算": (f"budget for {_THREE} at the start of the year", "GWR 2019/309, P"),
    "“三公”经费支出决算": (f"{_THREE} in the final accounts", "GWR 2019/309, 2017/317, P"),
    "“三公”经费完成年初预算": (f"{_THREE} as a share of the budget at the start of the year", "GWR 2019/309, P"),
    "公务用车购置及运行维护费": ("purchase, operation and maintenance of official vehicles", "GWR 2014/548, P"),
    "公务用车运行维护费": ("operation and maintenance of official vehicles", "GWR 2014/548, P"),
    "公务用车购置费": ("purchase of official vehicles", "GWR 2014/548, P"),
    "国内公务接待": ("domestic official hospitality", "GWR 2019/309, P"),
    "机关运行经费支出": ("operating expenses of government offices", "P"),
    # government procurement
    "政府采购支出总额": ("government procurement", "GWR 2019/550"),
    "政府采购货物支出": ("government procurement of goods", "GWR 2019/550, P"),
    "政府采购工程支出": ("government procurement of works", "GWR 2019/550, P"),
    "政府采购服务支出": ("government procurement of services", "GWR 2019/550, P"),
    "授予中小企业合同金额占政府采购支出总额": (
        "contracts awarded to small and medium enterprises as a share of government procurement", "GWR 2022/299, P"),
    "授予小微企业合同金额": ("contracts awarded to small and micro businesses", "GWR 2019/316, P"),
    "授予小微企业合同金额占授予中小企业合同金额": (
        "contracts awarded to small and micro businesses as a share of those awarded to small and medium enterprises",
        "GWR 2019/316, 2022/299, P"),
    # units, staff, vehicles and equipment
    "纳入部门决算编制范围的单位": ("units covered by the department's final accounts", _FA),
    "纳入本部门部门决算编制范围的单位": ("units covered by the department's final accounts", _FA),
    "行政单位": ("administrative units", "P"),
    "参照公务员法管理的事业单位": ("public institutions managed under the Civil Servant Law", "GWR 2022/299, P"),
    "其他事业单位": ("other public institutions", "GWR 2022/299, P"),
    "人员编制": ("authorized staff", "P"),
    "实有在职人员": ("staff in post", "P"),
    "离退休人员": ("retired staff", "P"),
    "开支财政拨款的公务用车保有量": ("official vehicles paid for by fiscal appropriations", "GWR 2014/548, P"),
    "其他用车": ("other vehicles", "P"),
    "单价50万元以上通用设备": ("general equipment worth over CNY 500,000 per unit", "P"),
    "单价100万元以上专用设备": ("special equipment worth over CNY 1 million per unit", "P"),
    # performance evaluation
    "预算执行率": ("budget execution rate", "P"),
    "执行数": ("amount spent", "P"),
    "预算单位国库集中支付电子化覆盖率": ("budget units paying electronically through the central treasury", "P"),
    "得分90分（含）以上的项目": ("projects scoring 90 points or more", "P"),
    "项目自评得分": ("the project's self-evaluation score", "P"),
    "自评得分": ("self-evaluation score", "P"),
    "80（含）—90分的项目": ("projects scoring 80 to 90 points", "P"),
}
FINAL_ACCOUNTS_EXACT: dict[str, tuple[str, str]] = {
    **_ACCOUNTS, **{f"本部门{zh}": entry for zh, entry in _ACCOUNTS.items()}}  # (本部门人员编制: the same name)

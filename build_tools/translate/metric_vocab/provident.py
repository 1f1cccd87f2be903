"""Housing provident fund annual reports (住房公积金年度报告, the disclosure format of the Ministry of Housing and
Urban-Rural Development): contributions (缴存), withdrawals (提取) and their purposes, individual housing loans (个人
住房贷款) and their ratios, the fund's deposits, income and value-added income (增值收益) and its allocation. The
reference names the fund ("housing provident fund", GWR 2015/304), low-rent and public rental housing (GWR 2008/352,
2018/631), not these indicators: project renderings (P) in its words. A run-in section word may open a name
(（一）缴存。…实缴单位 gives 缴存实缴单位): both forms are listed.
"""

from __future__ import annotations

_FUND = "housing provident fund"
_LOANS = "personal housing loans"  # (as the finance vocabulary already says 个人住房贷款)
PROVIDENT_EXACT: dict[str, tuple[str, str]] = {
    "住房公积金管理委员会有委员": ("members of the housing provident fund management committee", "P"),
    "下设管理部": ("branch offices", "P"),
    "召开会议": ("meetings held", "P"),
    "新开户单位": ("employers newly opening accounts", "P"),
    "新开户职工": ("employees newly opening accounts", "P"),
    "净增单位": ("net increase in contributing employers", "P"),
    "缴存净增单位": ("net increase in contributing employers", "P"),
    "净增职工": ("net increase in contributing employees", "P"),
    "缴存净增职工": ("net increase in contributing employees", "P"),
    "实缴单位": ("employers paying contributions", "P"),
    "缴存实缴单位": ("employers paying contributions", "P"),
    "实缴职工": ("employees paying contributions", "P"),
    "缴存实缴职工": ("employees paying contributions", "P"),
    "缴存额": (f"{_FUND} contributions", "GWR 2015/304, P"),
    "缴存总额": (f"total {_FUND} contributions to date", "P"),
    "缴存余额": (f"balance of {_FUND} contributions", "P"),
    "提取缴存职工": ("contributing employees making withdrawals", "P"),
    "提取住房公积金": (f"{_FUND} withdrawals", "GWR 2015/304, P"),
    "提取额": (f"{_FUND} withdrawals", "P"),
    "提取总额": (f"total {_FUND} withdrawals to date", "P"),
    "提取率": ("withdrawals as a share of the year's contributions", "P"),
    "提取额占当年缴存额": ("withdrawals as a share of the year's contributions", "P"),
    "住房消费类提取": ("withdrawals for housing", "P"),
    "住房消费类提取占全部提取额": ("withdrawals for housing as a share of all withdrawals", "P"),
    "非住房消费类提取": ("withdrawals for purposes other than housing", "P"),
    "非住房消费类提取占比": ("share of withdrawals for purposes other than housing", "P"),
    "购买、建造、翻建、大修自住住房": ("withdrawals to buy, build, rebuild or overhaul one's own home", "P"),
    "偿还购房贷款本息": ("withdrawals to repay the principal and interest of home loans", "P"),
    "提取租赁住房": ("withdrawals for renting a home", "P"),
    "租赁住房提取": ("withdrawals for renting a home", "P"),
    "个人住房贷款发放额": (f"{_LOANS} issued", "P"),
    "回收个人住房贷款": (f"{_LOANS} recovered", "P"),
    "职工购建房面积": ("floor space of homes bought or built by employees with loans", "P"),
    "支持职工购建房面积": ("floor space of homes bought or built by employees with loans", "P"),
    "个贷率": (f"outstanding {_LOANS} as a share of the balance of contributions", "P"),
    "个人住房贷款余额占缴存余额": (f"outstanding {_LOANS} as a share of the balance of contributions", "P"),
    "发放住房公积金支持保障性住房建设项目贷款": (
        f"{_FUND} loans issued for government-subsidized housing projects", "GWR 2022/530, P"),
    "住房公积金存款": (f"{_FUND} deposits", "P"),
    "活期": ("demand deposits", "P"),
    "活期存款": ("demand deposits", "P"),
    "1年（含）以下定期": ("time deposits of up to one year", "P"),
    "1年以上定期": ("time deposits of more than one year", "P"),
    "业务收入": ("operating income", "P"),
    "业务支出": ("operating expenses", "P"),
    "存款利息": ("interest on deposits", "P"),
    "委托贷款利息": ("interest on entrusted loans", "P"),
    "委托贷款手续费": ("fees for entrusted loans", "P"),
    "支付职工住房公积金利息": (f"interest paid to employees on their {_FUND}", "P"),
    "增值收益": ("value-added income", "P"),
    "增值收益率": ("rate of value-added income", "P"),
    "提取贷款风险准备金": ("loan risk reserves set aside", "P"),
    "提取管理费用": ("management expenses set aside", "P"),
    "提取城市廉租住房（公共租赁住房）建设补充资金": (
        "supplementary funds set aside for building low-rent (public rental) housing", "GWR 2008/352, 2018/631, P"),
    "个人住房贷款逾期额": (f"overdue {_LOANS}", "P"),
    "逾期率": ("overdue loan ratio", "P"),
    "个人住房贷款风险准备金余额": (f"risk reserves for {_LOANS}", "P"),
    "个人住房贷款风险准备金余额占个人住房贷款余额": (
        f"risk reserves as a share of outstanding {_LOANS}", "P"),
    "住房公积金个人住房贷款市场占有率": (f"market share of {_FUND} {_LOANS}", "P"),
    "节约职工购房利息支出": ("interest saved by employees buying homes", "P"),
    # (a report of 2024 on a portal: the centre's divisions, the ratios named by their definition, the policies in
    # force, the next year's plan)
    "设处": ("divisions (sections)", "P"),
    "下设处": ("divisions (sections)", "P"),
    "分中心": ("branch centres", "P"),
    "占当年缴存额": ("withdrawals as a share of the year's contributions", "P"),
    "个人住房贷款余额占缴存余额的比率": (f"outstanding {_LOANS} as a share of the balance of contributions", "P"),
    "住房公积金个人住房贷款余额和购买国债余额的总和占缴存余额": (
        f"outstanding {_LOANS} and government bonds held as a share of the balance of contributions", "P"),
    "归集手续费": ("fees for collecting contributions", "P"),
    "提取城市公共租赁住房（廉租住房）建设补充资金": (
        "supplementary funds set aside for building public rental (low-rent) housing", "GWR 2011/459, 2008/352, P"),
    "住房公积金缴存比例": (f"{_FUND} contribution rate", "GWR 2015/304, P"),
    "单位和职工住房公积金缴存比例": (f"{_FUND} contribution rate of employers and employees", "GWR 2015/304, P"),
    "月缴存基数上限": ("upper limit of the monthly contribution base", "P"),
    "月缴存基数下限": ("lower limit of the monthly contribution base", "P"),
    "贷款最高额度": (f"{_FUND} loan ceiling", "P"),
    "个人住房贷款最长期限": (f"longest term of {_LOANS}", "P"),
    "最低首付款比例": ("minimum down payment ratio", "P"),
    "计划归集住房公积金": (f"planned {_FUND} contributions", "P"),
    "住房公积金提取额": (f"{_FUND} withdrawals", "P"),
}

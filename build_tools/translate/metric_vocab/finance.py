"""Finance and insurance: the key figures of a bank regulator's or a statistical bulletin's finance chapter (金融机构
本外币存款余额, 普惠小微贷款, 人身险保费收入, 存贷比 ...), after YB 18-12/18-13 (the credit funds of financial
institutions, whose balances the bulletins call 余额 "outstanding") and YB 18-18/18-21 (insurance).

The kinds of deposits and loans are nouns, so 余额 composes (rules.py): 绿色贷款余额 "outstanding green loans".
"""

from __future__ import annotations

# Deposits and loans by kind: zh -> (English plural, source).
CREDIT_KINDS: dict[str, tuple[str, str]] = {
    "本外币存款": ("RMB and foreign-currency deposits", "YB 18-12"),
    "本外币贷款": ("RMB and foreign-currency loans", "YB 18-13"),
    "人民币贷款": ("RMB loans", "YB 18-13"),
    "人民币存款": ("RMB deposits", "YB 18-12"),
    "住户存款": ("household deposits", "YB 18-12, P"),
    "企业存款": ("deposits of enterprises", "P"),
    "短期贷款": ("short-term loans", "YB 18-13"),
    "中长期贷款": ("medium- and long-term loans", "YB 18-13"),
    "普惠小微贷款": ("inclusive loans to micro and small businesses", "GWR 2022/287"),
    "涉农贷款": ("agriculture-related loans", "P"),
    "绿色贷款": ("green loans", "P"),
    "个人住房贷款": ("personal housing loans", "P"),
    "信用贷款": ("collateral-free loans", "GWR 2022/288"),
    "不良贷款": ("non-performing loans", "GWR 2013/48"),
    "住房公积金贷款": ("housing provident fund loans", "P"),
}

FINANCE_EXACT: dict[str, tuple[str, str]] = {
    **CREDIT_KINDS,
    "存贷比": ("loan-to-deposit ratio", "P"),
    "直接融资": ("direct financing", "P"),
    "首贷户": ("first-time borrowers", "GWR 2022/288 (first-time loans), P"),
    "保险深度": ("insurance penetration", "P"),
    "保险密度": ("insurance density", "P"),
    "保险赔付支出": ("insurance claim payments", "YB 18-21, P"),
}

FINANCE_HEADS: dict[str, tuple[str, str | None, str]] = {
    # premiums and claims by line of insurance (YB 18-21 Premium of Primary Insurance and Claim Payment)
    "保费收入": ("premium income of {s}", "premium income", "YB 18-21"),
    "赔付支出": ("claim payments of {s}", "claim payments", "YB 18-21"),
    "赔款支出": ("claim payments of {s}", "claim payments", "YB 18-21, P"),
}

FINANCE_SUBJECTS: dict[str, tuple[str, str]] = {
    "人身险": ("personal insurance", "YB 18-18, P"),
    "财产险": ("property insurance", "YB 18-18, P"),
    "农业保险": ("agricultural insurance", "P"),
    "保险业": ("the insurance industry", "P"),
}

"""Government debt disclosures (地方政府债务信息公开): outstanding debt and its ceiling, general and
special-purpose debt, bonds issued (new and refinancing), principal and interest repaid, the bond quota applied for,
the debt ratio. After the reference where it names them: "local government debt" (GWR 2022/61), "debt ceilings"
(GWR 2016/318), "local government bonds" (GWR 2019/321), "special-purpose bonds" (GWR 2022/59), "principal and
interest repayments" (GWR 2021/23), "outstanding debts" (YB 7-7); the rest are project renderings (P) in those
words.
"""

from __future__ import annotations

_DEBT = "government debt"
DEBT_EXACT: dict[str, tuple[str, str]] = {
    "一般债务": ("general debt", "P"),
    # (a county's year-end speech: 今年已化解存量隐性债务9.6亿元, 明年再化解…8亿元; holdout54)
    "化解存量隐性债务": ("existing hidden debt defused", "P"),
    "专项债务": ("special-purpose debt", "GWR 2022/59, P"),
    "政府债务限额": (f"{_DEBT} ceiling", "GWR 2016/318"),
    "一般债务限额": ("general debt ceiling", "GWR 2016/318, P"),
    "专项债务限额": ("special-purpose debt ceiling", "GWR 2016/318, P"),
    "发行地方政府债券": ("local government bonds issued", "GWR 2019/321"),
    "新增债券": ("new bonds", "P"),
    "新增政府债券": ("new government bonds", "P"),
    "一般债券": ("general bonds", "P"),
    "再融资债券": ("refinancing bonds", "P"),
    "发行再融资债券": ("refinancing bonds issued", "P"),
    "政府债务还本": (f"{_DEBT} principal repaid", "GWR 2021/23, P"),
    "一般债务还本": ("general debt principal repaid", "GWR 2021/23, P"),
    "专项债务还本": ("special-purpose debt principal repaid", "GWR 2021/23, P"),
    "偿还本金": ("principal repaid", "GWR 2021/23, P"),
    "付息": ("interest paid", "GWR 2021/23, P"),
    "利息": ("interest", "GWR 2021/23, P"),
    "计划申请新增政府债券额度": ("quota of new government bonds to apply for", "P"),
    "新增政府债券额度": ("quota of new government bonds", "P"),
    "需偿还政府债务本金": (f"{_DEBT} principal due", "GWR 2021/23, P"),
    "偿还政府债务本金": (f"{_DEBT} principal due", "GWR 2021/23, P"),
    "需偿还政府债务利息": (f"{_DEBT} interest due", "GWR 2021/23, P"),
    "偿还政府债务利息": (f"{_DEBT} interest due", "GWR 2021/23, P"),
    "政府债务付息": (f"{_DEBT} interest paid", "GWR 2021/23, P"),
    "政府债务率": (f"{_DEBT} ratio", "P"),
    "债务率": ("debt ratio", "P"),
    "综合财力": ("overall fiscal resources", "P"),
    "债券金额": ("bond funds", "P"),
}

# a debt table's part columns (一般债务 | 专项债务) naming the row they divide (新增债券, 再融资债券, 偿还本金): the
# extractor names a part 一般债务新增债券 (the new bonds of the general debt)
_KINDS = {"一般债务": "general debt", "专项债务": "special-purpose debt"}
_PART_ROWS = {"新增债券": ("new bonds of the {k}", "P"), "再融资债券": ("refinancing bonds of the {k}", "P"),
              "偿还本金": ("{k} principal repaid", "GWR 2021/23, P"),
              "还本": ("{k} principal repaid", "GWR 2021/23, P"),
              "付息": ("{k} interest paid", "GWR 2021/23, P"), "支付利息": ("{k} interest paid", "GWR 2021/23, P")}
DEBT_EXACT.update({kind + row: (en.format(k=k), src) for kind, k in _KINDS.items()
                   for row, (en, src) in _PART_ROWS.items() if kind + row not in DEBT_EXACT})

"""Tax relief and the invoice data of a tax bureau's news (issue 12, an untuned tax bureau release): the relief
named as the work reports name it (减税降费 "tax and fee reductions", GWR 2022/67; 退税 "tax refunds", GWR 2022/69),
who enjoyed it, and the sales of the enterprises the invoices show. Project renderings (P) unless cited."""

from __future__ import annotations

TAX_RELIEF_EXACT: dict[str, tuple[str, str]] = {
    "减税降费及退税": ("tax and fee reductions and tax refunds", "GWR 2022/67, 2022/69"),
    "减税降费": ("tax and fee reductions", "GWR 2022/67"),
    "设备购置金额": ("equipment purchases", "P"),
}
# heads after an enterprise scope (制造业企业销售收入, 制造业企业享受减税降费及退税)
TAX_RELIEF_HEADS: dict[str, tuple[str, str | None, str]] = {
    "销售收入": ("sales revenue of {s}", "sales revenue", "P"),
    "享受减税降费及退税": ("tax and fee reductions and tax refunds enjoyed by {s}", None, "GWR 2022/67, P"),
    "享受减税降费": ("tax and fee reductions enjoyed by {s}", None, "GWR 2022/67, P"),
}
TAX_RELIEF_SUBJECTS: dict[str, tuple[str, str]] = {
    "制造业企业": ("manufacturing enterprises", "GWR 2022/88"),
    "高技术制造业企业": ("high-tech manufacturing enterprises", "GWR 2022/26 (high-tech manufacturing), P"),
}

"""Tax relief and the invoice data of a tax bureau's news (issue 12, an untuned tax bureau release): the relief in
the glossary's words (减税降费 "tax and fee cuts", 2019 GWR line 68, as transport.py's 减税降费及退税缓费; 退税 "tax
refunds", GWR 2022/282), who enjoyed it, and the sales of the enterprises the invoices show. Project renderings (P)
unless cited."""

from __future__ import annotations

TAX_RELIEF_EXACT: dict[str, tuple[str, str]] = {
    "减税降费及退税": ("tax and fee cuts and tax refunds", "GWR 2022/282 (tax refunds), P"),
    "设备购置金额": ("equipment purchases", "P"),
    # export rebates (出口退税, GWR 2022/439) and the sums refunded (退税金额: tax refunds, GWR 2022/282)
    "出口退税": ("export rebates", "GWR 2022/439"),
    "出口退税额": ("export rebates", "GWR 2022/439"),
    "退税金额": ("tax refunds", "GWR 2022/282"),
    "办理出口退税的企业": ("enterprises receiving export rebates", "GWR 2022/439, P"),
}
# heads after an enterprise scope (制造业企业销售收入, 制造业企业享受减税降费及退税)
TAX_RELIEF_HEADS: dict[str, tuple[str, str | None, str]] = {
    "销售收入": ("sales revenue of {s}", "sales revenue", "P"),
    "享受减税降费及退税": ("tax and fee cuts and tax refunds enjoyed by {s}", None, "GWR 2022/282, P"),
    "享受减税降费": ("tax and fee cuts enjoyed by {s}", None, "P"),
}
TAX_RELIEF_SUBJECTS: dict[str, tuple[str, str]] = {
    "制造业企业": ("manufacturing enterprises", "GWR 2022/88"),
    "高技术制造业企业": ("high-tech manufacturing enterprises", "GWR 2022/26 (high-tech manufacturing), P"),
}

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
    # a tax bureau's press conference on the relief of a span (holdout70): VAT credit refunds (留抵退税, GWR 2022/278),
    # the additional deduction of R&D expenses (加计扣除, GWR 2022/88), small taxpayers (GWR 2022/275), micro and small
    # enterprises and self-employed individuals (GWR 2022/67, 2022/155), special additional deductions (GWR
    # 2022/524); deferrals, services and enforcement P
    "惠及纳税人缴费人": ("taxpayers and fee payers benefiting", "P"),
    "惠及纳税人": ("taxpayers benefiting", "P"),
    "惠及出口企业": ("exporters benefiting", "GWR 2022/439, P"),
    "办理缓税缓费": ("tax and fee deferrals", "P"),
    "缓税缓费": ("tax and fee deferrals", "P"),
    "小微企业和个体工商户新增减税降费": (
        "new tax and fee cuts for micro and small enterprises and self-employed individuals", "GWR 2022/67, 2022/155"),
    "小微企业和个体工商户新增减税降费占新增减税降费总额": (
        "share of micro and small enterprises and self-employed individuals in new tax and fee cuts",
        "GWR 2022/67, 2022/155, P"),
    "小微企业和个体工商户减负": (
        "burden reduced for micro and small enterprises and self-employed individuals", "GWR 2022/155, P"),
    "增值税小规模纳税人减免增值税": ("VAT relief for small taxpayers", "GWR 2022/275"),
    "制造业企业获得留抵退税": ("VAT credit refunds received by manufacturing enterprises", "GWR 2022/278, 2022/88"),
    "制造业企业获得留抵退税占留抵退税总额": ("share of manufacturing enterprises in VAT credit refunds",
                                             "GWR 2022/278, 2022/88, P"),
    "企业获得留抵退税": ("VAT credit refunds received by enterprises", "GWR 2022/278"),
    "获得留抵退税": ("VAT credit refunds received", "GWR 2022/278"),
    "留抵退税": ("VAT credit refunds", "GWR 2022/278"),
    "留抵退税平均到账时间": ("average time for VAT credit refunds to arrive", "GWR 2022/278, P"),
    "加计扣除金额": ("additional tax deductions", "GWR 2022/88"),
    "加计扣除金额占全市的比重": ("share of the city's additional tax deductions", "GWR 2022/88, P"),
    "减免企业所得税": ("enterprise income tax relief", "P"),
    "享受个人所得税专项附加扣除的纳税人": (
        "taxpayers claiming special additional deductions for individual income tax", "GWR 2022/524"),
    "加计抵减": ("additional deduction of input VAT", "P"),
    "一类、二类出口企业正常出口退税平均办理时间": (
        "average processing time of regular export rebates for Class I and Class II exporters", "GWR 2022/439, P"),
    "出口退税业务平均办理时间": ("average processing time of export rebates", "GWR 2022/439, P"),
    "网上办理业务量占比": ("share of business handled online", "P"),
    "一次解答率": ("first-contact resolution rate", "P"),
    "纳税人平均等候时间": ("average waiting time of taxpayers", "P"),
    "纳税信用A级纳税人": ("taxpayers with an A tax credit rating", "P"),
    "新办涉税经营主体": ("newly registered market entities with tax obligations", "P"),
    "新办企业": ("newly registered enterprises", "P"),
    "新办纳税人首次办税平均用时": ("average time of a new taxpayer's first filing", "P"),
    "挽回税款损失": ("tax losses recovered", "P"),
    "追缴税款": ("back taxes recovered", "P"),
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

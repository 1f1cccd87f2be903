"""Industrial statistics in detail (fourth round, issue 12): capacity utilization, the sales-output ratio, losses,
inventories, receivables and the asset-liability ratio of industrial enterprises (YB 13-3 Main Indicators), large
and medium-sized enterprises (YB 13-11), technological upgrading.
"""

from __future__ import annotations

INDUSTRY_EXACT: dict[str, tuple[str, str]] = {
    "产能利用率": ("capacity utilization rate", "P"),
    # products a firm's capacity project is named by (宏远新材料年产20万吨锂电池负极材料项目; enterprises.py)
    "锂电池负极材料": ("lithium battery anode materials", "P"),
    "汽车线束": ("automotive wiring harnesses", "P"),
    "工业产能利用率": ("industrial capacity utilization rate", "P"),
    "产销率": ("sales-output ratio", "P"),
    "工业产品产销率": ("sales-output ratio of industrial products", "P"),
    "每百元营业收入中的成本": ("costs per CNY 100 of business revenue", "P"),
    "产成品存货": ("finished products inventory", "YB 13-3, P"),
    "产成品": ("finished products", "YB 13-3, P"),
    "应收账款": ("accounts receivable", "YB 13-3"),
    "大中型工业企业": ("large and medium-sized industrial enterprises", "YB 13-11"),
    "工业技术改造": ("industrial technological upgrading", "P"),
    # a manufacturing digital transformation plan's goals (held-out set 58)
    "规模以上工业企业数字化改造覆盖率": (
        "digital transformation coverage of industrial enterprises above designated size", "YB 13-3, P"),
    "规模以上工业企业实施数字化改造": (
        "industrial enterprises above designated size undergoing digital transformation", "YB 13-3, P"),
}
INDUSTRY_HEADS: dict[str, tuple[str, str | None, str]] = {
    "产能利用率": ("capacity utilization rate of {s}", "capacity utilization rate", "P"),
    "产品产销率": ("sales-output ratio of {s}", "sales-output ratio", "P"),
    "产销率": ("sales-output ratio of {s}", "sales-output ratio", "P"),
    "亏损额": ("losses of {s}", "losses", "YB 13-3, P"),
    "营业收入利润率": ("profit margin of business revenue of {s}", "profit margin of business revenue", "YB 13-3, P"),
    "资产负债率": ("asset-liability ratio of {s}", "asset-liability ratio", "YB 13-3, P"),
    "产成品存货": ("finished products inventory of {s}", None, "YB 13-3, P"),
    "应收账款": ("accounts receivable of {s}", None, "YB 13-3"),
    "营业成本": ("business costs of {s}", "business costs", "YB 13-3, P"),
}
INDUSTRY_SUBJECTS: dict[str, tuple[str, str]] = {
    "亏损企业": ("loss-making enterprises", "YB 13-3, P"),  # 亏损企业亏损额 "losses of loss-making enterprises"
}

"""Tax revenue (fourth round, issue 12): the taxes by kind as YB 7-4 (Taxes) names them, totals, and the relief of
the work reports (GWR 2022/67, 2022/270).
"""

from __future__ import annotations

TAX_EXACT: dict[str, tuple[str, str]] = {
    "税收总收入": ("total tax revenue", "YB 7-4, P"),
    "全口径税收收入": ("total tax revenue", "P"),
    "国内增值税": ("domestic value-added tax", "YB 7-4"),
    "消费税": ("consumption tax", "YB 7-4"),
    "国内消费税": ("domestic consumption tax", "YB 7-4"),
    "资源税": ("resource tax", "YB 7-4"),
    "城市维护建设税": ("urban maintenance and construction tax", "YB 7-4"),
    "房产税": ("housing property tax", "YB 7-4"),
    "城镇土地使用税": ("urban land use tax", "YB 7-4"),
    "土地增值税": ("land appreciation tax", "YB 7-4"),
    "印花税": ("stamp tax", "YB 7-4"),
    "车船税": ("vehicle and vessel tax", "YB 7-4"),
    "车辆购置税": ("vehicle purchase tax", "YB 7-4"),
    "耕地占用税": ("farmland occupation tax", "YB 7-4"),
    "环境保护税": ("environmental protection tax", "YB 7-4"),
    "烟叶税": ("tobacco leaf tax", "YB 7-4"),
    "关税": ("tariffs", "YB 7-4"),
    "减免税": ("tax exemptions and reductions", "P"),
    "缓税": ("tax payments postponed", "GWR 2022/67, P"),
}

"""A government supervision office's circular ranking its counties on key projects (督查通报; holdout36): the projects
inspected, the investment completed against the year's plan, the new projects planned and started, and the table's
plan, outcome and completion columns.

Cited from the State Council work reports in ../shared/reference: "key projects" (重点项目, GWR 2015/262), "new
projects" (新开工项目, GWR 2008/448), "inspections" (督查, GWR 2015/136). The rest are project renderings (P): the
reference has no 开工率, 竣工投产, 前期手续 or a table's 计划数/完成数.
"""

from __future__ import annotations

SUPERVISION_EXACT: dict[str, tuple[str, str]] = {
    # the projects inspected and their investment
    "纳入督查的市级重点项目": ("municipal key projects inspected", "GWR 2015/262, GWR 2015/136, P"),
    "市级重点项目累计完成投资": ("investment completed in municipal key projects to date", "GWR 2015/262, P"),
    "市级重点项目累计完成投资完成年度计划比例": ("investment completed in municipal key projects as a share of the "
                                             "year's plan", "GWR 2015/262, P"),
    # new projects planned and started
    "计划新开工项目": ("new projects planned to start", "GWR 2008/448, P"),
    "开工新开工项目": ("new projects started", "GWR 2008/448, P"),
    "项目开工": ("projects started", "P"),
    "计划新开工项目未开工": ("new projects planned but not yet started", "GWR 2008/448, P"),
    "前期手续未办结": ("projects whose preliminary procedures are not yet completed", "P"),
    "竣工投产": ("projects completed and put into operation", "P"),
    # the table's columns
    "计划数": ("planned number", "P"),
    "实际完成数": ("number actually completed", "P"),
}

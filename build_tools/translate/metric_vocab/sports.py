"""Sports (fourth round, issue 12): physical fitness, public fitness activities (GWR 2022/122), lottery, the
sports industry, championships (YB 23-34).
"""

from __future__ import annotations

SPORTS_EXACT: dict[str, tuple[str, str]] = {
    "国民体质监测合格率": ("pass rate of national physical fitness tests", "P"),
    "全民健身活动": ("public fitness activities", "GWR 2022/122"),
    "体育彩票": ("sports lottery tickets", "P"),
    "世界冠军": ("world champions", "YB 23-34"),
    "全国冠军": ("national champions", "P"),
    "金牌": ("gold medals", "P"),
    "全民健身场地": ("public fitness venues", "GWR 2022/122 (public fitness), P"),
    "体育赛事": ("sports events", "P"),
    "国民体质达标率": ("share of people meeting national physical fitness standards", "P"),
    "银牌": ("silver medals", "P"),
    "铜牌": ("bronze medals", "P"),
}
SPORTS_SUBJECTS: dict[str, tuple[str, str]] = {
    "体育产业": ("the sports industry", "P"),  # 体育产业总产出 "total output of the sports industry"
}
SPORTS_HEADS: dict[str, tuple[str, str | None, str]] = {
    "总产出": ("total output of {s}", "total output", "P"),  # 体育产业总产出
}

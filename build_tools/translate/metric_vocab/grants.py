"""The words of grants in subsidy schemes and reward measures (给予每辆最高1.5万元补贴, 每户补助3000元, 一次性奖励50万
元): project renderings after the existing 补贴 "subsidy" and 奖补资金 "rewards and subsidies" (GWR 2021/287)."""

from __future__ import annotations

GRANTS_EXACT: dict[str, tuple[str, str]] = {
    "补助": ("subsidy", "P"), "补助资金": ("subsidy funds", "P"), "补贴金额": ("subsidy amount", "P"),
    "补助金额": ("subsidy amount", "P"), "奖励": ("reward", "P"), "一次性奖励": ("one-off reward", "P"),
    "奖励资金": ("reward funds", "P"), "奖补": ("rewards and subsidies", "GWR 2021/287"),
    "一次性补助": ("one-off subsidy", "P"), "资助": ("funding", "P"), "贴息": ("interest subsidy", "P"),
    "运费补助": ("freight subsidy", "P"), "运费补贴": ("freight subsidy", "P"),
}

"""Market regulation (fourth round, issue 12): trademarks and geographical indications, special equipment,
sampling batches, metrology. 实有 "in existence" before a count says only that it is the stock (实有个体工商户: the
self-employed individuals), read by bulletin_rules.
"""

from __future__ import annotations

REGULATION_EXACT: dict[str, tuple[str, str]] = {
    # a reward a rule offers for reports (奖励举报人500元至2000元, 给予举报人…奖励; P)
    "奖励举报人": ("rewards for informants", "P"), "给予举报人奖励": ("rewards for informants", "P"),
    "商标有效注册量": ("registered trademarks in force", "P"),
    "有效商标注册量": ("registered trademarks in force", "P"),
    "地理标志产品": ("products with geographical indications", "P"),
    "特种设备": ("special equipment", "P"),
    "特种设备事故": ("special equipment accidents", "P"),
    "计量器具检定": ("measuring instruments verified", "P"),
}
# The goods whose sampled batches are counted (食品抽检批次 "batches of food sampled"); project renderings.
BATCH_GOODS: dict[str, str] = {"食品": "food", "食用农产品": "edible agricultural products", "药品": "drugs",
                               "化妆品": "cosmetics", "农产品": "agricultural products", "产品": "products"}

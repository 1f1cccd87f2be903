"""A release on residents' income and consumption expenditure (居民收支情况, held-out set 42): the categories of per
capita consumption expenditure and the shares of income by source.

Official wording where the reference has it: "per capita consumption expenditure" (人均消费支出, YB 6-17), "per capita
disposable income" (YB 6-16), income by source (YB 6-19: wage income, net business income, net property income, net
transfer income; society.py), "median" (YB 27-6). The yearbook's table titles do not list the eight categories of
consumption: project renderings (P) after the column heads of YB 6-17 as the NBS English releases print them (food,
tobacco and liquor; clothing; housing; household articles and services; transport and communications; education,
culture and recreation; health care and medical services; other goods and services).
"""

from __future__ import annotations

_SPENT = "per capita consumption expenditure on {}"
_CATEGORIES = {
    "食品烟酒": "food, tobacco and liquor",
    "衣着": "clothing",
    "居住": "housing",
    "生活用品及服务": "household articles and services",
    "交通通信": "transport and communications",
    "教育文化娱乐": "education, culture and recreation",
    "医疗保健": "health care and medical services",
    "其他用品及服务": "other goods and services",
}
_SOURCES = {"工资性收入": "wage income", "经营净收入": "net business income", "财产净收入": "net property income",
            "转移净收入": "net transfer income"}

HOUSEHOLD_BUDGET_EXACT: dict[str, tuple[str, str]] = {
    "居民人均工资性收入": ("per capita wage income", "YB 6-19"),
    "居民人均可支配收入中位数占平均数比重": ("median as a percentage of the mean per capita disposable income", "P"),
    "中位数占平均数比重": ("median as a percentage of the mean", "P"),
    **{f"{prefix}人均{zh}消费支出": (_SPENT.format(en), "YB 6-17, P")
       for zh, en in _CATEGORIES.items() for prefix in ("", "居民")},
    **{f"{prefix}人均{zh}消费支出占比": (f"share of {en} in per capita consumption expenditure", "YB 6-17, P")
       for zh, en in _CATEGORIES.items() for prefix in ("", "居民")},
    **{f"{prefix}人均{zh}消费支出占人均消费支出比重": (f"share of {en} in per capita consumption expenditure",
                                                      "YB 6-17, P")
       for zh, en in _CATEGORIES.items() for prefix in ("", "居民")},
    **{f"{prefix}人均{zh}占可支配收入比重": (f"share of {en} in per capita disposable income", "YB 6-19, P")
       for zh, en in _SOURCES.items() for prefix in ("", "居民")},
}

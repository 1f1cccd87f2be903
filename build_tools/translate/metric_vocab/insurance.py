"""A county's yearly implementation plan for agricultural insurance (premiums, subsidies by level of government, risk
protection, claims, the insured products' sums insured, premium rates and subsidy shares, the claims rules) and a
city's local regulation on dog keeping (time limits, limits, fines); holdout61.

Official usage where the reference has it: 农业保险 "agricultural insurance" (GWR 2019/482), 保费收入 "premium" and
赔付 "claim payment" (YB 18-21), 风险保障 "protecting against risk" (GWR 2019/563); the crops after YB 12-8 (稻谷
"rice", 小麦 "wheat", 玉米 "corn"); the rest project renderings (P).
"""

from __future__ import annotations

import re
from collections.abc import Callable

INSURANCE_EXACT: dict[str, tuple[str, str]] = {
    # the year reviewed
    # (农业保险保费收入 "premium income of agricultural insurance": metric_vocab's farming domain, YB 18-21)
    "农业保险实现保费收入": ("premium income of agricultural insurance", "GWR 2019/482, YB 18-21"),
    "农业保险保费规模": ("premium income of agricultural insurance", "GWR 2019/482, YB 18-21"),
    "中央和省级财政保费补贴": ("premium subsidies from the central and provincial governments", "P"),
    "县级财政保费补贴": ("premium subsidies from the county government", "P"),
    "风险保障": ("risk protection provided", "GWR 2019/563, P"),
    "农业保险风险保障": ("risk protection provided by agricultural insurance", "GWR 2019/563, P"),
    "农户提供风险": ("farm households covered (household-times)", "P"),
    "三大粮食作物参保面积": ("insured area of the three staple grain crops", "P"),
    "三大粮食作物参保面积占播种面积": ("insured area of the three staple grain crops as a share of the sown area", "P"),
    "三大粮食作物完全成本保险覆盖率": ("coverage of full-cost insurance for the three staple grain crops", "P"),
    "能繁母猪参保": ("breeding sows insured", "P"),
    "能繁母猪参保率": ("insurance coverage rate of breeding sows", "P"),
    "育肥猪保险参保率": ("insurance coverage rate of finishing pigs", "P"),
    "支付赔款": ("claim payment", "YB 18-21"),
    "农业保险赔款": ("agricultural insurance claim payment", "YB 18-21"),
    "预付赔款": ("claims paid in advance", "P"),
    "受益农户": ("farm households benefiting (household-times)", "P"),
    "简单赔付率": ("simple loss ratio", "P"),
    "水稻受灾面积": ("rice area hit by disasters", "P"),
    "发现并整改问题": ("problems found and rectified", "P"),
    "茶叶种植保险承保面积": ("area insured by tea planting insurance", "P"),
    "蔬菜大棚保险承保": ("vegetable greenhouses insured", "P"),
    "茶叶保险参保率": ("insurance coverage rate of tea", "P"),
    "建立乡镇农业保险服务站": ("township agricultural insurance service stations set up", "P"),
    "乡镇农业保险服务站": ("township agricultural insurance service stations", "P"),
    "村级服务点": ("village service points", "P"),
    "运用遥感测亩的理赔案件占比": ("share of claims whose area was measured by remote sensing", "P"),
    "承保份额": ("underwriting share", "P"),
    "获赔": ("claims received", "P"), "获赔占全县赔款总额": ("share of the county's claim payment", "YB 18-21, P"),
    # the year's goals and rules
    "地方特色农产品保险品种": ("insurance products for local specialty farm produce", "P"),
    "理赔兑现率": ("rate of claims paid", "P"),
    "县级财政再补贴": ("additional premium subsidy from the county government", "P"),
    "县级财政预算安排农业保险保费补贴资金": ("agricultural insurance premium subsidy funds in the county budget", "P"),
    "种植业保险单次事故损失率": ("loss ratio of a single crop insurance event", "P"),
    "损失率": ("loss ratio", "P"),
    "公示时间": ("public notice period", "P"),
    "承保机构农业保险业务经营费用率": ("operating expense ratio of insurers' agricultural insurance business", "P"),
    "每个乡镇配备农业保险协保员": ("agricultural insurance agents in each township", "P"),
    "现场查勘时限": ("time limit for on-site loss assessment", "P"),
    "报案时限": ("time limit for reporting a claim", "P"),
    "支付赔款时限": ("time limit for paying a claim", "P"),
    # a local regulation on dog keeping (its fines: metric_tables 罚款 "fines")
    "每户限养犬": ("dogs a household may keep at most", "P"),
    "养犬人办理养犬登记时限": ("time limit for dog owners to register a dog", "P"),
    "养犬登记时限": ("time limit for registering a dog", "P"),
    "公安机关作出决定时限": ("time limit for the public security authority's decision", "P"),
    "注销登记时限": ("time limit for cancelling a registration", "P"),
}

# the products of a scheme of agricultural insurance: a crop's full-cost or planting insurance, livestock's
_CROPS: dict[str, str] = {"水稻": "rice", "稻谷": "rice", "小麦": "wheat", "玉米": "corn", "大豆": "soybeans",
                          "油菜": "rapeseed", "马铃薯": "potatoes", "棉花": "cotton", "茶叶": "tea", "柑橘": "citrus",
                          "蔬菜": "vegetables", "水果": "fruit"}  # (YB 12-8: rice, wheat, corn, soybeans, cotton)
_LIVESTOCK: dict[str, str] = {"能繁母猪": "breeding sow", "育肥猪": "finishing pig", "奶牛": "dairy cow",
                              "肉牛": "beef cattle", "肉羊": "meat sheep", "家禽": "poultry"}
_KINDS: dict[str, str] = {"完全成本保险": "full-cost insurance for {}",
                          "种植收入保险": "planting income insurance for {}",
                          "种植保险": "planting insurance for {}", "保险": "insurance for {}"}
# the terms of each product in a plan's table (保险金额, 保险费率, the subsidy shares of each level, the farmer's own)
_TERMS: dict[str, str] = {
    "保险金额": "sum insured of {}", "保险费率": "premium rate of {}",
    "中央财政保费补贴比例": "share of the premium of {} subsidized by the central government",
    "省级财政保费补贴比例": "share of the premium of {} subsidized by the provincial government",
    "市级财政保费补贴比例": "share of the premium of {} subsidized by the city government",
    "县级财政保费补贴比例": "share of the premium of {} subsidized by the county government",
    "农户自缴保费补贴比例": "share of the premium of {} paid by farmers",
    "农户自缴比例": "share of the premium of {} paid by farmers",
    "参保率": "insurance coverage rate of {}", "承保面积": "area insured by {}",
}
_PRODUCT = re.compile(r"^(?P<what>[\u4e00-\u9fff]{2,4}?)(?P<kind>完全成本保险|种植收入保险|种植保险|保险)$")


def insurance_product(zh: str) -> str | None:
    """水稻完全成本保险 -> "full-cost insurance for rice", 能繁母猪保险 -> "breeding sow insurance"; None if unknown."""
    m = _PRODUCT.match(zh)
    if not m:
        return None
    what, kind = m.group("what"), m.group("kind")
    if what in _LIVESTOCK and kind == "保险":
        return f"{_LIVESTOCK[what]} insurance"
    return _KINDS[kind].format(_CROPS[what]) if what in _CROPS else None


def insurance_metric(zh: str, noun: Callable[[str], str | None] | None = None) -> str | None:
    """A term of an insured product (水稻完全成本保险保险金额, 育肥猪保险农户自缴保费补贴比例), or None."""
    for term in sorted(_TERMS, key=len, reverse=True):
        if zh.endswith(term) and len(zh) > len(term):
            product = insurance_product(zh[:-len(term)])
            return _TERMS[term].format(product) if product else None
    return None


def unsourced() -> list[tuple[str, str]]:
    """The rule's words (project renderings; the crops of YB 12-8 aside)."""
    return list(_LIVESTOCK.items()) + list(_KINDS.items()) + list(_TERMS.items())

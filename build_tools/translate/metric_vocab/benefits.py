"""Standards of wages and benefits a notice sets: a minimum wage adjustment notice (最低工资标准, by category of
areas) and a notice on the contributions and benefits of the residents' basic medical insurance of a year (起付线,
报销比例, 最高支付限额, 大病保险 tiers, by hospital level) (held-out set 27).

Official wording where the reference has it: "the minimum wage" (最低工资标准, GWR 2008/195, 2008/637), "government
subsidies for basic health insurance for rural and nonworking urban residents ... per person per annum" and "personal
contributions" (GWR 2017/556), "deductible line" and "reimbursement rate" of serious disease insurance (GWR 2019/610),
"serious illness insurance" (大病保险, GWR 2015/111), hospitalization expenses "covered by relevant policies"
(政策范围内, GWR 2012/86), "outpatient medicines for treating high blood pressure, diabetes" (GWR 2019/614),
"persons living in extreme poverty" (特困人员, GWR 2016/595), "subsistence allowance recipients" (低保对象, GWR
2012/102), those who "slip back into poverty" (返贫, GWR 2018/479). The reports name neither the monthly and hourly
standards nor payment ceilings (最高支付限额), waiting periods or the categories of areas: project renderings (P).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .medical import RESIDENTS

_WAGE = "GWR 2008/195 (the minimum wage), P"
_DEDUCTIBLE = "deductible line"  # GWR 2019/610
_REIMBURSED = "reimbursement rate"  # GWR 2019/610
_IN_POLICY = "reimbursement rate for expenses covered by relevant policies"  # GWR 2012/86
_SERIOUS = "serious illness insurance"  # GWR 2015/111
_POOR = ("persons living in extreme poverty, subsistence allowance recipients and people who slipped back into "
         "poverty")  # GWR 2016/595, 2012/102, 2018/479

BENEFITS_EXACT: dict[str, tuple[str, str]] = {
    # a childcare subsidy's interpretation: the standard per child and year, the funds and the children reached
    # (GWR 2019/431-432 婴幼儿 "infants and young children", "infant and child care"; 育儿补贴 "childcare
    # subsidies" after the national scheme of 2025, not in the reference: P)
    "育儿补贴": ("childcare subsidies", "P"),
    "育儿补贴标准": ("childcare subsidy standard", "P"),
    "需发放育儿补贴": ("childcare subsidies to be paid", "P"),
    "地方补贴": ("local subsidies", "P"),
    "惠及婴幼儿": ("infants and young children benefiting", "GWR 2019/431, P"),
    "中央财政补助资金": ("subsidy funds from the central government", "P"),
    "市级财政安排配套资金": ("matching funds from the city budget", "P"),
    "市级财政配套资金": ("matching funds from the city budget", "P"),
    "县级财政配套资金": ("matching funds from the county budget", "P"),
    # the time allowed to apply (申领人应于婴幼儿出生后6个月内提出申请)
    "提出申请时限": ("time limit for applications", "P"),
    "申请时限": ("time limit for applications", "P"),
    # minimum wages
    "最低工资标准": ("minimum wage", "GWR 2008/195"),
    "月最低工资标准": ("monthly minimum wage", _WAGE),
    "小时最低工资标准": ("hourly minimum wage", _WAGE),
    "月最低工资标准增幅": ("rise in the monthly minimum wage", _WAGE),
    "月最低工资标准平均增幅": ("average rise in the monthly minimum wage", _WAGE),
    # contributions and subsidies
    "居民医保个人缴费": (f"personal contributions to {RESIDENTS}", "GWR 2017/556, 2022/503"),
    # (the standard set per person a year: the row's unit says it, as 个人缴费标准 below)
    "居民医保个人缴费标准": (f"personal contributions to {RESIDENTS}", "GWR 2017/556, 2022/503"),
    "个人缴费": ("personal contributions", "GWR 2017/556"),
    "个人缴费标准": ("personal contributions", "GWR 2017/556"),
    "各级财政补助": ("government subsidies", "GWR 2017/556"),
    "财政补助": ("government subsidies", "GWR 2017/556"),
    "财政补助标准": ("government subsidies", "GWR 2017/556"),
    "居民医保参保率": (f"enrolment rate in {RESIDENTS}", "GWR 2022/503, P"),
    # waiting periods and allowances
    "待遇等待期": ("waiting period for benefits", "P"),
    "设置待遇等待期": ("waiting period for benefits", "P"),
    "每例补助": ("allowance per case", "P"),
    "定额资助": ("fixed assistance", "P"),
    "新生儿参保缴费时限": ("time limit for newborns' enrolment and payment", "P"),
    "参保缴费时限": ("time limit for enrolment and payment", "P"),
    "住院分娩定额补助": ("fixed allowance for giving birth in hospital", "GWR 2008/605, P"),
    # deductibles, rates and ceilings
    "起付线": (_DEDUCTIBLE, "GWR 2019/610"),
    "住院起付线": (f"{_DEDUCTIBLE} for hospitalization", "GWR 2019/610, P"),
    "起付标准": (_DEDUCTIBLE, "GWR 2019/610"),
    "报销比例": (_REIMBURSED, "GWR 2019/610"),
    "政策范围内报销比例": (_IN_POLICY, "GWR 2012/86"),
    "政策范围内费用报销比例": (_IN_POLICY, "GWR 2012/86"),
    "高血压、糖尿病门诊用药保障政策范围内费用报销比例": (
        "reimbursement rate of outpatient medicines for high blood pressure and diabetes", "GWR 2019/614"),
    "年度最高支付限额": ("annual payment ceiling", "P"),
    "最高支付限额": ("payment ceiling", "P"),
    "居民医保基金年度最高支付限额": (f"annual payment ceiling of the fund of {RESIDENTS}", "GWR 2022/503, P"),
    "大病保险起付标准": (f"{_DEDUCTIBLE} of {_SERIOUS}", "GWR 2019/610, 2015/111"),
    "大病保险最高支付限额": (f"payment ceiling of {_SERIOUS}", "GWR 2015/111, P"),
    "大病保险年度最高支付限额": (f"annual payment ceiling of {_SERIOUS}", "GWR 2015/111, P"),
    "大病保险原最高支付限额": (f"original payment ceiling of {_SERIOUS}", "GWR 2015/111, P"),
    "合计提高总额": ("total rise", "P"),  # (两项合计提高总额: the incentives together)
    "特困人员、低保对象和返贫致贫人口的大病保险起付标准": (
        f"{_DEDUCTIBLE} of {_SERIOUS} for {_POOR}", "GWR 2019/610, 2016/595, 2012/102, 2018/479"),
}

# a category of areas before a standard (一类地区月最低工资标准) and a level of hospitals before a benefit
# (县级医疗机构起付线): the standard of that category, named after it
_CATEGORY = re.compile(r"^(?P<n>[一二三四五])类地区(?P<rest>.{2,})$")
_ROMAN = {"一": "I", "二": "II", "三": "III", "四": "IV", "五": "V"}
HOSPITAL_LEVELS: dict[str, str] = {
    "乡镇卫生院（社区卫生服务中心）": "township health centers (community health service centers)",
    "乡镇卫生院": "township health centers", "社区卫生服务中心": "community health service centers",
    "县级医疗机构": "county-level hospitals", "市级医疗机构": "city-level hospitals",
    "省级及以上医疗机构": "provincial-level hospitals and above", "一级医疗机构": "primary hospitals",
    "二级医疗机构": "secondary hospitals", "三级医疗机构": "tertiary hospitals",
}
# what a hospital level sets in an insurance scheme (县级医疗机构起付线; not 乡镇卫生院床位数, its beds)
_BENEFIT_TAIL = re.compile(r"(?:起付线|起付标准|报销比例|支付比例|支付限额)$")
# a tier of costs a rate is paid on (1.5万元至5万元（含）的部分报销, 10万元以上的部分报销)
_TIER = re.compile(r"^(?P<a>\d+(?:\.\d+)?)万元(?:至(?P<b>\d+(?:\.\d+)?)万元（含）|(?P<above>以上))的部分报销$")


def _yuan(wan: str) -> str:
    return f"CNY {round(float(wan) * 10000):,}"


def benefit_metric(zh: str, noun: Callable[[str], str | None]) -> str | None:
    """一类地区月最低工资标准 -> "monthly minimum wage (category I areas)"; 县级医疗机构起付线 -> "deductible line
    (county-level hospitals)"; 1.5万元至5万元（含）的部分报销 -> "reimbursement rate for costs of CNY 15,000 to
    50,000"."""
    if m := _CATEGORY.match(zh):
        found = noun(m.group("rest"))
        return f"{found} (category {_ROMAN[m.group('n')]} areas)" if found else None
    for level in sorted(HOSPITAL_LEVELS, key=len, reverse=True):
        if zh.startswith(level) and _BENEFIT_TAIL.search(zh) and (found := noun(zh[len(level):])):
            return f"{found} ({HOSPITAL_LEVELS[level]})"
    if m := _TIER.match(zh):
        if m.group("above"):
            return f"{_REIMBURSED} for costs above {_yuan(m.group('a'))}"
        return f"{_REIMBURSED} for costs of {_yuan(m.group('a'))} to {_yuan(m.group('b'))[4:]}"
    return None


def unsourced() -> list[tuple[str, str]]:
    """The rules' words (project renderings)."""
    return list(HOSPITAL_LEVELS.items())

"""The rules of the domain vocabularies, tried by metrics.Composer after its own closed lists: the words a bulletin
puts before the thing counted (发生, 接报, 排查, 新登记 ...), where accidents happened (国省道发生事故), a quantity
per unit of output (万元GDP用水量), a trade channel before the flow (跨境电商出口) and a sampling inspection's pass
rate (食品抽检合格率). Each returns None unless every part renders (``noun`` is the composer's: glossary, tables,
grammar).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .benefits import benefit_metric
from .benefits import unsourced as benefits_unsourced
from .collective_economy import income_band_metric
from .diseases import disease_metric
from .diseases import unsourced as diseases_unsourced
from .farmland_assessment import graded_metric
from .industry_projects import contribution_metric
from .insurance import insurance_metric
from .insurance import unsourced as insurance_unsourced
from .land_survey import slope_metric
from .livelihood import livelihood_metric
from .markets import SAMPLED
from .migrant_workers import tender_metric
from .migrant_workers import unsourced as migrant_unsourced
from .plan_monitoring import plan_monitoring_metric
from .plan_monitoring import unsourced as plan_monitoring_unsourced
from .quality_checks import quality_check_metric
from .recruitment import recruitment_metric
from .resources import PER_OUTPUT_AMOUNTS, PER_OUTPUT_BASES
from .sector_rules import sector_metric
from .sector_rules import unsourced as sector_unsourced
from .trade import CHANNELS
from .veterans import unsourced as veterans_unsourced
from .veterans import veterans_metric

# Words before the thing counted: what happened to it or who did what (project renderings). 发生 and 各类 say
# nothing the row does not ("发生各类生产安全事故58起": the accidents).
BEFORE: dict[str, str] = {"发生": "{}", "各类": "{}", "组织各类": "{}", "接报": "{} reported", "排查": "{} identified",
                          "下拨": "{} allocated", "新登记": "newly registered {}", "新设": "newly established {}",
                          "培训": "{} trained", "立案查处": "{} investigated and prosecuted"}  # (GWR 2008/739 查处)
# Where accidents happened (国省道发生事故23起 "accidents on national and provincial highways"); project renderings.
FIELDS: dict[str, str] = {"国省道": "on national and provincial highways", "国道": "on national highways",
                          "高速公路": "on expressways", "农村道路": "on rural roads", "建筑施工": "in construction",
                          "危险化学品": "involving hazardous chemicals", "危化品": "involving hazardous chemicals",
                          "工矿商贸": "in industry, mining and commerce", "消防": "involving fire"}
FLOWS: dict[str, str] = {"进出口": "imports and exports", "出口": "exports", "进口": "imports"}
PER_OUTPUT_RE = re.compile(r"^(?P<amount>" + "|".join(PER_OUTPUT_AMOUNTS) + r")(?P<base>"
                           + "|".join(sorted(PER_OUTPUT_BASES, key=len, reverse=True)) + r")(?P<rest>.+)$")
OCCURRED_RE = re.compile(r"^(?P<where>" + "|".join(sorted(FIELDS, key=len, reverse=True))
                         + r")(?:领域|行业)?(?:共)?发生(?P<what>.{2,8})$")
SAMPLED_RE = re.compile(r"^(?P<what>" + "|".join(sorted(SAMPLED, key=len, reverse=True))
                        + r")(?:监督)?抽检量?(?P<rate>合格率)?$")  # (抽检量: the sampling volume)


def domain_metric(zh: str, noun: Callable[[str], str | None]) -> str | None:
    """The English of ``zh`` by a domain rule, or None."""
    for word in sorted(BEFORE, key=len, reverse=True):
        rest = zh[len(word):]
        if zh.startswith(word) and len(rest) >= 2 and not rest.endswith(("率", "比重", "比例")):
            found = noun(rest)
            if found:
                return BEFORE[word].format(found)
    m = OCCURRED_RE.match(zh)
    if m and (what := noun(m.group("what"))):
        return f"{what} {FIELDS[m.group('where')]}"
    m = PER_OUTPUT_RE.match(zh)
    if m:  # 亿元地区生产总值生产安全事故死亡率: the deaths per CNY 100 million, a rate only by its unit
        rest = m.group("rest")
        rest = rest[:-3] + "死亡人数" if rest.endswith("死亡率") else rest
        found = noun(rest)
        amount, base = PER_OUTPUT_AMOUNTS[m.group("amount")], PER_OUTPUT_BASES[m.group("base")]
        return f"{found} per {amount} of {base}" if found else None
    for channel, channel_en in CHANNELS.items():
        if zh.startswith(channel) and zh[len(channel):] in FLOWS:
            return f"{channel_en} {FLOWS[zh[len(channel):]]}"
    m = SAMPLED_RE.match(zh)
    if m:
        what = f"{SAMPLED[m.group('what')]} sampling inspections"
        return f"pass rate of {what}" if m.group("rate") else what
    if (checked := quality_check_metric(zh, noun)) is not None:
        return checked  # 电热水壶不合格批次: a spot check's batches (holdout38)
    if (post := recruitment_metric(zh)) is not None:
        return post  # 临床医师计划招聘: a post table's row (holdout25)
    if (project := livelihood_metric(zh, noun)) is not None:
        return project  # 计划改造背街小巷, 背街小巷改造完成率: a livelihood project planned or done (holdout28)
    if (standard := benefit_metric(zh, noun)) is not None:
        return standard  # 一类地区月最低工资标准, 县级医疗机构起付线, a tier of serious illness insurance (holdout27)
    if (gap := plan_monitoring_metric(zh, noun)) is not None:
        return gap  # 乳腺癌筛查覆盖率与目标值差距: a figure's gap to its goal (holdout31)
    if (disease := disease_metric(zh)) is not None:
        return disease  # 乙类传染病报告发病数, 艾滋病死亡数: a notifiable disease's cases or deaths (holdout39)
    if (tender := tender_metric(zh, noun)) is not None:
        return tender  # 包1投标保证金, 多参数监护仪数量: a tender's lots (holdout43)
    if (slope := slope_metric(zh, noun)) is not None:
        return slope  # 位于25度以上坡度的耕地: a slope class of a land category (holdout42)
    if (insured := insurance_metric(zh)) is not None:
        return insured  # 水稻完全成本保险保险金额: a term of an insured product in a plan's table (holdout61)
    if (share := contribution_metric(zh, noun)) is not None:
        return share  # 私营企业拉动全市规模以上工业: a contribution to growth in percentage points (holdout65)
    if (graded := graded_metric(zh, noun)) is not None:
        return graded  # 考核等级为优秀的县（区）: units counted by the grade they were rated (an untuned circular)
    if (band := income_band_metric(zh)) is not None:
        return band  # 收入100万元以上的村: villages counted by an income band (an untuned county news)
    if (pension := veterans_metric(zh, noun)) is not None:
        return pension  # 因战一级新标准, 农村烈士遗属定期抚恤金标准: a standard of an entitled group (holdout58)
    return sector_metric(zh, noun)  # the second-round domains (sector_rules)


def unsourced() -> list[tuple[str, str]]:
    """The rules' words (all project renderings), for metric_sources.unsourced()."""
    return (list(BEFORE.items()) + list(FIELDS.items()) + list(CHANNELS.items()) + list(SAMPLED.items())
            + list(PER_OUTPUT_BASES.items()) + sector_unsourced() + benefits_unsourced()
            + plan_monitoring_unsourced() + diseases_unsourced() + migrant_unsourced() + veterans_unsourced()
            + insurance_unsourced())

"""The rules of the fourth round of domain vocabularies (water, climate, environment, construction, post and
telecom, market regulation, veterans), tried by sector_rules after its own: water use by sector (生活用水量) and
supply by source (地下水源供水量), the days of a kind of weather (暴雨日数), the average of a kind of noise
(道路交通噪声平均值), revenue of a service (邮政业务收入), the subscribers of a network (千兆光网用户), a count
said with 数 (5G基站数), 实有 "in existence" and 在用 "in use" before a stock, a verb before what it treats
(治理水土流失面积), people resettled or employed (安置退役军人), a grade of qualification (特级资质建筑业企业),
buildings by use before a stage of building (商品房施工面积), the urban area as a scope (城区空气质量优良天数比例),
年末 inside a name (大中型水库年末蓄水总量) and the batches of a sampling inspection (食品抽检批次). Each returns
None unless every part renders.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .climate import CLIMATE_MEASURES, CLIMATE_SCOPES, CLIMATE_WHEN, WEATHER_DAYS
from .construction import BUILDINGS, QUALIFICATION_GRADES, STAGES_OF_BUILDING
from .ecology import NOISES
from .regulation import BATCH_GOODS
from .telecom import NETWORKS, SERVICES
from .water import WATER_SOURCES, WATER_USES


def _alternation(words: dict[str, str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


WATER_USE_RE = re.compile(r"^(?P<sector>" + _alternation(WATER_USES) + r")用水量?$")
SUPPLY_RE = re.compile(r"^(?P<source>" + _alternation(WATER_SOURCES) + r")供水量$")
DAYS_RE = re.compile(r"^(?P<year>年)?(?P<kind>" + _alternation(WEATHER_DAYS) + r")日数$")  # 年暴雨日数 "annual …"
NOISE_RE = re.compile(r"^(?P<kind>" + _alternation(NOISES) + r")噪声(?:平均值|(?:平均)?等效声级)$")
SERVICE_RE = re.compile(r"^(?P<service>" + _alternation(SERVICES) + r")业务收入$")
NETWORK_RE = re.compile(r"^(?P<net>" + _alternation(NETWORKS) + r")(?:接入)?用户数?$")
CLIMATE_RE = re.compile(r"^(?P<when>" + _alternation(CLIMATE_WHEN) + r")(?P<what>" + _alternation(CLIMATE_MEASURES)
                        + r")$")
GRADE_RE = re.compile(r"^(?P<grade>" + _alternation(QUALIFICATION_GRADES) + r")(?P<rest>.{2,}企业)$")
BUILT_RE = re.compile(r"^(?P<kind>" + _alternation(BUILDINGS) + r")(?P<stage>" + _alternation(STAGES_OF_BUILDING)
                      + r")$")
BATCHES_RE = re.compile(r"^(?P<what>" + _alternation(BATCH_GOODS) + r")(?:安全)?(?:监督)?抽检批次$")
# What is counted when a name ends with 数 (5G基站数, 移动电话用户数): only these, since 指数, 系数, 户数 are no counts.
COUNTED = ("用户", "基站", "网点", "场地", "场馆")
# Who is resettled or employed (安置退役军人, 退役军人就业): people, by the end of their name.
PEOPLE = ("军人", "毕业生", "人员", "劳动力", "农民工")
URBAN_SCOPES: dict[str, str] = {"城区": "in urban areas", "市区": "in urban areas", "建成区": "in built-up areas"}


def _people(zh: str, noun: Callable[[str], str | None]) -> str | None:
    if zh.startswith("安置") and zh.endswith(PEOPLE) and (who := noun(zh[2:])):
        return f"{who} resettled"
    if zh.endswith("就业") and zh[:-2].endswith(PEOPLE) and (who := noun(zh[:-2])):
        return f"{who} employed"
    return None


def _closed_lists(zh: str) -> str | None:
    m = WATER_USE_RE.match(zh)
    if m:
        return f"{WATER_USES[m.group('sector')]} water use"
    m = SUPPLY_RE.match(zh)
    if m:
        return f"water supply from {WATER_SOURCES[m.group('source')]}"
    m = DAYS_RE.match(zh)
    if m:
        return ("annual " if m.group("year") else "") + f"{WEATHER_DAYS[m.group('kind')]} days"
    m = NOISE_RE.match(zh)
    if m:
        return f"average {NOISES[m.group('kind')]} noise"
    m = SERVICE_RE.match(zh)
    if m:
        return f"revenue from {SERVICES[m.group('service')]}"
    m = NETWORK_RE.match(zh)
    if m:
        return f"{NETWORKS[m.group('net')]} subscribers"
    m = CLIMATE_RE.match(zh[:2] + zh[4:] if zh[2:4] in CLIMATE_SCOPES else zh)  # 春季全市平均气温
    if m:
        return CLIMATE_WHEN[m.group("when")].format(CLIMATE_MEASURES[m.group("what")])
    m = BUILT_RE.match(zh)
    if m:
        return f"floor space of {BUILDINGS[m.group('kind')]} {STAGES_OF_BUILDING[m.group('stage')]}"
    m = BATCHES_RE.match(zh)
    if m:
        return f"batches of {BATCH_GOODS[m.group('what')]} sampled"
    return None


def bulletin_metric(zh: str, noun: Callable[[str], str | None]) -> str | None:
    """The English of ``zh`` by a rule of the fourth-round domains, or None."""
    found = _closed_lists(zh) or _people(zh, noun)
    if found:
        return found
    if zh.endswith("数") and zh[:-1].endswith(COUNTED) and len(zh) > 3:
        return noun(zh[:-1])
    if zh.endswith("用户普及率") and len(zh) > 6:  # 移动电话用户普及率 as 移动电话普及率
        return noun(zh[:-5] + "普及率")
    if zh.startswith("实有") and len(zh) > 3:  # 实有个体工商户: the stock, as the row says
        return noun(zh[2:])
    if zh.startswith("在用") and len(zh) > 3 and (what := noun(zh[2:])):
        return f"{what} in use"
    if zh.startswith("治理") and zh.endswith("面积") and len(zh) > 5:  # 治理水土流失面积 as 水土流失治理面积
        return noun(zh[2:-2] + "治理面积")
    m = GRADE_RE.match(zh)
    if m and (what := noun(m.group("rest"))):
        return f"{what} with {QUALIFICATION_GRADES[m.group('grade')]} qualifications"
    for scope, where in URBAN_SCOPES.items():
        if zh.startswith(scope) and len(zh) > len(scope) + 1 and (what := noun(zh[len(scope):])):
            return f"{what} {where}"
    year_end = zh.find("年末")
    if year_end >= 2 and len(zh) > year_end + 3 and (what := noun(zh[:year_end] + zh[year_end + 2:])):
        return f"{what} (year-end)"  # 大中型水库年末蓄水总量
    return None


def unsourced() -> list[tuple[str, str]]:
    """The rules' words (all project renderings), for metric_sources.unsourced()."""
    return (list(WATER_USES.items()) + list(WATER_SOURCES.items()) + list(WEATHER_DAYS.items())
            + list(NOISES.items()) + list(SERVICES.items()) + list(CLIMATE_MEASURES.items()) + list(NETWORKS.items())
            + list(QUALIFICATION_GRADES.items()) + list(URBAN_SCOPES.items()) + list(BATCH_GOODS.items()))

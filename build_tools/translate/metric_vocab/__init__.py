"""The standard vocabulary of local statistical bulletins, by domain (issue 12), merged into metric_tables' tables.

A city's 国民经济和社会发展统计公报 and the specialized bulletins (人社, 卫健, 教育, 交通运输, 生态环境, 科技) name
their key figures with a closed vocabulary: heads (产量, 保有量, 在校生, 里程 ...) qualified by products, schools,
routes, sectors. ``economy`` holds the economic chapters, ``society`` the social and environmental ones,
``products`` the products of X产量 (YB 12-10, 13-12), measured on tests/fixtures/translate/metric_vocabulary.tsv.
The domains of the specialized bureaus' bulletins: ``safety`` (work safety, natural disasters), ``trade`` (foreign
trade and investment), ``markets`` (market regulation), ``civil`` (civil affairs), ``resources`` (water, land,
forests), their rules in ``rules``; measured on tests/fixtures/translate/metric_vocabulary_domains.tsv (held out:
written before them). The second round: ``finance``, ``housing`` (real estate and construction), ``energy``,
``justice`` (public security, courts, legal services), ``culture`` (culture, sports, tourism, media), ``science``
(R&D, patents), ``cityservice`` (government services, urban management), ``farming``, their rules in
``sector_rules``; measured on tests/fixtures/translate/metric_vocabulary_domains2.tsv (held out). The third:
``census`` (population census communiqués) and ``education`` (education statistics bulletins), their rules in
``people_rules``; measured on tests/fixtures/translate/metric_vocabulary_domains3.tsv (held out). ``prices``: the
items of price releases; ``rural``: rural revitalization after the poverty-alleviation transition; ``provident``:
housing provident fund annual reports; ``debt``: government debt disclosures; ``economic_census``: economic census
communiqués (corporate units, establishments, individual businesses, industries); ``budget``: a department's
budget statement (holdout22); ``plan_projects``: a plan-execution report and a plan of key construction projects
(holdout24); ``cppcc``: a CPPCC committee's
work (proposals, consultations, inspections). The fourth round (``round4``: water, climate, forestry, environment,
construction, post and telecom, taxes, market regulation, sports, veterans, industrial detail), its rules in
``bulletin_rules``; measured on metric_vocabulary_domains4.tsv. Each entry
names its source as metric_tables does (``YB x-y``, ``GWR yyyy/n``, ``P``).
The tables of metric_tables win over these where both name a term (merge with setdefault).
"""

from __future__ import annotations

from .administrative_review import ADMINISTRATIVE_REVIEW_EXACT
from .assessments import ASSESSMENTS_EXACT
from .benefits import BENEFITS_EXACT
from .blood import BLOOD_EXACT
from .budget import BUDGET_EXACT
from .census import CENSUS_EXACT, CENSUS_HEADS
from .cityservice import CITY_EXACT, CITY_HEADS, CITY_SUBJECTS
from .civil import CIVIL_EXACT
from .collective_economy import COLLECTIVE_ECONOMY_EXACT
from .congress import CONGRESS_EXACT
from .consumer_complaints import (
    CONSUMER_COMPLAINTS_EXACT,
    CONSUMER_COMPLAINTS_HEADS,
    CONSUMER_COMPLAINTS_SUBJECTS,
)
from .consumption import CONSUMPTION_EXACT
from .courts import COURTS_EXACT
from .cppcc import CPPCC_EXACT
from .culture import CULTURE_EXACT, CULTURE_SUBJECTS
from .debt import DEBT_EXACT
from .disability import DISABILITY_EXACT
from .discipline_cases import ACCIDENT_EXACT, DISCIPLINE_CASES_EXACT
from .diseases import DISEASES_EXACT
from .east_west import EAST_WEST_EXACT, FOREST_FIRE_EXACT
from .ecology_plan import ECOLOGY_PLAN_EXACT
from .economic_census import ECONOMIC_CENSUS_EXACT, ECONOMIC_CENSUS_HEADS, ECONOMIC_CENSUS_SUBJECTS
from .economy import ECONOMY_EXACT, ECONOMY_HEADS, ECONOMY_SUBJECTS
from .education import EDUCATION_EXACT, EDUCATION_HEADS, EDUCATION_SUBJECTS
from .elderly import ELDERLY_EXACT, ELDERLY_SCHEMES
from .employment import EMPLOYMENT_EXACT
from .energy import ENERGY_EXACT, ENERGY_HEADS
from .energy_audit import ENERGY_BULLETIN_EXACT, PROJECT_AUDIT_EXACT
from .energy_saving import ENERGY_SAVING_EXACT
from .family_doctors import FAMILY_DOCTORS_EXACT
from .farming import FARMING_EXACT, FARMING_HEADS
from .farmland_assessment import FARMLAND_ASSESSMENT_EXACT
from .final_accounts import FINAL_ACCOUNTS_EXACT, FINAL_ACCOUNTS_HEADS
from .finance import FINANCE_EXACT, FINANCE_HEADS, FINANCE_SUBJECTS
from .fire_water import FIRE_SUBJECTS, FIRE_WATER_EXACT
from .flood import FLOOD_EXACT
from .flood_response import FLOOD_RESPONSE_EXACT
from .grain_purchase import GRAIN_PURCHASE_EXACT
from .grants import GRANTS_EXACT
from .heating_supply import HEATING_SUPPLY_EXACT
from .hotline import HOTLINE_EXACT
from .household_budget import HOUSEHOLD_BUDGET_EXACT
from .housing import HOUSING_EXACT, HOUSING_HEADS, HOUSING_SUBJECTS
from .industry_projects import INDUSTRY_PROJECTS_EXACT
from .insurance import INSURANCE_EXACT
from .intellectual_property import IP_EXACT
from .justice import JUSTICE_EXACT, JUSTICE_HEADS
from .land import LAND_EXACT
from .land_supply import LAND_SUPPLY_EXACT
from .land_survey import LAND_SURVEY_EXACT
from .livelihood import LIVELIHOOD_EXACT
from .livelihood_list import LIVELIHOOD_LIST_EXACT
from .livestock_post import LIVESTOCK_EXACT, LIVESTOCK_SUBJECTS, POST_EXACT
from .market_regulation import MARKET_REGULATION_EXACT
from .markets import MARKETS_EXACT
from .medical import INSPECTION_EXACT, MEDICAL_EXACT, MEDICAL_SCHEMES
from .migrant_workers import MIGRANT_WORKERS_EXACT
from .physical_fitness import FITNESS_EXACT, FITNESS_HEADS, FITNESS_SUBJECTS
from .plan_monitoring import PLAN_MONITORING_EXACT
from .plan_projects import PLAN_PROJECTS_EXACT
from .prices import PRICE_SUBJECTS
from .procuratorate import PROCURATORATE_EXACT, TRAFFIC_CONTROL_EXACT
from .products import PRODUCTS
from .provident import PROVIDENT_EXACT
from .public_culture import GRAIN_SEASON_EXACT, PUBLIC_CULTURE_EXACT
from .public_security import PUBLIC_SECURITY_EXACT
from .quality_checks import QUALITY_CHECKS_EXACT
from .rainstorm import RAINSTORM_EXACT
from .recruitment import RECRUITMENT_EXACT, RECRUITMENT_POSTS
from .rectification import RECTIFICATION_EXACT
from .resources import RESOURCES_EXACT
from .rivers_ports import PORTS_EXACT, RIVERS_EXACT
from .round4 import ROUND4_EXACT, ROUND4_HEADS, ROUND4_SUBJECTS
from .rules import domain_metric
from .rules import unsourced as rules_unsourced
from .rural import RURAL_EXACT
from .rural_work import RURAL_WORK_EXACT
from .safety import SAFETY_EXACT, SAFETY_HEADS, SAFETY_SUBJECTS
from .science import SCIENCE_EXACT, SCIENCE_HEADS, SCIENCE_SUBJECTS
from .society import SOCIETY_EXACT, SOCIETY_HEADS, SOCIETY_SUBJECTS
from .special_equipment import SPECIAL_EQUIPMENT_EXACT
from .spring_travel import SPRING_TRAVEL_EXACT
from .supervision import SUPERVISION_EXACT
from .talent import TALENT_EXACT
from .tax_relief import TAX_RELIEF_EXACT, TAX_RELIEF_HEADS, TAX_RELIEF_SUBJECTS
from .tickets import TICKETS_EXACT
from .trade import CHANNELS, MORE_PARTNERS, MORE_TRADE_MODES, TRADE_EXACT, TRADE_HEADS, TRADE_SUBJECTS
from .transport import BUSINESS_EXACT, TRANSPORT_EXACT
from .typhoon import TYPHOON_EXACT
from .utility_prices import UTILITY_PRICES_EXACT
from .vehicles import VEHICLES_EXACT
from .veteran_services import VETERAN_SERVICES_EXACT
from .waste_sorting import WASTE_SORTING_EXACT
from .water_supply import WATER_SUPPLY_EXACT
from .websites import WEBSITES_EXACT
from .women_children import WOMEN_CHILDREN_EXACT

__all__ = ["AREAS", "BUDGET_LINES", "CHANNELS", "MODE_HEADS", "MODES", "MORE_EXACT", "MORE_HEADS", "MORE_PARTNERS",
           "MORE_SUBJECTS", "TRADE_MODE_HEADS", "TRADE_MODES", "domain_metric", "merge_into", "unsourced"]

MORE_EXACT: dict[str, tuple[str, str]] = {**ECONOMY_EXACT, **SOCIETY_EXACT, **GRANTS_EXACT, **SAFETY_EXACT,
                                          **TRADE_EXACT, **MARKETS_EXACT, **CIVIL_EXACT, **RESOURCES_EXACT,
                                          **FINANCE_EXACT, **HOUSING_EXACT, **ENERGY_EXACT, **JUSTICE_EXACT,
                                          **CULTURE_EXACT, **SCIENCE_EXACT, **CITY_EXACT, **FARMING_EXACT,
                                          **CENSUS_EXACT, **EDUCATION_EXACT, **RURAL_EXACT, **PROVIDENT_EXACT,
                                          **DEBT_EXACT, **TRANSPORT_EXACT, **BUSINESS_EXACT,
                                          **ECONOMIC_CENSUS_EXACT}
MORE_HEADS: dict[str, tuple[str, str | None, str]] = {**ECONOMY_HEADS, **SOCIETY_HEADS, **SAFETY_HEADS,
                                                      **TRADE_HEADS, **FINANCE_HEADS, **HOUSING_HEADS, **ENERGY_HEADS,
                                                      **JUSTICE_HEADS, **SCIENCE_HEADS, **CITY_HEADS, **FARMING_HEADS,
                                                      **CENSUS_HEADS, **EDUCATION_HEADS, **ECONOMIC_CENSUS_HEADS}
MORE_SUBJECTS: dict[str, tuple[str, str]] = {**ECONOMY_SUBJECTS, **SOCIETY_SUBJECTS, **PRODUCTS, **SAFETY_SUBJECTS,
                                             **TRADE_SUBJECTS, **FINANCE_SUBJECTS, **HOUSING_SUBJECTS,
                                             **CULTURE_SUBJECTS, **CITY_SUBJECTS, **EDUCATION_SUBJECTS,
                                             **PRICE_SUBJECTS, **SCIENCE_SUBJECTS, **ECONOMIC_CENSUS_SUBJECTS}
MORE_SCHEMES: dict[str, tuple[str, str]] = {
    "生育保险": ("birth insurance", "YB 24-32"),
    "城镇职工基本医疗保险": ("basic medical insurance for urban workers", "P"),  # after YB 24-26 urban workers
}
# medical security bulletins and law enforcement inspection reports (holdout17): their own module
MORE_EXACT.update({**MEDICAL_EXACT, **INSPECTION_EXACT})
MORE_SCHEMES.update(MEDICAL_SCHEMES)
# the work of a CPPCC committee (holdout20): its own module
MORE_EXACT.update(CPPCC_EXACT)
# the fourth round (water, climate, forestry, environment, construction, post and telecom, taxes, market regulation,
# sports, veterans, industrial detail): their own module
MORE_EXACT.update(ROUND4_EXACT)
MORE_HEADS.update(ROUND4_HEADS)
MORE_SUBJECTS.update(ROUND4_SUBJECTS)
# land expropriation and its compensation plan (holdout23): its own module
MORE_EXACT.update(LAND_EXACT)
# a department's budget statement (holdout22): its own module
MORE_EXACT.update(BUDGET_EXACT)
# a plan-execution report and a plan of key construction projects (holdout24): its own module
MORE_EXACT.update(PLAN_PROJECTS_EXACT)
# a five-year ecology plan and a public recruitment notice (holdout25): their own modules
MORE_EXACT.update(ECOLOGY_PLAN_EXACT)
MORE_EXACT.update(RECRUITMENT_EXACT)
# a completion report of livelihood projects and a report on state-owned assets (holdout28): their own module
MORE_EXACT.update(LIVELIHOOD_EXACT)
MORE_EXACT.update(LIVELIHOOD_LIST_EXACT)  # (holdout55: a city's list of its yearly livelihood projects)
# a minimum wage notice and a notice on the residents' medical insurance of a year (holdout27): their own module
MORE_EXACT.update(BENEFITS_EXACT)
# an elderly services statistical bulletin and a grain output announcement (holdout29): their own module
MORE_EXACT.update(ELDERLY_EXACT)
MORE_SCHEMES.update(ELDERLY_SCHEMES)
# an energy saving and carbon reduction action plan and a county work report's review (holdout30): their own module
MORE_EXACT.update(ENERGY_SAVING_EXACT)
# a territorial spatial master plan and a women's development programme's monitoring report (holdout31)
MORE_EXACT.update(PLAN_MONITORING_EXACT)
# a flood control and drought relief summary and a report on handling suggestions and proposals (holdout32)
MORE_EXACT.update(FLOOD_EXACT)
# an employment work summary and plan and a release on industrial profits (holdout34): their own module
MORE_EXACT.update(EMPLOYMENT_EXACT)
# a court's work report and the detail of a real-estate release (holdout35): their own module
MORE_EXACT.update(COURTS_EXACT)
# a county procuratorate's work report and a traffic control notice (holdout63): their own module
MORE_EXACT.update({**PROCURATORATE_EXACT, **TRAFFIC_CONTROL_EXACT})
# a supervision office's circular ranking counties on key projects (holdout36): its own module
MORE_EXACT.update(SUPERVISION_EXACT)
# an electricity consumption release and a notice of a hearing on tiered water prices (holdout37)
MORE_EXACT.update(UTILITY_PRICES_EXACT)
# a product quality spot check results notice and a central bank branch's financial statistics (holdout38)
MORE_EXACT.update(QUALITY_CHECKS_EXACT)
# a monthly report on notifiable infectious diseases and a county's enrolment notice (holdout39)
MORE_EXACT.update(DISEASES_EXACT)
# a county's yearly supply plan of state-owned construction land (holdout40)
MORE_EXACT.update(LAND_SUPPLY_EXACT)
# a people's congress standing committee's work report and a report on market entities (holdout44)
MORE_EXACT.update(CONGRESS_EXACT)
# a migrant workers monitoring survey report and a government procurement tender (holdout43)
MORE_EXACT.update(MIGRANT_WORKERS_EXACT)
# a land survey's main-data communiqué and a release on residents' income and consumption (holdout42)
MORE_EXACT.update(LAND_SURVEY_EXACT)
MORE_EXACT.update(HOUSEHOLD_BUDGET_EXACT)
# a government website's annual report and a weekly air quality report (holdout46): their own module
MORE_EXACT.update(WEBSITES_EXACT)
# a city's rules for attracting talent and a province's budget execution and draft budget report (holdout45)
MORE_EXACT.update(TALENT_EXACT)
# a public security bureau's year-end press release and a village's quarterly financial disclosure (holdout47)
MORE_EXACT.update(PUBLIC_SECURITY_EXACT)
# a county's administrative penalty decision and a city's weekly price monitoring release (holdout48)
MORE_EXACT.update(MARKET_REGULATION_EXACT)
MORE_EXACT.update(RAINSTORM_EXACT)
# an urgent heavy-rain notice and a water resources bulletin (holdout52): their own module
MORE_EXACT.update(FLOOD_RESPONSE_EXACT)
# an EIA publicity notice of a proposed plant and a listing-for-sale announcement of land use rights (holdout49)
MORE_EXACT.update(ASSESSMENTS_EXACT)
# a 12345 hotline's quarterly report and a city's report on state-owned assets (holdout53): their own module
MORE_EXACT.update(HOTLINE_EXACT)
# a department's final accounts (holdout54): its own module (the lines of the accounts as heads: 行政运行年初预算)
MORE_EXACT.update(FINAL_ACCOUNTS_EXACT)
MORE_HEADS.update(FINAL_ACCOUNTS_HEADS)
# a holiday's consumption market and a town's work summary and plan (holdout56): their own module
MORE_EXACT.update(CONSUMPTION_EXACT)
# a county's river and lake chief work summary and a port's monthly production release (holdout59)
MORE_EXACT.update({**RIVERS_EXACT, **PORTS_EXACT})
# a county's East-West collaboration summary and a county's forest fire prevention order (holdout62)
MORE_EXACT.update({**EAST_WEST_EXACT, **FOREST_FIRE_EXACT})
# (a bulletin on energy use per unit of GDP and an audit's results of a project's funds: holdout64)
MORE_EXACT.update({**ENERGY_BULLETIN_EXACT, **PROJECT_AUDIT_EXACT})
# a county's report on the rectification after inspection tours and a city's urban health check (holdout57)
MORE_EXACT.update(RECTIFICATION_EXACT)
# a county's agricultural insurance plan and a city's regulation on dog keeping (holdout61): their own module
MORE_EXACT.update(INSURANCE_EXACT)
# a January-October analysis of the industrial economy and a project-start and signing ceremony speech (holdout65)
for _term, _entry in INDUSTRY_PROJECTS_EXACT.items():
    MORE_EXACT.setdefault(_term, _entry)
# a tax bureau's news on tax relief and invoice data
MORE_EXACT.update(TAX_RELIEF_EXACT)
MORE_HEADS.update(TAX_RELIEF_HEADS)
MORE_SUBJECTS.update(TAX_RELIEF_SUBJECTS)
# a national physical fitness monitoring bulletin (holdout70, measured first; then this vocabulary)
MORE_EXACT.update(FITNESS_EXACT)
MORE_HEADS.update(FITNESS_HEADS)
MORE_SUBJECTS.update(FITNESS_SUBJECTS)
# an analysis of consumer complaints, reports and inquiries (an untuned document): its own module
MORE_EXACT.update(CONSUMER_COMPLAINTS_EXACT)
MORE_EXACT.update(IP_EXACT)  # (holdout71: a city's intellectual property white paper)
MORE_HEADS.update(CONSUMER_COMPLAINTS_HEADS)
MORE_SUBJECTS.update(CONSUMER_COMPLAINTS_SUBJECTS)
# a county's news of its autumn grain purchase (an untuned document): its own module
MORE_EXACT.update(GRAIN_PURCHASE_EXACT)
# new-energy vehicles and their charging (an untuned report of a development and reform commission)
MORE_EXACT.update(VEHICLES_EXACT)
# a scenic area's ticket prices and fares (holdout66, measured first; then this vocabulary)
MORE_EXACT.update(TICKETS_EXACT)
# household waste sorting and treatment capacities (holdout67, measured first; then this vocabulary)
MORE_EXACT.update(WASTE_SORTING_EXACT)
# untuned documents of new genres (a water quality announcement, a blood donation circular, a plan monitoring report,
# a typhoon circular, a special equipment notice), measured first; then these vocabularies
MORE_EXACT.update(WATER_SUPPLY_EXACT)
MORE_EXACT.update(BLOOD_EXACT)
MORE_EXACT.update(WOMEN_CHILDREN_EXACT)
MORE_EXACT.update(TYPHOON_EXACT)
MORE_EXACT.update(SPECIAL_EQUIPMENT_EXACT)
MORE_EXACT.update(VETERAN_SERVICES_EXACT)
# public cultural services and a grain purchase season (holdout73, measured first; then this vocabulary)
MORE_EXACT.update(PUBLIC_CULTURE_EXACT)
MORE_EXACT.update(GRAIN_SEASON_EXACT)
# a disabled persons' federation's statistical bulletin, a county's news of its village collective economies and a
# circular of a farmland protection assessment, a health commission's news of family doctor services, a justice
# bureau's report on administrative review and litigation, a Spring Festival travel plan (untuned documents), where no
# earlier module names the term
for _term, _entry in {**DISABILITY_EXACT, **COLLECTIVE_ECONOMY_EXACT, **FARMLAND_ASSESSMENT_EXACT,
                     **FAMILY_DOCTORS_EXACT, **ADMINISTRATIVE_REVIEW_EXACT, **SPRING_TRAVEL_EXACT}.items():
    MORE_EXACT.setdefault(_term, _entry)
# a fire situation bulletin and a reply on rural drinking water (holdout68, measured first; then this vocabulary)
for _term, _entry in FIRE_WATER_EXACT.items():
    MORE_EXACT.setdefault(_term, _entry)
for _term, _entry in FIRE_SUBJECTS.items():
    MORE_SUBJECTS.setdefault(_term, _entry)
# a heating season plan and a rural work meeting speech (holdout72, measured first; then this vocabulary)
for _term, _entry in {**HEATING_SUPPLY_EXACT, **RURAL_WORK_EXACT}.items():
    MORE_EXACT.setdefault(_term, _entry)
# a livestock production release and a postal industry report (holdout69, measured first; then this vocabulary)
for _term, _entry in {**LIVESTOCK_EXACT, **POST_EXACT}.items():
    MORE_EXACT.setdefault(_term, _entry)
for _term, _entry in LIVESTOCK_SUBJECTS.items():
    MORE_SUBJECTS.setdefault(_term, _entry)
# a discipline commission's circular of typical cases and an accident investigation report (holdout60): added
# where no earlier module names the term
for _term, _entry in {**DISCIPLINE_CASES_EXACT, **ACCIDENT_EXACT}.items():
    MORE_EXACT.setdefault(_term, _entry)

# Transport modes before a traffic head (公路货运量 "highway freight traffic", YB 16-6/16-8 Passenger/Freight Traffic,
# 16-7 Passenger-Kilometers, 16-9 Freight Ton-Kilometers); modes project renderings after YB 16-3 (highways,
# railways).
MODES: dict[str, str] = {"公路": "highway", "铁路": "railway", "水路": "waterway", "水运": "waterway",
                         "航空": "air", "民航": "civil aviation", "机场": "airport", "道路": "road",
                         "道路客运": "road", "公路客运": "highway"}
MODE_HEADS: dict[str, str] = {"货运量": "{m} freight traffic", "货物运输量": "{m} freight traffic",
                              "客运量": "{m} passenger traffic", "旅客运输量": "{m} passenger traffic",
                              "货物周转量": "{m} freight ton-kilometers", "旅客周转量": "{m} passenger-kilometers",
                              "旅客吞吐量": "{m} passenger throughput", "货邮吞吐量": "{m} cargo and mail throughput",
                              # a travel rush's passengers sent (铁路发送旅客 'railway passenger trips'; project)
                              "发送旅客": "{m} passenger trips", "旅客发送量": "{m} passenger trips"}
# Trade by mode (一般贸易进出口 "imports and exports under general trade"): project renderings after NBS releases.
TRADE_MODES: dict[str, str] = {"一般贸易": "general trade", "加工贸易": "processing trade", **MORE_TRADE_MODES}
TRADE_MODE_HEADS: dict[str, str] = {"进出口": "imports and exports", "出口": "exports", "进口": "imports"}
# The lines of the general public budget by function (科学技术支出 "spending on science and technology"), as the
# existing EXACT 教育支出 "spending on education" (GWR 2019/605); project renderings unless cited.
BUDGET_LINES: dict[str, str] = {
    "一般公共服务": "general public services", "公共安全": "public security", "教育": "education",
    "科学技术": "science and technology", "文化旅游体育与传媒": "culture, tourism, sports and media",
    "社会保障和就业": "social security and employment", "卫生健康": "health care",
    "节能环保": "energy conservation and environmental protection", "城乡社区": "urban and rural communities",
    "农林水": "agriculture, forestry and water conservancy", "交通运输": "transport", "住房保障": "housing security",
    "粮油物资储备": "grain, edible oil and material reserves",
    "灾害防治及应急管理": "disaster prevention and emergency management"}
# Who receives subsistence allowances, by area (城市低保对象 "urban recipients of subsistence allowances", GWR 2011/100
# subsistence allowance; the area adjectives project renderings).
AREAS: dict[str, str] = {"城市": "urban", "城镇": "urban", "农村": "rural", "城乡": "urban and rural"}


def merge_into(exact: dict[str, tuple[str, str]], heads: dict[str, tuple[str, str | None, str]],
               subjects: dict[str, tuple[str, str]], schemes: dict[str, tuple[str, str]],
               partners: dict[str, str]) -> None:
    """Add the domain tables to metric_tables' tables; an entry already there wins."""
    for zh, en in MORE_PARTNERS.items():
        partners.setdefault(zh, en)
    for table, more in ((exact, MORE_EXACT), (subjects, MORE_SUBJECTS), (schemes, MORE_SCHEMES)):
        for zh, entry in more.items():
            table.setdefault(zh, entry)
    for zh, head in MORE_HEADS.items():
        heads.setdefault(zh, head)


def unsourced() -> list[tuple[str, str]]:
    """The closed lists of the rules above (all project renderings), for metric_sources.unsourced()."""
    return (list(MODES.items()) + list(TRADE_MODES.items()) + list(BUDGET_LINES.items()) + list(AREAS.items())
            + rules_unsourced() + [(f"{zh}计划招聘", f"places to fill: {en}") for zh, en in RECRUITMENT_POSTS.items()])

"""The metric-name grammar (translate/metrics.py), tested as a grammar.

Expectations are written by hand from NBS and State Council usage (the yearbook's table titles, the statistical
communiqués' wording and the work reports), not from the code: e.g. NBS writes "value added of the primary
industry", "per capita disposable income of urban residents", "sown area of grain", "floor space of commercial
buildings sold", "investment in fixed assets (excluding rural households)" -> here "fixed-asset investment" as the
2014 report writes it.
"""

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.metric_sources import unsourced
from build_tools.translate.metrics import EXACT, HEADS, SUBJECTS, clean_metric, metric_en

CASES = {
    # added for documents of other cities (hand-written names; sources in metrics.py)
    "细颗粒物（PM2.5）平均浓度": "average concentration of PM2.5",  # GWR 2022/36
    "全县各项存款余额": "outstanding deposits",
    "固定资产投资占全部投资比重": "share of fixed-asset investment in total investment",
    "第三产业增加值占全县比重": "share of value added of the tertiary industry in the county total",
    "限额以上单位网上零售额": "online retail sales of units above designated size",  # YB 15-13 online retail sales
    "数字经济核心产业增加值": "value added of the core industries of the digital economy",
    "年末市场主体总数": "market entities (year-end)",  # glossary 市场主体 (a count of entities)
    "新增国家高新技术企业": "new national high-tech enterprises",
    "城乡居民基本养老保险参保率": "coverage rate of basic endowment insurance for urban and rural residents",
    "新增托位": "new childcare places",
    "民生支出占比": "share of spending on people's wellbeing",
    "生产安全事故起数": "number of workplace accidents",  # GWR 2018/269
    "新改建县道": "county roads built or upgraded",
    "改扩建村道": "village roads rebuilt or expanded",
    "三年累计完成固定资产投资": "fixed-asset investment over three years",
    "过去五年新改建县道": "county roads built or upgraded over five years",
    "新建改造农村公路": "new or upgraded rural roads",  # 农村公路 rural roads (glossary, GWR 2019)
    "新建城市道路": "new urban roads",
    "全区新增城市绿地": "new urban green areas",  # YB 25-10 Green Areas in Cities
    "农村居民收入": "income of rural residents",
    "新增床位": "new beds",
    # heads with industries (三次产业)
    "第一产业增加值": "value added of the primary industry",
    "第二产业增加值": "value added of the secondary industry",
    "第三产业增加值": "value added of the tertiary industry",
    "全市第三产业增加值": "value added of the tertiary industry",
    "采矿业增加值": "value added of mining",
    "制造业增加值": "value added of manufacturing",
    "国有控股企业增加值": "value added of state-holding enterprises",
    "规模以上工业增加值": "value added of industrial enterprises above designated size",
    "全州规模以上工业增加值": "value added of industrial enterprises above designated size",
    "第一产业投资": "investment in the primary industry",
    "制造业投资": "investment in manufacturing",
    # leading verbs and rates (石梁 work report: 改造提升农村公路136公里; 泽源 plan: 每年完成造林绿化面积不少于8万亩)
    "改造提升农村公路": "rural roads upgraded",
    "每年完成造林绿化面积": "area afforested or greened per year",
    "工业产值": "industrial output value",
    "完成工业产值": "industrial output value",
    # GDP and population
    "人均地区生产总值": "per capita GDP",
    "常住人口": "permanent resident population",
    "年末常住人口": "permanent resident population (year-end)",
    "全县年末户籍人口": "registered population (year-end)",
    "城镇常住人口": "permanent urban residents",
    "常住人口城镇化率": "urbanization rate of permanent residents",
    "出生率": "birth rate",
    "人口自然增长率": "natural growth rate of population",
    # income and consumption of residents
    "城镇居民人均可支配收入": "per capita disposable income of urban residents",
    "农村居民人均可支配收入": "per capita disposable income of rural residents",
    "全体居民人均可支配收入": "per capita disposable income",
    "城镇居民人均消费支出": "per capita consumption expenditure of urban residents",
    # farm output
    "粮食播种面积": "sown area of grain",
    "稻谷产量": "output of rice",
    "肉类总产量": "total output of meat",
    "水产品产量": "output of aquatic products",
    # industry, construction, real estate
    "规模以上工业企业营业收入": "business revenue of industrial enterprises above designated size",
    "规模以上工业企业实现营业收入": "business revenue of industrial enterprises above designated size",
    "利润总额": "total profits",
    "建筑业总产值": "total output value of construction",
    "商品房销售面积": "floor space of commercial buildings sold",
    "商品房销售额": "sales of commercial buildings",
    "固定资产投资（不含农户）": "fixed-asset investment (excluding rural households)",
    # prices, trade
    "食品烟酒类价格": "prices of food, tobacco and liquor",
    "机电产品出口": "exports of mechanical and electrical products",
    # shares: X占Y比重 = share of X in Y
    "第三产业增加值占地区生产总值比重": "share of value added of the tertiary industry in GDP",
    "民间投资占固定资产投资的比重": "share of private investment in fixed-asset investment",
    "占出口总值": "share in total value of exports",
    # modifiers
    "新增城镇就业": "new urban jobs",
    "累计粮食产量": "grain output (cumulative)",
    # social security
    "参加基本医疗保险人数": "people covered by basic medical insurance",
    "参加城乡居民基本养老保险人数": "people covered by basic endowment insurance for urban and rural residents",
    # a metric of a named place or zone: the place after it, in parentheses
    "石梁县粮食产量": "grain output (Shiliang County)",
    "柳溪经济开发区实现规模以上工业产值":
        "output value of industrial enterprises above designated size (Liuxi Economic Development Zone)",
    # environment (work reports: "chemical oxygen demand", "days of heavy air pollution")
    "化学需氧量": "chemical oxygen demand",
    "重污染天数比例": "share of days of heavy air pollution",
    "单位地区生产总值能源消耗": "energy consumption per unit of GDP",
    "国家级高新技术企业": "national-level high-tech enterprises",
    # trade partners, levels, roads, helper verbs of the glossary
    "东盟进出口": "trade with ASEAN",
    "欧盟出口": "exports to the EU",
    "县级以上农业产业化龙头企业": "leading enterprises in agricultural industrialization (county level and above)",
    "县道优良中等路率": "share of county roads in good or fair condition",
    "储备编织袋": "woven bags stockpiled",
    "新建改造城镇老旧小区": "new or upgraded old urban residential communities",  # not a town "Xinjiangaizaocheng"
    # footnote marks in communiqués
    "地区生产总值[1]": "GDP",
    "规模以上工业[2]增加值": "value added of industrial enterprises above designated size",
}

UNRENDERABLE = (
    "带动种植户户均增收",  # a clause, not a metric name
    "享受进口国关税减让",
    "第四产业增加值",  # no such industry: never guessed
    "占",
    "增加值占",
    "某某企业利润",
    "行政村人口",  # 行政村 is a common noun, never a place called "Xingzheng Village"
    "全县某某",
    "相当于地区生产总值",  # 相当于 "equivalent to", not a prefecture called "Xiangdangyu"
    "候鸟占比",  # the part has no rendering
    "五年候鸟",  # the years say nothing without a metric
    "养老保险参保率",  # no such scheme name
    "规模以上工业增加值占全村比重",  # no scope total for 全村
)


@pytest.mark.parametrize(("zh", "english"), sorted(CASES.items()))
def test_metric_names_follow_nbs_usage(zh: str, english: str) -> None:
    assert metric_en(zh, get_glossary()) == english


@pytest.mark.parametrize("zh", UNRENDERABLE)
def test_what_cannot_be_rendered_is_none(zh: str) -> None:
    assert metric_en(zh, get_glossary()) is None


def test_clean_metric_removes_spaces_and_footnote_marks() -> None:
    assert clean_metric("地区生产总值 [1]") == "地区生产总值"
    assert clean_metric("规模以上工业①增加值") == "规模以上工业增加值"


def test_lexicon_sources_are_declared() -> None:
    """Each rendering names its source: a yearbook table, a work-report segment, or P (project rendering)."""
    for table in (EXACT, SUBJECTS):
        for zh, (_en, source) in table.items():
            assert source == "P" or source.startswith(("YB ", "GWR ")), zh
    for zh, (_with, _alone, source) in HEADS.items():
        assert source == "P" or source.startswith(("YB ", "GWR ")), zh
    listed = dict(unsourced())
    assert listed["股份制企业"] == "share-holding enterprises"
    assert "出生率" not in listed  # from the yearbook, table 2-2


def test_subsidy_measures_wording():
    """The amounts of subsidy measures: per household or person, and a budget line whose purpose is said elsewhere."""
    from build_tools.translate.metrics import metric_en

    assert metric_en("每户一次性补贴") == "one-off subsidy per household"
    assert metric_en("单户补贴面积") == "subsidized floor area per household"
    assert metric_en("补贴期限") == "subsidy period"
    assert metric_en("区财政每年安排专项资金") == "special funds from the district budget per year"


def test_a_grant_per_unit_of_measure_reads_per_that_unit() -> None:
    """每平方米补贴, 每千瓦时一次性奖励, 每吨运费补助 (extract's names of 按每…元给予补贴): the grant, then the unit."""
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.metrics import metric_en

    glossary = get_glossary()
    assert metric_en("每平方米补贴", glossary) == "subsidy per square meter"
    assert metric_en("每千瓦时一次性奖励", glossary) == "one-off reward per kilowatt-hour"
    assert metric_en("每吨运费补助", glossary) == "freight subsidy per ton"


def test_a_share_of_the_provinces_or_countrys_whole_says_whose_whole() -> None:
    """占全省进出口总值的比重 in a city's trade news: the province's total, not the city's own (the part would be a
    share of itself); 占全市…: the city's own whole, said as the source says it (in a county's bulletin, the city
    above it)."""
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.metrics import metric_en

    glossary = get_glossary()
    assert metric_en("出口总额占全省出口总值比重", glossary) == (
        "share of total value of exports in the province's total value of exports")
    assert metric_en("粮食产量占全省粮食产量比重", glossary) == "share of grain output in the province's grain output"
    assert metric_en("税收收入占全市一般公共预算收入比重", glossary) == (
        "share of tax revenue in the city's general public budget revenue")
    assert metric_en("工业增加值占全县生产总值比重", glossary) == "share of value added of industry in the county's GDP"
    assert "national national" not in metric_en("进出口总额占全国进出口总值比重", glossary)

"""Names of the parts of an indicator, found on the held-out pages' untranslated rows (2026-12-06): the urban and
rural parts of a price or income figure, a place's share of the region's count in a census table written as text,
a budget's grand total, and 加上 (plus) before a revenue. Sentences invented, of places not in the fixtures;
expected names read by hand."""

from __future__ import annotations

from build_tools.translate.metrics import metric_en
from tests.test_figure_attributes import figs, one

RELEASE = {"date": "2025-08-12", "region": "栎阳市", "genre": "statistics", "title": "栎阳市2025年7月居民消费价格运行情况"}


def test_the_rural_part_after_the_urban_one_names_the_same_indicator() -> None:
    found = figs("7月份，全市居民消费价格同比上涨0.5%。其中，城市上涨0.6%，农村上涨0.2%。", **RELEASE)
    assert one(found, 0.6).metric == "城市居民消费价格"
    assert one(found, 0.2).metric == "农村居民消费价格"  # (was the bare 农村: "[not yet translated: 农村]")
    assert (one(found, 0.2).direction, one(found, 0.2).comparison) == ("up", "同比")
    found = figs("全市居民人均可支配收入36500元，增长5.2%。城镇43100元，增长4.7%；农村20800元，增长6.6%。", **RELEASE)
    assert one(found, 43100).metric == "城镇居民人均可支配收入"
    assert one(found, 20800).metric == "农村居民人均可支配收入"
    assert metric_en("农村居民消费价格") == "consumer prices in rural areas"


def test_a_places_share_in_a_census_table_written_as_text() -> None:
    census = {"date": "2021-05-25", "region": "栎阳市", "genre": "statistics",
              "title": "栎阳市第七次全国人口普查公报（第二号）"}
    found = figs("城东区：人口数913204人，比重24.36%。", "白河县：人口数402118人，比重10.73%。", **census)
    share = one(found, 24.36)
    assert (share.metric, share.subject) == ("占全市人口比重", "城东区")
    assert one(found, 10.73).subject == "白河县"
    # a share without a place line stays as written: its whole is the sentence's, not the region's population
    found = figs("全市第一产业增加值98亿元，比重7.9%。", **census)
    assert one(found, 7.9).metric != "占全市第一产业增加值比重"


def test_a_budgets_grand_total_and_a_revenue_after_plus() -> None:
    report = {"date": "2025-02-12", "region": "栎阳县", "genre": "report",
              "title": "栎阳县2024年预算执行情况和2025年预算草案的报告"}
    found = figs("加上上级补助收入18.6亿元、债务转贷收入3.1亿元等，收入总计35.2亿元。", **report)
    assert one(found, 18.6).metric == "上级补助收入"
    assert one(found, 35.2).metric == "收入总计"
    assert metric_en("收入总计") == "total revenue"
    assert metric_en("经济总量") == "economic output"  # GWR 2016/33


def test_the_people_served_are_no_part_of_the_service_counted() -> None:
    """为适龄妇女免费开展宫颈癌筛查3万人 (a livelihood page not tuned on): the screening is counted, in people; the
    beneficiaries and the verb before it are no part of its name."""
    report = {"date": "2026-01-18", "region": "栎阳市", "genre": "report", "title": "栎阳市2025年民生实事项目完成情况"}
    found = figs("计划为适龄妇女免费开展宫颈癌筛查2万人，为特殊困难老年人家庭实施居家适老化改造1500户。"
                 "为企业提供融资对接服务86次。", **report)
    assert one(found, 2).metric == "宫颈癌筛查"
    assert one(found, 1500).metric == "居家适老化改造"
    assert one(found, 86).metric == "融资对接服务"


def test_a_period_named_and_dated_once_dates_its_later_mentions() -> None:
    """春运期间（2月2日至3月13日） then 春运期间，全市共投入客运车辆2360辆 (a Spring Festival travel news item not tuned
    on, 2026-12-06): the later mention is the same span; a report whose title names that period reports on it."""
    news = {"date": "2026-03-16", "region": "岚溪市", "genre": "news", "title": "岚溪市2026年春运工作圆满收官"}
    found = figs("春运期间（2月2日至3月13日），全市累计发送旅客1102.5万人次，同比增长5.2%。",
                 "高速公路方面，全市高速公路累计通行车辆1620万辆次。",
                 "春运期间，全市共投入客运车辆1980辆。", **news)
    assert one(found, 1102.5).period == "2026-02-02/2026-03-13"
    assert one(found, 1980).period == "2026-02-02/2026-03-13"  # (was March 2026, the page's month)
    assert one(found, 1620).period == "2026-02-02/2026-03-13"  # the title's period: the report is on it
    # a name dated twice differently is no named period; a document not titled by it keeps its own default
    other = {"date": "2026-03-16", "region": "岚溪市", "genre": "news", "title": "岚溪市交通运输工作动态"}
    found = figs("春运期间（2月2日至3月13日），全市累计发送旅客1102.5万人次。", "全市公交日均客运量18.6万人次。", **other)
    assert one(found, 18.6).period == "2026-03"


def test_a_travel_rush_in_english() -> None:
    """The rows of a Spring Festival travel-rush item (not tuned on, 2026-12-06; 1 of 19 rows English on the first
    run): passengers sent by mode, vehicles on expressways, capacity deployed."""
    assert metric_en("铁路发送旅客") == "railway passenger trips"
    assert metric_en("道路客运发送旅客") == "road passenger trips"
    assert metric_en("日均发送旅客") == "average daily passenger trips"
    assert metric_en("高速公路通行车辆") == "vehicle trips on expressways"
    news = {"date": "2026-03-16", "region": "岚溪市", "genre": "news", "title": "岚溪市2026年春运工作圆满收官"}
    found = figs("春运高峰日出现在2月20日，当日全市发送旅客41.2万人次。", **news)
    assert one(found, 41.2).metric == "发送旅客"  # (not 当日全市发送旅客: 'that day' is its date)


def test_a_seasons_plan() -> None:
    """An autumn-and-winter air plan not tuned on (2026-12-06): the season defined by 以下简称 dates its later
    mentions; a bound in a sentence headed by the season's span is the season's target, not a standing norm; 比上一
    秋冬季 is a comparison with the season before (its metric is the indicator's, not the comparison's words)."""
    plan = {"date": "2025-09-20", "region": "岚溪市", "genre": "notice", "title": "岚溪市2025—2026年秋冬季大气污染综合治理攻坚行动方案"}
    found = figs("2025年10月1日至2026年3月31日（以下简称秋冬季），全市细颗粒物（PM2.5）平均浓度控制在48微克/立方米以内，"
                 "比上一秋冬季下降4.1%。", "秋冬季期间，完成农村清洁取暖改造1.6万户。", **plan)
    pm = one(found, 48)
    assert (pm.status, pm.period) == ("target", "2025-10-01/2026-03-31")
    change = one(found, 4.1)
    assert (change.metric, change.direction, change.comparison) == (pm.metric, "down", "比上一秋冬季")
    assert one(found, 1.6).period == "2025-10-01/2026-03-31"
    from build_tools.translate.comparisons import PREVIOUS_OF

    assert PREVIOUS_OF["秋冬季"] == "autumn and winter"


def test_a_holiday_news_items_rows() -> None:
    """A National Day holiday tourism item not tuned on (read row by row at the end of the session, 2026-12-07): 比去年
    同期 is the same holiday a year before, as 比上年同期 and 同比 (its base was the whole of 2024); the rows render."""
    news = {"date": "2025-10-09", "region": "岚溪县", "genre": "news", "title": "岚溪县2025年国庆中秋假期文旅市场平稳有序"}
    found = figs("国庆中秋假期期间（10月1日至8日），全县A级旅游景区门票收入2860万元，比去年同期减少3.5%；"
                 "星级饭店平均客房出租率达到76.2%，比上年同期提高5.1个百分点。", **news)
    change = one(found, 3.5)
    assert (change.period, change.base_period, change.direction) == (
        "2025-10-01/2025-10-08", "2024-10-01/2024-10-08", "down")
    assert one(found, 5.1).base_period == "2024-10-01/2024-10-08"
    assert metric_en("A级旅游景区门票收入") == "ticket revenue of A-level tourist attractions"
    assert metric_en("星级饭店平均客房出租率") == "average room occupancy rate of star-rated hotels"

"""English numbers, units, periods, ranks and key-figure rows (numbers.py, periods.py, rows.py)."""

import pytest

from build_tools.model import Figure
from build_tools.translate.comparisons import Context, context_for, english_comparison, english_rank
from build_tools.translate.glossary import get_glossary
from build_tools.translate.numbers import english_number, percent, quantity
from build_tools.translate.periods import english_period, five_year_plan, ordinal
from build_tools.translate.rows import figure_row

LIAONING = Context(province="Liaoning", city="Chaoyang")


@pytest.mark.parametrize(
    ("value", "unit", "english"),
    [
        (610, "亿元", "CNY 61 billion"),
        (341.5, "亿元", "CNY 34.15 billion"),
        (10.38, "亿元", "CNY 1.038 billion"),
        (4761, "万元", "CNY 47.61 million"),
        (1.8, "万元", "CNY 18,000"),
        (9059, "元", "CNY 9,059"),
        (1.83, "万亩", "18,300 mu"),
        (15.2, "万人", "152,000 people"),
        (1, "人", "1 person"),
        (75608, "人次", "75,608 person-times"),
        (450.7, "万头", "4.507 million head"),
        (1.38, "亿只", "138 million"),
        (100, "万千瓦", "1 million kW"),
        (500, "千伏", "500 kV"),
        (12.05, "平方米", "12.05 square meters"),
        (260, "万平方米", "2.6 million square meters"),
        (96, "万公顷", "960,000 hectares"),
        (619.72, "公里", "619.72 km"),
        (60, "亿斤", "6 billion jin"),
        (90, "个工作日", "90 working days"),
        (2, "个月", "2 months"),
        (6.9, "%", "6.9%"),
        (2.3, "个百分点", "2.3 percentage points"),
        (1, "个百分点", "1 percentage point"),
        (316, "个", "316"),
        (340, "万", "3.4 million"),
    ],
)
def test_quantity(value: float, unit: str, english: str) -> None:
    assert quantity(value, unit, get_glossary()) == english


def test_quantity_with_noun_sign_and_unknown_unit() -> None:
    glossary = get_glossary()
    assert quantity(316, "个", glossary, noun="projects") == "316 projects"
    assert quantity(31.3, "万户", glossary, noun="entities") == "313,000 entities"
    assert quantity(13325, "人", glossary, noun="jobs") == "13,325 jobs"
    assert quantity(19, "万公顷", glossary, noun="reserves") == "190,000 hectares"
    assert quantity(7, "%", glossary, signed=True) == "+7%"
    assert quantity(-2.5, "%", glossary, signed=True) == "-2.5%"
    assert quantity(0.3, "个百分点", glossary, signed=True) == "+0.3 percentage points"
    assert quantity(22, "亿元", glossary, signed=True) == "CNY 2.2 billion"  # amounts never take a sign
    assert quantity(3, "光年", glossary) is None


def test_english_number_and_percent() -> None:
    assert english_number(1_000_000_000_000) == "1 trillion"
    assert english_number(3_865_240_000_000) == "3,865.24 billion"  # never more than three decimals of a scale
    assert english_number(3_865_200_000_000) == "3,865.2 billion"
    assert english_number(2_136_000_000) == "2.136 billion"
    assert english_number(38_652_000) == "38.652 million"
    assert english_number(1_234_567) == "1,234,567"  # (millions would need six decimals)
    assert english_number(999_999) == "999,999"
    assert english_number("0.50") == "0.5"
    assert percent(100.0) == "100%"
    assert percent(5.35, signed=True) == "+5.35%"


@pytest.mark.parametrize(
    ("iso", "english"),
    [
        ("2021-05-30", "30 May 2021"),
        ("2019-07", "July 2019"),
        ("2019", "2019"),
        ("2019-01/2019-06", "H1 2019"),
        ("2019-07/2019-12", "H2 2019"),
        ("2019-01/2019-03", "Q1 2019"),
        ("2023-07/2023-09", "Q3 2023"),
        ("2023-01/2023-09", "Q1-Q3 2023"),
        ("2019-01/2019-07", "January-July 2019"),
        ("2019-01/2019-12", "2019"),
        ("2021-05-30/2021-05-31", "30-31 May 2021"),
        ("2021-05-30/2021-06-02", "30 May to 2 June 2021"),
        ("2018-11/2019-02", "November 2018 to February 2019"),
        ("2021/2025", "2021-2025 (14th Five-Year Plan period)"),
        ("2016/2020", "2016-2020 (13th Five-Year Plan period)"),
        ("2016/2018", "2016-2018"),
        ("2015/2019-09", "2015 to September 2019"),
    ],
)
def test_english_period(iso: str, english: str) -> None:
    assert english_period(iso) == english


@pytest.mark.parametrize("bad", ["", "2019-13", "2019-02-30", "next year", "2019/xx"])
def test_english_period_rejects_what_it_cannot_read(bad: str) -> None:
    assert english_period(bad) is None


def test_ordinals_and_five_year_plans() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"]
    assert [five_year_plan(y, y + 4) for y in (1953, 1958, 1966, 2011, 2016, 2021, 2026)] == [1, 2, 3, 12, 13, 14, 15]
    assert five_year_plan(2020, 2024) is None
    assert five_year_plan(2021, 2023) is None


@pytest.mark.parametrize(
    ("rank", "english"),
    [("全省第5", "5th in Liaoning"), ("全省第一", "1st in Liaoning"), ("全省前三", "top 3 in Liaoning"),
     ("第12", "12th"), ("全国第2", "2nd in China"), ("全市第十一", "11th in Chaoyang"), ("全省第2位", "2nd in Liaoning")],
)
def test_english_rank(rank: str, english: str) -> None:
    assert english_rank(rank, LIAONING) == english


def test_english_rank_unreadable_and_unknown_province() -> None:
    assert english_rank("名列前茅", LIAONING) is None
    assert english_rank("全省第5", Context()) == "5th in the province"


def test_context_from_the_bulletin_region() -> None:
    glossary = get_glossary()
    assert context_for("朝阳市", glossary) == Context("Liaoning", "Chaoyang")
    assert context_for("辽阳市", glossary) == Context("Liaoning", "Liaoyang")
    assert context_for("辽宁省", glossary) == Context("Liaoning", "")
    assert context_for("某某市", glossary) == Context()


@pytest.mark.parametrize(
    ("comparison", "english"),
    [("同比", "year on year"), ("比上年", "over the previous year"), ("比上年同期", "over the same period last year"),
     ("比2015年底", "compared with the end of 2015"), ("较2015年", "compared with 2015"),
     ("高于全省", "above the provincial average"), ("低于全国", "below the national average"), ("", "")],
)
def test_english_comparison(comparison: str, english: str) -> None:
    assert english_comparison(comparison, get_glossary(), LIAONING) == english


@pytest.mark.parametrize(
    ("comparison", "english"),
    [("比上半年", "compared with H1"), ("较前三季度", "compared with Q1-Q3"), ("比1-8月", "compared with January-August"),
     ("较1—5月份", "compared with January-May"), ("比上月", "compared with the previous month"),
     ("比上年末", "compared with the end of the previous year"), ("比8-3月", None), ("比下半年", None)],
)
def test_comparison_with_an_earlier_period_of_the_year(comparison: str, english: str | None) -> None:
    assert english_comparison(comparison, get_glossary(), LIAONING) == english


def _fig(metric: str, value: float, unit: str, **kw: object) -> Figure:
    return Figure(metric=metric, value=value, unit=unit, sentence=str(kw.pop("sentence", "")), paragraph="p1", **kw)


@pytest.mark.parametrize(
    ("figure", "english"),
    [
        # 2019年上半年，朝阳地区生产总值同比增长7%，增速位列全省第5
        (_fig("地区生产总值", 7, "%", kind="growth", comparison="同比", period="2019-01/2019-06", rank="全省第5"),
         "GDP: +7% year on year, H1 2019 (5th in Liaoning)"),
        # 今年1月至7月……其中亿元以上项目174个、5亿元以上项目50个
        (_fig("亿元以上项目", 174, "个", kind="count", period="2019-01/2019-07"),
         "Projects worth over CNY 100 million: 174, January-July 2019"),
        (_fig("5亿元以上项目", 50, "个", kind="count", period="2019-01/2019-07"),
         "Projects worth over CNY 500 million: 50, January-July 2019"),
        # 全市乡镇财政收入增长20.6%
        (_fig("乡镇财政收入", 20.6, "%", kind="growth", period="2019-01/2019-07"),
         "Township fiscal revenue: +20.6%, January-July 2019"),
        # 主要预期目标是：地区生产总值增长6.5% …… 城镇登记失业率控制在4.5%以内
        (_fig("地区生产总值", 6.5, "%", kind="growth", period="2019", is_target=True), "GDP: +6.5%, 2019 (target)"),
        (_fig("城镇登记失业率", 4.5, "%", kind="share", qualifier="以内", period="2019", is_target=True),
         "Registered urban unemployment rate: at most 4.5%, 2019 (target)"),
        # 固定资产投资增速高于全省2.3个百分点
        (_fig("固定资产投资增速", 2.3, "个百分点", kind="growth", comparison="高于全省", period="2023-01/2023-09"),
         "Growth of fixed-asset investment: 2.3 percentage points above the provincial average, Q1-Q3 2023"),
        # 建成设施农业1.83万亩
        (_fig("建成设施农业", 1.83, "万亩", kind="level", period="2023-01/2023-09"),
         "Protected agriculture completed: 18,300 mu, Q1-Q3 2023"),
        # 2016年以来，累计脱贫15.2万人
        (_fig("累计脱贫", 15.2, "万人", kind="count", period="2016/2019"),
         "People lifted out of poverty (cumulative): 152,000, 2016-2019"),
        # 截至目前……总投资610亿元
        (_fig("总投资", 610, "亿元", kind="level", period="2019-08"), "Total investment: CNY 61 billion, August 2019"),
        # 市场主体年均增长16%以上
        (_fig("市场主体", 16, "%", kind="growth", comparison="年均", qualifier="以上", period="2019"),
         "Market entities: growth of over 16% a year on average, 2019"),
        # 固定资产投资增速位列全省第二 (a rank without a value)
        (_fig("固定资产投资增速", 2, "", kind="rank", rank="全省第2", period="2019-01/2019-07"),
         "Fixed-asset investment: January-July 2019 (2nd in Liaoning)"),
        # 全市有6万贫困户
        (_fig("贫困户", 6, "万户", kind="count", period="2018-12"), "Poor households: 60,000, December 2018"),
        # 朝阳地区生产总值 (the city named in the metric)
        (_fig("朝阳地区生产总值", 7, "%", kind="growth", comparison="同比", period="2019-01/2019-06"),
         "GDP (Chaoyang): +7% year on year, H1 2019"),
    ],
)
def test_figure_rows(figure: Figure, english: str) -> None:
    row = figure_row(figure, get_glossary(), LIAONING)
    assert (row.text, row.status) == (english, "derived")


def test_row_with_unknown_metric_keeps_the_chinese_in_a_marker() -> None:
    row = figure_row(_fig("工业用水重复利用率", 92.5, "%", kind="share", period="2022"), get_glossary(), LIAONING)
    assert row.status == "missing"
    assert row.text == "[not yet translated: 工业用水重复利用率]: 92.5%, 2022"


@pytest.mark.parametrize("metric", ["北票", "贫困人口市场主体", "比排在第8位的本溪", "三季度低于全省、全国1.6"])
def test_rows_never_guess_a_metric(metric: str) -> None:
    """A place alone, two metrics run together or a clause fragment is not a metric: no English is invented."""
    row = figure_row(_fig(metric, 1, "%", kind="growth"), get_glossary(), LIAONING)
    assert row.status == "missing" and f"[not yet translated: {metric}]" in row.text


def test_row_with_unreadable_parts() -> None:
    glossary = get_glossary()
    row = figure_row(_fig("地区生产总值", 5, "光年", kind="level", period="someday"), glossary, LIAONING)
    assert row.status == "missing"
    assert row.text == "GDP: [not yet translated: 5光年], [not yet translated: someday]"

"""English rules added after the fifth held-out measurement (issue 12: a plan report in DOCX, a statistics bureau's
quarterly release on a web page); rows and sentences invented for the rule, the English written by hand (NBS and
State Council wording)."""

from build_tools.model import Figure
from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import Context, figure_row

CTX = Context(province="Yunling", city="Yunling")


def row(**kw: object) -> str:
    fields = {"metric": "地区生产总值", "value": 1, "unit": "%", "sentence": "s", "paragraph": "p1", "kind": "growth"}
    fields.update(kw)
    return figure_row(Figure(**fields), get_glossary(), CTX).text  # type: ignore[arg-type]


def test_a_narrowed_decline_is_not_a_fall() -> None:
    """降幅比一季度收窄1.3个百分点: the decline narrowed; 'down 1.3 points' would say the indicator fell further."""
    assert row(metric="工业用电量降幅", value=1.3, unit="个百分点", direction="down", comparison="比一季度",
               period="2024-01/2024-06") == (
        "Decline in industrial power consumption: narrowed by 1.3 percentage points compared with Q1, H1 2024")
    assert row(metric="房地产开发投资降幅", value=0.7, unit="个百分点", direction="up", comparison="比1—4月",
               period="2024-01/2024-05").startswith("Decline in investment in real estate development: widened by 0.7 "
                                                    "percentage points")


def test_month_on_month_of_a_month_and_real_and_comparable_growth() -> None:
    assert row(metric="居民消费价格", value=0.4, direction="up", comparison="环比", period="2024-05") == (
        "CPI: +0.4% month on month, May 2024")
    assert row(metric="全体居民人均可支配收入", value=4.6, direction="up", comparison="扣除价格因素实际",
               period="2023") == "Per capita disposable income: +4.6% in real terms, 2023"
    assert row(metric="一般公共预算收入", value=3.1, direction="up", comparison="同口径", period="2023") == (
        "General public budget revenue: +3.1% on a comparable basis, 2023")
    assert row(metric="规模以上工业增加值", value=5.2, direction="up", comparison="两年平均",
               period="2021-01/2021-06").startswith(
        "Value added of industrial enterprises above designated size: +5.2% a year on average over two years")


def test_a_gap_against_the_years_target_is_unsigned() -> None:
    """高于年度预期目标0.2个百分点 (of a growth rate): 'GDP growth: 0.2 percentage points above the year's target'."""
    assert row(value=0.2, unit="个百分点", direction="up", comparison="高于年度预期目标", period="2023",
               status="forecast") == "GDP growth: 0.2 percentage points above the year's target, 2023 (forecast)"
    assert row(metric="固定资产投资", value=2.9, unit="个百分点", direction="down", comparison="低于年度目标",
               period="2023") == "Growth of fixed-asset investment: 2.9 percentage points below the year's target, 2023"

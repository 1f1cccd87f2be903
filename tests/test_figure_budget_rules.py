"""Budget reports (预算执行情况和预算草案的报告): a share of the budget or plan a figure reached does not rename the
change after it. Sentences invented for the rule, expectations read by hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

BUDGET = {"date": "2025-01-10", "region": "桐岭县", "title": "关于桐岭县2024年预算执行情况和2025年预算草案的报告",
          "genre": "report"}


def test_change_after_a_share_of_the_budget_is_the_figures_own():
    """一般公共预算收入完成…，为调整预算的101.3%，比上年增长4.2%: the growth is the revenue's, not the budget's;
    the share names the budget (its English: 'share of the adjusted budget')."""
    found = figs("2024年，全县一般公共预算收入完成12.45亿元，为调整预算的101.3%，比上年增长4.2%。"
                 "政府性基金预算收入完成5.62亿元，为预算的88.6%，比上年下降18.7%。", **BUDGET)
    assert [one(found, v).metric for v in (12.45, 101.3, 4.2)] == ["一般公共预算收入", "调整预算", "一般公共预算收入"]
    fund = one(found, 18.7)
    assert (fund.metric, fund.direction, one(found, 88.6).metric) == ("政府性基金预算收入", "down", "预算")


def test_change_after_a_share_of_the_annual_plan_is_the_figures_own():
    found = figs("全年完成固定资产投资86.5亿元，完成年度计划的106.2%，比上年增长8.1%。", **BUDGET)
    assert one(found, 8.1).metric != "年度计划" and "固定资产投资" in one(found, 8.1).metric


def test_english_of_budget_rows():
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.rows import metric_english

    def en(metric: str) -> str | None:
        found = metric_english(metric, get_glossary())
        return found.text if found else None

    assert en("调整预算") == "share of the adjusted budget"
    assert en("政府性基金预算支出") == "expenditure of government-managed funds"
    assert en("农林水支出") == "spending on agriculture, forestry and water conservancy"
    assert en("一般公共预算支出安排") == en("一般公共预算支出")  # budgeted: the row's status says target
    assert en("加上上级补助收入") == "subsidies from higher-level governments"

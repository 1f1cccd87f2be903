"""The business results of a class of enterprises named in the clause before (issue 11, subject and metric): in
规模以上工业企业实现营业收入…；利润总额…；营业成本… the profits and costs are those enterprises', not the region's
(whose 'total profits' a reader would otherwise cite). Sentences invented for these tests."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

RELEASE = {"date": "2024-08-15", "region": "柏川县", "genre": "news", "title": "1—7月全县工业经济运行情况"}


def test_results_after_a_semicolon_keep_the_enterprises_of_the_clause_before() -> None:
    found = figs("1—7月，全县规模以上工业企业实现营业收入412.6亿元，同比增长5.3%；利润总额18.9亿元，下降2.2%；"
                 "营业成本361.4亿元，增长6.0%。", **RELEASE)
    assert one(found, 18.9).metric == "规模以上工业企业利润总额"
    assert one(found, 2.2).metric == "规模以上工业企业利润总额"
    assert one(found, 361.4).metric == "规模以上工业企业营业成本"


def test_a_result_after_another_indicator_is_not_given_a_scope() -> None:
    """全县粮食总产量…；利润总额… names no class of enterprises before: the profits stay as written."""
    found = figs("全县粮食总产量28.5万吨；农业龙头企业利润总额3.1亿元。", **RELEASE)
    assert one(found, 3.1).metric == "农业龙头企业利润总额"

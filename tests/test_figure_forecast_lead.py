"""预计 opening a list of clauses joined by ； after the year it estimates (issue 11, status): every clause is an
estimate. Sentences invented for this test."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one


def test_an_estimate_after_the_year_reviewed_governs_the_clauses_after_it() -> None:
    """过去一年，预计…；… / 2025年，预计…；…: 预计 opens the list (after the year it estimates), so the clauses joined
    by ； are estimates too."""
    report = {"date": "2026-01-10", "region": "柏川县", "genre": "work-report", "title": "2026年柏川县人民政府工作报告"}
    found = figs("过去一年，预计全县地区生产总值完成196亿元，增长5.6%；一般公共预算收入12.4亿元，增长4.9%。",
                 "2025年，预计全县规模以上工业增加值增长6.5%；固定资产投资增长4%。", **report)
    assert [one(found, v).status for v in (196, 12.4, 4.9, 6.5, 4)] == ["forecast"] * 5


def test_the_addressees_of_an_instruction_are_not_the_metric() -> None:
    """各地各部门要确保四季度固定资产投资增长8%以上 in a speech: the indicator is fixed-asset investment; 各部门预算支出
    (without a modal) is the departments' budget spending and keeps its owner."""
    speech = {"date": "2024-10-30", "region": "柏川市", "genre": "speech", "title": "在全市四季度经济工作推进会上的讲话"}
    assert one(figs("各地各部门要确保四季度固定资产投资增长8%以上。", **speech), 8).metric == "固定资产投资"
    assert one(figs("各有关单位务必确保全年新增市场主体3000户。", **speech), 3000).metric == "新增市场主体"
    assert one(figs("全市各部门预算支出增长3%。", **speech), 3).metric.endswith("部门预算支出")

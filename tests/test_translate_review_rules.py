"""Rules added after reading the English pages as a reviewer would (issue 12), on sentences written for the test.

Expectations were read by hand from each sentence: what the figure is of, then its English.
"""

from __future__ import annotations

from types import SimpleNamespace

from build_tools.render.indexes import stats_line
from build_tools.translate.metrics import metric_en
from tests.test_figure_attributes import figs, one
from tests.test_translate_rows import row


def test_share_of_a_budget_or_plan_is_the_share_of_the_figure_before_it() -> None:
    """为年初预算的97.2%: the spending reached 97.2% of the budget; 比上年下降1.6% is the fall of the spending, not
    of the budget (the share does not become the subject of the change after it)."""
    found = figs("全市一般公共预算支出完成58.4亿元，为年初预算的97.2%，比上年下降1.6%。", date="2025-01-20",
                 region="栖川市", genre="report")
    # (年初预算 names the budget adopted at the start of the year, no date: holdout10)
    assert one(found, 97.2).metric == "一般公共预算支出完成年初预算比例"
    assert metric_en(one(found, 97.2).metric) == (
        "general public expenditure as a share of the budget set at the start of the year")
    assert one(found, 1.6).metric == "一般公共预算支出" and one(found, 1.6).direction == "down"
    jobs = figs("一季度，全区城镇新增就业820人，完成全年目标任务的41%；发放创业担保贷款900万元。", date="2025-04-15",
                region="栖川市")
    assert one(jobs, 41).metric == "城镇新增就业完成全年目标任务比例"
    assert one(jobs, 900).metric != "城镇新增就业完成全年目标任务比例"


def test_share_of_a_budget_or_plan_in_english() -> None:
    assert metric_en("一般公共预算支出完成调整预算比例") == "general public expenditure as a share of the adjusted budget"
    assert metric_en("城镇新增就业完成全年目标任务比例") == "new urban jobs as a share of the year's target"
    # 完成投资占年度计划的30%: the investment completed, not "share of investment in share of the plan"
    assert metric_en("完成投资占年度计划") == "investment completed as a share of the annual plan"
    assert row(metric="一般公共预算收入完成调整预算比例", value=98.5, unit="%", period="2024")[0] == (
        "General public budget revenue as a share of the adjusted budget: 98.5%, 2024")


def test_lines_of_a_budget_report() -> None:
    assert metric_en("政府性基金预算支出") == "expenditure of government-managed funds"
    assert metric_en("卫生健康支出") == "spending on health care"
    assert metric_en("专项债务余额") == "outstanding special-purpose debt"
    # 教育支出安排7.5亿元: the budgeted line (the row's status says it is planned); 加上上级补助收入…: "plus" only
    assert metric_en("农林水支出安排") == "spending on agriculture, forestry and water conservancy"
    assert metric_en("加上上级补助收入") == "subsidies from higher-level governments"
    assert metric_en("安排") is None  # the verb alone names nothing


def test_slower_rise_or_narrower_decline_is_about_the_rise_or_decline() -> None:
    """涨幅比1—4月回落0.4个百分点: the CPI rose less, it did not fall 0.4 points; 降幅比上年全年收窄: the decline of
    exports narrowed (the word alone was left as the metric before)."""
    found = figs("1—5月，全市居民消费价格同比上涨1.2%，涨幅比1—4月回落0.4个百分点。前三季度，全县出口总额9.6亿元，"
                 "同比下降6.1%，降幅比上年全年收窄2.2个百分点。", date="2025-06-20", region="栖川市")
    assert one(found, 0.4).metric == "居民消费价格涨幅"
    assert one(found, 2.2).metric == "出口总额降幅"
    assert row(metric="居民消费价格涨幅", value=0.4, unit="个百分点", kind="growth", direction="down",
               comparison="比1-4月", period="2025-01/2025-05")[0] == (
        "CPI increase: down 0.4 percentage points compared with January-April, January-May 2025")


def _source(documents: int, figures: int, events: int) -> SimpleNamespace:
    docs = [SimpleNamespace(figures=[0] * figures, events=[0] * events)] + [
        SimpleNamespace(figures=[], events=[]) for _ in range(documents - 1)]
    return SimpleNamespace(documents=docs)


def test_index_counts_take_the_singular_for_one() -> None:
    one_bulletin = [_source(1, 55, 1)]
    assert stats_line(one_bulletin, "en") == "1 bulletin, 1 document, 55 figures and 1 dated event."  # type: ignore[arg-type]
    many = [_source(2, 1200, 0), _source(1, 0, 3)]
    assert stats_line(many, "en") == "2 bulletins, 3 documents, 1,200 figures and 3 dated events."  # type: ignore[arg-type]
    assert stats_line(one_bulletin, "zh") == "共 1 份公报、1 篇文档、55 项数据、1 条带日期的事项。"  # type: ignore[arg-type]


def test_status_note_joins_a_parenthesis_the_row_ends_with() -> None:
    """到2025年…, a figure of the plan period: one parenthesis for the period's name and the status."""
    assert row(metric="城镇调查失业率", value=5.5, unit="%", qualifier="以内", status="target",
               period="2021/2025")[0] == (
        "Surveyed urban unemployment rate: at most 5.5%, 2021-2025 (14th Five-Year Plan period, target)")
    # a name's own parenthesis with no period after it keeps the note apart
    assert row(metric="固定资产投资（不含农户）", value=8, unit="%", kind="growth", direction="up",
               status="target")[0] == "Fixed-asset investment (excluding rural households): +8% (target)"


def test_breakdown_sentence_is_of_the_months_of_the_total_it_breaks_down() -> None:
    """记者…获悉，今年1—8月，…利润12.5亿元。其中，制造业…；采矿业…: the parts are of January-August, like the total
    (with the months after the paragraph's first clause, they were dated to the article's day)."""
    found = figs("记者从县统计局获悉，今年1—8月，全县规模以上工业企业实现利润12.5亿元，同比增长6.4%。其中，制造业利润9.8亿元，增长8.1%；"
                 "采矿业利润1.6亿元，下降3.2%。", date="2024-09-20", region="栖川市")
    assert {one(found, v).period for v in (12.5, 6.4, 9.8, 8.1, 1.6, 3.2)} == {"2024-01/2024-08"}


def test_budget_report_funds_in_english():
    """Funds a county budget report names (glossary/budget_terms.yml), read whole, with the disbursing verb."""
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.rows import metric_english

    def en(metric: str) -> str | None:
        found = metric_english(metric, get_glossary())
        return found.text if found else None

    assert en("上级转移支付资金") == "transfer payments from higher-level governments"
    assert en("新增政府专项债券资金") == "funds from new special-purpose government bonds"
    assert en("兑现各类惠企政策资金") == "funds disbursed under policies benefiting enterprises"

"""Figure rules added after the thirty-eighth held-out measurement (a central bank city branch's October financial
statistics as hard-wrapped TXT, a market supervision bureau's notice of product quality spot check results as a DOCX
with its table of failed products); sentences invented for each rule, expectations read by hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

RESULTS = {"date": "2026-06-15", "genre": "notice", "region": "栖川市",
           "title": "栖川市市场监督管理局关于2026年第一批食品相关产品质量监督抽查结果的通告"}
LEAD = "我局于2026年3月至5月组织开展了食品相关产品质量监督抽查。现将抽查结果通告如下："


def test_a_notice_of_results_reports_the_span_its_opening_says_the_work_was_done_in():
    """…抽查结果的通告 whose lead says 于2026年3月至5月组织开展了…: its undated results are of those months, and the
    same period of last year is last year's months."""
    found = figs(LEAD, "本次共抽查食品用塑料容器等6类产品150批次，批次合格率为94.0%，比上年同期提高1.5个百分点。",
                 **RESULTS)
    for value in (150, 94.0):
        assert one(found, value).period == "2026-03/2026-05", value
    change = one(found, 1.5)
    assert (change.period, change.base_period, change.direction) == ("2026-03/2026-05", "2025-03/2025-05", "up")


def test_a_notice_without_results_in_its_title_keeps_its_date():
    """关于加强燃气安全管理的通知 (no notice of results): the span its lead names does not date its figures, which
    stay of the notice's month (the present statements' rule)."""
    found = figs("我局于2026年3月至5月组织开展了燃气安全专项检查。", "共检查经营单位120家。",
                 date="2026-06-15", genre="notice", title="栖川市市场监督管理局关于加强燃气安全管理的通知")
    assert one(found, 120).period == "2026-06"


def test_a_bare_pass_count_or_rate_takes_what_was_checked_before_it():
    """电饭锅抽查20批次，不合格2批次; 生产领域抽查60批次，合格率96.7%: the failed batches are the rice cookers', the
    rate the production field's; a count without anything checked before it is named by its unit."""
    found = figs(LEAD, "经检验，合格141批次，不合格9批次。电饭锅抽查20批次，不合格2批次；生产领域抽查60批次，合格率96.7%。",
                 **RESULTS)
    assert one(found, 141).metric == "合格批次"
    assert one(found, 9).metric == "不合格批次"
    assert one(found, 20).metric == "电饭锅抽查批次"
    assert one(found, 2).metric == "电饭锅不合格批次"
    assert one(found, 96.7).metric == "生产领域合格率"


def test_the_products_counted_after_a_check_are_the_products_checked():
    """本次共抽查…等6类产品150批次: the categories and batches of products checked, not 产品."""
    found = figs(LEAD, "本次共抽查食品用塑料容器、一次性餐具等6类产品150批次。", **RESULTS)
    assert one(found, 6).metric == "抽查产品类别"
    assert one(found, 150).metric == "抽查产品批次"


def test_more_new_loans_than_a_year_earlier_is_a_rise_named_by_the_flow():
    """新增贷款12.4亿元，同比多增3.1亿元; 社会融资规模增量210亿元，比上年同期少增15亿元: the increment of the flow over
    its base, up for 多增 and down for 少增, named by the flow."""
    found = figs("9月当月，全市新增贷款12.4亿元，同比多增3.1亿元。", "1—9月，全市社会融资规模增量210亿元，比上年同期少增15亿元。",
                 date="2026-10-16", genre="statistics", title="2026年9月栖川市金融运行情况")
    more, less = one(found, 3.1), one(found, 15)
    assert (more.direction, more.metric) == ("up", "新增贷款")
    assert (less.direction, less.metric) == ("down", "社会融资规模增量")


def test_a_time_limit_in_days_written_ri_counted_from_a_day_is_a_rule():
    """自收到检验报告之日起15日内完成复检申请: a requirement of no period, named by who acts and what is to be done;
    11月15日 stays a date."""
    found = figs("被抽样企业应当自收到检验报告之日起15日内完成复检申请。", "11月15日，全市召开质量工作会议。",
                 date="2026-06-15", genre="notice", title="栖川市市场监督管理局关于加强产品质量监督的通知")
    f = one(found, 15)
    assert (f.unit, f.base_unit, f.status, f.period) == ("日", "day", "requirement", "")
    assert f.metric == "被抽样企业复检申请时限"
    assert len([g for g in found if g.value == 15]) == 1

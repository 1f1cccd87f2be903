"""Figure and layout rules added after the forty-seventh held-out measurement (a city public security bureau's
year-end press release as an HTML page, a village's quarterly financial disclosure as a PDF with ruled tables);
sentences, tables and lines invented for each rule, expectations read by hand."""

from __future__ import annotations

from build_tools.clean import clean
from build_tools.extract.reporting import is_review
from build_tools.model import Document
from tests.test_figure_attributes import figs, one, table_figs

PRESS = {"date": "2026-01-12", "region": "栖川市", "genre": "article",
         "title": "栖川市公安局通报2025年全市社会治安形势"}
ACCOUNTS = {"date": "2025-07-08", "region": "石桥村", "genre": "notice",
            "title": "石桥村2025年第二季度村级财务公开"}


def test_an_office_reporting_on_a_year_it_names_is_a_review():
    """…通报2025年全市社会治安形势, 市统计局发布2025年…情况: a review of that year; a notice on a year's tasks is not."""
    assert is_review(Document(id="d", title="栖川市公安局通报2025年全市社会治安形势"))
    assert is_review(Document(id="d", title="栖川市交通运输局发布2025年度全市交通运输发展情况"))
    assert not is_review(Document(id="d", title="栖川市公安局关于做好2026年春运道路交通安全工作的通知"))


def test_a_years_review_in_january_dates_its_undated_figures_by_that_year():
    """In such a review published in January 2026, a paragraph without a year (在禁毒方面，…同比下降) and 全年 are of
    2025, their 同比 base 2024; the plans of 2026年将… stay 2026 targets."""
    found = figs("2025年，全市刑事案件立案数同比下降9.8%。",
                 "在禁毒方面，全市破获毒品案件86起，同比下降12.5%。",
                 "全年共查处交通违法行为12.6万起。",
                 "2026年将新建智慧安防小区150个。", date=PRESS["date"], title=PRESS["title"], genre="article")
    for value in (86, 12.5, 12.6):
        assert one(found, value).period == "2025", value
    assert one(found, 12.5).base_period == "2024"
    assert (one(found, 150).status, one(found, 150).period) == ("target", "2026")


def test_a_two_cell_header_written_with_a_tab_belongs_to_its_table():
    """项目\\t金额 over 一、期初余额\\t120000.00 (a PDF's ruled table): the header row, not a heading; a heading line
    without a tab stays a heading."""
    blocks = clean("一、收支情况表\n\n项目\t金额\n一、期初余额\t120000.00\n二、本期收入\t56000.50").blocks
    kinds = [(b.text.split("\t")[0], b.kind) for b in blocks]
    assert ("项目", "table") in kinds
    assert ("一、收支情况表", "") in kinds


def test_the_balances_of_a_quarters_accounts_are_at_its_edges():
    """In the accounts of a quarter (2025-04/2025-06), 期初余额 is the stock of its first month (edge start), 期末余额
    of its last (edge end); the quarter's income and expenditure are flows of the quarter."""
    found = table_figs([["项目", "金额（元）"], ["一、期初余额", "120000.00"], ["二、本期收入", "56000.50"],
                        ["三、本期支出", "43000.00"], ["四、期末余额", "133000.50"]], "一、财务收支情况表", ACCOUNTS)
    assert (one(found, 120000).period, one(found, 120000).edge) == ("2025-04", "start")
    assert (one(found, 133000.5).period, one(found, 133000.5).edge) == ("2025-06", "end")
    assert one(found, 56000.5).period == "2025-04/2025-06"
    assert one(found, 43000).period == "2025-04/2025-06"


def test_a_ledger_names_each_entry_by_its_summary_and_dates_it_by_its_day():
    """日期 | 凭证号 | 摘要 | 金额（元）: each amount is named by its summary (not its date or voucher) and is of its
    day, even when the summary names a period (第二季度误工补贴); the voucher number is no figure."""
    found = table_figs([["日期", "凭证号", "摘要", "金额（元）"],
                        ["4月9日", "记字第007号", "村道路灯维修费", "2300.00"],
                        ["6月18日", "记字第019号", "村干部第二季度误工补贴", "21000.00"]], "二、本期支出明细", ACCOUNTS)
    assert "村道路灯维修费" in one(found, 2300).metric
    assert one(found, 2300).period == "2025-04-09"
    assert one(found, 21000).period == "2025-06-18"
    assert not [f for f in found if f.value in (7, 19)]

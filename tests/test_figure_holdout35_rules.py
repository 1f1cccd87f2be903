"""Figure rules added after the thirty-fifth held-out measurement (a city intermediate court's work report as a PDF,
a city's January-October real-estate release as an HTML page with its table of price indices); sentences and tables
invented for each rule, expectations read by hand."""

from __future__ import annotations

from build_tools.extract.dates import find_dates, is_comparison
from tests.test_figure_attributes import figs, one
from tests.test_figure_attributes import table_figs as _table

COURT = {"date": "2026-01-20", "region": "岚江市", "genre": "work-report", "title": "岚江市中级人民法院工作报告"}
RELEASE = {"date": "2025-12-18", "region": "岚江市", "genre": "statistics",
           "title": "2025年1—11月岚江市房地产市场运行情况"}


def test_a_price_index_is_a_level_against_its_base():
    """11月份，二手住宅销售价格环比指数为99.5，同比指数为95.3（上年同月=100）: unitless indices, the month's, each
    against its base (the month before, the same month a year before); no direction."""
    found = figs("11月份，二手住宅销售价格环比指数为99.5，同比指数为95.3（上年同月=100）。", **RELEASE)
    month, year = one(found, 99.5), one(found, 95.3)
    assert (month.unit, month.period, month.base_period, month.direction) == ("", "2025-11", "2025-10", "")
    assert (year.unit, year.period, year.base_period) == ("", "2025-11", "2024-11")


def test_the_base_of_an_index_in_brackets_is_no_date_of_the_figure():
    """（上年同期=100） after an average index: the base, not the period; the months after it keep their year."""
    s = "新建商品住宅同比指数为97.1（上年同月=100），1—11月平均指数为97.6（上年同期=100）。"
    found = figs(s, **RELEASE)
    f = one(found, 97.6)
    assert (f.period, f.base_period) == ("2025-01/2025-11", "2024-01/2024-11")
    d = next(d for d in find_dates(s, _anchor()) if d.text.startswith("上年"))
    assert is_comparison(s, d.start, d.end)


def _anchor():
    from build_tools.extract.dates import Anchor
    return Anchor(year=2025, month=12)


def test_a_table_of_indices_naming_their_bases_in_the_header():
    """类别 | 环比指数（上月=100） | 同比指数（上年同月=100） | 1—11月平均指数（上年同期=100）: each cell an index of
    its row's category, the month's or the months', against the base its column names."""
    cells = [["类别", "环比指数（上月=100）", "同比指数（上年同月=100）", "1—11月平均指数（上年同期=100）"],
             ["新建商品住宅", "100.2", "97.4", "96.9"]]
    caption = "表2　2025年11月岚江市商品住宅销售价格指数"
    found = _table(cells, caption, {**RELEASE, "title": caption})  # (a table under its caption: dated by it)
    assert (one(found, 100.2).period, one(found, 100.2).base_period) == ("2025-11", "2025-10")
    assert (one(found, 97.4).period, one(found, 97.4).base_period) == ("2025-11", "2024-11")
    assert (one(found, 96.9).period, one(found, 96.9).base_period) == ("2025-01/2025-11", "2024-01/2024-11")
    assert all(f.unit == "" and f.direction == "" for f in found)


def test_a_named_court_is_the_subject_and_the_region_s_courts_are_not():
    """其中，县人民法院受理案件3120件: the named court's own caseload (subject 县人民法院); 全市两级法院共受理案件…
    and 全市法院审结… are the region's courts as a whole (no subject)."""
    found = figs("全市两级法院共受理各类案件40215件。其中，石桥区人民法院受理案件3120件，审结2988件。"
                 "全市法院审结一审行政案件512件。", **COURT)
    assert one(found, 40215).subject == ""
    assert one(found, 3120).subject == "石桥区人民法院"
    assert one(found, 2988).subject == "石桥区人民法院"
    assert one(found, 512).subject == ""


def test_jiang_before_a_counted_object_put_on_a_list_is_no_future():
    """依法将870名失信被执行人纳入失信名单 in a review: 将 marks the object of 纳入 (done), no plan; 2026年将…纳入
    keeps its date's target."""
    review = figs("一、2025年工作回顾", "依法将870名失信被执行人纳入失信名单。", headings={0: 1}, **COURT)
    assert one(review, 870).status == "actual"
    plan = figs("2026年将500户困难家庭纳入低保范围。", **COURT)
    assert one(plan, 500).status == "target"


def test_a_change_of_a_period_in_days_after_its_level():
    """审理周期缩短至61天，比上年缩短4天: the change (4 days, down) is a figure as the level is; 办理时限…比上年压缩2个
    工作日 likewise."""
    found = figs("案件平均审理周期缩短至61天，比上年缩短4天。", **COURT)
    assert (one(found, 61).direction, one(found, 4).direction) == ("down", "down")
    assert one(found, 4).unit == "天"


def test_a_count_after_the_region_s_institutions_is_no_number_in_a_name():
    """全市法院5个集体受到表彰: 全市法院 are the region's courts, 5个集体 a count (not a name like 中电科53所)."""
    found = figs("全市法院5个集体、9名个人受到省级以上表彰。", **COURT)
    assert one(found, 5).unit == "个"
    assert not figs("中电科53所完成改制。", **COURT)


def test_the_region_s_courts_are_no_part_of_what_they_counted():
    """全市两级法院共受理各类案件…, 全市法院审结一审刑事案件…: the cases accepted and settled, the acting courts left
    out of the name."""
    found = figs("全市两级法院共受理各类案件40215件，全市法院审结一审刑事案件1862件。", **COURT)
    assert one(found, 40215).metric == "受理各类案件"
    assert one(found, 1862).metric == "审结一审刑事案件"


def test_counts_listed_before_the_honour_they_received():
    """5个集体、8名个人获得市级以上表彰: each count is of its noun so honoured; a list without an honour keeps its
    verb's names (新建学校3所、幼儿园5所)."""
    found = figs("全县5个集体、8名个人获得市级以上表彰。", **COURT)
    assert one(found, 5).metric == "获得市级以上表彰的集体"
    assert one(found, 8).metric == "获得市级以上表彰的个人"
    listed = figs("新建学校3所、幼儿园5所。", **COURT)
    assert (one(listed, 3).metric, one(listed, 5).metric) == ("新建学校", "新建幼儿园")

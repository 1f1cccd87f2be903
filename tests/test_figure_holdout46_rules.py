"""Figure rules added after the forty-sixth held-out measurement (a county portal's annual report on its government
website in the State Council's template as an HTML table without a header row, a city's weekly air quality report as
hard-wrapped text); sentences and tables invented for each rule, expectations read by hand."""

from __future__ import annotations

from build_tools.extract.dates import Anchor, find_dates
from tests.test_figure_attributes import figs, one
from tests.test_figure_attributes import table_figs as _table

WEBSITE = {"date": "2025-01-18", "region": "青禾县", "genre": "report",
           "title": "青禾县人民政府门户网站2024年度工作报表"}
WEEKLY = {"date": "2024-03-12", "region": "栖川市", "genre": "report", "title": "栖川市空气质量周报（2024年第10周）"}


def test_a_form_gives_each_item_the_unit_its_label_names():
    """A template's table without a header row (网站名称 | …, 独立用户访问总量（单位：个） | 52018): each item with
    （单位：X） in its label is a figure in X; a group naming its unit gives it to the rows under it (信息发布（单位：条）
    | 总数 | 1200, then 政务动态信息更新量 | 700) until a row names its own; 总数 takes its item's name; a sub-item
    naming a count by its verb takes its group's noun (专栏专题维护数量); answers (☑是□否), codes and names give
    nothing."""
    cells = [["网站名称", "青禾县人民政府门户网站"], ["政府网站标识码", "3300000001"],
             ["独立用户访问总量（单位：个）", "52018"], ["网站总访问量（单位：次）", "310422"],
             ["信息发布（单位：条）", "总数", "1200"], ["政务动态信息更新量", "700"], ["信息公开目录信息更新量", "480"],
             ["专栏专题（单位：个）", "维护数量", "9"], ["新开设数量", "2"],
             ["办事服务", "是否发布服务事项目录", "☑是□否"], ["平均办理时间（单位：天）", "3.5"]]
    found = _table(cells, "政府网站工作年度报表", WEBSITE)
    assert sorted((f.value, f.unit) for f in found) == [(2.0, "个"), (3.5, "天"), (9.0, "个"), (480.0, "条"),
                                                        (700.0, "条"), (1200.0, "条"), (52018.0, "个"),
                                                        (310422.0, "次")]
    assert one(found, 1200).metric == "信息发布总数"
    assert one(found, 9).metric == "专栏专题维护数量"
    assert one(found, 2).metric == "专栏专题新开设数量"
    assert {f.period for f in found} == {"2024"}


def test_a_table_with_a_unit_column_header_is_no_form():
    """指标 | 单位 | 2024年: a table of indicators with a unit column is read as before, not as a form (no （单位：X）
    in its labels)."""
    cells = [["指标", "单位", "2024年"], ["地区生产总值", "亿元", "235.8"], ["常住人口", "万人", "52.1"]]
    found = _table(cells, "表1 主要指标", {"date": "2025-03-20", "region": "栖川市", "genre": "statistics",
                                         "title": "栖川市2024年国民经济和社会发展统计公报"})
    assert sorted((f.value, f.unit) for f in found) == [(52.1, "万人"), (235.8, "亿元")]


def test_rounds_held_are_counted_in_qi():
    """开展网上征集调查5期: 期 counts rounds held (item)."""
    f = one(figs("2024年，县政府网站开展网上征集调查5期，收到意见210条。", date="2025-01-18"), 5)
    assert (f.unit, f.base_unit) == ("期", "item")


def test_a_numbered_week_of_a_year_is_its_iso_week():
    """2024年第10周 is Monday 4 March to Sunday 10 March 2024; a week crossing the year's edge is read as its year."""
    (d,) = find_dates("2024年第10周各县区排名", Anchor(2024, 3, 12))
    assert (d.iso, d.kind) == ("2024-03-04/2024-03-10", "period")
    assert [d.iso for d in find_dates("2026年第1周", Anchor(2026, 1, 6))] == ["2026"]


def test_a_weekly_report_reports_its_week():
    """A weekly report's first paragraph names its week (2024年第10周（3月4日—3月10日）): 本周 and the undated
    figures of later paragraphs are that week's."""
    found = figs("2024年第10周（3月4日—3月10日），全市PM2.5平均浓度为41微克/立方米。",
                 "按综合指数由好到差排名，本周青石县PM2.5浓度为30微克/立方米，综合指数为3.02，排名第1。",
                 date=WEEKLY["date"], title=WEEKLY["title"], genre="report")
    assert {f.period for f in found} == {"2024-03-04/2024-03-10"}
    assert one(found, 3.02).rank == "第1"


def test_a_leading_rank_column_ranks_the_row_the_next_column_names():
    """排名 | 县区 | PM2.5浓度（微克/立方米） | 综合指数: the counties are the rows' subjects; the rank is no figure of
    its own but an attribute of the figure ranked, the index (its last cell); the caption's week dates the cells."""
    cells = [["排名", "县区", "PM2.5浓度（微克/立方米）", "综合指数"], ["1", "青石县", "28", "3.05"],
             ["2", "白河县", "31", "3.33"]]
    found = _table(cells, "表1 2024年第10周各县区环境空气质量排名", WEEKLY)
    assert sorted((f.subject, f.value, f.rank) for f in found) == [
        ("白河县", 3.33, "第2"), ("白河县", 31.0, ""), ("青石县", 3.05, "第1"), ("青石县", 28.0, "")]
    assert {f.period for f in found} == {"2024-03-04/2024-03-10"}


def test_days_on_which_pollution_occurred_are_counted():
    """出现2天中度污染 and 累计出现重污染天气5天，同比减少2天: counts of days (and the change of one), not spans; a
    count of days within 1月1日至3月10日 is over the span, not at its end."""
    found = figs("本周全市出现2天中度污染。",
                 "1月1日至3月10日，全市PM2.5平均浓度为40微克/立方米；累计出现重污染天气5天，同比减少3天。",
                 date=WEEKLY["date"], title=WEEKLY["title"], genre="report")
    assert (one(found, 2, "天").direction, one(found, 2, "天").period) == ("", "2024-03-04/2024-03-10")
    assert (one(found, 5, "天").direction, one(found, 5, "天").period) == ("", "2024-01-01/2024-03-10")
    assert (one(found, 3, "天").direction, one(found, 3, "天").period) == ("down", "2024-01-01/2024-03-10")
    assert not figs("连续3天出现降雨过程。", date="2024-03-12")


def test_a_weekly_mean_is_of_the_week_named():
    """预计下周（3月11日—3月17日）…，3月13日至14日可能出现轻度污染过程，全市PM2.5周均浓度预计为35微克/立方米左右:
    the weekly mean is the week's, not the two days'."""
    f = one(figs("预计下周（3月11日—3月17日）全市以良为主，3月13日至14日可能出现轻度污染过程，"
                 "全市PM2.5周均浓度预计为35微克/立方米左右。", date="2024-03-12"), 35)
    assert (f.period, f.status) == ("2024-03-11/2024-03-17", "forecast")


def test_the_highest_reached_keeps_no_stray_character_in_the_name():
    """当日PM2.5日均浓度最高达150微克/立方米: the metric is PM2.5日均浓度, not …最 left of 高达."""
    assert one(figs("3月6日，全市PM2.5日均浓度最高达150微克/立方米。", date="2024-03-12"), 150).metric == "PM2.5日均浓度"


def test_a_bare_change_in_days_after_a_share_is_of_the_days():
    """优良天数为6天，优良天数比例为85.7%，同比减少1天: the change in days is of the days, not of the share between;
    a change in % after the share stays the share's."""
    found = figs("全市优良天数为6天，优良天数比例为85.7%，同比减少1天。", date="2024-03-12")
    assert one(found, 1, "天").metric == one(found, 6).metric == "优良天数"
    found = figs("全市优良天数为300天，优良天数比例为82.2%，同比提高1.5个百分点。", date="2025-01-10")
    assert one(found, 1.5).metric == "优良天数比例"


def test_the_rows_under_an_accounts_name_row_are_the_accounts():
    """移动新媒体 | 是否有移动新媒体 | ☑是□否, 微博 | 名称 | 青禾发布, then 信息发布量（单位：条） | 420: the Weibo account's
    posts (微博信息发布量); the next 名称 row (微信) starts the next account."""
    cells = [["独立用户访问总量（单位：个）", "52018"], ["移动新媒体", "是否有移动新媒体", "☑是□否"],
             ["微博", "名称", "青禾发布"], ["信息发布量（单位：条）", "420"], ["关注量（单位：个）", "18000"],
             ["微信", "名称", "青禾县人民政府"], ["信息发布量（单位：条）", "650"]]
    found = _table(cells, "政府网站工作年度报表", WEBSITE)
    assert (one(found, 420).metric, one(found, 18000).metric, one(found, 650).metric) == (
        "微博信息发布量", "微博关注量", "微信信息发布量")
    assert one(found, 52018).metric == "独立用户访问总量"

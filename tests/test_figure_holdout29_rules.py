"""Figure rules added after the twenty-ninth held-out measurement (an NBS survey team's grain output announcement as
a PDF with a table by season and crop and a table by county, a city's bulletin on services for the elderly as a
DOCX with its table of main indicators); sentences and tables invented for each rule, expectations read by hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one
from tests.test_figure_attributes import table_figs as _table

GRAIN = {"date": "2025-12-20", "region": "岚州市", "genre": "statistics",
         "title": "国家统计局岚州调查队关于2025年岚州市粮食产量数据的公告"}
ELDERLY = {"date": "2026-04-10", "region": "岚州市", "genre": "statistics", "title": "2025年岚州市老龄事业发展统计公报"}


def test_a_table_of_items_headed_by_a_bare_item_column_lists_no_projects():
    """项目 | 播种面积（千公顷） | 单产（公斤/亩）: 项目 heads a column of items (夏粮, 玉米), not of projects; each row's
    figures are the item's, named by it (夏粮播种面积), subject the region's ("")."""
    cells = [["项目", "播种面积（千公顷）", "单产（公斤/亩）"], ["夏粮", "61.2", "388.4"], ["玉米", "40.6", "455.0"]]
    found = _table(cells, "表1  2025年岚州市粮食播种面积和单产", GRAIN)
    assert (one(found, 61.2).subject, one(found, 61.2).metric) == ("", "夏粮播种面积")
    assert (one(found, 455.0).subject, one(found, 455.0).metric) == ("", "玉米单产")
    # a bare 项目 beside a project's column (总投资) still lists projects
    cells = [["项目", "总投资（亿元）"], ["岚州港物流园", "12.5"]]
    assert one(_table(cells, "附表  2026年重点项目", GRAIN), 12.5).subject == "岚州港物流园"


def test_a_district_named_x_cheng_qu_is_a_name():
    """棠城区 is a district's name (its figures are its own); 中心城区, 老城区 and 城区 are parts of a city."""
    cells = [["县（市、区）", "播种面积（万亩）"], ["棠城区", "10.2"], ["北湖县", "60.4"]]
    found = _table(cells, "表2  2025年各县（市、区）粮食播种面积", GRAIN)
    assert one(found, 10.2).subject == "棠城区"
    assert one(found, 60.4).subject == "北湖县"
    assert one(figs("中心城区建成停车泊位1200个。", date="2025-12-20", region="岚州市"), 1200).subject == ""


def test_an_output_after_an_area_of_no_crop_is_no_crops_output():
    """全市：播种面积…，总产量…: 播种面积 names no crop, so the output is 总产量 (not 播种总产量); 小麦播种面积…，总产量…
    stays 小麦总产量."""
    found = figs("全市：播种面积300.2万亩，总产量120.4万吨，比上年增长1.1%。", **GRAIN)
    assert one(found, 120.4).metric == "总产量"
    found = figs("小麦播种面积100.5万亩，总产量38.2万吨。", **GRAIN)
    assert one(found, 38.2).metric == "小麦总产量"


def test_a_figure_restated_in_brackets_in_another_unit_is_one_figure():
    """播种面积300.0万亩（200.0千公顷）and 总产量120.0万吨（24.0亿斤）: the bracket restates the figure (1公顷 = 15亩,
    1斤 = 0.5公斤), no second row; a bracket with another quantity (其中小麦…) or another value stays."""
    found = figs("全市粮食播种面积300.0万亩（200.0千公顷），总产量120.0万吨（24.0亿斤）。", **GRAIN)
    assert sorted(f.value for f in found) == [120.0, 300.0]
    found = figs("全市粮食播种面积300.0万亩（其中小麦100.0万亩）。", **GRAIN)
    assert sorted(f.value for f in found) == [100.0, 300.0]
    found = figs("全市粮食播种面积300.0万亩（比上年增加2.0万亩）。", **GRAIN)
    assert sorted(f.value for f in found) == [2.0, 300.0]


def test_stocks_of_a_bulletin_on_a_closed_year_are_held_at_its_end():
    """A bulletin of April 2026 on 2025: what there is (全市共有…, and its clauses after ；), an undated population and a
    ratio of populations are stocks at the end of 2025; a later sentence of a 年末 paragraph counting its change from
    the last year end too; a flow of the year (全年新增) stays 2025."""
    found = figs("全市共有社区养老服务设施900个，其中日间照料中心300个；区域养老服务中心40个。全年新增家庭养老床位800张。",
                 **ELDERLY)
    assert [one(found, v).period for v in (900, 300, 40)] == ["2025-12"] * 3
    assert one(found, 800).period == "2025"
    found = figs("全市80岁及以上老年人口10.5万人，占老年人口的12.1%。", "全市老年人口抚养比为25.4%，比上年提高0.7个百分点。",
                 **ELDERLY)
    assert [one(found, v).period for v in (10.5, 12.1, 25.4)] == ["2025-12"] * 3
    assert one(found, 0.7).period == "2025"
    # a population reached by a service (签约服务覆盖人口) is no demographic stock: the year's
    found = figs("家庭医生签约服务覆盖人口180.2万人。", **ELDERLY)
    assert one(found, 180.2).period == "2025"
    found = figs("年末全市共有养老机构150家。养老机构床位2.5万张，护理型床位占比为60.2%，比上年末提高2.1个百分点。",
                 **ELDERLY)
    assert [one(found, v).period for v in (150, 2.5, 60.2)] == ["2025-12"] * 3
    # in a text of the year itself (a work summary of December 2025), 全市共有 is no closed year's end
    found = figs("全市共有社区养老服务设施900个。", date="2025-12-20", region="岚州市", title="2025年岚州市民政工作总结")
    assert one(found, 900).period != "2024-12"


def test_a_column_of_changes_in_the_rows_unit():
    """指标 | 单位 | 2025年 | 2024年 | 比上年末增减: each change cell is the row's change since the last year end in the
    row's unit (养老机构比上年末增加6家: up, 2025 against 2024-12); a negative cell a fall; 0 no figure."""
    cells = [["指标", "单位", "2025年", "2024年", "比上年末增减"], ["养老机构", "家", "150", "144", "6"],
             ["养老机构床位", "万张", "2.40", "2.46", "-0.06"], ["社区日间照料中心", "个", "300", "300", "0"]]
    found = _table(cells, "附表  2025年岚州市老龄事业主要统计指标", ELDERLY)
    up = one(found, 6)
    assert (up.unit, up.direction, up.period, up.base_period) == ("家", "up", "2025", "2024-12")
    assert (one(found, 0.06).direction, one(found, 0.06).unit) == ("down", "万张")
    assert not [f for f in found if f.value == 0]


def test_a_standard_per_person_in_a_bulletin_on_a_closed_year_is_the_years_fact():
    """补贴标准为每人每月150元 in a bulletin of April 2026 on 2025: the standard paid in 2025 (actual, 2025), as the sum
    paid after it; in a notice laying it down it stays a standing rule (requirement)."""
    found = figs("全市经济困难老年人养老服务补贴标准为每人每月150元，全年发放补贴2600万元。", **ELDERLY)
    assert (one(found, 150).status, one(found, 150).period) == ("actual", "2025")
    assert (one(found, 2600).status, one(found, 2600).period) == ("actual", "2025")
    found = figs("经济困难老年人养老服务补贴标准为每人每月150元。", date="2026-04-10", region="岚州市", genre="notice",
                 title="岚州市民政局关于调整经济困难老年人养老服务补贴标准的通知")
    assert one(found, 150).status == "requirement"


def test_a_zero_in_a_change_column_is_no_figure():
    """项目 | 总产量（万吨） | 总产量比上年增长（%） with 0.0: 持平, no change to report (no row, no direction)."""
    cells = [["项目", "总产量（万吨）", "总产量比上年增长（%）"], ["大豆", "2.6", "0.0"], ["玉米", "30.1", "-1.2"]]
    found = _table(cells, "表1  2025年岚州市粮食产量", GRAIN)
    assert sorted(f.value for f in found) == [1.2, 2.6, 30.1]
    assert one(found, 1.2).direction == "down"


def test_the_tiers_of_a_standard_listed_after_it():
    """发放高龄津贴，标准为：80至89周岁每人每月100元，90至99周岁每人每月300元: each amount is the allowance standard of its
    tier per person and month (the tier's ages are no figures)."""
    found = figs("2025年，全市对80周岁及以上老年人发放高龄津贴，标准为：80至89周岁每人每月120元，90至99周岁每人每月"
                 "320元，100周岁及以上每人每月620元。", **ELDERLY)
    assert sorted(f.value for f in found) == [120, 320, 620]
    assert (one(found, 120).metric, one(found, 120).unit) == ("高龄津贴标准（80至89周岁）", "元/人·月")
    assert one(found, 320).metric == "高龄津贴标准（90至99周岁）"
    assert one(found, 620).metric == "高龄津贴标准（100周岁及以上）"


def test_a_service_counted_after_those_it_is_given_to_is_named_by_the_service():
    """为…失能、半失能老年人提供居家上门服务50.2万人次: the service (居家上门服务), not the people before 提供."""
    found = figs("全年为1.8万名失能、半失能老年人提供居家上门服务50.2万人次。", **ELDERLY)
    assert one(found, 50.2).metric == "居家上门服务"
    found = figs("全年为困难群众提供法律咨询1200人次。", **ELDERLY)
    assert one(found, 1200).metric == "法律咨询"


def test_a_fund_after_its_scheme_is_the_schemes():
    """…长期护理保险享受待遇1.1万人，基金支出2.2亿元: the fund of the scheme named before it (长期护理保险基金支出), and so
    is its growth; a fund named with its scheme keeps its name."""
    found = figs("全年长期护理保险享受待遇1.1万人，基金支出2.2亿元，比上年增长8.1%。", **ELDERLY)
    assert one(found, 2.2).metric == one(found, 8.1).metric == "长期护理保险基金支出"
    found = figs("全市工伤保险参保人数30.4万人，工伤保险基金收入1.5亿元。", **ELDERLY)
    assert one(found, 1.5).metric == "工伤保险基金收入"


def test_those_a_service_is_given_to_are_named_whole():
    """为1.5万名经济困难的失能老年人提供…: the people served (经济困难失能老年人), not the words before their 的."""
    found = figs("全年为1.5万名经济困难的失能老年人提供居家上门服务40.1万人次。", **ELDERLY)
    assert one(found, 1.5).metric == "经济困难失能老年人"
    assert one(found, 40.1).metric == "居家上门服务"

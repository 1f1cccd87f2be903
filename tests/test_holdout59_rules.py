"""Rules added after the fifty-ninth held-out measurement (a county river chief office's work summary as a
hard-wrapped TXT with a table aligned with full-width spaces, a city port authority's monthly production release as
an HTML page with a ruled table); sentences and tables invented for each rule, expectations read by hand."""

from __future__ import annotations

from build_tools import new
from build_tools.clean import clean
from build_tools.extract.figures.tables import table_sentences
from build_tools.model import Figure, Paragraph
from tests.test_figure_attributes import figs, one


def test_a_table_aligned_with_full_width_spaces_keeps_its_cells():
    """A Word table saved as text: the header and the rows are cells separated by runs of full-width spaces, not
    paragraphs packed into one line, and their numbers are no page numbers."""
    raw = ("表2\u3000各街道污水管网建设情况\n"
           "街道\u3000\u3000\u3000\u3000新建管网（公里）\u3000\u3000投资（万元）\u3000\u3000完成率（%）\n"
           "东城街道\u3000\u3000\u300012.5\u3000\u3000\u3000\u3000\u3000\u3000860\u3000\u3000\u3000\u3000\u300098.2\n"
           "西湖街道\u3000\u3000\u30008.3\u3000\u3000\u3000\u3000\u3000\u3000\u3000540\u3000\u3000\u3000\u3000\u3000100\n"
           "北关街道\u3000\u3000\u300015\u3000\u3000\u3000\u3000\u3000\u3000\u3000720\u3000\u3000\u3000\u3000\u300096.4\n")
    c = clean(raw)
    tables = [b.text.split("\t") for b in c.blocks if b.kind == "table"]
    assert tables == [["街道", "新建管网（公里）", "投资（万元）", "完成率（%）"], ["东城街道", "12.5", "860", "98.2"],
                      ["西湖街道", "8.3", "540", "100"], ["北关街道", "15", "720", "96.4"]]
    assert not any(a.rule == "furniture.page_number" for a in c.report)


def test_paragraphs_packed_with_wide_spaces_are_still_split():
    raw = "一、总体情况。全年收入增长5%。\u3000\u3000二、支出情况。全年支出增长3%。\n"
    assert [b.text for b in clean(raw).blocks] == ["一、总体情况。全年收入增长5%。", "二、支出情况。全年支出增长3%。"]


def test_a_table_group_row_with_empty_cells_stays_in_its_table():
    """A group row a web page's reader writes as a label and empty cells (按行业分工业增加值, then tabs) is a row of the
    table, not a heading cutting it in two."""
    raw = ("指标\t单位\t9月\t同比%\n工业增加值\t亿元\t86.2\t5.1\n按行业分工业增加值\t\t\t\n"
           "电子信息业\t亿元\t21.4\t9.3\n纺织服装业\t亿元\t8.6\t-2.2\n")
    blocks = clean(raw).blocks
    assert [b.kind for b in blocks] == ["table"] * 5
    assert blocks[2].text.split("\t")[0] == "按行业分工业增加值"


def _table(*rows: tuple[str, ...]) -> list[str]:
    return table_sentences(Paragraph(id="p1", text="", role="table", cells=[list(r) for r in rows]))


def test_a_monthly_table_with_two_bare_change_columns_and_a_running_total():
    """指标 | 单位 | 9月 | 同比% | 1-9月累计 | 同比%: each 同比% column is the change of the period column before it (a
    negative cell a fall), 1-9月累计 the months; the rows under a group row naming a measure by a kind of part (分行业…)
    are that measure of each part."""
    assert _table(("指标", "单位", "9月", "同比%", "1-9月累计", "同比%"),
                  ("用电量", "亿千瓦时", "12.5", "3.2", "108.6", "-0.7"),
                  ("分行业用电量", "", "", "", "", ""),
                  ("制造业", "亿千瓦时", "6.1", "-1.5", "52.3", "2.4")) == [
        "9月，用电量12.5亿千瓦时，同比增长3.2%。", "1-9月，用电量108.6亿千瓦时，同比下降0.7%。",
        "9月，制造业用电量6.1亿千瓦时，同比下降1.5%。", "1-9月，制造业用电量52.3亿千瓦时，同比增长2.4%。"]


def test_a_group_row_naming_no_measure_leaves_the_rows_their_names():
    assert _table(("指标", "单位", "1-6月", "同比增长（%）"), ("按地区分", "", "", ""),
                  ("东城区", "亿元", "30.2", "4.4")) == ["1-6月，东城区30.2亿元，同比增长4.4%。"]


SUMMARY = {"date": "2025-12-20", "region": "桐川县", "genre": "work-report", "title": "桐川县2025年水利工作总结"}


def _summary(*texts: str) -> list[Figure]:
    return figs(*texts, **SUMMARY)


def test_a_share_of_the_things_after_de_that_do_something_is_named_by_both():
    """全县仅有38%的重点河段实现视频监控覆盖: the share of the things counted after 的 that do (or fail to do) it; the
    norm a share falls short of (未达到每周2次的标准) is no figure."""
    f = one(_summary("全县仅有42%的小型水库实现雨水情自动测报。"), 42)
    assert f.metric == "实现雨水情自动测报的小型水库比例"
    found = _summary("约有15%的网格员入户走访未达到每周2次的标准。")
    assert [(x.value, x.metric) for x in found] == [(15, "未达到每周2次的标准的网格员入户走访比例")]


def test_days_of_a_stoppage_a_concentration_in_water_and_rounds_are_figures():
    assert (one(_summary("受强降雨影响，全县客运班线累计停运4天。"), 4).base_unit) == "day"
    f = one(_summary("青溪水库氨氮平均浓度为0.21毫克/升。"), 0.21)
    assert (f.unit, f.base_unit, f.metric, f.subject) == ("毫克/升", "mg/L", "氨氮平均浓度", "青溪水库")
    assert one(_summary("开展水库安全专项督查3轮。"), 3).unit == "轮"


def test_a_kind_of_reservoir_is_no_name():
    f = one(_summary("全县小型水库除险加固完成投资1.2亿元。"), 1.2)
    assert (f.subject, f.metric) == ("", "小型水库除险加固完成投资")


def test_funding_obtained_as_a_part_of_an_amount_stated_is_secured():
    """…投入资金…，其中争取上级资金…: the part obtained of the year's spending, an actual; a plan to obtain funding
    stays a target."""
    found = _summary("全年完成水利投资4.6亿元，其中争取上级补助资金2.1亿元。")
    assert one(found, 2.1).status == "actual" and one(found, 2.1).period == "2025"
    assert one(_summary("2026年，力争争取上级资金5亿元。"), 5).status == "target"


def test_within_the_year_under_a_plan_heading_of_the_next_year_is_that_year():
    """三、2026年工作打算 in a summary of December 2025: its 年内 is 2026 (a review heading's 年内 stays 2025)."""
    found = figs("三、2026年工作打算", "五是推进数字水利。年内建成县级水利数据平台，新增雨量监测站点40个。",
                 headings={0: 1}, **SUMMARY)
    assert (one(found, 40).period, one(found, 40).status) == ("2026", "target")
    found = figs("一、2025年工作回顾", "年内建成县级水利数据平台，新增雨量监测站点40个。", headings={0: 1}, **SUMMARY)
    assert one(found, 40).period == "2025"


RELEASE = {"date": "2025-11-14", "region": "桐江市", "genre": "statistics", "title": "2025年1-10月全市充电设施建设情况"}


def test_a_stock_newly_added_since_a_base_is_a_rise():
    """截至10月末…较年初新增260个: the rise of the stock since the start of the year (up, January-October)."""
    found = figs("截至10月末，全市共有公共充电桩1380个，较年初新增260个。", **RELEASE)
    f = one(found, 260)
    assert (f.kind, f.direction, f.period, f.base_period) == ("growth", "up", "2025-01/2025-10", "2025-01")
    assert one(figs("全年新增城镇就业1.2万人。", **RELEASE), 1.2).direction == ""


def test_the_capacity_completed_works_add_has_no_period():
    """…于6月建成投用，新增处理能力5万吨: the completed works' size, of no year (as their total investment)."""
    f = one(_summary("城南污水处理厂二期于6月建成投用，新增日处理能力5万吨。"), 5)
    assert (f.period, f.status) == ("", "actual")


def test_a_red_header_above_a_title_that_is_no_official_notice() -> None:
    """A red header (X文件) over the document number and a title that is no 关于…的通知 (a summary's title): the
    title, not the header."""
    text = "桐川县水利局文件\n\n桐水〔2025〕12号\n\n桐川县2025年水利工作总结\n\n2025年，县水利局……\n"
    assert new.infer_title(text) == "桐川县2025年水利工作总结"
    assert new.infer_title("桐川县水利局文件\n\n桐水〔2025〕12号\n\n各乡镇：\n") == "桐川县水利局文件"


def test_a_release_of_a_months_production_is_statistics() -> None:
    assert new.infer_kind("", "2025年1-9月全市港口生产情况") == "statistics"
    assert new.infer_kind("", "1—8月份全县工业生产情况") == "statistics"

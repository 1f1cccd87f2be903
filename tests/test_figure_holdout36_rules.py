"""Rules added after the thirty-sixth held-out measurement (a county yearbook's page of main economic indicators over
five years as a PDF whose table is drawn as text columns, a city supervision office's circular ranking its counties on
key projects as a DOCX); sentences and tables invented for each rule, expectations read by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools import ingest
from build_tools.clean import clean
from build_tools.model import Metadata, Source
from build_tools.structure import build
from tests.formats_docs import CJK_FONT
from tests.test_figure_attributes import figs, one
from tests.test_figure_attributes import table_figs as _table

YEARBOOK = {"date": "2024-12-20", "region": "桑川县", "genre": "statistics", "title": "主要经济指标（2019—2023年）"}
CIRCULAR = {"date": "2025-07-18", "region": "澜北市", "genre": "bulletin",
            "title": "澜北市人民政府督查室关于2025年1—6月全市重点项目建设推进情况的督查通报"}

needs_font = pytest.mark.skipif(not CJK_FONT.exists(), reason="needs fonts-noto-cjk")


def _at(found: list, value: float, needle: str):
    (f,) = [f for f in found if abs(f.value - value) < 1e-9 and needle in f.sentence]
    return f


@needs_font
def test_a_table_of_text_columns_keeps_a_wrapped_head_and_an_empty_cell(tmp_path: Path) -> None:
    """A yearbook's table drawn without borders: the last column's head wraps onto two lines (2023年比 over
    2022年增长（%）) and one row has no value for its first year. The head is read whole, and the empty cell keeps
    its column (the row's values are not moved one year to the left)."""
    from fpdf import FPDF

    widths = (40, 14, 20, 20, 20, 36)
    pdf = FPDF()
    pdf.add_font("cjk", fname=str(CJK_FONT), collection_font_number=2)
    pdf.add_page()
    pdf.set_font("cjk", size=9)

    def row(cells: tuple[str, ...], height: float = 6.5) -> None:
        x = 12.0
        for i, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            pdf.set_xy(x, pdf.get_y())
            pdf.cell(width, height, cell, align="L" if i < 2 else "R")
            x += width
        pdf.ln(height)

    pdf.set_y(30)
    row(("", "", "", "", "", "2023年比"), 5)
    row(("指标", "单位", "2021年", "2022年", "2023年", "2022年增长（%）"), 5)
    row(("地区生产总值", "亿元", "151.2", "160.8", "171.5", "5.9"))
    row(("实际利用外资", "万美元", "", "860", "910", "5.8"))
    row(("年末户籍人口", "万人", "40.12", "39.96", "39.80", "-0.4"))
    path = tmp_path / "yearbook.pdf"
    pdf.output(str(path))
    text = ingest.read_source(path).text
    assert "指标\t单位\t2021年\t2022年\t2023年\t2023年比2022年增长（%）" in text
    assert "实际利用外资\t万美元\t\t860\t910\t5.8" in text


def test_a_yearbook_series_each_year_its_own_and_the_growth_of_the_last():
    """指标 | 单位 | 2019年 … 2023年 | 2023年比2022年增长（%）: each year's cell is that year's; a rate row (…增速, %) a
    rise or fall of its year (-1.8 a fall of 1.8); a stock at the year's end (年末…, …（年末）) is of each year's end,
    its growth against the end of the year before; the growth of a flow against the year before."""
    cells = [["指标", "单位", "2019年", "2020年", "2021年", "2022年", "2023年", "2023年比2022年增长（%）"],
             ["地区生产总值", "亿元", "120.5", "124.1", "133.6", "140.2", "149.8", "5.2"],
             ["固定资产投资增速", "%", "6.1", "-1.8", "7.3", "5.5", "-0.6", "—"],
             ["住户存款余额（年末）", "亿元", "98.2", "107.5", "116.3", "128.9", "140.1", "8.7"],
             ["年末常住人口", "万人", "35.61", "35.48", "35.30", "35.17", "35.02", "-0.4"]]
    found = _table(cells, "2-1  主要经济指标（2019—2023年）", YEARBOOK)
    assert [(one(found, v).period, one(found, v).status) for v in (120.5, 149.8)] == [("2019", "actual"),
                                                                                     ("2023", "actual")]
    gdp = _at(found, 5.2, "地区生产总值")
    assert (gdp.period, gdp.base_period, gdp.direction) == ("2023", "2022", "up")
    assert [(one(found, v).period, one(found, v).direction) for v in (6.1, 1.8, 0.6)] == [
        ("2019", "up"), ("2020", "down"), ("2023", "down")]
    assert [one(found, v).period for v in (98.2, 140.1, 35.61, 35.02)] == ["2019-12", "2023-12", "2019-12", "2023-12"]
    deposits = _at(found, 8.7, "住户存款余额")
    assert (deposits.period, deposits.base_period, deposits.direction) == ("2023", "2022-12", "up")
    population = _at(found, 0.4, "年末常住人口")
    assert (population.direction, population.base_period) == ("down", "2022-12")


def test_two_year_columns_of_a_plan_are_still_a_base_and_a_goal():
    """Only a run of three or more consecutive years is a series of observed values: a plan's 2020年 | 2025年 keeps
    its base and goal (到2025年达到…)."""
    cells = [["指标", "单位", "2020年", "2025年"], ["森林覆盖率", "%", "41.2", "43"]]
    found = _table(cells, "主要指标", {**YEARBOOK, "date": "2021-06-01", "genre": "plan",
                                       "title": "桑川县“十四五”生态环境保护规划"})
    assert one(found, 43).status == "target"


def test_a_plan_column_its_outcome_and_the_rank():
    """县（市、区） | 计划数（个） | 完成数（个） | 完成率（%） | 排名 under a caption of 1—6月: the plan is the year's
    target, the outcome and its rate are of the months, observed; the rank is the rate's attribute, no row."""
    cells = [["县（市、区）", "计划数（个）", "完成数（个）", "完成率（%）", "排名"],
             ["青石县", "14", "12", "85.7", "1"], ["云塘区", "9", "6", "66.7", "2"]]
    found = _table(cells, "附表：2025年1—6月各县（市、区）新开工项目推进情况",
                   {**CIRCULAR, "title": "附表：2025年1—6月各县（市、区）新开工项目推进情况"})
    assert (one(found, 14).status, one(found, 14).period, one(found, 14).subject) == ("target", "2025", "青石县")
    for v in (12, 85.7):
        assert (one(found, v).status, one(found, v).period, one(found, v).subject) == (
            "actual", "2025-01/2025-06", "青石县"), v
    assert "2" in one(found, 66.7).rank and "1" in one(found, 85.7).rank
    assert not [f for f in found if f.value in (1, 2)]


def test_a_plan_word_in_a_modifier_of_the_count_is_no_plan():
    """其中A区计划新开工的8个项目全部开工: the projects planned to start, all started, a fact; and the next clause's
    rate is no target either."""
    found = figs("其中青石县计划新开工的8个项目全部开工，云塘区开工率达到90.5%，予以通报表扬。", **{
        k: CIRCULAR[k] for k in ("date", "region")})
    assert one(found, 8).status == "actual" and one(found, 90.5).status == "actual"
    assert figs("全年计划新开工项目40个。", date="2025-07-18", region="澜北市")[0].status == "target"


def test_places_heading_the_clause_before_take_the_values_in_turn():
    """A、B项目推进迟缓，开工率分别为55.0%、60.0%: the places head the clause before (which states no figure), each
    value after 分别 is the place's in turn."""
    found = figs("青石县、云塘区项目推进迟缓，开工率分别为55.0%、60.0%，均低于全市平均水平，予以通报批评。",
                 date="2025-07-18", region="澜北市")
    assert (one(found, 55).subject, one(found, 60).subject) == ("青石县", "云塘区")


def test_the_issue_line_of_a_serial_is_no_title():
    """澜北督查通报（第５期） over the number and the title: the serial's masthead, the title below it is the
    document's."""
    raw = ("澜北督查通报（第５期）\n\n澜政督通〔2025〕7号\n\n"
           "澜北市人民政府督查室关于全市重点项目建设推进情况的督查通报\n\n"
           "各县（市、区）人民政府：\n\n全年计划新开工项目40个，1—6月已开工31个。\n")
    src = Source(slug="t", path="t.txt", encoding="utf-8",
                 meta=Metadata(date="2025-07-18", region="澜北市", kind="notice", source="澜北市政府网站"))
    (doc,) = build(src, clean(raw).blocks).documents
    assert doc.title == "澜北市人民政府督查室关于全市重点项目建设推进情况的督查通报"


def test_a_body_ending_one_sentence_and_heading_the_next_is_kept_twice():
    """…书面报送市政府督查室。 | 市政府督查室将于8月上旬…: the office is named twice, no fragment printed twice
    across a page break (…弄虚作假。 | 虚作假问题发生。 still is)."""
    a = "请于2025年8月1日前将整改情况书面报送市政府督查室。"
    b = "市政府督查室将于8月上旬对整改落实情况开展“回头看”。"
    assert [x.text for x in clean(f"{a}\n\n{b}\n").blocks] == [a, b]
    assert [x.text for x in clean("要坚持实事求是，坚决杜绝数据造假、弄虚作假。\n\n虚作假问题发生。\n").blocks] == [
        "要坚持实事求是，坚决杜绝数据造假、弄虚作假问题发生。"]


def test_new_skips_the_issue_line_of_a_serial_for_the_title():
    """`new` guesses the title below a serial's masthead (澜北督查通报（第５期）), as structure reads it."""
    from build_tools.new import infer_title

    text = ("澜北督查通报（第５期）\n澜政督通〔2025〕7号\n澜北市人民政府督查室关于全市重点项目建设推进情况的督查通报\n"
            "各县（市、区）人民政府：\n")
    assert infer_title(text) == "澜北市人民政府督查室关于全市重点项目建设推进情况的督查通报"


def test_ranks_listed_after_each_go_to_the_values_in_turn():
    """开工率分别为55.0%、60.0%，分别居全市第9位、第8位: the first value 9th, the second 8th (the scope shared); a
    single rank still goes to the figure before it."""
    found = figs("青石县、云塘区项目推进迟缓，开工率分别为55.0%、60.0%，分别居全市第9位、第8位。",
                 date="2025-07-18", region="澜北市")
    assert (one(found, 55).rank, one(found, 60).rank) == ("全市第9", "全市第8")
    assert not [f for f in found if f.value in (8, 9)]
    assert one(figs("全市GDP增长6.8%，居全省第3位。", date="2025-07-18", region="澜北市"), 6.8).rank == "全省第3"


def test_new_dates_a_yearbook_page_by_its_edition():
    """A yearbook's page (桑川统计年鉴—2024 over a table of 2019—2023年) with no full date: the edition's year, not the
    latest year of its data; a text with a signed date keeps it."""
    from build_tools.new_dates import infer_date

    assert infer_date("桑川统计年鉴—2024\n2-1 主要经济指标（2019—2023年）\n指标\t单位\t2019年\t2023年\n") == "2024"
    assert infer_date("2024年桑川统计年鉴\n主要经济指标（2019—2023年）\n") == "2024"
    assert infer_date("关于…的通知\n…统计年鉴…\n桑川市统计局\n2024年5月6日\n") == "2024-05-06"

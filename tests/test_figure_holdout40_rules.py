"""Figure rules added after the fortieth held-out measurement (a provincial press conference on the economy of the
first three quarters as an HTML page, a county's yearly supply plan of state-owned construction land as a PDF with
its quarterly table after the signature); sentences and tables invented for each rule, expectations read by hand."""

from __future__ import annotations

from build_tools.extract.figures import extract_figures
from build_tools.extract.figures.captions import caption_quantity
from build_tools.extract.reporting import reporting_period
from build_tools.model import Document, Metadata, Paragraph
from tests.test_figure_attributes import figs, one

PLAN = {"date": "2025-12-18", "region": "石岭县", "genre": "plan", "title": "石岭县2026年度国有建设用地供应计划"}
QUARTERS = [["用途", "合计", "一季度", "二季度", "三季度", "四季度"],
            ["工业用地", "40.00", "8.00", "12.00", "11.50", "8.50"],
            ["住宅用地", "20.00", "3.00", "6.00", "7.00", "4.00"],
            ["合计", "60.00", "11.00", "18.00", "18.50", "12.50"]]


def test_a_yearly_plan_published_before_its_year_reports_that_year():
    """石岭县2026年度…供应计划 of December 2025: it reports 2026, not 2025/2026 (its validity 至2026年12月31日 is no
    target year after the plan's)."""
    doc = Document(id="d", title=PLAN["title"], date=PLAN["date"], genre="plan",
                   paragraphs=[Paragraph(id="p1", text="本计划期限为2026年1月1日至2026年12月31日。")])
    assert reporting_period(doc, Metadata(date=PLAN["date"], region=PLAN["region"])) == "2026"


def test_a_yearly_plans_undated_clauses_and_last_year_are_of_the_plans_year():
    """按用途分：商服用地9.30公顷…比上年计划减少1.20公顷 in a plan for 2026 published in December 2025: targets of
    2026, the base the plan of 2025."""
    found = figs("按用途分：商服用地9.30公顷，比上年计划减少1.20公顷；住宅用地20.00公顷，占33.3%。", **PLAN)
    assert (one(found, 9.3).period, one(found, 9.3).status) == ("2026", "target")
    less = one(found, 1.2)
    assert (less.period, less.base_period, less.direction) == ("2026", "2025", "down")
    assert one(found, 33.3).period == "2026"


def test_a_plan_of_a_year_already_running_keeps_its_year():
    """2025年度…计划 of March 2025: its undated clauses are 2025's (no change for a plan within its year)."""
    found = figs("按用途分：工业用地30.00公顷，占50.0%。", date="2025-03-10", region="石岭县", genre="plan",
                 title="石岭县2025年度国有建设用地供应计划")
    assert one(found, 30).period == "2025"


def test_the_quantity_a_caption_breaks_down_by_quarter():
    """…2026年度国有建设用地供应计划分季度安排表（单位：公顷）: the quantity is 国有建设用地供应计划 (place, year,
    breakdown, table word and unit left out); a caption of something else names none."""
    assert caption_quantity("附表  石岭县2026年度国有建设用地供应计划分季度安排表（单位：公顷）") == "国有建设用地供应计划"
    assert caption_quantity("2026年固定资产投资分月计划表") == "固定资产投资"
    assert caption_quantity("附表  石岭县重点项目名单") == ""


def _split_table(cells: list[list[str]], title: str) -> list:
    """A table split off after the signature as a document of its own, titled by its caption: the table is the
    document's first paragraph, no caption paragraph before it."""
    para = Paragraph(id="p1", text="\n".join(" | ".join(r) for r in cells), role="table", cells=cells)
    doc = Document(id="d-2", title=title, date=PLAN["date"], genre="plan", paragraphs=[para])
    meta = Metadata(date=PLAN["date"], region=PLAN["region"])
    doc.reporting_period = reporting_period(doc, meta)
    return extract_figures(doc, meta)


def test_a_split_off_tables_title_is_its_caption_and_gives_the_unit_and_quarters():
    """附表 石岭县2026年度…分季度安排表（单位：公顷） as the title of a split-off table: every cell in 公顷, each quarter's
    cell a target of that quarter of 2026, the row's use its metric."""
    found = _split_table(QUARTERS, "附表  石岭县2026年度国有建设用地供应计划分季度安排表（单位：公顷）")
    q3 = one(found, 11.5)
    assert (q3.unit, q3.period, q3.status, q3.subject) == ("公顷", "2026-07/2026-09", "target", "")
    assert "工业用地" in q3.metric
    assert one(found, 3).period == "2026-01/2026-03"


def test_a_totals_row_is_the_quantity_the_caption_breaks_down():
    """合计 | 60.00 | 11.00 | 18.00 | 18.50 | 12.50: the quarters of the whole plan (国有建设用地供应计划), not rows
    without a name."""
    found = _split_table(QUARTERS, "附表  石岭县2026年度国有建设用地供应计划分季度安排表（单位：公顷）")
    q2 = one(found, 18)
    assert (q2.unit, q2.period, q2.status) == ("公顷", "2026-04/2026-06", "target")
    assert "国有建设用地供应计划" in q2.metric
    assert one(found, 12.5).period == "2026-10/2026-12"


def test_the_capitals_title_is_no_part_of_its_name():
    """省会澄州市地区生产总值…: the subject is 澄州市, not 省会澄州市."""
    found = figs("前三季度，省会澄州市地区生产总值6120.4亿元，同比增长5.6%。", date="2025-10-22", region="岷江省",
                 genre="news", title="岷江省前三季度经济运行情况新闻发布会")
    assert one(found, 6120.4).subject == "澄州市"
    assert one(found, 5.6).subject == "澄州市"


PRESS = {"date": "2025-10-22", "region": "岷江省", "genre": "news", "title": "岷江省前三季度经济运行情况新闻发布会"}


def test_a_quarter_still_to_come_is_planned():
    """四季度举办…活动150场以上，发放…1.5亿元 said in October: targets of the fourth quarter; 预计四季度…增长5.6% an
    estimate; 9月份 (closed) stays an actual; a school year (2023/2024学年) in April 2024 is no month to come."""
    found = figs("四季度举办促消费活动150场以上，发放消费券1.5亿元。", **PRESS)
    assert (one(found, 150).status, one(found, 150).period) == ("target", "2025-10/2025-12")
    assert one(found, 1.5).status == "target"
    assert one(figs("预计四季度地区生产总值增长5.6%左右。", **PRESS), 5.6).status == "forecast"
    assert one(figs("9月份，全省规模以上工业增加值同比增长6.2%。", **PRESS), 6.2).status == "actual"
    school = figs("2023/2024学年，全县共有各级各类学校160所。", date="2024-04-10", region="石岭县", genre="statistics",
                  title="石岭县2023年教育事业发展统计公报")
    assert one(school, 160).status == "actual"


def test_a_periods_change_alone_is_of_the_indicator_named_before():
    """…地区生产总值增长5.4%左右。其中，四季度增长预计在5.6%左右: the fourth quarter's GDP growth, estimated, up."""
    found = figs("预计全年全省地区生产总值增长5.4%左右。其中，四季度增长预计在5.6%左右。", **PRESS)
    q4 = one(found, 5.6)
    assert "地区生产总值" in q4.metric
    assert (q4.period, q4.status, q4.kind, q4.direction) == ("2025-10/2025-12", "forecast", "growth", "up")


def test_a_reporters_question_restates_no_figure():
    """上半年全省经济增长5.2%，请问下半年走势如何？: the reporter repeats a figure and asks; the answer's figures stay."""
    found = figs("上半年全省经济增长5.2%，请问下半年走势如何？", **PRESS)
    assert not found
    answer = figs("上半年，全省地区生产总值同比增长5.2%。请问能否实现全年目标，我认为是有基础的。", **PRESS)
    assert one(answer, 5.2).status == "actual"

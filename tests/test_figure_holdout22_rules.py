"""Rules added after the twenty-second held-out measurement (issue 11: a city water resources bulletin in PDF, a
county department's budget statement in DOCX); sentences and tables invented for each rule, expectations read by
hand."""

from __future__ import annotations

from build_tools.model import Figure
from tests.test_figure_attributes import figs, one

BUDGET = {"date": "2025-03-05", "region": "栖川县", "genre": "report", "title": "栖川县教育局2025年部门预算情况说明"}
WATER = {"date": "2025-07-10", "region": "栖川市", "genre": "report", "title": "栖川市2024年水资源公报"}


def _table(caption: str, cells: list[list[str]], meta: dict[str, str]) -> list[Figure]:
    from build_tools.extract.figures import extract_figures
    from build_tools.extract.reporting import reporting_period
    from build_tools.model import Document, Metadata, Paragraph

    paras = [Paragraph(id="p0", text=caption, role="caption"),
             Paragraph(id="p1", text="\n".join(" | ".join(r) for r in cells), role="table", cells=cells)]
    doc = Document(id="d", title=meta["title"], date=meta["date"], genre=meta["genre"], paragraphs=paras)
    metadata = Metadata(date=meta["date"], region=meta["region"])
    doc.reporting_period = reporting_period(doc, metadata)
    return extract_figures(doc, metadata)


def test_a_budget_named_as_such_is_a_plan():
    """支出预算总计, 预算数为, 采购预算 name the year's budget: its amounts and their change over last year's budget
    are targets; the budget kinds (一般公共预算收入) and a budget executed or spent (实际支出) are results."""
    found = figs("2025年支出预算总计3125.40万元，比上年增加86.20万元，增长2.8%，主要原因是新增学生资助项目。", **BUDGET)
    assert [one(found, v).status for v in (3125.4, 86.2, 2.8)] == ["target"] * 3
    assert (one(found, 86.2).direction, one(found, 86.2).period) == ("up", "2025")
    found = figs("2025年本单位政府采购预算1120.00万元，其中服务采购预算215.30万元。", **BUDGET)
    assert [one(found, v).status for v in (1120, 215.3)] == ["target", "target"]
    found = figs("2024年“三公”经费实际支出21.36万元，比预算数少2.10万元。", **BUDGET)
    assert one(found, 21.36).status == "actual"
    found = figs("全年一般公共预算收入12.6亿元，增长4.1%。", date="2025-02-10", genre="statistics",
                 title="2024年栖川县国民经济和社会发展统计公报")
    assert [one(found, v).status for v in (12.6, 4.1)] == ["actual", "actual"]


def test_the_breakdown_of_a_budget_is_the_budget():
    """其中：… after a sentence giving a budget breaks that budget down: its parts are planned too, to the end of
    the sentence (past its ；), not beyond."""
    found = figs("2025年“三公”经费预算数为16.50万元。其中：公务用车购置及运行费11.20万元，与上年持平；"
                 "公务接待费5.30万元，比上年减少0.40万元。全年接待来访群众120人次。", **BUDGET)
    assert [one(found, v).status for v in (16.5, 11.2, 5.3, 0.4)] == ["target"] * 4
    assert one(found, 120).status == "actual"


def test_a_table_under_a_budget_caption_holds_the_budget():
    """表3 支出预算表 (no year in the table): its amounts are the budget year's plan, not last year's results; the
    table's number 3 is no figure (支 of 支出 is no unit after it)."""
    cells = [["科目", "合计", "基本支出", "项目支出"], ["教育支出", "2860.10", "2104.60", "755.50"]]
    found = _table("表3  支出预算表（单位：万元）", cells, BUDGET)
    assert [(one(found, v).status, one(found, v).period) for v in (2860.1, 2104.6, 755.5)] == [("target", "2025")] * 3
    assert not [f for f in found if f.value == 3]


def test_a_caption_unit_covers_the_columns_naming_none():
    """单位：亿立方米 in the caption, one column naming its own unit (降水量（毫米）): the other columns take the
    caption's unit."""
    cells = [["县（市、区）", "降水量（毫米）", "地表水资源量", "水资源总量"], ["青石县", "1105.2", "6.31", "6.88"]]
    found = _table("表1  2024年各县（市、区）水资源量单位：亿立方米", cells, WATER)
    assert (one(found, 1105.2).unit, one(found, 6.31).unit, one(found, 6.88).unit) == ("毫米", "亿立方米", "亿立方米")
    assert (one(found, 6.31).subject, one(found, 6.31).base_unit) == ("青石县", "m3")


def test_the_place_a_superlative_names_is_the_subject():
    """降雨量最大的是青石县 (the county with the most rain): the county is the subject, the measure the metric."""
    found = figs("各县（市、区）中，降雨量最大的是青石县1265.4毫米，最小的是柳北区903.6毫米。", **WATER)
    assert (one(found, 1265.4).subject, one(found, 1265.4).metric) == ("青石县", "降雨量")
    assert one(found, 903.6).subject == "柳北区"


def test_plains_and_hills_are_no_places():
    """平原区 (the plains), 山丘区 (hills and mountains) of a water bulletin are kinds of terrain, not districts."""
    found = figs("年末平原区浅层地下水平均埋深6.12米，比年初下降0.25米；山丘区地下水资源量3.4亿立方米。", **WATER)
    assert [one(found, v).subject for v in (6.12, 0.25, 3.4)] == ["", "", ""]

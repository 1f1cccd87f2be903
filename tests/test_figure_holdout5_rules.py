"""Figure rules added after the fifth held-out measurement (issue 11/12: a development and reform commission's plan
report in DOCX with a table of main indicators, a statistics bureau's quarterly release on a web page); sentences
invented for the rule, expectations read by hand."""

from __future__ import annotations

from build_tools.extract.figures import extract_figures
from build_tools.extract.figures.tables import table_sentences
from build_tools.extract.reporting import reporting_period
from build_tools.model import Document, Figure, Metadata, Paragraph
from tests.test_figure_attributes import figs, one

PLAN_REPORT = {"date": "2024-01-16", "region": "云岭市",
               "title": "关于云岭市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告",
               "genre": "report"}


def test_heading_of_a_plans_execution_is_a_review_not_a_plan():
    """一、2023年国民经济和社会发展计划执行情况: its 计划 names what is reviewed; the figures under it are 2023's
    results (and 1—10月 of 2023), while the next section's 主要预期目标 are 2024's targets."""
    found = figs("一、2023年国民经济和社会发展计划执行情况",
                 "全年新增市场主体2.6万户，引进亿元以上项目48个。1—10月，全市进出口总额增长9.2%。",
                 "二、2024年主要预期目标", "全市地区生产总值增长6%左右。", headings={0: 1, 2: 1}, **PLAN_REPORT)
    assert [(one(found, v).status, one(found, v).period) for v in (2.6, 48, 9.2, 6)] == [
        ("actual", "2023"), ("actual", "2023"), ("actual", "2023-01/2023-10"), ("target", "2024")]
    budget = figs("一、2023年预算执行情况", "全市一般公共预算收入完成86.4亿元。", headings={0: 1},
                  date="2024-01-18", region="云岭市", title="关于云岭市2023年预算执行情况和2024年预算草案的报告")
    assert (one(budget, 86.4).status, one(budget, 86.4).period) == ("actual", "2023")


def test_the_years_goal_as_the_base_of_a_gap_is_no_plan_cue():
    """预计…增长6.3%，高于年度预期目标0.3个百分点: the gap is an estimate like the growth; 低于年度目标 in a review of
    results is a result; a goal named after the figure (6%的预期目标) is still a goal."""
    found = figs("去年，全市经济运行稳中有进。预计全年全市规模以上工业增加值增长6.3%，高于年度预期目标0.3个百分点。",
                 "全年固定资产投资增长2.1%，低于年度目标2.9个百分点。", date="2024-01-16", region="云岭市",
                 title="在全市经济工作会议上的讲话", genre="speech")
    assert [(one(found, v).status, one(found, v).period, one(found, v).direction) for v in (0.3, 2.9)] == [
        ("forecast", "2023", "up"), ("actual", "2023", "down")]
    months = figs("1—11月，全市规模以上工业增加值增长6.6%；社会消费品零售总额增长4.9%，低于年度预期目标1.1个百分点。",
                  date="2023-12-20", region="云岭市", title="在全市经济工作会议上的讲话", genre="speech")
    assert one(months, 1.1).period == "2023-01/2023-11"  # (the year's goal is the base, not the gap's period)
    goal = figs("全年地区生产总值增长5.2%，低于6%的预期目标。", date="2024-01-16", region="云岭市",
                title="在全市经济工作会议上的讲话", genre="speech")
    assert one(goal, 6).status == "target"


def test_two_gaps_of_one_value_against_different_bases_are_two_rows():
    """增速比一季度加快0.4个百分点，高于全省0.4个百分点: the same value and metric, but two comparisons."""
    found = figs("上半年，全市地区生产总值同比增长6.1%，增速比一季度加快0.4个百分点，高于全省0.4个百分点。",
                 date="2024-07-22", region="云岭市", title="上半年全市经济运行情况", genre="statistics")
    gaps = sorted((f.comparison, f.direction) for f in found if f.value == 0.4)
    assert len(gaps) == 2 and gaps[1] == ("高于全省", "up")


def test_month_on_month_change_is_against_the_month_before():
    """5月份，…环比增长0.31%: against April; 1月份…环比 against December of the year before."""
    found = figs("5月份，全省规模以上工业增加值同比增长4.9%，环比增长0.31%。",
                 "1月份，全省居民消费价格环比上涨0.4%。", date="2024-06-18", region="岚山省",
                 title="5月份全省经济运行情况", genre="statistics")
    assert (one(found, 0.31).period, one(found, 0.31).base_period) == ("2024-05", "2024-04")
    assert one(found, 0.4).base_period == "2023-12"


def _table_figures(cells: list[list[str]], caption: str, text: str = "") -> list[Figure]:
    paras = [Paragraph(id="p0", text=text)] if text else []
    paras += [Paragraph(id="p1", text=caption, heading=1),
              Paragraph(id="p2", text="\n".join(" | ".join(r) for r in cells), role="table", cells=cells)]
    doc = Document(id="d", title=PLAN_REPORT["title"], date=PLAN_REPORT["date"], genre="report", paragraphs=paras)
    meta = Metadata(date=PLAN_REPORT["date"], region=PLAN_REPORT["region"])
    doc.reporting_period = reporting_period(doc, meta)
    return extract_figures(doc, meta)


def test_table_with_a_unit_column_and_a_column_per_status():
    """指标 | 单位 | 2023年目标 | 2023年预计 | 2024年目标: each number cell is its row's indicator in the row's unit, of
    its column's year and status (目标 a target, 预计 an estimate); text cells (与经济增长同步) give nothing; a cell the
    text gave before (the 2024 target of 6%) is no second row."""
    cells = [["指标名称", "计量单位", "2023年目标", "2023年预计", "2024年目标"],
             ["地区生产总值增速", "%", "6.5", "5.8", "6左右"],
             ["进出口总额", "亿元", "420", "436.5", "450以上"],
             ["城乡居民收入增速", "%", "6.5", "6.1", "与经济增长同步"]]
    found = _table_figures(cells, "附表：云岭市主要指标", text="2024年主要预期目标是：地区生产总值增长6%左右。")
    table = [(f.metric, f.value, f.unit, f.period, f.status, f.qualifier) for f in found if f.paragraph == "p2"]
    assert table == [("地区生产总值增速", 6.5, "%", "2023", "target", ""),
                     ("地区生产总值增速", 5.8, "%", "2023", "forecast", ""),
                     ("进出口总额", 420, "亿元", "2023", "target", ""),
                     ("进出口总额", 436.5, "亿元", "2023", "forecast", ""),
                     ("进出口总额", 450, "亿元", "2024", "target", "以上"),
                     ("城乡居民收入增速", 6.5, "%", "2023", "target", ""),
                     ("城乡居民收入增速", 6.1, "%", "2023", "forecast", "")]
    assert all(f.direction == "up" for f in found if f.paragraph == "p2" and "增速" in f.metric)


def test_unit_column_with_year_columns_reads_as_rows_naming_their_unit():
    """指标 | 单位 | 2020年 | 2025年 (a plan's indicator table with the unit in a column): 2020 a level, 2025 a goal."""
    rows = table_sentences(Paragraph(id="t", text="", role="table", cells=[
        ["指标", "单位", "2020年", "2025年"], ["森林覆盖率", "%", "43.2", "≥45"], ["合计", "", "", ""]]))
    assert rows == ["森林覆盖率2020年为43.2%，到2025年达到45%以上。"]


def test_a_narrowed_or_widened_decline_is_a_row_about_the_decline():
    """降幅比一季度收窄1.3个百分点 / 降幅较1—4月扩大0.7个百分点: the gap is of the decline (metric …降幅), down when it
    narrows, up when it widens; a growth rate's gap (增速比一季度回落) keeps its own name."""
    found = figs("上半年，全市工业用电量同比下降4.2%，降幅比一季度收窄1.3个百分点。",
                 "1—5月，全市商品房销售面积下降8.8%，降幅较1—4月扩大0.7个百分点。",
                 date="2024-07-20", region="云岭市", title="上半年全市经济运行情况", genre="statistics")
    assert [(one(found, v).metric, one(found, v).direction) for v in (1.3, 0.7)] == [
        ("工业用电量降幅", "down"), ("商品房销售面积降幅", "up")]
    assert one(found, 4.2).metric == "工业用电量"


def test_real_growth_and_a_comparable_basis_are_comparisons_not_metrics():
    """扣除价格因素实际增长4.6%: the income's growth in real terms; 同口径增长3.1%: the revenue's, on a comparable basis;
    高于年度预期目标0.2个百分点: the gap of the growth before it against the year's target."""
    found = figs("全年全体居民人均可支配收入31250元，增长5.9%，扣除价格因素实际增长4.6%。",
                 "全年一般公共预算收入完成42.7亿元，同口径增长3.1%。",
                 "全年规模以上工业增加值增长6.7%，高于年度预期目标0.2个百分点。",
                 date="2024-01-20", region="云岭市", title="云岭市2023年国民经济和社会发展统计公报", genre="statistics")
    assert (one(found, 4.6).metric, one(found, 4.6).comparison) == ("全体居民人均可支配收入", "扣除价格因素实际")
    assert (one(found, 3.1).metric, one(found, 3.1).comparison) == ("一般公共预算收入", "同口径")
    assert (one(found, 0.2).metric, one(found, 0.2).comparison, one(found, 0.2).direction) == (
        "规模以上工业增加值", "高于年度预期目标", "up")


def test_notes_on_method_after_a_release_give_no_figures():
    """附注：1.…按现价计算…2.规模以上工业统计起点为年主营业务收入2000万元 (or 注： on a line of its own, then the
    numbered notes): definitions and thresholds, no figures; the release before them keeps its figures."""
    release = {"date": "2024-07-19", "region": "岚山省", "title": "上半年全省经济运行情况", "genre": "statistics"}
    found = figs("上半年，全省规模以上工业增加值同比增长6.1%。",
                 "附注：1.本文中各项增长速度按不变价格计算。2.规模以上工业统计起点为年主营业务收入2000万元。", **release)
    assert [f.value for f in found] == [6.1]
    listed = figs("上半年，全省社会消费品零售总额增长4.4%。", "注：", "1.限额以上单位统计起点为年主营业务收入500万元。",
                  **release)
    assert [f.value for f in listed] == [4.4]


def test_a_release_dates_its_own_press_conference_as_an_event():
    """A quarter's release of 2024-10-18 is read against the quarter's end (2024-09-30); 10月18日，…举行新闻发布会 is
    before its publication: an event, not a goal; 确保10月底前… after it is still a target."""
    from build_tools.extract.events import extract_events

    doc = Document(id="d", title="前三季度全省经济运行情况", date="2024-10-18", genre="statistics", paragraphs=[
        Paragraph(id="p0", text="10月18日，岚山省人民政府新闻办公室举行新闻发布会，通报前三季度全省经济运行情况。"),
        Paragraph(id="p1", text="前三季度，全省地区生产总值同比增长5.1%。"),
        Paragraph(id="p2", text="下一步，确保10月底前全省重点项目全部开工。")])
    meta = Metadata(date="2024-10-18", region="岚山省", kind="statistics")
    doc.reporting_period = reporting_period(doc, meta)
    kinds = {e.paragraph: (e.date, e.kind) for e in extract_events(doc, meta)}
    assert kinds["p0"] == ("2024-10-18", "event")
    assert kinds["p2"] == ("2024-10", "target")


def test_a_tables_estimate_restating_what_the_text_states_as_done_is_no_second_row():
    """全年城镇新增就业4.8万人 in the text, 2023年预计 4.8 in the table: one fact (the text's); the table's 2023年目标 of
    the same value stays a row of its own (a goal is another fact)."""
    cells = [["指标", "单位", "2023年目标", "2023年预计"], ["城镇新增就业人数", "万人", "4.8", "4.8"]]
    found = _table_figures(cells, "附表：云岭市主要指标", text="全年城镇新增就业4.8万人。")
    assert sorted((f.paragraph, f.status) for f in found) == [("p0", "actual"), ("p2", "target")]


def test_a_seasonal_harvest_in_a_release_of_months_is_the_years():
    """上半年，…夏粮总产量…，比上年增加…: the summer harvest of 2024 (base 2023), not a flow of January-June; the
    release's other figures keep the half-year."""
    found = figs("上半年，全省农林牧渔业总产值2136.4亿元，同比增长3.5%。夏粮总产量742.8万吨，比上年增加6.1万吨。",
                 date="2024-07-18", region="岚山省", title="上半年全省经济运行情况", genre="statistics")
    assert (one(found, 742.8).period, one(found, 6.1).period, one(found, 6.1).base_period) == ("2024", "2024", "2023")
    assert one(found, 2136.4).period == "2024-01/2024-06"


def test_a_level_counted_from_last_years_end_is_a_year_end_stock():
    """全年…专精特新企业总数达到86家，比上年末净增14家 in a January review of 2023: the stock at the end of 2023; the
    net increase is over 2023; a flow of the year beside it stays 2023."""
    found = figs("一、2023年国民经济和社会发展计划执行情况",
                 "全年新增规模以上工业企业92家，专精特新企业总数达到86家，比上年末净增14家。", headings={0: 1},
                 **PLAN_REPORT)
    assert [one(found, v).period for v in (92, 86, 14)] == ["2023", "2023-12", "2023"]

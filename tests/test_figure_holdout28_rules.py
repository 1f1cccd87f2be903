"""Figure rules added after the twenty-eighth held-out measurement (issue 11: a city's report on the completion of
its yearly livelihood projects as an HTML page with a completion table, a county's report on the management of
state-owned assets in the past year as pasted text); sentences invented for each rule, expectations read by hand."""

from __future__ import annotations

from build_tools.extract.figures import extract_figures
from build_tools.extract.reporting import is_review, reporting_period
from build_tools.model import Document, Metadata, Paragraph
from tests.test_figure_attributes import figs, one
from tests.test_figure_attributes import table_figs as _table

DONE = {"date": "2025-01-20", "region": "栖川市", "genre": "report", "title": "栖川市2024年为民办实事项目完成情况"}
ASSETS = {"date": "2025-10-29", "region": "柏川县", "genre": "report",
          "title": "柏川县人民政府关于2024年度国有资产管理情况的综合报告"}


def test_a_completion_or_management_report_of_a_year_is_a_review_of_that_year():
    """…项目完成情况 and 关于2024年度国有资产管理情况的综合报告 report on the year the title names: their undated
    全年 and 年末 figures are of 2024, not of the year they are published in."""
    for meta in (DONE, ASSETS):
        doc = Document(id="d", title=meta["title"], date=meta["date"], genre="report")
        assert is_review(doc)
        assert reporting_period(doc, Metadata(date=meta["date"])) == "2024"
    found = figs("全年出让国有建设用地使用权38宗，成交价款12.4亿元，同比下降8.2%。", **ASSETS)
    assert {f.period for f in found} == {"2024"}
    assert {f.status for f in found} == {"actual"}


def test_the_plan_of_a_closed_year_is_that_years_target_and_the_outcome_is_actual():
    """计划新建口袋公园30个，实际建成34个，完成率113.3% in the completion report of 2024 published in January 2025:
    the plan is 2024's target (not 2025's), 实际建成 and the rate after it are 2024's outcome, not part of the plan."""
    found = figs("计划新建口袋公园30个，实际建成34个，完成率113.3%，完成投资1.2亿元。", **DONE)
    assert (one(found, 30).status, one(found, 30).period) == ("target", "2024")
    for v in (34, 113.3, 1.2):
        assert (one(found, v).status, one(found, v).period) == ("actual", "2024"), v


def test_a_quantity_with_its_outcome_later_in_the_sentence_is_the_plan():
    """为1200名困难残疾人实施家庭无障碍改造，实际完成1268名: 1200 is what was planned (the 实际 outcome in the same
    unit is measured against it); 实际投资额, 实际到位 name amounts, they report no outcome."""
    found = figs("为1200名困难残疾人实施家庭无障碍改造，实际完成1268名。", **DONE)
    assert (one(found, 1200).status, one(found, 1268).status) == ("target", "actual")
    found = figs("为60个村实施道路硬化，惠及群众3.2万人。", **DONE)
    assert one(found, 60).status == "actual"  # no outcome after it: what was done


def test_the_value_of_the_years_goal_is_a_target_and_the_gap_to_it_is_not():
    """完成年度目标1万人的120%: 1万人 is the goal (target), 120% how far it was reached (actual); 低于年度计划0.5个
    百分点 is a gap, no goal value."""
    found = figs("全年城镇新增就业1.2万人，完成年度目标1万人的120%。", **DONE)
    assert [one(found, v).status for v in (1.2, 1, 120)] == ["actual", "target", "actual"]
    found = figs("全年固定资产投资增长4.7%，低于年度计划0.5个百分点。", **DONE)
    assert one(found, 0.5).status != "target"


def test_a_date_qualifying_a_noun_does_not_frame_the_paragraph():
    """计划改造2005年底前建成的老旧小区40个，实际完成43个: the estates are those built before the end of 2005; the
    figures are 2024's plan and outcome, not of December 2005."""
    found = figs("计划改造2005年底前建成的老旧小区40个，实际完成43个，惠及居民6800户。", **DONE)
    assert {f.period for f in found} == {"2024"}
    assert (one(found, 40).status, one(found, 43).status) == ("target", "actual")
    assert one(found, 40).metric == "计划改造老旧小区"  # (the modifier 2005年底前建成的 leaves the name with its date)
    # a deadline of the document's own year or later still dates the goal it qualifies
    found = figs("力争2025年底前完成的项目18个。", **DONE)
    assert (one(found, 18).period, one(found, 18).status) == ("2025-12", "target")


def test_the_next_years_plan_in_a_review_keeps_its_year_across_a_semicolon():
    """2025年，力争营业收入增长6%以上；全年处置低效资产收入不低于2亿元 in the assets report on 2024: the 全年 after ；
    is 2025's, the year the plan part names."""
    found = figs("2025年，力争县属国有企业营业收入增长6%以上；全年处置低效资产收入不低于2亿元。", **ASSETS)
    assert [(one(found, v).period, one(found, v).status) for v in (6, 2)] == [("2025", "target"), ("2025", "target")]


def test_a_completion_report_published_after_its_year_keeps_the_next_plan_apart():
    """A plan-execution report that also sets the next year's plan (…执行情况与2025年计划草案的报告) is not a report on
    the past year alone: its undated plan figures stay the publication year's."""
    meta = {"date": "2025-01-15", "region": "栖川市", "genre": "report",
            "title": "关于栖川市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告"}
    paras = [Paragraph(id="p0", text="计划新开工重点项目120个。")]
    doc = Document(id="d", title=meta["title"], date=meta["date"], genre="report", paragraphs=paras)
    m = Metadata(date=meta["date"], region=meta["region"])
    doc.reporting_period = reporting_period(doc, m)
    (f,) = extract_figures(doc, m)
    assert (f.status, f.period) == ("target", "2025")


def test_a_completion_table_gives_the_plan_the_outcome_and_the_columns_with_their_own_unit():
    """序号 | 项目名称 | 单位 | 年度计划 | 实际完成 | 完成率（%） | 完成投资（亿元）: 年度计划 is the year's target, 实际完成
    the outcome, and the columns naming their own unit (完成率, 完成投资) are the row's item with that quantity; a
    dash is no figure."""
    cells = [["序号", "项目名称", "单位", "年度计划", "实际完成", "完成率（%）", "完成投资（亿元）"],
             ["1", "口袋公园建设", "个", "30", "34", "113.3", "1.2"],
             ["2", "城镇新增就业", "万人", "1", "1.2", "120.0", "—"]]
    found = _table(cells, "栖川市2024年为民办实事项目完成情况表", DONE)
    got = {(f.value, f.unit): (f.status, f.period) for f in found}
    assert got == {(30, "个"): ("target", "2024"), (34, "个"): ("actual", "2024"), (113.3, "%"): ("actual", "2024"),
                   (1.2, "亿元"): ("actual", "2024"), (1, "万人"): ("target", "2024"),
                   (1.2, "万人"): ("actual", "2024"), (120, "%"): ("actual", "2024")}
    assert "口袋公园建设" in one(found, 113.3).sentence


def test_a_change_over_the_year_of_a_year_end_ratio_or_count_is_against_the_previous_year_end():
    """2024年末，…平均资产负债率为61.2%，比上年上升0.8个百分点；公务用车356辆，比上年减少18辆: the year-end levels are
    of December 2024, their changes over 2024 against the end of 2023 (as 比上年末 says it)."""
    found = figs("2024年末，县属国有企业平均资产负债率为61.2%，比上年上升0.8个百分点。",
                 "2024年末，全县公务用车356辆，比上年减少18辆。", **ASSETS)
    assert (one(found, 61.2).period, one(found, 356).period) == ("2024-12", "2024-12")
    for v, way in ((0.8, "up"), (18, "down")):
        f = one(found, v)
        assert (f.period, f.direction, f.base_period) == ("2024", way, "2023-12"), v


def test_a_county_investment_group_is_the_subject_of_its_figures():
    """县城投集团 (the county's urban construction investment group) is a company, not 县城 (the county seat): its
    total assets and its share of the county enterprises' total are the group's."""
    found = figs("其中，县城投集团资产总额86.3亿元，占县属国有企业资产总额的47.5%。", **ASSETS)
    assert (one(found, 86.3).subject, one(found, 47.5).subject) == ("县城投集团", "县城投集团")
    found = figs("县城常住人口12.6万人。", **ASSETS)
    assert one(found, 12.6).subject == ""


def test_an_excess_over_the_plan_is_a_rise():
    """计划改造背街小巷80条，实际完成86条，超额完成6条: six more than planned, as 高于 (up), an outcome."""
    found = figs("计划改造背街小巷80条，实际完成86条，超额完成6条。", **DONE)
    assert (one(found, 6).direction, one(found, 6).status) == ("up", "actual")


def test_the_bound_a_counted_set_passes_is_no_figure():
    """其中3户企业资产负债率超过70%: 3户 is the count (a figure), 70% the bound that sorts them (none); a ratio
    stated for itself stays."""
    found = figs("部分企业债务负担较重，其中3户企业资产负债率超过70%。", **ASSETS)
    assert [f.value for f in found] == [3]
    assert found[0].metric == "资产负债率超过70%的企业"  # the enterprises counted, named by their bound
    found = figs("县属国有企业平均资产负债率超过60%。", **ASSETS)
    assert [f.value for f in found] == [60]


def test_a_count_closing_a_list_with_deng_is_a_figure():
    """…，改造农村供水管网380公里，新建社区食堂30个等。: 等 closes the list (and so on), the last count is a figure
    like the others."""
    found = figs("2025年将实施十件民生实事项目，主要包括：新增普惠托育托位1200个，新建社区食堂30个等。", **DONE)
    assert one(found, 30).metric == "新建社区食堂"
    assert (one(found, 30).status, one(found, 30).period) == ("target", "2025")


def test_a_table_row_restating_the_texts_plan_with_its_words_reordered_is_no_second_row():
    """计划改造背街小巷80条，实际完成86条 in the text, then the table's 背街小巷改造 | 条 | 80 | 86: the same figures
    (the name's characters in another order); only the table's own completion rate is a row of its own."""
    paras = [Paragraph(id="p0", text="计划改造背街小巷80条，实际完成86条。"),
             Paragraph(id="p1", text="完成情况表")]
    cells = [["序号", "项目名称", "单位", "年度计划", "实际完成", "完成率（%）"],
             ["1", "背街小巷改造", "条", "80", "86", "107.5"]]
    paras.append(Paragraph(id="p2", text="\n".join(" | ".join(r) for r in cells), role="table", cells=cells))
    doc = Document(id="d", title=DONE["title"], date=DONE["date"], genre="report", paragraphs=paras)
    m = Metadata(date=DONE["date"], region=DONE["region"])
    doc.reporting_period = reporting_period(doc, m)
    found = extract_figures(doc, m)
    assert sorted(f.value for f in found) == [80, 86, 107.5]
    assert one(found, 80).paragraph == "p0"


def test_a_count_of_the_names_listed_before_it_is_a_figure_of_no_one_of_them():
    """整合组建县城投集团、县交投集团、县文旅集团3家一级企业: 3 counts the groups listed (a figure of the county, not a
    number inside the last group's name, nor the groups' own figure); a number after a single name stays part of it."""
    found = figs("2024年6月，整合组建县城投集团、县交投集团、县文旅集团3家一级企业。", **ASSETS)
    f = one(found, 3)
    assert (f.subject, f.period) == ("", "2024-06")
    assert not figs("中电科53所投资建设新厂区。", **ASSETS)


def test_an_outcome_named_by_its_verb_alone_takes_the_plans_thing():
    """计划新增公共停车泊位4000个，实际新增4380个: the outcome is the parking spaces added (新增公共停车泊位), not a
    bare 实际新增; the plan keeps its name."""
    found = figs("计划新增公共停车泊位4000个，实际新增4380个，完成率109.5%。", **DONE)
    assert (one(found, 4380).metric, one(found, 4380).status) == ("新增公共停车泊位", "actual")
    assert one(found, 4000).metric == "计划新增公共停车泊位"


def test_a_goal_named_without_its_measure_takes_the_measure_before_it():
    """全年城镇新增就业1.2万人，完成年度目标1万人的120%: the goal is the new jobs' annual target, 120% the share of
    that target reached (not a goal named 年度目标 twice)."""
    found = figs("全年城镇新增就业1.2万人，完成年度目标1万人的120%。", **DONE)
    assert (one(found, 1).metric, one(found, 120).metric) == ("城镇新增就业年度目标", "城镇新增就业年度目标完成率")


def test_a_word_ending_in_ji_keeps_it():
    """开展国有资产专项审计12次: 审计 (audit) is the word, not 审 and the totalling 计 of 共计300人."""
    assert one(figs("全年开展国有资产专项审计9次。", **ASSETS), 9).metric == "开展国有资产专项审计"
    assert one(figs("全年培训人员计300人。", **ASSETS), 300).metric == "培训人员"

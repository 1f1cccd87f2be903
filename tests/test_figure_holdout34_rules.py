"""Figure rules added after the thirty-fourth held-out measurement (a city's release on industrial profits of
January-October as hard-wrapped TXT, a county bureau's employment summary and plan as a PDF with its table of the
year's indicators); sentences and tables invented for each rule, expectations read by hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one
from tests.test_figure_attributes import table_figs as _table

SUMMARY = {"date": "2026-01-12", "region": "岑河县", "genre": "report",
           "title": "岑河县人力资源和社会保障局2025年工作总结和2026年工作计划"}
RELEASE = {"date": "2025-12-20", "region": "栖川市", "genre": "statistics",
           "title": "2025年1—11月栖川市规模以上工业企业利润情况"}


def test_a_rate_column_whose_cells_carry_the_per_cent_sign():
    """指标 | 单位 | 目标 | 完成 | 完成率 with cells 112.5%: the rate of the row's item (城镇新增就业完成率112.5%), an
    actual of the table's year; a cell of — is none."""
    cells = [["序号", "指标", "单位", "目标", "完成", "完成率"],
             ["1", "城镇新增就业", "人", "4000", "4500", "112.5%"],
             ["2", "城镇调查失业率", "%", "≤5.5", "5.1", "—"]]
    caption = "附表：2025年岑河县就业主要指标完成情况"
    found = _table(cells, caption, {**SUMMARY, "title": caption})  # the table after the signature: a document of its own
    f = one(found, 112.5)
    assert (f.unit, f.status, f.period) == ("%", "actual", "2025")
    assert "完成率" in f.metric
    assert (one(found, 4000).status, one(found, 4500).status) == ("target", "actual")


def test_start_up_entities_counted_in_hu_are_businesses():
    """入驻创业实体65户: 户 counts the start-ups housed in an incubator (entity), not households; 零就业家庭30户 stays
    households."""
    found = figs("新认定创业孵化基地1个，入驻创业实体65户。全年共认定零就业家庭30户。", **SUMMARY)
    assert one(found, 65).base_unit == "entity"
    assert one(found, 30).base_unit == "household"


def test_a_heading_of_a_past_year_s_completion_is_a_review():
    """一、2025年就业工作完成情况 in a summary of January 2026: its bare months are of 2025 (5月，举办… is May 2025, an
    actual, not a month still to come)."""
    found = figs("一、2025年就业工作完成情况", "6月，成功举办岑河县第二届返乡创业大赛，评选出优秀项目15个。",
                 headings={0: 1}, **SUMMARY)
    f = one(found, 15)
    assert (f.period, f.status) == ("2025-06", "actual")


def test_a_verb_before_a_place_name_is_no_subject():
    """5月，成功举办岑河县第二届返乡创业大赛，评选出优秀项目15个: 成功举办 heads the clause (the county's own contest),
    no subject 成功举办岑河县."""
    found = figs("一、2025年就业工作完成情况", "6月，成功举办岑河县第二届返乡创业大赛，评选出优秀项目15个。",
                 headings={0: 1}, **SUMMARY)
    assert one(found, 15).subject == ""


def test_the_set_a_count_of_parts_is_taken_in_is_no_figure():
    """在全市31个工业行业大类中，有18个行业利润总额同比增长，13个行业下降: 31 frames the counts (no figure), 18 and 13
    are counts of industries (no direction: a count, not a change); 全市共有工业企业120个 stays."""
    found = figs("分行业看，在全市31个工业行业大类中，有18个行业利润总额同比增长，13个行业下降。", **RELEASE)
    assert sorted(f.value for f in found) == [13, 18]
    assert one(found, 18).direction == ""
    assert one(found, 18).metric == "利润总额同比增长的行业"  # the members of the set named that did it
    assert figs("全市共有规模以上工业企业120个。", **RELEASE)


def test_the_factor_of_a_formula_is_no_figure():
    """营业收入利润率：指利润总额除以营业收入再乘以100%: a definition's formula, no figure."""
    assert not figs("成本费用利润率：利润总额除以成本费用总额再乘以100%。", **RELEASE)


def test_at_least_one_person_of_each_household_is_a_rule():
    """全年共认定零就业家庭30户，均已实现每户至少1人就业: the 30 households are a figure, the one person per household
    is the rule they meet."""
    found = figs("全年共认定零就业家庭30户，均已实现每户至少1人就业。", **SUMMARY)
    assert [f.value for f in found] == [30]


def test_a_month_end_count_against_the_last_year_end_is_a_change_since_january():
    """截至11月末…企业1980家，比上年末增加85家: the count is of the end of November, its change since the end of last
    year is a change over January-November."""
    found = figs("截至11月末，全市纳入统计的规模以上工业企业1980家，比上年末增加85家。", **RELEASE)
    assert one(found, 1980).period == "2025-11"
    assert (one(found, 85).period, one(found, 85).direction) == ("2025-01/2025-11", "up")


def test_a_planned_facility_s_yearly_capacity_has_no_period():
    """三、2026年工作计划: 计划于2026年9月底前建成县技能实训中心，年培训能力达到1500人次: the capacity is the
    facility's size (target, no period); the year's goal in the same plan keeps its year."""
    found = figs("三、2026年工作计划", "计划于2026年9月底前建成县技能实训中心，年培训能力达到1500人次。",
                 "全年开展补贴性职业技能培训5000人次以上。", headings={0: 1}, **SUMMARY)
    assert (one(found, 1500).status, one(found, 1500).period) == ("target", "")
    assert (one(found, 5000).status, one(found, 5000).period) == ("target", "2026")

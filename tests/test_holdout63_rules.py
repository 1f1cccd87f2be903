"""Rules written after the sixty-third held-out set's first run (a county procuratorate's work report as a DOCX with
a merged-cell table of case counts, a city traffic police detachment's traffic control notice on a portal page), each
tested on sentences and tables written for it, not the set's own."""

from __future__ import annotations

from build_tools.extract.figures.header_rows import merge_header_rows, sign_changes
from build_tools.extract.figures.tables import table_sentences
from build_tools.model import Paragraph
from tests.test_figure_attributes import figs, one


def _table(*rows: tuple[str, ...]) -> list[str]:
    return table_sentences(Paragraph(id="p1", text="", role="table", cells=[list(r) for r in rows]))


def test_a_header_cell_spanning_middle_columns_names_the_years_under_it():
    """人数 spans the 2023年 and 2024年 columns between 类别/事项 and 增减（%）: the years are the columns' names."""
    rows = [["类别", "事项", "人数", "增减（%）"],
            ["类别", "事项", "2023年", "2024年", "增减（%）"],
            ["审判", "受理（人）", "120", "150", "25.0"]]
    assert merge_header_rows(rows) == [["类别", "事项", "2023年", "2024年", "增减（%）"],
                                       ["审判", "受理（人）", "120", "150", "25.0"]]


def test_a_middle_span_over_names_takes_its_name_and_unit():
    rows = [["片区", "面积（亩）", "补助（万元）", "备注"],
            ["片区", "面积（亩）", "省级", "县级", "备注"],
            ["东片", "300", "40", "12", "新建"]]
    assert merge_header_rows(rows)[0] == ["片区", "面积（亩）", "省级补助（万元）", "县级补助（万元）", "备注"]


def test_a_signed_change_column_marking_only_its_falls_reads_its_other_cells_as_rises():
    rows = [["项目", "2024年", "2025年", "同比变化（%）"],
            ["受理信访（件）", "210", "180", "-14.3"],
            ["办结信访（件）", "190", "205", "7.9"]]
    assert sign_changes(rows)[2][3] == "+7.9"
    assert sign_changes(rows)[1][3] == "-14.3"
    no_falls = [rows[0], rows[2], ["化解纠纷（件）", "40", "44", "10.0"]]
    assert sign_changes(no_falls) == no_falls  # (no minus sign in the column: the cells are left as they are)


def test_a_table_of_counts_grouped_by_category_with_a_spanning_year_header():
    sentences = _table(("业务类别", "项目", "办件数量", "同比变化（%）"),
                       ("业务类别", "项目", "2023年", "2024年", "同比变化（%）"),
                       ("审判执行", "受理案件（件）", "800", "760", "-5.0"),
                       ("审判执行", "结案（件）", "780", "790", "1.3"),
                       ("审判执行", "执行到位（件）", "300", "330", "10.0"),
                       ("诉讼服务", "网上立案（件）", "150", "210", "40.0"))
    assert "结案2023年为780件，到2024年达到790件，同比上升1.3%。" in sentences
    assert "受理案件2023年为800件，到2024年达到760件，同比下降5.0%。" in sentences


def test_a_year_estimate_under_the_plan_heading_of_the_reports_own_year_is_of_that_year():
    """A work report of January 2025 (reviewing 2024): under 三、2025年工作安排, 预计全年 is 2025's estimate."""
    found = figs("一、2024年工作回顾", "全年共办理案件1800件。", "二、2025年工作安排", "预计全年办理案件1950件左右。",
                 date="2025-01-10", title="栖川市中级人民法院工作报告", genre="work-report", headings={0: 1, 2: 1})
    assert one(found, 1950).period == "2025"
    assert one(found, 1950).status == "forecast"
    assert one(found, 1800).period == "2024"


NOTICE = "栖川市公安局交通警察支队关于S105省道大修工程施工期间实施交通管制的通告"


def test_a_notices_limits_obligations_and_triggers_are_requirements():
    found = figs("管制期间，施工路段通行车辆限速30公里/小时，禁止停车。",
                 "施工单位应当在作业区前方200米处设置减速标志。",
                 "车辆排队长度超过500米时，交警部门启动分流方案。",
                 "全长8.6公里的路段日均车流量1.2万辆次。",
                 date="2025-05-10", title=NOTICE, genre="notice")
    assert one(found, 30).status == "requirement"
    assert one(found, 30).period == ""
    assert one(found, 200).status == "requirement"
    assert one(found, 500).status == "requirement"
    assert one(found, 1.2).status == "actual"  # (a count of the road's traffic: no norm)


def test_a_fine_of_one_amount_a_notice_sets_for_a_case_is_a_requirement():
    found = figs("对驾驶货车违反禁行规定的，处100元罚款。", date="2025-05-10", title=NOTICE, genre="notice")
    assert one(found, 100).status == "requirement"


def test_a_class_of_vehicles_by_their_seats_is_no_count():
    found = figs("9座以下小型客车可正常通行，19座以上客车须绕行。", date="2025-05-10", title=NOTICE, genre="notice")
    assert not [f for f in found if f.value in (9, 19)]


def test_a_schedules_stages_and_named_spans_in_brackets_are_periods():
    from tests.event_docs import timeline
    events = timeline("第一阶段：2025年6月1日至2025年7月15日，实行半幅通行。",
                      "端午假期（5月31日至6月2日）期间暂停施工。",
                      date="2025-05-10", title=NOTICE, genre="notice")
    kinds = {e.date: e.kind for e in events}
    assert kinds.get("2025-06-01/2025-07-15") == "period"
    assert kinds.get("2025-05-31/2025-06-02") == "period"


def test_a_verb_of_serving_heads_no_subject_and_a_market_is_no_city():
    found = figs("主动对接栖川高新区建设，全年为园区企业提供法律咨询150次。",
                 "办理县人大代表建议12件。", "整治后夜市周边盗窃警情下降30%。",
                 date="2025-01-09", region="栖川县", title="栖川县人民检察院工作报告", genre="work-report")
    assert one(found, 150).subject == ""
    assert one(found, 12).subject == ""
    assert one(found, 30).subject == ""


def test_the_party_urged_to_act_is_the_subject_of_what_it_does():
    found = figs("针对非法倾倒问题，督促柳岸镇清理垃圾点5处。", date="2025-01-09", region="栖川县",
                 title="栖川县人民检察院工作报告", genre="work-report")
    assert one(found, 5).subject == "柳岸镇"


def test_a_headway_and_the_time_a_detour_adds_are_figures():
    found = figs("实行单向交替放行，每次放行时间不超过10分钟，放行间隔不少于3分钟。",
                 "绕行距离约12公里，较原线路增加行程约9分钟。",
                 date="2025-05-10", title=NOTICE, genre="notice")
    assert one(found, 3, "分钟").status == "requirement"
    assert one(found, 9, "分钟").metric


def test_an_average_said_once_before_the_base_of_a_change():
    found = figs("改造后，通行时间由原来的平均40分钟缩短至25分钟。", date="2025-05-10", region="栖川市")
    assert (one(found, 25).base_value, one(found, 25).direction) == (40, "down")
    assert not [f for f in found if f.value == 40]


def test_the_level_a_headway_is_set_to_is_a_figure_with_its_base():
    found = figs("管制期间，公交车发车间隔由10分钟缩短为8分钟。", date="2025-05-10", region="栖川市")
    assert (one(found, 8).base_value, one(found, 8).direction) == (10, "down")

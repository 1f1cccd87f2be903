"""Figure rules added after the fifty-fifth held-out measurement (a city's plan-execution and draft-plan report as a
DOCX with its table of main indicators, a city's list of its ten livelihood projects for 2026 as a PDF); sentences
and tables invented for each rule, expectations read by hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one
from tests.test_figure_attributes import table_figs as _table

REPORT = {"date": "2026-01-10", "region": "岚川市", "genre": "report",
          "title": "关于岚川市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告"}
LIST = {"date": "2026-02-10", "region": "栖川市", "genre": "plan", "title": "栖川市2026年十件民生实事项目清单"}


def _report(*texts: str):
    return figs(*texts, date=REPORT["date"], region=REPORT["region"], title=REPORT["title"], genre=REPORT["genre"])


def _list(*texts: str):
    return figs(*texts, date=LIST["date"], region=LIST["region"], title=LIST["title"], genre=LIST["genre"])


def test_status_columns_when_the_unit_is_inside_the_indicator():
    """指标（单位） | 2025年计划 | 2025年预计 | 2026年预期目标 without a 单位 column: each cell is its column's plan,
    estimate or target (not three bare values of one year); a name with a bracket of its own (（PM2.5）) keeps it."""
    found = _table([["指标", "2025年计划", "2025年预计", "2026年预期目标"],
                    ["规模以上工业增加值增速（%）", "7", "6.4", "6"],
                    ["城镇新增就业（万人）", "4", "4.35", "4.2"],
                    ["细颗粒物（PM2.5）平均浓度（微克/立方米）", "32", "31", "30"],
                    ["居民人均可支配收入增速（%）", "5.8", "5.1", "与经济增长同步"]],
                   "附表　岚川市国民经济和社会发展主要指标", REPORT)
    plan, estimate, goal = one(found, 7), one(found, 6.4), one(found, 6)
    assert (plan.status, plan.period, plan.direction) == ("target", "2025", "up")
    assert (estimate.status, estimate.period) == ("forecast", "2025")
    assert (goal.status, goal.period, goal.direction) == ("target", "2026", "up")
    assert (one(found, 4.35).status, one(found, 4.35).unit) == ("forecast", "万人")
    pm = one(found, 31)
    assert (pm.unit, pm.status, pm.metric) == ("微克/立方米", "forecast", "细颗粒物（PM2.5）平均浓度")
    assert one(found, 30).period == "2026"


def test_a_table_of_years_keeps_its_reading():
    """A table of year columns (2020年 | 2025年) is no table of status columns: read as before."""
    found = _table([["指标", "2020年", "2025年"], ["森林覆盖率（%）", "40.1", "42"]], "主要指标", REPORT)
    assert one(found, 42).metric == "森林覆盖率"


def test_parallel_items_each_opened_by_its_place():
    """甲县新建…220公里、乙县新建…160公里: each item is its own place's; the clause after them (受益人口) is theirs
    together, no one place's."""
    found = _list("临河县新建改造供水管网220公里、石渡县新建改造供水管网160公里，受益人口12.6万人。")
    assert one(found, 220).subject == "临河县"
    assert one(found, 160).subject == "石渡县"
    assert one(found, 12.6).subject == ""


def test_a_breakdown_by_place_still_reads_each_place():
    found = _list("新建公共停车泊位5000个，其中新河区1800个、高塘县1200个。")
    assert (one(found, 1800).subject, one(found, 1200).subject) == ("新河区", "高塘县")


def test_towns_as_a_kind_after_a_county_name_no_town():
    """其中临河县改造乡镇卫生院6家: 乡镇卫生院 are township health centres; the figure is the county's (no town 改造乡)."""
    (f,) = _list("其中临河县改造乡镇卫生院6家。")
    assert f.subject == "临河县"


def test_a_grant_at_a_rate_per_unit_is_a_standard():
    """对新增普惠性托位按每个1万元给予一次性建设补助: the rate a grant is paid at, a requirement named by the grant."""
    found = _list("新增普惠性托位1200个，对新增普惠性托位按每个1万元给予一次性建设补助。")
    f = one(found, 1)
    assert (f.status, f.metric) == ("requirement", "新增普惠性托位一次性建设补助标准")
    assert one(found, 1200).status == "target"


def test_the_years_output_after_an_estimate_is_the_year():
    """宁川电池公司预计全年产值突破200亿元，比上年增长26%: the year's output (全年 is no yearly effect of a project),
    its change against the year before."""
    found = _report("宁川电池公司预计全年产值突破200亿元，比上年增长26%。")
    assert (one(found, 200).period, one(found, 200).status) == ("2025", "forecast")
    assert (one(found, 26).period, one(found, 26).base_period) == ("2025", "2024")
    (f,) = _report("项目建成后预计年产值5亿元。")
    assert f.period == ""


def test_an_estimate_of_the_year_ends_the_months_frame():
    """1—10月，…。预计全年…。改造城镇老旧小区118个: the sentences after the year's estimate are the year's, not the
    months' of the paragraph's first clause."""
    found = figs("一、2025年国民经济和社会发展计划执行情况",
                 "１—１０月，城镇新增就业５.１２万人；居民消费价格上涨０.３%。预计全年居民人均可支配收入增长5.3%。"
                 "改造城镇老旧小区118个，新增普惠性托位960个。", headings={0: 1}, **REPORT)
    assert one(found, 5.12).period == "2025-01/2025-10"
    assert one(found, 118).period == "2025"
    assert one(found, 960).period == "2025"


def test_the_provinces_goal_a_citys_goal_is_matched_with():
    """…增长5.5%左右的目标，与全省5%左右的目标相衔接: the province's goal of the same indicator."""
    found = _report("2026年地区生产总值增长5.5%左右的目标，与全省5%左右的目标相衔接，并留有余地。")
    f = one(found, 5)
    assert (f.subject, f.direction, f.status) == ("全省", "up", "target")
    assert one(found, 5.5).subject == ""


def test_a_table_of_projects_keeps_a_metric_sharing_one_character_with_the_name():
    """市民交通出行 | 5.3 | 1.3 under 总投资（亿元） | 市级财政（亿元）: 市级财政 keeps its 市 (one character is no part of
    the project's name left at the metric's head)."""
    found = _table([["序号", "项目名称", "总投资（亿元）", "市级财政（亿元）", "牵头单位"],
                    ["7", "市民出行服务", "4.3", "1.1", "市交通运输局"]], "附表　2026年民生实事项目投资计划表", LIST)
    f = one(found, 1.1)
    assert (f.metric, f.subject) == ("市级财政", "市民出行服务")


def test_the_standards_of_a_years_list_of_projects_hold_for_that_year():
    """每户补助不超过5000元 in 2026年十件民生实事项目清单: the standard of the year's project, a requirement of 2026;
    in a notice of rules without a year it stays without one."""
    (f,) = _list("为2000户特殊困难老年人家庭实施适老化改造，每户补助不超过5000元。")[1:]
    assert (f.status, f.period) == ("requirement", "2026")
    found = figs("每户补助不超过5000元。", date="2026-02-10", region="栖川市", genre="notice",
                 title="栖川市居家适老化改造补助办法")
    assert (found[0].status, found[0].period) == ("requirement", "")


def test_the_goals_met_among_those_a_plan_set_are_counted():
    """规划确定的主要指标中，预计25项完成或超额完成: the count of the indicators met (not the parts of the text); a count
    of the text's own items stays out."""
    (f,) = _report("规划确定的主要指标中，预计23项完成或超额完成。")
    assert (f.value, f.metric, f.status) == (23, "完成或超额完成的主要指标", "forecast")
    found = _report("“十四五”规划确定的26项主要指标中，预计24项完成或超额完成。")
    assert (one(found, 24).metric, one(found, 24).period) == ("完成或超额完成的主要指标", "2021/2025")
    assert _report("报告提出了4项主要指标。") == []


def test_the_projects_whole_cost_beside_the_years_share_has_no_year():
    """安排市级重点项目150个，总投资1860亿元，年度计划投资520亿元: the year's share is 2026's, the projects' whole
    cost spans their construction (set 24); 全年实施重点项目16个，总投资12.8亿元 says the projects are the year's work
    and keeps the year (set 12)."""
    found = figs("三、2026年主要任务", "安排市级重点项目150个，总投资1860亿元，年度计划投资520亿元。",
                 headings={0: 1}, **REPORT)
    assert one(found, 1860).period == ""
    assert (one(found, 520).period, one(found, 150).period) == ("2026", "2026")
    found = figs("三、2026年主要任务", "全年实施重点项目16个，总投资12.8亿元，年度计划投资4.5亿元。",
                 headings={0: 1}, **REPORT)
    assert one(found, 12.8).period == "2026"


def test_a_change_without_years_after_a_dated_one_starts_from_the_same_year():
    """由2020年的2210亿元增加到2025年的2980亿元…；常住人口城镇化率由58.4%提高到63.8%左右: the rate's base is 2020 too;
    a 由A到B in a sentence of its own (after 。) gets no year from it."""
    found = figs("“十四五”时期，全市地区生产总值由2020年的2210亿元增加到2025年的2980亿元左右，年均增长6.1%；"
                 "五年累计完成固定资产投资0.98万亿元；常住人口城镇化率由58.4%提高到63.8%左右。"
                 "全市森林覆盖率由40.1%提高到42.3%。", **REPORT)
    assert (one(found, 2980).base_period, one(found, 63.8).base_period) == ("2020", "2020")
    assert one(found, 63.8).base_value == 58.4
    assert one(found, 42.3).base_period == ""


def test_the_weight_of_an_item_in_an_assessment_is_a_rule():
    """纳入年度绩效考核，考核权重不低于5%: how the assessment counts the projects, a requirement (not a goal of the
    year's list); a growth bounded by 不低于 in the list stays its target."""
    found = _list("将完成情况纳入年度绩效考核，考核权重不低于5%。", "全年完成投资增长不低于8%。")
    assert one(found, 5).status == "requirement"
    assert one(found, 8).status == "target"


def test_the_works_on_a_plant_are_the_subject():
    """县第一水厂扩建工程…，新增日供水能力8万吨: the capacity is the works' (the project named), not the plant's."""
    (f,) = _report("县第一水厂扩建工程2026年9月底前建成投用，新增日供水能力8万吨。")
    assert f.subject == "县第一水厂扩建工程"
    (g,) = _report("岚光电子厂新增产值2亿元。")
    assert g.subject == "岚光电子厂"

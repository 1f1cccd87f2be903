"""Figure rules added after the fifty-seventh held-out measurement (a county inspection office's report on the
rectification after a round of inspection tours as an HTML page, a city's urban health check report with its
indicator table as a PDF); sentences and tables invented for each rule, expectations read by hand."""

from __future__ import annotations

from build_tools.extract.events import extract_events
from build_tools.model import Document, Metadata, Paragraph
from tests.test_figure_attributes import figs, one
from tests.test_figure_attributes import table_figs as _table

CHECK = {"date": "2024-12-20", "region": "禾川市", "genre": "report", "title": "禾川市2024年城市体检报告"}
PROGRESS = {"date": "2025-01-22", "region": "梧源县", "genre": "bulletin",
            "title": "关于县委第三轮巡察集中整改情况的通报"}


def _check(*texts: str):
    return figs(*texts, date=CHECK["date"], region=CHECK["region"], title=CHECK["title"], genre=CHECK["genre"])


def _progress(*texts: str):
    return figs(*texts, date=PROGRESS["date"], region=PROGRESS["region"], title=PROGRESS["title"],
                genre=PROGRESS["genre"])


def test_units_of_a_rate_keep_what_they_are_per():
    """A road network's density, a speed and an area per person are written with a slash: the whole unit, its base
    the measure (km/km2, km/h, m2), not the kilometres or square metres alone."""
    found = _check("城市道路网密度为7.2公里/平方公里，主干路高峰时段平均车速为31.5公里/小时，人均绿道长度0.4米，"
                   "人均广场面积0.35平方米/人。")
    assert (one(found, 7.2).unit, one(found, 7.2).base_unit) == ("公里/平方公里", "km/km2")
    assert (one(found, 31.5).unit, one(found, 31.5).base_unit) == ("公里/小时", "km/h")
    assert (one(found, 0.35).unit, one(found, 0.35).base_unit) == ("平方米/人", "m2")


def test_visits_counted_in_jianci_are_items():
    found = _progress("专项检查期间共接待群众来访156件次。")
    assert (one(found, 156).unit, one(found, 156).base_unit) == ("件次", "item")


def test_an_indicator_table_with_a_standard_column_observes_both_years():
    """指标 | 单位 | 2023年 | 2024年 | 标准值 | 评价: the goal stands in a column of its own, so the later year is observed
    (not a goal "to 2024"); a standard's bound (≥, ≤) is a standing norm without a period; a unit with a slash is
    read whole from the unit column."""
    found = _table([["指标", "单位", "2023年", "2024年", "标准/目标值", "评价"],
                    ["人均体育场地面积", "平方米/人", "2.1", "2.3", "≥2.6", "待提升"],
                    ["城市道路网密度", "公里/平方公里", "5.9", "6.2", "≥8", "待提升"],
                    ["建成区绿地率", "%", "36.2", "36.8", "≥35", "达标"],
                    ["积水内涝点数量", "个", "9", "6", "0", "待提升"]], "表2  禾川市城市体检主要指标", CHECK)
    for value, period in ((2.1, "2023"), (2.3, "2024"), (6.2, "2024"), (36.8, "2024"), (6, "2024")):
        assert (one(found, value).period, one(found, value).status) == (period, "actual"), value
    assert one(found, 6.2).unit == "公里/平方公里"
    for value in (2.6, 8, 35):
        assert (one(found, value).status, one(found, value).period) == ("requirement", ""), value
    assert not [f for f in found if f.value == 0]  # (0 sets no bound: no figure)


def test_a_plan_table_of_two_years_still_reaches_its_goal_year():
    """Without a column of goals, the later of two year columns is still the goal reached (到2027年达到)."""
    found = _table([["指标", "单位", "2024年", "2027年"], ["完整社区覆盖率", "%", "35", "60"]], "表1  主要指标",
                   {**CHECK, "title": "禾川市城市更新行动方案（2025—2027年）", "genre": "plan"})
    assert (one(found, 60).period, one(found, 60).status) == ("2027", "target")


def test_a_progress_report_closing_its_count_at_the_last_year_end_reports_that_year():
    """A progress report of January whose opening closes its count at the end of the year before (截至2024年12月31日):
    its undated results are that year's, not January's; the cut-off day dates its own sentence."""
    found = _progress("截至2024年12月31日，已完成整改问题312个，整改完成率91.5%。",
                      "各被巡察单位共追缴资金428.6万元，给予党纪政务处分15人。")
    assert one(found, 312).period == "2024-12-31"
    assert one(found, 428.6).period == "2024"
    assert one(found, 15).period == "2024"


def test_a_date_inside_a_modifier_lends_no_period_to_the_next_clause():
    """2000年底前建成的 says which estates; the clause after ； is the plan year's, not the year 2000; a span since a
    year inside the object of 对 (对2020年以来建设的…) is what is checked, not the figures' period, nor an event."""
    found = _check("2025年，计划改造老旧小区45个，全面完成2000年底前建成的老旧小区改造；新建雨水管网25公里。")
    assert one(found, 25).period == "2025"
    found = _progress("截至2024年12月31日，已完成整改问题312个。",
                      "对2019年以来建设的农村供水工程开展排查，整改问题工程28处，追回资金36.5万元。")
    assert one(found, 28).period == "2024"
    doc = Document(id="d", title=PROGRESS["title"], date=PROGRESS["date"], genre="bulletin",
                   paragraphs=[Paragraph(id="p1", text="对2019年以来建设的农村供水工程开展排查，整改问题工程28处。")])
    events = extract_events(doc, Metadata(date=PROGRESS["date"], region=PROGRESS["region"]))
    assert not [e for e in events if e.date.startswith("2019")], events


def test_a_department_named_by_its_party_group_is_the_subject_of_its_paragraph():
    """县市场监管局党组整改问题28个…；…追回资金…: the department inspected, for the sentence and the clauses after it;
    a built-up area (建成区) and streets (街区) are parts of the city, no place's name."""
    found = _progress("县市场监督管理局党组整改问题28个，已完成26个；针对食品安全抽检不到位问题，追回资金15.2万元。")
    assert {one(found, v).subject for v in (28, 26, 15.2)} == {"县市场监督管理局"}
    found = _check("建成区绿地率36.8%，改造提升街区12个。")
    assert one(found, 36.8).subject == ""
    assert one(found, 12).subject == ""


def test_places_before_fenbie_after_qizhong_are_each_ones():
    found = _check("公共充电桩覆盖率达到72.5%，其中东湖区、西岭区分别达到86.1%和80.4%。")
    assert (one(found, 86.1).subject, one(found, 80.4).subject, one(found, 72.5).subject) == ("东湖区", "西岭区", "")


def test_problems_a_finding_counts_are_figures():
    """针对审计指出的12个问题, 其余3个问题: the problems of a finding and those still open are counted (问题 alone is no
    metric); rectification measures drawn up are work done, not the text's own list of measures."""
    found = _progress("县医保局党组针对审计指出的12个问题，已整改10个，其余2个问题正在推进。共制定整改措施86条。")
    assert one(found, 12).metric.endswith("指出的问题")
    assert one(found, 2).metric == "其余问题"
    assert one(found, 86).unit == "条"
    assert not [f for f in _check("报告提出了3个问题和5条措施。") if f.value in (3, 5)]


def test_satisfaction_scores_and_their_changes_are_points():
    found = _check("群众满意度为86.2分，比上年提高2.4分；交通出行维度满意度最低，仅为72.8分。")
    assert (one(found, 86.2).unit, one(found, 2.4).unit, one(found, 72.8).unit) == ("分", "分", "分")
    assert (one(found, 2.4).direction, one(found, 2.4).base_period) == ("up", "2023")
    assert not [f for f in _check("步行5分钟可达。") if f.unit == "分"]


def test_a_time_shortened_is_a_change_of_that_time():
    found = _check("企业开办平均用时1.5天；市民平均通勤时间42.3分钟，比上年缩短2.1分钟。")
    assert (one(found, 2.1).direction, one(found, 2.1).metric) == ("down", one(found, 42.3).metric)


def test_a_count_before_a_dated_modifier_counts_the_noun():
    found = _check("全市尚有45个2000年以前建成的老旧小区未改造。")
    assert one(found, 45).metric.startswith("老旧小区")


def test_a_bound_defining_the_group_of_a_share_is_no_figure():
    found = _check("单程通勤时间超过60分钟的人口比重为8.6%。")
    assert [f.value for f in found] == [8.6]


def test_the_dimensions_and_indicators_a_check_sets_are_its_design():
    found = _check("本次体检从住房、社区、城市3个维度设置指标58项，采集数据8600条。")
    assert [f.value for f in found] == [8600]


def test_units_where_a_stated_problem_is_found_are_counted_now():
    """Under the next steps, 仍存在…等问题，有2个单位…低于85%: the units the problem is found in, an actual of the report's
    period (not a task); the weight of an item in a named year's assessment is that year's norm."""
    found = figs("截至2024年12月31日，已整改问题120个。", "下一步工作",
                 "从整改进展看，个别单位仍存在整改不彻底等问题，有2个单位整改完成率低于85%。",
                 "三是将整改情况纳入2025年度考核，权重不低于8%。", date="2025-01-20", region="梧源县",
                 title=PROGRESS["title"], genre="bulletin", headings={1: 1})
    assert (one(found, 2).status, one(found, 2).period) == ("actual", "2024")
    assert (one(found, 8).status, one(found, 8).period) == ("requirement", "2025")


def test_an_action_done_over_days_heading_the_sentence_is_an_event():
    doc = Document(id="d", title=PROGRESS["title"], date=PROGRESS["date"], genre="bulletin",
                   paragraphs=[Paragraph(id="p1", text="2024年9月2日至10月25日，县委第三轮巡察组对8个单位党组织开展了"
                                                       "常规巡察。")])
    events = extract_events(doc, Metadata(date=PROGRESS["date"], region=PROGRESS["region"]))
    assert [(e.date, e.kind) for e in events] == [("2024-09-02/2024-10-25", "event")]


def test_a_gap_in_percentage_points_to_an_average_has_a_direction():
    found = _check("西岭区公共充电桩覆盖率比全市平均水平低6.4个百分点，东湖区高于全市平均2.1个百分点。")
    assert (one(found, 6.4).direction, one(found, 2.1).direction) == ("down", "up")


def test_a_places_part_of_what_was_counted_before_is_of_the_same_thing():
    found = _check("全年新开工改造城镇老旧小区88个，惠及居民1.2万户，其中南湖区改造31个，占全市的35.2%。",
                   "现存9个易涝点中，北岭区有5个，占全市的55.6%。")
    assert (one(found, 31).metric, one(found, 35.2).metric) == ("新开工改造城镇老旧小区",) * 2
    assert (one(found, 5).metric, one(found, 5).subject) == ("易涝点", "北岭区")


def test_a_towns_party_committee_acts_for_the_town_and_a_village_level_is_no_village():
    found = _progress("石门乡党委规范清理村级合同156份，对2名村干部进行了诫勉谈话。")
    assert (one(found, 156).metric, one(found, 156).subject) == ("规范清理村级合同", "石门乡")
    assert one(found, 2).metric == "诫勉谈话村干部"


def test_the_days_an_inspection_was_done_over_date_its_later_qijian():
    """2024年9月2日至10月25日，…开展了常规巡察 … 巡察期间共受理…: the inspection's days."""
    found = _progress("2024年9月2日至10月25日，县委第三轮巡察组对8个单位党组织开展了常规巡察。",
                      "截至2024年12月31日，已完成整改问题312个。巡察期间共受理群众来信来访96件次，移交问题线索21件。")
    assert one(found, 96).period == "2024-09-02/2024-10-25"
    assert one(found, 21).period == "2024-09-02/2024-10-25"

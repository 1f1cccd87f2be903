"""Figure rules added after the thirty-first held-out measurement (a county's territorial spatial master plan
publicity as an HTML page with its indicator table, a city's monitoring report on its women's development programme
as a DOCX); sentences and tables invented for each rule, expectations read by hand."""

from __future__ import annotations

from build_tools.extract.dates import Anchor
from build_tools.extract.figures.context import programme_span
from build_tools.extract.reporting import _title_period
from tests.test_figure_attributes import figs, one

MONITOR = {"date": "2025-09-30", "region": "岚川市", "genre": "report",
           "title": "岚川市儿童发展规划（2021—2030年）2024年实施情况统计监测报告"}
PLAN_NOTICE = {"date": "2024-11-05", "region": "青禾县", "genre": "notice",
               "title": "《青禾县国土空间总体规划（2021—2035年）》批前公示"}


def test_a_programme_span_in_brackets_is_no_reported_period_when_a_year_follows():
    """The programme's span names what is monitored; the year after it is the year the report covers."""
    anchor = Anchor.from_iso("2025-09-30")
    assert _title_period(MONITOR["title"], anchor) == "2024"
    assert _title_period("某市妇女发展纲要（2021—2030年）实施情况中期评估报告", anchor) == "2021/2030"
    assert programme_span(MONITOR["title"]) == "2021/2030"
    assert programme_span("关于印发某县乡村振兴行动方案（2024—2026年）的通知") == ""


def test_monitoring_report_figures_are_of_the_year_monitored():
    found = figs("2024年是《岚川市儿童发展规划（2021—2030年）》实施的第四年。全市婴儿死亡率为3.1‰，比上年下降0.2个千分点。",
                 "全市中小学生体质健康达标率为92.4%。", **MONITOR)
    assert (one(found, 3.1).period, one(found, 3.1).status) == ("2024", "actual")
    assert one(found, 0.2).base_period == "2023"
    assert one(found, 92.4).period == "2024"


def test_the_value_a_programme_set_is_its_goal_for_its_last_year():
    """保持在《规划》要求的…, 低于《规划》提出的控制在…以下的目标值, 距《规划》提出的…以上的目标: goals of 2030, named
    by the indicator of the sentence; the clause after ； is an outcome again."""
    found = figs("女性从业人员占比为44.8%，保持在《规划》要求的45%左右；城镇单位女性从业人员21.3万人，比上年增加0.8万人。",
                 "婴儿死亡率为十万分之5.3，持续低于《规划》提出的控制在8/10万以下的目标值。",
                 "社区居委会成员中女性比例为48.5%，距《规划》提出的50%以上的目标仍有差距。", **MONITOR)
    goal = one(found, 45)
    assert (goal.status, goal.period, goal.metric) == ("target", "2030", "女性从业人员占比")
    assert (one(found, 21.3).status, one(found, 21.3).period) == ("actual", "2024")
    assert one(found, 0.8).status == "actual"
    assert (one(found, 8).status, one(found, 8).period, one(found, 8).unit) == ("target", "2030", "/10万")
    assert (one(found, 50).status, one(found, 50).period) == ("target", "2030")
    assert one(found, 50).metric == "社区居委会成员中女性比例"


def test_a_rate_per_100000_written_as_a_fraction():
    """10万分之6.2 and 十万分之6.2 are 6.2 per 100,000; the 10 of the denominator is no figure; a change in 十万分点
    keeps the rate's base."""
    found = figs("全市孕产妇死亡率为10万分之6.2，比上年下降0.9个十万分点。", "结核病发病率为十万分之31.5。", **MONITOR)
    assert (one(found, 6.2).unit, one(found, 6.2).base_unit) == ("/10万", "per 100000")
    assert not [f for f in found if f.value == 10]
    fall = one(found, 0.9)
    assert (fall.unit, fall.base_unit, fall.direction) == ("个十万分点", "per 100000", "down")
    assert one(found, 31.5).unit == "/10万"


def test_a_count_of_the_set_just_named():
    """纳入监测的58项指标中，已有41项…: the 41 are indicators (the 58 is the set monitored, its share the 41's)."""
    found = figs("纳入监测的58项指标中，已有41项达到或提前实现目标值，占70.7%。", **MONITOR)
    part = one(found, 41)
    assert (part.metric, part.status) == ("达到或提前实现目标值的指标", "actual")
    assert one(found, 70.7).period == "2024"


def test_an_administrative_unit_with_its_alternatives_is_one_noun():
    found = figs("全市仍有3个县（区）婴儿死亡率高于全市平均水平。", **MONITOR)
    assert one(found, 3).metric.endswith("县（区）")


def test_short_of_a_goal_is_below_it():
    found = figs("儿童血铅筛查率为81.5%，距目标值尚差3.5个百分点。", **MONITOR)
    assert one(found, 3.5).direction == "down"


def test_a_plan_named_with_its_span_holds_its_bounds_over_the_span():
    """A notice publishing a 规划（2021—2035年）: 不低于/控制在 without a year are the plan's standing bounds over its
    span; 到2035年 goals are the target year's."""
    found = figs("全县耕地保有量不低于45.2万亩，城镇开发边界面积控制在21.6平方公里以内。",
                 "到2035年，全县常住人口城镇化率达到62%左右。", **PLAN_NOTICE)
    assert (one(found, 45.2).status, one(found, 45.2).period) == ("requirement", "2021/2035")
    assert one(found, 21.6).period == "2021/2035"
    assert (one(found, 62).status, one(found, 62).period) == ("target", "2035")


def test_a_plan_table_with_base_year_and_target_year_columns():
    """序号 | 指标名称 | 单位 | 基期年（2020年） | 规划目标年（2035年） | 属性: 2020's value observed, 2035's the target; "—"
    gives nothing; the 序号 no figure."""
    from tests.test_figure_holdout27_rules import _table

    found = _table([["序号", "指标名称", "单位", "基期年（2020年）", "规划目标年（2035年）", "属性"],
                    ["1", "林地保有量", "万亩", "86.2", "87.5", "约束性"],
                    ["2", "永久基本农田保护面积", "万亩", "—", "40.3", "约束性"]], "附表：主要控制指标表", PLAN_NOTICE)
    assert (one(found, 86.2).period, one(found, 86.2).status) == ("2020", "actual")
    assert (one(found, 87.5).period, one(found, 87.5).status) == ("2035", "target")
    assert (one(found, 40.3).period, one(found, 40.3).status) == ("2035", "target")
    assert not [f for f in found if f.value in (1, 2)]


def test_a_monitoring_table_named_by_its_indicator_column():
    """领域 | 指标 | 单位 | 2023年 | 2024年 | 《规划》目标值 | 实现情况: the indicator names the row (not its field);
    1/10万 is the rate per 100,000; the programme's values are its goals for its last year."""
    from tests.test_figure_holdout27_rules import _table

    found = _table([["领域", "指标", "单位", "2023年", "2024年", "《规划》目标值", "实现情况"],
                    ["儿童与健康", "婴儿死亡率", "1/10万", "310", "295", "≤400", "已实现"],
                    ["儿童与教育", "学前教育毛入园率", "%", "91.2", "92.6", "≥95", "未实现"]], "附表 主要监测指标情况",
                   MONITOR)
    old = one(found, 310)
    assert (old.metric, old.unit, old.period, old.status) == ("婴儿死亡率", "/10万", "2023", "actual")
    goal = one(found, 95)
    assert (goal.metric, goal.status, goal.period) == ("学前教育毛入园率", "target", "2030")
    assert not [f for f in found if f.metric.startswith("儿童与")]


def test_a_bound_after_a_semicolon_of_a_deadline_sentence_is_one_of_its_goals():
    """到2035年，…；人均…不低于2平方米: a 2035 goal (a level held, 保持100%, stays a norm over the span; so does a bound
    in a later sentence after 。)."""
    found = figs("到2035年，全县常住人口规模控制在40万人左右；人均公园绿地面积不低于15平方米，污水处理率保持100%。",
                 "到2035年，森林覆盖率达到60%。耕地保有量不低于30.5万亩。", **PLAN_NOTICE)
    assert (one(found, 15).status, one(found, 15).period) == ("target", "2035")
    assert (one(found, 100).status, one(found, 100).period) == ("requirement", "2021/2035")
    assert (one(found, 30.5).status, one(found, 30.5).period) == ("requirement", "2021/2035")


def test_a_share_after_a_bound_and_a_bound_on_a_multiple_of_a_dated_base():
    """…不低于300平方公里，占国土总面积的18.5%: the bound's share, a norm too; 不超过2020年…的1.3倍: a norm whose base
    is of 2020 (not an outcome of 2020), named by the bounded amount and its base."""
    found = figs("生态保护红线面积不低于300平方公里，占国土总面积的18.5%；城镇开发边界面积控制在20平方公里以内，"
                 "不超过2020年现状城镇建设用地规模的1.3倍。", **PLAN_NOTICE)
    assert (one(found, 18.5).status, one(found, 18.5).period) == ("requirement", "2021/2035")
    times = one(found, 1.3)
    assert (times.status, times.period, times.base_period) == ("requirement", "2021/2035", "2020")
    assert times.metric == "城镇开发边界面积与现状城镇建设用地规模之比"


def test_the_area_of_the_territory_is_a_fact_and_the_scope_no_subject():
    found = figs("规划范围为青禾县行政辖区全域，国土总面积1520.6平方公里。", **PLAN_NOTICE)
    area = one(found, 1520.6)
    assert (area.status, area.period, area.subject) == ("actual", "2024-11", "")


def test_what_remains_under_a_heading_of_problems_and_next_steps_is_a_fact():
    found = figs("六、存在的问题和下一步工作", "少数指标尚未达到目标值；全市仍有3个县（区）婴儿死亡率高于全市平均水平。",
                 headings={0: 1}, **MONITOR)
    assert (one(found, 3).status, one(found, 3).period) == ("actual", "2024")


def test_a_return_period_and_a_whole_number_of_years_as_a_goal():
    """防洪标准提高到50年一遇: a standard in years (no age limit); 提前实现…10年的目标 after a 年限: the goal in years."""
    found = figs("县城防洪标准提高到50年一遇。", **PLAN_NOTICE)
    flood = one(found, 50)
    assert (flood.unit, flood.base_unit, flood.direction, flood.period) == ("年一遇", "year", "up", "2035")
    years = figs("女童平均受教育年限达到10.6年，提前实现《规划》提出的10年的目标。", **MONITOR)
    assert (one(years, 10).status, one(years, 10).period, one(years, 10).unit) == ("target", "2030", "年")
    assert not figs("项目建设期为3年。", **MONITOR)


def test_the_items_counted_after_them_and_a_gap_to_the_goal_are_named_by_the_items():
    """…覆盖率为71.3%…；乳腺癌筛查覆盖率为68.5%，距目标值尚差1.5个百分点。两项覆盖率分别比上年提高3.6个和2.9个百分点: the
    gap is the breast screening rate's, the two rises the two rates' in order; 比上届 is a comparison (no date)."""
    found = figs("宫颈癌筛查覆盖率为71.3%；乳腺癌筛查覆盖率为68.5%，距目标值尚差1.5个百分点。"
                 "两项覆盖率分别比上年提高3.6个和2.9个百分点。", "市人大代表中女性比例为27.4%，比上届提高1.6个百分点。",
                 **MONITOR)
    assert one(found, 1.5).metric == "乳腺癌筛查覆盖率与目标值差距"
    assert (one(found, 3.6).metric, one(found, 2.9).metric) == ("宫颈癌筛查覆盖率", "乳腺癌筛查覆盖率")
    rise = one(found, 1.6)
    assert (rise.metric, rise.direction, rise.base_period) == ("市人大代表中女性比例", "up", "")


def test_a_count_in_words_in_a_heading_names_its_topic():
    """四、统筹划定三条控制线: the heading's 三条 names a set term, no figure (its body's figures stay)."""
    found = figs("四、统筹划定三条控制线", "全县耕地保有量不低于45.2万亩。", headings={0: 1}, **PLAN_NOTICE)
    assert [f.value for f in found] == [45.2]


def test_units_where_a_rate_is_beyond_the_average_are_named_by_it():
    found = figs("全市仍有3个县（区）婴儿死亡率高于全市平均水平。", **MONITOR)
    assert one(found, 3).metric == "婴儿死亡率高于全市平均水平的县（区）"

"""Naming the metric of a figure: goals, shared units, places alone, shares, names with numbers inside.

Each case is a new sentence written for the test (the style of the genre documents, other names and figures);
the expected metric, kind, direction and unit were written by hand from the sentence.
"""

from __future__ import annotations

import math

from build_tools.extract.figures import extract_figures
from build_tools.model import Document, Figure, Metadata, Paragraph


def figs(*texts: str, date: str = "2024-01-10") -> list[Figure]:
    paras = [Paragraph(id=f"p{i + 1}", text=t) for i, t in enumerate(texts)]
    return extract_figures(Document(id="t", title="", date=date, paragraphs=paras), Metadata(date=date))


def one(found: list[Figure], value: float) -> Figure:
    hits = [f for f in found if math.isclose(f.value, value, abs_tol=1e-6)]
    assert len(hits) == 1, [(f.metric, f.value, f.unit) for f in found]
    return hits[0]


def test_a_goal_compared_with_is_the_goal_of_the_indicator_before_the_verb():
    f = one(figs("受市场需求不足影响，全市规模以上工业增加值增速高于年初确定的5%的预期目标。"), 5)
    assert (f.metric, f.kind, f.status, f.direction) == ("规模以上工业增加值增速", "growth", "target", "up")


def test_a_goal_exceeded_measures_the_change_before_it():
    found = figs("化学需氧量排放总量累计减少12.3%，超额完成市下达的10%的目标任务。")
    goal = one(found, 10)
    assert (goal.metric, goal.kind, goal.status, goal.direction, goal.subject) == (
        "化学需氧量排放总量", "growth", "target", "down", "")
    assert one(found, 12.3).status == "actual"


def test_a_goal_verb_followed_by_the_indicator_is_not_a_comparison():
    f = one(figs("确保完成全年一般公共预算收入增长7%左右的目标。"), 7)
    assert f.metric == "一般公共预算收入" and f.status == "target"


def test_a_unit_written_once_for_a_list_is_each_item_s():
    found = figs("今年1至9月，城镇居民人均可支配收入增速分别快于全国、全省2.1个和1.3个百分点。")
    assert [(f.value, f.unit, f.base_unit, f.kind) for f in found] == [
        (2.1, "个百分点", "percentage point", "growth"), (1.3, "个百分点", "percentage point", "growth")]


def test_a_place_alone_is_the_subject_of_the_indicator_named_before():
    joined = figs("分区域看，东港区一般公共预算收入增长8.2%；西湖区增长5.1%。")
    after_stop = figs("分区域看，东港区一般公共预算收入增长8.2%。柳河县增长5.1%。")
    for found, place in ((joined, "西湖区"), (after_stop, "柳河县")):
        f = one(found, 5.1)
        assert (f.metric, f.subject, f.kind) == ("一般公共预算收入", place, "growth")


def test_a_share_names_its_part_and_its_whole():
    found = figs("全年高技术制造业增加值增长9.6%，占规模以上工业增加值的比重为16.2%。")
    assert one(found, 16.2).metric == "高技术制造业增加值占规模以上工业增加值比重"
    assert one(found, 16.2).kind == "share"
    rd = one(figs("全年全社会研发经费支出18.5亿元，相当于地区生产总值的1.86%。"), 1.86)
    assert (rd.metric, rd.kind) == ("全社会研发经费支出占地区生产总值比重", "share")


def test_a_count_among_a_whole_and_its_share():
    found = figs("全县36个行政村中，集体经济收入超过10万元的村29个，占80.6%，比上年提高8.3个百分点。")
    assert one(found, 36).metric == "行政村"
    assert one(found, 29).metric == "集体经济收入超过10万元的村"
    share, change = one(found, 80.6), one(found, 8.3)
    assert (share.metric, share.kind) == ("集体经济收入超过10万元的村占行政村比例", "share")
    assert (change.metric, change.kind, change.direction) == (share.metric, "growth", "up")


def test_a_duration_inside_a_statistic_s_name_stays_in_the_name():
    found = figs("全年二氧化硫24小时平均第98百分位数浓度为12微克/立方米，同比下降7.7%。")
    assert [(f.value, f.metric) for f in found] == [
        (12, "二氧化硫24小时平均第98百分位数浓度"), (7.7, "二氧化硫24小时平均第98百分位数浓度")]


def test_two_kinds_of_one_thing_per_unit():
    f = one(figs("每所中心学校至少配备2名专职或兼职心理健康教师。"), 2)
    assert (f.metric, f.unit, f.base_unit) == ("每所中心学校专职或兼职心理健康教师", "名", "person")


def test_words_the_metric_keeps():
    found = figs("东湖产业园新签约项目12个，新入驻企业9家。")
    assert [(f.metric, f.subject) for f in found] == [("新签约项目", "东湖产业园"), ("新入驻企业", "东湖产业园")]
    cap = one(figs("华兴光伏组件项目于8月投产，年产能达到200万件。"), 200)
    assert (cap.metric, cap.subject) == ("年产能", "华兴光伏组件项目")


def test_a_norm_per_unit_names_its_measure_once_for_its_siblings():
    found = figs("一级公路每公里每年养护经费不得低于2万元，二级公路每公里每年不得低于1.2万元。")
    assert [(f.metric, f.qualifier, f.status) for f in found] == [
        ("一级公路每公里每年养护经费", "不低于", "requirement"), ("二级公路每公里每年养护经费", "不低于", "requirement")]


def test_a_plans_verb_is_not_part_of_the_metric_but_a_planned_total_is():
    """计划实现城镇新增就业5000人以上: the metric is 城镇新增就业 (a target); 计划总投资 names a planned total."""
    found = figs("2025年，全区计划实现城镇新增就业6200人以上，拟实现农村劳动力转移就业1.2万人，预计完成投资85亿元。",
                 "今年全区安排重点项目86个，计划总投资1460亿元，年度计划投资320亿元。")
    jobs = one(found, 6200)
    assert (jobs.metric, jobs.status, jobs.qualifier) == ("城镇新增就业", "target", "以上")
    assert one(found, 1.2).metric == "农村劳动力转移就业"
    assert one(found, 85).metric == "完成投资"  # (the investment completed: 完成 is no empty verb here)
    assert one(found, 1460).metric.endswith("计划总投资") and one(found, 320).metric.endswith("计划投资")


def test_two_rates_held_at_one_level_are_two_rows():
    """A、B均保持在100% / 均稳定在98%以上: each rate has the value (and its bound), as 均为 and 均达到 do."""
    found = figs("全区在建工程项目农民工实名制管理覆盖率、工资专用账户开设率均保持在100%。",
                 "全市城市生活污水集中收集率和生活垃圾无害化处理率均稳定在98%以上。")
    assert sorted((f.metric, f.value, f.qualifier) for f in found) == [
        ("在建工程项目农民工实名制管理覆盖率", 100, ""), ("城市生活污水集中收集率", 98, "以上"),
        ("工资专用账户开设率", 100, ""), ("生活垃圾无害化处理率", 98, "以上")]


def test_direct_losses_keep_direct():
    """直接经济损失 / 直接财产损失 are the statistics' own names (YB 8-26): 直接 is no adverb to drop there, as it is in
    直接带动就业."""
    found = figs("全年共发生火灾12起，直接财产损失86.4万元；自然灾害造成直接经济损失1.2亿元。")
    assert one(found, 86.4).metric == "火灾直接财产损失" and one(found, 1.2).metric == "自然灾害造成直接经济损失"


def test_titles_given_as_examples_are_no_part_of_the_metric():
    """制定《…条例》《…条例》等地方性法规5件，修改《…》等3件: the titles are examples of what is counted; the bare act
    after them is done to the same class (地方性法规修改), as in 制定地方性法规5件、修改3件."""
    found = figs("全年制定《某市湿地保护条例》《某市物业管理条例》等地方性法规5件，修改《某市市容管理条例》等3件。")
    assert (one(found, 5).metric, one(found, 3).metric) == ("制定地方性法规", "地方性法规修改")


def test_a_bare_act_after_a_means_phrase_is_done_to_the_object_counted_before():
    """通过代表联络站收集群众意见建议860条，采纳95条: the 95 are suggestions adopted (the object after the last verb of
    the figure before, its means phrase 通过… left out); a count in another unit takes nothing."""
    found = figs("全年通过代表联络站收集群众意见建议860条，采纳95条。")
    assert one(found, 95).metric == "群众意见建议采纳"
    other = figs("通过线上平台走访企业320家，采纳45条。")
    assert one(other, 45).metric != "企业采纳"


def test_bare_accounts_after_a_fund_or_budget_are_that_fund_s():
    """…社会保险基金预算收入…；支出…；滚存结余…: the expenditure and the balance are the same fund's (a balance is the
    fund's own, not its budget's); 一般公共预算收入…；支出… the same budget's."""
    found = figs("全市社会保险基金预算收入312.5亿元，增长4.1%；支出298.7亿元，增长5.3%；滚存结余356.2亿元。",
                 "全市一般公共预算收入完成86.4亿元；支出152.3亿元。")
    assert [one(found, v).metric for v in (298.7, 5.3, 356.2, 152.3)] == [
        "社会保险基金预算支出", "社会保险基金预算支出", "社会保险基金滚存结余", "一般公共预算支出"]


def test_the_items_of_a_list_share_the_predicate_of_the_last():
    """3个乡镇、12个村出现内涝: the towns are those flooded too, not all towns; 5座中型水库和18座小型水库超汛限水位: the
    medium reservoirs above the flood limit (the head noun both items end with); items without a predicate stay."""
    found = figs("全县有3个乡镇、12个村出现内涝。", "全市有4座中型水库和18座小型水库超汛限水位。",
                 "共有8家企业、26家个体户完成整改。", "全市有5个省级示范村、10个市级示范村。")
    assert [one(found, v).metric for v in (3, 12, 4, 18, 8, 26, 10)] == [
        "乡镇出现内涝", "村出现内涝", "中型水库超汛限水位", "小型水库超汛限水位", "企业完成整改", "个体户完成整改",
        "市级示范村"]


def test_a_class_of_villages_is_counted_whole():
    """8个重点帮扶村: the villages counted (帮扶 modifies them), not 重点; 10个市级示范村 after 5个省级示范村 is a class
    of villages, no village's name taking its sibling's metric."""
    found = figs("全县有8个重点帮扶村、12个脱贫村。")
    assert (one(found, 8).metric, one(found, 12).metric) == ("重点帮扶村", "脱贫村")


def test_a_count_of_units_over_a_threshold_is_named_by_it():
    """有12个站超过100毫米, 15个乡镇降雨量超过100毫米: the stations and townships are counted; the threshold is no
    rainfall of theirs (no row); a count of units without a threshold (3个乡镇出现内涝) is not touched."""
    found = figs("7日8时至8日8时，全市平均降雨量86.4毫米，有12个站超过100毫米。",
                 "全市有15个乡镇降雨量超过100毫米，8个县日降雨量超过50毫米。")
    assert [one(found, v).metric for v in (12, 15, 8)] == [
        "超过100毫米的站", "降雨量超过100毫米的乡镇", "日降雨量超过50毫米的县"]
    assert not [f for f in found if f.value in (100, 50)]


def test_a_level_all_units_reach_stays_a_figure():
    """全县86个行政村集体经济收入全部达到8万元以上: all the villages, so 8万元 is the level reached, not a threshold."""
    found = figs("全县86个行政村集体经济收入全部达到8万元以上。")
    assert one(found, 8).unit == "万元"

"""Shares named by the verb of a part (贡献了/吸纳了…的) and fractions with a bound (四分之一以上): the sentences are
written for these tests (invented figures); the expected metrics are read by hand (issue 11: a share of a whole is
never a value of the whole)."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one


def test_a_sectors_contribution_is_its_share_of_each_whole_after_the_number():
    found = figs("2023年，全市民营经济贡献了全市50%以上的税收、60%以上的地区生产总值和70%以上的城镇就业。")
    assert one(found, 50).metric == "民营经济占税收比重"
    assert one(found, 60).metric == "民营经济占地区生产总值比重"  # (not "税收": the whole is after 的)
    assert one(found, 70).metric == "民营经济占城镇就业比重"
    assert {one(found, v).qualifier for v in (50, 60, 70)} == {"以上"}


def test_the_whole_may_stand_before_the_number():
    found = figs("规模以上工业企业贡献了全县工业增加值的85%。")
    assert one(found, 85).metric == "规模以上工业企业占工业增加值比重"


def test_without_a_verb_of_contribution_the_rule_does_not_apply():
    found = figs("全县粮食产量占全市的25%。")
    assert (one(found, 25).metric, one(found, 25).comparison) == ("粮食产量", "占全市")


def test_a_chinese_fraction_keeps_its_bound():
    found = figs("全县粮食产量占全市的四分之一以上。")
    fig = one(found, 0.25)
    assert (fig.metric, fig.comparison, fig.qualifier) == ("粮食产量", "占全市", "以上")


def test_a_composite_pollution_index_is_a_figure_and_improves_downwards():
    """空气质量综合指数为3.85 (no unit: read as a ratio); 较上年改善4.2%: the index fell (lower is better)."""
    found = figs("全县空气质量综合指数为3.85，较上年改善4.2%。")
    assert one(found, 3.85).metric == "空气质量综合指数"
    assert one(found, 4.2).direction == "down"
    # an ecological index improves upwards: 改善 stays "up" for what is better higher
    assert one(figs("全县生态环境状况指数为71.6，较上年改善2.1%。"), 2.1).direction == "up"


def test_a_running_total_after_the_years_new_ones_is_all_of_them():
    """新建5G基站1200个，累计达到8600个: 8600 base stations in all, not 8600 new ones."""
    found = figs("全年新建5G基站1200个，累计达到8600个。", date="2025-01-15", title="2025年政府工作报告")
    assert one(found, 1200).metric == "新建5G基站"
    assert one(found, 8600).metric == "累计5G基站"
    assert one(figs("新建高标准农田5万亩，累计建成42万亩。"), 42).metric == "累计建成高标准农田"
    assert one(figs("改造老旧小区36个，累计完成改造128个。"), 128).metric == "累计改造老旧小区"
    # a running total of something else (an amount after a count) keeps its own name
    assert one(figs("全年引进项目56个，累计投资82亿元。"), 82).metric == "引进项目投资"


def test_the_share_of_a_years_target_done_is_named_so():
    found = figs("新增城镇就业5200人，累计完成全年目标的104%。", date="2025-01-15", title="2025年政府工作报告")
    assert one(found, 104).metric == "新增城镇就业完成全年目标任务比例"

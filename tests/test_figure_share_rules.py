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


PLAN_NOTICE = "青山市人民政府办公室关于印发青山市推动消费品以旧换新实施方案的通知"


def test_a_grant_per_unit_is_a_standing_rule_with_its_unit_and_cap():
    """给予每辆最高1.5万元补贴 in a one-year implementation plan: a subsidy of up to 15,000 per vehicle, a rule of the
    scheme (not the year's target, not a subsidy in total)."""
    found = figs("对个人消费者购买新能源乘用车的，给予每辆最高1.5万元补贴。", date="2025-03-10", title=PLAN_NOTICE)
    fig = one(found, 1.5)
    assert (fig.metric, fig.qualifier, fig.status, fig.period) == ("每辆补贴", "最多", "requirement", "")
    cap = one(figs("单件补贴金额不超过2000元。", date="2025-03-10", title=PLAN_NOTICE), 2000)
    assert (cap.metric, cap.status) == ("单件补贴金额", "requirement")
    # the same amount dated by its own year is what was paid that year, not a rule
    paid = one(figs("2024年，全市对1200户困难家庭每户补助3000元。", date="2025-03-10", title=PLAN_NOTICE), 3000)
    assert paid.metric == "每户补助"
    # 最高 of a temperature is no cap; a number inside a name stays a name
    assert figs("全市最高气温38℃。") == [] or all(f.qualifier != "最多" for f in figs("全市最高气温38℃。"))
    assert all(f.value != 53 for f in figs("中电科53所完成投资3亿元。"))


NEWS = "全省前三季度经济运行分析会召开"


def test_a_gap_said_as_bi_quansheng_gao_is_above_the_province():
    """比全省高2.3个百分点 = 高于全省2.3个百分点; 比全国低0.5个百分点 is below (was an unsigned "+0.5")."""
    up = one(figs("青山市规模以上工业增加值增长8.1%，比全省高2.3个百分点。", date="2024-10-28", title=NEWS), 2.3)
    assert (up.comparison, up.direction) == ("高于全省", "up")
    down = one(figs("全市固定资产投资增长6.2%，比全国低0.5个百分点。", date="2024-10-28", title=NEWS), 0.5)
    assert (down.comparison, down.direction) == ("低于全国", "down")


def test_a_citys_figure_under_the_provinces_sentence_has_no_province_in_its_metric():
    found = figs("前三季度，全省地区生产总值同比增长5.1%，其中，青山市增长6.2%；白河市增长4.8%。", date="2024-10-28",
                 title=NEWS)
    assert [(one(found, v).metric, one(found, v).subject) for v in (6.2, 4.8)] == [
        ("地区生产总值", "青山市"), ("地区生产总值", "白河市")]


COMMUNIQUE = "青山市2023年国民经济和社会发展统计公报"


def test_a_communiques_sown_area_in_thousand_hectares_and_freight_in_ton_kilometers():
    found = figs("全年粮食播种面积352.6千公顷，比上年减少1.2千公顷；粮食总产量186.3万吨，增产2.1%。",
                 "全年货物周转量352.6亿吨公里，比上年减少1.2亿吨公里。", date="2024-03-20", title=COMMUNIQUE,
                 genre="statistics")
    area = [f for f in found if f.metric == "粮食播种面积"]
    assert [(f.value, f.base_unit, f.direction) for f in area] == [(352.6, "ha", ""), (1.2, "ha", "down")]
    assert one(found, 186.3).period == "2023"
    assert [f.base_unit for f in found if f.metric == "货物周转量"] == ["t-km", "t-km"]


def test_an_unread_change_lends_its_base_year_to_no_one():
    """比上年减少1.2千加仑 (a unit the extractor does not know): 上年 is a base, the next clause stays 2023."""
    found = figs("全年完成某量352.6千加仑，比上年减少1.2千加仑；粮食总产量186.3万吨，增产2.1%。", date="2024-03-20",
                 title=COMMUNIQUE, genre="statistics")
    assert {f.period for f in found} == {"2023"}


def test_a_population_is_no_place():
    found = figs("年末全市户籍人口312.5万人，其中城镇人口168.2万人。", date="2024-03-20", title=COMMUNIQUE,
                 genre="statistics")
    assert one(found, 168.2).metric == "城镇人口"


def test_health_and_weather_units_and_changes():
    found = figs("全年平均降水量856.3毫米，比上年偏多12.5%，比常年偏少3.1%。", "全市居民人均预期寿命达到79.2岁。",
                 "全年报告法定传染病发病1256例。", "年末全市60岁及以上人口52.3万人。", date="2024-03-20",
                 title=COMMUNIQUE, genre="statistics")
    assert (one(found, 856.3).base_unit, one(found, 12.5).direction, one(found, 3.1).direction) == ("mm", "up", "down")
    assert (one(found, 12.5).metric, one(found, 3.1).comparison) == ("平均降水量", "比常年")
    life = one(found, 79.2)  # 预期寿命 is no 预期 (a forecast or target word)
    assert (life.metric, life.status, life.period, life.base_unit) == ("居民人均预期寿命", "actual", "2023", "year")
    assert one(found, 1256).base_unit == "case"
    assert all(f.value != 60 for f in found)  # an age in the name of a group


def test_the_end_of_a_quarter_is_its_last_month():
    """三季度末开工率达到95%以上: the rate at the end of September, not over the quarter (was metric 末开工率)."""
    found = figs("下一步，我市将力争三季度末开工率达到95%以上。", "截至2025年一季度末，全市贷款余额2350亿元。",
                 date="2025-06-18", title="我市上半年重点项目建设加速推进", genre="news")
    assert (one(found, 95).metric, one(found, 95).period, one(found, 95).status) == ("开工率", "2025-09", "target")
    assert one(found, 2350).period == "2025-03"


def test_a_bare_set_keeps_the_verb_that_names_it():
    """支持项目38个: the projects supported (支持 before a name is dropped: 推动金桥镇工业总产值…)."""
    found = figs("全年发行新增专项债券45亿元，支持项目38个。", date="2024-02-01",
                 title="关于青山市2023年预算执行情况和2024年预算草案的报告", genre="report")
    assert one(found, 38).metric == "支持项目"
    assert one(figs("推动金桥镇工业总产值突破110亿元。"), 110).metric == "工业总产值"


def test_a_negative_growth_is_a_fall():
    found = figs("全年房地产开发投资比上年增长-8.6%。", date="2024-03-20", title=COMMUNIQUE, genre="statistics")
    fig = one(found, -8.6)
    assert (fig.direction, fig.normalized) == ("down", -8.6)


HOLIDAY_NEWS = "春节假期我市文旅市场火爆"


def test_a_level_against_the_same_period_of_a_base_year():
    """恢复到2019年同期的118%: this holiday's visits were 118% of 2019's (not a 2019 figure); 按可比口径 is a basis."""
    found = figs("春节假期8天，全市共接待游客386.5万人次，同比增长12.3%，按可比口径增长8.6%。",
                 "游客接待量恢复到2019年同期的118%。", date="2025-02-05", title=HOLIDAY_NEWS, genre="news")
    level = one(found, 118)
    assert (level.metric, level.comparison, level.period) == ("游客接待量", "相当于2019年同期", "2025-01-28/2025-02-04")
    assert (one(found, 8.6).metric, one(found, 8.6).comparison) == ("接待游客", "同口径")


def test_a_grant_at_a_rate_per_unit_of_measure_names_the_unit_and_the_grant():
    """按每平方米30元给予补贴: a subsidy per square meter (a standing rule of a notice), not "按每平方米"; the grant
    may be named after the amount with 的标准 and 一次性."""
    found = figs("对同步实施外墙保温改造的农户，按每平方米45元给予补贴，单户补贴面积不超过100平方米。"
                 "对新建户用储能设施的，按每千瓦时200元给予一次性奖励；对外运秸秆的合作社，按每吨60元的标准给予运费补助。",
                 date="2025-04-01", title="沐阳县农村清洁取暖改造补贴实施细则")
    assert {(f.metric, f.value, f.status) for f in found if f.unit == "元"} == {
        ("每平方米补贴", 45, "requirement"), ("每千瓦时一次性奖励", 200, "requirement"), ("每吨运费补助", 60, "requirement")}

"""Figure rules added after the thirty-seventh held-out measurement (a city's January-November electricity
consumption release as hard-wrapped TXT, a city's notice of a hearing on residents' tiered water prices as a DOCX with
its table of tiers); sentences and tables invented for each rule, expectations read by hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

PRICE = {"date": "2026-03-02", "region": "栖川市", "genre": "notice",
         "title": "栖川市发展和改革委员会关于调整管道天然气居民销售价格举行听证会的公告"}


def test_a_price_adjusted_by_tiaozheng_wei_takes_its_direction_from_the_two_values():
    """由每立方米3.10元调整为3.45元: the new price, its base the old one, up; 由5.20元调整为4.90元: down; the old price
    is no row of its own."""
    found = figs("第一档气价由每立方米3.10元调整为3.45元，第三档由5.20元调整为4.90元。", **PRICE)
    new = one(found, 3.45)
    assert (new.direction, new.base_value) == ("up", 3.10)
    lower = one(found, 4.90)
    assert (lower.direction, lower.base_value) == ("down", 5.20)
    assert not [f for f in found if f.value in (3.10, 5.20)]


def test_a_notice_adjusting_a_regulated_price_states_standing_norms():
    """关于调整…价格举行听证会的公告: the current and proposed prices, the tier volumes and the free volume are
    requirements without a period, not facts of the notice's month."""
    found = figs("我市现行居民管道天然气实行阶梯价格，第一档气价为每立方米3.10元。",
                 "第一档为每户每年用气量300立方米（含）以内。",
                 "对城乡低保户，每户每月免费用气3立方米。", **PRICE)
    for value in (3.10, 300, 3):
        f = one(found, value)
        assert (f.status, f.period) == ("requirement", ""), (value, f.status, f.period)


def test_a_price_adjustment_scheme_table_title_is_no_plan():
    """附表：…气价调整方案 — the caption of the table of a price scheme: its cells are the scheme's norms, not a
    plan's targets of the year."""
    found = figs("第二档调整额0.35元/立方米。", date="2026-03-02", genre="notice",
                 title="附表：栖川市居民管道天然气阶梯价格调整方案")
    f = one(found, 0.35)
    assert (f.status, f.period) == ("requirement", "")


def test_a_plan_with_a_price_word_in_its_title_stays_a_plan():
    """栖川市2026年价格监管工作计划: a plan (its goals are targets), no price adjustment."""
    found = figs("全年开展价格监督检查120次。", date="2026-02-10", genre="plan", title="栖川市2026年价格监管工作计划")
    assert one(found, 120).status == "target"


def test_a_price_per_unit_sold_keeps_its_rate_in_the_unit():
    """单位供水成本为3.40元/立方米, 平均上网电价0.39元/千瓦时: money (CNY), the rate kept in the unit."""
    found = figs("2024年栖川水务公司单位供水成本为3.40元/立方米，平均上网电价为0.39元/千瓦时。", date="2025-05-06")
    cost, power = one(found, 3.40), one(found, 0.39)
    assert (cost.unit, cost.base_unit) == ("元/立方米", "CNY")
    assert (power.unit, power.base_unit) == ("元/千瓦时", "CNY")


def test_a_leading_clause_of_how_a_figure_is_known_leaves_the_subject_to_the_next():
    """经成本监审，栖川水务集团有限公司…。该公司… : the company is the paragraph's topic; 该公司 refers back to it."""
    found = figs("经成本监审，栖川水务集团有限公司2024年单位供水成本为3.40元/立方米。2024年该公司售水量6210万立方米。",
                 date="2025-05-06")
    assert one(found, 3.40).subject == one(found, 6210).subject == "栖川水务集团有限公司"


def test_the_effect_of_a_price_change_is_a_forecast_of_no_period():
    """据测算，调价后…户均每月增加燃气支出约6元: an expected effect (forecast), of no particular period."""
    found = figs("据测算，调价后第一档用户户均每月增加燃气支出约6元。", **PRICE)
    f = one(found, 6)
    assert (f.status, f.period) == ("forecast", "")


def test_a_household_size_bounding_who_a_rule_is_for_is_no_figure():
    """户籍人口4人（含）以上的家庭，每增加1人，各档气量基数增加30立方米: 4人 names the households, the 30 立方米 is the
    rule's figure."""
    found = figs("户籍人口4人（含）以上的家庭，每增加1人，各档气量基数相应增加30立方米。", **PRICE)
    assert not [f for f in found if f.value == 4]
    assert one(found, 30).status == "requirement"


def test_a_bound_defining_a_tier_is_a_figure_when_nothing_is_paid_after_it():
    """第二档为超出第一档至500立方米（含）的部分: the tier's own upper volume (a rule); 2万元至5万元（含）的部分报销65%:
    the bounds name the rate paid within them, no figures."""
    found = figs("第一档为每户每年用气量300立方米（含）以内，第二档为超出第一档至500立方米（含）的部分。", **PRICE)
    assert one(found, 500).status == "requirement"
    paid = figs("2万元至5万元（含）的部分报销65%。", date="2025-09-01", genre="notice",
                title="栖川市关于2026年度大病保险待遇标准的通知")
    assert [f.value for f in paid] == [65]


def test_the_preposition_of_a_date_is_no_part_of_the_name():
    """最高用电负荷于7月28日达到812.4万千瓦: named 最高用电负荷 (the 于 of the date out), an actual of that day;
    电价高于…: 高于 stays a word."""
    found = figs("今年迎峰度夏期间，全市最高用电负荷于7月28日达到812.4万千瓦。", date="2025-10-20",
                 genre="statistics", title="2025年1—9月栖川市电力运行情况")
    f = one(found, 812.4)
    assert (f.metric, f.period) == ("最高用电负荷", "2025-07-28")


def test_the_verb_of_a_price_adjusted_is_no_name():
    """第一档气价由每立方米3.10元调整为3.45元: the new price keeps the old one's name (第一档气价), not 调整."""
    assert one(figs("第一档气价由每立方米3.10元调整为3.45元。", **PRICE), 3.45).metric == "第一档气价"


def test_a_sibling_tier_takes_the_name_of_the_first_tier():
    """第一档气价由…调整为3.45元，第二档由3.80元调整为4.20元: 第二档气价 (the sibling tier, the first's head noun)."""
    found = figs("第一档气价由每立方米3.10元调整为3.45元，第二档由3.80元调整为4.20元。", **PRICE)
    f = one(found, 4.20)
    assert (f.metric, f.base_value, f.direction) == ("第二档气价", 3.80, "up")


def test_an_amount_of_change_named_as_such_takes_its_sign_as_direction():
    """第一档调整额0.35元/立方米: up; 第三档调整额-0.20元/立方米: down (a table of a price scheme, restated)."""
    found = figs("第一档调整额0.35元/立方米，第三档调整额-0.20元/立方米。", date="2026-03-02", genre="notice",
                 title="附表：栖川市居民管道天然气阶梯价格调整方案")
    assert one(found, 0.35).direction == "up"
    assert [f.direction for f in found if f.unit == "元/立方米" and f.value != 0.35] == ["down"]


def test_a_share_of_things_whose_measure_lies_in_a_range():
    """全市约70%的家庭月用气量在平均水平以下: the share of households, named by the measure and the range; a share with
    a name before it (全市燃气普及率为98%) is unchanged."""
    found = figs("据测算，全市约70%的家庭月用气量在平均水平以下。", **PRICE)
    assert one(found, 70).metric == "月用气量在平均水平以下的家庭比例"
    assert one(figs("全市燃气普及率为98%。", **PRICE), 98).metric == "燃气普及率"


def test_a_bill_or_burden_raised_or_lowered_is_a_change():
    """调价后…户均每月增加燃气支出约6元: up; 全年减轻企业负担1.2亿元: down; 新增就业岗位500个 stays a count without
    direction."""
    assert one(figs("据测算，调价后第一档用户户均每月增加燃气支出约6元。", **PRICE), 6).direction == "up"
    assert one(figs("全年减轻企业负担1.2亿元。", date="2025-12-20"), 1.2).direction == "down"
    assert one(figs("全年新增就业岗位500个。", date="2025-12-20"), 500).direction == ""


def test_a_charge_included_in_a_price_is_named_by_the_charge():
    """各档气价均含管道燃气配气费0.45元/立方米: named 管道燃气配气费; 各档气量基数相应增加30立方米: the adverb 相应 is no
    part of the name (各档气量基数)."""
    assert one(figs("各档气价均含管道燃气配气费0.45元/立方米。", **PRICE), 0.45).metric == "管道燃气配气费"
    assert one(figs("每增加1人，各档气量基数相应增加30立方米。", **PRICE), 30).metric == "各档气量基数"


def test_a_tier_defined_by_its_measure_is_named_without_the_copula():
    """第一档为每户每年用气量300立方米（含）以内: 第一档每户每年用气量 ("tier 1 annual gas use per household")."""
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.rows import metric_english

    f = one(figs("第一档为每户每年用气量300立方米（含）以内。", **PRICE), 300)
    assert f.metric == "第一档每户每年用气量"
    assert metric_english("第一阶梯每户每年用水量", get_glossary()).text == "tier 1 annual water use per household"

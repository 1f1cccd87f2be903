"""Trade and investment partners as subjects, and the metric names cut at a list or a classifier: the sentences
are written for these tests (invented figures and places); the expected attributes are read by hand (issue 11,
held-out set 13)."""

from __future__ import annotations

from build_tools.extract.figures.partners import trade_partner
from tests.test_figure_attributes import figs, one


def test_a_partner_after_dui_is_the_subject_of_its_clause_and_of_the_clauses_after_it():
    found = figs("前三季度，全市对非洲出口42.6亿元，增长18.3%，占全市出口总值的9.4%；对日本进口12.1亿元，下降6.2%。")
    assert (one(found, 42.6).subject, one(found, 42.6).metric) == ("非洲", "出口")
    assert one(found, 18.3).subject == "非洲"
    assert one(found, 9.4).subject == "非洲"
    assert (one(found, 12.1).subject, one(found, 12.1).metric) == ("日本", "进口")
    assert (one(found, 6.2).subject, one(found, 6.2).direction) == ("日本", "down")


def test_groups_of_countries_and_trade_with_are_partners():
    found = figs("上半年，我县对RCEP其他成员国出口8.7亿元，增长21.5%。与东南亚国家贸易额达到5.2亿元。")
    assert one(found, 8.7).subject == "RCEP其他成员国"
    assert one(found, 21.5).subject == "RCEP其他成员国"
    assert one(found, 5.2).subject == "东南亚国家"


def test_a_bloc_and_a_quoted_group_head_an_investment():
    assert trade_partner("对“一带一路”共建国家直接投资3.1亿美元") == "“一带一路”共建国家"
    assert trade_partner("我省对欧盟出口") == "欧盟"


def test_abroad_a_sector_or_a_comparison_is_no_partner():
    assert trade_partner("对外贸易进出口总额") is None
    assert trade_partner("对境外投资") is None
    assert trade_partner("对制造业投资增长") is None
    assert trade_partner("与上年同期相比出口增长") is None
    assert trade_partner("对日本和韩国分别出口") is None  # (several partners, each with its own figure)
    found = figs("全市对外贸易进出口总额312.5亿元，增长6.1%。")
    assert one(found, 312.5).subject == ""


# --- metric names cut at a list, a classifier-like 为, a relative clause, a bare share ---------------------------


def test_a_list_closed_by_a_quoted_collective_is_named_by_the_collective():
    found = figs("其中，钢铁、水泥和平板玻璃“三大”行业综合能耗合计下降5.1%。")
    assert one(found, 5.1).metric == "“三大”行业综合能耗"
    # (a list closed by 等 was already named by its head noun)
    assert one(figs("全市服装、鞋类和箱包等劳动密集型产品出口50.2亿元。"), 50.2).metric == "劳动密集型产品出口"


def test_a_noun_ending_in_wei_keeps_it_but_the_linking_wei_goes():
    assert one(figs("全年查处交通违法行为2.3万起。"), 2.3).metric == "查处交通违法行为"
    assert one(figs("全县优良天数比例仅为81.4%。"), 81.4).metric == "优良天数比例"
    assert one(figs("全县森林覆盖率为45.2%。"), 45.2).metric == "森林覆盖率"


def test_a_relative_clause_with_you_stays_in_what_is_counted():
    found = figs("1—6月，全县有研发活动的规上工业企业156家，比上年同期增加12家。")
    assert one(found, 156).metric == "有研发活动的规上工业企业"
    assert one(found, 12).metric == "有研发活动的规上工业企业"


def test_a_bare_share_change_is_of_the_share_just_named():
    found = figs("全县外资企业营业收入占规上工业营业收入的18.2%，比重下降0.9个百分点。")
    fig = one(found, 0.9)
    assert (fig.metric, fig.direction) == ("外资企业营业收入占规上工业营业收入", "down")
    # no share named before: the bare word stays (nothing to inherit)
    assert one(figs("全市粮食产量增长3%，比重下降0.5个百分点。"), 0.5).metric == "比重"


# --- a count of administrative units as the scope of the quantity after it ---------------------------------------


def test_the_towns_before_the_people_affected_are_their_scope_not_a_figure():
    found = figs("台风“海燕”共造成全市9个乡镇2.1万人受灾，直接经济损失3000万元。")
    assert [f.unit for f in found if f.metric.endswith("乡镇")] == []
    assert one(found, 2.1).unit == "万人"
    found = figs("疫情波及全省14个市1200余家养殖场。")
    assert [f.value for f in found if f.unit == "个"] == []


def test_counts_of_units_that_are_measures_stay():
    assert one(figs("全市12个县区全部通过国家卫生县城复审。"), 12).unit == "个"
    assert one(figs("今年新建5个乡镇卫生院。"), 5).metric == "乡镇卫生院"
    # before a date, not a quantity: the units are what was audited
    assert one(figs("审计了全县9个街道2023年度老旧小区改造资金1.2亿元。"), 9).unit == "个"
    # two counts of units in a row: both are measures of the coverage
    assert one(figs("全县共创建6个乡镇45个村的示范点。"), 6).unit == "个"


# --- a bare verb or its rate after the figure that named its object -----------------------------------------------


def test_what_was_found_is_what_was_handled_and_its_rate():
    found = figs("全年共受理群众投诉1200件，已办结1180件，办结率98.3%。")
    assert one(found, 1180).metric == "群众投诉办结"
    assert one(found, 98.3).metric == "群众投诉办结率"
    # a count in another unit is not of that object (涉及居民…户，已开工…个)
    found = figs("今年计划改造背街小巷40条，涉及商户300户，目前已开工25条。")
    assert one(found, 25).metric != "商户开工"


def test_a_sibling_or_a_total_is_no_object():
    # 出口 after 进出口 is its part, not 进出口's export; 收入总计 after an item of income is the total
    found = figs("10月份全市进出口52.1亿元，其中出口30.2亿元。")
    assert one(found, 30.2).metric == "出口"
    found = figs("加上上级补助收入8.1亿元、调入资金2.2亿元等，收入总计20.5亿元。")
    assert one(found, 20.5).metric != "调入资金收入"


def test_sessions_held_are_counted_in_changci():
    found = figs("全年送戏下乡演出120场次，观众达到3.6万人次。")
    fig = one(found, 120)
    assert (fig.unit, fig.metric) == ("场次", "送戏下乡演出")


# --- a deadline dates its own task, not the goal of the clause after it --------------------------------------------


def test_a_deadline_with_its_own_task_leaves_the_next_goal_to_the_year():
    found = figs("各地要在9月底前完成河道清淤整治，黑臭水体消除比例保持100%。", date="2024-02-10")
    assert (one(found, 100).period, one(found, 100).status) == ("2024", "target")
    # a deadline that frames the sentence (its clause holds nothing else) dates the goals after it
    found = figs("到2024年9月底，全县农村生活污水治理率达到45%。", date="2024-02-10")
    assert one(found, 45).period == "2024-09"


# --- one disaster or incident as the subject of what it caused ------------------------------------------------------


def test_one_dated_or_named_event_is_the_subject_of_the_losses_it_caused():
    found = figs("其中，8月上旬的暴雨过程造成全市2.3万人受灾，农作物受灾面积1800公顷，直接经济损失5600万元。")
    assert {one(found, v).subject for v in (2.3, 1800, 5600)} == {"8月上旬的暴雨过程"}
    found = figs("台风“海燕”共造成全市2.1万人受灾，直接经济损失3000万元。")
    assert one(found, 3000).subject == "台风“海燕”"
    assert one(figs("此次地震导致房屋倒塌120间。"), 120).subject == "此次地震"


def test_a_kind_of_event_in_general_is_no_subject():
    assert one(figs("全县火灾事故造成直接经济损失126万元。"), 126).subject == ""
    assert one(figs("全年各类灾害共造成直接经济损失1.2亿元。"), 1.2).subject == ""

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
    found = figs("全市对外贸易进出口总额312.5亿元，增长6.1%。")
    assert one(found, 312.5).subject == ""

"""Units and names of transport statistics bulletins, and an estimate over its sentence (sentences and figures
written for these tests): a density per 100 square kilometers is no length, thousands of vehicles are counted,
TEUs and throughput have their English."""

from __future__ import annotations

from build_tools.translate.metrics import metric_en
from tests.test_figure_attributes import figs, one


def test_a_road_density_keeps_its_whole_unit_and_thousands_of_vehicles_count() -> None:
    found = figs("年末全县公路密度为96.4公里/百平方公里，营运货车达到12.7千辆。")
    assert (one(found, 96.4).unit, one(found, 96.4).base_unit) == ("公里/百平方公里", "km/100 km2")
    assert (one(found, 12.7).base_unit, one(found, 12.7).normalized) == ("vehicle", 12700)


def test_throughput_names_and_a_completing_verb_inside_a_name() -> None:
    assert metric_en("集装箱吞吐量") == "container throughput"
    assert metric_en("港口完成货物吞吐量") == metric_en("港口货物吞吐量")
    # (完成 of a rate is no empty verb: the plan's completion rate is the share of the plan completed, never "plan
    # rate" nor "completion rate of share of the annual plan completed")
    assert metric_en("计划完成率") == "share of the plan completed"
    assert metric_en("年度计划完成率") == "share of the annual plan completed"


def test_an_estimate_opening_its_clause_governs_the_later_clauses_of_the_sentence() -> None:
    """…负责人介绍，预计全年…将超过…，…将达到…: both are estimates; past a ；the estimate ends, and 有望 inside a
    clause does not reach the next one."""
    found = figs("县统计局负责人介绍，预计全年新增就业将超过5200人，农村居民人均可支配收入将达到2.3万元。")
    assert (one(found, 5200).status, one(found, 2.3).status) == ("forecast", "forecast")
    found = figs("预计全年税收收入增长4.5%；下一步将力争新增企业300家。")
    assert (one(found, 4.5).status, one(found, 300).status) == ("forecast", "target")


def test_an_airport_opening_a_clause_is_the_subject_and_has_its_english_name() -> None:
    from build_tools.translate.names import name_en

    found = figs("2024年，青川机场全年完成旅客吞吐量128.6万人次，比上年增长9.4%。")
    assert one(found, 128.6).subject == "青川机场"
    assert name_en("青川机场") == "Qingchuan Airport"


def test_highway_grades_berths_buses_and_tax_cuts() -> None:
    assert metric_en("三级公路里程") == "length of class-III highways"
    assert metric_en("拥有公共汽电车") == "buses and trolleybuses"
    assert metric_en("万吨级及以上泊位") == "berths of 10,000-ton class and above"
    assert metric_en("新增减税降费及退税缓费") == "new tax and fee cuts, refunds and deferrals"


def test_changes_after_one_against_the_previous_year_share_its_base() -> None:
    """全年完成货运量…，比上年增长3.1%，其中公路货运量…，增长2.2%: the second change is against 2023 too."""
    found = figs("2024年，全市完成货运量8620万吨，比上年增长3.1%；其中公路货运量6410万吨，增长2.2%。")
    assert (one(found, 2.2).base_period, one(found, 2.2).comparison) == ("2023", "比上年")


def test_a_yield_per_mu_in_kilograms() -> None:
    """亩产404.9公斤 (a harvest news item written for this test): yield per mu, in kg."""
    from build_tools.model import Figure
    from build_tools.translate.comparisons import Context
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.rows import figure_row

    fig = Figure("小麦亩产", 412.6, "公斤", "", "", period="2025")
    assert figure_row(fig, get_glossary(), Context()).text == "Wheat yield per mu: 412.6 kg, 2025"

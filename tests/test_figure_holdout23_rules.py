"""Rules added after the twenty-third held-out measurement (issue 11: a county's announcement of a land-expropriation
compensation and resettlement plan as an HTML page, a city's climate bulletin copied as text); sentences invented for
each rule, expectations read by hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

SCHEME = {"date": "2024-09-03", "region": "柏川县", "genre": "notice",
          "title": "柏川县人民政府关于《柏川县2024年第五批次乡村建设用地征收土地补偿安置方案》的公告"}


def test_a_scheme_of_payments_is_no_plan_of_its_year():
    """关于《…2024年第五批次…补偿安置方案》的公告: the year names the batch; the scheme lays down rates for every case,
    so a rate per unit is a standing rule (no period), not a 2024 target."""
    found = figs("征收耕地的青苗补偿费每亩1800元；鱼塘补偿费按照每亩4500元一次性补偿。", **SCHEME)
    assert [(one(found, v).status, one(found, v).period) for v in (1800, 4500)] == [("requirement", "")] * 2


def test_rates_per_unit_and_shares_of_a_price_are_standing_rules():
    """房屋按结构补偿：框架结构每平方米1600元; 按照每人3.1万元的标准缴纳; 按照每户每月600元发放过渡费; 按照征收土地
    区片价的40%予以补偿: rates and a share a scheme applies to every case."""
    found = figs("房屋按结构补偿，框架结构每平方米1600元，土木结构每平方米700元。", **SCHEME)
    assert [one(found, v).status for v in (1600, 700)] == ["requirement", "requirement"]
    found = figs("被征地农民按照每人3.1万元的标准缴纳养老保险费用，按照每户每月600元发放过渡费。", **SCHEME)
    assert [one(found, v).status for v in (3.1, 600)] == ["requirement", "requirement"]
    found = figs("征收集体建设用地的，按照征收土地区片价的40%予以补偿。", **SCHEME)
    assert (one(found, 40).status, one(found, 40).period) == ("requirement", "")


def test_a_price_per_unit_in_a_statistics_bulletin_stays_a_fact():
    """2023年全县新建商品住宅成交均价每平方米6850元 in a bulletin: an observed price, not a rule; a plan of its year
    still sets targets."""
    found = figs("2023年全县新建商品住宅成交均价每平方米6850元。", date="2024-03-15", region="柏川县",
                 genre="statistics", title="柏川县2023年国民经济和社会发展统计公报")
    assert (one(found, 6850).status, one(found, 6850).period) == ("actual", "2023")
    plan = figs("全年新增高标准农田2.5万亩。", date="2024-02-20", region="柏川县", genre="notice",
                title="柏川县2024年高标准农田建设实施方案")
    assert one(plan, 2.5).status == "target"


CLIMATE = {"date": "2024-01-18", "region": "栖川市", "genre": "statistics", "title": "2023年栖川市气候公报"}


def test_a_threshold_defining_a_measure_is_no_figure():
    """年高温日数（日最高气温≥35℃）平均为29天: 35℃ defines a hot day; the figure is 29 days, and its changes follow."""
    found = figs("全市年高温日数（日最高气温≥35℃）平均为29天，比常年偏多9天。", **CLIMATE)
    assert [f.value for f in found] == [29, 9]
    assert (one(found, 9).direction, one(found, 9).unit) == ("up", "天")
    found = figs("全年大风日数（极大风速≥17.2米/秒）平均为4.8天。", **CLIMATE)
    assert [f.value for f in found] == [4.8]


def test_days_and_hours_of_a_climate_bulletin_are_figures():
    """年日照时数1760.3小时, 暴雨日数2.9天 and their changes against the normal are statistics in hours and days;
    20天时间 is still no figure."""
    found = figs("年日照时数1760.3小时，比常年偏少58.2小时；全市年暴雨日数平均为2.9天，比常年偏多0.6天。", **CLIMATE)
    assert [(f.value, f.direction) for f in found] == [(1760.3, ""), (58.2, "down"), (2.9, ""), (0.6, "up")]
    assert not figs("用20天时间完成了全市气象站点巡检。", **CLIMATE)


def test_an_undated_fact_of_a_notice_is_of_its_month():
    """A notice of 3 September 2024 stating 全县林地面积共有12.6万公顷: a present fact, dated by the document's month
    as 目前 is (the gold convention), not by its day."""
    found = figs("全县林地面积共有12.6万公顷，涉及林区村庄86个。", date="2024-09-03", region="柏川县", genre="notice",
                 title="柏川县人民政府关于开展秋季森林防火检查的通知")
    assert [(one(found, v).status, one(found, v).period) for v in (12.6, 86)] == [("actual", "2024-09")] * 2

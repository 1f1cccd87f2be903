"""English of a bulletin on energy consumption per unit of GDP and of an audit's results of a project's funds
(holdout64): metrics with their official renderings where the reference has them (total energy consumption YB 9-2,
the shares of the energy mix GWR 2018/196, funds withheld or diverted GWR 2020/143, admonished GWR 2015/583), the rest
project renderings."""

from __future__ import annotations

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en


@pytest.mark.parametrize(("zh", "en"), [
    ("规模以上工业能源消费量", "energy consumption of industrial enterprises above designated size"),
    ("人均能源消费量", "per capita energy consumption"),
    ("天然气消费比重", "share of natural gas consumption"),
    ("石油消费比重", "share of oil consumption"),
    ("火电企业供电标准煤耗", "standard coal consumption per kWh supplied by thermal power plants"),
    ("完成“十四五”目标进度", "progress toward the 14th Five-Year Plan target"),
    ("重点用能单位", "key energy-consuming entities"),
    ("新上项目单位工业增加值能耗", "energy consumption per unit of industrial value added of new projects"),
    ("批复总投资", "approved total investment"),
    ("县级配套资金到位率", "share of county matching funds received"),
    ("挤占挪用项目资金", "project funds diverted for non-designated uses"),
    ("多计工程款", "overpayments for works over-counted"),
    ("收回多计工程款", "overpayments for works over-counted recovered"),
    ("超概算比例", "share over the approved budget estimate"),
    ("诫勉谈话责任人员", "officials responsible admonished"),
])
def test_energy_bulletin_and_project_audit_metrics(zh: str, en: str) -> None:
    assert metric_en(zh, get_glossary()) == en


def test_an_energy_bulletin_and_an_audit_announcement_have_their_titles():
    from build_tools.translate.titles import TitleRenderer

    renderer = TitleRenderer(get_glossary())
    assert renderer.title("岷江市2023年单位地区生产总值能耗等指标公报").text == (
        "Bulletin of Minjiang on Energy Consumption per Unit of GDP and Other Indicators for 2023")
    assert renderer.title("关于柘林县2021—2022年农村公路改造工程项目资金审计结果的公告").text == (
        "Announcement on the Results of the Audit of the Funds of the 2021-2022 Rural Road Renovation Project of "
        "Zhelin County")


def test_coal_per_kwh_per_kilogram_and_per_10k_yuan_have_units_in_english():
    glossary = get_glossary()
    assert glossary.lookup("克/千瓦时").en == "grams of standard coal per kWh"
    assert glossary.lookup("千克标准煤").en == "kilogram of standard coal equivalent"
    assert glossary.lookup("吨标准煤/万元").en == "tons of standard coal equivalent per 10,000 yuan"

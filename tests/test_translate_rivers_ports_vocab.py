"""English of a river and lake chief work summary's and a port production release's key figures (holdout59):
metrics, port areas and reservoirs as subjects, a port operator, the units of water quality and rounds, the release's
title. Names invented for these tests."""

from __future__ import annotations

import pytest

from build_tools.translate.enterprises import company_en
from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.names import name_en
from build_tools.translate.report_titles import report_title
from build_tools.translate.titles import TitleRenderer


@pytest.mark.parametrize(("zh", "en"), [
    ("县级河湖长", "county-level river and lake chiefs"),
    ("乡村两级巡河", "river patrols at the township and village levels"),
    ("问题整改率", "rectification rate of problems"),
    ("地表水考核断面水质优良比例", "share of assessed surface water sections with good water quality"),
    ("完成中小河流治理", "small and medium-length rivers harnessed"),
    ("完成港口建设投资", "investment in port construction"),
    ("货物吞吐量", "volume of freight handled"),
    ("外贸集装箱吞吐量", "foreign trade container throughput"),
    ("港口完成集装箱水水中转量", "water-to-water container transshipment"),
    ("海铁联运完成集装箱", "sea-rail intermodal containers"),
])
def test_river_and_port_metrics(zh: str, en: str) -> None:
    assert metric_en(zh, get_glossary()) == en


@pytest.mark.parametrize(("zh", "en"), [
    ("北仑港区", "Beilun Port Area"), ("梅山港区", "Meishan Port Area"), ("青溪水库", "Qingxi Reservoir"),
])
def test_port_areas_and_reservoirs_are_named(zh: str, en: str) -> None:
    assert name_en(zh) == en


@pytest.mark.parametrize("zh", ["各港区", "主要港区", "大中型水库", "病险水库", "小型水库"])
def test_kinds_of_port_areas_and_reservoirs_are_no_names(zh: str) -> None:
    assert name_en(zh) is None


def test_a_port_operator_is_a_port_group():
    assert company_en("桐江港务集团有限公司") == "Tongjiang Port Group Co., Ltd."


def test_units_of_water_quality_and_rounds():
    g = get_glossary()
    assert g.lookup("毫克/升").en == "mg/L" and g.lookup("轮").en == "round"


def test_a_port_production_release_title():
    renderer = TitleRenderer(get_glossary(), "2025")
    assert report_title(renderer, "2025年1-9月全市港口生产情况", "桐江市") == (
        "Port Production of Tongjiang in January-September 2025")


def test_a_summary_of_work_on_a_system_names_the_system_whole():
    renderer = TitleRenderer(get_glossary(), "2025")
    assert report_title(renderer, "桐川县2025年河湖长制工作总结", "") == (
        "Review of the Work on the System of River Chiefs and Lake Chiefs of Tongchuan County in 2025")
    assert report_title(renderer, "柘源县2024年乡村振兴工作总结", "") == (
        "Review of Rural Revitalization Work of Zheyuan County in 2024")

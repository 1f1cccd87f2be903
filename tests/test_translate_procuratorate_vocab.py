"""English of a procuratorate's work report's and a traffic control notice's key figures (holdout63): metrics with
their official renderings where the reference has them (YB 24-7, 24-9, 24-12, 24-5; GWR 2022/135), the rest
unofficial."""

from __future__ import annotations

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.metric_vocab.procuratorate import PROCURATORATE_EXACT, TRAFFIC_CONTROL_EXACT
from build_tools.translate.metrics import metric_en


@pytest.mark.parametrize(("zh", "en"), [
    ("批准逮捕", "arrests approved"),
    ("受理审查起诉", "persons referred for review of prosecution"),
    ("起诉毒品犯罪", "people prosecuted for drug crimes"),
    ("认罪认罚从宽制度适用率", "rate of application of leniency for pleading guilty and accepting punishment"),
    ("不起诉率", "non-prosecution rate"),
    ("立案办理公益诉讼案件", "public interest litigation cases filed"),
    ("刑事抗诉", "criminal protests lodged"),
    ("涉罪未成年人附条件不起诉", "minors granted conditional non-prosecution"),
    ("日均交通流量", "average daily traffic"),
    ("通行车辆限速", "speed limit for vehicles"),
    ("绕行距离", "detour distance"),
])
def test_procuratorial_and_traffic_control_metrics(zh: str, en: str) -> None:
    assert metric_en(zh, get_glossary()) == en


def test_every_entry_names_its_source():
    for zh, (en, source) in {**PROCURATORATE_EXACT, **TRAFFIC_CONTROL_EXACT}.items():
        assert en and en == en.strip() and source, zh
        assert source == "P" or source.startswith(("YB ", "GWR ")), (zh, source)


def test_a_traffic_control_notice_has_its_title_topic():
    from build_tools.translate.traffic_titles import traffic_control_subject

    assert traffic_control_subject("S305省道青石段大修工程施工期间实施交通管制") == (
        "Traffic Control during the Major Repair of the Qingshi Section of Provincial Highway S305")
    assert traffic_control_subject("G1国道某地段施工") is None


def test_a_traffic_police_detachment_is_named_by_its_bureau():
    from build_tools.translate.names import issuer_en

    assert issuer_en("栖川市公安局交通警察支队") == "Traffic Police Detachment of the Qichuan Municipal Public Security Bureau"


def test_the_head_of_a_procuratorate_or_court_in_a_byline():
    from build_tools.translate.bylines import byline_en

    assert byline_en("栖川县人民检察院检察长　李文博", get_glossary()) == (
        "Li Wenbo, Chief Procurator of the Qichuan County People's Procuratorate")
    assert byline_en("栖川县人民法院副院长 周立新", get_glossary()) == (
        "Zhou Lixin, Deputy President of the Qichuan County People's Court")


@pytest.mark.parametrize(("zh", "en"), [("管制措施", "Control Measures"), ("绕行线路", "Detour Routes"),
                                        ("工程概况", "Overview of the Project")])
def test_a_traffic_control_notices_items(zh: str, en: str) -> None:
    from build_tools.translate.titles import TitleRenderer

    assert TitleRenderer(get_glossary()).heading(f"四、{zh}").text == f"IV. {en}"

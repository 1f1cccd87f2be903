"""English of a fire situation bulletin's and a reply on rural drinking water's key figures and titles (holdout68):
metrics with their official renderings where the reference has them, kinds of fires composing with the safety heads,
the fire and rescue service's units, a reply headed by the body replying, a field's situation (形势). Terms chosen for
these tests, not the documents' own rows where a rule composes them."""

from __future__ import annotations

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.titles import TitleRenderer


@pytest.mark.parametrize(("zh", "en"), [
    ("电气火灾", "electrical fires"),
    # a kind of fire composes with the safety heads and the share rule
    ("车辆火灾直接财产损失", "direct property losses from vehicle fires"),
    ("亡人火灾死亡人数", "deaths in fatal fires"),
    ("住宅火灾占火灾总数", "share of residential fires in fires"),
    ("营救和疏散被困群众", "trapped people rescued and evacuated"),
    ("督改火灾隐患", "fire hazards rectified under supervision"),
    ("地方政府专项债券资金", "funds from local government special-purpose bonds"),
    ("上级补助投资", "investment from higher-level subsidies"),
    ("千吨万人供水工程", "water supply works serving 10,000 people or more"),
    ("水费收缴率", "water fee collection rate"),
])
def test_fire_and_rural_water_metrics(zh: str, en: str) -> None:
    assert metric_en(zh, get_glossary()) == en


@pytest.fixture(scope="module")
def renderer() -> TitleRenderer:
    return TitleRenderer(get_glossary(), year="2025")


@pytest.mark.parametrize(("zh", "region", "english"), [
    ("栖川县交通运输局关于县十七届人大三次会议第12号建议的答复", "栖川县",
     "Reply of the Qichuan County Transport Bureau to Suggestion No. 12 Made at the Third Session of the 17th County "
     "People's Congress"),
    ("关于市十六届人大二次会议第5号建议的答复", "栖川市",
     "Reply to Suggestion No. 5 Made at the Second Session of the 16th Municipal People's Congress"),
    ("栖川市消防救援支队关于2024年全市火灾形势的通报", "栖川市",
     "Circular of the Qichuan Municipal Fire and Rescue Detachment on the Fire Situation in 2024"),
    ("栖川县应急管理局关于2025年1-6月全县安全生产形势的通报", "栖川县",
     "Circular of the Qichuan County Emergency Management Bureau on the Work Safety Situation in January-June 2025"),
])
def test_replies_and_situation_circulars(renderer: TitleRenderer, zh: str, region: str, english: str) -> None:
    found = renderer.title(zh, "", region)
    assert found is not None and found.status == "derived" and found.text == english


def test_a_reply_headed_by_a_body_without_english_stays_unrendered(renderer: TitleRenderer) -> None:
    found = renderer.title("某某某协会关于县十七届人大三次会议第12号建议的答复", "", "栖川县")
    assert found is None or found.status != "derived" or "Reply of" not in found.text


@pytest.mark.parametrize(("zh", "english"), [
    ("二、关于您所提建议的办理情况", "II. How Your Suggestions Have Been Handled"),
    ("一、全县火灾总体情况", "I. Overall Fire Situation in the County"),
    ("三、典型火灾案例", "III. Typical Fires"),
    ("四、今冬明春火灾防控工作要求", "IV. Requirements for Fire Prevention and Control This Winter and Next Spring"),
])
def test_reply_and_fire_bulletin_headings(renderer: TitleRenderer, zh: str, english: str) -> None:
    found = renderer.heading(zh)
    assert found is not None and found.text == english


def test_an_incident_named_by_its_day_is_no_kind_of_incidents(renderer: TitleRenderer) -> None:
    # (南湖区“3·15”厂房火灾 is one fire: "Factory Fires (Nanhu District)" would be wrong)
    assert renderer.heading("（一）南湖区“3·15”厂房火灾。") is None

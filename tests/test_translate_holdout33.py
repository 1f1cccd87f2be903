"""English added after the thirty-third held-out measurement (a circular on insurance fraud cases): private
hospitals, clinics and pharmacies named by their brand, persons named by surname alone, the fraud cases' terms;
names invented, expectations written by hand."""

from __future__ import annotations

from build_tools.translate.glossary import get_glossary
from build_tools.translate.institutions import private_medical_en
from build_tools.translate.metrics import metric_en
from build_tools.translate.names import name_en
from build_tools.translate.persons import withheld_name_en


def test_a_private_hospital_or_pharmacy_named_by_its_brand():
    g = get_glossary()
    assert private_medical_en("康宁诊所", g) == "Kangning Clinic"
    assert private_medical_en("仁和堂大药房东城分店", g) == "Renhetang Pharmacy (Dongcheng branch)"
    assert private_medical_en("安康骨科医院", g) == "Ankang Orthopedic Hospital"
    assert private_medical_en("栖川康泰医院", g) == "Qichuan Kangtai Hospital"


def test_a_public_hospital_is_left_to_its_own_rule():
    g = get_glossary()
    for zh in ("县人民医院", "市第二人民医院", "县中医医院", "某某医院"):
        assert private_medical_en(zh, g) is None
    assert name_en("栖川市第二人民医院") == "Qichuan No. 2 People's Hospital"


def test_a_person_named_by_surname_alone():
    assert withheld_name_en("刘某某") == "a person surnamed Liu"
    assert withheld_name_en("欧阳某") == "a person surnamed Ouyang"
    assert withheld_name_en("单某") == "a person surnamed Shan"  # (the surname's reading)
    assert withheld_name_en("某某") is None and withheld_name_en("刘某某公司") is None
    assert name_en("张某某") == "a person surnamed Zhang"


def test_the_fraud_cases_terms():
    assert metric_en("追回医保基金") == "medical insurance funds recovered"
    assert metric_en("骗取医保基金") == "medical insurance funds obtained by fraud"
    assert metric_en("暂停医保服务") == "suspension of medical insurance services"
    assert metric_en("国有土地使用权出让收入") == "revenue from the sale of land-use rights"

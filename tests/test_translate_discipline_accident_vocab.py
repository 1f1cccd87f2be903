"""English of a discipline commission's circular of typical cases and of an accident investigation report's key
figures (holdout60): the commission's tally, a case's amounts, the accident's toll, rescue, causes and sanctions, the
campaign after it. Terms of the genres, not of one document."""

from __future__ import annotations

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en


@pytest.mark.parametrize(("zh", "en"), [
    ("处置问题线索", "leads on problems handled"),
    ("移送检察机关审查起诉", "people transferred to the procuratorate for review and prosecution"),
    ("查处违反中央八项规定精神问题",
     "cases of violating the eight-point decision on Party and government conduct investigated"),
    ("追缴和退还群众财物", "money and property recovered and returned to the people"),
    ("贪污补贴资金", "subsidies embezzled"),
    ("挪用公款", "public funds misappropriated"),
    ("违法占用耕地面积", "cropland illegally occupied"),
    ("移交问题线索", "leads on problems transferred"),
])
def test_discipline_case_metrics(zh: str, en: str) -> None:
    assert metric_en(zh, get_glossary()) == en


@pytest.mark.parametrize(("zh", "en"), [
    ("调集消防救援人员", "firefighters and rescuers dispatched"),
    ("重伤", "people seriously injured"),
    ("人身伤亡后所支出的费用", "expenses for deaths and injuries"),
    ("国家职业接触限值", "national occupational exposure limit"),
    ("发现事故隐患", "hazards found"),
    ("政务警告处分", "officials given a government warning"),
    ("建立有限空间管理台账", "registers of confined spaces set up"),
    ("较大事故起数", "serious accidents"),
])
def test_accident_report_metrics(zh: str, en: str) -> None:
    assert metric_en(zh, get_glossary()) == en

"""Rules added after the sixtieth held-out measurement (a county discipline commission's circular of typical cases as
an HTML page, a city's production safety accident investigation report as a PDF); sentences invented for each rule,
expectations read by hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one


def test_a_masked_person_opening_a_case_paragraph_is_its_subject():
    """A circular masks the names of those punished (王某某, 陈某): the person opening the paragraph, after the span of
    the conduct or with the personal details, is the subject of the case's amounts, not the clause after the name."""
    found = figs("2019年5月至2022年3月，王某某利用负责扶贫项目验收的职务便利，收受施工方财物共计6.3万元，"
                 "违规报销个人费用1.8万元。",
                 "欧阳某某，女，1975年8月出生。2020年至2023年，欧阳某某多次虚报冒领养老金4.2万元。",
                 date="2025-06-30", region="棠溪县", title="关于3起典型问题的通报")
    assert one(found, 6.3).subject == "王某某"
    assert one(found, 1.8).subject == "王某某"
    assert one(found, 6.3).period == "2019-05/2022-03"
    assert one(found, 4.2).subject == "欧阳某某"


def test_a_masked_company_or_a_group_is_no_person():
    found = figs("2023年，李某某等3人合伙经营的养殖场套取补贴资金12.6万元。", date="2025-06-30", region="棠溪县")
    assert one(found, 12.6).subject != "李某某"

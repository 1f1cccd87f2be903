"""Headings of closing measures (issue 12 item 4): responsibilities held to (translate/duty_headings.py), the nouns
of work methods after a standard verb (glossary/work_method_terms.yml), 抓/抓好 lists. Headings invented for these
tests; the English expected written by hand."""

from __future__ import annotations

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.titles import TitleRenderer


@pytest.fixture(scope="module")
def heading():
    renderer = TitleRenderer(get_glossary())
    return renderer.heading_text


@pytest.mark.parametrize(("zh", "english"), [
    ("压实企业主体责任", "Ensuring Enterprises Fulfil Their Primary Responsibility"),  # GWR 2022/267
    ("落实部门监管责任", "Ensuring Departments Fulfil Their Regulatory Responsibility"),
    ("压实属地责任", "Ensuring Local Responsibility Is Fulfilled"),
    ("落实整改主体责任", "Ensuring Primary Responsibility for Rectification Is Fulfilled"),
    ("严格落实安全生产责任", "Ensuring Responsibility for Workplace Safety Is Fulfilled"),
    ("压实防汛责任", "Ensuring Responsibility for Flood Control Is Fulfilled"),
    ("落实工作责任", "Ensuring Responsibilities Are Fulfilled"),
    ("压实各方责任", "Ensuring All Stakeholders Fulfil Their Responsibilities"),
    ("强化目标责任", "Strengthening Accountability for Targets"),
    ("压实乡村振兴责任", "Ensuring Responsibility for Rural Revitalization Is Fulfilled"),
])
def test_responsibilities(heading, zh, english):
    assert heading(zh) == english


def test_a_responsibility_for_something_unknown_stays_marked(heading):
    assert heading("压实巡河护林责任") is None


@pytest.mark.parametrize(("zh", "english"), [
    ("强化监测预警", "Strengthening Monitoring and Early Warning"),
    ("健全长效机制", "Improving Long-Term Mechanisms"),
    ("加强监督检查", "Strengthening Oversight and Inspection"),
    ("强化社会监督", "Strengthening Public Oversight"),
    ("加强部门协作", "Strengthening Interdepartmental Coordination"),
    ("盘活存量资产", "Putting Idle Assets to Use"),
    ("抓项目建设", "Focusing on Project Construction"),
    ("加强生态保护", "Strengthening Ecological Protection"),  # a mass noun: no article
])
def test_work_methods(heading, zh, english):
    assert heading(zh) == english


@pytest.mark.parametrize(("zh", "english"), [
    ("乡村产业加快发展", "Rural Industries Developed Faster"),
    ("村级集体经济发展壮大", "Village Collective Economies Grew Stronger"),
    ("脱贫攻坚成果持续巩固", "Achievements in Poverty Elimination Continued to Be Consolidated"),
    ("科技创新能力明显提升", "The Capacity for Scientific and Technological Innovation Improved Markedly"),
    ("绿色低碳转型加快", "The Green and Low-Carbon Transition Accelerated"),
])
def test_review_headings(heading, zh, english):
    assert heading(zh) == english


@pytest.mark.parametrize(("zh", "english"), [
    ("实施城市更新行动", "Implementing the Action Plan for Urban Renewal"),  # GWR 2021/193
    ("重点领域节能降碳行动", "Action Plan for Energy Saving and Carbon Reduction in Key Sectors"),
    ("乡村建设三年行动", "Three-Year Action Plan for Rural Development"),
    ("开展道路清扫保洁行动", None),  # the initiative's object is not a glossary phrase
])
def test_action_plans(heading, zh, english):
    assert heading(zh) == english


@pytest.mark.parametrize(("zh", "english"), [
    ("附注", "Notes"),  # a statistical release's notes (NBS releases' wording)
    ("指标解释", "Explanatory Notes"),
    ("统计范围", "Statistical Coverage"),
])
def test_the_notes_of_a_release(heading, zh, english):
    assert heading(zh) == english


def test_a_web_pages_sponsor_line():
    renderer = TitleRenderer(get_glossary())
    got = renderer.heading("栖川市发展和改革委员会主办")
    assert got is not None and got.text == "Sponsored by the Qichuan Municipal Development and Reform Commission"
    assert renderer.heading("某某主办") is None


@pytest.mark.parametrize(("zh", "english"), [
    ("招生对象", "Eligibility for Enrolment"),
    ("招生方式和时间", "Enrolment Method and Schedule"),
    ("听证会时间和地点", "Time and Place of the Hearing"),
    ("供应结构", "Supply Structure"),
    ("处理要求", "Handling Requirements"),
    ("季度安排", "Quarterly Arrangements"),
    ("招生招生", None),
])
def test_a_procedure_and_an_aspect_of_it(heading, zh, english):
    assert heading(zh) == english


@pytest.mark.parametrize(("zh", "english"), [
    ("各项存款稳步增长", "Deposits Grew Steadily"),
    ("各项贷款保持合理增长", "Loans Maintained Reasonable Growth"),
    ("信贷资产质量总体稳定", "The Quality of Credit Assets Remained Generally Stable"),
])
def test_a_financial_releases_section_headings(heading, zh, english):
    assert heading(zh) == english

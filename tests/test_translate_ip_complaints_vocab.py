"""English of a city's intellectual property white paper and of a quarter's consumer complaints analysis (held-out
set 71, issue 12): metric_vocab/intellectual_property.py and consumer_complaints.py, the titles of a year's white
paper and of a period's analysis (periodic_titles.py) and the standard headings of both (heading_words.py). Each
expectation is the English an editor would write from the Chinese, official wording where the reference has it."""

from __future__ import annotations

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.titles import TitleRenderer


@pytest.mark.parametrize(("zh", "english"), [
    ("有效注册商标量", "valid registered trademarks"),  # (GWR 2019/354 "a trademark registered")
    ("知识产权质押融资登记金额", "intellectual property pledge financing registered"),  # GWR 2019/416
    ("地理标志证明商标", "geographical indication certification marks"),  # GWR 2019/466
    ("规模以上工业企业有效发明专利拥有量",
     "in-force invention patents of industrial enterprises above designated size"),  # GWR 2018/123
    ("专利转让许可", "patent transfers and licences"),
    ("执业专利代理师", "practising patent attorneys"),
    ("知识产权保护社会满意度", "public satisfaction with intellectual property protection"),
    ("版权产业增加值", "value added of the copyright industries"),  # YB 23-8
])
def test_intellectual_property_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


@pytest.mark.parametrize(("zh", "english"), [
    ("办结投诉", "complaints resolved"),  # (not "complaints about requests answered")
    ("投诉按时办结率", "rate of complaints resolved on time"),
    ("投诉平均办理时长", "average complaint handling time"),
    ("涉及老年消费者的投诉", "complaints involving elderly consumers"),
    ("放心消费承诺单位", "businesses pledging worry-free consumption"),  # GWR 2019/438
    ("消费投诉举报", "consumer complaints and reports"),
    ("在线消费纠纷解决（ODR）企业", "enterprises settling consumer disputes online (ODR)"),
    ("住宿和餐饮服务投诉", "complaints about hotels and catering services"),  # YB 17-1
])
def test_consumer_complaints_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


@pytest.mark.parametrize(("zh", "region", "english"), [
    ("2024年栖川市知识产权发展状况白皮书", "栖川市",
     "White Paper on the Development of Intellectual Property in Qichuan in 2024"),
    ("2025年上半年全县消费投诉举报情况分析", "临溪县",
     "Analysis of Consumer Complaints and Reports in Linxi County in the First Half of 2025"),
    ("2025年全市经营主体发展情况", "丛阳市", "Development of Market Entities in Congyang in 2025"),  # (全市: the region)
])
def test_titles_of_a_white_paper_and_an_analysis(zh: str, region: str, english: str) -> None:
    found = TitleRenderer(get_glossary()).title(zh, "", region)
    assert found is not None and found.status == "derived" and found.text == english


@pytest.mark.parametrize(("zh", "english"), [
    ("（二）商标。", "(2) Trademarks"), ("（三）地理标志。", "(3) Geographical Indications"),
    ("二、投诉热点分析", "II. Complaint Hot Spots"), ("前言", "Preface"),
])
def test_standard_headings(zh: str, english: str) -> None:
    found = TitleRenderer(get_glossary()).heading(zh)
    assert found is not None and found.text == english

"""Section headings of templated genres, table unit lines and year-led headings (issue 12, item 4). Headings
invented for these tests in the shape of the national templates; English written by hand (project renderings,
see build_tools/translate/genre_headings.py)."""

from __future__ import annotations

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.titles import TitleRenderer


@pytest.mark.parametrize(("zh", "en"), [
    ("一、机构概况", "I. Overview of Institutions"),  # housing provident fund annual report
    ("（三）贷款。", "(3) Loans"),
    ("三、意见和建议", "III. Opinions and Suggestions"),  # law-enforcement inspection report
    ("二、各类商品及服务价格环比变动情况",
     "II. Month-on-Month Changes in the Prices of Goods and Services by Category"),  # price release
    ("单位：亿元", "Unit: CNY 100 million"),
    ("单位：万元、%", "Units: CNY 10,000, %"),
    ("一、2023年末政府债务余额情况", "I. Outstanding Government Debt at the End of 2023"),
    ("四、2024年政府债券计划", "IV. Government Bond Plan for 2024"),
    ("（二）养老服务体系", "(2) The Elderly Care System"),  # elderly services statistical bulletin (holdout29)
    ("三、分品种粮食产量", "III. Grain Output by Crop"),  # grain output announcement (holdout29)
    ("二、规划范围和期限", "II. Planning Area and Period"),  # a spatial plan's publicity notice (holdout31)
    ("六、意见反馈方式", "VI. How to Submit Comments"),
    ("（四）妇女参与决策和管理", "(4) Women in Decision-Making and Management"),  # a women's programme (holdout31)
    ("三、妇女与经济", "III. Women and the Economy"),
    ("三、事故造成的人员伤亡和直接经济损失", "III. Casualties and Direct Economic Loss"),  # an accident report
    ("（二）间接原因", "(2) Indirect Causes"),  # (holdout60)
    ("六、事故防范和整改措施建议", "VI. Proposed Measures to Prevent Accidents and Rectify Problems"),
])
def test_genre_headings(zh: str, en: str) -> None:
    tr = TitleRenderer(get_glossary()).heading(zh)
    assert tr is not None and (tr.status, tr.text) == ("derived", en)


@pytest.mark.parametrize("zh", ["单位：头", "2024年某某某情况"])
def test_unknown_units_and_headings_stay_unrendered(zh: str) -> None:
    assert TitleRenderer(get_glossary()).heading_text(zh) is None


@pytest.mark.parametrize(("zh", "en"), [
    ("二、主要气候特征", "II. Main Climate Characteristics"),  # climate bulletin
    ("三、地上附着物和青苗补偿标准", "III. Compensation Standards for Attachments to the Land and Young Crops"),
    ("六、国有资产占用情况", "VI. State-Owned Assets in Use"),  # departmental budget statement
    ("三、蓄水动态", "III. Changes in Water Storage"),  # water resources bulletin
    ("五、体检、考察、公示和聘用", "V. Physical Examination, Assessment, Public Notice and Appointment"),
    ("梧川市水利局 2025年6月", "Wuchuan Municipal Water Resources Bureau, June 2025"),  # a signature of a month
])
def test_more_templates_and_a_signature_month(zh: str, en: str) -> None:
    tr = TitleRenderer(get_glossary()).heading(zh)
    assert tr is not None and (tr.status, tr.text) == ("derived", en)


@pytest.mark.parametrize(("zh", "en"), [
    ("二、申请人的资格要求", "II. Qualification Requirements for Applicants"),  # an open tender's template sections
    ("四、提交投标文件截止时间、开标时间和地点", "IV. Deadline for Bids, and Time and Place of Bid Opening"),
    ("二、起始价、竞买保证金和增价幅度", "II. Starting Price, Bid Deposit and Bid Increment"),  # a land listing
    ("三、征求意见的公众范围", "III. Scope of the Public Consulted"),  # an EIA's second publicity
    ("二、资金使用要求", "II. Requirements for the Use of the Funds"),  # a notice allocating transfer funds
    ("（四）加快支出进度。", "(4) Speeding Up Spending"),
])
def test_template_sections_of_notices(zh: str, en: str) -> None:
    tr = TitleRenderer(get_glossary()).heading(zh)
    assert tr is not None and (tr.status, tr.text) == ("derived", en)


@pytest.mark.parametrize(("zh", "en"), [
    ("第四章 资金保障和申报程序", "Chapter IV Funding and Application Procedure"),  # two standard sections as one
    ("三、组织领导和资金保障", "III. Organization and Leadership, and Funding"),  # a part already a pair
])
def test_two_standard_headings_joined(zh: str, en: str) -> None:
    tr = TitleRenderer(get_glossary()).heading(zh)
    assert tr is not None and tr.text == en


@pytest.mark.parametrize("zh", ["构建和谐社会", "资金保障和某某某", "和平与发展"])
def test_a_joint_inside_a_word_or_an_unknown_part_renders_nothing(zh: str) -> None:
    assert TitleRenderer(get_glossary()).heading_text(zh) is None

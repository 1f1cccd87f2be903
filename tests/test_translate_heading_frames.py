"""Heading frames of plans, speeches, consultation notices and policy interpretations (issue 12): the object of a
heading verb made of glossary phrases, whole-heading frames and the questions of a Q&A interpretation.

Sentences written for these tests in the style of local documents; expected English written by hand from the
Chinese (official wording cited in the code and the glossary). A part without a rendering keeps the heading Chinese.
"""

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.titles import TitleRenderer


@pytest.fixture(scope="module")
def renderer() -> TitleRenderer:
    return TitleRenderer(get_glossary(), year="2024")


@pytest.mark.parametrize(("zh", "en"), [
    # X等Y "Y such as X" (GWR 2021/413 汽车、家电等大宗消费 "home appliances, automobiles, and other big-ticket items")
    ("（一）稳定汽车、家电等大宗消费", "(1) Stabilizing Spending on Big-Ticket Items Such as Automobiles and Home Appliances"),
    ("（一）稳定汽车等大宗消费", "(1) Stabilizing Spending on Big-Ticket Items Such as Automobiles"),
    # X以旧换新 "trade-ins of X"; 激发X活力 "Stimulating X"
    ("3.推动汽车以旧换新。", "3. Promoting the Trade-Ins of Automobiles"),
    ("（四）激发夜间消费活力", "(4) Stimulating Nighttime Consumption"),
    # 增强…的信心 after a review clause of a speech
    ("一、充分肯定成绩，进一步增强优化营商环境的信心",
     "I. Fully Recognizing Our Achievements and Further Strengthening Confidence in Improving the Business Environment"),
    # 推动/促进X持续改善 "Continuing to Improve X" (GWR 2022/459); 确保…落地见效 (GWR 2019/408 "fully implemented")
    ("（二）促进营商环境不断优化", "(2) Continuing to Improve the Business Environment"),
    ("（四）确保各项政策落地见效", "(4) Ensuring All Policies Are Fully Implemented"),
    ("二、聚焦突出问题，推动营商环境持续改善",
     "II. Focusing on Prominent Problems and Continuing to Improve the Business Environment"),
    # 建设 "Building"; the programme after the State Council's English of 2023
    ("（三）聚力乡村振兴，建设宜居宜业和美乡村。", "(3) Focusing on Rural Revitalization and Building a Beautiful and "
     "Harmonious Countryside That Is Desirable to Live and Work in"),
    ("（五）聚力民生改善，增进人民福祉。", "(5) Focusing on Improving Living Standards and Improving People's Wellbeing"),
    ("（五）强化要素支撑", "(5) Strengthening the Provision of Factors of Production"),
    # <services>能力 after 提升/增强: "the capacity of <services>"
    ("（二）提升机构养老服务能力。", "(2) Improving the Capacity of Institutional Elderly Care Services"),
    ("（三）增强社区服务能力", "(3) Strengthening the Capacity of Community Services"),
    # review headings
    ("二、城乡面貌明显改善", "II. The Appearance of Urban and Rural Areas Improved Markedly"),
    ("六、财政金融运行平稳", "VI. Government Finance and the Financial Sector Remained Stable"),
    ("（三）项目建设提速提质。", "(3) Project Construction Sped Up and Improved in Quality"),
    # 保障 "Ensuring" (GWR 2022/483), 关爱 "Caring for" (GWR 2022/547); an object of two glossary phrases joined by 和
    ("（二）保障饮水安全", "(2) Ensuring Safe Drinking Water"),
    ("八、关爱残疾人和困难群体", "VIII. Caring for People with Disabilities and Disadvantaged Groups"),
    ("3.促进城乡居民增收", "3. Promoting Increases in Urban and Rural Personal Incomes"),
    ("（二）坚持农业农村优先发展", "(2) Prioritizing the Development of Agriculture and Rural Areas"),
    # X基本情况: the subject alone, as the NBS yearbook titles 就业基本情况 "Employment"
    ("一、国有资产基本情况", "I. State-Owned Assets"),
    # a plan report's parts: 国民经济和社会发展的主要预期目标 / 主要任务 (GWR 2012/230 "Major Tasks for 2012")
    ("二、2027年国民经济和社会发展的主要预期目标", "II. Main Targets for 2027"),
    ("三、2027年国民经济和社会发展主要任务", "III. Major Tasks for 2027"),
    # review headings of an urban health check and a river chief summary (P), breakdowns of a port's release (P)
    ("（二）社区服务更加便利。", "(2) Community Services Became More Convenient"),
    ("（五）出行效率有所改善。", "(5) Travel Efficiency Improved"),
    ("（四）城市韧性持续增强。", "(4) Urban Resilience Continued to Improve"),
    ("二、分港区情况", "II. By Port Area"),
    ("三、分货类情况", "III. By Type of Cargo"),
    # the closing measures of a notice (P)
    ("（二）强化督导检查。", "(2) Strengthening Supervision and Inspection"),
    ("（四）及时报送情况。", "(4) Reporting Progress Promptly"),
    ("（一）抓紧组织落实。", "(1) Organizing Implementation Promptly"),
])
def test_heading_frames(renderer: TitleRenderer, zh: str, en: str | None) -> None:
    item = renderer.heading(zh)
    if en is None:
        assert item is None or item.status != "derived"
        return
    assert item is not None and (item.text, item.status) == (en, "derived")


@pytest.mark.parametrize(("zh", "en"), [
    # the project boxes of a community-services plan (written for this test)
    ("专栏2 社区养老托育设施建设重点工程", "Box 2: Key Projects to Build Community Elderly Care and Child Care Facilities"),
    ("1.社区便民服务网点建设工程。", "1. Project to Build Community Convenience Service Outlets"),
    ("（二）社区服务设施补短板工程", "(2) Project to Shore Up Weak Links in Community Service Facilities"),
])
def test_project_boxes_of_plans(renderer: TitleRenderer, zh: str, en: str) -> None:
    item = renderer.heading(zh)
    assert item is not None and item.text == en


@pytest.mark.parametrize("zh", ["专栏3 某某工程", "2.某某设施建设工程。"])
def test_project_boxes_without_a_glossary_object_stay_chinese(renderer: TitleRenderer, zh: str) -> None:
    assert renderer.heading(zh) is None


@pytest.mark.parametrize(("zh", "en"), [
    ("一、问：《通知》出台的背景是什么？", "I. Q: What Is the Background to the Notice?"),
    ("一、问：《实施方案》的主要内容是什么？", "I. Q: What Are the Main Contents of the Implementation Plan?"),
    ("问：《通知》在高校毕业生就业方面有哪些措施？",
     "Q: What Measures Does the Notice Contain on the Employment of College Graduates?"),
    ("二、问：援企稳岗有哪些支持政策？",
     "II. Q: What Support Policies Are There for Assistance to Enterprises to Stabilize Employment?"),
    ("三、问：《办法》什么时候开始施行？", "III. Q: When Do the Measures Take Effect?"),
    ("问：《方案》从什么时候开始实施？", "Q: When Does the Plan Take Effect?"),
    ("三、公众可通过以下途径反馈意见建议：", "III. Comments May Be Submitted in the Following Ways"),
])
def test_questions_and_consultation_lines(renderer: TitleRenderer, zh: str, en: str) -> None:
    item = renderer.heading(zh)
    assert item is not None and item.text == en


@pytest.mark.parametrize("zh", [
    "一、问：《通知》在某某方面有哪些措施？",  # the topic is no glossary phrase
    "二、问：这次调整有什么考虑？",  # a free question
    "（一）稳定汽车、某某等大宗消费",  # every example must render
    "（二）推动某某持续改善",
    "（三）确保群众满意",
    "（四）激发某某活力",
    "（五）提升消费信心",  # 信心 only after 增强/提振
    "（六）提升某某能力",
])
def test_frames_with_a_part_that_does_not_render_stay_chinese(renderer: TitleRenderer, zh: str) -> None:
    assert renderer.heading(zh) is None

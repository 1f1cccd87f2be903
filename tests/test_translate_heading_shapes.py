"""Heading shapes of Chinese government documents composed by rule (titles.py): clause headings, 加大X力度,
review headings <noun><progress>. Every expected English was written by hand from the Chinese and the glossary's
official renderings (GWR 2021/215, 2022/236, 2022/256, 2020/79, 2021/43, 2008/28), not copied from the code."""

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.titles import TitleRenderer


@pytest.fixture(scope="module")
def renderer() -> TitleRenderer:
    return TitleRenderer(get_glossary(), year="2024")


@pytest.mark.parametrize(("zh", "en"), [
    ("（二）推进城市更新，增进民生福祉。", "(2) Advancing Urban Renewal and Improving People's Wellbeing"),
    ("一、扩大有效投资，拓宽就业渠道", "I. Expanding Effective Investment and Broadening Employment Channels"),
    ("三、推进城市更新；扩大有效投资；增进民生福祉",
     "III. Advancing Urban Renewal, Expanding Effective Investment and Improving People's Wellbeing"),
    ("一、加大援企稳岗力度。", "I. Stepping Up Assistance to Enterprises to Stabilize Employment"),
    ("（三）进一步加大资金投入力度", "(3) Stepping Up Funding"),
    ("（二）加大资金投入。", "(2) Increasing Funding"),
    ("（四）民生福祉不断增进。", "(4) People's Wellbeing Continued to Improve"),
    ("2.营商环境显著改善", "2. The Business Environment Improved Significantly"),
    # a heading that is a glossary phrase (办好民生实事: project rendering; 蓝天保卫战 GWR 2019/262)
    ("（三）办好民生实事，增进民生福祉。",
     "(3) Delivering Projects for People's Wellbeing and Improving People's Wellbeing"),
    ("（五）民生福祉。", "(5) People's Wellbeing"),
    ("四、安全生产工作", "IV. Workplace Safety"),  # 安全生产 GWR "workplace safety"; 工作 adds nothing
    ("一、蓝天保卫战", "I. The Fight to Keep Our Skies Blue"),
])
def test_heading_shapes(renderer: TitleRenderer, zh: str, en: str) -> None:
    item = renderer.heading(zh)
    assert item is not None and (item.text, item.status) == (en, "derived")


@pytest.mark.parametrize("zh", [
    "（三）提升城市能级，增进民生福祉。",  # one clause has no rendering: the heading stays Chinese
    "一、肯定成绩，提振士气，进一步坚定信心",
    "（三）城市颜值显著改善。",  # 城市颜值 is not in the glossary: no word-by-word guess
    "二、加大监管力度",  # 监管 alone is not a glossary phrase
    "（五）城市品质。",  # no glossary phrase, no verb
])
def test_heading_shapes_left_in_chinese(renderer: TitleRenderer, zh: str) -> None:
    assert renderer.heading(zh) is None


@pytest.mark.parametrize(("zh", "en"), [
    ("联系人：李晓红", "Contact: Li Xiaohong"),  # personal names: family name first, given name one word
    ("联系电话：0591-87654321", "Tel.: 0591-87654321"),
    ("咨询电话：（0736）5128870", "Tel.: (0736) 5128870"),
    ("传真：0591－87654322", "Fax: 0591-87654322"),
    ("电子邮箱：zjj@example.gov.cn", "Email: zjj@example.gov.cn"),
    ("邮政编码：350001", "Postcode: 350001"),
    # a form's or a decision's people, named as contacts are
    ("单位负责人：周明远", "Head of unit: Zhou Mingyuan"),
    ("填报人：吴珊", "Prepared by: Wu Shan"),
    ("法定代表人：林国栋", "Legal representative: Lin Guodong"),
    ("洛阳市统计局", "Luoyang Municipal Bureau of Statistics"),  # a signing body standing alone
])
def test_contact_lines_and_signing_bodies(renderer: TitleRenderer, zh: str, en: str) -> None:
    item = renderer.heading(zh)
    assert item is not None and (item.text, item.status) == (en, "derived")


@pytest.mark.parametrize("zh", [
    "地址：福州市鼓楼区东街100号",  # an address is not rendered word by word
    "联系人：市住房城乡建设局城市更新科",  # an office, not a person
    "审核人：市统计局综合科",  # an office, not a person
    "联系电话：请见附件",  # not a number
    "电子邮箱：见官网",
    "一、洛阳市统计局",  # a numbered heading is a section, not a signature
])
def test_contact_lines_left_in_chinese(renderer: TitleRenderer, zh: str) -> None:
    assert renderer.heading(zh) is None


@pytest.mark.parametrize(("zh", "en"), [
    # a gazette's list of intangible cultural heritage items, by category with their number
    ("三、传统技艺（4项）", "III. Traditional Craftsmanship (4 items)"),
    ("（五）曲艺（1项）", "(5) Storytelling and Ballad Singing (1 item)"),
    ("十、民俗（12项）", "X. Folk Customs (12 items)"),
])
def test_counted_categories(renderer: TitleRenderer, zh: str, en: str) -> None:
    item = renderer.heading(zh)
    assert item is not None and (item.text, item.status) == (en, "derived")


def test_counted_category_without_rendering_stays_chinese(renderer: TitleRenderer) -> None:
    assert renderer.heading("二、地方小吃（3项）") is None


@pytest.mark.parametrize(("zh", "en"), [
    # institutions after their object (GWR 2021/190 长效机制, 2021/375 工作机制, 2022/547 体系)
    ("（三）建立健全城市更新长效机制", "(3) Establishing and Improving the Long-Term Mechanism for Urban Renewal"),
    ("二、健全养老服务体系", "II. Improving the System for Elderly Care Services"),
    ("四、完善乡村振兴工作机制", "IV. Improving the Mechanism for Rural Revitalization"),
    # 深入打好 (GWR 2022/463 "make solid gains in the battle against pollution")
    ("（一）深入打好蓝天保卫战。", "(1) Making Solid Gains in the Fight to Keep Our Skies Blue"),
    ("（二）完善社区服务设施", "(2) Improving Community Service Facilities"),
])
def test_institutions_and_battles(renderer: TitleRenderer, zh: str, en: str) -> None:
    item = renderer.heading(zh)
    assert item is not None and (item.text, item.status) == (en, "derived")


@pytest.mark.parametrize("zh", ["三、健全巡护机制", "（四）完善考核体系", "（二）深入打好碧水保卫战"])
def test_institutions_of_unknown_objects_stay_chinese(renderer: TitleRenderer, zh: str) -> None:
    assert renderer.heading(zh) is None


@pytest.mark.parametrize(("zh", "en"), [
    ("四、切实加强组织领导", "IV. Effectively Strengthening Organization and Leadership"),
    ("（三）严格考核问责。", "(3) Strictly Enforcing Evaluation and Accountability"),  # 考核问责 GWR 2011/469
    ("（五）强化考核问责", "(5) Strengthening Evaluation and Accountability"),
    ("六、压实工作责任", "VI. Ensuring Responsibilities Are Fulfilled"),  # after GWR 2021/375
])
def test_closing_headings_of_plans(renderer: TitleRenderer, zh: str, en: str) -> None:
    item = renderer.heading(zh)
    assert item is not None and (item.text, item.status) == (en, "derived")


def test_closing_heading_with_free_clause_stays_chinese(renderer: TitleRenderer) -> None:
    assert renderer.heading("三、压实工作责任，确保群众真正得到实惠") is None


def test_closing_heading_ensuring_tasks_are_implemented(renderer: TitleRenderer) -> None:
    # 确保各项任务落地见效: 落地见效 "fully implemented" (GWR 2019/408)
    item = renderer.heading("三、压实工作责任，确保各项任务落地见效")
    assert item is not None and item.text == (
        "III. Ensuring Responsibilities Are Fulfilled and Ensuring All Tasks Are Fully Implemented")


@pytest.mark.parametrize(("zh", "en"), [
    ("第二节 全面推进乡村振兴", "Section 2 Comprehensively Advancing Rural Revitalization"),  # sections of a plan
    ("（1）扩大有效投资", "(1) Expanding Effective Investment"),  # the third level of numbering
    ("(3)拓宽就业渠道", "(3) Broadening Employment Channels"),
])
def test_more_numbering_levels(renderer: TitleRenderer, zh: str, en: str) -> None:
    item = renderer.heading(zh)
    assert item is not None and (item.text, item.status) == (en, "derived")


@pytest.mark.parametrize(("zh", "en"), [
    # <verb><X>高质量发展: GWR 2021/377 "Promoting high-quality development of the real economy"
    ("三、推动实体经济高质量发展", "III. Promoting High-Quality Development of the Real Economy"),
    ("（二）推动制造业高质量发展", "(2) Promoting High-Quality Development of Manufacturing"),
    ("（一）推动县域经济高质量发展", "(1) Promoting High-Quality Development of County Economies"),
    ("（三）壮大县域经济", "(3) Expanding County Economies"),  # GWR 2022/431
    ("二、支持民营经济", "II. Supporting the Private Sector"),
    ("（三）支持民营经济发展", "(3) Supporting the Development of the Private Sector"),  # after GWR 2008/398
    ("四、促进县域经济发展", "IV. Promoting the Development of County Economies"),
])
def test_high_quality_development(renderer: TitleRenderer, zh: str, en: str) -> None:
    item = renderer.heading(zh)
    assert item is not None and (item.text, item.status) == (en, "derived")


def test_high_quality_development_of_unknown_stays_chinese(renderer: TitleRenderer) -> None:
    assert renderer.heading("（四）推动镇域经济高质量发展") is None
    assert renderer.heading("（五）推进乡村振兴发展") is None  # rural revitalization is not something that develops


@pytest.mark.parametrize(("zh", "en"), [
    # standard headings of work reports, written by hand after the official English of the same headings
    ("（五）扩大内需", "(5) Expanding Domestic Demand"),  # GWR 2022/369
    ("（七）扩大高水平对外开放", "(7) Pursuing Higher-Standard Opening Up"),  # GWR 2022/436
    ("（四）深入实施创新驱动发展战略", "(4) Further Implementing the Innovation-Driven Development Strategy"),  # 2022/342
    ("（八）持续改善生态环境，推动绿色低碳发展",
     "(8) Continuing to Improve the Environment and Promoting Green and Low-Carbon Development"),  # GWR 2022/459
    ("（九）切实保障和改善民生，加强社会治理",
     "(9) Effectively Ensuring and Improving People's Wellbeing and Strengthening Social Governance"),  # 2022/483
    ("三、稳定和扩大就业", "III. Stabilizing and Expanding Employment"),  # GWR 2020/193
    ("（二）加快发展社会事业", "(2) Accelerating the Development of Social Programs"),  # GWR 2022/106
    ("（一）全面深化改革", "(1) Deepening Reform Across the Board"),  # GWR 2021/142
    ("（六）巩固拓展脱贫攻坚成果", "(6) Consolidating and Building on Achievements in Poverty Elimination"),  # 2022/422
    ("（三）积极扩大有效投资", "(3) Actively Expanding Effective Investment"),
    ("（四）大力发展数字经济", "(4) Vigorously Developing the Digital Economy"),
    ("二、持续优化营商环境", "II. Continuing to Improve the Business Environment"),
    ("（五）大力实施乡村振兴战略", "(5) Vigorously Implementing the Rural Revitalization Strategy"),  # GWR 2018/502
    ("（六）扎实推进区域协调发展战略", "(6) Solidly Advancing the Coordinated Regional Development Strategy"),  # 2018/527
])
def test_work_report_headings(renderer: TitleRenderer, zh: str, en: str) -> None:
    item = renderer.heading(zh)
    assert item is not None and (item.text, item.status) == (en, "derived")


@pytest.mark.parametrize("zh", [
    "（一）积极乡村振兴",  # an adverb needs a verb after it
    "（二）着力扩大内需",  # 着力 has no rendering in a gerund heading
    "（三）全力抓项目扩投资",
])
def test_work_report_headings_left_in_chinese(renderer: TitleRenderer, zh: str) -> None:
    assert renderer.heading(zh) is None


@pytest.mark.parametrize(("zh", "en"), [
    # checked against the State Council's own headings and sentences
    ("（二）深化农村改革", "(2) Deepening Rural Reform"),  # GWR 2010/311 "deepen rural reform"
    ("三、深化“放管服”改革", "III. Deepening Reforms to Delegate Power, Improve Regulation and Upgrade Services"),
    ("（四）生态环境明显改善", "(4) The Environment Improved Markedly"),
    ("（一）做好信访工作", "(1) Doing a Good Job of Public Complaints (Letters and Visits)"),
])
def test_objects_with_modifiers_and_names(renderer: TitleRenderer, zh: str, en: str) -> None:
    item = renderer.heading(zh)
    assert item is not None and (item.text, item.status) == (en, "derived")


@pytest.mark.parametrize(("zh", "en"), [
    # communiqué chapters (China Statistical Yearbook 2021 chapter names where it has them)
    ("三、国民经济核算", "III. National Accounts"),  # CSY 三
    ("七、批发和零售业", "VII. Wholesale and Retail Trades"),  # CSY 十五
    ("八、社会保障和就业", "VIII. Social Security and Employment"),
    ("五、金融和保险", "V. Financial Sector and Insurance"),
    ("六、交通、邮电", "VI. Transport, Postal and Telecommunication Services"),
    ("十、文化、卫生和体育", "X. Culture, Health and Sports"),
])
def test_communique_chapters(renderer: TitleRenderer, zh: str, en: str) -> None:
    item = renderer.heading(zh)
    assert item is not None and (item.text, item.status) == (en, "derived")

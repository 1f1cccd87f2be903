"""A health bureau's review of its year and plan for the next, read by hand (sentences invented for these tests, not
those of any fixture): a bare rate after the figure that names its object (签约率, 发病率), a hospital heading its
clause as the subject, the amount invested to build a named facility (its subject, the metric the investment), and
the English of the bureau, its services and the works done on facilities."""

from __future__ import annotations

import pytest

from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.names import issuer_en
from build_tools.translate.rows import figure_row
from tests.test_figure_attributes import figs, one

REVIEW = {"date": "2026-01-20", "region": "岷溪县", "genre": "work-report",
          "title": "岷溪县卫生健康局2025年工作总结和2026年工作计划"}


def _figs(*texts: str):
    """The paragraphs under the review's first heading (a review and plan says which part a paragraph is in)."""
    return figs("一、2025年工作完成情况", *texts, headings={0: 1}, **REVIEW)


def _english(f) -> str:
    return figure_row(f, get_glossary(), Context(province="", city="")).text


@pytest.mark.parametrize(("text", "value", "metric"), [
    # the rate's act named inside the figure before it: the rate of what that figure counts
    ("家庭医生签约服务覆盖人口18.2万人，签约率为39.6%。", 39.6, "家庭医生签约率"),
    # cases reported, then their rate (报告 is no part of the disease's name)
    ("全年报告法定传染病1875例，发病率为412.3/10万。", 412.3, "法定传染病发病率"),
    ("累计报告肺结核病例96例，发病率为21.4/10万。", 21.4, "肺结核病例发病率"),
])
def test_a_bare_rate_is_of_what_the_figure_before_it_counts(text: str, value: float, metric: str) -> None:
    assert one(_figs(text), value).metric == metric


def test_the_rate_of_a_group_named_with_it_keeps_its_own_name() -> None:
    f = one(_figs("家庭医生签约服务覆盖人口18.2万人，其中重点人群签约率为76.1%。"), 76.1)
    assert f.metric == "重点人群签约率"


@pytest.mark.parametrize("text", [
    "县人民医院门急诊人次达到86万人次。",
    "县人民医院通过三级医院评审，门急诊人次达到86万人次。",
])
def test_a_hospital_heading_its_clause_is_the_subject(text: str) -> None:
    f = one(_figs(text), 86)
    assert (f.metric, f.subject) == ("门急诊人次", "岷溪县人民医院")


@pytest.mark.parametrize("text", [
    # a list of works, of which the hospital's building is one item: the count is of the list
    "全年争取专项债券资金4.2亿元，支持县人民医院门诊楼、城西水厂扩建等9个项目建设。",
    # the hospital's group is another body than the hospital
    "县人民医院医共体门诊量增长12%。",
])
def test_a_hospital_inside_a_list_or_a_longer_name_is_no_subject(text: str) -> None:
    assert all(f.subject != "岷溪县人民医院" for f in _figs(text))


@pytest.mark.parametrize(("text", "value", "metric", "subject"), [
    ("计划投资2.6亿元建设县妇幼保健院新院区。", 2.6, "计划投资", "县妇幼保健院新院区"),
    ("全年投资9800万元实施城北污水处理厂提标改造工程。", 9800, "投资", "城北污水处理厂提标改造工程"),
    ("投资1.1亿元新建县第二中学。", 1.1, "投资", "县第二中学"),
])
def test_an_amount_invested_to_build_a_named_facility_is_that_facilitys(text: str, value: float, metric: str,
                                                                        subject: str) -> None:
    f = one(_figs(text), value)
    assert (f.metric, f.subject) == (metric, subject)


def test_the_size_of_the_works_after_their_investment_is_theirs() -> None:
    found = _figs("计划投资2.6亿元建设县妇幼保健院新院区，设置床位300张，建筑面积4.1万平方米。")
    assert {(f.metric, f.subject) for f in found if f.value in (300, 4.1)} == {
        ("床位", "县妇幼保健院新院区"), ("建筑面积", "县妇幼保健院新院区")}
    # without works named by an investment, beds added are the region's
    assert one(_figs("全年新增床位260张。"), 260).subject == ""


def test_an_amount_invested_in_a_kind_of_works_has_no_subject() -> None:
    f = one(_figs("投资3000万元建设乡村道路。"), 3000)
    assert f.subject == ""


def test_the_review_rows_in_english() -> None:
    rows = {f.value: _english(f) for f in _figs(
        "家庭医生签约服务覆盖人口18.2万人，签约率为39.6%。",
        "全年投入资金2400万元，完成9个乡镇卫生院提标改造。",
        "高血压患者规范管理率由2024年的61.2%提高到66.8%。",
        "出院患者7.3万人次，同比下降1.8%。")}
    assert rows[39.6] == "Contract rate of family doctor services: 39.6%, 2025"
    assert rows[9] == "Township health centers upgraded: 9, 2025"
    assert rows[66.8] == ("Standardized management rate of patients with high blood pressure: up from 61.2% (2024) to "
                          "66.8%, 2025")
    assert rows[7.3] == "Inpatients discharged: 73,000 person-times, 2025"


@pytest.mark.parametrize(("zh", "english"), [
    ("婚检率", "premarital medical checkup rate"),
    ("新建发热门诊", "new fever clinics"),
    ("65岁及以上老年人健康管理率", "health management rate of people aged 65 and over"),
    ("村卫生室提标改造", "village clinics upgraded"),
])
def test_health_services_in_english(zh: str, english: str) -> None:
    assert metric_en(zh, get_glossary()) == english


@pytest.mark.parametrize(("zh", "english"), [
    ("岷溪县卫生健康局", "Minxi County Health Bureau"),
    ("岷溪县卫健局", "Minxi County Health Bureau"),
    ("岷溪县教育体育局", "Minxi County Education and Sports Bureau"),
    ("岷溪县自然资源和规划局", "Minxi County Natural Resources and Planning Bureau"),
])
def test_county_departments_in_english(zh: str, english: str) -> None:
    assert issuer_en(zh, get_glossary()) == english


def _timeline(kind: str, date: str, text: str):
    from build_tools.model import Document, Event
    from build_tools.translate.timeline import event_english

    event = Event(date=date, text=text, kind=kind, precision="month", paragraph="p1")
    return event_english(Document(id="d", title="t", date="2026-01-20", paragraphs=[]), event, get_glossary(),
                         Context(province="", city=""))


def test_works_expected_to_be_done_in_a_month_in_english() -> None:
    t = _timeline("target", "2027-09", "计划投资2.6亿元建设县妇幼保健院新院区，设置床位300张，预计2027年9月建成投用。")
    assert (t.text, t.status) == ("The new campus of the County Maternal and Child Health Care Hospital is expected to "
                                  "be completed and put into use in September 2027.", "derived")


@pytest.mark.parametrize("marker", ["（二）", "二、", "2. "])
def test_the_number_of_a_list_item_is_no_part_of_the_entry(marker: str) -> None:
    t = _timeline("target", "2026-06", marker + "确保城西大桥6月底前建成通车。")
    assert t.text == "The Chengxi Bridge is to be completed and opened to traffic by the end of June 2026."
    # untranslated, the entry is shown as it stands in the text
    t = _timeline("target", "2026-06", marker + "确保完成各项任务，6月底前全面收官。")
    assert (t.text, t.status) == (marker + "确保完成各项任务，6月底前全面收官。", "missing")


@pytest.mark.parametrize(("zh", "english"), [
    ("一、2025年工作完成情况", "I. Work Completed in 2025"),
    ("二、存在的困难和问题", "II. Difficulties and Problems"),
    ("二、补贴对象和标准", "II. Eligible Recipients and Subsidy Standards"),
    ("三、申领方式", "III. How to Apply"),
    # the review's headings of what improved (a subject the work reports name, a predicate in the past tense)
    ("（一）居民健康水平稳步提高。", "(1) Residents' Health Improved Steadily"),
    ("（四）公共卫生体系不断完善。", "(4) The Public Health System Continued to Improve"),
    ("（五）医保支付方式改革深入推进。", "(5) The Reform of Medical Insurance Payment Models Advanced Further"),
])
def test_section_headings_of_a_review_and_of_a_subsidys_interpretation(zh: str, english: str) -> None:
    from build_tools.translate.titles import TitleRenderer

    assert TitleRenderer(get_glossary()).heading(zh).text == english


@pytest.mark.parametrize(("text", "value", "metric", "english"), [
    ("二是队伍老化，乡村医生中60岁以上的占34%。", 34, "60岁以上占乡村医生比重",
     "Share of those aged 60 and over among rural doctors: 34%, 2025"),
    ("全县企业中，小微企业占91%。", 91, "小微企业占全县企业比重",
     "Share of small and micro businesses in the county's enterprises: 91%, 2025"),
])
def test_a_share_of_the_members_of_a_group_named_inside_it(text: str, value: float, metric: str,
                                                            english: str) -> None:
    f = one(_figs(text), value)
    assert f.metric == metric
    assert _english(f) == english


def test_works_to_be_done_by_a_deadline_said_with_a_plan_word_before_it() -> None:
    t = _timeline("target", "2026-06", "城西大桥力争于2026年6月底前建成通车。")
    assert t.text == "The Chengxi Bridge is to be completed and opened to traffic by the end of June 2026."


def test_a_review_and_plan_without_headings_reports_its_review_year() -> None:
    # (…工作总结和2026年工作计划 is a review with a plan part: an undated paragraph is the review's, a 2026 goal the plan's)
    found = figs("家庭医生签约服务覆盖人口17.6万人，签约率为38.2%。", "2026年，力争家庭医生签约率达到44%。", **REVIEW)
    assert (one(found, 38.2).period, one(found, 38.2).status) == ("2025", "actual")
    assert (one(found, 44).period, one(found, 44).status) == ("2026", "target")

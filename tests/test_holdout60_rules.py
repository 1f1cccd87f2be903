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


def test_an_accident_reports_toll_stated_again_is_of_the_accidents_day():
    """An investigation report opens with the accident's day; the toll stated again in its own section, and the
    rescue's means after 事故发生后, are of that day, and the toll is the accident's, not the company's."""
    found = figs("2024年11月3日15时20分许，位于青石工业园的棠溪县金川化工有限公司在检修反应釜时发生一起爆炸事故，"
                 "造成2人死亡、4人受伤，直接经济损失约730万元。",
                 "事故发生后，县消防救援大队共出动消防救援人员45名、消防车9辆。",
                 "三、人员伤亡和直接经济损失",
                 "事故造成2人死亡、4人受伤，直接经济损失为728.6万元。",
                 date="2025-03-20", region="棠溪县", title="棠溪县金川化工有限公司“11·3”爆炸事故调查报告",
                 headings={2: 1})
    assert [f.period for f in found if f.value == 2] == ["2024-11-03", "2024-11-03"]
    assert all(f.subject == "" for f in found if f.value in (2, 4, 730))
    assert one(found, 728.6).period == "2024-11-03"
    assert one(found, 45).period == "2024-11-03"


def test_a_companys_founding_dates_no_size_of_its_profile():
    """成立于/建成于 in a profile dates the founding: the registered capital and a designed capacity have no period,
    a present headcount is of the document's month."""
    found = figs("金川公司成立于2009年6月，注册资本5200万元，主要生产精细化工产品。公司现有职工318人，"
                 "2023年实现营业收入3.4亿元。",
                 "公司储罐区建成于2015年，设计储存能力为每年1.2万吨。",
                 date="2024-12-20", region="棠溪县")
    assert one(found, 5200).period == ""
    assert one(found, 318).period == "2024-12"
    assert one(found, 3.4).period == "2023"
    assert one(found, 1.2).period == ""


def test_a_sanction_on_it_is_the_party_its_item_opens_with():
    """建议由市市场监管局对其处…罚款: the party is the one the numbered item names first (a company, a masked person),
    not the body proposing the fine; 建议由市 is no subject."""
    found = figs("1.金川公司对事故发生负有责任，依据有关规定，建议由市应急管理局对其处85万元罚款。",
                 "2.李某某，金川公司总经理，未履行安全生产管理职责，建议由市应急管理局对其处上一年年收入40%的罚款，"
                 "计12.4万元。",
                 "对县应急管理局等单位的4名公职人员，建议由市纪委监委依规依纪依法追责问责，其中建议给予政务警告处分2人。",
                 date="2025-03-20", region="棠溪县", title="棠溪县金川化工有限公司“11·3”爆炸事故调查报告")
    assert one(found, 85).subject == "金川公司"
    assert one(found, 12.4).subject == "李某某"
    assert one(found, 2, "人").subject == ""


def test_a_base_of_the_same_period_last_year_dates_no_figure():
    """由去年同期的A下降至B, 由上年同期的零起上升至1起: the same months a year before are the base, the figure is of the
    sentence's own period."""
    found = figs("1-6月，全区受理投诉由去年同期的1260件下降至985件，重大火灾由上年同期的2起减少至零起，"
                 "较大险情由上年同期的零起上升至3起。", date="2025-07-15", region="棠溪县")
    f = one(found, 985)
    assert (f.period, f.base_value, f.base_period, f.direction) == ("2025-01/2025-06", 1260, "2024-01/2024-06", "down")
    f = one(found, 3)
    assert (f.period, f.base_period, f.direction) == ("2025-01/2025-06", "2024-01/2024-06", "up")


def test_a_licences_validity_is_no_timeline_entry():
    """持有…许可证（编号…），有效期至2027年5月: the validity of a licence the company holds, no target and no event."""
    from tests.test_events import events_of

    found = events_of("金川公司成立于2009年6月，持有安全生产许可证（编号（浙）WH安许证字〔2022〕0417号），有效期至2028年3月。",
                      "2024年11月3日，金川公司发生一起爆炸事故。", date="2025-03-20")
    assert not any(e.date.startswith("2028") for e in found)
    assert any(e.date == "2024-11-03" for e in found)


def test_the_cases_a_circular_sets_out_after_a_modifier_are_no_figure():
    found = figs("为强化警示震慑，现将今年以来查处的6起典型问题通报如下：", "全县查处问题42起。",
                 date="2025-06-30", region="棠溪县")
    assert [f.value for f in found] == [42]


def test_the_share_of_income_a_fine_is_set_at_is_no_figure():
    found = figs("2.王某某，金川公司总经理，建议由县应急管理局对其处上一年年收入40%的罚款，计9.6万元。",
                 date="2025-03-20", region="棠溪县")
    assert [f.value for f in found] == [9.6]


def test_a_case_paragraphs_span_of_conduct_frames_no_later_paragraph():
    """2021年6月至2024年3月，王某某…: the span of a case's conduct, across years, is no period the next 从…看
    paragraph's undated figures are of."""
    found = figs("2021年6月至2024年3月，王某某利用职务便利，收受财物共计6.3万元。",
                 "从今年查处的案件看，问题主要集中在民生领域。专项整治开展以来，全县共督促整改问题215个。",
                 date="2025-06-30", region="棠溪县")
    assert one(found, 6.3).period == "2021-06/2024-03"
    assert one(found, 215).period != "2021-06/2024-03"


def test_a_sentence_opening_with_the_company_is_of_the_company_named_last():
    """公司现有职工318人 after 金川公司成立于…: the company the profile named, in its paragraph or the one before."""
    found = figs("棠溪县金川化工有限公司（以下简称金川公司）位于青石工业园。",
                 "金川公司成立于2009年6月，注册资本5200万元。公司现有职工318人，2023年实现营业收入3.4亿元。",
                 "公司储罐区建成于2015年，设计储存能力为每年1.2万吨。",
                 date="2024-12-20", region="棠溪县")
    assert one(found, 318).subject == "金川公司"
    assert one(found, 3.4).subject == "金川公司"
    assert one(found, 1.2).subject.startswith("金川公司")  # (金川公司储罐区)


def test_not_earlier_than_is_a_standing_norm():
    """不得早于作业开始前30分钟: a bound in time of a safety rule, as 不得少于 is one of a count."""
    found = figs("有限空间作业前必须检测，检测时间不得早于作业开始前30分钟，监护人员不得少于1名。",
                 date="2025-10-28", region="棠溪县")
    assert (one(found, 30).status, one(found, 30).period) == ("requirement", "")


def test_a_limit_a_standard_sets_is_a_standing_norm():
    found = figs("2024年，园区污水处理厂出水化学需氧量平均浓度为32毫克/升，排放限值为50毫克/升。",
                 date="2025-03-20", region="棠溪县")
    assert (one(found, 50).status, one(found, 50).period) == ("requirement", "")
    assert (one(found, 32).status, one(found, 32).period) == ("actual", "2024")

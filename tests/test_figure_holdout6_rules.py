"""Figure and timeline rules added after the sixth held-out measurement (issue 11/12: a city environment bulletin in
PDF, a county portal's news report of the people's congress quoting the work report); sentences invented for the
rule, expectations read by hand."""

from __future__ import annotations

from build_tools.extract.dates import Anchor
from build_tools.extract.reporting import running_review
from tests.test_events import events_of
from tests.test_figure_attributes import figs, one

NEWS = {"date": "2025-01-12", "region": "松岭县", "title": "松岭县第十七届人民代表大会第四次会议开幕", "genre": "news"}


def test_a_review_opened_in_running_text_dates_the_paragraphs_after_it():
    """A January news report quoting the work report: after 报告说，过去的一年，… the next paragraphs' 全年 and
    undated results are last year's, 预计全年 an estimate of last year; 报告提出，今年… turns to this year."""
    found = figs("1月12日，松岭县第十七届人民代表大会第四次会议开幕。",
                 "报告说，过去的一年，全县经济稳中向好。预计全年地区生产总值增长5.8%。",
                 "全年新增市场主体2310户，城镇新增就业1860人。",
                 "报告提出，今年全县地区生产总值增长6%左右，城镇新增就业2000人以上。", **NEWS)
    assert [(one(found, v).status, one(found, v).period) for v in (5.8, 2310, 1860, 6, 2000)] == [
        ("forecast", "2024"), ("actual", "2024"), ("actual", "2024"), ("target", "2025"), ("target", "2025")]


def test_a_month_in_a_running_review_is_of_the_reviewed_year():
    """9月，…建成通车 after 去年，… in a January article: September of last year, a past event, not a goal."""
    events = events_of("去年，全县固定资产投资增长6.2%。", "9月，松岭至清河二级公路建成通车。",
                       date="2025-01-12", title="松岭县第十七届人民代表大会第四次会议开幕")
    assert [(e.date, e.kind) for e in events if "通车" in e.text] == [("2024-09", "event")]


def test_running_review_needs_the_start_of_a_year_and_stops_at_the_year_ahead():
    january, july = Anchor(2025, 1, 12), Anchor(2025, 7, 12)
    assert running_review("报告指出，过去的一年，全县上下…", january, None) == 2024
    assert running_review("民生福祉持续增进。全年民生支出…", january, 2024) == 2024  # carried on
    assert running_review("会议强调，今年要…", january, 2024) is None
    assert running_review("2025年是“十四五”规划收官之年。", january, 2024) is None
    assert running_review("去年，全县…", july, None) is None  # (in July 全年 is no longer last year's)


def test_what_a_report_proposes_is_a_goal_but_proposals_submitted_are_counts():
    """报告…并提出新建农村公路150公里: a goal of the report; 代表们共提出建议98件: proposals handed in, a result."""
    found = figs("报告从6个方面部署了今年的工作，并提出新建农村公路150公里、新增城镇就业2500人以上。",
                 "会议期间，代表们共提出建议98件。", **NEWS)
    assert [one(found, v).status for v in (150, 2500, 98)] == ["target", "target", "actual"]


def test_a_date_compared_with_by_chiping_is_no_date_of_the_next_clause():
    """…占90.0%，与上年持平；18个省控断面中，…比例为83.3%: 上年 is the base of 持平, the next clause is the
    bulletin's year."""
    found = figs("全市10个国控断面中，水质优良断面9个，占90.0%，与上年持平；18个省控断面中，Ⅰ～Ⅲ类水质断面比例为"
                 "83.3%，比上年提高5.5个百分点。", date="2025-06-05", region="松岭市",
                 title="2024年松岭市生态环境状况公报", genre="report")
    assert [(one(found, v).period) for v in (90.0, 18, 83.3, 5.5)] == ["2024"] * 4
    assert one(found, 5.5).base_period == "2023"


def test_a_count_of_the_reports_parts_is_no_figure():
    """报告从6个方面部署了今年的重点工作: the structure of the report (the goals after it stay)."""
    found = figs("报告从6个方面部署了今年的重点工作，提出新增规模以上工业企业15家以上。", **NEWS)
    assert [f.value for f in found] == [15]


def test_a_towns_industrial_park_is_the_subject_and_a_noise_zone_is_none():
    """柳林镇工业园区入驻企业达到42家: the park's figure; 功能区声环境昼间达标率: a kind of zone, no entity."""
    found = figs("去年，柳林镇工业园区入驻企业达到42家，实现产值38.2亿元。", **NEWS)
    assert [one(found, v).subject for v in (42, 38.2)] == ["柳林镇工业园区"] * 2
    zones = figs("功能区声环境昼间达标率为95.1%，夜间达标率为85.0%。", date="2025-06-05", region="松岭市",
                 title="2024年松岭市生态环境状况公报", genre="report")
    assert [one(zones, v).subject for v in (95.1, 85.0)] == ["", ""]


def test_the_head_after_a_list_of_pollutants_names_every_item():
    """化学需氧量、氨氮和氮氧化物重点工程减排量分别为1520吨、186吨和1320吨: three reductions, not three emissions."""
    found = figs("全年完成化学需氧量、氨氮和氮氧化物重点工程减排量分别为1520吨、186吨和1320吨。", date="2025-06-05",
                 region="松岭市", title="2024年松岭市生态环境状况公报", genre="report")
    metrics = [one(found, v).metric for v in (1520, 186, 1320)]
    assert [m.endswith(p + "重点工程减排量") for m, p in zip(metrics, ("化学需氧量", "氨氮", "氮氧化物"), strict=True)] \
        == [True] * 3, metrics  # (完成 before the list is said of the whole; the English drops it)
    levels = figs("二氧化硫、二氧化氮年平均浓度分别为9微克/立方米、22微克/立方米。", date="2025-06-05", region="松岭市",
                  title="2024年松岭市生态环境状况公报", genre="report")
    assert [one(levels, v).metric for v in (9, 22)] == ["二氧化硫年平均浓度", "二氧化氮年平均浓度"]


BULLETIN = {"date": "2025-06-05", "region": "松岭市", "title": "2024年松岭市生态环境状况公报", "genre": "report"}


def test_a_value_after_its_superlative_is_named_by_the_clause_before():
    """石门县空气质量优良天数比例最高，为95.2%; 河口区PM10年平均浓度最低，仅为41微克/立方米."""
    found = figs("各县（区）中，石门县空气质量优良天数比例最高，为95.2%；河口区PM10年平均浓度最低，仅为41微克/立方米。",
                 **BULLETIN)
    assert [(one(found, v).metric, one(found, v).subject) for v in (95.2, 41)] == [
        ("空气质量优良天数比例", "石门县"), ("PM10年平均浓度", "河口区")]


def test_an_index_or_a_ph_value_without_a_unit_is_a_figure():
    """生态环境状况指数为68.4 and 降水pH年均值为6.12: values without a unit, named on the left."""
    found = figs("全市生态环境状况指数为68.4，降水pH年均值为6.12。", **BULLETIN)
    assert [(one(found, v).metric, one(found, v).unit) for v in (68.4, 6.12)] == [
        ("生态环境状况指数", ""), ("降水pH年均值", "")]


def test_a_slogan_ending_in_a_place_word_is_no_subject_and_a_proposal_verb_no_metric():
    """要坚定不移推进工业强县，全年新增规模以上工业企业15家以上: the county's goal; 报告提出新建农村公路150公里: the metric
    is the roads."""
    found = figs("报告强调，要坚定不移推进工业强县，全年新增规模以上工业企业15家以上。",
                 "报告从6个方面部署了今年的工作，并提出新建农村公路150公里。", **NEWS)
    assert one(found, 15).subject == ""
    assert one(found, 150).metric == "新建农村公路"


def test_a_deadline_in_an_earlier_sentence_of_a_quotation_dates_no_later_figure():
    """他说：“…确保二期9月底前投产。…预计全县工业总产值将突破300亿元。”: the estimate is of the year, not September."""
    found = figs("王华在报告中说：“今年，我们将确保新材料产业园二期9月底前建成投产。随着一批项目相继达产，预计全县规模以上"
                 "工业总产值将突破300亿元。”", **NEWS)
    assert (one(found, 300).status, one(found, 300).period) == ("forecast", "2025")


def test_a_floor_held_for_a_run_of_years_is_the_same_indicator():
    """粮食总产量21.4万吨，连续6年稳定在20万吨以上: the floor is the grain output's, not a metric '连续6年'."""
    found = figs("去年，全县粮食总产量21.4万吨，连续6年稳定在20万吨以上。", **NEWS)
    assert one(found, 20).metric == "粮食总产量"

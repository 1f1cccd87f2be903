"""Rules added after the twentieth held-out measurement (issue 11: a city civil affairs statistical bulletin in DOCX,
a county CPPCC standing committee's work report copied from a news page); sentences invented for each rule,
expectations read by hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

BULLETIN = {"date": "2024-03-20", "region": "栖川市", "genre": "statistics",
            "title": "2023年栖川市民政事业发展统计公报"}
REPORT = {"date": "2025-01-12", "region": "柳川县", "genre": "report",
          "title": "政协柳川县委员会常务委员会工作报告"}


def test_the_subsistence_allowance_scheme_is_no_minimum():
    """最低生活保障对象 names the scheme (subsistence allowances), not a minimum: the year-end counts of the second
    clause are as actual as those of the first."""
    found = figs("2023年末，全市有城市最低生活保障对象0.86万户、1.31万人；农村最低生活保障对象2.15万户、3.42万人，"
                 "比上年末减少0.12万人。", **BULLETIN)
    assert [one(found, v).status for v in (0.86, 1.31, 2.15, 3.42, 0.12)] == ["actual"] * 5
    norm = figs("各地农村低保标准最低不得低于每人每年6000元。", date="2024-05-10", region="栖川市", genre="notice",
                title="栖川市民政局关于提高城乡低保标准的通知")
    assert one(norm, 6000).status == "requirement"


def test_couples_bodies_and_rates_per_person_are_units():
    """结婚登记1.86万对 (couples), 火化遗体1.35万具 (bodies), 760元/人·月 and 6600元/人·年 (an amount per person and
    period, the rate kept in the unit); 1对1帮扶 is no couple."""
    found = figs("全年全市办理结婚登记1.86万对，比上年减少0.21万对；全年火化遗体1.35万具。", **BULLETIN)
    assert (one(found, 1.86).unit, one(found, 1.86).base_unit) == ("万对", "couple")
    assert (one(found, 0.21).direction, one(found, 0.21).base_unit) == ("down", "couple")
    assert one(found, 1.35).unit == "万具"
    found = figs("年末城市低保平均标准为760元/人·月；农村低保平均标准为6600元/人·年。", **BULLETIN)
    assert (one(found, 760).unit, one(found, 760).base_unit) == ("元/人·月", "CNY")
    assert one(found, 6600).unit == "元/人·年"
    paired = figs("全年开展1对1帮扶困难家庭300户。", **BULLETIN)
    assert all(f.unit != "对" for f in paired)


def test_county_leaders_are_no_county_named_before_them():
    """获县领导批示23条 (23 items endorsed by county leaders): 获县 is no county; nor 经市领导 a city."""
    found = figs("全年报送社情民意信息260条，获县领导批示23条，比上年增加7条。", **REPORT)
    assert [one(found, v).subject for v in (23, 7)] == ["", ""]
    found = figs("经市领导协调解决问题41个。", **REPORT)
    assert one(found, 41).subject == ""


def test_a_present_as_of_dates_only_its_own_sentence():
    """过去一年…。截至目前，立案提案已全部办复，办复率100%。县政协确定重点提案10件…: the rate is of the report's
    month; the sentences after it go back to the year the paragraph reviews."""
    found = figs("过去一年，共收到委员提案198件，立案172件。截至目前，立案提案已全部办复，办复率100%。"
                 "县政协确定重点提案10件，由县领导督办。从界别看，经济界委员提交41件。", **REPORT)
    assert one(found, 100).period == "2025-01"
    assert [one(found, v).period for v in (198, 10, 41)] == ["2024", "2024", "2024"]


def test_a_bulletins_summary_of_its_year_is_no_event():
    """2023年，全县…系统坚持…，…事业取得新进展: the year summed up, no dated fact; a figure or a month keeps it."""
    from build_tools.extract.events import is_rhetoric

    assert is_rhetoric("2023年，全县卫生健康系统坚持人民至上，扎实推进各项工作，卫生健康事业取得新进展。")
    assert not is_rhetoric("2023年，全县新建5G基站320个，信息基础设施建设取得新进展。")
    assert not is_rhetoric("2023年6月，沿江大道工程取得新进展。")


def test_merged_proposals_keep_their_verb():
    """并案处理11件 (proposals merged with others): 并 begins the word here, it is no conjunction; 并新建 still is."""
    found = figs("共收到委员提案198件，经审查立案172件，并案处理11件。", **REPORT)
    assert one(found, 11).metric == "并案处理"
    found = figs("全年报送信息150条，并新建工作站3个。", **REPORT)
    assert one(found, 3).metric == "新建工作站"


def test_a_tables_earlier_year_of_a_year_end_stock_is_that_years_end():
    """年末…养老机构床位1.9万张 in the text, a table 指标 | 单位 | 2022年 | 2023年: the 2022 cell of the stock is the end
    of 2022; a flow of the table (办理结婚登记) keeps its year."""
    from build_tools.extract.figures import extract_figures
    from build_tools.model import Document, Metadata, Paragraph

    paras = [Paragraph(id="p0", text="年末全县养老机构床位1.9万张。全年办理结婚登记0.52万对。"),
             Paragraph(id="p1", text="", cells=[["指标", "单位", "2022年", "2023年"],
                                                ["养老机构床位", "万张", "1.7", "1.9"],
                                                ["办理结婚登记", "万对", "0.61", "0.52"]])]
    doc = Document(id="d", title="栖川县2023年民政事业发展统计公报", date="2024-04-10", genre="statistics",
                   paragraphs=paras)
    found = extract_figures(doc, Metadata(date="2024-04-10", region="栖川县"))
    assert [f.period for f in found if f.value == 1.7] == ["2022-12"]
    assert [f.period for f in found if f.value == 0.61] == ["2022"]


def test_a_change_on_last_year_of_a_year_end_level_is_against_last_years_end():
    """年末城市低保平均标准为760元/人·月，比上年提高30元，增长4.1%: against the end of 2022; a flow's 比上年 stays 2022."""
    found = figs("年末城市低保平均标准为760元/人·月，比上年提高30元，增长4.1%。全年支出低保资金3.2亿元，比上年增长2.5%。",
                 **BULLETIN)
    assert [one(found, v).base_period for v in (30, 4.1)] == ["2022-12", "2022-12"]
    assert one(found, 2.5).base_period == "2022"


def test_a_later_sentence_of_what_there_is_keeps_the_year_end():
    """年末全县共有殡仪馆3个。全年火化遗体0.9万具。全县共有公益性公墓12个: the stock stated after the year's flow is
    of the year end too; the flow stays the year's."""
    found = figs("年末全县共有殡仪馆3个。全年火化遗体0.9万具。全县共有公益性公墓12个。", date="2024-04-10",
                 region="栖川县", title="2023年栖川县民政事业发展统计公报", genre="statistics")
    assert [one(found, v).period for v in (3, 0.9, 12)] == ["2023-12", "2023", "2023-12"]

"""Figure and layout rules added after the forty-third held-out measurement (a provincial survey team's migrant
workers monitoring survey report as hard-wrapped TXT, a county trading centre's government procurement open tender
announcement as an HTML page); sentences, tables and pages invented for each rule, expectations read by hand."""

from __future__ import annotations

from build_tools.clean import clean
from build_tools.extract.figures.tenders import is_tender
from build_tools.model import Metadata, Source
from build_tools.structure import build
from tests.test_figure_attributes import figs, one, table_figs

TENDER = {"date": "2026-03-10", "genre": "announcement", "region": "栖川县",
          "title": "栖川县第一中学教学设备采购项目公开招标公告"}


def _docs(*blocks: str):
    src = Source(slug="t", path="t.txt", encoding="utf-8",
                 meta=Metadata(date="2026-03-10", region="栖川县", kind="notice", source="栖川县公共资源交易网"))
    return build(src, clean("\n\n".join(blocks)).blocks).documents


def test_a_numbered_section_head_ending_in_documents_is_no_letterhead():
    """三、获取招标文件 ends in 文件 like a letterhead (栖川县人民政府文件), but a numbered section head never starts a
    new document: the announcement stays one document, its field lines in it."""
    docs = _docs("栖川县第一中学教学设备采购项目公开招标公告", "一、项目基本情况", "项目编号：QC-2026-011",
                 "本项目预算金额为120万元，采购交互式智能平板40台。", "二、获取招标文件",
                 "时间：2026年3月11日至2026年3月17日，每天上午9:00至11:30（法定节假日除外）",
                 "地点：栖川县公共资源交易网")
    assert len(docs) == 1
    assert any(p.text.startswith("时间：2026年3月11日") for p in docs[0].paragraphs)


def test_a_field_line_is_body_text_not_a_heading():
    """时间：…, 预算金额：120万元, 联系人：… are the fields of a form-like list: body paragraphs; a numbered head with
    a colon stays a heading."""
    (doc,) = _docs("栖川县第一中学教学设备采购项目公开招标公告", "一、项目基本情况", "预算金额：120万元",
                   "最高限价：118.5万元", "采购方式：公开招标", "二、其他事项", "本公告未尽事宜以招标文件为准。")
    heads = [p.text for p in doc.paragraphs if p.heading]
    assert heads == ["一、项目基本情况", "二、其他事项"]


def test_a_field_naming_an_amount_is_a_figure_named_by_its_label():
    """预算金额：120万元, 最高限价：118.5万元: the label before the colon names the value; a number after a code's
    label (项目编号：2026011) stays no figure."""
    found = figs("预算金额：120万元", "最高限价：118.5万元", "项目编号：2026011", **TENDER)
    assert one(found, 120).metric == "预算金额"
    assert one(found, 118.5).metric == "最高限价"
    assert not [f for f in found if f.value == 2026011]


def test_a_tender_states_terms_not_observations():
    """In an announcement inviting bids the budget and the quantities are the buyer's plan (target), the price
    ceiling, the bid bond and the thresholds conditions (requirement); none is dated by the publication month."""
    found = figs("本项目预算金额为120万元，最高限价118.5万元。", "投标保证金为1.2万元。",
                 "投标人注册资本不低于200万元。", **TENDER)
    assert (one(found, 120).status, one(found, 120).period) == ("target", "")
    for value in (118.5, 1.2, 200):
        assert (one(found, value).status, one(found, value).period) == ("requirement", ""), value


def test_a_tenders_own_durations_are_no_figures():
    """公告期限为5个工作日, 自本公告发布之日起3个工作日: how long the announcement stands, a step of the procedure."""
    found = figs("本项目预算金额为120万元。", "公告期限为5个工作日。", "自本公告发布之日起3个工作日内提出质疑。", **TENDER)
    assert [f.value for f in found] == [120]


def test_an_announcement_of_the_result_keeps_its_observations():
    """中标公告, 成交结果公告 report a purchase made: no tender, the rule leaves them alone."""
    assert is_tender("栖川县第一中学教学设备采购项目公开招标公告")
    assert is_tender("栖川县道路养护项目竞争性磋商公告（第二次）")
    assert not is_tender("栖川县第一中学教学设备采购项目中标公告")
    assert not is_tender("栖川县第一中学教学设备采购项目成交结果公告")


def test_a_table_of_lots_is_named_by_what_each_lot_buys_with_its_quantity():
    """包号 | 采购内容 | 数量 | 预算金额（万元）: the lot number is a serial, the content names the row, the quantity
    column writes its measure word in each cell (2台)."""
    cells = [["包号", "采购内容", "数量", "预算金额（万元）"], ["包1", "交互式智能平板", "40台", "96.0"],
             ["包2", "学生实验桌椅", "120套", "24.0"]]
    found = table_figs(cells, "采购需求一览表", TENDER)
    assert one(found, 40).unit == "台" and "交互式智能平板" in one(found, 40).metric
    assert one(found, 120).unit == "套" and "学生实验桌椅" in one(found, 120).metric
    assert "交互式智能平板" in one(found, 96.0).metric and one(found, 96.0).status == "target"


SURVEY = {"date": "2026-05-06", "genre": "statistics", "region": "栖川省", "title": "2025年栖川省农民工监测调查报告"}


def test_a_monitoring_survey_report_reports_the_year_its_title_names():
    """2025年…农民工监测调查报告 published in May 2026: its bare 年末 is the end of 2025, observed, and the change
    over the year of that stock is of 2025; not a target of the end of 2026."""
    found = figs("年末在城镇居住的进城农民工312.5万人，比上年增加2.1万人。", **SURVEY)
    assert (one(found, 312.5).period, one(found, 312.5).status) == ("2025-12", "actual")
    assert (one(found, 2.1).period, one(found, 2.1).status, one(found, 2.1).direction) == ("2025", "actual", "up")


def test_a_share_opening_its_clause_is_of_the_group_named_before():
    """在进城农民工中，41.2%认为自己是所居住城市的“本地人”: the share of the group that does what follows, named by
    both (quotes dropped); its change in percentage points the same."""
    found = figs("在进城农民工中，41.2%认为自己是所居住城市的“本地人”，比上年提高0.7个百分点。", **SURVEY)
    assert one(found, 41.2).metric == "认为自己是所居住城市的本地人的进城农民工比例"
    assert (one(found, 0.7).metric, one(found, 0.7).direction) == ("认为自己是所居住城市的本地人的进城农民工比例", "up")
    found = figs("受访企业中，63.5%表示订单有所增加。", **SURVEY)
    assert one(found, 63.5).metric == "表示订单有所增加的受访企业比例"


def test_calendar_days_are_a_duration():
    """合同签订后60日历天内交货, 工期：180日历天: calendar days of a contract's term, a figure in days."""
    found = figs("合同履行期限：合同签订后60日历天内完成交货。", "工期：180日历天。", **TENDER)
    assert (one(found, 60).unit, one(found, 60).base_unit, one(found, 60).status) == ("日历天", "day", "requirement")
    assert one(found, 180).base_unit == "day"


def test_a_tenders_lot_codes_and_time_limits_are_named_by_the_field():
    """1.投标保证金：包1为1万元，包2为0.5万元: each lot's bid bond; 合同履行期限：合同签订后30日历天内: the field names the
    time limit, not the event it counts from; 对小微企业的投标报价给予10%的扣除: the price deduction for small firms."""
    found = figs("1.投标保证金：包1为1万元，包2为0.5万元。", "合同履行期限：合同签订后30日历天内交货。",
                 "对小微企业的投标报价给予10%的扣除，用扣除后的价格参加评审。", **TENDER)
    assert one(found, 1).metric == "包1投标保证金" and one(found, 0.5).metric == "包2投标保证金"
    assert one(found, 30).metric == "合同履行期限"
    assert (one(found, 10).metric, one(found, 10).status) == ("小微企业价格扣除比例", "requirement")


def test_a_bidders_past_contracts_are_named_up_to_their_noun():
    """具有不少于2个同类教学设备供货业绩: the contracts required, named by the whole noun (not cut inside it)."""
    found = figs("投标人近三年具有不少于2个同类教学设备供货业绩。", **TENDER)
    assert (one(found, 2).metric, one(found, 2).status) == ("同类教学设备供货业绩", "requirement")


def test_the_parts_of_a_group_a_sentence_opens_with_are_shares_of_it():
    """在全部农民工中，未上过学的占0.9%，初中文化程度占51.8%: each part's share of the group (全部 dropped);
    在规模以上工业中，高技术制造业增加值占17.6%: the same shape in another genre."""
    found = figs("在全部农民工中，未上过学的占0.9%，初中文化程度占51.8%。", **SURVEY)
    assert one(found, 0.9).metric == "未上过学占农民工比重"
    assert one(found, 51.8).metric == "初中文化程度占农民工比重"
    found = figs("在规模以上工业中，高技术制造业增加值占17.6%。", **SURVEY)
    assert one(found, 17.6).metric == "高技术制造业增加值占规模以上工业比重"

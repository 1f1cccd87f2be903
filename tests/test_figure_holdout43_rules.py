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

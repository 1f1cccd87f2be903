"""Structure rules on short documents written for the purpose (other genres, Traditional script)."""

from __future__ import annotations

from build_tools.clean import clean
from build_tools.model import Metadata, Source
from build_tools.structure import build


def structure(raw: str, kind: str = "notice") -> Source:
    src = Source(slug="t", path="t.txt", encoding="utf-8", meta=Metadata(date="2022", region="某市", kind=kind,
                                                                        source="某市文件"))
    return build(src, clean(raw).blocks)


def test_traditional_notice_is_read_like_a_simplified_one():
    raw = "\n\n".join(["某市人民政府辦公室文件", "某政辦發〔2022〕8號", "某市人民政府辦公室關於加強耕地保護的通知",
                       "各縣（市）區人民政府，市政府各部門：", "經市政府同意，現就有關事項通知如下。",
                       "某市人民政府辦公室", "2022年3月1日", "（此件公開發布）"])
    (doc,) = structure(raw).documents
    assert doc.title == "某市人民政府辦公室關於加強耕地保護的通知"
    assert (doc.doc_number, doc.issuer, doc.signed, doc.genre) == ("某政辦發〔2022〕8號", "某市人民政府辦公室",
                                                                   "2022-03-01", "notice")
    assert [p.role for p in doc.paragraphs] == ["addressee", "body", "signature", "date", "note"]


def test_numbered_lines_with_nothing_under_them_are_list_items():
    raw = "\n\n".join(["某县关于公布第一批示范项目的通知", "经研究，现将第一批示范项目公布如下。", "一、农业类",
                       "1.高标准农田建设项目", "2.设施农业项目", "二、工业类", "3.技术改造项目"])
    (doc,) = structure(raw).documents
    assert [p.text for p in doc.paragraphs if p.heading] == ["一、农业类", "二、工业类"]


def test_attachment_is_its_own_document_with_a_parent():
    raw = "\n\n".join(["某县人民政府关于印发某县节水行动方案的通知", "现将《某县节水行动方案》印发给你们，请认真贯彻执行。",
                       "附件：某县节水行动方案", "某县人民政府", "2022年5月6日", "附件", "某县节水行动方案",
                       "为推进节约用水，制定本方案。", "一、主要目标", "到2025年，万元生产总值用水量下降16%。"])
    notice, plan = structure(raw).documents
    assert plan.title == "某县节水行动方案" and plan.parent == notice.id and plan.genre == "plan"
    assert notice.signed == "2022-05-06"


def test_table_rows_become_one_table_paragraph_with_cells():
    raw = "全县主要指标如下。\n表1 主要经济指标\n指标 绝对数 增长（%）\n地区生产总值（亿元） 286.4 4.6\n一般公共预算收入（亿元） 15.8 6.7\n"
    (doc,) = structure(raw, "statistics").documents
    table = [p for p in doc.paragraphs if p.role == "table"]
    assert len(table) == 1
    assert table[0].cells == [["指标", "绝对数", "增长（%）"], ["地区生产总值（亿元）", "286.4", "4.6"],
                              ["一般公共预算收入（亿元）", "15.8", "6.7"]]
    assert [p.role for p in doc.paragraphs if "表1" in p.text] == ["caption"]

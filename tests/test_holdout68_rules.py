"""Rules written after the sixty-eighth held-out set (a county bureau's reply to a deputy's suggestion with an attached
Word table, a city fire and rescue detachment's fire situation bulletin), tested on invented sentences and tables."""

from __future__ import annotations

from build_tools.extract.figures import extract_figures
from build_tools.extract.figures.header_rows import align_total_rows
from build_tools.extract.reporting import reporting_period
from build_tools.model import Metadata
from tests.test_figure_attributes import figs, one, table_figs
from tests.test_structure import structure

REPLY = {"title": "某县农业农村局关于县十七届人大四次会议第8号建议的答复", "date": "2025-07-10", "genre": "",
         "region": "某县"}


def test_a_table_titled_on_the_line_before_it_is_captioned_by_that_line():
    """附件：2024年度…完成情况表 over a table after the signature: the caption, not a note listing the attachments, so
    the caption's year dates the cells (not the plans of the last section) and the table is not a plan's."""
    raw = "\n\n".join(["某县农业农村局关于县十七届人大四次会议第8号建议的答复", "张明代表：",
                       "您提出的建议收悉。现答复如下：", "一、下一步工作打算",
                       "2025年，我局将新建高标准农田2万亩。", "某县农业农村局", "2025年7月10日",
                       "附件：2024年度高标准农田建设项目完成情况表（部分）",
                       "项目名称\t面积（亩）\t投资（万元）", "东湾片区项目\t3200\t480", "西岭片区项目\t2600\t390"])
    (doc,) = structure(raw, "other").documents
    caption = next(p for p in doc.paragraphs if p.text.startswith("附件"))
    assert (caption.role, caption.heading) == ("caption", 0)
    meta = Metadata(date="2025-07-10", region="某县")
    doc.reporting_period = reporting_period(doc, meta)
    found = extract_figures(doc, meta)
    assert (one(found, 3200).period, one(found, 3200).status) == ("2024", "actual")
    assert one(found, 390).subject == "西岭片区项目"
    assert (one(found, 2).period, one(found, 2).status) == ("2025", "target")  # the plans stay plans


def test_an_attachment_list_line_without_a_table_stays_a_note():
    raw = "\n\n".join(["某县关于印发工作方案的通知", "现将工作方案印发给你们，请认真贯彻执行。",
                       "附件：某县农村供水工作方案", "某县人民政府", "2025年5月6日"])
    (doc,) = structure(raw).documents
    assert next(p for p in doc.paragraphs if p.text.startswith("附件")).role == "note"


def test_a_total_row_whose_label_spans_columns_reads_its_figures_in_their_columns():
    rows = [["序号", "乡镇", "项目名称", "面积（亩）", "投资（万元）"], ["1", "东湾镇", "东湾片区项目", "3200", "480"],
            ["合计", "5800", "870"]]
    assert align_total_rows(rows)[2] == ["合计", "合计", "合计", "5800", "870"]
    assert align_total_rows([["地区", "人口"], ["甲区", "12"], ["合计", "12"]])[2] == ["合计", "12"]  # no span
    # (a last column of words, its empty cell lost after the total's figures: the figures stay under theirs)
    words = [["序号", "项目名称", "总投资", "年度投资", "建设内容"], ["1", "东湾项目", "12.4", "4.1", "新建厂房"],
             ["合计", "12.4", "4.1"]]
    assert align_total_rows(words)[2] == ["合计", "合计", "12.4", "4.1", ""]
    found = table_figs([*rows[:2], ["2", "东湾镇", "北坡项目", "2600", "390"], rows[2]], "2024年度项目完成情况表",
                       REPLY)
    assert one(found, 5800).subject == ""
    assert one(found, 870).unit == "万元"


def test_a_change_column_headed_by_its_comparison_alone_is_signed():
    """火灾起数 | 同比（%）: a negative cell a fall, the others rises (the comparison said as 同比下降/增长)."""
    cells = [["地区", "案件数（件）", "同比（%）", "涉案金额（万元）", "同比（%）"],
             ["甲区", "120", "-6.3", "860.5", "12.4"], ["乙区", "95", "4.1", "402.3", "-8.8"]]
    found = table_figs(cells, "2025年1-9月各区案件情况统计表", {**REPLY, "date": "2025-10-15"})
    assert (one(found, 6.3).direction, one(found, 6.3).subject) == ("down", "甲区")
    assert one(found, 12.4).direction == "up"
    assert one(found, 4.1).direction == "up"
    assert one(found, 8.8).direction == "down"
    assert not [f for f in found if f.value < 0]


def test_a_comparison_inside_a_longer_header_is_not_bare():
    found = figs("甲区：案件数120件，同比增长5.2%。", date="2025-10-15")
    assert one(found, 5.2).direction == "up"


def test_the_total_of_a_list_of_projects_is_their_planned_size():
    cells = [["序号", "项目名称", "总投资（亿元）", "年度计划投资（亿元）", "建设内容"],
             ["1", "北湾物流园项目", "22.5", "6.1", "建设仓储设施"], ["2", "南岭大桥工程", "14.3", "3.2", "新建大桥"],
             ["合计", "36.8", "9.3"]]
    found = table_figs(cells, "附件：2026年市级重点项目情况表", {**REPLY, "date": "2026-03-02"})
    assert (one(found, 36.8).period, one(found, 36.8).status, one(found, 36.8).subject) == ("", "target", "")
    assert (one(found, 9.3).period, one(found, 9.3).status) == ("2026", "target")


def test_an_act_passed_in_a_month_does_not_date_the_paragraph_after_it():
    """…中心已于2025年10月通过资质认定 opens the paragraph: the month dates the act, not the present figures after it
    (a letter of June 2026)."""
    found = figs("县水质检测中心已于2025年10月通过资质认定。全县已落实管水员412名。", date="2026-06-15")
    assert one(found, 412).period == "2026-06"
    found = figs("2025年10月，全县新建水厂3座。全年供水1.2亿立方米。", date="2026-06-15")
    assert one(found, 3).period == "2025-10"  # (a date opening the paragraph still frames it)


def test_a_bound_a_body_requires_is_a_requirement():
    found = figs("我局要求各供水单位建立值班制度，管网故障抢修时间一般不超过48小时。", date="2026-06-15")
    assert (one(found, 48).period, one(found, 48).status) == ("", "requirement")
    found = figs("按照要求，对乡镇水厂每年开展水质检测不少于4次。", date="2026-06-15")
    assert one(found, 4).status == "requirement"
    found = figs("经检查，全县达到要求的水厂不少于30座。", date="2026-06-15")  # a result, not a bound required
    assert one(found, 30).status == "actual"


def test_the_toll_of_one_incident_narrated_with_its_hour_has_no_place_as_subject():
    found = figs("3月2日晚上9时许，栖川县南湖镇一处废品收购站发生火灾，造成1人受伤，过火面积约120平方米，直接财产损失"
                 "36万元。", date="2025-03-20")
    assert {(f.value, f.subject) for f in found} >= {(1, ""), (120, ""), (36, "")}
    found = figs("南湖镇发生火灾3起，造成1人受伤。", date="2025-03-20")  # a place's count of fires: its own
    assert one(found, 3).subject == "南湖镇"


def test_deaths_and_injuries_of_a_count_of_fires_in_a_bulletin_s_short_words():
    found = figs("1-6月，全县共接报火灾386起，亡2人，伤5人，直接财产损失412.6万元。", date="2025-07-10")
    assert (one(found, 2).metric, one(found, 5).metric) == ("火灾死亡人数", "火灾受伤人数")
    found = figs("1-6月，全县住宅火灾152起，占火灾总数的39.4%，亡2人。", date="2025-07-10")
    assert one(found, 2, "人").metric.endswith("死亡人数")


def test_a_set_and_its_parts_counted_with_you_without_a_comma():
    found = figs("今年以来，9名遇难者中有7人为老年人。全县20个乡镇中有16个完成改造。", date="2025-07-10")
    assert not [f for f in found if f.value in (9, 20)]

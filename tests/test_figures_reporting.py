"""The document's reporting period (build_tools/extract/reporting.py): genre and text before the metadata date.

Every expectation is read from the title and genre as an analyst would (a communiqué of 2023 published in 2024
reports 2023), never copied from the output."""

from __future__ import annotations

import pytest

from build_tools.extract.reporting import reporting_period, text_anchor
from build_tools.model import Document, Metadata, Paragraph


def _doc(title: str, date: str, genre: str = "", subtitle: str = "", body: str = "") -> Document:
    paras = [Paragraph(id="p1", text=body)] if body else []
    return Document(id="d", title=title, date=date, genre=genre, subtitle=subtitle, paragraphs=paras)


@pytest.mark.parametrize(("title", "date", "genre", "subtitle", "body", "expected"), [
    # a communiqué reports the year in its title, even when published the next year
    ("栖川市2023年国民经济和社会发展统计公报", "2024-03-28", "statistics", "", "", "2023"),
    ("2023年栖川市生态环境状况公报", "2024-06-05", "report", "", "", "2023"),
    ("二○二二年第一季本地生產總值修訂數字", "2022-05-13", "article", "", "", "2022-01/2022-03"),
    # a year's white paper or report on the state of development, published the next year, reports that year
    ("2024年某市法治政府建设白皮书", "2025-03-20", "report", "", "", "2024"),
    ("2023年某县数字经济发展状况报告", "2024-05-10", "report", "", "", "2023"),
    # a work report delivered in January reviews the year before
    ("政府工作报告", "2024-01-09", "report", "——2024年1月9日在石梁县第十八届人民代表大会第四次会议上", "", "2023"),
    ("政府工作报告", "2022-01-06", "report", "", "", "2021"),
    # a plan runs from its date to its target year
    ("泽源市“十四五”生态环境保护规划", "2021-12-20", "plan", "", "", "2021/2025"),
    ("某市“十三五”交通发展规划", "2016-05", "plan", "", "", "2016/2020"),
    ("关于加快发展数字经济的实施方案", "2022-03", "plan", "", "到2025年，数字经济核心产业增加值达到100亿元。"
     "到2025年，建成5G基站2000个。到2035年，全面建成数字城市。", "2022/2025"),
    # a title naming an earlier period (news of the first half, published in July)
    ("上半年我市地区生产总值增长5.8%", "2024-07-26", "article", "", "", "2024-01/2024-06"),
    # otherwise the document's own date (目前, 现在 are that date)
    ("守护生态 共筑美好家园", "2021-06", "article", "", "", "2021-06"),
    ("在全县经济工作会议上的讲话", "2023-12-27", "speech", "", "", "2023-12-27"),
    # a "since" phrase as a record's yardstick and a forecast's day in a headline report no period of their own
    ("某市出现今年以来最强降温过程 预计12日起气温回升", "2024-01-10", "article", "", "", "2024-01-10"),
    ("我县遭遇有气象记录以来首次特大暴雨", "2024-08-02", "article", "", "", "2024-08-02"),
])
def test_reporting_period(title: str, date: str, genre: str, subtitle: str, body: str, expected: str) -> None:
    assert reporting_period(_doc(title, date, genre, subtitle, body), Metadata()) == expected


def test_metadata_date_is_the_last_resort() -> None:
    doc = _doc("城乡生态环境明显改善", "")
    assert reporting_period(doc, Metadata(date="2019-09")) == "2019-09"
    assert reporting_period(_doc("清溪县2022年国民经济和社会发展统计公报", ""), Metadata(date="2023-03-20")) == "2022"
    assert reporting_period(_doc("无题", ""), Metadata()) == ""


def test_text_anchor_of_a_communique_is_its_year() -> None:
    """年末 in a 2023 communiqué published in 2024 is the end of 2023; a work report's 去年 counts from its date."""
    doc = _doc("栖川市2023年国民经济和社会发展统计公报", "2024-03-28", "statistics")
    doc.reporting_period = reporting_period(doc, Metadata())
    assert text_anchor(doc, Metadata()) == "2023"
    report = _doc("政府工作报告", "2024-01-09", "report")
    report.reporting_period = reporting_period(report, Metadata())
    assert text_anchor(report, Metadata()) == "2024-01-09"


@pytest.mark.parametrize(("title", "date", "expected_period", "expected_anchor"), [
    # a bulletin on the situation of a past year (情况通报) reports that year; its 全年 and 6月 are that year's
    ("松阳县2023年全县森林火灾情况通报", "2024-02-06", "2023", "2023"),
    ("关于2024年度全市建设工程质量监督抽查情况的通报", "2025-03-12", "2024", "2024"),
])
def test_a_situation_bulletin_reports_the_year_in_its_title(title: str, date: str, expected_period: str,
                                                              expected_anchor: str) -> None:
    doc = _doc(title, date, "notice", body="全年共发生火灾12起。")
    meta = Metadata(date=date)
    doc.reporting_period = reporting_period(doc, meta)
    assert doc.reporting_period == expected_period
    assert text_anchor(doc, meta) == expected_anchor

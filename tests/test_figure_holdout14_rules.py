"""Figure and date rules added after the fourteenth held-out measurement (issue 11/12: a city census communiqué in
PDF, a county education statistics bulletin for a school year in DOCX); sentences invented for the rules,
expectations read by hand."""

from __future__ import annotations

from build_tools.extract.dates import Anchor, find_dates, is_comparison
from build_tools.extract.reporting import reporting_period
from build_tools.model import Document, Metadata, Paragraph
from tests.test_figure_attributes import figs, one

CENSUS = {"date": "2021-06-08", "region": "岷阳市", "title": "岷阳市第七次全国人口普查主要数据公报",
          "genre": "statistics"}
SCHOOL = {"date": "2023-05-10", "region": "汀溪区", "title": "汀溪区2022—2023学年教育统计公报",
          "genre": "statistics"}
CENSUS_LEAD = "根据国务院统一部署，我市以2020年11月1日零时为标准时点开展了第七次全国人口普查。"


def _doc(title: str, date: str, *texts: str) -> tuple[Document, Metadata]:
    paras = [Paragraph(id=f"p{i}", text=t) for i, t in enumerate(texts)]
    return Document(id="d", title=title, date=date, genre="statistics", paragraphs=paras), Metadata(date=date)


def test_a_census_communique_reports_its_standard_time():
    """No period in the title: the 标准时点 of the opening paragraph is the moment the figures describe."""
    assert reporting_period(*_doc(CENSUS["title"], CENSUS["date"], CENSUS_LEAD, "全市常住人口为1234567人。")) \
        == "2020-11-01"
    sample = "以2015年11月1日零时为调查标准时点，我省开展了全国1%人口抽样调查。"
    assert reporting_period(*_doc("2015年全省1%人口抽样调查主要数据公报", "2016-04-20", sample)) == "2015"
    assert reporting_period(*_doc("岷阳市人口抽样调查主要数据公报", "2016-04-20", sample)) == "2015-11-01"
    # a standard time after the publication date (a notice announcing a survey) is no reported period
    later = "本次调查以2025年11月1日零时为标准时点。"
    assert reporting_period(*_doc("岷阳市人口抽样调查工作公报", "2025-06-01", later)) == "2025-06-01"


def test_census_levels_at_the_standard_time_and_changes_against_a_named_census_base():
    found = figs(CENSUS_LEAD, "全市常住人口中，居住在城镇的人口为812345人，占61.20%。",
                 "与2010年第六次全国人口普查相比，60岁及以上人口的比重上升4.10个百分点，城镇人口增加98765人。",
                 **CENSUS)
    assert one(found, 812345).period == "2020-11-01"
    assert one(found, 61.20).period == "2020-11-01"
    assert (one(found, 4.10).period, one(found, 4.10).direction, one(found, 4.10).base_period) == (
        "2020-11-01", "up", "2010-11-01")
    assert (one(found, 98765).period, one(found, 98765).direction) == ("2020-11-01", "up")


def test_a_base_named_after_its_date_is_a_comparison():
    text = "与2010年第六次全国人口普查相比，人口增长5.2%"
    (d,) = find_dates(text, Anchor.from_iso("2021-05-20"))
    assert is_comparison(text, d.start, d.end)
    plain = "2010年第六次全国人口普查时，全市人口为120万人"
    (d,) = find_dates(plain, Anchor.from_iso("2021-05-20"))
    assert not is_comparison(plain, d.start, d.end)
    # a clause break between the date and 相比: the date is no base
    broken = "和2019年，相比之下"
    (d,) = find_dates(broken, Anchor.from_iso("2021-05-20"))
    assert not is_comparison(broken, d.start, d.end)


def test_a_school_year_is_september_to_august():
    anchor = Anchor.from_iso("2023-05-10")
    assert [d.iso for d in find_dates("2022—2023学年第二学期", anchor)] == ["2022-09/2023-08"]
    assert [d.iso for d in find_dates("2021/2022学年度全区招生情况", anchor)] == ["2021-09/2022-08"]
    assert find_dates("2021/2023学年", anchor) == []  # not two consecutive years: no school year
    assert reporting_period(*_doc(SCHOOL["title"], SCHOOL["date"], "全区共有小学21所。")) == "2022-09/2023-08"


def test_school_year_figures_and_no_fraction_of_the_two_years():
    found = figs("2022—2023学年，全区共有小学21所，在校生18650人，比上学年增加312人。", **SCHOOL)
    assert not [f for f in found if f.value in (2022, 2023) or abs(f.value - 2022 / 2023) < 1e-6
                or f.unit == "%" and f.value == 100]
    assert one(found, 21).period == "2022-09/2023-08"
    assert (one(found, 312).period, one(found, 312).direction) == ("2022-09/2023-08", "up")
    found = figs("2021/2022学年全区初中毛入学率为101.2%。", **SCHOOL)
    assert one(found, 101.2).period == "2021-09/2022-08"


def test_a_ratio_of_a_number_to_one_gives_that_number():
    found = figs("全区小学专任教师1420人，生师比为16.35:1；初中生师比为11.8∶1。", **SCHOOL)
    assert (one(found, 16.35).unit, one(found, 16.35).base_unit) == ("", "")
    assert one(found, 16.35).metric.endswith("生师比")  # (the level 小学 of the clause before is not carried yet)
    assert one(found, 11.8).metric == "初中生师比"
    assert not [f for f in found if f.value == 1]
    # a clock time or a score after no 比 is no ratio
    assert not [f for f in figs("比赛于19:1开始，比分为3:1。", **SCHOOL) if f.value in (19, 3)]

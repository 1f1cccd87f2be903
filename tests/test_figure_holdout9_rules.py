"""Figure and timeline rules added after the ninth held-out measurement (issue 11/12: a county human resources and
social security statistical bulletin as plain text, a city culture and tourism bureau's news page on a holiday as
HTML); sentences invented for each rule, expectations read by hand."""

from __future__ import annotations

from build_tools.extract.figures import extract_figures
from build_tools.extract.reporting import reporting_period
from build_tools.model import Document, Figure, Metadata, Paragraph
from tests.test_figure_attributes import one


def _news(title: str, date: str, *texts: str, region: str = "云溪市") -> tuple[Document, list[Figure]]:
    paras = [Paragraph(id=f"p{i}", text=t) for i, t in enumerate(texts)]
    doc = Document(id="d", title=title, date=date, genre="news", paragraphs=paras)
    meta = Metadata(date=date, region=region)
    doc.reporting_period = reporting_period(doc, meta)
    return doc, extract_figures(doc, meta)


def test_a_report_on_a_holiday_that_has_ended_dates_its_figures_by_the_holiday():
    """A news report on a holiday's results names the holiday once (title or opening) and then gives its figures
    without naming it again: they are the holiday's, not the day of publication's."""
    doc, found = _news("国庆假期我市旅游市场持续升温", "2024-10-09",
                       "记者从市文化和旅游局获悉，全市共接待游客236.5万人次，同比增长8.2%。",
                       "全市重点监测的20家旅游饭店平均客房入住率为68.4%。")
    assert doc.reporting_period == "2024-10-01/2024-10-07"
    assert one(found, 236.5).period == one(found, 8.2).period == one(found, 68.4).period == "2024-10-01/2024-10-07"
    doc, found = _news("我市文旅市场红火", "2024-05-06",
                       "“五一”假期5天，全市文旅市场安全有序。全市接待游客98.6万人次，实现旅游收入7.3亿元。")
    assert doc.reporting_period == "2024-05-01/2024-05-05"
    assert one(found, 7.3).period == "2024-05-01/2024-05-05"


def test_a_preview_of_a_holiday_still_to_come_keeps_the_publication_date():
    """Published before the holiday ends (a guide to its events), the holiday is not what the figures report."""
    doc, found = _news("2024年国庆假期文旅活动指南发布", "2024-09-26",
                       "今年国庆假期，全市将推出文旅活动120余场，目前已有85家景区发布优惠措施。")
    assert doc.reporting_period == "2024-09-26"
    assert one(found, 85).period == "2024-09"
    doc, _ = _news("国庆假期全市接待游客236.5万人次", "2024-10-09")  # the title alone is enough
    assert doc.reporting_period == "2024-10-01/2024-10-07"
    doc, _ = _news("我市召开旅游工作会议", "2024-10-20", "会议指出，今年以来全市旅游市场持续回暖，国庆假期接待游客再创新高。")
    assert doc.reporting_period == "2024-10-20"  # named late in the paragraph, not the report's topic


def test_the_days_of_the_lunar_new_year_are_not_the_beginning_of_the_year():
    """大年初三 is the third day of the Spring Festival, not 年初 (January): the day named beside it dates the figure,
    and the name keeps its words."""
    from build_tools.extract.dates import Anchor, find_dates

    assert [d.iso for d in find_dates("大年初三当天客流最高", Anchor(2024, 2, 20))] == []
    assert [d.iso for d in find_dates("年初全市新增企业320家", Anchor(2024, 6, 20))] == ["2024-01"]  # still 年初
    _, found = _news("春节假期我市旅游市场红火", "2024-02-19",
                     "全市共接待游客96.3万人次。其中，2月12日（大年初三）单日接待游客18.2万人次，创历史新高。")
    assert one(found, 18.2).period == "2024-02-12"
    assert one(found, 18.2).metric == "单日接待游客"  # the day's other name in brackets is no part of the name


def _communique(*texts: str) -> list[Figure]:
    paras = [Paragraph(id=f"p{i}", text=t) for i, t in enumerate(texts)]
    doc = Document(id="d", title="云溪县2023年度人力资源和社会保障事业发展统计公报", date="2024-05-10", genre="statistics",
                   paragraphs=paras)
    meta = Metadata(date="2024-05-10", region="云溪县")
    doc.reporting_period = reporting_period(doc, meta)
    return extract_figures(doc, meta)


def test_a_year_end_stock_opening_a_paragraph_does_not_date_the_years_flows_after_it():
    """年末… opening a paragraph with its figure dates that sentence (and its 其中), not the flows of the year told in
    the sentences after it."""
    found = _communique("年末全县就业人员31.2万人，比上年末增加0.3万人。其中，城镇就业人员14.6万人。全年城镇新增就业"
                        "4120人。城镇失业人员再就业1350人，就业困难人员实现就业420人。")
    assert one(found, 31.2).period == one(found, 14.6).period == "2023-12"
    assert one(found, 4120).period == one(found, 1350).period == one(found, 420).period == "2023"
    found = _communique("年末，全县城镇登记失业率为3.1%。城镇登记失业人员2860人。")  # a frame of its own clause
    assert one(found, 3.1).period == one(found, 2860).period == "2023-12"

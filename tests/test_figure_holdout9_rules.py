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


def test_notes_under_a_zhushi_heading_give_no_figures():
    """注释： on a line of its own opens the numbered notes: a formula's ×100% and the denominator it names are no
    key figures (nor targets of the goals section before the notes)."""
    found = _communique("二、2024年主要目标", "全县计划实现城镇新增就业4000人以上。", "注释：",
                        "1.参保率＝参保人数/应参保人数×100%，应参保人数为41.2万人。")
    assert [f.value for f in found] == [4000]


def test_a_change_of_an_amount_against_a_base_has_a_direction():
    """比上年末提高12元: 提高 of an amount after a comparison is a change (up), not a rate verb of a count."""
    found = _communique("年末城乡居民月人均养老金为210元，比上年末提高15元。")
    assert (one(found, 15).direction, one(found, 15).kind) == ("up", "growth")
    assert one(found, 210).direction == ""
    found = _communique("全县加快建设7个科技创新平台。")  # 加快 with a count and no base: no change
    assert one(found, 7).direction == ""


def test_jiuye_and_congye_begin_a_word_not_an_adverb_or_a_preposition():
    """就业人员, 从业人员: 就 and 从 begin the word; the figure keeps its name and is found."""
    found = _communique("年末全县从业人员31.5万人，比上年末增加0.2万人。年末全县就业人员29.8万人。")
    assert one(found, 31.5).metric == "从业人员" and one(found, 0.2).metric == "从业人员"
    assert one(found, 29.8).metric == "就业人员"


def test_values_of_a_fenbie_list_with_their_own_verbs():
    """分别比上年增长A和下降B: two values, each with its own direction, for the two items in order."""
    found = _communique("全年工伤保险基金收入2400万元，基金支出2100万元，分别比上年增长3.1%和下降2.7%。")
    assert (one(found, 3.1).metric, one(found, 3.1).direction) == ("工伤保险基金收入", "up")
    assert (one(found, 2.7).metric, one(found, 2.7).direction) == ("基金支出", "down")
    found = _communique("全年粮食产量和油料产量分别下降1.2%和增长3.4%。")
    assert [(f.metric, f.direction) for f in found] == [("粮食产量", "down"), ("油料产量", "up")]

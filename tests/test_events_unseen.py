"""Timeline rules added after the second held-out measurement (issue 11); sentences invented, expectations by hand."""

from __future__ import annotations

from build_tools.extract.events import extract_events
from build_tools.model import Document, Event, Metadata, Paragraph


def events_of(*texts: str, date: str, title: str = "测试文档") -> list[Event]:
    doc = Document(id="d", title=title, date=date,
                   paragraphs=[Paragraph(id=f"p{i}", text=t) for i, t in enumerate(texts)])
    return extract_events(doc, Metadata(date=date, region="栖川市"))


def test_the_years_goal_stated_under_a_part_of_the_year_is_the_years():
    """下半年，要…，确保完成全年…增长6%左右的预期目标: the goal is 2024's; 力争四季度…增长7.5%以上 is the quarter's."""
    found = events_of("下半年，要全力以赴稳增长、扩内需，确保完成全年地区生产总值增长6%左右的预期目标。",
                      "会议强调，要紧盯全年目标任务，力争四季度全市规模以上工业增加值同比增长7.5%以上。",
                      date="2024-07-19")
    assert [(e.date, e.kind, e.paragraph) for e in found] == [("2024", "target", "p0"),
                                                               ("2024-10/2024-12", "target", "p1")]


def test_a_recurring_schedule_is_no_event():
    """各市要于每年1月15日前报送上年度工作进展情况: every year, no dated fact."""
    found = events_of("各市要于每年1月15日前报送上年度工作进展情况，省工业和信息化厅对方案实施情况开展年度评估。",
                      "2025年3月底前，各市报送实施方案。", date="2025-01-08", title="关于印发行动方案的通知")
    assert [(e.date, e.paragraph) for e in found] == [("2025-03", "p1")]


def test_month_under_a_budget_execution_heading_is_of_the_year_executed():
    doc = Document(id="d", title="关于栖川县2024年预算执行情况和2025年预算草案的报告", date="2025-01-07", paragraphs=[
        Paragraph(id="p0", text="一、2024年预算执行情况", heading=1),
        Paragraph(id="p1", text="县人民医院综合楼项目已于10月主体封顶。")])
    found = extract_events(doc, Metadata(date="2025-01-07", region="栖川县"))
    assert [(e.date, e.kind, e.paragraph) for e in found] == [("2024-10", "event", "p1")]


def test_parallel_clauses_each_dated_after_yu_are_events_of_their_own():
    """沅川港二期工程于6月建成投运，…产业园一期于9月投产 under a review of 2024: two events, June and September 2024."""
    doc = Document(id="d", title="在全市经济工作会议上的讲话", date="2025-01-10", paragraphs=[
        Paragraph(id="p0", text="一、去年经济工作取得新成效", heading=1),
        Paragraph(id="p1", text="沅川港二期工程于6月建成投运，华信新能源汽车零部件产业园一期于9月投产。")])
    found = extract_events(doc, Metadata(date="2025-01-10", region="沅川市"))
    assert [(e.date, e.kind) for e in found] == [("2024-06", "event"), ("2024-09", "event")]


def test_a_deadline_word_qualifying_a_noun_dates_nothing():
    """其中2000年以前建成的需改造小区基本完成改造: the estates built before 2000; the sentence is 2025's plan."""
    found = events_of("2025年，全省计划新开工改造城镇老旧小区1900个以上，其中2000年以前建成的需改造小区基本完成改造。",
                      date="2025-03-18", title="关于进一步做好城镇老旧小区改造工作的通知")
    assert [(e.date, e.kind) for e in found] == [("2025", "target")]


def test_a_pointer_to_the_annex_is_no_event():
    found = events_of("2025年，全省计划新开工改造城镇老旧小区1900个以上。各市2025年改造任务见附表。",
                      date="2025-03-18", title="关于进一步做好城镇老旧小区改造工作的通知")
    assert [(e.date, e.text) for e in found] == [("2025", "2025年，全省计划新开工改造城镇老旧小区1900个以上。")]


def test_a_situation_bulletin_of_january_dates_its_months_in_the_year_it_reports():
    """2024年全县安全生产和自然灾害情况通报, published 20 January 2025: 6月下旬 is June 2024 (an event), as its figures
    are (reporting.is_review), not a June 2025 target."""
    from build_tools.extract.reporting import reporting_period

    doc = Document(id="d", title="青岚县应急管理局关于2024年全县安全生产和自然灾害情况的通报", date="2025-01-20",
                   paragraphs=[Paragraph(id="p0", text="其中，6月下旬的强降雨过程造成全县7个乡镇1.84万人次受灾。")])
    meta = Metadata(date="2025-01-20", region="青岚县")
    doc.reporting_period = reporting_period(doc, meta)
    assert [(e.date[:7], e.kind) for e in extract_events(doc, meta)] == [("2024-06", "event")]


def test_a_final_accounts_report_dates_its_months_in_the_year_it_closes():
    """关于2023年市级财政决算的报告 of June 2024 reviews 2023 (决算 is a review for the figures and the timeline alike):
    9月 is September 2023, an event, not a September 2024 target."""
    from build_tools.extract.reporting import is_review, reporting_period

    doc = Document(id="d", title="关于沐川市2023年市级财政决算的报告", date="2024-06-25",
                   paragraphs=[Paragraph(id="p0", text="市中心医院新院区于9月建成投用。")])
    meta = Metadata(date="2024-06-25", region="沐川市")
    doc.reporting_period = reporting_period(doc, meta)
    assert is_review(doc) and doc.reporting_period.startswith("2023")
    assert [(e.date[:7], e.kind) for e in extract_events(doc, meta)] == [("2023-09", "event")]

"""Rules added after the second held-out measurement (tests/fixtures/holdout2/, issue 11): one test per rule, on short
sentences whose expected attributes were read by hand (invented places and numbers, not the held-out sentences)."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

NOTICE = "关于印发《栖川市智能制造提升行动方案（2025—2027年）》的通知"


def test_change_since_start_of_year_of_a_month_end_stock_is_over_those_months():
    """6月末…比年初增加: the stock is of June, its change since the start of the year over January-June."""
    found = figs("9月末，全市金融机构本外币各项贷款余额1820.5亿元，比年初增加96.3亿元。", date="2024-10-20")
    assert one(found, 1820.5).period == "2024-09"
    change = one(found, 96.3)
    assert (change.period, change.base_period, change.direction) == ("2024-01/2024-09", "2024-01", "up")


def test_new_ones_by_a_plans_deadline_run_over_the_plan():
    """到2027年…新培育…200家 in a plan of 2025: new ones added over 2025-2027, like 累计; a level reached (达到68%)
    is of the deadline year."""
    found = figs("到2027年，关键工序数控化率达到68%，新培育市级智能工厂40家。", date="2025-02-10", title=NOTICE,
                 genre="plan")
    assert (one(found, 40).period, one(found, 40).status) == ("2025/2027", "target")
    assert (one(found, 68).period, one(found, 68).status) == ("2027", "target")
    # outside a plan (a year-end speech's targets for next year) new ones are the year's
    speech = figs("明年城镇新增就业6000人。", date="2024-12-20", title="在全市经济工作会议上的讲话", genre="speech")
    assert one(speech, 6000).period == "2025"


def test_grant_amounts_and_yearly_quotas_of_a_notice_are_standing_norms():
    found = figs("对新认定的市级智能工厂给予一次性奖励50万元，市级数字化车间奖励20万元。",
                 "每年遴选30家企业开展试点。", date="2025-02-10", title=NOTICE, genre="plan")
    assert [(one(found, v).status, one(found, v).period) for v in (50, 20, 30)] == [("requirement", "")] * 3
    # an amount to reach by the deadline, not granted nor yearly, stays a target
    goal = figs("到2027年，全市5G基站总数达到1.3万个，技术改造投资达到300亿元。", date="2025-02-10", title=NOTICE,
                genre="plan")
    assert [one(goal, v).status for v in (1.3, 300)] == ["target", "target"]


def test_verb_before_the_class_of_its_object_is_no_subject():
    """培育省级智能工厂126家: 培育 (a verb tagged vn) + 省级 (a class) is no company name ending in 厂."""
    found = figs("截至2023年底，全省培育省级智能工厂126家、数字化车间483个。", date="2025-01-08", region="华岭省")
    assert (one(found, 126).subject, one(found, 483).subject) == ("", "")


def test_plan_span_named_in_its_title():
    from build_tools.extract.reporting import reporting_period, title_span
    from build_tools.model import Document, Metadata, Paragraph

    assert title_span("栖川市智能制造提升行动方案（2025—2027年）") == "2025/2027"
    assert title_span("泽源市“十四五”生态环境保护规划") == "2021/2025"
    assert title_span("2024年工作要点") == ""
    doc = Document(id="d", title="栖川市智能制造提升行动方案（2025—2027年）", date="2025-02-10", genre="plan",
                   paragraphs=[Paragraph(id="p0", text="到2026年，建成智能工厂20家。")])
    assert reporting_period(doc, Metadata(date="2025-02-10", region="栖川市")) == "2025/2027"

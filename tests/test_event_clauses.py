"""A dated act and its later plan in one sentence (build_tools/extract/event_clauses.py): two timeline entries."""

from __future__ import annotations

from tests.test_events import events_of


def test_a_signed_project_and_its_expected_completion_are_two_entries():
    """5月12日，…项目签约落地，…，预计2027年3月建成: the signing is an event of its day, the completion a plan of
    March 2027 (before: one target entry for the whole sentence, the signing lost)."""
    found = events_of("5月12日，青禾智能装备产业园项目在市行政中心签约落地，总投资38亿元，预计2027年3月建成。",
                      date="2025-06-20")
    assert [(e.date, e.kind) for e in found] == [("2025-05-12", "event"), ("2027-03", "target")]
    assert found[0].text.startswith("5月12日") and "签约" in found[0].text
    assert "2027年3月建成" in found[1].text


def test_a_planned_act_followed_by_an_estimate_gives_no_event():
    """将于9月1日开工，计划2026年底投产: both dates after the document's date, nothing done yet: plans only."""
    found = events_of("该项目将于9月1日开工建设，计划2026年底投产。", date="2025-06-20")
    assert found and all(e.kind == "target" for e in found)


def test_two_past_acts_are_not_split_as_act_and_plan():
    """3月签约，5月开工 said in June: both done; the act-then-plan rule does not apply (the second date is not
    after the document's date)."""
    found = events_of("3月10日，项目签约，计划5月开工。", date="2025-06-20")
    assert all(e.date <= "2025-06" for e in found)


def test_a_press_conferences_moderator_and_questions_are_no_entries():
    """这是…第N场新闻发布会, 今天，我们邀请到…, 下面，我通报…, a journalist's 请问…: the frame of a press conference;
    the figures the speaker gives are the entry."""
    found = events_of("这是今年以来市政府新闻办举行的第41场新闻发布会。",
                      "今天，我们邀请到市统计局局长，介绍上半年全市经济运行情况。",
                      "下面，我通报2025年上半年全市经济运行情况。",
                      "青川日报记者：上半年全市经济增长5.6%，请问下半年有哪些举措？",
                      "上半年，全市地区生产总值1286.4亿元，同比增长5.6%。", date="2025-07-18", title="新闻发布会")
    assert [e.text[:3] for e in found] == ["上半年"]


def test_a_newspapers_dateline_before_the_news_day_is_no_date_of_the_facts():
    """本报讯（记者 周敏）10月27日，记者从…获悉，今年前三季度…: the day the reporter learnt it, after the paper's
    dateline, does not date the quarter's figures (as without the dateline)."""
    found = events_of("本报讯（记者 李青）10月27日，记者从市税务局获悉，今年前三季度，全市新增减税降费12.4亿元，同比增长6.1%。",
                      date="2025-10-28", title="前三季度全市减税降费12.4亿元")
    assert [(e.date, e.kind) for e in found] == [("2025-01/2025-09", "period")]


def test_a_semesters_stance_is_no_entry():
    """2025年秋季学期，全县各级各类学校认真落实…，资助工作总体平稳有序: the frame of a semester's report (as 2024年，…
    坚持… is a year's); the semester's figures are the entry."""
    found = events_of("2026年春季学期，全市各级各类学校认真落实国家学生资助政策，资助工作总体平稳有序。",
                      "2026年春季学期，全市共资助学生1.8万人次，发放资助资金1520万元。", date="2026-06-20",
                      title="关于2026年春季学期学生资助工作情况的通报")
    assert len(found) == 1 and found[0].text.startswith("2026年春季学期，全市共资助")

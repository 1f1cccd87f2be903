"""Events (dated statements) on small documents built from real seed sentences; expectations checked by hand."""

from __future__ import annotations

import pytest

from build_tools.extract.dates import Anchor
from build_tools.extract.events import document_anchor, event_text, extract_events
from build_tools.model import Document, Event, Metadata, Paragraph


def para(n: int, text: str, **kw: object) -> Paragraph:
    return Paragraph(id=f"p{n}", text=text, **kw)  # type: ignore[arg-type]


def triples(events: list[Event]) -> list[tuple[str, str, str]]:
    return [(e.date, e.kind, e.paragraph) for e in events]


# --- the 2019 work report and the 2019 newspaper page (document year only: "2019") ---------------------------

WORK_REPORT_2019 = Document(
    id="report", title="2019年工作安排", date="2019",
    paragraphs=[
        para(1, "2019年工作安排", heading=1, role="heading"),
        para(2, "今年是新中国成立70周年，是全面建成小康社会、推进朝阳振兴发展的关键之年。"),
        para(3, "2016年以来，累计脱贫15.2万人，贫困发生率由2015年年底的6.9%下降到1.7%，贫困群众满意度上升到98.3%。"),
        para(4, "力争到2020年地区生产总值过千亿、一般公共预算收入过百亿，确保到2020年全面建成小康社会。"),
        para(5, "《朝阳市2019年国民经济和社会发展计划》经市人大审议通过。"),
        para(6, "朝政办发〔2019〕30号"),
        para(7, "营商环境在改革创新中不断优化，年内所有政务服务事项将取消下放80%以上、审批事项前置要件将压减60%以上；"
                "市场主体年均增长16%以上。"),
    ],
)


def test_work_report_2019() -> None:
    events = extract_events(WORK_REPORT_2019, Metadata(date="2019"))
    assert triples(events) == [  # (p2, 今年是新中国成立70周年…关键之年: a year characterised, no event; issue 11 gold)
        ("2016/2019", "period", "p3"),  # since 2016, with figures; the 2015 baseline (由…的) is not an event
        ("2020", "target", "p4"),  # two clauses, same date and sentence: kept once
        ("2019", "target", "p7"),  # 年内 … 将
    ]
    assert events[0].precision == "year" and events[0].sort_key == "2016-01-01"
    assert events[1].text == "力争到2020年地区生产总值过千亿、一般公共预算收入过百亿，确保到2020年全面建成小康社会。"
    assert events[2].text.startswith("营商环境在改革创新中不断优化，年内")


def test_metadata_month_refines_a_year_only_document_date() -> None:
    doc = Document(id="d", title="t", date="2019", paragraphs=[para(1, "今年以来，全市新增市场主体1.2万户。")])
    assert document_anchor(doc, Metadata(date="2019-09")) == Anchor(2019, 9)
    (event,) = extract_events(doc, Metadata(date="2019-09"))
    assert (event.date, event.precision, event.kind) == ("2019-01/2019-09", "month", "period")


# --- the 2021 Liaoyang page (metadata date 2021-06) ------------------------------------------------------------

LIAOYANG_2021 = Document(
    id="liaoyang", title="辽阳:塑造新优势 谋求新突破", date="",
    paragraphs=[
        para(1, "5月30日,中国石油辽阳石化分公司年产30万吨高性能聚丙烯项目顺利实现中期交工。"),
        para(2, "2018年9月27日,习近平总书记来到辽阳石化考察,亲切看望公司员工并发表重要讲话,重申“两个毫不动摇”、"
                "“两个一以贯之”重大方针,勉励干部职工砥砺前行,作为共和国“种子队”、国有企业“种子队”,要打出更好的成绩。"
                "辽阳石化干部职工牢记习近平总书记嘱托,拿出百倍的信心和力量,坚决牢记总书记教给的“种子队”。"
                "眼下,公司上下正全力以赴投入年产30万吨高性能聚丙烯项目建设后续工作,确保6月30日建成投产。"),
        para(3, "今年以来,辽阳市围绕推进结构调整“三篇大文章”,谋划工业项目126项,总投资1108亿元。"),
        para(4, "“十四五”期间,辽阳市将坚持优先发展农业农村,重点抓好维护国家粮食安全,巩固拓展脱贫攻坚成果。"),
        para(5, "全市空气质量优良天数为299天,达标率为81.7%,较2015年增长10.3%;PM2.5浓度为41μg/m³,较2015年改善31.7%。"),
        para(6, "从2009年建厂至今,12年间,三三工业从一个代工企业迅速成长为盾构机制造业的领跑者。"),
        para(7, "“十三五”期间,辽阳市529个行政村全部实现了通硬化路面,自来水普及率达87%。"),
        para(8, "辽阳市人民政府", role="signature"),
        para(9, "2021年6月1日", role="date"),
    ],
)


def test_liaoyang_2021() -> None:
    events = extract_events(LIAOYANG_2021, Metadata(date="2021-06"))
    assert triples(events) == [
        ("2021-05-30", "event", "p1"),
        ("2018-09-27", "event", "p2"),  # past: 要打出更好的成绩 does not make it a target
        ("2021-06-30", "target", "p2"),  # 确保6月30日建成投产
        ("2021-01/2021-06", "period", "p3"),  # 今年以来 introducing figures
        ("2021/2025", "target", "p4"),  # “十四五”期间 … 将
        ("2009/2021-06", "period", "p6"),  # 从2009年建厂至今: what has gone on since (the seed gold says so)
        ("2016/2020", "period", "p7"),
    ]  # p5 holds only comparison bases (较2015年); p8-p9 are the signature block
    assert events[2].text == "眼下,公司上下正全力以赴投入年产30万吨高性能聚丙烯项目建设后续工作,确保6月30日建成投产。"
    assert [e.precision for e in events] == ["day", "day", "day", "month", "year", "year", "year"]
    assert [e.sort_key for e in events][:4] == ["2021-05-30", "2018-09-27", "2021-06-30", "2021-01-01"]


# --- the 2023 gazette speech (document date 2023-11-05) ----------------------------------------------------------

SPEECH_2023 = Document(
    id="speech", title="讲话", date="2023-11-05",
    paragraphs=[
        para(1, "（2023年10月31日，根据录音整理）"),
        para(2, "（一）经济运行保持良好增势", heading=2, role="heading"),
        para(3, "1—9月份，重点经济指标持续向好，其中：地区生产总值增速与全省差值环比收窄0.3个百分点，总量居全省第7；"
                "固定资产投资增速高于全省2.3个百分点，总量全省第5；社会消费品零售总额增速高于全省1个百分点，全省第5。"),
        para(4, "当前，距年末仅剩2个月，完成全年任务，实现高质量收官、首战告捷，时间紧迫、时不我待。"),
        para(5, "一是个体户总量再提升，按要求 11 月 10 日前，完成底册外个体户查找补漏工作。"),
        para(6, "10月24日，在由中山大学、清华大学和新华社共同发布的2023年全国政务热线服务质量评估报告中，"
                "我市政务热线荣获二型城市第一名。"),
        para(7, "特别要看到的是，前年我们的固投总量列全省第 3 位，去年第 4 位，今年前 9 个月又滑至第 5 位。"),
        para(8, "中秋国庆期间，全市接待游客198万人次，旅游收入11.4亿元，比2019年分别增长39%和43%，拉动作用明显。"),
        para(9, "明年是三年行动承上启下之年，也是攻坚之年、见效之年，谋划好、实施好明年工作至关重要。"),
        para(10, "在10月下旬到12月下旬抓好第二轮防返贫排查工作，确保脱贫人口收入应统尽统。"),
        para(11, "近期，省市委将召开全会，研究出台贯彻落实习近平总书记“9.7”重要讲话精神的实施意见。"),
    ],
)


def test_speech_2023() -> None:
    events = extract_events(SPEECH_2023, Metadata(date="2023-11-05"))
    assert triples(events) == [
        ("2023-01/2023-09", "period", "p3"),
        ("2023-11-10", "target", "p5"),  # deadline after the document date
        ("2023-10-24", "event", "p6"),  # the 2023 in the report's name is not a second event
        # one sentence, one fact (issue 11): dated by the clause-opening date nearest the speech, not three times
        ("2023-01/2023-09", "period", "p7"),
        # (p9, 明年是…承上启下之年: a year characterised, no event: issue 11 gold)
        ("2023-10/2023-12", "target", "p10"),
    ]  # p1 is a bracketed note, p4 a countdown, p8 a comparison base, p11 a named speech ("9.7")
    # a long sentence: the clause from the date to the next ；
    assert events[0].text == "1—9月份，重点经济指标持续向好，其中：地区生产总值增速与全省差值环比收窄0.3个百分点，总量居全省第7"
    assert events[1].text == "一是个体户总量再提升，按要求 11 月 10 日前，完成底册外个体户查找补漏工作。"
    assert events[4].precision == "month"  # p10
    assert [e.paragraph for e in events] == sorted((e.paragraph for e in events), key=lambda p: int(p[1:]))


def test_goal_section_makes_current_year_statements_targets() -> None:
    sentence = "2023年基本建立权责清晰、齐抓共管的农村公路管理养护体制机制，形成财政投入职责明确、社会力量积极参与的格局。"
    plan = Document(id="plan", title="实施方案", date="2023-10-07", paragraphs=[
        para(1, "二、工作目标", heading=1, role="heading"), para(2, sentence),
        para(3, "（一）长远目标", heading=2, role="heading"),
        para(4, "到2035年，全面建成体系完备、运转高效的农村公路管理养护体制机制。"),
        para(5, "三、工作任务", heading=1, role="heading"),
        para(6, "2023年，全市已完成农村公路养护工程120公里。"),  # no longer under the goals
    ])
    report = Document(id="rep", title="工作总结", date="2023-10-07", paragraphs=[
        para(1, "一、工作进展", heading=1, role="heading"), para(2, sentence),
    ])
    assert triples(extract_events(plan, Metadata())) == [
        ("2023", "target", "p2"), ("2035", "target", "p4"), ("2023", "event", "p6"),
    ]
    assert triples(extract_events(report, Metadata())) == [("2023", "event", "p2")]


def test_statistical_communique_is_anchored_on_the_year_it_reports() -> None:
    doc = Document(id="gb", title="2023年朝阳市国民经济和社会发展统计公报", date="2024-03-20", paragraphs=[
        para(1, "年末全市户籍人口281.2万人，比上年末减少2.1万人。"),
        para(2, "全年地区生产总值1030.2亿元，比上年增长5.3%。"),
    ])
    assert document_anchor(doc, Metadata()) == Anchor(2023, 12, 31)
    events = extract_events(doc, Metadata())
    assert [(e.date, e.kind, e.text) for e in events] == [
        ("2023-12", "event", "年末全市户籍人口281.2万人，比上年末减少2.1万人。"),
    ]


def test_future_effective_date_is_a_target() -> None:
    doc = Document(id="n", title="通知", date="2023-03-15", paragraphs=[
        para(1, "本办法自2023年5月1日起施行，有效期5年。"),
        para(2, "2024年底前，完成全部老旧小区改造任务。"),
    ])
    assert triples(extract_events(doc, Metadata())) == [("2023-05-01", "target", "p1"), ("2024-12", "target", "p2")]


def test_without_any_date_relative_expressions_are_skipped() -> None:
    doc = Document(id="u", title="无日期", paragraphs=[
        para(1, "今年1月至7月，新引进京津冀项目316个。"),
        para(2, "2017年10月底，朝阳市向国家林业局、省林业厅申请创建国家森林城市，并获得批准。"),
    ])
    assert triples(extract_events(doc, Metadata())) == [("2017-10", "event", "p2")]


def test_event_text_of_a_long_sentence() -> None:
    sentence = ("此外，我们聚焦国省精神，积极跑部进省，向上争取工作取得突破性进展，截至9月份，到位资金341.5亿元，"
                "走在全省前列；全市开复工项目1130个，其中亿元以上项目411个、10亿元以上39个。")
    start = sentence.index("截至")
    assert len(sentence) >= 80
    assert event_text(sentence, start, start + len("截至9月份")) == "截至9月份，到位资金341.5亿元，走在全省前列"
    # a clause too short to mean anything is widened backwards
    short = "全市上下深入贯彻落实党中央决策部署，奋力实施全面振兴新突破三年行动，经济社会发展取得明显成效，" * 2 + "确保年底完成。"
    start = short.index("年底")
    assert event_text(short, start, start + 2) == "经济社会发展取得明显成效，确保年底完成。"


# --- issue 11: one event per fact, no rhetoric, whole sentences, actuals of the reporting year ----------------------

def events_of(*texts: str, date: str = "2023-11-05", title: str = "讲话", **doc: object) -> list[Event]:
    d = Document(id="d", title=title, date=date, paragraphs=[para(k + 1, t) for k, t in enumerate(texts)],
                 **doc)  # type: ignore[arg-type]
    return extract_events(d, Metadata(date=date))


def test_short_sentence_with_several_dates_is_one_event_dated_by_its_deadline():
    (e,) = events_of("到2025年，森林覆盖率达到38.5%，“十四五”期间每年完成造林绿化面积不少于8万亩。", date="2021-12-20")
    assert (e.date, e.kind) == ("2025", "target")


def test_date_inside_a_clause_does_not_date_the_sentence():
    """11月10日前 opens its clause; 10月和11月 only qualify 新注册的 (one entry, the deadline)."""
    (e,) = events_of("11月10日前，继续查找并确保10月和11月新注册的单位和个体户纳入清查单位库。")
    assert (e.date, e.kind) == ("2023-11-10", "target")
    (e,) = events_of("本报讯7月25日，市统计局发布上半年全市经济运行情况。", date="2024-07-26")
    assert (e.date, e.kind) == ("2024-07-25", "event")


def test_end_value_of_a_change_is_not_a_date_of_the_statement():
    (e,) = events_of("“十三五”期间，全市累计完成造林绿化面积46.2万亩，森林覆盖率由2015年的33.1%提高到2020年的36.4%。",
                     date="2021-12-20")
    assert (e.date, e.kind) == ("2016/2020", "period")


def test_same_sentence_in_two_paragraphs_is_one_event():
    s = "截至2018年年底，累计实施产业扶贫项目3742个，项目叠加率达到187%。"
    assert len(events_of(s, s, date="2019-09")) == 1


def test_speech_framing_is_not_an_event():
    assert events_of("下面，就做好四季度收官和明年工作谋划，我讲4方面意见：",
                     "这次会议的主要任务是，深入贯彻中央、省委和市委经济工作会议精神，总结今年经济工作，部署明年经济工作。",
                     "同志们，做好明年经济工作，任务艰巨，责任重大。",
                     "经市委同意，今天我们召开市政府全体会议，主要任务是，全面总结年初以来工作成效，安排部署明年工作。",
                     "让我们咬定目标不放松，全力冲刺四季度，坚决确保三年行动首战告捷！") == []
    # a statement of the same speech is kept
    assert len(events_of("明年全县经济社会发展的主要预期目标初步考虑为：地区生产总值增长6.5%左右。")) == 1


def test_characterised_years_and_summings_up_are_not_events():
    """今年是…关键一年, 2025年是…开局之年, 明年是…攻坚之年, 今年是…30周年: a year characterised, not a dated fact;
    总的来看，前三季度…: a summing-up of what the text has said; a dated fact of the same text stays."""
    assert events_of("今年是实施“十五五”规划的关键一年。", "2025年是全面深化改革的开局之年，做好今年工作意义重大。",
                     "明年是三年行动的攻坚之年。", "今年是我县建县30周年。",
                     "总的来看，前三季度全县经济运行稳中向好，但困难和挑战依然较多。", "今年政府工作的总体要求是：",
                     date="2025-01-10") == []
    assert len(events_of("今年是实施“十五五”规划的关键一年。", "6月，白河大桥建成通车。", date="2025-12-10")) == 1


def test_year_end_speech_dates_its_tasks_in_the_next_year():
    """确保…上半年开工 in a speech of December 2024: the first half of 2025; 6月…建成投产 (a fact) stays in 2024."""
    task, fact = events_of("确保白河物流园二期项目上半年开工。", "6月，白河物流园一期项目建成投产。", date="2024-12-20")
    assert (task.date, task.kind) == ("2025-01/2025-06", "target")
    assert (fact.date, fact.kind) == ("2024-06", "event")


def test_goal_reported_as_reached_is_no_task():
    """超额完成全年目标 reports a goal reached: the January-November figure of a December speech stays a fact of this
    year; 确保完成全年目标 still states intent."""
    (done,) = events_of("1—11月，全县城镇新增就业3180人，超额完成全年目标。", date="2024-12-18")
    assert (done.date, done.kind) != ("2025-01/2025-11", "target") and done.date.startswith("2024")
    assert done.kind in ("event", "period")
    (task,) = events_of("四季度要确保完成全年目标任务，11月底前项目全部开工。", date="2024-09-10")
    assert task.kind == "target"


def test_a_meeting_on_its_day_and_its_agenda_is_no_entry():
    """本报讯（记者 …）7月20日，…分析会召开: the day (the reporter's name does not hide the dateline); the meeting's
    agenda (会议通报了上半年…情况，部署下半年…工作) names matters, not dated facts; what it reports with figures stays."""
    found = events_of("本报讯（记者 钱卫东）7月20日，全市上半年经济运行分析会召开。会议通报了上半年全市经济运行情况，"
                      "部署下半年重点工作。会议通报，上半年全市地区生产总值同比增长5.6%。", date="2024-07-21")
    assert [(e.date, e.kind) for e in found] == [("2024-07-20", "event"), ("2024-01/2024-06", "period")]


def test_overview_of_the_year_without_figures_is_no_entry():
    """2024年，面对…，经济运行总体平稳: the frame of a review, not a dated fact; with a figure it stays."""
    assert events_of("2024年，面对复杂严峻的外部环境，全区上下攻坚克难，经济运行总体平稳。", date="2025-03-18") == []
    (kept,) = events_of("2024年，面对复杂形势，全区地区生产总值增长5.2%。", date="2025-03-18")
    assert kept.date == "2024"


def test_undated_main_targets_are_the_years_targets():
    """主要预期目标是：… without a year: the report's year; in a year-end speech, the year ahead; a goal mentioned in
    passing (确保实现年初确定的预期目标) states none."""
    (report,) = events_of("全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。",
                          date="2024-01-20")
    assert (report.date, report.kind) == ("2024", "target")
    (speech,) = events_of("主要预期目标是：地区生产总值增长6%左右。", date="2024-12-18")
    assert (speech.date, speech.kind) == ("2025", "target")
    assert events_of("确保实现年初确定的预期目标。", date="2024-07-20") == []
    (task,) = events_of("力争全年新开工亿元以上项目25个，完成工业投资38亿元。", date="2024-02-01")
    assert (task.date, task.kind) == ("2024", "target")
    (late,) = events_of("力争全年规模以上工业增加值增长7%。", date="2024-12-02")  # the year that is ending
    assert late.date == "2024"


def test_a_year_reached_by_its_end_dates_the_years_total():
    """到2023年末，全镇一般预算收入实现5120万元: the year's revenue, dated 2023; 截至2023年底，…全部销号 (a state) and 截至
    9月份，到位资金… (the running total so far, in a text of October) keep their own dates."""
    found = events_of("到2023年末，全镇一般预算收入实现5120万元。截至2023年底，全县18个贫困村全部出列。"
                      "截至9月份，全县到位资金86.5亿元。", date="2024-10-20")
    assert [e.date for e in found] == ["2023", "2023-12", "2024-09"]


def test_guidelines_and_hopes_are_no_entries():
    """今年政府工作的总体要求是：… states guidelines; 只要…，在年底…大有希望 a hope: neither is a dated fact."""
    assert events_of("今年政府工作的总体要求是：坚持稳中求进工作总基调，全面深化改革开放。", date="2024-01-20") == []
    assert events_of("差距并非遥不可及，只要我们持续努力，在年底实现目标依然大有希望。", date="2024-10-20") == []
    assert events_of("今年，我们将重点抓好以下五个方面工作。", date="2024-02-10") == []
    assert events_of("做好今年工作，任务艰巨，责任重大。", date="2024-02-10") == []


def test_a_person_quoted_is_no_entry():
    """“今年的玉米又是好收成，亩产比去年多了六十多斤。” a villager's words in a report: no timeline entry."""
    assert events_of("“今年的玉米又是好收成，亩产比去年多了六十多斤。”", date="2022-10-08") == []
    (fact,) = events_of("今年，全县玉米亩产比去年增加30公斤。", date="2022-10-08")
    assert fact.date == "2022"


def test_parallel_dated_clauses_are_entries_of_their_own():
    """2023年开展中期评估，2025年开展总结评估: two milestones, each with its words; a deadline with a span stays one."""
    found = events_of("规划实施情况纳入年度考核，2024年开展中期评估，2026年开展总结评估。", date="2022-03-01")
    assert [(e.date, e.kind, e.text) for e in found] == [("2024", "target", "2024年开展中期评估"),
                                                        ("2026", "target", "2026年开展总结评估。")]


def test_a_deadline_word_used_as_a_modifier_does_not_date_the_clause():
    """截至2023年底，全县共有2000年底前建成的老旧小区…: the stock at the end of 2023, not an event of 2000."""
    (e,) = events_of("截至2023年底，全县共有2000年底前建成的城镇老旧小区86个。", date="2024-05-20")
    assert e.date == "2023-12"


def test_this_years_plain_statements_early_in_the_year_are_tasks():
    """A report of February: 今年再消除薄弱村20个 is a task of this year, its base (在去年…的基础上) no event; in
    August 今年，全县新建学校3所 reports a fact; 今年以来 and 今年1月 are past."""
    (task,) = events_of("在去年完成12个村集体经济“清零”的基础上，今年再消除集体经济薄弱村20个。", date="2023-02-10")
    assert (task.date, task.kind) == ("2023", "target")
    (fact,) = events_of("今年，全县新建学校3所。", date="2023-08-10")
    assert (fact.date, fact.kind) == ("2023", "event")
    (since,) = events_of("今年以来，全县新增市场主体3000户。", date="2023-03-20")
    assert since.kind == "period"


def test_since_an_earlier_year_said_in_january_runs_to_the_year_closed():
    (e,) = events_of("2021年以来，全区地区生产总值年均增长6.1%。", date="2025-01-16")
    assert (e.date, e.kind) == ("2021/2024", "period")
    (now,) = events_of("今年以来，全区新增市场主体800户。", date="2025-02-10")
    assert now.date == "2025-01/2025-02-10"


def test_entry_into_force_and_expiry_are_one_period():
    """本措施自2025年3月1日起施行，有效期至2027年12月31日: the measures hold over one period, no 2027 target."""
    (e,) = events_of("本措施自2025年4月1日起施行，有效期至2028年3月31日。", date="2025-03-10")
    assert (e.date, e.kind) == ("2025-04-01/2028-03-31", "period")
    (alone,) = events_of("本办法自2024年1月1日起施行。", date="2023-12-10")
    assert alone.date == "2024-01-01"


def test_sentence_cut_off_by_the_source_is_not_an_entry():
    assert events_of("经过治理，南沙河生态环境得到明显改善。“十三五”期间，辽阳市对太子河流域辽阳境内“一十五支”……",
                     date="2021-06") == []
    assert events_of("表1 2023年主要农产品产量及其增长速度", date="2024-04") == []
    (item,) = events_of("1.到2025年，城市社区综合服务设施实现全覆盖；", date="2021-12")  # a list item: whole
    assert (item.date, item.kind) == ("2025", "target")


def test_communique_year_end_figures_are_actuals_of_the_reporting_year():
    """A communiqué about 2023 published in April 2024: 年末 and 全年 are 2023, actual; the reporting period
    (set by extract) is the anchor, whatever its title says."""
    kw = {"title": "栖川市国民经济和社会发展统计公报", "genre": "statistics", "reporting_period": "2023"}
    # (the year-end statistics of the communiqué's own year are its key figures, no timeline entries: they open
    # with the year end, 年末全市…, as 2023年末，全市… does; the month's statistic keeps its entry)
    (b,) = events_of("年末全市常住人口247.8万人，比上年末减少1.2万人。",
                     "12月份，全市居民消费价格同比上涨0.3%。", date="2024-04-08", **kw)
    assert (b.date, b.kind) == ("2023-12", "event")
    (a,) = events_of("年末全市常住人口247.8万人，比上年末减少1.2万人。", date="2024-04-08",
                     **{**kw, "genre": "report"})
    assert (a.date, a.kind) == ("2023-12", "event")
    # without a reporting period, a yearly bulletin's title year does the same
    (c,) = events_of("年末全市森林覆盖率为37.2%，比上年末提高0.4个百分点。", date="2024-06",
                     title="2023年栖川市生态环境状况公报")
    assert (c.date, c.kind) == ("2023-12", "event")


def test_review_of_last_year_dates_its_months_in_that_year():
    doc = Document(id="r", title="政府工作报告", date="2024-01-09", paragraphs=[
        para(1, "一、2023年工作回顾", heading=1, role="heading"),
        para(2, "华润石梁风电项目于8月建成投产，装机容量20万千瓦。去年，全县接待游客312万人次。"),
        para(3, "二、2024年重点工作", heading=1, role="heading"),
        para(4, "加快石梁至柳溪一级公路建设，确保年底前建成通车。")])
    events = extract_events(doc, Metadata(date="2024-01-09"))
    assert [(e.date, e.kind) for e in events] == [("2023-08", "event"), ("2023", "event"), ("2024-12", "target")]


def test_date_qualifying_a_noun_does_not_date_the_sentence():
    assert events_of("朝阳必须扛起应尽责任，付出最大努力，确保完成年初确定的目标任务，努力实现“八个突破”。") == []
    (e,) = events_of("对标对表三年行动指标体系，在全面盘点今年工作的基础上，科学分析、超前谋划，确定好明年指标体系。")
    assert (e.date, e.kind) == ("2024", "target")
    (e,) = events_of("今年的主要预期目标是：地区生产总值增长6%左右。", date="2024-01-09")  # opens its clause: kept
    assert e.date == "2024"


def test_estimate_is_not_a_target_and_meeting_framing_is_not_an_event():
    (e,) = events_of("据介绍，今年白沙镇粮食播种面积稳定在4.2万亩，预计粮食总产量1.9万吨，比上年增长3.1%。", date="2022-09-24")
    assert (e.date, e.kind) == ("2022", "event")
    assert events_of("今天，市委、市政府召开全市优化营商环境大会，主要任务是深入贯彻落实省委、省政府的决策部署。",
                     date="2022-03-01") == []


def test_past_year_a_heading_reviews():
    from build_tools.extract.events import review_year

    assert review_year("一、2023年工作回顾", Anchor(2024, 1, 9)) == 2023
    assert review_year("一、过去一年工作回顾", Anchor(2024, 1, 9)) == 2023
    assert review_year("一、过去一年工作回顾", Anchor(2023, 12, 27)) is None  # a year-end meeting: this year
    assert review_year("一、去年工作回顾", Anchor(2023, 12, 27)) == 2022
    assert review_year("二、2024年重点工作", Anchor(2024, 1, 9)) is None


def test_opening_formula_of_a_report_to_a_congress_is_no_event():
    """受县人民政府委托，现将…提请大会审议 / 现将…报告如下: how the report is presented, no dated fact; a dated fact
    of the same report stays."""
    assert events_of("受县人民政府委托，现将桐岭县2024年预算执行情况和2025年预算草案提请大会审议，请予审议。",
                     date="2025-01-10", title="关于桐岭县2024年预算执行情况和2025年预算草案的报告") == []
    assert events_of("现将2023年全市国民经济和社会发展计划执行情况报告如下。", date="2024-01-12") == []
    (e,) = events_of("县人民医院综合楼项目已于2024年10月主体封顶。", date="2025-01-10")
    assert e.date == "2024-10"


def test_news_day_of_a_reporters_lead_in_does_not_date_what_it_reports():
    """10月9日，记者从…获悉，前三季度… : the entry is of January-September, not of the day the news came out; a
    sentence naming no other time keeps the news day (written for the rule, read by hand)."""
    (e,) = events_of("10月9日，记者从市商务局获悉，前三季度全市社会消费品零售总额完成412.6亿元，同比增长5.2%。",
                     date="2024-10-09", title="前三季度我市消费市场稳中向好")
    assert (e.date, e.kind) == ("2024-01/2024-09", "period")
    (e,) = events_of("10月9日，记者从市交通运输局获悉，全市首条城际快速路建成通车，全长36.5公里。",
                     date="2024-10-09", title="城际快速路建成通车")
    assert e.date == "2024-10-09"


def test_a_bulletins_own_year_end_statistics_are_no_timeline_entries():
    """年末全县共有养老机构…, 全年支出…, 2024年末，… in a statistics bulletin on 2024: its key figures, not events; a
    dated fact inside the year (9月，…建成投用) still is one (sentences written for the rule)."""
    kw = {"title": "2024年栖川县民政事业发展统计公报", "genre": "statistics", "reporting_period": "2024"}
    found = events_of("年末全县共有养老机构46个，床位5120张。", "全年支出低保资金1.2亿元，比上年增长3.1%。",
                      "2024年末，全县有农村低保对象1.1万人。", "9月，县福利中心二期建成投用，新增床位300张。",
                      date="2025-03-20", **kw)
    assert [(e.date, e.kind) for e in found] == [("2024-09", "event")]


def test_a_yearly_field_bulletins_own_statistics_are_no_timeline_entries():
    """栖川市2024年水资源公报 (a report, not a statistics communiqué, but a bulletin on its year): 2024年全市…,
    年末…, 截至2024年12月31日，… are its figures of the year; a month's event (7月，…) stays (written for the rule)."""
    kw = {"title": "栖川市2024年水资源公报", "genre": "report", "reporting_period": "2024"}
    found = events_of("2024年全市供水总量12.3亿立方米，比上年减少0.2亿立方米。", "年末全市大中型水库蓄水总量4.2亿立方米。",
                      "截至2024年12月31日，全市共有水文站36个。", "7月，全市遭遇强降雨过程，最大日降水量186毫米。",
                      date="2025-06-10", **kw)
    assert [(e.date, e.kind) for e in found] == [("2024-07", "event")]


# --- a period's stance or overall assessment is no dated fact (issue 11 item 3) -----------------------------------

@pytest.mark.parametrize("sentence", [
    "2023年，全县农业农村系统坚持稳中求进工作总基调，扎实推进乡村振兴，农业农村经济保持平稳发展。",
    "今年以来，石岭区聚焦企业和群众关切，持续深化改革，营商环境不断优化。",
    "1—9月，全市经济运行总体平稳、稳中有进，主要指标保持在合理区间。",
    "“十四五”以来，面对多重困难挑战，全区上下认真贯彻落实上级决策部署，各项事业取得新进展。",
    "2023年全县气候条件对农业生产总体偏有利。",
])
def test_stance_and_assessment_are_no_events(sentence: str) -> None:
    doc = Document(id="d", title="t", date="2024-03-01", paragraphs=[para(1, sentence)])
    assert extract_events(doc, Metadata(date="2024-03-01")) == []


@pytest.mark.parametrize(("sentence", "date"), [
    # a figure makes it a dated fact; a plan (将) is a target
    ("2023年，全县坚持项目为王，新开工项目42个，完成投资36.5亿元。", "2023"),
    ("“十五五”期间，石岭区将坚持创新驱动，加快建设现代化产业体系。", "2026/2030"),
])
def test_stance_with_a_fact_or_a_plan_stays(sentence: str, date: str) -> None:
    doc = Document(id="d", title="t", date="2024-03-01", paragraphs=[para(1, sentence)])
    assert [e.date for e in extract_events(doc, Metadata(date="2024-03-01"))] == [date]


def test_an_outlook_of_the_weather_is_a_forecast_not_a_target() -> None:
    """预计…气温将下降 (a cold wave warning): what the weather is expected to do, no one's goal; a project expected to
    be finished (预计…建成) stays a target."""
    doc = Document(id="w", title="市气象台发布寒潮预警", date="2025-11-28", paragraphs=[
        para(1, "受冷空气影响，预计12月1日至3日，全市大部地区气温将下降6～8℃，最低气温可降至-3℃。"),
        para(2, "据预测，12月5日前后我市将出现一次明显降雪过程。"),
        para(3, "该项目预计2026年6月建成投用。"),
    ])
    assert triples(extract_events(doc, Metadata())) == [
        ("2025-12-01/2025-12-03", "forecast", "p1"), ("2025-12-05", "forecast", "p2"), ("2026-06", "target", "p3")]


def test_forecast_entries_are_labelled_as_such() -> None:
    from build_tools.render.labels import event_kind_label

    assert (event_kind_label("forecast", "en"), event_kind_label("forecast", "zh")) == ("Forecast", "预报")
    assert event_kind_label("forecast", "zh-Hant") == "預報"

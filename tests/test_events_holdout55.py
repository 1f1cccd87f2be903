"""Timeline rule added after the fifty-fifth held-out measurement (a city's plan-execution and draft-plan report);
sentences invented for the rule, expectations read by hand."""

from __future__ import annotations

from tests.event_docs import timeline

REPORT = "关于岚川市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告"


def test_a_note_on_what_the_reports_data_are_is_no_event():
    """本报告中2025年数据多为1—10月实际数和全年预计数: a note on the figures, no period of the timeline; the months'
    figures after it still are."""
    found = timeline(("由于统计数据发布时间所限，本报告中2025年数据多为1—10月实际数和全年预计数。", 0),
                     ("1—10月，全市规模以上工业增加值增长6.8%。", 0), date="2026-01-10", title=REPORT, genre="report",
                     reporting="auto")
    assert not [e for e in found if "本报告中" in e.text]
    assert [e for e in found if e.text.startswith("1—10月")]
    found = timeline(("公报中各项数据均为初步统计数。2025年9月，全市城际铁路建成通车。", 0), date="2026-01-10",
                     title=REPORT, genre="report", reporting="auto")
    assert [e.date for e in found] == ["2025-09"]


def test_the_milestones_of_a_schedule_each_dated():
    """2026年8月底前完工，9月投入使用: the deadline of the works and the month of opening, each an entry (投入使用 is a
    milestone as 投用 is)."""
    found = timeline(("完成时限：2026年7月底前完工，9月投入使用。", 0), date="2026-02-12",
                     title="栖川市2026年十件民生实事项目清单", genre="plan", reporting="auto")
    assert sorted((e.date, e.kind) for e in found) == [("2026-07", "target"), ("2026-09", "target")]

"""Timeline conventions checked on the thirtieth held-out set (a county's government work report of January 2026
reviewing the 14th Five-Year Plan period and 2025, a province's 2026-2027 energy saving and carbon reduction action
plan): no rule was changed for them, these tests hold the behaviour the gold asks for on sentences invented for
them, expectations read by hand."""

from __future__ import annotations

from build_tools.model import Event
from tests.event_docs import timeline


def _events(date: str, title: str, genre: str, *texts: str, heading: str = "") -> list[Event]:
    return timeline(*([(heading, 1)] if heading else []), *texts, date=date, title=title, genre=genre)


def test_a_work_reports_review_and_tasks():
    """Under 一、“十四五”时期和2025年工作回顾 of January 2026, 于8月建成开放 is an event of August 2025; a year
    characterised (…收官之年, …开局之年) is no entry; a task's 力争年底建成通车 under the 2026 work is a target of
    December 2026."""
    review = _events("2026-01-09", "政府工作报告", "report", "2025年是“十四五”规划收官之年。",
                     "县文化中心于8月建成开放。", heading="一、“十四五”时期和2025年工作回顾")
    assert [(e.date, e.kind) for e in review] == [("2025-08", "event")]
    tasks = _events("2026-01-09", "政府工作报告", "report", "2026年是“十五五”开局之年。", "桐溪大桥力争年底建成通车。",
                    heading="三、2026年工作安排")
    assert [(e.date, e.kind) for e in tasks] == [("2026-12", "target")]


def test_an_action_plans_dated_goals():
    """到2028年底 and 2028年底前 in a plan of 2027: targets of December 2028; the plan's name in the notice issuing it
    (《…2027—2028年…行动方案》已经省人民政府同意) is no entry."""
    found = _events("2027-02-20", "岚川省2027—2028年节能降碳行动方案", "plan",
                    "到2028年底，全省新型储能装机达到300万千瓦。", "2028年底前，全省85%以上水泥产能完成超低排放改造。",
                    "《岚川省2027—2028年节能降碳行动方案》已经省人民政府同意。")
    assert [(e.date, e.kind) for e in found] == [("2028-12", "target"), ("2028-12", "target")]

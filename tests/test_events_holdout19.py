"""Timeline rule added after the nineteenth held-out measurement (issue 11/12): a statistics communiqué opening its
figures with the period it reports on (2024年，全市…; 2023年末，全县…) states data, no dated fact; sentences invented for
the rule, expectations read by hand."""

from __future__ import annotations

from build_tools.model import Event
from tests.event_docs import timeline


def _events(rp: str, *texts: str) -> list[Event]:
    return timeline(*texts, date="2025-09-20", title="梧岭市2024年科技经费投入统计公报", genre="statistics", reporting=rp)


def test_a_communique_opening_its_statistics_with_its_own_period_gives_no_timeline_entry():
    assert _events("2024", "2024年，全市财政科学技术支出21.4亿元，比上年增长6.1%。") == []
    assert _events("2023-12", "2023年末，全市个体经营户从业人员12.6万人。") == []
    # an event of the year, a fact achieved, or a date outside the reported period stays on the timeline
    (e,) = _events("2024", "2024年，全市建成省级重点实验室3家。")
    assert e.date == "2024"
    (e,) = _events("2024", "2025年，全市将新建省级研发平台20家。")
    assert e.date == "2025"
    # a plan of the next year in a bulletin on a school year that ends in it is a target, kept
    (e,) = _events("2023-09/2024-08", "2024年，全县将新建幼儿园3所，新增学位900个。")
    assert (e.date, e.kind) == ("2024", "target")

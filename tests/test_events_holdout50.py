"""Timeline rules added after the fiftieth held-out measurement: a record broken against the years since a date
(突破该站1961年建站以来日降雨量历史极值) is no entry, a warning issued at a day's hour (7日20时) is that day's event;
sentences invented for the rule, expectations read by hand."""

from __future__ import annotations

from tests.event_docs import timeline


def test_a_record_broken_since_a_date_is_no_entry():
    """突破该站1957年建站以来日降雨量历史极值: the record's yardstick, no event of 1957."""
    assert timeline("此次过程中，北关站日降雨量118.6毫米，突破该站1957年建站以来日降雨量历史极值。", date="2024-06-19",
                    title="全市出现强降雨过程", genre="news") == []


def test_a_warning_issued_at_an_hour_is_an_event_of_its_day():
    """市气象台于18日20时发布暴雨橙色预警信号 (news of 19 June 2024): an event of 18 June 2024."""
    (e,) = timeline("市气象台于18日20时发布暴雨橙色预警信号。", date="2024-06-19", title="全市出现强降雨过程",
                    genre="news")
    assert (e.date, e.kind) == ("2024-06-18", "event")

"""Timeline of a grain output announcement and an elderly services statistical bulletin (held-out set 29): a month
named in a review of a closed year is an event of that month; the announcement of the data, a table caption's year
and a year-end stock give none. Sentences invented for the rules, expectations read by hand."""

from __future__ import annotations

from build_tools.model import Event
from tests.event_docs import timeline


def _events(date: str, title: str, *texts: str) -> list[Event]:
    # (a bulletin's year: what its year-end stocks refer to)
    return timeline(*texts, date=date, title=title, genre="statistics", reporting="auto")


def test_a_month_of_the_reviewed_year_is_an_event():
    """2025年10月，全市开展“敬老月”活动 in a bulletin of April 2026: an event of October 2025."""
    (e,) = _events("2026-04-10", "2025年岚州市老龄事业发展统计公报",
                   "2025年10月，全市开展“敬老月”活动，走访慰问老年人2.8万人次。")
    assert (e.date, e.kind) == ("2025-10", "event")


def test_the_announcement_and_year_end_stocks_are_no_events():
    """现将2025年全市粮食产量数据公告如下, 截至2025年末…人口…: the release of the data and a stock at the year end."""
    assert _events("2025-12-20", "国家统计局岚州调查队关于2025年岚州市粮食产量数据的公告",
                   "根据抽样调查，现将2025年全市粮食产量数据公告如下：") == []
    assert _events("2026-04-10", "2025年岚州市老龄事业发展统计公报",
                   "截至2025年末，全市常住人口380.5万人，其中60岁及以上老年人口90.2万人。") == []

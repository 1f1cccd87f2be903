"""Timeline rules added after the thirty-seventh held-out measurement: a release on electricity consumption whose
peak loads are dated by day inside a season of the year; sentences invented for the rules, expectations read by
hand."""

from __future__ import annotations

from build_tools.model import Event
from tests.event_docs import timeline


def _events(date: str, title: str, *texts: str, genre: str = "statistics") -> list[Event]:
    return timeline(*texts, date=date, title=title, genre=genre)


def test_the_day_after_yu_dates_what_happened_inside_the_year_that_frames_it():
    """今年迎峰度夏期间，全市最高用电负荷于7月28日达到…: an event of 28 July, not of the whole year."""
    (e,) = _events("2025-10-20", "2025年1—9月栖川市电力运行情况",
                   "今年迎峰度夏期间，全市最高用电负荷于7月28日达到812.4万千瓦，创历史新高。")
    assert (e.date, e.kind) == ("2025-07-28", "event")


def test_a_year_alone_still_dates_a_sentence_without_a_day_after_yu():
    """今年全市新建投运…: no day after 于 in the sentence, the year dates it."""
    (e,) = _events("2025-10-20", "栖川市电力保供工作情况", "今年全市新建投运110千伏变电站6座，较上年多2座。")
    assert e.date == "2025"


def test_a_past_year_s_statistics_quoted_as_grounds_of_a_notice_date_no_event():
    """关于调整…气价…的公告 of March 2026: 2025年该公司售气量…，单位成本为… is data quoted as grounds, no entry; what was
    done in a past year (2024年完成管网改造…) and the hearing to come stay entries."""
    found = _events("2026-03-02", "栖川市发展和改革委员会关于调整管道天然气居民销售价格举行听证会的公告",
                    "2025年该公司售气量1.26亿立方米，单位供气成本为3.62元/立方米。",
                    "2024年该公司完成老旧燃气管网改造86公里。",
                    "听证会定于2026年3月20日上午在市政务服务中心举行。", genre="announcement")
    assert [(e.date, e.kind) for e in found] == [("2024", "event"), ("2026-03-20", "target")]

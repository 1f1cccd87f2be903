"""Timeline rules added after the forty-sixth held-out measurement: the year a yearly report covers (…2024年度工作
报表予以公开) is its period, not a dated act; sentences invented for the rule, expectations read by hand."""

from __future__ import annotations

from tests.event_docs import timeline


def test_the_year_of_a_yearly_report_is_its_period():
    """现将…门户网站2024年度工作报表予以公开 (January 2025): 2024 is the year the report covers, a period; a year
    of a dated act stays an event."""
    (e,) = timeline("现将青禾县人民政府门户网站2024年度工作报表予以公开。", date="2025-01-18",
                    title="青禾县人民政府门户网站2024年度工作报表", genre="report")
    assert (e.date, e.kind) == ("2024", "period")
    (e,) = timeline("该系统于2024年上线运行。", date="2025-01-18", title="青禾县人民政府门户网站2024年度工作报表",
                    genre="report")
    assert (e.date, e.kind) == ("2024", "event")


def test_the_date_a_form_was_filled_in_is_no_event():
    """填报日期：2025-01-16 under a yearly report's table: the form's own date, no entry; a field naming a schedule's
    time (时间：2025年3月10日至3月14日，每天上午集中授课) is not such a field."""
    assert timeline("填报日期：2025-01-16", date="2025-01-18", title="青禾县人民政府门户网站2024年度工作报表",
                    genre="report") == []
    assert timeline("时间：2025年3月10日至3月14日，每天上午集中授课", date="2025-02-18", title="关于举办培训班的通知", genre="notice")

"""Timeline rules added after the forty-ninth held-out measurement: a land sale's windows (registration said with
可于…至…, the listing's days with their clock times); sentences invented for the rules, expectations read by hand."""

from __future__ import annotations

from tests.event_docs import timeline

SALE = "栖川市国有建设用地使用权拍卖出让公告"


def test_a_window_a_step_may_be_taken_in_is_a_period():
    """竞买申请人可于2025年6月12日至7月8日…报名 in a notice of 10 June: the registration window, a period; a single
    future deadline (请于7月8日前…) stays a target."""
    (e,) = timeline("竞买申请人可于2025年6月12日至7月8日到交易中心报名。", date="2025-06-10", title=SALE, genre="notice")
    assert (e.date, e.kind) == ("2025-06-12/2025-07-08", "period")
    (d,) = timeline("请于2025年7月8日前交纳竞买保证金。", date="2025-06-10", title=SALE, genre="notice")
    assert d.kind == "target"


def test_a_range_of_days_with_their_clock_times_is_one_period():
    """拍卖时间为2025年7月10日9时至2025年7月10日11时30分 and 挂牌时间为…15日9时至…29日10时: the days, one period."""
    (e,) = timeline("挂牌时间为2025年7月1日9时至2025年7月14日10时。", date="2025-06-10", title=SALE, genre="notice")
    assert (e.date, e.kind) == ("2025-07-01/2025-07-14", "period")
    (f,) = timeline("报名时间为2025年6月12日上午9点30分至6月20日。", date="2025-06-10", title=SALE, genre="notice")
    assert f.date == "2025-06-12/2025-06-20"

"""Timeline rules added after the fifty-third held-out measurement: a hotline centre's quarterly report (the month an
act starts inside the quarter that frames it); sentences invented for the rules, expectations read by hand."""

from __future__ import annotations

from build_tools.model import Event
from tests.event_docs import timeline


def _hotline(*texts: str) -> list[Event]:
    return timeline(*texts, date="2024-07-12", title="2024年第二季度栖川市12345政务服务便民热线运行情况通报",
                    genre="report")


def test_the_month_an_act_starts_inside_its_quarter():
    """三季度，中心将于8月起开展…专项行动: the quarter frames the work, the month after 于 dates its start (a target:
    still to come); a quarter alone stays the quarter."""
    (e,) = _hotline("三季度，市热线管理中心将于8月起开展诉求办理“回头看”专项行动。")
    assert (e.date, e.kind) == ("2024-08", "target")
    found = _hotline("三季度，市热线管理中心将开展诉求办理“回头看”专项行动。")
    assert [(e.date, e.kind) for e in found] == [("2024-07/2024-09", "target")]

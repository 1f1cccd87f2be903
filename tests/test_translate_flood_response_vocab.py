"""English of the metric names of held-out set 52 (an urgent heavy-rain notice, a water resources bulletin):
metric_vocab/flood_response.py; expectations written by hand."""

from __future__ import annotations

import pytest

from build_tools.translate.metrics import metric_en


@pytest.mark.parametrize(("zh", "en"), [
    ("最大小时雨强", "maximum hourly rainfall intensity"),
    ("电话报告时限", "time limit for a report by telephone"),
    ("书面报告时限", "time limit for a written report"),
    ("预警信息传递时限", "time limit for passing on early warnings"),
    ("转移提前时间", "lead time of evacuation"),
    ("提前转移危险区域群众", "people evacuated in advance from danger zones"),
    ("非常规水源供水量", "water supply from unconventional sources"),
])
def test_flood_response_names(zh: str, en: str) -> None:
    assert (metric_en(zh) or "").lower() == en

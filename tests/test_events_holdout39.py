"""Timeline rules added after the thirty-ninth held-out measurement: a county's enrolment notice (a cohort named by its
year, birth-date ranges, registration windows and publication dates); sentences invented for the rules, expectations
read by hand."""

from __future__ import annotations

from build_tools.model import Event
from tests.event_docs import timeline


def _notice(*texts: str) -> list[Event]:
    return timeline(*texts, date="2026-04-28", title="石埠县教育局关于做好2026年秋季义务教育学校招生工作的通知",
                    genre="notice")


def test_a_cohort_named_by_its_year_is_no_event():
    """（二）初中一年级：2026年应届小学毕业生: the year names the pupils, nothing happens then."""
    assert _notice("（二）初中一年级：2026年应届小学毕业生。") == []


def test_a_birth_date_range_is_no_event_and_a_publication_date_is_one():
    """2019年9月1日至2020年8月31日出生的适龄儿童: a condition; 录取结果于2026年7月25日公布: a date to come."""
    assert _notice("小学一年级招收2019年9月1日至2020年8月31日出生的适龄儿童。") == []
    (e,) = _notice("录取结果于2026年7月25日在县教育局网站公布。")
    assert (e.date, e.kind) == ("2026-07-25", "target")

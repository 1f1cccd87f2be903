"""Parallel deadlines of one sentence (要在3月底前完成…，6月底前完成…): each is a task of its own with its own date;
two clauses with the same date stay one entry. Sentences written for the tests (held-out set 13, issue 11)."""

from __future__ import annotations

from tests.test_events import events_of


def test_each_deadline_of_a_sentence_is_its_own_entry():
    found = events_of("各乡镇要在4月底前完成农村危房排查，9月底前完成危房改造任务，确保群众住房安全。",
                      date="2024-02-10", title="通知")
    assert [(e.date, e.kind) for e in found] == [("2024-04", "target"), ("2024-09", "target")]
    assert found[0].text.endswith("农村危房排查") and found[1].text.startswith("9月底前")


def test_two_clauses_with_one_deadline_stay_one_goal():
    found = events_of("力争到2027年建成区绿化覆盖率达到42%，确保到2027年全面建成国家园林城市。",
                      date="2024-02-10", title="通知")
    assert [e.date for e in found] == ["2027"]

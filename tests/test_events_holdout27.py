"""Timeline rules added after the twenty-seventh held-out measurement: a minimum wage notice (its effective date and
the notice it repeals) and an insurance notice (two named slots in one sentence, the year of a standard); sentences
invented for the rules, expectations read by hand."""

from __future__ import annotations

from build_tools.model import Event
from tests.event_docs import timeline


def _events(date: str, title: str, *texts: str) -> list[Event]:
    return timeline(*texts, date=date, title=title, genre="notice")


def _wage(*texts: str) -> list[Event]:
    return _events("2026-04-15", "栖川市人力资源和社会保障局关于调整全市最低工资标准的通知", *texts)


def _insurance(*texts: str) -> list[Event]:
    return _events("2025-10-10", "青禾县医疗保障局关于做好2026年度城乡居民医疗保险待遇保障工作的通知", *texts)


def test_the_date_a_repealed_notice_took_effect_is_no_event():
    """2022年12月1日起执行的《…通知》同时废止: the date names the old notice; 本通知自2026年6月1日起执行 stays (a date
    still to come: a target)."""
    assert _wage("2022年12月1日起执行的《栖川市人力资源和社会保障局关于调整全市最低工资标准的通知》同时废止。") == []
    (e,) = _wage("本通知自2026年6月1日起执行。")
    assert (e.date, e.kind) == ("2026-06-01", "target")


def test_two_named_slots_of_one_sentence_are_two_periods():
    """集中缴费期为2025年10月15日至2025年12月31日，待遇享受期为2026年1月1日至2026年12月31日: two windows, each an
    entry of its own."""
    found = _insurance("集中缴费期为2025年10月15日至2025年12月31日，待遇享受期为2026年1月1日至2026年12月31日。")
    assert sorted((e.date, e.kind) for e in found) == [("2025-10-15/2025-12-31", "period"),
                                                        ("2026-01-01/2026-12-31", "period")]


def test_the_year_of_a_standard_is_no_event():
    """2026年度居民医保个人缴费标准为每人每年400元: the standard's year, no entry; a task dated by a year stays."""
    assert _insurance("2026年度居民医保个人缴费标准为每人每年400元，比上年提高20元。") == []
    assert _insurance("县医疗保障局将于2026年1月起对各乡镇参保进展情况进行通报。")


def test_the_year_after_any_year_of_a_rule_is_no_date():
    """对当年基金零报销的参保居民，次年…提高不低于800元: 次年 is the year after whichever year had no claims, a rule's
    cycle, not 2026; a 次年 of a dated narrative stays (2024年建成，次年投产)."""
    assert _insurance("对当年基金零报销的参保居民，次年大病保险最高支付限额提高不低于800元。") == []
    found = _events("2025-10-10", "青禾县2025年工作总结", "该项目于2023年建成，次年正式投产，年产值达到2亿元。")
    assert "2024" in [e.date for e in found]

"""Timeline entries on a year's programme in progress (progress_frames.py), found untranslated on a livelihood
projects page not tuned on (2026-12-06). Sentences invented, of other places; the English written by hand."""

from __future__ import annotations

from build_tools.translate.glossary import get_glossary
from build_tools.translate.progress_frames import progress_clause


def test_deadlines_to_start_and_to_meet_the_targets() -> None:
    g = get_glossary()
    assert progress_clause("各项目将于2027年4月底前全部开工。", "April 2027", True, g) == (
        "All projects are to start construction by the end of April 2027.")
    assert progress_clause("10月底前完成年度目标任务。", "October 2027", True, g) == (
        "The annual targets are to be met by the end of October 2027.")
    # an actual entry is never read as a deadline
    assert progress_clause("各项目将于2027年4月底前全部开工。", "April 2027", False, g) is None


def test_the_years_targets_met() -> None:
    g = get_glossary()
    assert progress_clause("截至2026年12月31日，十件民生实事项目全部超额完成年度目标任务，累计完成投资20亿元。",
                           "31 December 2026", False, g) == (
        "By 31 December 2026, all ten practical projects for people's wellbeing had exceeded their annual targets.")
    assert progress_clause("截至2026年12月底，八件民生实事全部完成年度任务。", "December 2026", False, g) == (
        "By the end of December 2026, all eight practical projects for people's wellbeing had met their annual targets.")
    # a set the glossary does not name stays untranslated
    assert progress_clause("截至2026年12月底，某某工程全部完成年度任务。", "December 2026", False, g) is None


def test_a_congress_voting_on_the_programme() -> None:
    g = get_glossary()
    assert progress_clause("2026年1月，县十八届人大四次会议票决产生2026年十件民生实事项目，计划总投资5.2亿元。",
                           "January 2026", False, g, "Qiaolan") == (
        "In January 2026, the Fourth Session of the 18th Qiaolan County People's Congress voted on the ten practical "
        "projects for people's wellbeing for 2026.")

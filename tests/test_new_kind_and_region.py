"""`new` on held-out set 57's genres: a 通报 of a rectification's progress and a report's summary are reports; a party
committee's name (中共…县委) names its county. Titles and texts invented for the tests."""

from __future__ import annotations

from build_tools import new


def test_kind_of_a_rectifications_progress_and_of_a_reports_summary() -> None:
    assert new.infer_kind("", "关于市委第二轮巡察集中整改进展情况的通报") == "report"
    assert new.infer_kind("", "关于审计查出问题整改落实情况的通报") == "report"
    assert new.infer_kind("", "禾川市2024年城市体检报告（摘要）") == "report"
    assert new.infer_kind("", "关于对三起违规用餐问题的通报") == "notice"  # (a violation circulated stays a notice)


def test_a_party_committee_names_its_place_after_zhonggong() -> None:
    from build_tools.new_origin import find_places

    assert find_places("中共禾溪县委巡察工作领导小组办公室") == {"禾溪县": 1}

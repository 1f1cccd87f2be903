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


def test_a_white_paper_and_a_periods_analysis_are_reports() -> None:
    """(held-out set 71)"""
    assert new.infer_kind("", "2024年栖川市法治政府建设白皮书") == "report"
    assert new.infer_kind("", "2025年上半年全县安全生产形势情况分析") == "report"


def test_a_body_under_two_names_issues_under_its_first() -> None:
    from build_tools.new_origin import issuer_bodies

    assert issuer_bodies("栖川市市场监督管理局（栖川市知识产权局）") == ["栖川市市场监督管理局"]
    assert issuer_bodies("栖川市人民政府（2025年）") == []  # (a year in brackets: no second body)


def test_a_cases_number_after_its_quoted_name_in_the_body_is_no_documents() -> None:
    body = "全年查处违法案件120件。" * 260  # (past the head of the text)
    text = ("2024年栖川市知识产权发展状况白皮书\n" + body + "\n其中查处的“某公司销售假冒商品案”（栖市监处罚〔2024〕56号）"
            "入选典型案例。")
    assert new.infer_doc_number(text) == ""
    assert new.infer_doc_number("栖政发〔2024〕12号\n关于印发…的通知") == "栖政发〔2024〕12号"

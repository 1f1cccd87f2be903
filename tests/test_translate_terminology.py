"""The official terminology base (translate/terminology.py): concordance and citation checks.

Needs ../shared/reference beside the clone (skipped without it; the build never reads it)."""

from pathlib import Path

import pytest

from build_tools.cli import main
from build_tools.translate.terminology import (
    REFERENCE_DIR,
    check_citation,
    contains,
    find_segment,
    format_concordance,
    occurrences,
    run_concordance,
)

needs_reference = pytest.mark.skipif(not REFERENCE_DIR.exists(), reason="../shared/reference is not available")


@needs_reference
def test_occurrences_are_latest_first_with_their_english() -> None:
    found = occurrences("民间投资")
    assert len(found) >= 10
    years = [s.year for s in found if s.source == "gwr"]
    assert years == sorted(years, reverse=True)
    # the 2019 report (segment read by hand): "investment in manufacturing and private investment rebounded"
    seg = find_segment("government_work_reports_2008_2022.tsv 2019/89")
    assert seg is not None and "民间投资" in seg.zh and "private investment" in seg.en


@needs_reference
def test_yearbook_tables_are_searchable_and_citable() -> None:
    seg = find_segment("China Statistical Yearbook 2021, table 2-2")
    assert seg is not None and seg.en == "Birth Rate, Death Rate and Natural Growth Rate of Population"
    assert any(s.key == "2-2" for s in occurrences("出生率"))


@needs_reference
def test_check_citation_reads_the_segment() -> None:
    cite = "government_work_reports_2008_2022.tsv 2020/37"
    assert check_citation(("贫困发生率",), "poverty headcount ratio", cite) == ""
    assert "not in" in check_citation(("贫困发生率",), "poverty incidence", cite)
    assert "none of" in check_citation(("森林覆盖率",), "poverty headcount ratio", cite)
    assert "no segment" in check_citation(("x",), "x", "government_work_reports_2008_2022.tsv 1999/1")


@needs_reference
def test_concordance_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["concordance", "贫困发生率", "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert "贫困发生率: 2 official occurrence(s)" in out
    assert "[government_work_reports_2008_2022.tsv 2020/37]" in out and "1 more" in out
    assert "poverty headcount ratio" in format_concordance("贫困发生率")


def test_missing_reference_is_a_clear_error(tmp_path: Path) -> None:
    assert run_concordance(["民间投资"], folder=tmp_path) == 1


def test_contains_matches_whole_words_only() -> None:
    assert contains("Fixed-asset investment rose", "fixed asset investment")
    assert not contains("we must act", "mu")

"""Held-out probe lists of metric names (tests/fixtures/translate/metric_vocabulary*.tsv, one name, its English
alternatives and a source per line): reading them and the measures every list's tests share."""

from __future__ import annotations

from pathlib import Path

from build_tools.translate.metrics import metric_en

PROBES = Path(__file__).parent / "fixtures" / "translate"
Row = tuple[str, list[str], str]  # (Chinese name, English alternatives, source)


def read_probe(path: Path) -> list[Row]:
    """The rows of a probe list: comments (#), section titles (##) and the header line left out."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("zh\t"):
            continue
        zh, expected, source = line.split("\t")
        rows.append((zh, [alt.strip() for alt in expected.split(" | ")], source))
    return rows


def misses_still_render_otherwise(rows: list[Row], known_misses: dict[str, str]) -> list[str]:
    """The listed misses that no longer render in other words than the list's (empty when the list is current:
    once a name matches or loses its English, its entry must go)."""
    expected = {zh: alts for zh, alts, _src in rows}
    return [zh for zh in known_misses if (found := metric_en(zh)) is None or found in expected[zh]]


def probe_counts(rows: list[Row]) -> tuple[int, int]:
    """(names composed exactly as the list says, names with any English)."""
    found = [(metric_en(zh), alts) for zh, alts, _src in rows]
    return sum(en in alts for en, alts in found), sum(en is not None for en, _alts in found)


def probe_tests(rows: list[Row], known_misses: dict[str, str], exact_threshold: int, english_threshold: int):  # noqa: ANN201
    """The three tests every held-out probe list runs (each name renders as one of its hand-written Englishes; the
    known misses still render as something; the exact and English counts stay at the measured thresholds), for a test
    module to bind to its own names."""
    import pytest

    @pytest.mark.parametrize(("zh", "alternatives"), [(zh, alts) for zh, alts, _src in rows if zh not in known_misses])
    def test_domain_name(zh: str, alternatives: list[str]) -> None:
        assert metric_en(zh) in alternatives

    def test_known_misses_still_render_otherwise() -> None:
        assert not misses_still_render_otherwise(rows, known_misses)

    def test_counts_on_the_set() -> None:
        exact, english = probe_counts(rows)
        assert exact >= exact_threshold
        assert english >= english_threshold

    return test_domain_name, test_known_misses_still_render_otherwise, test_counts_on_the_set

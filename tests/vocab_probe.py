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

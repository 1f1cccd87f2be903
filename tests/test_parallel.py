"""Parallel builds: worker processes give the same output, byte for byte, as a serial build."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import pytest
from conftest import ROOT
from test_cache import FEATURE, OPENING, WORK_REPORT, assert_same_tree, copy_seeds, edit

from build_tools import build


def hostile_seeds(folder: Path) -> Path:
    """Three good seeds, a PDF renamed to .txt, two names that map to the same page folder, one name with a space."""
    copy_seeds(folder)
    (folder / "2020-broken.txt").write_bytes(b"%PDF-1.4 binary")
    shutil.copy(ROOT / "seeds" / f"{FEATURE}.txt", folder / "2020-twin.copy.txt")  # -> bulletins/2020-twin-copy
    shutil.copy(ROOT / "seeds" / f"{FEATURE}.yml", folder / "2020-twin.copy.yml")
    shutil.copy(ROOT / "seeds" / f"{FEATURE}.txt", folder / "2020-odd name.txt")
    shutil.copy(ROOT / "seeds" / f"{FEATURE}.yml", folder / "2020-odd name.yml")
    shutil.copy(ROOT / "seeds" / f"{WORK_REPORT}.txt", folder / "2020-twin-copy.txt")
    shutil.copy(ROOT / "seeds" / f"{WORK_REPORT}.yml", folder / "2020-twin-copy.yml")
    return folder


def test_serial_and_parallel_builds_are_identical(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    seeds = hostile_seeds(tmp_path / "seeds")
    serial, parallel = tmp_path / "serial" / "docs", tmp_path / "parallel" / "docs"
    with caplog.at_level(logging.ERROR):
        assert build.build_site(seeds, serial, jobs=1, cache_dir=None) == 1
    serial_log, _ = caplog.text, caplog.clear()
    with caplog.at_level(logging.ERROR):
        assert build.build_site(seeds, parallel, jobs=2, cache_dir=tmp_path / "cache") == 1
    assert_same_tree(serial, parallel)
    for text in (serial_log, caplog.text):
        assert "2020-broken.txt" in text and "PDF" in text
        assert "2020-twin-copy.txt: error: its name collides with 2020-twin.copy.txt" in text
        assert "2020-twin.copy.txt: error: its name collides with 2020-twin-copy.txt" in text
        assert "2020-odd name.txt: error: the file name contains U+0020" in text
    assert not (parallel / "bulletins" / "2020-twin-copy").exists()  # neither twin: the verdict of lint
    assert not (parallel / "bulletins" / "2020-broken").exists()
    assert not any("odd" in p.name for p in (parallel / "bulletins").iterdir())
    assert [p.name for p in parallel.parent.iterdir()] == ["docs"]  # no staging folder left


def test_parallel_incremental_build_is_identical_to_a_serial_clean_build(tmp_path: Path) -> None:
    seeds = copy_seeds(tmp_path / "seeds")
    out, cache_dir = tmp_path / "docs", tmp_path / "cache"
    assert build.build_site(seeds, out, jobs=2, cache_dir=cache_dir) == 0
    edit(seeds / f"{OPENING}.txt", "316 个", "317 个")
    assert build.build_site(seeds, out, jobs=2, cache_dir=cache_dir) == 0
    clean = tmp_path / "clean"
    assert build.build_site(seeds, clean, jobs=1, cache_dir=None) == 0
    assert_same_tree(out, clean)


def test_outcomes_keep_file_order_whatever_the_scheduling(tmp_path: Path) -> None:
    """Workers take the largest files first; the outcomes still come back in file-name order."""
    seeds = copy_seeds(tmp_path / "seeds", (FEATURE, WORK_REPORT, OPENING, "2023-chaoyang-gazette-10"))
    files = sorted(seeds.glob("*.txt"))
    sizes = [f.stat().st_size for f in files]
    assert sizes != sorted(sizes, reverse=True)  # so the scheduling order differs from the file order
    outcomes = build.process_all(files, jobs=2)
    assert [o.path for o in outcomes] == [str(f) for f in files]
    assert [o.source.slug for o in outcomes if o.source] == [f.stem for f in files]


def test_default_jobs_is_the_number_of_usable_cores() -> None:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert build._workers(0, 1000) == cores
    assert build._workers(0, 1) == 1
    assert build._workers(3, 1000) == 3

"""Issue 13, crash-safe builds: a dying worker is named and the others build; an interrupted build leaves nothing a
later build trusts; files of the generated tree changed by hand are written again."""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest
from test_cache import assert_same_tree
from test_security import GOOD, NOTICE, write_bulletin

from build_tools import build

real_model_of = build.model_of


def dying_model_of(path: str):  # noqa: ANN201 - replaces build.model_of in the (forked) workers
    if "die" in Path(path).name:
        os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's out-of-memory killer does
    return real_model_of(path)


def three_bulletins(seeds: Path) -> Path:
    seeds.mkdir(parents=True)
    write_bulletin(seeds, GOOD)
    write_bulletin(seeds, "2023-chaoyang-die-notice", NOTICE.replace("春耕", "夏收"))
    write_bulletin(seeds, "2023-chaoyang-other-notice", NOTICE.replace("春耕", "秋收"))
    return seeds


def test_a_worker_that_dies_is_named_and_the_others_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the replaced function reaches the workers only when they are forked")
    seeds = three_bulletins(tmp_path / "seeds")
    monkeypatch.setattr(build, "model_of", dying_model_of)
    out = tmp_path / "docs"
    with caplog.at_level(logging.WARNING):
        assert build.build_site(seeds, out, jobs=2, cache_dir=None) == 1
    assert "a worker process died" in caplog.text
    assert "2023-chaoyang-die-notice.txt: error: the process building this bulletin died" in caplog.text
    assert "failed: 2023-chaoyang-die-notice.txt\n" in caplog.text + "\n"
    built = sorted(p.name for p in (out / "bulletins").iterdir() if p.is_dir())
    assert built == sorted([GOOD, "2023-chaoyang-other-notice"])
    assert multiprocessing.active_children() == []


def slow_model_of(path: str):  # noqa: ANN201
    time.sleep(60)
    return real_model_of(path)


def test_an_interrupted_build_stops_its_workers_and_leaves_no_staging(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the replaced function reaches the workers only when they are forked")
    seeds = three_bulletins(tmp_path / "seeds")
    monkeypatch.setattr(build, "model_of", slow_model_of)

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGALRM, interrupt)
    signal.alarm(3)
    start = time.monotonic()
    try:
        with pytest.raises(KeyboardInterrupt):
            build.build_site(seeds, tmp_path / "site" / "docs", jobs=2, cache_dir=None)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert time.monotonic() - start < 30  # the workers were stopped, not waited for
    assert multiprocessing.active_children() == []
    assert list((tmp_path / "site").iterdir()) == []


def test_staging_folders_of_interrupted_builds_are_removed(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_bulletin(seeds, GOOD)
    site = tmp_path / "site"
    stale = site / ".docs-staging-4194305-abc"  # above Linux's largest pid: that build is gone
    old_format = site / ".docs-staging-xyz"
    live = site / f".docs-staging-{os.getpid()}-def"  # a build still running (this process)
    swapped = site / "docs.old"
    for folder in (stale, old_format, live, swapped):
        (folder / "bulletins" / "x").mkdir(parents=True)
        (folder / "bulletins" / "x" / "index.md").write_text("left over", encoding="utf-8")
    assert build.build_site(seeds, site / "docs", jobs=1, cache_dir=None) == 0
    assert sorted(p.name for p in site.iterdir()) == sorted(["docs", live.name])


def test_generated_files_changed_by_hand_are_written_again(tmp_path: Path,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_bulletin(seeds, GOOD)
    write_bulletin(seeds, "2023-chaoyang-other-notice", NOTICE.replace("春耕", "秋收"))
    out, cache_dir = tmp_path / "inc" / "docs", tmp_path / "cache"
    assert build.build_site(seeds, out, jobs=1, cache_dir=cache_dir) == 0
    page = out / "bulletins" / GOOD / "index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n<script>alert(1)</script>\n", encoding="utf-8")
    (out / "bulletins" / GOOD / "extra.md").write_text("added by hand", encoding="utf-8")
    (out / "data" / "2023-chaoyang-other-notice" / "extract.json").unlink()
    (out / "stray.md").write_text("added by hand", encoding="utf-8")
    (out / "assets" / ".index.md.abc.tmp").parent.mkdir(parents=True, exist_ok=True)
    (out / "assets" / ".index.md.abc.tmp").write_text("half-written", encoding="utf-8")
    home = out / "index.md"
    home.write_text(home.read_text(encoding="utf-8") + "tampered", encoding="utf-8")
    caplog.clear()
    with caplog.at_level(logging.INFO):
        assert build.build_site(seeds, out, jobs=1, cache_dir=cache_dir) == 0
    assert f"the generated files of {GOOD} were changed by hand" in caplog.text
    assert "the generated files of 2023-chaoyang-other-notice were changed by hand" in caplog.text
    assert "updated in place" in caplog.text  # still an incremental build
    clean = tmp_path / "clean" / "docs"
    assert build.build_site(seeds, clean, jobs=1, cache_dir=None) == 0
    assert_same_tree(out, clean)
    # and an untouched rebuild trusts the tree again
    caplog.clear()
    with caplog.at_level(logging.INFO):
        assert build.build_site(seeds, out, jobs=1, cache_dir=cache_dir) == 0
    assert "changed by hand" not in caplog.text and "0 rendered by workers, 2 unchanged, 0 rendered" in caplog.text

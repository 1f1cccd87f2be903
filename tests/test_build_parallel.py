"""`make site` builds each language in its own MkDocs process and merges the trees (hooks/build_parallel.py): the
same site as the serial `mkdocs build` of the same docs tree, byte for byte, but for the root 404.html (the default
language's, where the serial build leaves the one of the language it built last)."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_parallel_build_gives_the_serial_site(built_site: Path, built_docs: Path, tmp_path: Path):
    site = tmp_path / "site"
    proc = subprocess.run([sys.executable, str(ROOT / "hooks" / "build_parallel.py"), "--docs", str(built_docs),
                           "--site", str(site)], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-4000:]
    assert _files(site) == _files(built_site)
    differ = sorted(f for f in _files(site) if not filecmp.cmp(site / f, built_site / f, shallow=False))
    assert differ == ["404.html"]
    assert '<html lang="zh"' in (site / "404.html").read_text(encoding="utf-8")
    assert not list(tmp_path.glob(".site.parts"))  # the language parts are removed


def test_a_failing_language_build_leaves_the_previous_site(built_docs: Path, tmp_path: Path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("previous", encoding="utf-8")
    broken = tmp_path / "mkdocs.yml"
    broken.write_text((ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("custom_dir: overrides",
                      f"custom_dir: {ROOT / 'overrides'}").replace("hooks/", f"{ROOT}/hooks/")
                      + "\nnav:\n  - missing.md\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, str(ROOT / "hooks" / "build_parallel.py"), "--config", str(broken),
                           "--docs", str(built_docs), "--site", str(site)], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 1 and "failed" in proc.stderr
    assert (site / "index.html").read_text(encoding="utf-8") == "previous"

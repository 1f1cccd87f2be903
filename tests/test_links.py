"""Every internal link of the built site resolves, checked by a well-kept link checker (LinkChecker).

Anchors (#p12) are checked by tests/test_site.py; LinkChecker's anchor plugin would triple the run time.
Only files inside site/ are followed: the site links to no outside host (tests/test_site.py checks that).
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture
def readable_dir():
    """LinkChecker run as root drops privileges to 'nobody': give it a world-readable copy to read."""
    import tempfile

    path = Path(tempfile.mkdtemp(prefix="linkcheck-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def _readable_copy(site: Path, dest: Path) -> Path:
    target = dest / "site"
    shutil.copytree(site, target)
    for p in [target, *target.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)
    return target


def test_linkchecker_finds_no_broken_internal_link(built_site: Path, readable_dir: Path):
    site = _readable_copy(built_site, readable_dir)
    exe = Path(sys.executable).with_name("linkchecker")
    if not exe.exists():
        exe = Path(shutil.which("linkchecker") or "")
    assert exe.exists(), "linkchecker is pinned in requirements.txt"
    proc = subprocess.run([str(exe), "--no-status", "--no-robots", "--verbose", "-r", "100", "-o", "csv",
                           "--ignore-url", r"^(https?|mailto):", str(site / "index.html")],
                          capture_output=True, text=True, timeout=600)
    rows = [r for r in csv.DictReader(io.StringIO("\n".join(
        line for line in proc.stdout.splitlines() if not line.startswith("#"))), delimiter=";")]
    assert len(rows) > 50, proc.stdout[-2000:] + proc.stderr[-2000:]  # it really crawled the site
    broken = [(r["urlname"], r["parentname"], r["result"]) for r in rows if r["valid"] != "True"]
    assert not broken, broken[:20]


def test_linkchecker_reports_a_broken_link(readable_dir: Path):
    """The check above can fail: a page with a dangling link is reported."""
    page = readable_dir / "index.html"
    page.write_text('<html><body><a href="missing.html">x</a></body></html>', encoding="utf-8")
    page.chmod(0o644)
    exe = Path(sys.executable).with_name("linkchecker")
    proc = subprocess.run([str(exe), "--no-status", "-o", "csv", str(page)],
                          capture_output=True, text=True, timeout=120)
    assert "missing.html" in proc.stdout and proc.returncode != 0

"""The offline bundle (build_tools/bundle.py, mkdocs.offline.yml): what Material's offline plugin does not check.
The bundle built from the seeds is tested in a browser in tests/browser/; these tests need no browser."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from pathlib import Path

import pytest
import yaml

from build_tools import __version__, bundle

ROOT = Path(__file__).resolve().parent.parent


def write(root: Path, rel: str, text: str = "") -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def tiny_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    write(site, "search/search_index.js", "var __index = {}")
    write(site, "assets/app.js")
    write(site, "assets/style.css", "body { background: url('../img/bg.png'); }")
    write(site, "img/bg.png")
    write(site, "data/figures.csv", "a,b\n")
    write(site, "index.html", """<html><head>
        <link rel="stylesheet" href="assets/style.css"><script src="assets/app.js"></script></head>
        <body><a href="https://www.gov.cn/x.html">原文</a> <a href="data/figures.csv">CSV</a>
        <a href="#top">顶部</a> <a href="mailto:x@example.org">信</a> <img src="data:image/png;base64,AA" alt="x">
        </body></html>""")
    return site


def test_a_self_contained_site_passes(tiny_site: Path):
    assert bundle.check_site(tiny_site) == []  # outside <a href> links are fine: a reader may follow them


@pytest.mark.parametrize(("html", "expected"), [
    ('<script src="https://unpkg.com/iframe-worker/shim"></script>', "loads an outside address"),
    ('<link rel="stylesheet" href="//fonts.googleapis.com/css?family=Roboto">', "loads an outside address"),
    ('<img src="http://example.com/chart.svg" alt="图表">', "loads an outside address"),
    ('<script src="assets/missing.js"></script>', "has no file in the bundle"),
    ('<a href="data/events.csv">事项 CSV</a>', "has no file in the bundle"),
    ('<link rel="alternate" type="application/atom+xml" href="en/feed.xml">', "has no file in the bundle"),
])
def test_outside_or_missing_resources_are_reported(tiny_site: Path, html: str, expected: str):
    write(tiny_site, "page.html", f"<html><body>{html}</body></html>")
    problems = bundle.check_site(tiny_site)
    assert len(problems) == 1 and problems[0].startswith("page.html:") and expected in problems[0], problems


def test_outside_address_in_a_stylesheet_is_reported(tiny_site: Path):
    write(tiny_site, "assets/more.css", "@import 'https://fonts.example.org/noto.css';")
    assert bundle.check_site(tiny_site) == [
        "assets/more.css: <css> loads an outside address https://fonts.example.org/noto.css"]


def test_missing_offline_search_index_is_reported(tiny_site: Path):
    (tiny_site / "search" / "search_index.js").unlink()
    assert any("search_index.js" in p for p in bundle.check_site(tiny_site))


def test_zip_is_byte_identical_for_the_same_site_and_has_one_top_folder(tiny_site: Path, tmp_path: Path):
    first = bundle.zip_site(tiny_site, tmp_path / "a" / "x.zip", "policy-digest-9.9")
    os.utime(tiny_site / "index.html", (0, 2_000_000_000))  # a later file time changes nothing
    second = bundle.zip_site(tiny_site, tmp_path / "b" / "x.zip", "policy-digest-9.9")
    assert hashlib.sha256(first.read_bytes()).digest() == hashlib.sha256(second.read_bytes()).digest()
    with zipfile.ZipFile(first) as zf:
        names = zf.namelist()
        assert names == sorted(names)
        assert {n.split("/")[0] for n in names} == {"policy-digest-9.9"}
        assert "policy-digest-9.9/index.html" in names
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_bundle_name_carries_the_package_version():
    assert bundle.bundle_name() == f"policy-digest-{__version__}"


def test_make_bundle_needs_a_generated_docs_tree(tmp_path: Path):
    with pytest.raises(bundle.BundleError, match="make build"):
        bundle.make_bundle(tmp_path / "nothing", tmp_path / "dist")


# ---- configuration and vendored files ----

def test_offline_config_adds_the_offline_plugin_after_i18n_and_a_local_shim():
    from mkdocs.config import load_config

    cfg = load_config(str(ROOT / "mkdocs.offline.yml"), docs_dir=str(ROOT / "docs"))  # build/docs may not exist
    names = list(cfg.plugins.keys())
    assert "i18n" in names and "material/offline" in names
    assert names.index("material/offline") > names.index("i18n"), names  # else the index holds one language
    assert cfg.use_directory_urls is False
    polyfills = cfg.extra["polyfills"]
    assert polyfills == ["assets/vendor/iframe-worker/shim.js"]  # so the plugin adds no CDN address
    assert (ROOT / "docs" / polyfills[0]).is_file()
    plain = yaml.safe_load((ROOT / "mkdocs.offline.yml").read_text(encoding="utf-8"))
    assert plain["INHERIT"] == "mkdocs.yml"  # one configuration: the offline site is the site


def test_vendored_files_match_the_pinned_npm_packages():
    """docs/assets/vendor/ is committed (small, reviewable); it must be the file of the version package-lock pins."""
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    pinned = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["devDependencies"]
    for package, _inner, _target in bundle.VENDORED:
        assert lock["packages"][f"node_modules/{package}"]["version"] == pinned[package]
    modules = ROOT / "node_modules"
    if not (modules / "iframe-worker").is_dir():
        if os.environ.get("CI"):
            pytest.fail("node_modules is missing: .ci/run runs `npm ci`")
        pytest.skip("node_modules is missing: run `npm ci`")
    for package, inner, target in bundle.VENDORED:
        installed = json.loads((modules / package / "package.json").read_text(encoding="utf-8"))["version"]
        assert installed == pinned[package]
        assert (modules / package / inner).read_bytes() == (bundle.VENDOR_DIR / target).read_bytes(), (
            f"{target} differs from {package}@{installed}: run `make vendor`")

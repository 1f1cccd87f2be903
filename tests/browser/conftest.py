"""Browser tests: the built site in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright; no browser
is ever downloaded).

One browser per session; the site of the ``built_site`` fixture served by Python's http.server on 127.0.0.1 (a free
port, a thread, stopped at the end); the offline bundle built once and unzipped. Every page opened through
``visit`` is watched: a request to any host but 127.0.0.1/localhost is aborted and fails the test, and so does a
console error or an uncaught exception (except the one known harmless error below). Screenshots go to
test-artifacts/ (git-ignored).

Without Chromium, Playwright or `npm ci` the tests are skipped with the reason, except under CI (CI=true), where
they fail: .ci/run installs all three.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from build_tools.local_server import serve

ROOT = Path(__file__).resolve().parents[2]
# Debian's package (what .ci/run installs); CHROMIUM=/path overrides, e.g. for Ubuntu's google-chrome.
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "test-artifacts"
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]", "::1"})
LOCAL_SCHEMES = frozenset({"file", "data", "blob", "about"})
LANGUAGES = ("zh", "en", "zh-Hant")  # the site's languages; a language is tested when its folder was built
DESKTOP = {"width": 1280, "height": 900}


def _missing(what: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what} (.ci/run should have installed it)")
    pytest.skip(what)


def is_outside(url: str) -> bool:
    """True for an address the site must never load: any network host but this machine."""
    parts = urlsplit(url)
    if parts.scheme in LOCAL_SCHEMES:
        return False
    return not (parts.scheme in ("http", "https", "ws", "wss") and (parts.hostname or "") in LOCAL_HOSTS)


def is_known_harmless(text: str, resource: str, page_url: str) -> bool:
    """The one console error allowed: under file://, Material's JavaScript fetches sitemap.xml (for its language
    and version links) and Chromium refuses it (CORS: file:// has no origin); it logs the refusal and the failed
    load. Nothing on the page depends on it. Any other error fails the test."""
    if not page_url.startswith("file:"):
        return False
    about_sitemap = "sitemap.xml" in text or resource.endswith("/sitemap.xml")
    return about_sitemap and ("CORS" in text or "Failed to load resource" in text)


@dataclass
class Watch:
    """What the pages of one test did wrong."""

    outside: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    allowed: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return [f"request to an outside host: {u}" for u in self.outside] + [f"console: {e}" for e in self.errors]


@pytest.fixture(scope="session")
def browser() -> Iterator:
    if not CHROMIUM.exists():
        _missing(f"no Chromium at {CHROMIUM}: apt-get install -y chromium fonts-noto-cjk")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("Playwright for Python is not installed (requirements-dev)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def axe_js() -> Path:
    if not AXE_JS.is_file():
        _missing(f"{AXE_JS} is missing: run `npm ci`")
    return AXE_JS


def _serve(directory: Path) -> Iterator[str]:
    """``directory`` over HTTP on 127.0.0.1 (a free port): yields 'http://127.0.0.1:41234/'."""
    with serve(directory) as url:
        yield url


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The built site over HTTP on 127.0.0.1 (a free port), e.g. 'http://127.0.0.1:41234/'."""
    yield from _serve(built_site)


@pytest.fixture(scope="session")
def subfolder_site_url(built_site: Path) -> Iterator[str]:
    """The built site served from a sub-folder, as on a project page of a static host:
    'http://127.0.0.1:41234/<folder>/'."""
    for root in _serve(built_site.parent):
        yield f"{root}{built_site.name}/"


@pytest.fixture(scope="session")
def offline_zip(built_docs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline bundle (`make bundle`), built once from the same docs tree as ``built_site``."""
    from build_tools.bundle import make_bundle

    return make_bundle(built_docs, tmp_path_factory.mktemp("bundle") / "dist")


@pytest.fixture(scope="session")
def offline_site(offline_zip: Path) -> Path:
    """The offline bundle unzipped: its top folder (policy-digest-<version>/)."""
    from build_tools.bundle import bundle_name

    with zipfile.ZipFile(offline_zip) as zf:
        zf.extractall(offline_zip.parent.parent / "unzipped")
    return offline_zip.parent.parent / "unzipped" / bundle_name()


@pytest.fixture(scope="session")
def languages(built_site: Path) -> list[str]:
    """The languages the site was built in: zh at the root, the others in their own folder."""
    return ["zh"] + [lang for lang in LANGUAGES[1:] if (built_site / lang / "index.html").is_file()]


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def visit(browser) -> Iterator[Callable]:
    """``visit(url, viewport=DESKTOP) -> Page``: a page in a fresh context, watched (see the module doc). After the
    test, any outside request or console error fails it."""
    watch = Watch()
    contexts = []

    def route(route) -> None:
        if is_outside(route.request.url):
            watch.outside.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    def open_page(url: str, viewport: dict | None = None):
        context = browser.new_context(viewport=viewport or DESKTOP, locale="zh-CN", service_workers="block")
        contexts.append(context)
        context.route("**/*", route)
        context.on("request", lambda req: watch.outside.append(req.url) if is_outside(req.url) else None)
        page = context.new_page()

        def on_console(msg) -> None:
            if msg.type != "error":
                return
            resource = (msg.location or {}).get("url", "")
            text = f"{msg.text} ({resource or page.url})"
            (watch.allowed if is_known_harmless(msg.text, resource, page.url) else watch.errors).append(text)

        page.on("console", on_console)
        page.on("pageerror", lambda exc: watch.errors.append(f"uncaught: {exc}"))
        page.goto(url)
        page.wait_for_load_state("load")
        return page

    open_page.watch = watch
    yield open_page
    for context in contexts:
        context.close()
    problems = watch.problems()
    if problems:
        pytest.fail("\n".join(sorted(set(problems))))

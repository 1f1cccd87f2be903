"""Accessibility: axe-core (npm, pinned in package.json) in the browser on the home page and a document page of
each language, plus checks over every built page: text alternatives for images and charts (charts also as data
tables), headings in order inside the page content, and the language on <html>."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

FEATURE = "2019-chaoyang-revitalization-feature"
BLOCKING = ("serious", "critical")
HEADING_RE = re.compile(r"^h([1-6])$")


class _Content(HTMLParser):
    """Headings, images and tables of a page's content (the <article>), in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside <article> when > 0
        self.items: list[tuple[str, dict[str, str]]] = []
        self.lang = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.lang = values.get("lang", "")
        if tag == "article":
            self.depth += 1
        if self.depth and (HEADING_RE.match(tag) or tag in ("img", "table", "svg")):
            self.items.append((tag, values))

    def handle_endtag(self, tag: str) -> None:
        if tag == "article" and self.depth:
            self.depth -= 1


def parse(path: Path) -> _Content:
    parser = _Content()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def content_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html" and "assets" not in p.parts)


def doc_page(site: Path) -> str:
    folder = site / "bulletins" / FEATURE
    return next(p.relative_to(site).as_posix() for p in sorted(folder.glob("*.html"))
                if p.name not in ("index.html", "cleaning-report.html"))


# ---- axe-core in the browser ----

SEARCHED = {"zh": "脱贫", "en": "poverty", "zh-Hant": "脫貧"}  # words the seeds have in each language


@pytest.mark.parametrize("which", ["home", "document", "search results"])
def test_axe_finds_no_serious_or_critical_violation(visit, site_url, built_site, axe_js, languages, which):
    rel = doc_page(built_site) if which == "document" else "index.html"
    for lang in languages:
        prefix = "" if lang == "zh" else f"{lang}/"
        page = visit(site_url + prefix + rel)
        if which == "search results":  # the served site's search box (Pagefind) with its results open
            page.locator(".pagefind-ui__search-input").fill(SEARCHED[lang])
            page.locator(".pagefind-ui__result").first.wait_for()
            # results still loading are drawn as placeholder bars (text the colour of the background, on purpose)
            page.wait_for_function("() => !document.querySelector('.pagefind-ui__loading')")
        page.add_script_tag(path=str(axe_js))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        blocking = [v for v in result["violations"] if v["impact"] in BLOCKING]
        report = [f"{v['impact']} {v['id']}: {v['help']} -> {[n['target'] for n in v['nodes']][:5]}"
                  for v in blocking]
        assert not blocking, f"{prefix}{rel}:\n" + "\n".join(report)


def test_axe_is_wired_to_report_violations(visit, site_url, axe_js):
    """The check above can fail: an image without alt text injected into the page is reported as critical."""
    page = visit(site_url + "index.html")
    # (wait for the made-up image to fail: its 404 must be reported before the watch is cleared below, however
    # slow the machine)
    page.evaluate("() => new Promise(done => { const i = document.createElement('img'); i.onerror = done;"
                  " i.onload = done; i.src = 'charts/none.svg'; document.querySelector('article').appendChild(i); })")
    page.wait_for_timeout(200)
    page.add_script_tag(path=str(axe_js))
    result = page.evaluate("async () => await axe.run(document, {runOnly: ['image-alt']})")
    assert [v["impact"] for v in result["violations"]] == ["critical"]
    visit.watch.errors.clear()  # the made-up image's 404


# ---- every built page, statically ----

def test_html_has_the_page_language(built_site, languages):
    expected = {"zh": "zh", "en": "en", "zh-Hant": "zh-Hant"}
    for path in content_pages(built_site):
        rel = path.relative_to(built_site).as_posix()
        lang = next((lg for lg in languages[1:] if rel.startswith(f"{lg}/")), "zh")
        assert parse(path).lang == expected[lang], rel


def test_headings_are_in_order_inside_page_content(built_site):
    problems = []
    for path in content_pages(built_site):
        levels = [int(tag[1]) for tag, _ in parse(path).items if HEADING_RE.match(tag)]
        rel = path.relative_to(built_site).as_posix()
        if not levels or levels[0] != 1 or levels.count(1) != 1:
            problems.append(f"{rel}: not one <h1> first: {levels[:8]}")
        problems += [f"{rel}: h{a} followed by h{b}" for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
    assert not problems, "\n".join(problems[:30])


def test_images_and_charts_have_text_alternatives(built_site):
    problems = []
    charts = 0
    for path in content_pages(built_site):
        rel = path.relative_to(built_site).as_posix()
        items = parse(path).items
        for i, (tag, attrs) in enumerate(items):
            if tag == "img" and not attrs.get("alt", "").strip():
                problems.append(f"{rel}: <img src={attrs.get('src')}> has no alt text")
            if tag == "img" and "charts/" in attrs.get("src", ""):
                charts += 1
                following = [t for t, _ in items[i + 1:] if t in ("img", "table")]
                if not following or following[0] != "table":
                    problems.append(f"{rel}: chart {attrs.get('src')} is not followed by its data table")
            if tag == "svg" and attrs.get("aria-hidden") != "true" and not attrs.get("role") == "img":
                problems.append(f"{rel}: inline <svg> neither decorative (aria-hidden) nor labelled (role=img)")
    assert charts > 0, "no charts found: the indicators page changed?"
    assert not problems, "\n".join(problems[:30])

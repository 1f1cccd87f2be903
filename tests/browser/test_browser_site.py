"""The built site in a real browser: search, source links, charts, the offline bundle, mobile, and no outside
requests or console errors (the ``visit`` fixture fails a test on either).

Expected search results are hand-checked against the seed texts (grep of the raw files, spaces allowed between
characters since one seed is word-segmented), not produced by the search engine.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

CJK_RE = re.compile(r"[\u4e00-\u9fff]")
TAG_RE = re.compile(r"<[^>]+>")

# Bulletins (seed file names) whose raw text contains the query, and those whose text does not.
POVERTY = "脱贫"
POVERTY_IN = {"2019-chaoyang-opening-up-page", "2019-chaoyang-revitalization-feature", "2021-liaoyang-centenary-page",
              "2023-chaoyang-gazette-10"}
POVERTY_NOT_IN = {"2019-chaoyang-work-report-tasks"}
BUSINESS = "营商环境"  # in the work report only as "营 商 环境" (word-segmented source)
BUSINESS_IN = {"2019-chaoyang-opening-up-page", "2019-chaoyang-work-report-tasks", "2021-liaoyang-centenary-page",
               "2023-chaoyang-gazette-10"}
BUSINESS_NOT_IN = {"2019-chaoyang-revitalization-feature"}
FEATURE = "2019-chaoyang-revitalization-feature"  # one document, with key figures
MOBILE = {"width": 390, "height": 844}
FIGURE_LINKS = "h2#figures + .md-typeset__scrollwrap a[href*='#']"  # the key-figure table's source links


# ---- helpers ----

def search(page, query: str) -> list[str]:
    """Search as a reader does, in whichever search box the page has: Pagefind's on the served site, Material's in
    the offline bundle. The result pages' addresses (with their section anchors), in order."""
    if page.locator(".pagefind-ui__search-input").count():
        return pagefind_search(page, query)
    return material_search(page, query)


def pagefind_search(page, query: str) -> list[str]:
    """Type ``query`` into Pagefind's search box (the served site); every result and sub-result address, after
    showing all results ("load more")."""
    box = page.locator(".pagefind-ui__search-input")
    box.click()
    page.keyboard.type(query)
    try:
        page.locator(".pagefind-ui__message").filter(has_text=re.compile(r"\d")).wait_for(timeout=10_000)
    except Exception:  # noqa: BLE001 - report what the search box says instead of a bare timeout
        pytest.fail(f"no search results for {query!r}; the search box says: "
                    f"{page.locator('.pagefind-ui__drawer').inner_text()!r}")
    more = page.locator("button.pagefind-ui__button")
    while more.count() and more.first.is_visible():
        more.first.click()
        page.wait_for_timeout(200)
    page.wait_for_function("() => ![...document.querySelectorAll('.pagefind-ui__result')]"
                           ".some(r => !r.querySelector('a.pagefind-ui__result-link'))")
    return [a.get_attribute("href") for a in page.locator("a.pagefind-ui__result-link").all()]


def material_search(page, query: str) -> list[str]:
    """Type ``query`` into Material's search box (the offline bundle) as a reader does; the result addresses.

    Playwright types Chinese as text input with no key events, as an IME does before its commit: the commit's key
    (here End, which only moves the caret) is what makes Material read the box."""
    box = page.locator("input.md-search__input")
    if not box.is_visible():  # narrow screens: the search icon opens the box
        page.locator("label.md-header__button[for='__search']").click()
    box.click()
    page.keyboard.type(query)
    page.keyboard.press("End")
    items = page.locator("li.md-search-result__item > a.md-search-result__link")
    try:
        items.first.wait_for(state="attached", timeout=10_000)
    except Exception:  # noqa: BLE001 - report what the search box says instead of a bare timeout
        meta = page.locator(".md-search-result__meta").inner_text()
        pytest.fail(f"no search results for {query!r}; the search box says: {meta!r}")
    previous = -1
    while items.count() != previous:  # Material renders long result lists in batches as the list scrolls
        previous = items.count()
        page.locator(".md-search__scrollwrap").evaluate("el => { el.scrollTop = el.scrollHeight; }")
        page.wait_for_timeout(200)
    return [a.get_attribute("href") for a in items.all()]


def site_path(url: str, base: str) -> str:
    """'http://127.0.0.1:1/bulletins/x/y.html?h=q#p2' -> 'bulletins/x/y.html' (relative to ``base``); a folder's
    address -> its index.html."""
    path = unquote(urlsplit(url).path)
    base_path = unquote(urlsplit(base).path)
    rel = path[len(base_path):] if path.startswith(base_path) else path
    return rel + "index.html" if rel.endswith("/") or not rel else rel


def bulletins_of(paths: list[str]) -> set[str]:
    """The bulletins whose document pages are among ``paths`` (not their cleaning reports)."""
    return {p.split("/")[1] for p in paths
            if p.startswith("bulletins/") and p.count("/") == 2 and not p.endswith("/cleaning-report.html")}


def page_text(site: Path, rel: str) -> str:
    html = (site / rel).read_text(encoding="utf-8")
    article = html.split('<article class="md-content__inner', 1)[-1].split("</article>", 1)[0]
    return TAG_RE.sub("", article)


def document_pages(site: Path, bulletin: str) -> list[str]:
    folder = site / "bulletins" / bulletin
    return sorted(p.relative_to(site).as_posix() for p in folder.glob("*.html")
                  if p.name not in ("index.html", "cleaning-report.html"))


def in_viewport(page, selector: str) -> bool:
    """The element's top is on screen and below the sticky header (a reader can see it)."""
    return page.evaluate(
        """sel => {
            const el = document.querySelector(sel);
            const header = document.querySelector('.md-header');
            const top = header ? header.getBoundingClientRect().bottom : 0;
            const r = el.getBoundingClientRect();
            return r.top >= top - 1 && r.top < window.innerHeight && r.height > 0;
        }""", selector)


def switch_language(page, lang: str) -> None:
    """Choose ``lang`` in the header's language menu (it opens on hover)."""
    page.locator(".md-header__option .md-select").first.hover()
    page.locator(f".md-select__link[hreflang='{lang}']").click()
    page.wait_for_load_state("load")


def shoot(page, artifacts: Path, name: str, full_page: bool = False) -> None:
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=full_page)


# ---- search ----

@pytest.fixture(params=["served", "offline"])
def searched_site(request, site_url, built_site) -> tuple[str, Path]:
    """(address of the site root, its folder): the served site over HTTP (Pagefind) and the offline bundle from
    file:// (Material's lunr index): both must give the hand-checked results."""
    if request.param == "served":
        return site_url, built_site
    offline = request.getfixturevalue("offline_site")
    return offline.as_uri() + "/", offline


@pytest.mark.parametrize(("query", "present", "absent"), [(POVERTY, POVERTY_IN, POVERTY_NOT_IN),
                                                          (BUSINESS, BUSINESS_IN, BUSINESS_NOT_IN)])
def test_chinese_search_finds_the_documents_that_contain_the_words(visit, searched_site, query, present, absent):
    root, folder = searched_site
    page = visit(root + "index.html")
    paths = [site_path(h, root) for h in search(page, query)]
    found = bulletins_of(paths)
    assert present <= found, f"{query}: missing {sorted(present - found)}; results {paths}"
    assert not (absent & found), f"{query}: {sorted(absent & found)} has no {query} but was found"
    for rel in dict.fromkeys(paths):
        assert query in page_text(folder, rel), f"{rel} was found for {query} but does not contain it"


# The same query in each language: the served site (Pagefind) and the offline bundle (lunr) find the same bulletins,
# and those are the ones whose text in that language has the words (checked by hand: grep of the seeds and of the
# generated pages; 营商环境 is "营 商 环境" in the word-segmented work report, which both engines still find).
SAME_RESULTS = [("", POVERTY, POVERTY_IN), ("", BUSINESS, BUSINESS_IN), ("zh-Hant/", "脫貧", POVERTY_IN),
                ("zh-Hant/", "營商環境", BUSINESS_IN), ("en/", "poverty", None), ("en/", "GDP", None)]


@pytest.mark.parametrize(("prefix", "query", "expected"), SAME_RESULTS)
def test_served_site_and_offline_bundle_find_the_same_bulletins(visit, site_url, offline_site, languages, prefix,
                                                                query, expected):
    if prefix and prefix.rstrip("/") not in languages:
        pytest.skip(f"{prefix} is not built")
    found = {}
    for name, root in (("served", site_url), ("offline", offline_site.as_uri() + "/")):
        page = visit(root + prefix + "index.html")
        paths = [site_path(h, root) for h in search(page, query)]
        assert all(p.startswith(prefix) for p in paths), f"{name} {query}: results of another language: {paths}"
        found[name] = bulletins_of([p[len(prefix):] for p in paths])
    assert found["served"] == found["offline"], f"{prefix}{query}: {found}"
    if expected is not None:
        assert expected <= found["served"], f"{prefix}{query}: {found}"


def test_search_result_opens_the_page_with_the_words_highlighted(visit, offline_site):
    """The offline bundle's search (Material: search.highlight) marks the words on the page it opens."""
    root = offline_site.as_uri() + "/"
    page = visit(root + "index.html")
    hrefs = search(page, POVERTY)
    # a section of the page (a page's own entry carries the words only when its first section has them)
    target = next(h for h in hrefs if f"bulletins/{FEATURE}/" in h and re.search(r"[?&]h=[^&#]", h))
    page.locator(f"a.md-search-result__link[href='{target}']").first.click()
    page.wait_for_url(re.compile(re.escape(FEATURE)))
    page.locator("article mark").filter(has_text=POVERTY).first.wait_for()  # search.highlight marks the words


def test_served_search_result_opens_the_page(visit, site_url):
    page = visit(site_url + "index.html")
    hrefs = search(page, POVERTY)
    target = next(h for h in hrefs if f"bulletins/{FEATURE}/" in h)
    page.locator(f"a.pagefind-ui__result-link[href='{target}']").first.click()
    page.wait_for_url(re.compile(re.escape(FEATURE)))
    assert POVERTY in page.locator("article").inner_text()


def test_served_search_works_when_the_site_is_in_a_sub_folder(visit, subfolder_site_url):
    """Pagefind takes the site's base path from where its script is served: results stay inside the folder."""
    page = visit(subfolder_site_url + "index.html")
    hrefs = search(page, POVERTY)
    prefix = urlsplit(subfolder_site_url).path
    assert hrefs and all(h.startswith(prefix) for h in hrefs), hrefs
    target = next(h for h in hrefs if f"bulletins/{FEATURE}/" in h)
    page.locator(f"a.pagefind-ui__result-link[href='{target}']").first.click()
    page.wait_for_url(re.compile(re.escape(FEATURE)))
    assert POVERTY in page.locator("article").inner_text()


def test_english_search_finds_english_pages(visit, site_url, built_site, languages):
    if "en" not in languages:
        pytest.skip("no English site yet (/en/ is not built): comes with the i18n pages")
    for query in ("GDP", "poverty"):  # the feature's English summary and key figures have both
        page = visit(site_url + "en/index.html")
        paths = [site_path(h, site_url) for h in search(page, query)]
        assert f"en/bulletins/{FEATURE}/" in " ".join(paths), f"{query}: {paths}"
        assert all(p.startswith("en/") for p in paths), f"{query}: results outside the English site: {paths}"
        for rel in dict.fromkeys(paths):
            assert query.lower() in page_text(built_site, rel).lower(), f"{rel} was found for {query}"


def test_language_switcher_goes_to_the_same_page_in_each_language(visit, site_url, built_site, languages):
    if len(languages) < 2:
        pytest.skip("one language only (/en/ and /zh-Hant/ are not built): comes with the i18n pages")
    doc = document_pages(built_site, FEATURE)[0]
    page = visit(site_url + doc)
    for lang in languages[1:] + ["zh"]:
        switch_language(page, lang)
        expected = doc if lang == "zh" else f"{lang}/{doc}"
        assert site_path(page.url, site_url) == expected
        assert page.evaluate("document.documentElement.lang") == lang


# ---- documents, charts ----

def test_key_figure_source_link_scrolls_to_its_paragraph(visit, site_url, built_site):
    doc = next(p for p in document_pages(built_site, FEATURE) if 'id="figures"' in (built_site / p).read_text())
    page = visit(site_url + doc)
    links = page.locator(FIGURE_LINKS)
    assert links.count() > 0, "the key-figure table has no source links"
    # the link whose paragraph is farthest down the page: not on screen before the click
    hrefs = [a.get_attribute("href") for a in links.all()]
    assert all(h.split("#")[0] in ("", doc.rsplit("/", 1)[-1]) for h in hrefs), hrefs  # links into this page
    href = max(hrefs, key=lambda h: page.evaluate("id => document.getElementById(id).offsetTop", h.split("#")[1]))
    anchor = href.split("#")[1]
    selector = f"[id='{anchor}']"
    assert page.locator(selector).evaluate("el => el.tagName") in ("P", "H2", "H3", "H4", "H5")
    assert not in_viewport(page, selector), f"{href} is already on screen: the test would prove nothing"
    page.locator(f"h2#figures + .md-typeset__scrollwrap a[href='{href}']").first.click()
    page.wait_for_function("h => location.hash === h", arg="#" + anchor)
    page.wait_for_function("""sel => { const r = document.querySelector(sel).getBoundingClientRect();
                                       return r.top >= 0 && r.top < window.innerHeight; }""", arg=selector)
    assert in_viewport(page, selector), f"{href}: the paragraph is hidden under the header or off screen"


def test_charts_are_rendered_with_chinese_labels(visit, site_url, artifacts):
    page = visit(site_url + "indicators.html")
    charts = page.locator("article img[src*='charts/']")
    assert charts.count() >= 1
    chart = charts.first
    chart.scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=chart.element_handle())
    box = chart.bounding_box()
    assert chart.is_visible() and box["width"] > 100 and box["height"] > 50, box
    labels = page.evaluate("""async img => {
        const svg = new DOMParser().parseFromString(await (await fetch(img.src)).text(), 'image/svg+xml');
        return [...svg.querySelectorAll('text')].map(t => t.textContent);
    }""", chart.element_handle())
    assert labels and any(CJK_RE.search(t) for t in labels), labels
    broken = page.evaluate("[...document.querySelectorAll('article img')].filter(i => !i.complete || "
                           "i.naturalWidth === 0).map(i => i.getAttribute('src'))")
    assert broken == [], f"images that did not load: {broken}"
    shoot(page, artifacts, "indicators")


# ---- every kind of page: no console error, no outside request ----

def test_every_kind_of_page_loads_cleanly(visit, site_url, built_site, artifacts, languages):
    doc = document_pages(built_site, FEATURE)[0]
    kinds = ["index.html", "bulletins/index.html", f"bulletins/{FEATURE}/index.html", doc,
             f"bulletins/{FEATURE}/cleaning-report.html", "timeline.html", "indicators.html", "downloads.html"]
    kinds += [k for k in ("schema.html", "about.html") if (built_site / k).is_file()]
    for lang in languages:  # every kind of page in Chinese; in the other languages, those built from other code
        prefix = "" if lang == "zh" else f"{lang}/"
        page = visit(site_url + prefix + kinds[0])
        for rel in (kinds if lang == "zh" else [kinds[0], kinds[2], doc, "indicators.html"]):
            page.goto(site_url + prefix + rel)
            assert page.locator("article h1").count() == 1, f"{prefix}{rel}: no page title"
        page.wait_for_load_state("networkidle")  # late requests and errors of the last page too
        page.goto(site_url + prefix + "index.html")
        shoot(page, artifacts, f"home-{lang}", full_page=True)
        page.goto(site_url + prefix + doc)
        shoot(page, artifacts, f"document-{lang}")


def test_the_outside_request_guard_catches_a_request(visit, site_url):
    """The guard the other tests rely on: a request to an outside host is caught (and aborted)."""
    page = visit(site_url + "index.html")
    page.evaluate("fetch('https://example.org/x.js').catch(() => null)")
    page.wait_for_timeout(300)
    assert set(visit.watch.outside) == {"https://example.org/x.js"}
    visit.watch.outside.clear()
    visit.watch.errors.clear()  # the aborted fetch's console message


# ---- mobile ----

def test_mobile_drawer_opens_and_document_has_no_horizontal_scroll(visit, site_url, built_site, artifacts):
    doc = document_pages(built_site, FEATURE)[0]
    page = visit(site_url + doc, viewport=MOBILE)
    widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], f"the page scrolls sideways: {widths}"
    nav = page.locator("nav.md-nav--primary").first
    assert (nav.bounding_box() or {"x": -1})["x"] < 0 or not nav.is_visible()  # the drawer is closed
    shoot(page, artifacts, "mobile-document")
    page.locator("label.md-header__button[for='__drawer']").click()
    page.wait_for_function("() => { const r = document.querySelector('nav.md-nav--primary').getBoundingClientRect();"
                           " return r.left >= 0 && r.width > 0; }")
    assert page.locator("#__drawer").is_checked()
    assert nav.locator("a", has_text=re.compile(r"\S")).first.is_visible()
    shoot(page, artifacts, "mobile-drawer")
    page.mouse.click(MOBILE["width"] - 5, MOBILE["height"] // 2)  # the overlay beside the drawer closes it
    page.wait_for_function("() => !document.getElementById('__drawer').checked && "
                           "document.querySelector('nav.md-nav--primary').getBoundingClientRect().right <= 0")


# ---- the offline bundle ----

def test_offline_bundle_works_from_file_urls(visit, offline_site, artifacts, languages):
    home = offline_site / "index.html"
    page = visit(home.as_uri())
    assert page.title()
    hrefs = search(page, POVERTY)
    paths = [site_path(h, home.parent.as_uri() + "/") for h in hrefs]
    assert POVERTY_IN <= bulletins_of(paths), paths
    shoot(page, artifacts, "offline-search")
    page.locator(f"li.md-search-result__item > a.md-search-result__link[href*='{FEATURE}']").first.click()
    page.wait_for_url(re.compile(r"^file://.*" + re.escape(FEATURE)))
    assert page.locator("article h1").count() == 1
    doc = site_path(page.url, home.parent.as_uri() + "/")
    for lang in languages[1:] + (["zh"] if len(languages) > 1 else []):  # the language switcher, from file://
        switch_language(page, lang)
        assert site_path(page.url, home.parent.as_uri() + "/") == (doc if lang == "zh" else f"{lang}/{doc}")
    # navigation: the tabs lead to the indicators page; its charts load from the bundle
    page.goto((offline_site / "indicators.html").as_uri())
    page.wait_for_function("[...document.querySelectorAll('article img')].every(i => i.complete && i.naturalWidth)")
    # downloads: every data link points at a file in the bundle
    page.goto((offline_site / "downloads.html").as_uri())
    links = page.evaluate("[...document.querySelectorAll('article a')].map(a => a.href)"
                          ".filter(h => /\\.(csv|json)$/.test(h))")
    assert links, "no data downloads on the downloads page"
    missing = [h for h in links if not Path(unquote(urlsplit(h).path)).is_file()]
    assert missing == []
    page.goto(home.as_uri())
    shoot(page, artifacts, "offline-home", full_page=True)
    for lang in languages[1:]:
        page.goto((offline_site / lang / "index.html").as_uri())
        query = {"en": "poverty", "zh-Hant": "脫貧"}[lang]
        paths = [site_path(h, home.parent.as_uri() + "/") for h in search(page, query)]
        assert any(p.startswith(f"{lang}/") for p in paths), f"{lang}: {paths}"

"""Tests of the built site (site/ as `make site` makes it): pages, search, escaping, offline, reproducibility."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup
from conftest import HOSTILE, ROOT, build_docs, run_mkdocs
from mkdocs.utils.yaml import yaml_load

from build_tools.render import data
from build_tools.translate import load_glossary, to_hant
from build_tools.translate.english import untranslated_chinese

LANG_DIRS = {"zh": "", "en": "en", "zh-Hant": "zh-Hant"}  # where each language's pages are in the site


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def norm(text: str) -> str:
    return " ".join(text.split())


def extracts(site: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(site.glob("data/*/extract.json"))]


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html"))


# ---- the pages ----

def test_site_sections_exist(built_site):
    for page in ("index.html", "bulletins/index.html", "timeline.html", "indicators.html", "downloads.html",
                 "schema.html", "about.html", "data/figures.csv", "data/events.json", "pagefind/pagefind-entry.json"):
        assert (built_site / page).is_file(), page


def test_every_document_has_a_page_with_title_and_paragraph_anchors(built_site):
    bulletins = extracts(built_site)
    assert len(bulletins) == len(list((ROOT / "seeds").glob("*.txt")))
    for b in bulletins:
        assert b["documents"], b["slug"]
        for doc in b["documents"]:
            page = soup(built_site / "bulletins" / b["slug"] / f"{doc['id']}.html")
            article = page.find("article")
            assert norm(article.find("h1").get_text()).removesuffix("¶") == norm(doc["title"] or doc["id"])
            for par in doc["paragraphs"]:
                el = article.find(id=par["id"])
                assert el is not None, (doc["id"], par["id"])
                if par["text"].strip() and not par["heading"]:
                    assert norm(par["text"]) in norm(el.get_text())


def test_bulletin_page_lists_documents_and_links_cleaning_report(built_site):
    for b in extracts(built_site):
        page = soup(built_site / "bulletins" / b["slug"] / "index.html").find("article")
        hrefs = {a["href"] for a in page.find_all("a", href=True)}
        assert "cleaning-report.html" in hrefs
        assert {f"{d['id']}.html" for d in b["documents"]} <= hrefs
        report = soup(built_site / "bulletins" / b["slug"] / "cleaning-report.html").find("article")
        tables = report.find_all("table")
        rows = len(tables[-1].find("tbody").find_all("tr")) if b["report"] else 0
        assert rows == len(b["report"])


def test_home_and_index_list_every_bulletin_by_date_and_region(built_site):
    bulletins = extracts(built_site)
    index = soup(built_site / "bulletins" / "index.html").find("article")
    tables = index.find_all("table")
    by_date = [tr.find_all("td")[0].get_text() for tr in tables[0].find("tbody").find_all("tr")]
    assert by_date == sorted((b["meta"]["date"] for b in bulletins), reverse=True)
    regions = [h.get_text().rstrip("¶") for h in index.find_all("h3")]
    assert regions == sorted({b["meta"]["region"] for b in bulletins})
    home = soup(built_site / "index.html").find("article")
    home_links = {a["href"] for a in home.find_all("a", href=True)}
    for b in bulletins:
        assert f"bulletins/{b['slug']}/index.html" in home_links


def test_internal_links_and_anchors_resolve(built_site, sample_site):
    for site in (built_site, sample_site):
        ids: dict[Path, set[str]] = {}
        for page in html_pages(site):
            for a in soup(page).select("article a[href]"):
                href = a["href"]
                if re.match(r"^[a-z]+:", href) or href.startswith("//"):
                    continue
                parts = urlsplit(href)
                target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
                assert target.exists(), f"{page.relative_to(site)}: broken link {href}"
                if parts.fragment and target.suffix == ".html":
                    if target not in ids:
                        ids[target] = {el["id"] for el in soup(target).find_all(id=True)}
                    assert unquote(parts.fragment) in ids[target], f"{page.relative_to(site)}: no anchor {href}"


# ---- search: the served site's Pagefind index (hooks/pagefind.py) ----

def test_pagefind_indexes_each_language_apart(built_site):
    """One bundle per language, in the language's folder, holding that language's searched pages only; every page
    loads the search box of its own language's bundle."""
    for lang, folder in LANG_DIRS.items():
        bundle = built_site / folder / "pagefind"
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
        assert entry["version"] == "1.4.0"  # 1.5.x loses Chinese recall (requirements.in)
        counts = {code: info["page_count"] for code, info in entry["languages"].items()}
        assert list(counts) == [lang.lower()]
        pages = [p for p in (built_site / folder).glob("**/*.html")
                 if folder or p.relative_to(built_site).parts[0] not in ("en", "zh-Hant")]
        body = [p for p in pages if "data-pagefind-body" in p.read_text(encoding="utf-8")]
        assert body and counts[lang.lower()] == len(body), lang
        assert (bundle / "pagefind-ui.js").is_file()
        for page in [p for p in pages if p.name != "404.html"][:20]:  # 404.html: absolute addresses
            src = soup(page).find("script", src=re.compile(r"pagefind-ui\.js$"))["src"]
            assert (page.parent / src).resolve() == (bundle / "pagefind-ui.js").resolve(), page
    assert not (built_site / "search").exists()


def test_pagefind_leaves_out_navigation_unsearched_pages_and_sections(built_site):
    feature = "bulletins/2019-chaoyang-revitalization-feature/2019-chaoyang-revitalization-feature.html"
    for folder in LANG_DIRS.values():
        for rel in ("timeline.html", "indicators.html", "bulletins/2019-chaoyang-revitalization-feature/"
                    "cleaning-report.html"):
            assert soup(built_site / folder / rel).find(attrs={"data-pagefind-body": True}) is None, rel
        page = soup(built_site / folder / feature)
        body = page.find_all(attrs={"data-pagefind-body": True})
        assert len(body) == 1 and body[0].name == "article" and not body[0].find("nav")
        for anchor in ("figures", "events"):  # (left out where they repeat the text; an English page's rows are
            heading = body[0].find(id=anchor)  # its own English: kept, hooks/site.py sections_searched_in)
            ignored = heading is not None and heading.find_parent(attrs={"data-pagefind-ignore": True})
            assert heading is not None and bool(ignored) == (folder != LANG_DIRS["en"]), (folder, anchor)
        assert not body[0].find(id="summary").find_parent(attrs={"data-pagefind-ignore": True})


def test_pagefind_filters_in_the_page_language(built_site):
    """Facets of the feature (seed: 朝阳市, news, 2019-08), checked by hand against seeds/*.yml; the issuer of a
    gazette document (朝阳市人民政府办公室, its closing signature in seeds/2023-chaoyang-gazette-10.txt)."""
    feature = "bulletins/2019-chaoyang-revitalization-feature/2019-chaoyang-revitalization-feature.html"
    expected = {"": {"年份": "2019", "地区": "朝阳市", "类别": "新闻"},
                "en": {"Year": "2019", "Region": "Chaoyang", "Kind": "News"},
                "zh-Hant": {"年份": "2019", "地區": "朝陽市", "類別": "新聞"}}
    for folder, filters in expected.items():
        found = {el["data-pagefind-filter"]: el.get_text() for el in
                 soup(built_site / folder / feature).select("article [data-pagefind-filter]")}
        assert found == filters, folder
    gazette = "bulletins/2023-chaoyang-gazette-10/2023-chaoyang-gazette-10-1.html"
    issuers = {"": ("发布机关", "朝阳市人民政府办公室"), "zh-Hant": ("發佈機關", "朝陽市人民政府辦公室"),
               "en": ("Issued by", "General Office of the Chaoyang Municipal People's Government")}
    for folder, (name, value) in issuers.items():
        found = {el["data-pagefind-filter"]: el.get_text() for el in
                 soup(built_site / folder / gazette).select("article [data-pagefind-filter]")}
        assert found.get(name) == value, (folder, found)


# ---- search: the offline bundle's lunr index (Material's search plugin, mkdocs.offline.yml) ----

@pytest.fixture(scope="session")
def lunr_site(built_docs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site as the offline bundle renders it (mkdocs.offline.yml): the one with Material's search index."""
    from build_tools.bundle import build_offline_site

    site = tmp_path_factory.mktemp("offline") / "site"
    build_offline_site(built_docs, site)
    return site


def _index(site: Path, lang: str = "zh") -> tuple[re.Pattern, list[dict], set[str]]:
    """The search index the pages of ``lang`` load (hooks/search.py: one per language)."""
    index = json.loads((site / LANG_DIRS[lang] / "search" / "search_index.json").read_text(encoding="utf-8"))
    sep = re.compile(index["config"]["separator"])
    docs = []
    for d in index["docs"]:
        text = re.sub(r"<[^>]+>", " ", f"{d['title']} {d['text']}").lower()
        docs.append({"location": d["location"], "tokens": {t for t in sep.split(text) if t}})
    vocab = set().union(*(d["tokens"] for d in docs))
    return sep, docs, vocab


def _segment(run: str, vocab: set[str]) -> list[str]:
    """The client's segmentation of a Chinese query: longest words of the index vocabulary, left to right."""
    out, i = [], 0
    while i < len(run):
        j = max((j for j in range(i + 1, len(run) + 1) if run[i:j] in vocab), default=i + 1)
        out.append(run[i:j])
        i = j
    return out


def search(site: Path, query: str, lang: str = "zh") -> set[str]:
    """Bulletins with a page section matching every query term by prefix (the client's top-ranked results)."""
    sep, docs, vocab = _index(site, lang)
    terms = [seg for t in sep.split(query.lower()) if t for seg in _segment(t, vocab)]
    hits = set()
    for d in docs:
        if all(any(tok.startswith(term) for tok in d["tokens"]) for term in terms):
            hits.add(d["location"].split("/")[1] if d["location"].startswith("bulletins/") else d["location"])
    return hits


def test_search_finds_chinese_words(lunr_site):
    hits = search(lunr_site, "脱贫")
    assert {"2019-chaoyang-opening-up-page", "2019-chaoyang-revitalization-feature"} <= hits
    assert "2019-chaoyang-work-report-tasks" not in hits  # the work plan never says 脱贫
    hits = search(lunr_site, "营商环境")
    assert {"2021-liaoyang-centenary-page", "2019-chaoyang-work-report-tasks", "2023-chaoyang-gazette-10"} <= hits
    assert "2019-chaoyang-revitalization-feature" not in hits


def test_search_leaves_out_cleaning_reports_and_collection_pages(lunr_site):
    """The cleaning reports (removed furniture), the timeline and the indicators are not indexed in any language;
    the key-figure and timeline sections of document pages (rows repeating the text) are not indexed in Chinese,
    and are in English, where a bulletin nobody translated has only them in English; the documents' text is
    indexed, and the pages and sections themselves are still built."""
    for lang, folder in LANG_DIRS.items():
        index = json.loads((lunr_site / folder / "search" / "search_index.json").read_text(encoding="utf-8"))
        pages = {d["location"].split("#")[0] for d in index["docs"]}
        assert not [p for p in pages if p.endswith("cleaning-report.html") or p in ("timeline.html", "indicators.html")]
        assert "bulletins/2023-chaoyang-gazette-10/2023-chaoyang-gazette-10-2.html" in pages, lang
        anchors = {d["location"].partition("#")[2] for d in index["docs"]}
        assert "text" in anchors and "summary" in anchors, lang
        assert (anchors >= {"figures", "events"}) if lang == "en" else not anchors & {"figures", "events"}, lang
        page = soup(lunr_site / folder / "bulletins/2023-chaoyang-gazette-10/2023-chaoyang-gazette-10-2.html")
        assert page.find("h2", id="figures") is not None and page.find("table") is not None
        assert (lunr_site / folder / "timeline.html").is_file()
        assert (lunr_site / folder / "bulletins/2023-chaoyang-gazette-10/cleaning-report.html").is_file()


def test_search_config_keeps_chinese_and_english_searchable(lunr_site):
    config = json.loads((lunr_site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
    assert "\\u200b" in config["separator"] and config["pipeline"] == []


# ---- source text stays text ----

def test_hostile_text_is_literal_on_built_page(sample_site):
    page = soup(sample_site / "bulletins" / "2020-hostile" / "hostile-doc.html")
    article = page.find("article")
    for i, text in enumerate(HOSTILE, start=1):
        el = article.find(id=f"p{i}")
        assert el.name == "p" and el.get_text() == text.strip(), text
        assert el.find(True) is None, f"markup from source text: {el}"
    assert article.find(id="p0").name == "h2" and article.find(id="x") is None and article.find(id="evil") is None
    assert norm(article.find("h1").get_text()) == "</title><script>alert('t')</script> {{ config.site_name }} | x¶"
    assert page.title.get_text() == "</title><script>alert('t')</script> {{ config.site_name }} | x - 政策文件摘要"
    cells = [td.get_text() for td in article.find("table").find_all("td")]
    assert cells[:3] == ["<b>GDP</b>|", "约3.5亿元<i>", "[同比](javascript:x)"]
    assert [li.get_text() for li in article.find(id="summary").find_next("ul").find_all("li")] == [
        "<img src=x onerror=alert(1)>", "{% raw %}"]


def test_hostile_text_never_becomes_markup_anywhere(sample_site):
    for page in html_pages(sample_site):
        doc = soup(page)
        for el in doc.find_all(True):
            for attr, value in el.attrs.items():
                values = value if isinstance(value, list) else [value]
                assert not any("javascript:" in v for v in values), f"{page.name}: {el.name} {attr}={value}"
        scripts = [s.get("src", "") or s.get("id", "") or s.get("type", "") for s in doc.find_all("script")]
        assert not any("alert" in str(s) for s in doc.find_all("script")), page.name
        assert all(s.startswith(("../", "assets/", "/assets/", "pagefind/", "/pagefind/", "/en/pagefind/",
                                 "/zh-Hant/pagefind/", "__config")) or s == ""
                   for s in scripts), scripts
        assert doc.find(["b", "i", "img", "hr"]) is None or all(
            t.name == "img" and t.get("src", "").endswith(".svg") for t in doc.find_all(["b", "i", "img", "hr"])), page
    nav = soup(sample_site / "bulletins" / "2020-hostile" / "hostile-doc.html").select(".md-nav__link")
    assert "2020-01-02 </title><script>alert('b')</script>" in {norm(n.get_text()) for n in nav}


# ---- timeline, indicators, downloads ----

def test_timeline_lists_all_events_with_filters(sample_site):
    page = soup(sample_site / "timeline.html").find("article")
    box = page.find("div", class_="pd-filter")
    assert box is not None and box["data-columns"] == "1,2,3" and box["data-year-column"] == "0"
    rows = [[td.get_text() for td in tr.find_all("td")] for tr in page.find("table").find("tbody").find_all("tr")]
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("2019-01/2019-06", "朝阳市", "事件"), ("2020-01", "<b>某市</b>", "事件"), ("2021-05-30", "辽阳市", "事件"),
        ("2023", "辽阳市", "目标")]
    assert rows[1][4] == "<script>e</script> `x` | y"
    js = (sample_site / "assets" / "javascripts" / "table-filter.js").read_text(encoding="utf-8")
    assert "pd-filter" in js and "http" not in js


def test_indicators_chart_then_data_table(sample_site):
    page = soup(sample_site / "indicators.html").find("article")
    imgs = page.find_all("img")
    assert len(imgs) == 1 and imgs[0]["alt"] == "图表：地区生产总值（增长率，%）"
    svg_path = sample_site / imgs[0]["src"]
    svg = svg_path.read_text(encoding="utf-8")
    assert "朝阳市 2019-01/2019-06" in svg and "辽阳市 2021-01/2021-03" in svg and "sans-serif" in svg
    table = imgs[0].find_next("table")
    values = [tr.find_all("td")[2].get_text() for tr in table.find("tbody").find_all("tr")]
    assert values == ["7%", "-2.5%", "12.3%"]


def test_downloads_collection_equals_sum_of_documents(sample_site):
    import csv
    import io

    def rows(path: Path) -> list[list[str]]:
        return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))

    for kind, fields in (("figures", data.FIGURE_FIELDS), ("events", data.EVENT_FIELDS)):
        whole = rows(sample_site / "data" / f"{kind}.csv")
        assert whole[0] == list(fields)
        parts = [r for p in sorted(sample_site.glob(f"data/*/*.{kind}.csv")) for r in rows(p)[1:]]
        assert sorted(whole[1:]) == sorted(parts) and len(parts) == {"figures": 8, "events": 4}[kind]
        payload = json.loads((sample_site / "data" / f"{kind}.json").read_text(encoding="utf-8"))
        assert len(payload[kind]) == len(parts)
    links = {a["href"] for a in soup(sample_site / "downloads.html").select("article a[href]")}
    assert {"data/figures.csv", "data/events.json", "data/2020-hostile/extract.json", "schema.html"} <= links


# ---- offline, engine settings, reproducibility ----

URL_ATTRS = {"src", "srcset", "data", "poster", "background", "xlink:href"}
OUTSIDE = re.compile(r"^\s*(https?:)?//", re.I)
CSS_URL = re.compile(r"url\(\s*['\"]?\s*((?:https?:)?//[^'\")]+)|@import\s+['\"]((?:https?:)?//[^'\"]+)", re.I)


def outside_resources(site: Path) -> list[str]:
    """Every reference that would make a browser fetch something from another host (plain <a href> links are
    navigation, not requests, and are allowed)."""
    found = []
    for page in html_pages(site):
        doc = soup(page)
        for el in doc.find_all(True):
            for attr, value in el.attrs.items():
                values = value if isinstance(value, list) else [value]
                for v in values:
                    if attr in URL_ATTRS and OUTSIDE.match(v):
                        found.append(f"{page.name}: <{el.name} {attr}={v}>")
                    if attr == "href" and el.name != "a" and OUTSIDE.match(v):
                        found.append(f"{page.name}: <{el.name} href={v}>")
                    if attr == "style":
                        found += [f"{page.name}: style {m}" for m in CSS_URL.findall(v)]
        for style in doc.find_all("style"):
            found += [f"{page.name}: <style> {m}" for m in CSS_URL.findall(style.get_text())]
    for path in sorted(list(site.rglob("*.css")) + list(site.rglob("*.svg"))):
        text = path.read_text(encoding="utf-8", errors="replace")
        found += [f"{path.name}: {m}" for m in CSS_URL.findall(text)]
        if path.suffix == ".svg":
            found += [f"{path.name}: {m}" for m in re.findall(r"(?:href|src)=\"((?:https?:)?//[^\"]+)", text)]
    return found


def test_outside_resource_scan_catches_what_it_should(tmp_path):
    (tmp_path / "a.html").write_text('<html><head><link rel="stylesheet" href="https://cdn.example/x.css">'
                                     '<script src="//cdn.example/x.js"></script></head><body>'
                                     '<a href="https://www.gov.cn/">ok</a><iframe src="http://x.example/"></iframe>'
                                     '<div style="background:url(https://x.example/i.png)"></div></body></html>')
    (tmp_path / "b.css").write_text("@import 'https://fonts.example/f.css'; a{background:url(/local.png)}")
    assert len(outside_resources(tmp_path)) == 5


def test_nothing_is_loaded_from_outside(built_site, sample_site):
    assert outside_resources(built_site) == []
    assert outside_resources(sample_site) == []


def test_engine_config():
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as fh:
        cfg = yaml_load(fh)
    assert cfg["docs_dir"] == "build/docs"
    assert cfg["theme"]["name"] == "material" and cfg["theme"]["language"] == "zh" and cfg["theme"]["font"] is False
    # plugins are a mapping (mkdocs.offline.yml appends `search` and `offline` after i18n by inheriting it); the
    # served site has no search plugin: Pagefind (hooks/pagefind.py) indexes it
    plugins = cfg["plugins"]
    assert isinstance(plugins, dict) and list(plugins)[:1] == ["i18n"] and "search" not in plugins
    assert "offline" not in plugins and "macros" not in plugins and not any("privacy" in p for p in plugins)
    with open(ROOT / "mkdocs.offline.yml", encoding="utf-8") as fh:
        offline = yaml_load(fh)
    assert list(offline["plugins"]) == ["i18n", "search", "offline"]  # INHERIT merged: after i18n
    search_cfg = offline["plugins"]["search"]
    assert "jieba_dict" not in search_cfg  # set by hooks/search.py, once per process
    locales = [lang["locale"] for lang in plugins["i18n"]["languages"]]
    assert locales == ["zh", "en", "zh-Hant"] and plugins["i18n"]["languages"][0]["default"] is True
    assert "navigation.instant" not in cfg["theme"]["features"]  # it breaks the language switcher's page links
    assert cfg["hooks"][:2] == ["hooks/site.py", "hooks/search.py"] and "hooks/pagefind.py" in cfg["hooks"]
    assert "hooks/blocks.py" in cfg["hooks"]  # tables, paragraphs by cmark-gfm (tests/test_hook_blocks.py)
    assert "\\u200b" in search_cfg["separator"] and search_cfg["pipeline"] == []
    # The Markdown escaping (build_tools/render/markdown.py) is written for exactly these extensions.
    exts = {e if isinstance(e, str) else next(iter(e)) for e in cfg["markdown_extensions"]}
    assert exts <= {"toc", "tables", "attr_list", "admonition"}, "new syntax: update render.markdown.inline"


def test_no_build_date_in_the_site(built_site):
    import datetime as dt

    today = {dt.date.today().isoformat(), dt.datetime.now(dt.UTC).date().isoformat()}
    for path in built_site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json", ".csv", ".svg"):
            text = path.read_text(encoding="utf-8", errors="replace")
            assert not any(day in text for day in today), path
    # no site_url: an empty sitemap (it needs absolute addresses), present so the theme's fetch of it is no 404
    assert "<url>" not in (built_site / "sitemap.xml").read_text(encoding="utf-8")


def _digest(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def test_same_inputs_give_byte_identical_site(built_site, tmp_path):
    """A second build (one worker instead of several, another folder) gives the same bytes."""
    proc = build_docs(tmp_path / "docs", jobs=1)
    assert proc.returncode == 0, proc.stderr
    run_mkdocs(tmp_path / "docs", tmp_path / "site")
    first, second = _digest(built_site), _digest(tmp_path / "site")
    assert first.keys() == second.keys()
    changed = [k for k in first if first[k] != second[k]]
    assert changed == [], _first_difference(built_site, tmp_path / "site", changed)


def _first_difference(a: Path, b: Path, changed: list[str]) -> str:
    import difflib

    if not changed:
        return ""
    name = next((c for c in changed if c.endswith((".md", ".html", ".csv", ".json"))), changed[0])
    left = (a / name).read_text(encoding="utf-8", errors="replace").splitlines()
    right = (b / name).read_text(encoding="utf-8", errors="replace").splitlines()
    return f"{len(changed)} files differ; {name}:\n" + "\n".join(list(difflib.unified_diff(left, right, lineterm=""))[:20])


FILTER_HARNESS = r"""
const fs = require('fs');
function el(tag, props) { return Object.assign({tagName: tag, children: [], appendChild(c) { this.children.push(c); return c; },
  addEventListener(e, f) { this.on = f; }, querySelector() { return null; }}, props || {}); }
const cell = t => ({textContent: t});
const rows = [["2019-01/2019-06", "朝阳市", "事件"], ["2021-05-30", "辽阳市", "事件"], ["2023", "辽阳市", "目标"]]
  .map(r => ({cells: r.map(cell), hidden: false}));
const table = el("TABLE", {tBodies: [{rows}], tHead: {rows: [{cells: ["日期", "地区", "事项类型"].map(cell)}]}});
const attrs = {"data-columns": "1,2", "data-year-column": "0", "data-year-label": "年份", "data-all-label": "全部"};
const box = el("DIV", {getAttribute: n => attrs[n] ?? null, nextElementSibling: el("DIV", {
  nextElementSibling: null, querySelector: () => table})});
global.document = {readyState: "complete", querySelectorAll: () => [box],
  createElement: t => el(t.toUpperCase(), {value: ""}), createTextNode: t => ({text: t})};
eval(fs.readFileSync(process.argv[2], "utf8"));
const selects = box.children.map(l => l.children[1]);
const out = {options: selects.map(s => s.children.map(o => o.textContent))};
selects[1].value = "辽阳市"; selects[1].on(); out.region = rows.map(r => r.hidden);
selects[0].value = "2023"; selects[0].on(); out.both = rows.map(r => r.hidden);
selects[1].value = ""; selects[0].value = ""; selects[0].on(); out.reset = rows.map(r => r.hidden);
console.log(JSON.stringify(out));
"""


def test_timeline_filter_script_filters_rows(tmp_path):
    """The vendored filter, run under Node with a minimal stand-in for the page (Material wraps tables in divs)."""
    import shutil
    import subprocess

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    harness = tmp_path / "harness.js"
    harness.write_text(FILTER_HARNESS, encoding="utf-8")
    script = ROOT / "docs" / "assets" / "javascripts" / "table-filter.js"
    proc = subprocess.run([node, str(harness), str(script)], capture_output=True, text=True, check=True)
    out = json.loads(proc.stdout)
    assert out["options"] == [["全部", "2019", "2021", "2023"], ["全部", "朝阳市", "辽阳市"], ["全部", "事件", "目标"]]
    assert out["region"] == [True, False, False]
    assert out["both"] == [True, True, False]
    assert out["reset"] == [False, False, False]


# ---- three languages: switcher, English without stray Chinese, Traditional pages, glossary, search per language ----

def _page_paths(site: Path) -> list[str]:
    """Paths (relative to a language folder) of the generated pages: documents, bulletins, reports, indexes."""
    rels = ["index.html", "bulletins/index.html", "timeline.html", "indicators.html", "downloads.html",
            "glossary.html", "about.html", "schema.html"]
    for b in extracts(site):
        rels += [f"bulletins/{b['slug']}/{name}.html" for name in ("index", "cleaning-report")]
        rels += [f"bulletins/{b['slug']}/{d['id']}.html" for d in b["documents"]]
    return rels


def test_language_switcher_links_to_the_same_page_in_each_language(built_site):
    for rel in _page_paths(built_site):
        for lang, folder in LANG_DIRS.items():
            page = built_site / folder / rel
            html = soup(page)
            assert html.html["lang"] == lang, page
            links = {a["hreflang"]: a["href"] for a in html.select("a.md-select__link")}
            assert set(links) == set(LANG_DIRS), page
            for other, href in links.items():
                target = (page.parent / unquote(href)).resolve()
                assert target == (built_site / LANG_DIRS[other] / rel).resolve(), (page, other, href)
                assert target.is_file()


ALLOWED_CHINESE = ("pd-original", "pd-term", "pd-untranslated")  # render/i18n.py: the only Chinese on English pages


def test_english_pages_have_no_untranslated_chinese_outside_the_allowed_places(built_site, built_docs):
    checked = 0
    for rel in _page_paths(built_site):
        page = built_site / "en" / rel
        doc = soup(page)
        for el in doc.select('[lang^="zh"]'):
            switcher = el.name == "a" and "md-select__link" in el.get("class", [])
            allowed = any(set(ALLOWED_CHINESE) & set(a.get("class", [])) for a in [el, *el.parents])
            assert switcher or allowed, f"{rel}: Chinese outside the allowed places: {el}"
            el.decompose()
        for el in doc.find_all(["script", "style"]):
            el.decompose()
        stray = untranslated_chinese(doc.title.get_text() + " " + doc.body.get_text(" "))
        assert stray == [], f"{rel}: untranslated Chinese {''.join(stray[:40])}"
        checked += 1
    assert checked == len(_page_paths(built_site))
    charts = [built_site / "en" / img["src"] for img in soup(built_site / "en" / "indicators.html").select("article img")]
    assert charts
    for chart in charts:
        text = " ".join(re.findall(r">([^<]*)<", chart.resolve().read_text(encoding="utf-8")))
        assert untranslated_chinese(text) == [] and "（" not in text, chart.name
    original = soup(built_site / "en" / _page_paths(built_site)[-1]).select("p.pd-original")
    assert original and all(p["lang"] == "zh-Hans" for p in original)


def test_traditional_pages_are_converted(built_site):
    for b in extracts(built_site):
        for doc in b["documents"]:
            tr = doc["translations"]["zh-Hant"]
            page = soup(built_site / "zh-Hant" / "bulletins" / b["slug"] / f"{doc['id']}.html")
            article = page.find("article")
            assert norm(article.find("h1").get_text()).removesuffix("¶") == norm(tr["title"]["text"] or doc["id"])
            assert tr["title"]["text"] == to_hant(doc["title"])
            for par in doc["paragraphs"]:
                if par["text"].strip() and not par["heading"]:
                    assert norm(tr["paragraphs"][par["id"]]["text"]) in norm(article.find(id=par["id"]).get_text())
            zh = soup(built_site / "bulletins" / b["slug"] / f"{doc['id']}.html").find("article")
            # the whole page converted, labels included; the citation's page address names its language folder
            assert to_hant(zh.get_text()) == article.get_text().replace("網址：zh-Hant/", "網址：")
            tabs = [norm(t.get_text()) for t in page.select(".md-tabs__link")]
            assert "時間線" in tabs and "術語表" in tabs and "时间线" not in tabs
    home = soup(built_site / "zh-Hant" / "index.html").find("article").get_text()
    assert "政策文件摘要" in home and "術語表" in home


def test_glossary_pages_and_tooltips(built_site):
    entries = len(load_glossary())
    for folder in LANG_DIRS.values():
        page = soup(built_site / folder / "glossary.html").find("article")
        assert sum(len(t.find("tbody").find_all("tr")) for t in page.find_all("table")) == entries
        assert page.select(".pd-no-official")
    zh = soup(built_site / "bulletins" / "2021-liaoyang-centenary-page" / "2021-liaoyang-centenary-page-1.html")
    hant = soup(built_site / "zh-Hant" / "bulletins" / "2021-liaoyang-centenary-page" /
                "2021-liaoyang-centenary-page-1.html")
    tips = {a.get_text(): a["title"] for a in zh.select("article abbr[title]")}
    assert tips["营商环境"].startswith("business environment")
    assert {a.get_text() for a in hant.select("article abbr[title]")} == {to_hant(t) for t in tips}
    en = soup(built_site / "en" / "bulletins" / "2021-liaoyang-centenary-page" / "2021-liaoyang-centenary-page-1.html")
    assert not en.select("article abbr") and en.select("#terms")


def test_each_language_loads_its_own_search_index(lunr_site):
    for lang, folder in LANG_DIRS.items():
        docs = json.loads((lunr_site / folder / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
        assert docs
        others = [f"{d}/" for d in LANG_DIRS.values() if d]
        assert not [d["location"] for d in docs if d["location"].startswith(tuple(others))]
        for d in docs:  # every entry is a section of this language's page: its title is on that page
            path, _, anchor = d["location"].partition("#")
            page = soup(lunr_site / folder / (path or "index.html"))
            title = norm(re.sub(r"<[^>]+>", "", d["title"]).replace("\u200b", ""))
            target = page.find(id=anchor) if anchor else page.find("h1")
            shown = norm(target.get_text()).removesuffix("¶") if target is not None else ""
            assert not title or title == shown or title == norm(page.title.get_text()).split(" - ")[0], \
                (lang, d["location"], title, shown)
        # the theme loads <base>search/search_index.json: base is the page's language folder
        for rel in ("index.html", "bulletins/index.html"):
            page = lunr_site / folder / rel
            config = json.loads(soup(page).find("script", id="__config").get_text())
            assert (page.parent / config["base"]).resolve() == (lunr_site / folder).resolve()


def test_search_works_in_each_language(lunr_site):
    both = {"2019-chaoyang-opening-up-page", "2019-chaoyang-revitalization-feature"}
    business = {"2021-liaoyang-centenary-page", "2019-chaoyang-work-report-tasks", "2023-chaoyang-gazette-10"}
    for word, hant in (("脱贫", "脫貧"), ("营商环境", "營商環境")):  # the same pages (headings' anchors differ)
        assert {to_hant(h) for h in search(lunr_site, word, "zh")} == search(lunr_site, hant, "zh-Hant")
    assert both <= search(lunr_site, "脫貧", "zh-Hant")
    assert business <= search(lunr_site, "營商環境", "zh-Hant")
    assert both <= search(lunr_site, "poverty", "en")
    found = search(lunr_site, "business environment", "en")
    assert business <= found and "2019-chaoyang-revitalization-feature" not in found
    assert {"2019-chaoyang-revitalization-feature", "2021-liaoyang-centenary-page"} <= search(lunr_site, "GDP", "en")
    # English words are on the English pages only (the Chinese glossary page has an English column)
    assert {h for h in search(lunr_site, "poverty", "zh") if not h.endswith(".html") and "#" not in h} == set()


def test_traditional_text_is_cut_into_the_same_words_as_simplified(lunr_site):
    """The search dictionary holds words in both scripts (hooks/search.py): the Traditional index's words are,
    almost all, the conversions of the Simplified index's words (jieba's own dictionary cuts 國務院關/於)."""
    def words(lang: str) -> set[str]:
        sep, docs, _ = _index(lunr_site, lang)
        found = set()
        for d in docs:
            found |= {w for w in d["tokens"] if re.fullmatch(r"[\u4e00-\u9fff]{2,}", w)}
        return found

    simplified = {to_hant(w) for w in words("zh")}
    traditional = words("zh-Hant")
    assert len(traditional & simplified) / len(traditional) > 0.95


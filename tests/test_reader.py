"""Reader features: the home page (latest, by region / year / kind, key figures), the "cite this" block and
permalink of document pages, and print styles."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup, Tag
from conftest import sample_sources

from build_tools.model import Document, Figure, Metadata, Paragraph, Source
from build_tools.render import indexes, indicators, pages

LANG_DIRS = {"zh": "", "en": "en", "zh-Hant": "zh-Hant"}
YEAR_WORDING = {"zh": "{}年", "en": "{}", "zh-Hant": "{}年"}
KIND_WORDING = {  # hand-written: what a reader sees for the seeds' kinds
    "zh": {"gazette": "政府公报", "news": "新闻", "work-report": "工作报告"},
    "en": {"gazette": "Government gazette", "news": "News", "work-report": "Work report"},
    "zh-Hant": {"gazette": "政府公報", "news": "新聞", "work-report": "工作報告"},
}


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def norm(text: str) -> str:
    return " ".join(text.split())


def extracts(site: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(site.glob("data/*/extract.json"))]


def section_after(article: Tag, ident: str, name: str) -> Tag:
    """The first ``name`` element after the heading with id ``ident``."""
    head = article.find(id=ident)
    assert head is not None and head.name == "h2", f"no section #{ident}"
    found = head.find_next(name)
    assert found is not None
    return found


def resolve(page: Path, href: str) -> tuple[Path, str]:
    parts = urlsplit(href)
    target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
    return target, parts.fragment


# ---- home page ----

def test_home_groups_every_bulletin_by_year_and_kind(built_site):
    bulletins = extracts(built_site)
    assert {b["meta"]["kind"] for b in bulletins} >= {"gazette", "news", "work-report"}
    for lang, folder in LANG_DIRS.items():
        home = built_site / folder / "index.html"
        article = soup(home).find("article")
        years = {li.get_text().split("：" if lang != "en" else ": ")[0]: li
                 for li in section_after(article, "years", "ul").find_all("li", recursive=False)}
        kinds = {li.get_text().split("：" if lang != "en" else ": ")[0]: li
                 for li in section_after(article, "kinds", "ul").find_all("li", recursive=False)}
        assert list(years) == sorted(years, reverse=True)  # newest year first
        for b in bulletins:
            href = f"bulletins/{b['slug']}/index.html"
            year = YEAR_WORDING[lang].format(b["meta"]["date"][:4])
            assert href in {a["href"] for a in years[year].find_all("a")}, (lang, year, b["slug"])
            kind = KIND_WORDING[lang][b["meta"]["kind"]]
            assert href in {a["href"] for a in kinds[kind].find_all("a")}, (lang, kind, b["slug"])
        # each bulletin is listed once per grouping
        assert sum(len(li.find_all("a")) for li in years.values()) == len(bulletins)
        assert sum(len(li.find_all("a")) for li in kinds.values()) == len(bulletins)


def test_home_key_figures_table_links_resolve(built_site):
    for lang, folder in LANG_DIRS.items():
        home = built_site / folder / "index.html"
        article = soup(home).find("article")
        table = section_after(article, "key-numbers", "table")
        rows = table.find("tbody").find_all("tr")
        assert 4 <= len(rows) <= indicators.KEY_FIGURES_MAX, lang
        for row in rows:
            anchors = [a for a in row.find_all("a", href=True)]
            assert any("#" in a["href"] for a in anchors), "each figure links to its paragraph"
            for a in anchors:
                target, fragment = resolve(home, a["href"])
                assert target.exists(), f"{lang}: broken link {a['href']}"
                if fragment:
                    assert soup(target).find(id=fragment) is not None, f"{lang}: no anchor {a['href']}"
        text = norm(table.get_text())
        if lang == "zh":  # the seeds hold these headline indicators (hand-checked in seeds/)
            assert "地区生产总值" in text and "一般公共预算收入" in text and "固定资产投资" in text
            assert "贫困发生率" in text
        section = table.find_next("p")
        hrefs = {a["href"] for a in section.find_all("a", href=True)}
        assert {"indicators.html", "timeline.html"} <= hrefs


def _figure_doc(doc_id: str, date: str, figures: list[Figure]) -> Document:
    return Document(id=doc_id, title=doc_id, date=date, figures=figures,
                    paragraphs=[Paragraph("p1", "2019年上半年，朝阳地区生产总值同比增长7%。")])


def test_key_figures_prefer_achieved_recent_and_the_measure_itself():
    share = Figure("地区生产总值", 50, "%", "民营经济增加值占地区生产总值50%", "p1", kind="share", period="2021-05")
    target = Figure("地区生产总值", 6.5, "%", "地区生产总值增长6.5%", "p1", kind="growth", period="2022",
                    is_target=True)
    old = Figure("地区生产总值", 7, "%", "地区生产总值同比增长7%", "p1", kind="growth", period="2019-01/2019-06")
    new = Figure("地区生产总值", 12.3, "%", "地区生产总值同比增长12.3%", "p1", kind="growth",
                 period="2021-01/2021-03")
    poverty = Figure("贫困发生率", 1.7, "%", "贫困发生率下降到1.7%", "p1", kind="share", period="2018-12")
    retail_target = Figure("社会消费品零售总额", 7, "%", "社会消费品零售总额增长7%", "p1", kind="growth",
                           period="2019", is_target=True)
    other = Figure("脱贫人口", 15.2, "万人", "15.2万人脱贫", "p1", kind="count")
    src = Source("s", "s.txt", "utf-8", Metadata(date="2021-06", region="辽阳市", kind="news"), documents=[
        _figure_doc("a", "2019-08", [old, poverty, retail_target, other]),
        _figure_doc("b", "2021-06", [share, target, new]),
    ])
    chosen = indicators.key_figures([src])
    assert [(p.doc.id, p.fig.metric, p.fig.value) for p in chosen] == [
        ("b", "地区生产总值", 12.3),  # achieved and latest; the share and the target are passed over
        ("a", "社会消费品零售总额", 7),  # only a target: shown (as a target)
        ("a", "贫困发生率", 1.7),
    ]
    md = indexes.home_page([src], "", lang="zh")
    assert "| 社会消费品零售总额（目标） |" in md


def test_home_year_grouping_puts_undated_bulletins_last():
    a, b, hostile = sample_sources()
    hostile.meta.date = ""
    md = indexes.home_page([a, b, hostile], "", lang="zh")
    years = md.split("## 按年份 {: #years }")[1].split("##")[0].strip().splitlines()
    assert [line.split("：")[0] for line in years] == ["- 2021年", "- 2019年", "- 日期不详"]


# ---- citation and permalink ----

def document_pages(site: Path, folder: str) -> list[Path]:
    root = site / folder / "bulletins" if folder else site / "bulletins"
    return sorted(p for p in root.glob("*/*.html") if p.name not in ("index.html", "cleaning-report.html"))


def test_every_document_page_has_cite_block_and_permalink(built_site):
    docs = {(b["slug"], d["id"]): (b, d) for b in extracts(built_site) for d in b["documents"]}
    for lang, folder in LANG_DIRS.items():
        found = document_pages(built_site, folder)
        assert len(found) == len(docs), lang
        for page in found:
            b, d = docs[(page.parent.name, page.stem)]
            article = soup(page).find("article")
            cite = article.find("div", class_="pd-cite")
            assert cite is not None, f"{lang}: {page.name} has no cite block"
            text = norm(cite.get_text())
            title = norm(article.find("h1").get_text()).rstrip("¶").strip()
            if lang == "en":  # English title only if reviewed; otherwise the Chinese title, quoted
                assert title in text or norm(d["title"]) in text, page
                assert re.search(r"\b(19|20)\d\d\b", text)
            else:
                assert title in text, page
                assert (d["date"] or b["meta"]["date"]) in text, page
            address = page.relative_to(built_site).as_posix()
            assert address in text, f"the cite block gives the page address {address}"
            permalinks = [a for a in cite.find_all("a", href=True)
                          if a.get_text(strip=True) in ("永久链接", "永久鏈接", "Permalink")]
            assert len(permalinks) == 1 and permalinks[0]["href"] == page.name, page


def test_cite_block_escapes_source_text():
    hostile = sample_sources()[2]
    block = pages.cite_block(hostile, hostile.documents[0], "zh")
    assert "<script" not in block and "<img" not in block and "&lt;img src=x" in block
    assert "\\{\\{ config\\.site\\_name \\}\\}" in block
    assert block.startswith('!!! quote pd-cite "引用本文"\n\n    - 标题：')
    assert block.endswith("    - [永久链接](hostile-doc.md)")


def test_page_url_follows_the_site_layout():
    assert pages.page_url("bulletins/x/y.md", "zh") == "bulletins/x/y.html"
    assert pages.page_url("bulletins/x/y.md", "en") == "en/bulletins/x/y.html"
    assert pages.page_url("bulletins/x/y.md", "zh-Hant") == "zh-Hant/bulletins/x/y.html"


# ---- print ----

def test_print_stylesheet_linked_and_hides_navigation(built_site):
    samples = [built_site / "index.html", built_site / "en" / "timeline.html",
               *document_pages(built_site, "zh-Hant")[:1]]
    for page in samples:
        links = [link["href"] for link in soup(page).find_all("link", rel="stylesheet")]
        css = [href for href in links if href.endswith("assets/stylesheets/print.css")]
        assert len(css) == 1, page
        assert resolve(page, css[0])[0].exists()
    text = (built_site / "assets" / "stylesheets" / "print.css").read_text(encoding="utf-8")
    media = text[text.index("@media print"):]
    hidden = re.search(r"([^{}]*)\{\s*display:\s*none", media)
    assert hidden is not None
    selectors = {s.strip() for s in hidden.group(1).split(",")}
    assert {".md-header", ".md-tabs", ".md-sidebar", ".md-footer", ".md-search", ".md-select"} <= selectors
    assert re.search(r"thead\s*\{\s*display:\s*table-header-group", media)
    assert re.search(r"tr,[^{]*\{[^}]*page-break-inside:\s*avoid", media)


def test_key_figures_over_the_limit_drop_target_only_indicators_first():
    names = [name for name, _spellings, _kinds in indicators.HEADLINE_METRICS]
    assert len(names) > indicators.KEY_FIGURES_MAX
    # every indicator but the last has only a target; the last (贫困发生率) has an achieved value
    figures = [Figure(n, 7, "%", f"{n}增长7%", "p1", kind="growth", period="2019", is_target=True)
               for n in names[:-1]]
    figures.append(Figure(names[-1], 1.7, "%", f"{names[-1]}下降到1.7%", "p1", kind="share", period="2018-12"))
    src = Source("s", "s.txt", "utf-8", Metadata(date="2019"), documents=[_figure_doc("a", "2019", figures)])
    chosen = [p.fig.metric for p in indicators.key_figures([src])]
    assert chosen == [*names[:indicators.KEY_FIGURES_MAX - 1], "贫困发生率"]

"""Atom feeds of the bulletins (build_tools/render/feeds.py): content, order, escaping, languages, and the feed in
the built site with the links to it."""

from __future__ import annotations

import copy
import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import sample_sources

from build_tools.model import DocumentTranslation, TranslatedText
from build_tools.render import feeds

A = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def parse(text: str) -> ET.Element:
    return ET.fromstring(text.encode("utf-8"))


def entries(feed: ET.Element) -> list[ET.Element]:
    return feed.findall(f"{A}entry")


def test_entries_newest_first_with_the_bulletins_own_dates():
    feed = parse(feeds.atom_feed(sample_sources()))
    # sample bulletins: 2019-08 (Chaoyang feature), 2021-06 (Liaoyang page), 2020-01-02 (hostile)
    assert [e.findtext(f"{A}updated") for e in entries(feed)] == [
        "2021-06-01T00:00:00+08:00", "2020-01-02T00:00:00+08:00", "2019-08-01T00:00:00+08:00"]
    assert feed.findtext(f"{A}updated") == "2021-06-01T00:00:00+08:00"  # the newest bulletin, not the build time
    assert [e.findtext(f"{A}id") for e in entries(feed)] == [
        "tag:policy-digest,2024:zh/bulletins/2021-liaoyang-page", "tag:policy-digest,2024:zh/bulletins/2020-hostile",
        "tag:policy-digest,2024:zh/bulletins/2019-chaoyang-feature"]


def test_required_atom_elements_and_relative_links():
    feed = parse(feeds.atom_feed(sample_sources()))
    assert feed.get(XML_LANG) == "zh"
    for tag in ("id", "title", "updated"):
        assert feed.findtext(f"{A}{tag}")
    assert feed.findtext(f"{A}author/{A}name") == "政策文件摘要"
    chaoyang = entries(feed)[2]
    assert chaoyang.findtext(f"{A}title") == "振兴路上新朝阳"  # the editor's title from the metadata
    link = chaoyang.find(f"{A}link[@rel='alternate']")
    assert link.get("href") == "bulletins/2019-chaoyang-feature/index.html"  # relative to the feed: works anywhere
    assert chaoyang.findtext(f"{A}summary") == "2019年上半年，朝阳地区生产总值同比增长7%，增速位列全省第5。"
    content = chaoyang.findtext(f"{A}content")
    assert '<a href="bulletins/2019-chaoyang-feature/2019-chaoyang-feature.html">' in content
    assert chaoyang.find(f"{A}category").get("term") == "朝阳市"


def test_same_feed_whatever_the_order_of_sources_and_no_wall_clock():
    sources = sample_sources()
    first = feeds.atom_feed(sources)
    assert feeds.atom_feed(list(reversed(sources))) == first
    assert dt.date.today().isoformat() not in first


def test_hostile_text_stays_text():
    text = feeds.atom_feed(sample_sources())
    feed = parse(text)
    hostile = entries(feed)[1]
    assert hostile.findtext(f"{A}title") == "</title><script>alert('b')</script>"  # exactly the source text
    assert "<script" not in text  # only as &lt;script in the XML
    content = hostile.findtext(f"{A}content")  # HTML as text: the source text in it is escaped once more
    assert "&lt;img src=x onerror=alert(1)&gt;" in content and "<img" not in content


def test_control_characters_are_dropped_so_the_xml_stays_well_formed():
    source = sample_sources()[0]
    source.meta.title = "振兴路上\x0c新朝阳\x00"
    source.documents[0].summary = ["生产总值\x1b增长7%"]
    feed = parse(feeds.atom_feed([source]))  # would raise on a form feed or NUL
    assert entries(feed)[0].findtext(f"{A}title") == "振兴路上新朝阳"
    assert entries(feed)[0].findtext(f"{A}summary") == "生产总值增长7%"


def test_bulletin_without_any_date_is_left_out():
    dated, undated = copy.deepcopy(sample_sources()[:2])
    undated.meta.date = ""
    undated.documents[0].date = ""
    feed = parse(feeds.atom_feed([dated, undated]))
    assert [e.findtext(f"{A}id").rsplit("/", 1)[-1] for e in entries(feed)] == ["2019-chaoyang-feature"]


def test_document_date_stands_in_for_a_missing_bulletin_date():
    source = sample_sources()[1]
    source.meta.date = ""
    source.documents[0].date = "2021-05-30"
    assert feeds.bulletin_date(source) == "2021-05-30"
    assert feeds.atom_date("2019") == "2019-01-01T00:00:00+08:00"
    assert feeds.atom_date("2023-11-05") == "2023-11-05T00:00:00+08:00"
    assert feeds.atom_date("近年") == ""


def test_other_languages_are_worded_as_the_sites_pages():
    chaoyang, liaoyang = sample_sources()[:2]
    doc = chaoyang.documents[0]
    doc.translations["en"] = DocumentTranslation(
        lang="en", title=TranslatedText("New Chaoyang on the road to revitalization", "reviewed"),
        summary=[TranslatedText("In the first half of 2019 Chaoyang's GDP grew by 7%.", "reviewed")])
    feed = parse(feeds.atom_feed([chaoyang, liaoyang], "en"))
    assert feed.get(XML_LANG) == "en"
    assert feed.findtext(f"{A}title") == "Policy Digest: bulletins"
    by_id = {e.findtext(f"{A}id").rsplit("/", 1)[-1]: e for e in entries(feed)}
    chaoyang_entry, liaoyang_entry = by_id["2019-chaoyang-feature"], by_id["2021-liaoyang-page"]
    # bulletins are named from their metadata: region, kind and date in English
    assert chaoyang_entry.findtext(f"{A}title") == "Chaoyang, News, August 2019"
    assert liaoyang_entry.findtext(f"{A}title") == "Liaoyang, Government gazette, June 2021"
    assert chaoyang_entry.find(f"{A}category").get("term") == "Chaoyang"
    assert chaoyang_entry.findtext(f"{A}summary") == "In the first half of 2019 Chaoyang's GDP grew by 7%."
    assert ">New Chaoyang on the road to revitalization</a>" in chaoyang_entry.findtext(f"{A}content")
    # no English yet: the Chinese, marked as such (as on the English pages)
    assert "[not yet translated: 辽阳：项目为王]" in liaoyang_entry.findtext(f"{A}content")
    assert chaoyang_entry.findtext(f"{A}id").startswith("tag:policy-digest,2024:en/")


def test_traditional_feed_converts_the_chinese():
    feed = parse(feeds.atom_feed(sample_sources()[:1], "zh-Hant"))
    entry = entries(feed)[0]
    assert feed.findtext(f"{A}title") == "政策文件摘要：公報"
    assert entry.findtext(f"{A}title") == "振興路上新朝陽"
    assert entry.findtext(f"{A}summary") == "2019年上半年，朝陽地區生產總值同比增長7%，增速位列全省第5。"


def test_feed_paths_follow_the_page_suffix_convention(tmp_path: Path):
    assert feeds.feed_path("zh") == "feed.xml"
    assert feeds.feed_path("en") == "feed.en.xml"
    assert feeds.feed_path("zh-Hant") == "feed.zh-Hant.xml"
    written = feeds.write_feeds(sample_sources(), tmp_path)
    assert written == ["feed.xml", "feed.en.xml", "feed.zh-Hant.xml"]
    assert parse((tmp_path / "feed.zh-Hant.xml").read_text(encoding="utf-8")).get(XML_LANG) == "zh-Hant"


# ---- the built site ----

def test_site_has_a_feed_per_built_language_and_its_links_resolve(built_site: Path):
    roots = [built_site] + [built_site / lang for lang in ("en", "zh-Hant") if (built_site / lang / "index.html").is_file()]
    for root in roots:
        feed = parse((root / "feed.xml").read_text(encoding="utf-8"))
        assert len(entries(feed)) == len(list((built_site / "bulletins").glob("*/index.html")))
        for entry in entries(feed):
            href = entry.find(f"{A}link[@rel='alternate']").get("href")
            assert (root / href).is_file(), f"{root.name}/feed.xml: {href}"
            for doc_href in re.findall(r'href="([^"]+)"', entry.findtext(f"{A}content") or ""):
                assert (root / doc_href).is_file(), f"{root.name}/feed.xml: {doc_href}"


def test_every_page_links_its_languages_feed(built_site: Path):
    link_re = re.compile(r'<link rel="alternate" type="application/atom\+xml" title="[^"]*" href="([^"]+)">')
    pages = [p for p in built_site.rglob("*.html") if p.name != "404.html" and "assets" not in p.parts]
    assert pages
    for page in pages:
        found = link_re.findall(page.read_text(encoding="utf-8"))
        assert len(found) == 1, page
        rel = page.relative_to(built_site).as_posix()
        lang_root = next((built_site / lang for lang in ("en", "zh-Hant") if rel.startswith(f"{lang}/")), built_site)
        assert (page.parent / found[0]).resolve() == (lang_root / "feed.xml").resolve(), rel

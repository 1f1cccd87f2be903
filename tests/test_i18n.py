"""Unit tests of the three-language rendering: localized paths and labels, glossary tooltips, the English and
Traditional Chinese document pages, the glossary page, the search dictionary for both scripts and the split of
the search index per language (hooks/search.py). The built site is tested in test_site.py."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import SimpleNamespace

import jieba
import pytest
from bs4 import BeautifulSoup
from conftest import ROOT
from test_render import to_html

from build_tools.model import Document, Event, Figure, Metadata, Paragraph, Source
from build_tools.render import i18n, indexes, labels, pages, paths
from build_tools.render.markdown import inline_terms
from build_tools.render.search_dict import merge_dictionary
from build_tools.translate import load_glossary, to_hant, translate
from build_tools.translate.english import untranslated_chinese
from build_tools.translate.memory import text_hash

# Real sentences (the 2021 Liaoyang page and the 2019 work plan), hand-checked glossary terms.
BUSINESS = "持续优化营商环境，营商环境评价全省第一。"
LIAOYANG = Source(
    slug="2021-liaoyang-test", path="seeds/2021-liaoyang-test.txt", encoding="utf-8",
    meta=Metadata(date="2021-06", region="辽阳市", kind="news", source="报纸专版（测试）"),
    documents=[Document(
        id="2021-liaoyang-test", title="辽阳：项目为王", date="2021-06", doc_number="辽政发〔2021〕5号",
        paragraphs=[
            Paragraph("p1", "一、坚持项目为王", heading=1, role="heading"),
            Paragraph("p2", "2021年一季度，辽阳市地区生产总值同比增长12.3%。"),
            Paragraph("p3", BUSINESS),
        ],
        summary=["2021年一季度，辽阳市地区生产总值同比增长12.3%。"],
        figures=[Figure("地区生产总值", 12.3, "%", "2021年一季度，辽阳市地区生产总值同比增长12.3%。", "p2",
                        kind="growth", comparison="同比", period="2021-01/2021-03", text="同比增长12.3%")],
        events=[Event("2021-05-30", "中国石油辽阳石化分公司年产30万吨高性能聚丙烯项目顺利实现中期交工", "p2",
                      sort_key="2021-05-30")],
    )],
)


def translated(tmp_path: Path, reviewed: dict[str, tuple[str, str]] | None = None) -> Source:
    """LIAOYANG through the translate stage, with reviewed English {key: (zh, en)} in a translation file."""
    import copy

    folder = tmp_path / "translations"
    (folder / "en").mkdir(parents=True)
    if reviewed:
        entries = {key: {"zh": zh, "hash": text_hash(zh), "en": en, "reviewed": True}
                   for key, (zh, en) in reviewed.items()}
        text = json.dumps({"bulletin": LIAOYANG.slug, "lang": "en", "entries": entries}, ensure_ascii=False)
        (folder / "en" / f"{LIAOYANG.slug}.yml").write_text(text, encoding="utf-8")  # JSON is YAML
    return translate(copy.deepcopy(LIAOYANG), translations_dir=folder)


def soup_of(md: str) -> BeautifulSoup:
    """A generated page (front matter dropped) as HTML, without the headings' permalinks."""
    doc = BeautifulSoup(to_html(md.split("---\n", 2)[-1]), "html.parser")
    for a in doc.select("a.headerlink"):
        a.decompose()
    return doc


def stray_chinese(doc: BeautifulSoup) -> list[str]:
    """Chinese outside the allowed places of an English page: language-tagged elements are taken out, then quoted
    names and "not yet translated" markers are allowed (the translate stage's definition)."""
    for el in doc.select('[lang^="zh"]'):
        el.decompose()
    return untranslated_chinese(doc.get_text(" "))


# ---- paths and labels ----

def test_localized_paths_follow_the_suffix_convention():
    assert paths.localized("timeline.md", "zh") == "timeline.md"
    assert paths.localized("timeline.md", "en") == "timeline.en.md"
    assert paths.localized("bulletins/x/index.md", "zh-Hant") == "bulletins/x/index.zh-Hant.md"
    assert paths.localized("charts/ab12.svg", "en") == "charts/ab12.en.svg"
    with pytest.raises(ValueError):
        paths.localized("timeline.md", "fr")


def test_every_label_has_english_and_traditional_is_converted():
    assert set(labels.ZH) <= set(labels.EN)
    assert not [k for k in labels.ZH if untranslated_chinese(labels.EN[k])]
    assert labels.label("glossary", "zh-Hant") == "術語表"
    assert labels.label("downloads", "zh-Hant") == "數據下載"
    assert labels.kind_label("gazette", "zh-Hant") == "政府公報"
    assert labels.kind_label("gazette", "en") == "Government gazette"
    assert labels.category_label("place", "en") == "Places"


# ---- tooltips ----

def test_tooltip_on_first_occurrence_of_each_term_per_paragraph():
    html = to_html(pages.paragraph(BUSINESS, "p3", markup=i18n.text_with_tooltips(BUSINESS, BUSINESS, "zh")))
    p = BeautifulSoup(html, "html.parser").find(id="p3")
    abbrs = p.find_all("abbr")
    assert [a.get_text() for a in abbrs] == ["营商环境"]  # twice in the sentence, one tooltip
    assert abbrs[0]["title"].startswith("business environment")
    assert p.get_text() == BUSINESS


def test_tooltips_sit_on_the_same_words_of_the_traditional_text():
    hant = to_hant(BUSINESS)
    html = to_html(pages.paragraph(hant, "p3", markup=i18n.text_with_tooltips(BUSINESS, hant, "zh-Hant")))
    p = BeautifulSoup(html, "html.parser").find(id="p3")
    assert [a.get_text() for a in p.find_all("abbr")] == ["營商環境"]
    assert p.get_text() == hant == "持續優化營商環境，營商環境評價全省第一。"


def test_tooltip_title_and_text_stay_text():
    text = "营商环境 <b>x</b> [a](javascript:x) `c`"
    title = 'He said "<script>" [x](javascript:y) `z` \\ {{ x }}'
    html = to_html(pages.paragraph(text, "p1", markup=inline_terms(text, [(0, 4, title)])))
    p = BeautifulSoup(html, "html.parser").find(id="p1")
    assert p.find("abbr")["title"] == title
    assert [t.name for t in p.find_all(True)] == ["abbr"]
    assert p.get_text() == text


def test_spans_that_do_not_fit_are_ignored():
    assert inline_terms("营商环境", [(2, 9, "x")]) == "营商环境"
    assert inline_terms("营商环境", [(0, 2, "a"), (1, 3, "b")]) == '<abbr title="a">营商</abbr>环境'


# ---- document pages ----

def test_english_page_reviewed_title_marked_fallbacks_and_original_text(tmp_path):
    source = translated(tmp_path, {"2021-liaoyang-test/title": ("辽阳：项目为王", "Liaoyang: projects come first")})
    doc = soup_of(pages.document_page(source, source.documents[0], "en"))
    assert doc.find("h1").get_text() == "Liaoyang: projects come first"
    items = {li.find("strong").get_text(): li.get_text() for li in doc.find("ul").find_all("li")}
    assert items["Region"] == "Region: Liaoyang" and items["Date"] == "Date: June 2021"
    assert items["Document number"] == "Document number: Liao Zheng Fa [2021] No. 5 (“辽政发〔2021〕5号”)"
    assert items["Source"] == "Source: [not yet translated: 报纸专版（测试）]"
    # a summary sentence that only states figures is given by its figures, led as such (summary_figures.py)
    assert doc.find(id="summary").get_text() == "Summary"
    summary = doc.find(id="summary").find_next("ul").find("li")
    assert summary.get_text() == "Figures for Q1 2021 — GDP: +12.3% year on year."
    figure = doc.find(id="figures").find_next("table").find("tbody").find("td").get_text()
    assert figure == "GDP: +12.3% year on year, Q1 2021"
    event = [td.get_text() for td in doc.find(id="events").find_next("table").find("tbody").find_all("td")]
    assert event[0] == "30 May 2021" and event[2].startswith("[not yet translated: 中国石油")
    terms = {tr.find("td").get_text(): tr.find_all("td")[1].get_text()
             for tr in doc.find(id="terms").find_next("table").find("tbody").find_all("tr")}
    assert terms["营商环境"] == "business environment" and terms["地区生产总值"] == "GDP"
    original = doc.find(id="p3")
    assert original["lang"] == "zh-Hans" and "pd-original" in original["class"] and original.get_text() == BUSINESS
    assert "data-search-exclude" in original.attrs
    assert stray_chinese(doc) == []


def test_english_page_shows_reviewed_headings_above_the_chinese(tmp_path):
    source = translated(tmp_path, {"2021-liaoyang-test/p1": ("一、坚持项目为王", "I. Projects come first")})
    doc = soup_of(pages.document_page(source, source.documents[0], "en"))
    heading = doc.find(id="p1")
    assert heading.name == "h3" and heading.get_text() == "I. Projects come first"  # under "Original text" (h2)
    assert heading.find_next("p").get_text() == "一、坚持项目为王"
    assert stray_chinese(doc) == []


def test_english_page_without_translations_marks_everything(tmp_path):
    """A source the translate stage did not see: the English page still has no unmarked Chinese."""
    import copy

    source = copy.deepcopy(LIAOYANG)
    doc = soup_of(pages.document_page(source, source.documents[0], "en"))
    assert doc.find("h1").get_text() == "[not yet translated: 辽阳：项目为王]"
    assert stray_chinese(doc) == []
    assert stray_chinese(soup_of(pages.bulletin_page(source, "en"))) == []
    assert stray_chinese(soup_of(pages.report_page(source, "en"))) == []


def test_traditional_page_is_converted_with_tooltips(tmp_path):
    source = translated(tmp_path)
    doc = soup_of(pages.document_page(source, source.documents[0], "zh-Hant"))
    assert doc.find("h1").get_text() == "遼陽：項目為王"
    assert doc.find(id="p3").get_text() == "持續優化營商環境，營商環境評價全省第一。"
    assert doc.find(id="p3").find("abbr").get_text() == "營商環境"
    items = [li.get_text() for li in doc.find("ul").find_all("li")]
    assert "地區：遼陽市" in items and "類別：新聞" in items
    assert doc.find(id="summary").find_next("ul").get_text().strip() == "2021年一季度，遼陽市地區生產總值同比增長12.3%。"
    cells = [td.get_text() for td in doc.find(id="figures").find_next("table").find("tbody").find_all("td")]
    assert cells[:3] == ["地區生產總值", "12.3%", "同比"]


def test_glossary_page_in_each_language():
    entries = load_glossary()
    unofficial = sum(1 for e in entries if not e.official)
    assert 0 < unofficial < len(entries)
    for lang, note in (("zh", "无官方译法"), ("en", "no official rendering"), ("zh-Hant", "無官方譯法")):
        doc = soup_of(indexes.glossary_page(lang))
        rows = [tr for table in doc.find_all("table") for tr in table.find("tbody").find_all("tr")]
        assert len(rows) == len(entries)
        assert sum(1 for tr in rows if tr.find_all("td")[3].get_text() == note) == unofficial
    hant = soup_of(indexes.glossary_page("zh-Hant")).get_text()
    assert "營商環境" in hant and "营商环境" not in hant
    assert stray_chinese(soup_of(indexes.glossary_page("en"))) == []


# ---- search: dictionary for both scripts, one index per language ----

def test_merged_dictionary_cuts_traditional_text_like_simplified(tmp_path):
    simplified = ["国务院 3000 nt", "关于 50000 p", "关 2000 v", "于 60000 p", "院关 10 n", "後 10 f", "后 5000 f"]
    merged = merge_dictionary(simplified, to_hant)
    assert merged[:len(simplified)] == simplified
    assert merged[len(simplified):] == ["國務院 3000 nt", "關於 50000 p", "關 2000 v", "於 60000 p", "院關 10 n"]
    plain, both = tmp_path / "plain.txt", tmp_path / "both.txt"
    plain.write_text("\n".join(simplified) + "\n", encoding="utf-8")
    both.write_text("\n".join(merged) + "\n", encoding="utf-8")
    assert jieba.Tokenizer(str(both)).lcut("國務院關於") == ["國務院", "關於"]
    assert jieba.Tokenizer(str(plain)).lcut("國務院關於") != ["國務院", "關於"]
    assert jieba.Tokenizer(str(both)).lcut("国务院关于") == ["国务院", "关于"]


def _search_hook():
    spec = importlib.util.spec_from_file_location("pd_search_hook", ROOT / "hooks" / "search.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _config(site: Path) -> SimpleNamespace:
    languages = [SimpleNamespace(locale="zh", build=True, default=True),
                 SimpleNamespace(locale="en", build=True, default=False),
                 SimpleNamespace(locale="zh-Hant", build=True, default=False)]
    return SimpleNamespace(site_dir=str(site), plugins={"i18n": SimpleNamespace(
        config=SimpleNamespace(languages=languages))})


def test_search_index_is_split_by_language_folder(tmp_path):
    hook = _search_hook()
    docs = [{"location": "index.html", "title": "首页", "text": ""},
            {"location": "bulletins/a/x.html#p1", "title": "营商", "text": "营商环境"},
            {"location": "en/bulletins/a/x.html#p1", "title": "Business", "text": "business environment"},
            {"location": "en/index.html", "title": "Home", "text": ""},
            {"location": "zh-Hant/bulletins/a/x.html", "title": "營商", "text": "營商環境"},
            {"location": "english/x.html", "title": "a folder that only starts like a language", "text": ""}]
    combined = {"config": {"separator": "[\\s]+", "lang": ["en", "zh"]}, "docs": docs}
    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "search_index.json").write_text(json.dumps(combined), encoding="utf-8")
    (tmp_path / "search" / "search_index.js").write_text("var __index = " + json.dumps(combined), encoding="utf-8")
    hook.on_post_build(_config(tmp_path))
    read = {lang: json.loads((tmp_path / lang / "search" / "search_index.json").read_text(encoding="utf-8"))
            for lang in ("", "en", "zh-Hant")}
    assert [d["location"] for d in read[""]["docs"]] == ["index.html", "bulletins/a/x.html#p1", "english/x.html"]
    assert [d["location"] for d in read["en"]["docs"]] == ["bulletins/a/x.html#p1", "index.html"]
    assert [d["text"] for d in read["zh-Hant"]["docs"]] == ["營商環境"]
    assert all(read[lang]["config"] == combined["config"] for lang in read)
    script = (tmp_path / "en" / "search" / "search_index.js").read_text(encoding="utf-8")
    assert script.startswith("var __index = ") and json.loads(script[len("var __index = "):]) == read["en"]


def test_search_split_does_nothing_without_other_languages(tmp_path):
    hook = _search_hook()
    (tmp_path / "search").mkdir()
    index = tmp_path / "search" / "search_index.json"
    index.write_text('{"config": {}, "docs": [{"location": "en/x.html"}]}', encoding="utf-8")
    config = _config(tmp_path)
    config.plugins["i18n"].config.languages = config.plugins["i18n"].config.languages[:1]
    hook.on_post_build(config)
    assert json.loads(index.read_text(encoding="utf-8"))["docs"] == [{"location": "en/x.html"}]
    assert not (tmp_path / "en").exists()


def test_a_statistics_bureau_release_is_not_called_a_communique():
    """A half-year release (上半年全市经济运行稳中有升) is a release in the metadata list, as "In brief" says; a
    title with 公报 stays a communiqué."""
    assert labels.genre_label("statistics", "en", "上半年全市经济运行稳中有升") == "Statistical release"
    assert labels.genre_label("statistics", "zh", "上半年全市经济运行稳中有升") == "统计数据发布"
    assert labels.genre_label("statistics", "en", "栖川市2023年国民经济和社会发展统计公报") == "Statistical communiqué"
    assert labels.genre_label("statistics", "zh-Hant", "2023年统计公报") == "統計公報"


def test_english_page_heads_a_summary_without_english_as_chinese(tmp_path):
    """No summary sentence has English (no figure in it): the section is headed as Chinese, each sentence
    language-tagged, no markers."""
    import copy

    src = copy.deepcopy(LIAOYANG)
    src.documents[0].summary = ["辽阳市召开全市重点项目建设推进会议。"]
    (tmp_path / "translations" / "en").mkdir(parents=True)
    source = translate(src, translations_dir=tmp_path / "translations")
    doc = soup_of(pages.document_page(source, source.documents[0], "en"))
    assert doc.find(id="summary").get_text() == "Summary (Chinese, not yet translated)"
    summary = doc.find(id="summary").find_next("ul").find("li").find("span")
    assert summary.get_text() == "辽阳市召开全市重点项目建设推进会议。" and summary["lang"] == "zh-Hans"
    assert "pd-untranslated" in summary["class"]

"""Unit tests of the render stage: escaping, page Markdown, data files, charts, build driver."""

from __future__ import annotations

import csv
import io
import json
import shutil
import xml.etree.ElementTree as ET
from functools import lru_cache

import markdown as pymd
import pytest
from bs4 import BeautifulSoup, Tag
from conftest import HOSTILE, ROOT, sample_sources
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.utils.yaml import yaml_load

from build_tools import build, render
from build_tools.model import Document, Figure, Metadata, Paragraph, Source
from build_tools.render import charts, data, indexes, indicators, pages, paths
from build_tools.render.markdown import cell, external_link, heading, inline, paragraph, rel, table


@lru_cache(maxsize=1)
def site_markdown_config() -> tuple[list, dict]:
    """The Markdown extensions and their options exactly as mkdocs.yml configures them."""
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as fh:
        cfg = yaml_load(fh)
    names, configs = [], {}
    for ext in cfg["markdown_extensions"]:
        if isinstance(ext, dict):
            (name, opts), = ext.items()
            names.append(name)
            configs[name] = opts or {}
        else:
            names.append(ext)
    return names, configs


def to_html(md_text: str) -> str:
    names, configs = site_markdown_config()
    return pymd.markdown(md_text, extensions=names, extension_configs=configs)


def element(html: str, ident: str) -> Tag:
    found = BeautifulSoup(html, "html.parser").find(id=ident)
    assert found is not None, html
    return found


def text_of(el: Tag) -> str:
    return el.get_text()


def tags_in(el: Tag) -> list[str]:
    return [t.name for t in el.find_all(True)]


# ---- escaping ----

def test_inline_escapes_markdown_and_html_by_hand():
    assert inline("a*b_c") == r"a\*b\_c"
    assert inline("<b>&") == "&lt;b&gt;&amp;"
    assert inline("~~x~~") == "&#126;&#126;x&#126;&#126;"
    assert inline("[x](y)") == r"\[x\]\(y\)"
    assert inline("| a |") == r"\| a \|"
    assert inline("{{ c }}") == r"\{\{ c \}\}"
    assert inline("3.5%") == r"3\.5%"
    assert inline("第一行\n  # 第二行") == r"第一行 \# 第二行"
    assert inline("  前后空格  ") == "前后空格"
    assert inline("　目　录　") == "目　录"  # U+3000 inside the text is content; at the ends it is layout
    assert inline("a\x00b\x1bc") == "abc"


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_paragraph_renders_literally(text):
    html = to_html(paragraph(text, "p1"))
    el = element(html, "p1")
    assert el.name == "p"
    assert text_of(el) == text.strip()
    assert tags_in(el) == [], f"source text became markup: {html}"


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_heading_and_cell_render_literally(text):
    el = element(to_html(heading(3, text, "p7")), "p7")
    assert el.name == "h3"
    assert text_of(el).removesuffix("¶") == text.strip()
    assert tags_in(el) == ["a"]  # the theme's permalink only
    html = to_html(table(["A", "B"], [[cell(text), "x"]]))
    cells = BeautifulSoup(html, "html.parser").find_all("td")
    assert [text_of(c) for c in cells] == [text.strip(), "x"]
    assert all(tags_in(c) == [] for c in cells)


MD_CHARS = "\\`*_{}[]()#+-.!|<>~&;:=^$%@'\"/ \n\t　"
TEXT = st.text(alphabet=st.sampled_from(list(MD_CHARS) + list("abc12数据脱贫")), max_size=40)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_any_text_round_trips_through_markdown(text):
    """Whatever the source says, the page shows exactly that text (whitespace collapsed) and no markup."""
    expected = " ".join(t for t in text.replace("\t", " ").replace("\n", " ").split(" ") if t)
    expected = expected.strip()
    for md_text, ident in ((paragraph(text, "p1"), "p1"), (heading(2, text, "h1"), "h1")):
        html = to_html(md_text)
        el = element(html, ident)  # the anchor is there even for an empty paragraph
        if not expected:
            assert el.get_text() == "" and "{:" not in html
            continue
        assert tags_in(el) == (["a"] if el.name == "h2" else []), html  # h2: only the toc permalink <a>
        got = text_of(el).removesuffix("¶") if el.name == "h2" else text_of(el)
        assert " ".join(t for t in got.split(" ") if t) == expected


def test_external_link_only_for_web_addresses():
    assert external_link("原文", "https://www.gov.cn/a(b)?x=1&y=[2]") == "[原文](https://www.gov.cn/a%28b%29?x=1&y=%5B2%5D)"
    assert external_link("原文", "https://www.gov.cn/a b") == "原文"
    assert external_link("原文", "javascript:alert(1)") == "原文"
    assert external_link("原文", "data:text/html,x") == "原文"


def test_relative_links_between_generated_pages():
    assert rel("bulletins/a/x.md#p3", "timeline.md") == "bulletins/a/x.md#p3"
    assert rel("index.md", "bulletins/a/x.md") == "../../index.md"
    assert rel("data/a/x.json", "bulletins/a/x.md") == "../../data/a/x.json"
    assert rel("bulletins/朝阳 1/x.md", "index.md") == "bulletins/%E6%9C%9D%E9%98%B3%201/x.md"


def test_safe_names():
    assert paths.safe_name("2023.10.gazette") == "2023-10-gazette"  # 'x.en.md' would be read as English
    assert paths.safe_name("朝阳 公报") == "朝阳-公报"
    assert paths.safe_name("index") == "index-doc"
    assert paths.safe_name("../../etc") == "etc"


# ---- document page ----

def _doc_page(doc: Document) -> str:
    src = sample_sources()[0]
    src.documents = [doc]
    return pages.document_page(src, doc)


def test_headings_levels_and_paragraph_anchors():
    doc = Document(id="d", title="朝阳市深化农村公路管理养护体制改革实施方案", paragraphs=[
        Paragraph("p1", "一、总体要求", heading=1),
        Paragraph("p2", "（一）指导思想", heading=2),
        Paragraph("p3", "1.工作目标", heading=3),
        Paragraph("p4", "（1）具体任务", heading=4),
        Paragraph("p5", "到2025年，全面建立权责清晰、齐抓共管的农村公路管理养护体制机制。"),
    ])
    html = to_html(_doc_page(doc).split("---\n", 2)[2])
    assert [element(html, f"p{i}").name for i in range(1, 6)] == ["h2", "h3", "h4", "h5", "p"]
    assert text_of(element(html, "p5")).startswith("到2025年")


def test_run_in_heading_is_bold_lead_in_with_its_own_anchor():
    doc = Document(id="d", title="t", paragraphs=[
        Paragraph("p1", "（一）落实扶贫机制。", heading=2, run_in=True),
        Paragraph("p2", "经过近两年的努力，全市累计实现4个贫困县摘帽。"),
        Paragraph("p3", "二、保障措施", heading=1, run_in=True),
    ])
    html = to_html(_doc_page(doc).split("---\n", 2)[2])
    lead = element(html, "p1")
    assert (lead.name, lead.get_text()) == ("strong", "（一）落实扶贫机制。")
    assert text_of(element(html, "p2")) == "（一）落实扶贫机制。 经过近两年的努力，全市累计实现4个贫困县摘帽。"
    assert element(html, "p3").name == "strong"  # nothing to run into: a bold paragraph of its own


def test_document_page_sections_and_empty_sections_left_out():
    src = sample_sources()[0]
    md = pages.document_page(src, src.documents[0])
    assert "## 摘要" in md and "## 主要数据" in md and "## 时间线" in md and "## 正文" in md
    assert "| 地区生产总值 | 7% | 同比 | 2019\\-01/2019\\-06 | 全省第5 | [¶ p2](2019-chaoyang-feature.md#p2) |" in md
    assert "[原文链接]" not in md and "**原文链接**：[https://example\\.gov\\.cn/a?id=1](https://example.gov.cn/a?id=1)" in md
    bare = Document(id="x", title="只有正文", paragraphs=[Paragraph("p1", "正文。")])
    md = pages.document_page(src, bare)
    assert "## 摘要" not in md and "## 主要数据" not in md and "## 时间线" not in md
    assert "**数据**" not in md  # no data links for a document without figures or events


def test_value_text_places_qualifiers():
    fig = Figure("项目", 50, "个", "s", "p1")
    assert pages.value_text(fig) == "50个"
    fig.qualifier = "以上"
    assert pages.value_text(fig) == "50个以上"
    fig.qualifier = "近"
    assert pages.value_text(fig) == "近50个"
    fig.qualifier, fig.unit = "不低于", "%"
    assert pages.value_text(fig) == "不低于50%"
    fig.qualifier, fig.value, fig.unit = "约", 2.7, "亿元"
    assert pages.value_text(fig) == "约2.7亿元"


def test_cleaning_report_table():
    src = sample_sources()[2]
    md = pages.report_page(src)
    assert "| furniture\\.&lt;x&gt; | 删除 | 3–4 | \\| 页眉 \\| &lt;hr&gt; \\{\\{x\\}\\} | \\*why\\* |" in md


# ---- data files ----

def test_format_number():
    assert data.format_number(12.0) == "12"
    assert data.format_number(3.5) == "3.5"
    assert data.format_number(0.1 + 0.2) == "0.3"
    assert data.format_number(-2.5) == "-2.5"
    assert data.format_number(None) == ""


def test_csv_has_bom_header_and_formula_guard():
    src = sample_sources()[2]
    figures, _ = data.document_records(src, src.documents[0])
    raw = data.to_csv(figures, data.FIGURE_FIELDS)
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == list(data.FIGURE_FIELDS)
    second = dict(zip(rows[0], rows[2], strict=True))
    assert second["metric"] == "'=1+1" and second["sentence"] == "'=HYPERLINK(\"http://x\")"
    assert second["value"] == "1" and second["is_target"] == "false"
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["value"] == "3.5" and first["unit"] == "亿元<i>" and first["normalized"] == ""


def test_json_keeps_exact_text_and_types():
    src = sample_sources()[0]
    figures, events = data.document_records(src, src.documents[0])
    payload = json.loads(data.to_json({"figures": figures, "events": events}))
    assert payload["schema_version"] == "1.2"
    fig = payload["figures"][2]
    assert (fig["metric"], fig["value"], fig["normalized"], fig["base_unit"]) == ("脱贫人口", 15.2, 152000, "person")
    assert payload["figures"][0]["region"] == "朝阳市" and payload["figures"][0]["is_target"] is False
    assert payload["events"][0]["sort_key"] == "2019-01"


def test_extract_json_is_the_model_without_the_build_location():
    src = sample_sources()[2]
    out = json.loads(data.extract_json(src))
    assert out["path"] == "2020-hostile.txt"
    assert out["documents"][0]["paragraphs"][1]["text"] == HOSTILE[0]


# ---- charts and indicators ----

def test_indicator_groups_join_same_metric_across_regions():
    groups = dict(indicators.indicator_groups(sample_sources()))
    gdp = groups[("地区生产总值", "growth", "%", "actual", "")]
    assert [(p.source.meta.region, p.fig.value) for p in gdp] == [
        ("朝阳市", 7), ("辽阳市", -2.5), ("辽阳市", 12.3)]  # by region, then period: 2019-01/.., 2020, 2021-01/..
    assert ("脱贫人口", "count", "person", "actual", "") in groups  # normalized values group by base unit
    assert ("化工精细化率", "growth", "%", "target", "") in groups  # is_target alone still makes a target


def _bulletin(slug: str, region: str, date: str, *docs: list[Figure]) -> Source:
    return Source(slug=slug, path=f"{slug}.txt", encoding="utf-8", meta=Metadata(date=date, region=region),
                  documents=[Document(id=f"{slug}-{k}", title=f"文档{k}", date=date, figures=figs)
                             for k, figs in enumerate(docs, 1)])


def _gdp(value: float, period: str, status: str = "actual", subject: str = "", paragraph: str = "p1") -> Figure:
    return Figure("地区生产总值", value, "亿元", "…", paragraph, normalized=value * 1e8, base_unit="CNY",
                  period=period, status=status, is_target=status == "target", subject=subject)


def test_indicator_series_compare_like_with_like():
    """Issue 11: a forecast never sits in the target chart, a town's figure never in the city's series, and the
    same fact stated by two documents (and twice by one) is one point with both sources."""
    a = _bulletin("2023-a", "某市", "2023-01", [_gdp(950, "2022"), _gdp(1030, "2023", "target"),
                                                _gdp(36, "2022", subject="城关镇")],
                  [_gdp(950, "2022", paragraph="p7"), _gdp(950, "2022", paragraph="p9")])
    b = _bulletin("2024-b", "某市", "2024-01", [_gdp(1003, "2023", "forecast"), _gdp(1010, "2023")])
    c = _bulletin("2024-c", "另市", "2024-02", [_gdp(700, "2023")])
    groups = dict(indicators.indicator_groups([c, b, a]))
    assert set(groups) == {("地区生产总值", "level", "CNY", s, "") for s in ("actual", "target", "forecast")}
    actual = groups[("地区生产总值", "level", "CNY", "actual", "")]
    assert [(p.source.meta.region, p.when, p.number / 1e8) for p in actual] == [
        ("另市", "2023", 700), ("某市", "2022", 950), ("某市", "2023", 1010)]
    assert [(q.doc.id, q.fig.paragraph) for q in actual[1].all] == [("2023-a-1", "p1"), ("2023-a-2", "p7")]
    charted = dict(indicators.charted_groups([a, b, c]))
    assert list(charted) == [("地区生产总值", "level", "CNY", "actual", "")]  # one target, one forecast: no chart
    md = indicators.indicators_page(list(charted.items()), {}, "zh")
    rows = [line for line in md.splitlines() if line.startswith("| 某市") or line.startswith("| 另市")]
    assert len(rows) == 3 and "36亿元" not in md
    assert "bulletins/2023-a/2023-a-1.md#p1" in rows[1] and "bulletins/2023-a/2023-a-2.md#p7" in rows[1]


def test_change_from_a_stated_base_is_one_fact_however_documents_date_it():
    def rate(period: str, paragraph: str) -> Figure:
        return Figure("贫困发生率", 1.7, "%", "贫困发生率由2015年底的6.9%下降到1.7%", paragraph, kind="share",
                      direction="down", base_value=6.9, base_period="2015-12", period=period)

    a = _bulletin("2019-a", "朝阳市", "2019-09", [rate("2018-12", "p3")], [rate("2016/2019-09", "p11")])
    b = _bulletin("2019-b", "朝阳市", "2019-08", [rate("2019", "p13"), _gdp(950, "2019")])
    (share,) = [points for key, points in indicators.indicator_groups([a, b]) if key[0] == "贫困发生率"]
    assert len(share) == 1 and [q.doc.id for q in share[0].all] == ["2019-a-2", "2019-a-1", "2019-b-1"]


def test_indicator_titles_name_base_units_in_words():
    def firms(value: float, slug: str) -> Figure:
        return Figure("规模以上工业企业", value, "家", "s", "p1", kind="count", normalized=value, base_unit="entity",
                      period=slug[:4])

    groups = indicators.charted_groups([_bulletin("2023-a", "某市", "2023-03", [firms(700, "2022")]),
                                     _bulletin("2024-b", "某市", "2024-03", [firms(718, "2023")])])
    assert "## 规模以上工业企业（数量，家）" in indicators.indicators_page(groups, {}, "zh")
    english = indicators.indicators_page(groups, {}, "en")
    assert r"above designated size \(count\)" in english  # no classifier in English: not '(count, entities)'
    assert "entities" not in english
    kind_target = [(("审批时间", "target", "day", "target", ""), groups[0][1])]
    assert "## 审批时间（目标，天）" in indicators.indicators_page(kind_target, {}, "zh")


def test_average_annual_growth_is_not_in_the_series_of_yearly_growth():
    def growth(value: float, period: str, comparison: str) -> Figure:
        return Figure("地区生产总值", value, "%", "s", "p1", kind="growth", comparison=comparison, period=period)

    a = _bulletin("2022-a", "某县", "2022-01", [growth(7.1, "2017/2021", "年均"), growth(6.5, "2021", "比上年")])
    b = _bulletin("2023-b", "某县", "2023-01", [growth(5.2, "2022", "比上年")])
    groups = dict(indicators.indicator_groups([a, b]))
    assert [p.fig.value for p in groups[("地区生产总值", "growth", "%", "actual", "")]] == [6.5, 5.2]
    assert "年均增长率" in indicators.indicators_page([(k, v) for k, v in groups.items() if k[1] == "growth-average"],
                                                   {}, "zh")


def test_value_restated_without_a_date_joins_the_dated_fact():
    """565 villages delisted by the end of 2018 (dated in one article), restated in an article of 2019-08 with no
    date of its own: one point. A value the text dates differently stays a point of its own."""
    def villages(value: float, period: str) -> Figure:
        return Figure("贫困村销号", value, "个", "s", "p3", kind="count", period=period)

    a = _bulletin("2019-a", "朝阳市", "2019-09", [villages(565, "2018-12")])
    b = _bulletin("2019-b", "朝阳市", "2019-08", [villages(565, "2019-08")])
    c = _bulletin("2020-c", "朝阳市", "2020-03", [villages(565, "2019-12"), villages(600, "2020-03")])
    (points,) = [pts for _, pts in indicators.indicator_groups([a, b, c])]
    assert [(p.when, p.fig.value, [q.source.slug for q in p.all]) for p in points] == [
        ("2018-12", 565, ["2019-a", "2019-b"]), ("2019-12", 565, ["2020-c"]), ("2020-03", 600, ["2020-c"])]


def test_indicator_section_titles_name_the_status():
    b = _bulletin("2024-b", "某市", "2024-01", [_gdp(1003, "2023", "forecast")], [_gdp(990, "2022", "forecast")])
    groups = indicators.charted_groups([b])
    assert [k for k, _ in groups] == [("地区生产总值", "level", "CNY", "forecast", "")]
    assert "## 地区生产总值（总量，预计，元）" in indicators.indicators_page(groups, {}, "zh")
    assert r"## GDP \(level, estimate, CNY\)" in indicators.indicators_page(groups, {}, "en")
    assert "預計" in indicators.indicators_page(groups, {}, "zh-Hant")


def test_figure_rows_show_status_subject_and_base():
    rows = [Figure("贫困发生率", 1.7, "%", "贫困发生率由2015年底的6.9%下降到1.7%", "p1", kind="share", direction="down",
                   base_value=6.9, base_period="2015-12", period="2018-12"),
            Figure("一般公共预算收入", 2.3, "亿元", "城关镇完成一般公共预算收入2.3亿元", "p2", subject="城关镇"),
            Figure("地区生产总值", 103, "亿元", "预计完成103亿元", "p3", status="forecast"),
            Figure("养护资金", 10000, "元", "不得低于10000元", "p4", status="requirement", qualifier="不低于"),
            Figure("<b>x</b>", 1, "%", "s", "p5", subject="<i>镇</i>", status="target", is_target=True)]
    doc = Document(id="d", title="t", figures=rows)
    assert pages.value_text(rows[0]) == "由6.9%（2015-12）下降到1.7%"
    assert [pages.metric_text(f) for f in rows[1:4]] == ["城关镇：一般公共预算收入", "地区生产总值（预计）",
                                                          "养护资金（要求）"]
    assert pages.metric_text(rows[2], "zh-Hant") == "地區生產總值（預計）"
    village = Figure("黄岭村村集体经济收入", 50, "万元", "s", "p6", subject="清河镇黄岭村")
    assert pages.metric_text(village) == "清河镇黄岭村：村集体经济收入"
    md = pages.figures_table(doc, "p.md", "zh")
    assert r"由6\.9%（2015\-12）下降到1\.7%" in md and "城关镇：一般公共预算收入" in md
    assert "<b>" not in md and "<i>" not in md and "&lt;i&gt;镇&lt;/i&gt;：&lt;b&gt;x&lt;/b&gt;（目标）" in md


def test_bar_chart_is_valid_svg_with_text_labels():
    svg = charts.bar_chart("地区生产总值<增速>", "%", [charts.Bar("朝阳市 2019", 7), charts.Bar("辽阳市 2020", -2.5),
                                                       charts.Bar("辽阳市 2023（目标）", 4, True)])
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    texts = [t.text for t in root.iter(f"{ns}text")]
    assert texts[0] == "地区生产总值<增速>（%）"
    assert "朝阳市 2019" in texts and "-2.5 %" in texts
    assert "sans-serif" in root.get("font-family") and "Noto Sans CJK SC" in root.get("font-family")
    rects = [r for r in root.iter(f"{ns}rect")][1:]
    zero = float(root.find(f"{ns}line").get("x1"))
    assert float(rects[0].get("x")) == pytest.approx(zero)  # positive bar starts at the baseline
    assert float(rects[1].get("x")) + float(rects[1].get("width")) == pytest.approx(zero)  # negative ends there
    assert rects[2].get("fill") != rects[0].get("fill")  # targets stand out
    assert svg == charts.bar_chart("地区生产总值<增速>", "%", [charts.Bar("朝阳市 2019", 7),
                                                            charts.Bar("辽阳市 2020", -2.5),
                                                            charts.Bar("辽阳市 2023（目标）", 4, True)])


def test_fit_shortens_long_labels():
    long = "朝阳市" * 30
    short = charts.fit(long, 100)
    assert short.endswith("…") and charts.text_width(short) <= 100


# ---- build driver ----

def test_write_tree_is_deterministic_and_complete(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    render.write_tree(sample_sources(), a, build.DOCS_SRC)
    render.write_tree(list(reversed(sample_sources())), b, build.DOCS_SRC)
    files_a = sorted(p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file())
    assert files_a == files_b
    assert all((a / f).read_bytes() == (b / f).read_bytes() for f in files_a)
    for f in ("index.md", "bulletins/index.md", "timeline.md", "indicators.md", "downloads.md", "schema.md",
              "about.md", ".site.json", "bulletins/2020-hostile/hostile-doc.md", "data/figures.csv",
              "data/2021-liaoyang-page/2021-liaoyang-page.events.csv", "data/2020-hostile/extract.json"):
        assert f in files_a
    # only GDP has two or more values: one chart, in each language
    key = charts.chart_key("地区生产总值", "growth", "%")
    assert sorted(f for f in files_a if f.startswith("charts/")) == [
        f"charts/{key}.en.svg", f"charts/{key}.svg", f"charts/{key}.zh-Hant.svg"]


def test_build_skips_a_bad_source_and_keeps_the_rest(tmp_path, caplog):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for ext in (".txt", ".yml"):
        shutil.copy(ROOT / "seeds" / f"2019-chaoyang-revitalization-feature{ext}", seeds)
    (seeds / "2020-broken.txt").write_bytes(b"%PDF-1.4 binary")
    out = tmp_path / "out" / "docs"
    assert build.build_site(seeds, out, jobs=1) == 1
    assert "2020-broken.txt" in caplog.text
    assert (out / "bulletins" / "2019-chaoyang-revitalization-feature" / "index.md").exists()
    assert not (out / "bulletins" / "2020-broken").exists()
    assert [p.name for p in out.parent.iterdir()] == ["docs"]  # no staging folder left behind


def test_failed_render_leaves_previous_tree(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(ROOT / "seeds" / "2019-chaoyang-revitalization-feature.txt", seeds)
    out = tmp_path / "docs"
    out.mkdir()
    (out / "old.md").write_text("old")

    def boom(*args, **kwargs):
        raise RuntimeError("render failed")

    monkeypatch.setattr(render, "write_tree", boom)
    with pytest.raises(RuntimeError):
        build.build_site(seeds, out, jobs=1)
    assert [p.name for p in tmp_path.iterdir() if p.name != "seeds"] == ["docs"]
    assert (out / "old.md").read_text() == "old"


def test_parallel_and_serial_builds_are_identical(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert build.build_site(ROOT / "seeds", one, jobs=1) == 0
    assert build.build_site(ROOT / "seeds", two, jobs=2) == 0
    files = sorted(p.relative_to(one).as_posix() for p in one.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(two).as_posix() for p in two.rglob("*") if p.is_file())
    assert all((one / f).read_bytes() == (two / f).read_bytes() for f in files)


def test_schema_documents_every_field():
    """docs/schema.md names every CSV column and every field of the model (a new field needs documenting)."""
    from dataclasses import fields

    from build_tools import model

    text = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    names = set(data.FIGURE_FIELDS) | set(data.EVENT_FIELDS)
    for cls in (model.Source, model.Metadata, model.Document, model.Paragraph, model.Figure, model.Event,
                model.CleaningAction, model.DocumentTranslation, model.TranslatedText):
        names |= {f.name for f in fields(cls)}
    missing = sorted(n for n in names if f"`{n}`" not in text and not _listed(n, text))
    assert not missing, f"document these in docs/schema.md: {missing}"


def _listed(name: str, text: str) -> bool:
    """Fields given in a {a, b, c} list count as documented."""
    return any(f"{sep}{name}{end}" in text for sep in ("{", ", ") for end in (",", "}"))


def test_chart_scale_uses_chinese_magnitudes():
    assert charts.scale([6.1e10, 1.1e10], "元") == (1e8, "亿元")
    assert charts.scale([152000, 9000], "人") == (1e4, "万人")
    assert charts.scale([187, 6.9], "%") == (1, "%")
    assert charts.scale([12, 7], "个") == (1, "个")


def test_bulletin_without_documents_or_report_still_renders(tmp_path):
    src = sample_sources()[1]
    src.documents, src.report = [], []
    render.write_tree([src], tmp_path, build.DOCS_SRC)
    page = (tmp_path / "bulletins" / "2021-liaoyang-page" / "index.md").read_text(encoding="utf-8")
    assert "# 报纸专版（测试）" in page and "## 文档" not in page
    report = (tmp_path / "bulletins" / "2021-liaoyang-page" / "cleaning-report.md").read_text(encoding="utf-8")
    assert "清理时没有删除或合并任何内容。" in report
    assert "# 指标" in (tmp_path / "indicators.md").read_text(encoding="utf-8")


def test_strict_build_fails_on_source_warnings(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    name = "2019-chaoyang-revitalization-feature"
    text = (ROOT / "seeds" / f"{name}.txt").read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    (seeds / f"{name}.txt").write_bytes(text)  # Windows line endings: converted, with a warning
    shutil.copy(ROOT / "seeds" / f"{name}.yml", seeds)
    assert build.build_site(seeds, tmp_path / "a", jobs=1) == 0
    assert build.build_site(seeds, tmp_path / "b", jobs=1, strict=True) == 1
    assert (tmp_path / "b" / "bulletins" / name / "index.md").exists()  # the tree is still written


def test_source_table_is_rendered_as_a_table_with_escaped_cells():
    from build_tools.model import Paragraph
    from build_tools.render.pages import text_blocks

    par = Paragraph(id="p3", text="", role="table",
                    cells=[["指标", "绝对数"], ["地区生产总值（亿元）", "286.4"], ["<b>x</b> | y", "1"]])
    out = "\n\n".join(text_blocks([par]))
    assert "| 指标 | 绝对数 |" in out and "|---|---|" in out
    assert "| 地区生产总值（亿元） | 286\\.4 |" in out
    assert "<b>" not in out and "&lt;b&gt;" in out  # source text never becomes markup



@pytest.mark.parametrize("name", ["2021-tongjiang-community-services-plan", "2023-qingxi-statistics-communique"])
def test_source_tables_on_english_pages_tag_their_chinese_cells(name):
    """A table copied from the source is not translated: on the English page every cell holding Chinese is
    language-tagged zh-Hans (as the rest of the untranslated text), figures-only cells need no tag; the Chinese
    page keeps plain cells."""
    from build_tools.pipeline import process
    from build_tools.translate import translate

    source = translate(process(ROOT / "tests" / "fixtures" / "realstyle" / f"{name}.txt"))
    tables = [(doc, par) for doc in source.documents for par in doc.paragraphs if par.role == "table" and par.cells]
    assert tables, name  # the fixture has source tables
    han_cells = 0
    for doc, _par in tables:
        html = BeautifulSoup(to_html(pages.document_page(source, doc, "en")), "html.parser")
        for td in html.find_all(["td", "th"]):
            text = td.get_text()
            if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
                continue
            han_cells += 1
            if td.find_parent(attrs={"lang": "zh-Hans"}) is not None:
                continue
            for tagged in td.find_all(attrs={"lang": "zh-Hans"}):
                tagged.extract()
            rest = td.get_text()  # what is left outside the tagged spans: no Chinese
            assert not any("\u4e00" <= ch <= "\u9fff" for ch in rest), (doc.id, text)
        zh = BeautifulSoup(to_html(pages.document_page(source, doc, "zh")), "html.parser")
        assert not any(td.find(attrs={"lang": True}) for td in zh.find_all(["td", "th"]))
    assert han_cells > 0

def _dated(slug: str, date: str) -> Source:
    return Source(slug=slug, path=f"{slug}.txt", encoding="utf-8", meta=Metadata(title=f"公报{slug}", date=date))


def test_navigation_groups_bulletins_by_year_and_splits_a_large_year_by_month():
    """A page's navigation lists its section; a year of more than NAV_SECTION_MAX bulletins is split into months,
    so that no section grows with the archive. Undated bulletins get a section of their own."""
    big = [_dated(f"b{i:03d}", f"2022-{i % 12 + 1:02d}-01") for i in range(indexes.NAV_SECTION_MAX + 6)]
    small = [_dated("s1", "2021-05-02"), _dated("s2", "2021")]
    site = json.loads(indexes.site_file([*big, *small, _dated("u1", "")], []))
    (section,) = [item["公报"] for item in site["nav"] if isinstance(item, dict) and "公报" in item]
    assert section[0] == paths.BULLETINS_INDEX
    years = [next(iter(item)) for item in section[1:]]
    assert years == ["2022年", "2021年", "日期不详"]
    months = section[1]["2022年"]
    assert [next(iter(m)) for m in months] == [f"2022年{m}月" for m in range(12, 0, -1)]
    assert sum(len(next(iter(m.values()))) for m in months) == len(big)
    assert len(section[2]["2021年"]) == 2  # a small year lists its bulletins directly
    en = site["nav_translations"]["en"]
    assert en["2022年"] == "2022" and en["2022年3月"] == "March 2022" and en["公报"] == "Bulletins"
    assert site["nav_translations"]["zh-Hant"]["日期不详"] == "日期不詳"


def test_collection_files_put_together_from_bulletin_parts_equal_the_whole(tmp_path):
    """The collection files are assembled from per-bulletin parts (so a rebuild can reuse them): the result is the
    file serialising all records at once, and it parses back to every record."""
    sources = sorted(sample_sources(), key=lambda s: s.slug)
    per = [render.bulletin_records(s) for s in sources]
    figures = [f for fs, _ in per for f in fs]
    events = sorted((e for _, es in per for e in es), key=data.event_order)
    assert figures and events
    render.write_tree(sources, tmp_path, ROOT / "docs")
    col = paths.COLLECTION
    assert (tmp_path / col["figures.csv"]).read_bytes() == data.to_csv(figures, data.FIGURE_FIELDS)
    assert (tmp_path / col["events.csv"]).read_bytes() == data.to_csv(events, data.EVENT_FIELDS)
    assert (tmp_path / col["figures.json"]).read_bytes() == data.to_json({"figures": figures})
    assert (tmp_path / col["events.json"]).read_bytes() == data.to_json({"events": events})
    assert json.loads((tmp_path / col["figures.json"]).read_text(encoding="utf-8"))["figures"] == figures
    assert data.json_list_file("events", []) == data.to_json({"events": []})


def test_timeline_row_per_fact_across_documents_of_a_bulletin():
    """A page of articles repeating one sentence with different continuations: one timeline row, both links."""
    from build_tools.model import Event

    first = Event("2019-01/2019-07", "今年1月至7月，新引进京津冀项目316个，开工在建达到536个，其中亿元以上项目174个，"
                  "其中最引人注目的是高新科技产业项目。", "p2", "month", "period")
    again = Event("2019-01/2019-07", "今年1月至7月，新引进京津冀项目316个，开工在建达到536个，其中亿元以上项目174个，"
                  "21个特色产业集群不断壮大。", "p5", "month", "period")
    other = Event("2019-01/2019-07", "今年1月至7月，全市乡镇财政收入增长20.6%", "p6", "month", "period")
    src = Source(slug="s", path="s.txt", encoding="utf-8", meta=Metadata(date="2019-09", region="朝阳市"),
                 documents=[Document(id="s-1", title="一", events=[first]),
                            Document(id="s-2", title="二", events=[again, other])])
    assert [[(d.id, i) for d, i in fact] for fact in indexes.bulletin_events(src)] == [
        [("s-1", 0), ("s-2", 0)], [("s-2", 1)]]
    md = indexes.timeline_page([src], "zh")
    rows = [line for line in md.splitlines() if line.startswith("| 2019")]
    assert len(rows) == 2 and "s-1.md#p2" in rows[0] and "s-2.md#p5" in rows[0]


def test_chart_separates_series_by_a_rule():
    ns = "{http://www.w3.org/2000/svg}"
    one = charts.bar_chart("t", "%", [charts.Bar("甲 2019", 1, series="甲"), charts.Bar("甲 2020", 2, series="甲")])
    two = charts.bar_chart("t", "%", [charts.Bar("甲 2019", 1, series="甲"), charts.Bar("乙 2019", 2, series="乙")])
    assert len(list(ET.fromstring(one).iter(f"{ns}line"))) == 1  # the zero line only
    assert len(list(ET.fromstring(two).iter(f"{ns}line"))) == 2


def test_key_figures_take_region_wide_actuals_before_estimates():
    town = _gdp(60, "2024", subject="城关镇")
    estimate = _gdp(1003, "2023", "forecast")
    actual = _gdp(950, "2022")
    chosen = indicators.key_figures([_bulletin("2024-b", "某市", "2024-01", [town, estimate, actual])])
    assert [(p.fig.value, p.status) for p in chosen] == [(950, "actual")]
    only_estimate = indicators.key_figures([_bulletin("2024-c", "某市", "2024-01", [town, estimate])])
    assert [(p.fig.value, p.status) for p in only_estimate] == [(1003, "forecast")]
    md = indexes.home_page([_bulletin("2024-c", "某市", "2024-01", [town, estimate])], "", lang="zh")
    assert "| 地区生产总值（预计） |" in md and "城关镇" not in md


def test_one_fact_stated_by_two_documents_is_a_table_without_a_chart():
    rate = Figure("贫困发生率", 1.7, "%", "s", "p1", kind="share", period="2018-12")
    groups = indicators.charted_groups([_bulletin("2019-a", "朝阳市", "2019-09", [rate], [rate])])
    assert [len(p.all) for _, points in groups for p in points] == [2]
    charts_out: dict[str, str] = {}
    md = indicators.indicators_page(groups, charts_out, "zh")
    assert charts_out == {} and "![" not in md and md.count("| 朝阳市 |") == 1


def test_every_genre_structure_gives_has_a_label():
    from build_tools.render.labels import GENRES_EN, GENRES_ZH
    from build_tools.structure import GENRES

    kinds = ("gazette", "news", "work-report", "plan", "speech", "statistics", "notice", "policy", "report", "other")
    codes = {code for _, code in GENRES} | {structure_genre("", k) for k in kinds} | {structure_genre("", "")}
    assert codes <= set(GENRES_ZH) and codes <= set(GENRES_EN), codes - set(GENRES_ZH)


def structure_genre(title: str, kind: str) -> str:
    from build_tools.structure import _genre

    return _genre(title, kind)

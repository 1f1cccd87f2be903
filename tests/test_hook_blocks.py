"""hooks/blocks.py: pipe tables and attributed paragraphs converted by cmark-gfm read the same as Python-Markdown's,
links resolved as MkDocs resolves them; anything else is left to Python-Markdown."""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path
from types import SimpleNamespace

import lxml.html
import markdown
import pytest

from build_tools.render.markdown import cell, inline, rel, span

ROOT = Path(__file__).resolve().parent.parent


def _hook():
    spec = importlib.util.spec_from_file_location("pd_hook_blocks", ROOT / "hooks" / "blocks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


blocks = _hook()

# Source text a bulletin could hold: Markdown and HTML syntax, entities, pipes, addresses, brackets.
NASTY = [
    "a|b", "<script>alert(1)</script>", "**bold** _it_ `code`", "[x](javascript:alert(1))", "~~struck~~",
    "http://example.com www.example.com", "&amp; &lt; &#126;", "back\\slash\\", "1. not a list", "# not a heading",
    "![img](x.png)", "<!-- comment -->", "{: #id .cls }", "\"quoted\" 'single'", "增长5.8%（同比）", "a  |  | b",
    "-5.8%", "+3", "*", "|", "\\|", "<span>", "&", "<https://example.com>",
]


def _cells(html: str) -> list[list[tuple[str, str, list[str | None], list[str | None]]]]:
    """Each row's cells: tag, text, link targets, languages of spans (what a reader and a screen reader get)."""
    root = lxml.html.fromstring(f"<div>{html}</div>")
    rows = []
    for tr in root.iter("tr"):
        cells = [(c.tag, " ".join(c.text_content().split()), [a.get("href") for a in c.iter("a")],
                  [s.get("lang") for s in c.iter("span")]) for c in tr]
        if any(text or links for _, text, links, _ in cells):
            rows.append(cells)
    return rows


def _python_markdown(text: str) -> str:
    return markdown.markdown(text, extensions=["tables", "attr_list", "admonition", "toc"])


def _table(rows: list[list[str]]) -> str:
    return "\n".join(["| A | B | C |", "|---|---|---|"] + ["| " + " | ".join(r) + " |" for r in rows])


def test_tables_read_the_same_as_python_markdown():
    rows = [[cell(t), span(inline(t), lang="zh-Hans"), f"[{inline(t)}]({rel('bulletins/b/d.md#p3', 'x.md')})"]
            for t in NASTY]
    text = "# Title\n\nIntro.\n\n" + _table(rows) + "\n\nAfter.\n"
    converted, html_tables = blocks.split_blocks(text, "pdblockxn")
    assert len(html_tables) == 1 and "pdblockxn0" in converted and "|" not in converted
    ours, theirs = _cells(html_tables[0]), _cells(_python_markdown(text))
    assert ours == theirs
    assert len(ours) == len(NASTY) + 1
    # no tag of a source reaches the page: only the spans and links the pipeline wrote
    root = lxml.html.fromstring(html_tables[0])
    assert {el.tag for el in root.iter()} == {"table", "thead", "tbody", "tr", "th", "td", "span", "a"}
    assert all(a.get("href") == "bulletins/b/d.md#p3" for a in root.iter("a"))


def test_not_top_level_tables_are_left_alone():
    fenced = "```\n| A | B |\n|---|---|\n| 1 | 2 |\n```\n"
    indented = "- item\n\n    | A | B |\n    |---|---|\n    | 1 | 2 |\n"
    glued = "A paragraph\n| A | B |\n|---|---|\n| 1 | 2 |\n"
    no_delimiter = "| A | B |\n| 1 | 2 |\n"
    for text in (fenced, indented, glued, no_delimiter):
        assert blocks.split_blocks(text, "p") == (text, []), text
    two = "| A |\n|---|\n| 1 |\n\ntext\n\n| B |\n|:--:|\n| 2 |\n"
    converted, found = blocks.split_blocks(two, "p")
    assert converted.split("\n")[:3] == ["p0", "", "text"] and len(found) == 2
    assert "<td>1</td>" in found[0] and ">2</td>" in found[1]


class _Files:
    def __init__(self, known: dict[str, str]):
        self.known = known

    def get_file_from_path(self, path: str):
        url = self.known.get(path)
        if url is None:
            return None
        return SimpleNamespace(url_relative_to=lambda other, url=url: f"../{url}")


def test_links_resolved_like_mkdocs(caplog: pytest.LogCaptureFixture):
    files = _Files({"bulletins/b/doc.md": "doc/", "data/b/x.csv": "../../data/b/x.csv"})
    page = SimpleNamespace(src_uri="bulletins/b/index.md")
    assert blocks.resolve("doc.md#p5", page, files) == "../doc/#p5"
    assert blocks.resolve("../../data/b/x.csv", page, files) == "../../../data/b/x.csv"
    for url in ("https://example.com/a.md", "#p3", "/abs.md", "mailto:x@example.com"):
        assert blocks.resolve(url, page, files) == url
    with caplog.at_level(logging.WARNING):
        assert blocks.resolve("missing.md", page, files) == "missing.md"
    assert "missing.md" in caplog.text and "bulletins/b/index.md" in caplog.text


def test_hook_round_trip_through_python_markdown():
    """The page as MkDocs would run it: placeholder out, Python-Markdown, table back in with links resolved."""
    page = SimpleNamespace(file=SimpleNamespace(src_uri="bulletins/b/doc.md"))
    files = _Files({"bulletins/b/doc.md": "doc/"})
    text = "## Key figures {: #figures }\n\n" + _table([["GDP", "+5%", "[¶ p5](doc.md#p5)"]]) + "\n\nEnd.\n"
    md = blocks.on_page_markdown(text, page, None, files)
    assert "|" not in md
    html = blocks.on_page_content(_python_markdown(md), page, None, files)
    assert '<h2 id="figures">Key figures</h2>' in html and "<p>End.</p>" in html
    assert '<td><a href="../doc/#p5">¶ p5</a></td>' in html and "pdblock" not in html
    # a page without tables, and page text posing as a placeholder, pass through untouched
    assert blocks.on_page_markdown("No table.\n", page, None, files) == "No table.\n"


def _normalized(html: str) -> list[tuple[str, dict[str, str], str, list[str | None]]]:
    """Each paragraph: tag, attributes, text, link targets."""
    root = lxml.html.fromstring(f"<div>{html}</div>")
    return [(p.tag, dict(p.attrib), " ".join(p.text_content().split()), [a.get("href") for a in p.iter("a")])
            for p in root]


ATTRIBUTES = ['{: #p5 .pd-original lang="zh-Hans" data-search-exclude }', "{: .pd-brief }", "{: #p12 }",
              '{: .pd-original .pd-original-heading lang="zh-Hant" data-search-exclude }', "{: #p3 .pd-note }"]


def test_paragraphs_read_the_same_as_python_markdown():
    texts = [inline(f"文{t}") for t in NASTY] + [inline(t) for t in NASTY if inline(t)] + [
        "增长5.8%，<abbr title=\"gross domestic product\">地区生产总值</abbr>达到1\\.2万亿元",
        f"See [the text]({rel('bulletins/b/d.md#p3', 'x.md')}) and {span(inline('中文'), lang='zh-Hans')}."]
    for number, text in enumerate(texts):
        attrs = ATTRIBUTES[number % len(ATTRIBUTES)]
        page = f"# T\n\nIntro\n\n{text}\n{attrs}\n\nAfter.\n"
        converted, html_blocks = blocks.split_blocks(page, "pdblockxn")
        if not html_blocks:  # text that could start a block in Markdown is left to Python-Markdown
            assert converted == page and not blocks._TEXT_START_RE.match(text), text
            continue
        assert converted == "# T\n\nIntro\n\npdblockxn0\n\nAfter.\n", text
        theirs = _python_markdown(f"{text}\n{attrs}\n")
        assert _normalized(html_blocks[0]) == _normalized(theirs), text
        assert html_blocks[0].split(">", 1)[0] == theirs.split(">", 1)[0], text  # attributes written alike
    assert sum(1 for t in texts if blocks._TEXT_START_RE.match(t)) >= len(NASTY) + 2


def test_other_paragraphs_are_left_alone():
    for page in ("text\n{: #p1 title=\"x\" }\n",  # an attribute attr_list would treat otherwise
                 "## Heading\n{: #p1 }\n",  # a heading: the table of contents needs it
                 "- item\n{: #p1 }\n", "line one\nline two\n{: #p1 }\n", "text\n{: #p1 #p2 }\n",
                 "text\n{: #p1 }\nmore text\n", "> quote\n{: #p1 }\n", "    code\n{: #p1 }\n"):
        assert blocks.split_blocks(page, "p") == (page, []), page


def _rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1]) * 4096 / 1e6


def test_conversions_free_their_memory():
    """cmarkgfm's own wrapper leaks the parsed document and the HTML (~0.4 MB for this table, each time); the
    hook's conversion frees both and gives the same HTML."""
    import cmarkgfm
    from cmarkgfm.cmark import Options

    table = _table([[cell(t), span(inline(t), lang="zh-Hans"), "[¶ p3](d.md#p3)"] for t in NASTY * 8]) + "\n"
    assert blocks.to_html(table, ("table",)) == cmarkgfm.markdown_to_html_with_extensions(
        table, options=Options.CMARK_OPT_UNSAFE, extensions=["table"])
    blocks.to_html(table, ("table",))
    before = _rss_mb()
    for _ in range(1500):
        blocks.to_html(table, ("table",))
    assert _rss_mb() - before < 20

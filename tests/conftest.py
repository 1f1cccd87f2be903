"""Shared fixtures. ``built_site`` builds the whole site from seeds/ ONCE per test session (about 5 s).

    def test_something(built_site, built_docs):
        html = (built_site / "index.html").read_text()     # site/ as `make site` makes it
        md = (built_docs / "timeline.md").read_text()       # the generated Markdown tree (build/docs/)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# mkdocs build with docs_dir and site_dir pointed elsewhere; the same config file as `make site`.
MKDOCS_SCRIPT = """
import sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
build(load_config(sys.argv[1], docs_dir=sys.argv[2], site_dir=sys.argv[3], strict=True))
"""


def run_mkdocs(docs: Path, site: Path) -> None:
    """Render a generated docs tree with the project's mkdocs.yml (strict). Fails the test on any error."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    proc = subprocess.run([sys.executable, "-c", MKDOCS_SCRIPT, str(ROOT / "mkdocs.yml"), str(docs), str(site)],
                          cwd=ROOT, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        pytest.fail(f"mkdocs build failed:\n{proc.stderr[-4000:]}")


def build_docs(out: Path, seeds: Path = ROOT / "seeds", jobs: int = 0) -> subprocess.CompletedProcess:
    """`python -m build_tools build` into ``out`` (the CLI exactly as `make build` runs it)."""
    return subprocess.run([sys.executable, "-m", "build_tools", "build", "--seeds", str(seeds), "--out", str(out),
                           "--jobs", str(jobs)], cwd=ROOT, capture_output=True, text=True)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built from seeds/: returns the site folder; the docs tree is its sibling ``docs`` (built_docs)."""
    root = tmp_path_factory.mktemp("built")
    proc = build_docs(root / "docs")
    if proc.returncode != 0:
        pytest.fail(f"python -m build_tools build failed:\n{proc.stderr[-4000:]}")
    run_mkdocs(root / "docs", root / "site")
    return root / "site"


@pytest.fixture(scope="session")
def built_docs(built_site: Path) -> Path:
    """The generated Markdown/data tree the site was built from."""
    return built_site.parent / "docs"


# ---- Small hand-made bulletins (real sentences from the seeds, plus hostile text) for render and site tests ----

HOSTILE = [
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "{{ config }}",
    "{% include 'base.html' %}",
    "| a | b |",
    "# 不是标题",
    "* 不是列表",
    "_x_ 与 __y__",
    "<!-- 注释 -->",
    "1. 不是编号",
    "> 不是引用",
    "&amp; &lt;b&gt;",
    "~~删除线~~",
    "`代码`",
    "![图](http://example.com/x.png)",
    "<http://example.com>",
    "\\*反斜杠\\*",
    "{: #evil .x }",
    "!!! note",
]


def sample_sources() -> list:
    """Three bulletins: Chaoyang 2019 and Liaoyang 2021 (real sentences, hand-checked figures/events), and one
    whose every text field is hostile Markdown/HTML/template syntax."""
    from build_tools.model import CleaningAction, Document, Event, Figure, Metadata, Paragraph, Source

    chaoyang = Source(
        slug="2019-chaoyang-feature", path="seeds/2019-chaoyang-feature.txt", encoding="utf-8",
        meta=Metadata(date="2019-08", region="朝阳市", kind="news", source="新闻专稿（测试）",
                      title="振兴路上新朝阳", source_url="https://example.gov.cn/a?id=1"),
        documents=[Document(
            id="2019-chaoyang-feature", title="推进全面振兴全方位振兴 振兴路上新朝阳", date="2019-08",
            paragraphs=[
                Paragraph("p1", "实施开放合作 助力经济腾飞", heading=1, role="heading"),
                Paragraph("p2", "2019年上半年，朝阳地区生产总值同比增长7%，增速位列全省第5；一般公共预算收入同比增长9.1%，"
                          "增幅全省第一。"),
                Paragraph("p3", "（一）落实扶贫机制。", heading=2, run_in=True, role="heading"),
                Paragraph("p4", "经过近两年的努力，全市累计实现4个贫困县摘帽、565个贫困村销号、15.2万人脱贫，"
                          "贫困发生率由2015年底的6.9%下降到1.7%。"),
            ],
            summary=["2019年上半年，朝阳地区生产总值同比增长7%，增速位列全省第5。"],
            figures=[
                Figure("地区生产总值", 7, "%", "2019年上半年，朝阳地区生产总值同比增长7%", "p2", kind="growth",
                       comparison="同比", period="2019-01/2019-06", rank="全省第5", text="同比增长7%"),
                Figure("一般公共预算收入", 9.1, "%", "一般公共预算收入同比增长9.1%", "p2", kind="growth",
                       comparison="同比", period="2019-01/2019-06", rank="全省第一", text="同比增长9.1%"),
                Figure("脱贫人口", 15.2, "万人", "15.2万人脱贫", "p4", kind="count", normalized=152000,
                       base_unit="person", text="15.2万人"),
            ],
            events=[Event("2019-01/2019-06", "朝阳地区生产总值同比增长7%", "p2", precision="interval",
                          sort_key="2019-01")],
        )],
        report=[CleaningAction("furniture.page_number", "removed", (12, 12), "- 2 -", "页码")],
    )
    liaoyang = Source(
        slug="2021-liaoyang-page", path="seeds/2021-liaoyang-page.txt", encoding="gb18030",
        meta=Metadata(date="2021-06", region="辽阳市", kind="gazette", source="报纸专版（测试）"),
        documents=[Document(
            id="2021-liaoyang-page", title="辽阳：项目为王", date="2021-06",
            paragraphs=[
                Paragraph("p1", "2021年一季度，辽阳市地区生产总值同比增长12.3%。"),
                Paragraph("p2", "5月30日，中国石油辽阳石化分公司年产30万吨高性能聚丙烯项目顺利实现中期交工。"),
                Paragraph("p3", "力争到2023年，全市化工精细化率、新材料占比、高技术制造业占比、战略性新兴产业产值占比均提高4%。"),
                Paragraph("p4", "辽阳市人民政府", role="signature"),
            ],
            figures=[
                Figure("地区生产总值", 12.3, "%", "2021年一季度，辽阳市地区生产总值同比增长12.3%。", "p1",
                       kind="growth", comparison="同比", period="2021-01/2021-03", text="同比增长12.3%"),
                Figure("地区生产总值", -2.5, "%", "（测试：负增长）", "p1", kind="growth", comparison="同比",
                       period="2020", text="下降2.5%"),
                Figure("化工精细化率", 4, "%", "均提高4%", "p3", kind="growth", is_target=True, period="2023",
                       qualifier="", text="提高4%"),
            ],
            events=[
                Event("2021-05-30", "中国石油辽阳石化分公司年产30万吨高性能聚丙烯项目顺利实现中期交工", "p2",
                      sort_key="2021-05-30"),
                Event("2023", "全市化工精细化率等均提高4%", "p3", precision="year", kind="target", sort_key="2023"),
            ],
        )],
    )
    paragraphs = [Paragraph(f"p{i + 1}", text) for i, text in enumerate(HOSTILE)]
    paragraphs.insert(0, Paragraph("p0", "<b>一、</b>{#x} 标题", heading=1, role="heading"))
    paragraphs.append(Paragraph("p90", "<i>（一）</i>连排标题。", heading=2, run_in=True, role="heading"))
    paragraphs.append(Paragraph("p91", "正文 *紧接* 连排标题。"))
    hostile = Source(
        slug="2020-hostile", path="/abs/path/2020-hostile.txt", encoding="utf-8",
        meta=Metadata(date="2020-01-02", region="<b>某市</b>", kind="notice", source="{{ source }} <!-- x -->",
                      title="</title><script>alert('b')</script>", source_url="javascript:alert(1)",
                      notes="[链接](javascript:alert(1))"),
        documents=[Document(
            id="hostile-doc", title="</title><script>alert('t')</script> {{ config.site_name }} | x",
            date="2020-01-02", issuer="<img src=x onerror=alert(1)>", paragraphs=paragraphs,
            summary=["<img src=x onerror=alert(1)>", "{% raw %}"],
            figures=[Figure("<b>GDP</b>|", 3.5, "亿元<i>", "s", "p1", comparison="[同比](javascript:x)",
                            qualifier="约"),
                     Figure("=1+1", 1, "", "=HYPERLINK(\"http://x\")", "p2")],
            events=[Event("2020-01", "<script>e</script> `x` | y", "p2", sort_key="2020-01")],
        )],
        report=[CleaningAction("furniture.<x>", "removed", (3, 4), "| 页眉 | <hr> {{x}}", "*why*")],
        warnings=["<script>warning</script>"],
    )
    return [chaoyang, liaoyang, hostile]


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built from ``sample_sources()`` (render + mkdocs, about 3 s); its docs tree is ``../docs``."""
    from build_tools import render
    from build_tools.build import DOCS_SRC

    root = tmp_path_factory.mktemp("sample")
    (root / "docs").mkdir()
    render.write_tree(sample_sources(), root / "docs", DOCS_SRC)
    run_mkdocs(root / "docs", root / "site")
    return root / "site"

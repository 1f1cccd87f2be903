"""The same document given as clean text, PDF, DOCX and a government web page yields the same document: the same
title, paragraphs (role, heading level, text, table cells), figures (metric, value, unit, period, status) and
summary.

The reference is tests/fixtures/formats/qingxi-communique.txt, the Qingxi statistical communiqué of
tests/fixtures/realstyle/ with its wraps, page furniture and flattened table repaired by hand; the other formats
are made from it the way publishers make them (tests/formats_docs.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools import pipeline
from tests.formats_docs import make_docx, make_html, make_pdf

FORMATS = Path(__file__).parent / "fixtures" / "formats"
REFERENCE = FORMATS / "qingxi-communique.txt"
META = FORMATS / "qingxi-communique.yml"
TITLE = "清溪县2022年国民经济和社会发展统计公报"


def model(path: Path) -> tuple[list[str], list[tuple], list[tuple]]:
    source = pipeline.process(path, META)
    titles = [d.title for d in source.documents]
    paragraphs = [(p.role, p.heading, p.text, p.cells) for d in source.documents for p in d.paragraphs]
    figures = [(f.metric, f.value, f.unit, f.period, f.status) for d in source.documents for f in d.figures]
    summaries = [tuple(d.summary) for d in source.documents]
    return titles, paragraphs, figures + summaries


@pytest.fixture(scope="module")
def reference() -> tuple[list[str], list[tuple], list[tuple]]:
    return model(REFERENCE)


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("same")
    text = REFERENCE.read_text(encoding="utf-8")
    return {
        "pdf": make_pdf(text, folder / "communique.pdf", TITLE),
        "pdf-a5": make_pdf(text, folder / "communique-a5.pdf", TITLE, page="A5"),
        "docx": make_docx(text, folder / "communique.docx", TITLE),
        "html": make_html(text, folder / "communique.html", title=TITLE, date="2023-03-20", source="清溪县统计局",
                          url="http://www.qingxi.gov.cn/tjxx/202303/t20230320_1.html"),
    }


def test_reference_is_what_a_reader_sees(reference: tuple[list[str], list[tuple], list[tuple]]) -> None:
    """Checked by hand against the text: one document, 5 section headings, the table with its 7 rows."""
    titles, paragraphs, figures = reference
    assert titles == [TITLE]
    assert [p[2] for p in paragraphs if p[1] == 1] == ["一、综合", "二、农业", "三、工业和建筑业", "四、固定资产投资",
                                                       "五、人民生活和社会保障"]
    table = next(p for p in paragraphs if p[3])
    assert table[3][0] == ["指标", "绝对数", "比上年增长（%）"] and len(table[3]) == 7
    assert ("地区生产总值", 286.4, "亿元") in [(f[0].replace("[1]", ""), f[1], f[2]) for f in figures]


@pytest.mark.parametrize("form", ["pdf", "pdf-a5", "docx", "html"])
def test_same_document_in_every_format(form: str, published: dict[str, Path],
                                       reference: tuple[list[str], list[tuple], list[tuple]]) -> None:
    titles, paragraphs, figures = model(published[form])
    assert titles == reference[0]
    assert paragraphs == reference[1]
    assert figures == reference[2]

"""Stage 1 (ingest) by format: PDF, DOCX, web pages and Markdown exports, as publishers put them out.

The PDF and DOCX files are generated here from tests/fixtures/formats/qingxi-communique.txt (tests/formats_docs.py:
indented paragraphs with hard wraps, a running header, page numbers, a ruled table, heading styles); the web pages
are committed fixtures written in the style of a county government CMS (GB2312, navigation, breadcrumb,
publication-information table, share and print widgets, footer) and of a news portal (ads, stock quotes, a
caption, related links), plus the portal article exported as Markdown with front matter. Each expected text
(*.expected.txt) was written by hand from the article as a reader sees it in the browser.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from build_tools import ingest, pipeline
from build_tools.errors import InputError
from tests.formats_docs import make_docx, make_pdf

FORMATS = Path(__file__).parent / "fixtures" / "formats"
REFERENCE = FORMATS / "qingxi-communique.txt"
TITLE = "清溪县2022年国民经济和社会发展统计公报"


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def squeeze(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("formats")
    text = REFERENCE.read_text(encoding="utf-8")
    return {
        "pdf": make_pdf(text, folder / "a4.pdf", TITLE, title=TITLE, author="清溪县统计局"),
        "pdf-a5": make_pdf(text, folder / "a5.pdf", TITLE, page="A5"),
        "docx": make_docx(text, folder / "a.docx", TITLE, title=TITLE, author="清溪县统计局"),
    }


# ---------------------------------------------------------------- PDF


@pytest.mark.parametrize("key", ["pdf", "pdf-a5"])
def test_pdf_gives_the_paragraphs_of_the_clean_text(made: dict[str, Path], key: str) -> None:
    """Hard wraps joined (also inside numbers: 4.|6%), paragraphs split at first-line indents, a paragraph that
    runs over a page break joined (A5: five pages), the ruled table as tab-separated rows with wrapped cells
    whole, the title wrapped in large type one line."""
    decoded = ingest.read_source(made[key])
    assert decoded.format == "pdf"
    got, want = paragraphs(decoded.text), paragraphs(REFERENCE.read_text(encoding="utf-8"))
    assert [squeeze(p) for p in got] == [squeeze(p) for p in want]
    assert "地区生产总值（亿元）\t286.4\t4.6" in decoded.text
    assert "社会消费品零售总额（亿元）\t96.3\t1.2" in decoded.text  # the A5 cell wraps: 社会消费品零售总|额（亿元）


@pytest.mark.parametrize(("layout", "options"), [
    ("block paragraphs, no indent", {"indent": False, "spacing": 4}),
    ("wide leading (2.8 lines)", {"leading": 12, "spacing": 0}),
    ("wide leading, no indent", {"indent": False, "leading": 11, "spacing": 6}),
    ("tight leading, no indent", {"indent": False, "leading": 6, "spacing": 3}),
])
def test_pdf_paragraphs_in_other_layouts(tmp_path: Path, layout: str, options: dict) -> None:
    """Paragraphs are told apart by indent or by a gap wider than the document's own line spacing."""
    path = make_pdf(REFERENCE.read_text(encoding="utf-8"), tmp_path / "layout.pdf", TITLE, **options)
    got = paragraphs(ingest.read_source(path).text)
    assert [squeeze(p) for p in got] == [squeeze(p) for p in paragraphs(REFERENCE.read_text(encoding="utf-8"))]


def test_pdf_page_furniture_is_dropped_and_recorded(made: dict[str, Path]) -> None:
    decoded = ingest.read_source(made["pdf-a5"])
    numbers = [a for a in decoded.dropped if a.rule == "ingest.pdf.page_number"]
    headers = [a for a in decoded.dropped if a.rule == "ingest.pdf.running_header"]
    assert [a.text for a in numbers] == [f"— {n} —" for n in range(1, 6)]
    assert len(headers) == 4 and {a.text for a in headers} == {TITLE}  # pages 2-5
    assert decoded.text.count(TITLE) == 1  # the title on page 1 stays
    assert "— 2 —" not in decoded.text


WORK_REPORT = Path(__file__).parent / "fixtures" / "genres" / "2024-shiliang-county-work-report.txt"


def raw_pdf_lines(path: Path) -> list[str]:
    """The PDF's lines as PDFium reads them, before any repair (to check what the test PDF really shows)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(path)
    try:
        lines = []
        for index in range(len(document)):
            textpage = document[index].get_textpage()
            lines += textpage.get_text_range(0, textpage.count_chars()).splitlines()
        return [line.strip() for line in lines]
    finally:
        document.close()


@pytest.fixture(scope="module")
def work_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A two-page county work report (A4) laid out without kinsoku rules: 。 and ， wrapped to a line start, a
    number wrapped inside (7|.3%); page 2 has a running header (and in one copy a footer) printed on it alone."""
    folder, text = tmp_path_factory.mktemp("report"), WORK_REPORT.read_text(encoding="utf-8")
    return {"plain": make_pdf(text, folder / "plain.pdf"),
            "heading-on-top": make_pdf(text, folder / "heading.pdf", leading=6.5),
            "header": make_pdf(text, folder / "header.pdf", "石梁县人民政府公报"),
            "footer": make_pdf(text, folder / "footer.pdf", "石梁县人民政府公报", running_footer="石梁县人民政府办公室印发")}


def test_pdf_closing_punctuation_at_a_line_start_continues_the_line(work_report: dict[str, Path]) -> None:
    """A line that starts with 。 or ， is the end of the line above, never a paragraph of its own (the full stop
    used to become a paragraph '。' that the cleaner then dropped as decoration: data loss)."""
    lines = raw_pdf_lines(work_report["header"])
    assert "。" in lines  # the PDF really has the full stop alone on a line
    assert any(line.startswith("，增长15.3%") for line in lines) and any(line.startswith(".3%") for line in lines)
    text = ingest.read_source(work_report["header"]).text
    got = paragraphs(text)
    # written by hand from the report: the paragraph of the 2023 review ends with the full stop
    review = next(p for p in got if p.startswith("过去的一年"))
    assert review.endswith("地区生产总值增速低于年初确定的6.5%的预期目标。")
    assert "分别增长5.1%和7.3%。受主导产品价格下行影响" in review  # the number wrapped as 7|.3% is whole
    assert "石梁经济开发区完成工业产值186亿元，增长15.3%。" in text
    assert not [p for p in got if len(p) <= 2]
    assert [squeeze(p) for p in got] == report_paragraphs()


def report_paragraphs() -> list[str]:
    """The work report's paragraphs as its PDF shows them: each line of the text (the title block's three centred
    lines, 各位代表： and the paragraphs) is one paragraph, however the PDF wraps it."""
    lines = [squeeze(line) for line in WORK_REPORT.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert lines[:4] == ["政府工作报告", "——2024年1月9日在石梁县第十八届人民代表大会第四次会议上", "石梁县人民政府县长周明远",
                         "各位代表："]
    return lines


def test_pdf_running_header_printed_once_is_dropped_by_its_place(work_report: dict[str, Path]) -> None:
    """Page 2 alone has the running header (9 pt, above a wide gap), so it does not repeat: it is dropped for its
    place and type and recorded; the same goes for a footer under the page number of page 2."""
    for key, furniture in (("header", ["石梁县人民政府公报"]),
                           ("footer", ["石梁县人民政府公报", "石梁县人民政府办公室印发"])):
        decoded = ingest.read_source(work_report[key])
        assert [a.text for a in decoded.dropped if a.rule == "ingest.pdf.running_header"] == furniture
        assert all(line not in decoded.text for line in furniture)
        assert [squeeze(p) for p in paragraphs(decoded.text)] == report_paragraphs()


@pytest.mark.parametrize(("key", "first_line"), [
    ("plain", "新增就业4000人以上，城镇调查失业率控制在5.5%以内；单位地区生产总值能耗下降"),  # continues page 1
    ("heading-on-top", "三、2024年重点工作"),  # larger type, a gap below it
])
def test_pdf_first_line_of_a_page_is_kept(work_report: dict[str, Path], key: str, first_line: str) -> None:
    """Without a running header, what starts page 2 is text: a paragraph continuing from page 1 or a heading."""
    lines = raw_pdf_lines(work_report[key])
    assert lines[lines.index("— 1 —") + 1] == first_line
    decoded = ingest.read_source(work_report[key])
    assert [a.rule for a in decoded.dropped] == ["ingest.pdf.page_number"] * 2
    assert [squeeze(p) for p in paragraphs(decoded.text)] == report_paragraphs()


@pytest.mark.parametrize("path", sorted(WORK_REPORT.parent.glob("*.txt")), ids=lambda p: p.stem)
def test_pdf_of_each_genre_gives_its_lines(tmp_path: Path, path: Path) -> None:
    """Each genre fixture (notice under joint issuers, plan, speech, communiqué, bulletin, news page, work report)
    printed as a PDF with a running header on page 2+ reads back as its own lines, one paragraph each: title
    blocks broken by hand stay broken, a numbered heading after a full line (...不低于80%。| 四、...) starts anew."""
    text = path.read_text(encoding="utf-8")
    decoded = ingest.read_source(make_pdf(text, tmp_path / "genre.pdf", "栖川市人民政府公报"))
    assert [squeeze(p) for p in paragraphs(decoded.text)] == [squeeze(line) for line in text.splitlines() if line.strip()]


def test_pdf_metadata(made: dict[str, Path]) -> None:
    decoded = ingest.read_source(made["pdf"])
    assert decoded.metadata["title"] == TITLE
    assert decoded.metadata["author"] == "清溪县统计局"


def test_scanned_pdf_without_text_layer_is_a_clear_error(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 170, 250, style="F")  # a page with a picture and no text, as a scanner makes it
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(InputError) as info:
        ingest.read_source(path)
    assert "no text layer" in info.value.problem.message
    assert "OCR" in info.value.problem.fix
    assert info.value.problem.file == str(path)


def test_encrypted_pdf_is_a_clear_error(tmp_path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import EncryptionMethod

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica")
    pdf.cell(0, 10, "text")
    pdf.set_encryption(owner_password="owner", user_password="secret", encryption_method=EncryptionMethod.RC4)
    path = tmp_path / "locked.pdf"
    pdf.output(str(path))
    with pytest.raises(InputError) as info:
        ingest.read_source(path)
    assert "encrypted" in info.value.problem.message
    assert "unprotected" in info.value.problem.fix


def test_truncated_pdf_is_a_clear_error(made: dict[str, Path], tmp_path: Path) -> None:
    path = tmp_path / "cut.pdf"
    path.write_bytes(made["pdf"].read_bytes()[:3000])  # a download that stopped
    with pytest.raises(InputError) as info:
        ingest.read_source(path)
    assert "damaged or incomplete" in info.value.problem.message
    assert "download the file again" in info.value.problem.fix


def test_a_pdf_named_txt_is_read_as_a_pdf(made: dict[str, Path], tmp_path: Path) -> None:
    path = tmp_path / "communique.txt"
    path.write_bytes(made["pdf"].read_bytes())
    assert ingest.read_source(path).format == "pdf"


def test_a_txt_named_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "communique.pdf"
    path.write_text(REFERENCE.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(InputError, match="named .pdf"):
        ingest.read_source(path)


# ---------------------------------------------------------------- DOCX


def test_docx_gives_the_paragraphs_of_the_clean_text(made: dict[str, Path]) -> None:
    decoded = ingest.read_source(made["docx"])
    assert decoded.format == "docx"
    assert paragraphs(decoded.text) == paragraphs(REFERENCE.read_text(encoding="utf-8"))
    rules = {(a.rule, a.text) for a in decoded.dropped}
    assert ("ingest.docx.header", TITLE) in rules
    assert ("ingest.docx.footer", "— 1 —") in rules
    assert decoded.metadata["title"] == TITLE


def test_docx_list_numbering_is_written_as_shown(tmp_path: Path) -> None:
    """Word draws the numbers of a numbered list; they are part of the text a reader sees (1. 2. 3.)."""
    import docx

    document = docx.Document()
    document.add_paragraph("各有关单位：")
    for item in ("加强组织领导。", "落实资金保障。", "强化督促检查。"):
        document.add_paragraph(item, style="List Number")
    document.add_paragraph("特此通知。")
    path = tmp_path / "list.docx"
    document.save(str(path))
    assert paragraphs(ingest.read_source(path).text) == [
        "各有关单位：", "1.加强组织领导。", "2.落实资金保障。", "3.强化督促检查。", "特此通知。"]


def test_docx_chinese_numbering_formats() -> None:
    from build_tools.ingest.docx import _format_number

    assert [_format_number(n, "chineseCounting") for n in (1, 10, 12, 20, 25)] == ["一", "十", "十二", "二十", "二十五"]
    assert _format_number(3, "decimalEnclosedCircleChinese") == "③"
    assert _format_number(4, "lowerRoman") == "iv"


def test_docx_that_is_not_a_zip_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notice.docx"
    path.write_bytes("关于做好春耕生产工作的通知".encode("gb18030"))
    with pytest.raises(InputError) as info:
        ingest.read_source(path)
    assert "named .docx" in info.value.problem.message


def test_docx_zip_bomb_is_refused_before_decompressing(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * 20_000_000)  # 20 MB of zeros: about 20 KB compressed
    path = tmp_path / "bomb.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(InputError) as info:
        ingest.read_source(path)
    assert "expands" in info.value.problem.message
    assert "word/document.xml" in info.value.problem.message


def test_damaged_docx_is_a_clear_error(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document>")  # no [Content_Types].xml, broken XML
    path = tmp_path / "broken.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(InputError, match="DOCX file is damaged"):
        ingest.read_source(path)


# ---------------------------------------------------------------- web pages


@pytest.mark.parametrize(("page", "expected"), [
    ("gov-cms-notice.html", "gov-cms-notice.expected.txt"),
    ("portal-news.html", "portal-news.expected.txt"),
    ("portal-news.md", "portal-news.expected.txt"),
])
def test_web_page_main_content(page: str, expected: str) -> None:
    decoded = ingest.read_source(FORMATS / page)
    assert paragraphs(decoded.text) == paragraphs((FORMATS / expected).read_text(encoding="utf-8"))
    for junk in ("<", ">", "</p>", "title:", "headimg", "分享", "打印", "ICP", "上一篇", "炒股", "230.15",
                 "责任编辑", "首页", "浏览次数", "%3C"):
        assert junk not in decoded.text, junk


def test_government_cms_page_metadata_and_removals() -> None:
    decoded = ingest.read_source(FORMATS / "gov-cms-notice.html")
    assert decoded.encoding == "gb18030"  # declared gb2312
    assert decoded.metadata == {
        "title": "白沙县人民政府办公室关于印发白沙县2024年城乡居民医疗保障工作方案的通知",  # ArticleTitle
        "date": "2024-02-26",  # PubDate
        "issuer": "白沙县人民政府办公室",  # ContentSource
        "source": "白沙县人民政府",  # SiteName
        "doc_number": "白府办〔2024〕9号",  # 发文字号 of the publication-information table
        "signed": "2024-02-23",  # 成文日期
    }
    rules = {a.rule for a in decoded.dropped}
    assert {"ingest.html.navigation", "ingest.html.page_info", "ingest.html.share", "ingest.html.tools",
            "ingest.html.related", "ingest.html.footer"} <= rules
    assert any("您现在的位置" in a.text for a in decoded.dropped)
    assert "项目\t金额（万元）\t资金来源" in decoded.text  # the table


def test_news_portal_removals_are_recorded() -> None:
    decoded = ingest.read_source(FORMATS / "portal-news.html")
    by_rule = {a.rule: a.text for a in decoded.dropped}
    assert by_rule["ingest.html.ad"].startswith("开户即送888元礼包") or "炒股" in by_rule["ingest.html.ad"]
    assert by_rule["ingest.html.stock_quote"] == "(230.15, -1.25, -0.54%)"
    assert by_rule["ingest.html.editor"] == "责任编辑：王小明 SF011"
    assert "龙头企业比亚迪在南岭的生产基地" in decoded.text  # the company name linked to its quote stays
    assert "图为南岭市高新区一家新能源汽车企业的生产线。（资料图）" in paragraphs(decoded.text)  # caption kept
    assert decoded.metadata["source_url"] == "https://finance.sina.com.cn/jjxw/2024-04-21/doc-inaabcde1234567.shtml"
    assert decoded.metadata["title"] == "南岭市一季度地区生产总值增长6.1%"


def test_markdown_export_front_matter_is_metadata_not_text() -> None:
    decoded = ingest.read_source(FORMATS / "portal-news.md")
    assert decoded.format == "markdown"
    assert decoded.metadata["title"] == "南岭市一季度地区生产总值增长6.1%"  # '_新浪财经_新浪网' removed
    assert decoded.metadata["date"] == "2024-04-21"
    assert decoded.metadata["source"] == "新浪财经"
    assert decoded.dropped[0].rule == "ingest.markdown.front_matter"


def test_html_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes((FORMATS / "portal-news.html").read_bytes())
    decoded = ingest.read_source(path)
    assert decoded.format == "html" and "<p>" not in decoded.text


def test_plain_text_with_markup_characters_stays_text() -> None:
    """A text that mentions <script> or starts a line with # is not a web page."""
    decoded = ingest.read_source(Path(__file__).parent / "fixtures" / "bad" / "markup.txt")
    assert decoded.format == "text" and "<script>alert(1)</script>" in decoded.text


def test_page_without_article_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "list.html"
    path.write_text("<!DOCTYPE html><html><head><title>通知公告</title></head><body><ul class='nav'><li>"
                    "<a href='/'>首页</a></li></ul><div id='list'></div><script>load()</script></body></html>",
                    encoding="utf-8")
    with pytest.raises(InputError) as info:
        ingest.read_source(path)
    assert "no article" in info.value.problem.message
    assert "save the bulletin's own page" in info.value.problem.fix or "go to the bulletin" in info.value.problem.fix


def test_page_in_another_language_is_a_clear_error(tmp_path: Path) -> None:
    body = "".join(f"<p>The county government published its annual statistics bulletin, paragraph {i}, with "
                   "figures on output, prices, farming, industry and incomes for the year.</p>" for i in range(12))
    path = tmp_path / "english.html"
    path.write_text(f"<!DOCTYPE html><html><head><title>Bulletin</title></head><body><div id='content'>{body}"
                    "</div></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="not in Chinese"):
        ingest.read_source(path)


# ---------------------------------------------------------------- the pipeline records what formats dropped


def test_cleaning_report_starts_with_what_the_reader_dropped() -> None:
    source = pipeline.process(FORMATS / "gov-cms-notice.html", FORMATS / "qingxi-communique.yml", with_extract=False)
    rules = [a.rule for a in source.report]
    assert rules[0].startswith("ingest.html.")
    assert "ingest.html.navigation" in rules
    table = next(p for d in source.documents for p in d.paragraphs if p.cells)
    assert table.cells[1] == ["居民医保财政补助", "12860", "中央、省、县财政"]


def test_news_headline_with_a_number_is_the_title_not_part_of_the_first_paragraph() -> None:
    """The issue's case: a portal headline (…增长6.1%) must not be joined to the article's first sentence."""
    source = pipeline.process(FORMATS / "portal-news.html", FORMATS / "qingxi-communique.yml", with_extract=False)
    doc = source.documents[0]
    assert doc.title == "南岭市一季度地区生产总值增长6.1%"
    assert doc.paragraphs[0].text.startswith("新浪财经讯")


# ---------------------------------------------------------------- the original offered for download


def test_original_pdf_is_offered_for_download_and_a_web_page_is_not(made: dict[str, Path], tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from build_tools.render import MemoryTree, write_source

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    pdf = seeds / "2023-qingxi-statistics.pdf"
    pdf.write_bytes(made["pdf"].read_bytes())
    html = seeds / "2024-baisha-notice.html"
    html.write_bytes((FORMATS / "gov-cms-notice.html").read_bytes())
    tree = MemoryTree()
    write_source(pipeline.process(pdf, FORMATS / "qingxi-communique.yml", with_extract=False), tree)
    assert tree.files["data/2023-qingxi-statistics/original.pdf"] == pdf.read_bytes()
    page = tree.files["bulletins/2023-qingxi-statistics/index.md"].decode()
    assert "[下载 PDF（" in page and "data/2023-qingxi-statistics/original.pdf)" in page
    tree = MemoryTree()
    write_source(pipeline.process(html, FORMATS / "qingxi-communique.yml", with_extract=False), tree)
    assert not [f for f in tree.files if "original" in f]  # a saved page would run its scripts on the site
    monkeypatch.setenv("POLICY_DIGEST_ORIGINAL_MAX_BYTES", "1000")  # smaller than the PDF: not offered
    tree = MemoryTree()
    write_source(pipeline.process(pdf, FORMATS / "qingxi-communique.yml", with_extract=False), tree)
    assert not [f for f in tree.files if "original" in f]


def test_docx_tracked_changes_and_content_controls(tmp_path: Path) -> None:
    """Inserted text (tracked changes) is shown, deleted text is not; paragraphs inside a content control count."""
    import docx
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    document.add_paragraph("第一段。")
    kept = document.add_paragraph("保留")
    kept._p.append(parse_xml(f'<w:ins {ns} w:id="1" w:author="a"><w:r><w:t>新增的文字。</w:t></w:r></w:ins>'))
    kept._p.append(parse_xml(f'<w:del {ns} w:id="2" w:author="a"><w:r><w:delText>删除的文字</w:delText></w:r>'
                             "</w:del>"))
    document.element.body.insert(2, parse_xml(f"<w:sdt {ns}><w:sdtContent><w:p><w:r><w:t>控件中的段落。</w:t></w:r>"
                                              "</w:p></w:sdtContent></w:sdt>"))
    path = tmp_path / "tracked.docx"
    document.save(str(path))
    assert paragraphs(ingest.read_source(path).text) == ["第一段。", "保留新增的文字。", "控件中的段落。"]


def test_pdf_in_two_columns_is_read_column_by_column(tmp_path: Path) -> None:
    from tests.formats_docs import make_two_column_pdf

    printed = make_two_column_pdf(REFERENCE.read_text(encoding="utf-8"), tmp_path / "two.pdf", TITLE + "（摘要）")
    assert len(printed) > 12  # both columns are full
    got = paragraphs(ingest.read_source(tmp_path / "two.pdf").text)
    assert [squeeze(p) for p in got] == [squeeze(p) for p in printed]


def test_pdf_with_one_rectangle_per_character_and_mixed_fonts(tmp_path: Path) -> None:
    """No space appears between characters placed one by one, between Chinese and digits in another font, or
    after full-width punctuation (初步核算，全年 ... 118.2亿元 ... 1.9%)."""
    from tests.formats_docs import make_mixed_font_pdf

    text = paragraphs(REFERENCE.read_text(encoding="utf-8"))
    chosen = [text[5], text[7], text[12]]
    got = paragraphs(ingest.read_source(make_mixed_font_pdf(chosen, tmp_path / "mixed.pdf")).text)
    assert got == chosen


def test_page_whose_title_tag_is_only_the_site_name() -> None:
    """A small county site: <title> is the site's name, the headline is a div.biaoti, no meta tags."""
    decoded = ingest.read_source(FORMATS / "county-notice-plain.html")
    assert decoded.metadata == {"title": "关于做好2024年春耕生产工作的通知"}
    assert paragraphs(decoded.text) == [
        "关于做好2024年春耕生产工作的通知", "各乡镇人民政府：",
        "为切实做好今年春耕生产工作，确保粮食播种面积稳定在58万亩以上，现将有关事项通知如下。",
        "一、抓好农资供应。各乡镇要在3月15日前完成化肥、种子等农资储备工作。",
        "二、加强技术指导。县农业农村局要组织农技人员深入田间地头开展技术服务。", "清溪县人民政府办公室", "2024年2月28日"]


def test_a_library_failure_on_odd_input_is_the_files_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever a format library raises on an unusual file becomes an error naming the file (the build goes on
    with the other bulletins), not a crash."""
    from build_tools.ingest.html import HtmlReader

    def broken(self: HtmlReader, data: bytes, name: str) -> ingest.Decoded:
        raise ValueError("unexpected structure")

    monkeypatch.setattr(HtmlReader, "read", broken)
    with pytest.raises(InputError) as info:
        ingest.read_source(FORMATS / "portal-news.html")
    assert info.value.problem.file == str(FORMATS / "portal-news.html")
    assert "ValueError: unexpected structure" in info.value.problem.message


def test_docx_text_box_with_its_fallback_is_read_once(tmp_path: Path) -> None:
    """Word stores a text box twice (mc:Choice and a VML mc:Fallback); the red header in it appears once."""
    import docx
    from docx.oxml import parse_xml

    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"')
    box = "<w:txbxContent><w:p><w:r><w:t>清溪县人民政府文件</w:t></w:r></w:p></w:txbxContent>"
    document = docx.Document()
    anchor = document.add_paragraph()
    anchor._p.append(parse_xml(f"<w:r {ns}><mc:AlternateContent><mc:Choice Requires='wps'>{box}</mc:Choice>"
                               f"<mc:Fallback>{box}</mc:Fallback></mc:AlternateContent></w:r>"))
    document.add_paragraph("关于做好春耕生产工作的通知")
    path = tmp_path / "box.docx"
    document.save(str(path))
    assert paragraphs(ingest.read_source(path).text) == ["清溪县人民政府文件", "关于做好春耕生产工作的通知"]


def test_official_document_printed_from_word(tmp_path: Path) -> None:
    """Red header, document number, red rule, a title over two lines in large type, page frame, page numbers
    alternating sides, a ruled table: the text is the web version's (checked by hand), with the red header first."""
    from tests.formats_docs import make_red_header_pdf

    web = paragraphs((FORMATS / "gov-cms-notice.expected.txt").read_text(encoding="utf-8"))
    path = make_red_header_pdf(web, tmp_path / "notice.pdf", "白沙县人民政府办公室文件")
    decoded = ingest.read_source(path)
    assert paragraphs(decoded.text) == ["白沙县人民政府办公室文件", web[1], web[0], *web[2:]]
    assert [a.text for a in decoded.dropped] == ["— 1 —", "— 2 —"]
    source = pipeline.process(path, FORMATS / "qingxi-communique.yml", with_extract=False)
    assert [d.title for d in source.documents] == [web[0], "白沙县2024年城乡居民医疗保障工作方案"]
    assert source.documents[0].doc_number == "白府办〔2024〕9号"


def test_old_cms_page_in_layout_tables_with_br_paragraphs() -> None:
    """An older county site (GBK): the page is laid out in tables, the article is one cell whose paragraphs are
    separated by <br> and indented with full-width spaces; the signature is pushed right with spaces."""
    decoded = ingest.read_source(FORMATS / "county-notice-table-layout.html")
    assert decoded.encoding == "gb18030"
    got = paragraphs(decoded.text)
    assert got[0] == "关于开展2024年度安全生产大检查的通知"
    assert got[-4:] == [
        "一、检查范围。全县所有生产经营单位，重点是危险化学品、道路交通、建筑施工、消防等行业领域。",
        "二、工作要求。各单位要在3月20日前完成自查自改，县安委会办公室将组织4个督导组开展督导检查，检查结果纳入年度考核。",
        "长岭县安全生产委员会办公室", "2024年3月5日"]
    assert "首页" not in decoded.text and "ICP" not in decoded.text
    source = pipeline.process(FORMATS / "county-notice-table-layout.html", FORMATS / "qingxi-communique.yml",
                              with_extract=False)
    assert "点击数" not in "".join(p.text for d in source.documents for p in d.paragraphs)  # furniture.web rule


def test_markdown_without_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text("# 南岭市一季度经济运行情况\n\n**一季度**，全市地区生产总值增长6.1%。详见[统计局网站](https://tjj.example.gov.cn)。"
                    "\n\n- 工业增加值增长8.2%；\n- 社会消费品零售总额增长4.9%。\n", encoding="utf-8")
    assert paragraphs(ingest.read_source(path).text) == [
        "南岭市一季度经济运行情况", "一季度，全市地区生产总值增长6.1%。详见统计局网站。", "工业增加值增长8.2%；",
        "社会消费品零售总额增长4.9%。"]


def test_portal_original_title_line_is_page_data(tmp_path: Path) -> None:
    path = tmp_path / "repost.html"
    path.write_text("<html><head><title>南岭市一季度地区生产总值增长6.1%_新浪网</title></head><body>"
                    "<h1>南岭市一季度地区生产总值增长6.1%</h1><div id='artibody'><p>原标题：一季度南岭GDP增长6.1%</p>"
                    "<p>　　新浪财经讯 南岭市统计局4月20日发布数据，一季度全市地区生产总值2816.4亿元，同比增长6.1%。</p>"
                    "<p>　　分产业看，第一产业增加值96.3亿元，增长3.8%；第二产业增加值1102.7亿元，增长7.4%。</p>"
                    "</div></body></html>", encoding="utf-8")
    decoded = ingest.read_source(path)
    assert "原标题" not in decoded.text
    assert ("ingest.html.original_title", "原标题：一季度南岭GDP增长6.1%") in {(a.rule, a.text) for a in decoded.dropped}
    assert paragraphs(decoded.text)[0] == "南岭市一季度地区生产总值增长6.1%"


def test_pdf_with_a_scanned_page_warns(made: dict[str, Path], tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(made["pdf"]))
    document.new_page(595, 842)  # a blank (scanned-like) third page
    path = tmp_path / "mixed.pdf"
    document.save(str(path))
    document.close()
    source = pipeline.process(path, FORMATS / "qingxi-communique.yml", with_extract=False)
    assert any("page(s) 3 of 3 have no text layer" in w for w in source.warnings)


def test_a_br_inside_an_indented_paragraph_is_a_line_break(tmp_path: Path) -> None:
    """A release whose paragraphs open with &nbsp; indentation and break after their first sentence with a <br>: the
    unindented line after the <br> goes on its paragraph; a bold heading, an indented line after a <br> and an empty
    line (<br><br>) still start paragraphs."""
    page = ("<html><head><meta charset='utf-8'><title>8月份物价</title></head><body><div class='article'>"
            "<p>&nbsp;&nbsp;8月份，全县农产品生产者价格同比上涨1.4%。<br>其中，蔬菜上涨3.2%，水果下降0.6%。</p>"
            "<p>&nbsp;&nbsp;<strong>二、畜产品</strong><br>生猪出栏价格环比上涨2.1%。</p>"
            "<p>&nbsp;&nbsp;禽蛋价格回落。<br>&nbsp;&nbsp;三、水产品价格基本稳定。<br><br>牛羊肉价格持平。</p>"
            "<p>各乡镇：<br>现将有关事项通知如下。</p></div></body></html>")
    path = tmp_path / "release.html"
    path.write_text(page, encoding="utf-8")
    assert paragraphs(ingest.read_source(path).text)[-8:] == [
        "8月份，全县农产品生产者价格同比上涨1.4%。其中，蔬菜上涨3.2%，水果下降0.6%。", "二、畜产品", "生猪出栏价格环比上涨2.1%。",
        "禽蛋价格回落。", "三、水产品价格基本稳定。", "牛羊肉价格持平。", "各乡镇：", "现将有关事项通知如下。"]


def test_a_title_in_large_type_wrapped_with_a_line_of_space(tmp_path: Path) -> None:
    """A report's title in 18 pt wrapped over two lines set nearly a line apart (the word 工作 broken across them),
    then the body in 12 pt: one title."""
    from fpdf import FPDF

    from tests.formats_docs import CJK_FONT

    pdf = FPDF(format="A4")
    pdf.add_font("cjk", fname=str(CJK_FONT), collection_font_number=2)
    pdf.add_page()
    pdf.set_font("cjk", size=18)
    pdf.cell(0, 11, "岑溪县农业农村局2030年乡村振兴工作总结和2031年工", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 11, "作计划", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("cjk", size=12)
    pdf.multi_cell(0, 8, "　　2030年，县农业农村局坚持农业农村优先发展，各项工作任务全面完成。现将有关情况报告如下：",
                   new_x="LMARGIN", new_y="NEXT")
    for _ in range(4):  # (a page of body text: the title is large against it)
        pdf.multi_cell(0, 8, "　　全年粮食播种面积稳定在三十万亩以上，高标准农田建设任务全面完成，农村人居环境整治持续推进，"
                       "农民收入保持较快增长，乡村治理水平不断提升。", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "report.pdf"
    pdf.output(str(path))
    got = paragraphs(ingest.read_source(path).text)
    assert got[0] == "岑溪县农业农村局2030年乡村振兴工作总结和2031年工作计划"
    assert got[1].startswith("2030年，县农业农村局")

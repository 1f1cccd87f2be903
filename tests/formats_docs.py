"""Make the same document as a publisher would put it out: PDF (fpdf2), DOCX (python-docx) and HTML.

The input is a clean text in the project's plain-text form (paragraphs separated by blank lines, a table as
tab-separated rows, headings 一、 二、 ...). The PDF has what a printed bulletin has: a 2-character first-line
indent, hard line wraps, a running header, page numbers (— 1 —) and a ruled table; the DOCX has heading styles, a
real table, a header and a page-number footer; the HTML is a government CMS page with navigation, breadcrumb,
share widget and footer around the article.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # Debian fonts-noto-cjk (OTF/CFF)
HEADING_RE = re.compile(r"^[一二三四五六七八九十]+、\S{1,20}$")


def blocks(text: str) -> list[tuple[str, str | list[list[str]]]]:
    """(kind, content) for each block of a clean text: title, heading, table (rows of cells) or body."""
    out: list[tuple[str, str | list[list[str]]]] = []
    for i, block in enumerate(b.strip("\n") for b in text.split("\n\n") if b.strip()):
        if "\t" in block:
            out.append(("table", [row.split("\t") for row in block.split("\n")]))
        elif i == 0:
            out.append(("title", block))
        elif HEADING_RE.match(block):
            out.append(("heading", block))
        else:
            out.append(("body", block))
    return out


def make_pdf(text: str, path: Path, header: str = "", *, title: str = "", author: str = "",
             page: str = "A4", indent: bool = True, leading: float = 7, spacing: float = 1.5,
             running_footer: str = "") -> Path:
    """``leading``: mm from line to line (7 mm is 1.65 lines of 12 pt); ``spacing``: mm added between paragraphs;
    ``indent``: a 2-character first-line indent (without it, paragraphs are told apart by spacing only).
    ``header`` is printed at the top of the pages after the first (page 1 has the title), ``running_footer`` (8 pt)
    under the page number of the pages after the first."""
    from fpdf import FPDF

    class Bulletin(FPDF):
        def header(self) -> None:
            if header and self.page_no() > 1:
                self.set_font("cjk", size=9)
                self.cell(0, 6, header, align="C")
                self.ln(12)

        def footer(self) -> None:
            self.set_y(-18)
            self.set_font("cjk", size=10)
            self.cell(0, 8, f"— {self.page_no()} —", align="C")
            if running_footer and self.page_no() > 1:
                self.set_y(-10)
                self.set_font("cjk", size=8)
                self.cell(0, 5, running_footer, align="C")

    pdf = Bulletin(format={"A4": (210, 297), "A5": (148, 210)}.get(page, page))  # mm
    pdf.set_margins(25, 22, 25)
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_font("cjk", fname=str(CJK_FONT), collection_font_number=2)  # index 2: Noto Sans CJK SC
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    items: list[tuple[str, str | list[list[str]]]] = []
    for kind, content in blocks(text):  # a line break inside a body block is kept (各位代表：| 现在，...)
        lines = content.split("\n") if kind == "body" and isinstance(content, str) else [content]
        items += [(kind, line) for line in lines]
    for kind, content in items:
        if kind == "table":
            pdf.set_font("cjk", size=10)
            with pdf.table(text_align="CENTER", line_height=7, first_row_as_headings=False) as table:
                for row in content:
                    cells = table.row()
                    for cell in row:
                        cells.cell(cell)
            pdf.ln(3)
            continue
        assert isinstance(content, str)
        size = {"title": 18, "heading": 14}.get(kind, 12)
        pdf.set_font("cjk", size=size)
        if kind == "title" or (kind == "body" and len(content) < 20 and content.startswith("（")):
            pdf.multi_cell(0, 10, content, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            continue
        if kind == "body" and len(content) <= 12 and not content.endswith("："):
            pdf.multi_cell(0, 8, content, align="C", new_x="LMARGIN", new_y="NEXT")  # the issuer under the title
            continue
        first_indent = 2 * size * 0.3528 if kind == "body" and indent else 0  # 2 characters, in mm
        line, first = "", True
        for ch in content:  # wrap by width, as a word processor does
            room = width - (first_indent if first else 0)
            if pdf.get_string_width(line + ch) > room:
                pdf.set_x(pdf.l_margin + (first_indent if first else 0))
                pdf.cell(room, leading, line, new_x="LMARGIN", new_y="NEXT")
                line, first = "", False
            line += ch
        pdf.set_x(pdf.l_margin + (first_indent if first else 0))
        pdf.cell(0, leading, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(spacing)
    pdf.output(str(path))
    return path


def make_docx(text: str, path: Path, header: str = "", *, title: str = "", author: str = "") -> Path:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = author
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("— ")
    for kind_, value in (("begin", None), ("instr", " PAGE "), ("separate", None), ("end", None)):
        run = footer.add_run()
        if kind_ == "instr":
            element = OxmlElement("w:instrText")
            element.text = value
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind_)
        run._r.append(element)
        if kind_ == "separate":
            footer.add_run("1")
    footer.add_run(" —")
    for kind, content in blocks(text):
        if kind == "table":
            assert isinstance(content, list)
            table = document.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for r, row in enumerate(content):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
            continue
        assert isinstance(content, str)
        if kind == "title":
            document.add_heading(content, level=0).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "heading":
            document.add_heading(content, level=1)
        else:
            paragraph = document.add_paragraph(content)
            paragraph.paragraph_format.first_line_indent = Pt(24)
    document.save(str(path))
    return path


def make_html(text: str, path: Path, *, title: str = "", site: str = "清溪县人民政府", date: str = "",
              source: str = "", url: str = "") -> Path:
    """A government CMS article page: navigation, breadcrumb, metadata line, share widget, footer around it."""
    parts = []
    for kind, content in blocks(text):
        if kind == "table":
            assert isinstance(content, list)
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>\n"
                           for row in content)
            parts.append(f'<table border="1" cellspacing="0">\n<tbody>\n{rows}</tbody></table>')
        elif kind == "title":
            continue
        elif kind == "heading":
            parts.append(f"<p style=\"text-indent:2em\"><strong>{html.escape(str(content))}</strong></p>")
        else:
            escaped = html.escape(str(content)).replace("%", "&#37;")  # character references, as CMS editors emit
            parts.append(f'<p style="text-indent:2em">{escaped}</p>')
    body = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{html.escape(title)}_{site}</title>
<meta name="SiteName" content="{site}">
<meta name="ArticleTitle" content="{html.escape(title)}">
<meta name="PubDate" content="{date} 09:30">
<meta name="ContentSource" content="{html.escape(source)}">
<meta name="Keywords" content="统计公报">
<link rel="canonical" href="{url}">
<script>var _hmt = _hmt || []; document.write("统计代码");</script>
<style>.nav li {{ float: left; }}</style>
</head>
<body>
<div class="header"><img src="data:image/png;base64,iVBORw0KGgo=" alt="logo">{site}</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/tjxx/">统计信息</a></li><li><a href="/hdjl/">互动交流</a></li></ul>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 统计信息</div>
<div class="article">
<h1 class="title">{html.escape(title)}</h1>
<div class="info">发布时间：{date}　来源：{html.escape(source)}　浏览次数：1024　字体：【大 中 小】</div>
<div class="TRS_Editor" id="zoom">
{body}
</div>
<!-- 正文结束 -->
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>
<div class="print">【打印本页】【关闭窗口】</div>
</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/a.html">清溪县2021年国民经济和社会发展统计公报</a></li>
<li><a href="/b.html">2022年1-11月全县主要经济指标</a></li></ul></div>
<div class="footer">主办：{site}办公室　承办：清溪县大数据中心　网站标识码：4310000001　湘ICP备05000001号<br>
地址：清溪县人民路1号　联系电话：0731-1234567</div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return path


def make_two_column_pdf(text: str, path: Path, title: str) -> list[str]:
    """One A4 page set in two columns under a title across both, as gazettes and newspapers print; the columns'
    baselines drift apart (different paragraph spacing). Returns the paragraphs printed, in reading order."""
    from fpdf import FPDF

    body = [str(c) for k, c in blocks(text) if k == "body"][2:]
    pdf = FPDF(format=(210, 297))
    pdf.set_margins(15, 20, 15)
    pdf.set_auto_page_break(False)
    pdf.add_font("cjk", fname=str(CJK_FONT), collection_font_number=2)
    pdf.add_page()
    pdf.set_font("cjk", size=16)
    pdf.set_y(20)
    pdf.cell(0, 10, title, align="C")
    pdf.set_font("cjk", size=10.5)
    width, starts, column, y, printed = 85, (15, 110), 0, 38.0, [title]
    for paragraph in body:
        if column == 1 and y > 270:
            break
        line, first = "", True
        for ch in paragraph + "\0":
            room = width - (7.4 if first else 0)
            if ch == "\0" or pdf.get_string_width(line + ch) > room:
                if y > 275:
                    column, y = column + 1, 38.0
                pdf.set_xy(starts[column] + (7.4 if first else 0), y)
                pdf.cell(room, 5.5, line)
                y += 5.5
                line, first = "", False
                if ch == "\0":
                    break
            line += ch
        printed.append(paragraph)
        y += 3 if column == 0 else 2
    pdf.output(str(path))
    return printed


def make_mixed_font_pdf(paragraphs: list[str], path: Path) -> Path:
    """Chinese in a CJK font, digits and % in Helvetica, each character placed on its own (as some converters
    write a PDF): PDFium then gives one text rectangle per character."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("cjk", fname=str(CJK_FONT), collection_font_number=2)
    pdf.add_page()
    pdf.set_margins(25, 20, 25)
    pdf.set_y(30)
    for paragraph in paragraphs:
        x, y = pdf.l_margin + 8.5, pdf.get_y()
        for piece in re.findall(r"[0-9.%]+|[^0-9.%]+", paragraph):
            latin = piece[0] in "0123456789.%"
            for ch in piece:
                pdf.set_font("helvetica" if latin else "cjk", size=12)
                width = pdf.get_string_width(ch)
                if x + width > pdf.w - pdf.r_margin:
                    x, y = pdf.l_margin, y + 7
                pdf.set_xy(x, y)
                pdf.cell(width, 7, ch)
                x += width
        pdf.set_y(y + 9)
    pdf.output(str(path))
    return path


def make_red_header_pdf(paragraphs: list[str], path: Path, header: str) -> Path:
    """An official document printed from Word (GB/T 9704 layout): the issuer's red header in large type, the
    document number, a red rule, the title in large type over two centred lines, the body in 16 pt with a
    2-character indent, signature and date right-aligned, a page frame, page numbers alternating right/left,
    tables ruled. ``paragraphs``: title, document number, then the body (a table as tab-separated rows)."""
    from fpdf import FPDF

    title, number, body = paragraphs[0], paragraphs[1], paragraphs[2:]

    class Official(FPDF):
        def header(self) -> None:
            self.set_draw_color(150, 150, 150)
            self.rect(10, 10, 190, 277)
            self.set_draw_color(0, 0, 0)

        def footer(self) -> None:
            self.set_y(-22)
            self.set_font("cjk", size=14)
            self.cell(0, 8, f"— {self.page_no()} —", align="R" if self.page_no() % 2 else "L")

    pdf = Official(format=(210, 297))
    pdf.set_margins(28, 37, 26)
    pdf.set_auto_page_break(True, margin=35)
    pdf.add_font("cjk", fname=str(CJK_FONT), collection_font_number=2)
    pdf.add_page()
    pdf.set_text_color(200, 0, 0)
    pdf.set_font("cjk", size=30)
    pdf.cell(0, 20, header, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("cjk", size=16)
    pdf.cell(0, 14, number, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(200, 0, 0)
    pdf.line(28, pdf.get_y() + 2, 184, pdf.get_y() + 2)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(12)
    pdf.set_font("cjk", size=22)
    half = len(title) // 2 + 4
    for part in (title[:half], title[half:]):
        pdf.cell(0, 12, part, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for block in body:
        if "\t" in block:
            pdf.set_font("cjk", size=14)
            with pdf.table(text_align="CENTER", line_height=9, first_row_as_headings=False) as table:
                for row in block.split("\n"):
                    cells = table.row()
                    for cell in row.split("\t"):
                        cells.cell(cell)
            pdf.ln(4)
            continue
        pdf.set_font("cjk", size=16)
        if block.endswith("办公室") or block.endswith("日") and len(block) < 14:
            pdf.cell(width - 11, 10, block, align="R", new_x="LMARGIN", new_y="NEXT")
            continue
        indent = 0 if block.endswith("：") and len(block) < 30 else 11.3  # 2 characters of 16 pt
        line, first = "", True
        for ch in block + "\0":
            room = width - (indent if first else 0)
            if ch == "\0" or pdf.get_string_width(line + ch) > room:
                pdf.set_x(pdf.l_margin + (indent if first else 0))
                pdf.cell(room, 10, line, new_x="LMARGIN", new_y="NEXT")
                line, first = "", False
                if ch == "\0":
                    break
            line += ch
    pdf.output(str(path))
    return path

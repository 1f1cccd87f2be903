"""PDF tables read from the gaps of a line (build_tools/ingest/pdf.py, Line.cells): a head spread over its cell one
character at a time (行　业, 项　目, 全　市) is one cell, so the columns of the rows below keep their heads."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools import ingest
from build_tools.ingest.pdf import Line
from tests.formats_docs import CJK_FONT

needs_font = pytest.mark.skipif(not CJK_FONT.exists(), reason="needs fonts-noto-cjk")


def test_letter_spaced_head_is_one_cell() -> None:
    line = Line(top=20, bottom=10, runs=[(0, 10, "项"), (20, 30, "目"), (80, 130, "金额（万元）")])
    assert line.cells() == ["项目", "金额（万元）"]


def test_cells_apart_by_a_wide_gap_stay_apart() -> None:
    line = Line(top=20, bottom=10, runs=[(0, 10, "合"), (40, 50, "计"), (80, 100, "512")])
    assert line.cells() == ["合", "计", "512"]


def test_numbers_and_words_are_never_glued() -> None:
    line = Line(top=20, bottom=10, runs=[(0, 30, "乡镇"), (40, 60, "12"), (70, 80, "个")])
    assert line.cells() == ["乡镇", "12", "个"]


def test_two_words_of_two_characters_are_two_cells() -> None:
    line = Line(top=20, bottom=10, runs=[(0, 20, "公路"), (30, 50, "公里"), (90, 110, "3625")])
    assert line.cells() == ["公路", "公里", "3625"]


@needs_font
def test_pdf_table_with_a_letter_spaced_head(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("cjk", fname=str(CJK_FONT), collection_font_number=2)
    pdf.add_page()
    pdf.set_font("cjk", size=11)
    pdf.multi_cell(0, 8, "全镇共有农民专业合作社128家，比上年增加9家。", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(70, 40, 40), text_align=("LEFT", "RIGHT", "RIGHT"), first_row_as_headings=False) as t:
        for cells in (("地　区", "合作社（家）", "社员（户）"), ("东村", "41", "812"), ("西村", "87", "1530")):
            row = t.row()
            for cell in cells:
                row.cell(cell)
    path = tmp_path / "coops.pdf"
    pdf.output(str(path))
    text = ingest.read_source(path).text
    assert "地区\t合作社（家）\t社员（户）\n东村\t41\t812\n西村\t87\t1530" in text

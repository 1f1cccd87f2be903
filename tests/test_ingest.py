"""Stage 1 (ingest): every encoding an editor's file may come in, and every kind of file that is not text."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from build_tools import ingest
from build_tools.errors import InputError

BAD = Path(__file__).parent / "fixtures" / "bad"
ROOT = Path(__file__).resolve().parent.parent
# The 30号 notice of the 2023 Chaoyang gazette (tests/fixtures/bad/*.txt are this text in other encodings).
NOTICE = (BAD / "crlf.txt").read_bytes().decode("utf-8").replace("\r\n", "\n")


@pytest.mark.parametrize(("name", "encoding"), [
    ("gbk.txt", "gb18030"),
    ("gb18030.txt", "gb18030"),
    ("utf16le-bom.txt", "utf-16"),
    ("utf16be-bom.txt", "utf-16"),
    ("utf16le-nobom.txt", "utf-16-le"),
    ("utf8-bom.txt", "utf-8-sig"),
    ("crlf.txt", "utf-8"),
])
def test_encodings_decode_to_the_same_text(name: str, encoding: str) -> None:
    decoded = ingest.read_source(BAD / name)
    assert decoded.encoding == encoding
    expected = NOTICE.replace("各县（市）区人民政府", "各县（市）区人民政府（含𠮷林乡）") if name == "gb18030.txt" else NOTICE
    assert decoded.text == expected
    assert "\r" not in decoded.text and "\ufeff" not in decoded.text


def test_gb18030_four_byte_character_survives() -> None:
    assert "𠮷" in ingest.read_source(BAD / "gb18030.txt").text


def test_crlf_is_converted_and_flagged() -> None:
    decoded = ingest.read_source(BAD / "crlf.txt")
    assert decoded.had_crlf
    assert decoded.text.split("\n")[0] == "朝阳市人民政府办公室文件"
    assert not ingest.read_source(ROOT / "seeds" / "2023-chaoyang-gazette-10.txt").had_crlf


def test_big5_is_not_read_as_gb18030_mojibake() -> None:
    decoded = ingest.read_source(BAD / "big5.txt")
    assert decoded.encoding == "big5"
    assert decoded.text.startswith("朝陽市人民政府辦公室文件")
    assert "朝政辦發〔2023〕30號" in decoded.text


def test_old_mac_line_endings() -> None:
    decoded = ingest.decode_bytes("第一行\r第二行\r".encode(), "x.txt")
    assert decoded.text == "第一行\n第二行\n"
    assert decoded.had_crlf


@pytest.mark.parametrize(("name", "words"), [
    ("empty.txt", "empty"),
    ("whitespace.txt", "only white space"),
    ("pdf.txt", "PDF document"),
    ("zip.txt", "ZIP archive"),
    ("png.txt", "PNG image"),
    ("nul.txt", "NUL bytes"),
])
def test_unreadable_files_are_clear_errors(name: str, words: str) -> None:
    with pytest.raises(InputError) as info:
        ingest.read_source(BAD / name)
    problem = info.value.problem
    assert problem.file == str(BAD / name)
    assert words in problem.message
    assert problem.fix  # every error says how to fix it


def test_a_pdf_named_txt_is_read_as_a_pdf() -> None:
    """The format comes from the content: a (damaged) PDF saved as .txt is read by the PDF reader, and the error
    says what the file is and that renaming it is part of the fix; a PNG is still refused as not text."""
    with pytest.raises(InputError) as pdf:
        ingest.read_source(BAD / "pdf.txt")
    with pytest.raises(InputError) as png:
        ingest.read_source(BAD / "png.txt")
    assert "PDF is damaged" in pdf.value.problem.message
    assert "rename it to pdf.pdf" in pdf.value.problem.fix
    assert "rename" not in png.value.problem.fix


def test_invisible_only_text_is_empty() -> None:
    for data in ("\u3000\u3000\n".encode(), "\u200b\ufeff\u200b".encode(), b"\x0b\x0c \n"):
        with pytest.raises(InputError, match="white space"):
            ingest.decode_bytes(data, "x.txt")


def test_english_text_is_accepted() -> None:
    decoded = ingest.read_source(BAD / "english.txt")
    assert decoded.text.startswith("PRESS RELEASE")
    assert not ingest.has_chinese(decoded.text)
    assert ingest.has_chinese(NOTICE)


def test_folder_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="folder"):
        ingest.read_source(tmp_path)
    with pytest.raises(InputError, match="cannot read"):
        ingest.read_source(tmp_path / "missing.txt")


def test_large_file_is_refused_from_its_size_without_reading(tmp_path: Path) -> None:
    """A 50 MB file of real-looking text is refused at once, with the size and the limit in the message."""
    seed = (ROOT / "seeds" / "2023-chaoyang-gazette-10.txt").read_bytes()
    path = tmp_path / "2023-chaoyang-all-issues.txt"
    with path.open("wb") as fh:
        while fh.tell() < 50_000_000:
            fh.write(seed)
    start = time.perf_counter()
    with pytest.raises(InputError) as info:
        ingest.read_source(path)
    assert time.perf_counter() - start < 0.5
    message = info.value.problem.message
    assert "50.0 MB" in message or "50.1 MB" in message
    assert "8 MiB" in message
    assert "split" in info.value.problem.fix


def test_file_just_under_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    line = "朝阳市地区生产总值同比增长7%。\n".encode()
    path.write_bytes(line * (ingest.MAX_BYTES // len(line)))
    assert path.stat().st_size <= ingest.MAX_BYTES
    assert ingest.read_source(path).text.startswith("朝阳市")


def test_nfc_keeps_full_width_punctuation() -> None:
    assert ingest.decode_bytes("增长7%，（一）：１２".encode(), "x").text == "增长7%，（一）：１２"  # no NFKC
    assert ingest.decode_bytes("e\u0301".encode(), "x").text == "\u00e9"  # NFC composes


def test_pdf_page_with_a_short_right_column_is_read_column_by_column(tmp_path: Path) -> None:
    """The last page of a text set in two columns: a full left column and only a few lines on the right (the end of
    the article). The right column's lines must not be joined to the left column's lines at the same height."""
    from fpdf import FPDF

    from tests.formats_docs import CJK_FONT

    texts = [f"第{n}段：全市地区生产总值增长{n}.5%，规模以上工业增加值增长{n}.2%，固定资产投资增长{n}.8%，"
             f"社会消费品零售总额增长{n}.1%，城乡居民人均可支配收入分别增长{n}.3%和{n}.6%。" for n in range(1, 20)]
    pdf = FPDF(format="A4")
    pdf.add_font("cjk", fname=str(CJK_FONT), collection_font_number=2)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("cjk", size=10.5)
    with pdf.text_columns(ncols=2, gutter=8, balance=False) as cols:
        for text in texts:
            cols.write(text="\u3000\u3000" + text + "\n")
    pdf.output(str(tmp_path / "short-right.pdf"))
    got = "".join(ingest.read_source(tmp_path / "short-right.pdf").text.split())
    assert got == "".join(texts)


def test_an_old_office_file_as_received_is_told_how_to_convert_not_that_it_was_renamed() -> None:
    from build_tools.errors import InputError
    from build_tools.ingest.text import decode_bytes
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512
    with pytest.raises(InputError) as received:
        decode_bytes(ole, "2024-fenglin-notice.doc")
    assert "a format the build does not read" in str(received.value.problem.message)
    assert "save it as .docx" in received.value.problem.fix
    with pytest.raises(InputError) as renamed:
        decode_bytes(ole, "2024-fenglin-notice.txt")
    assert "renamed to .txt" in renamed.value.problem.message

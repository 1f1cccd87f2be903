"""English rows that must say what the Chinese says (issues 11/12, a reviewer's reading of real-style documents):
a comparison opening the sentence, what a count counts. Rows and sentences written for the rules; the English by
hand (Census and Statistics Department, NBS and State Council wording)."""

from build_tools.model import Figure
from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import Context, figure_row


def row(**kw: object) -> str:
    fields = {"metric": "地区生产总值", "value": 1, "unit": "%", "sentence": "s", "paragraph": "p1", "kind": "share"}
    fields.update(kw)
    return figure_row(Figure(**fields), get_glossary(), Context()).text  # type: ignore[arg-type]


def test_comparison_opening_the_sentence_is_the_figures() -> None:
    """经季节性调整后与对上季度比较，…实质上升1.1%: quarter on quarter, seasonally adjusted; 与上月比较 month on
    month; a figure before the comparison, or a sentence without one, keeps its reading."""
    q3 = {"period": "2023-07/2023-09"}
    assert row(metric="本地生产总值实质上升", value=1.1, sentence="经季节性调整后与对上季度比较，本地生产总值实质上升1.1%。",
               text="1.1%", **q3) == "GDP: +1.1% quarter on quarter in real terms, seasonally adjusted, Q3 2023"
    assert row(metric="私人消费开支下跌", value=0.6, sentence="与上季度比较，私人消费开支下跌0.6%。", text="0.6%",
               **q3) == "Private consumption expenditure: down 0.6% quarter on quarter, Q3 2023"
    assert row(metric="本地生产总值实质下跌", value=2.2, sentence="本地生产总值实质下跌2.2%。", text="2.2%", **q3) == (
        "GDP: down 2.2% in real terms, Q3 2023")
    assert row(metric="本地生产总值按年实质上升", value=4.1, text="4.1%", **q3,
               sentence="与上季度比较，本地生产总值按年实质上升4.1%。") == (
        "GDP: +4.1% year on year in real terms, Q3 2023")  # (按年 of its own: the year before)

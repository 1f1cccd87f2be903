"""Documents in Traditional characters get the English of their Simplified text (simplified.py).

The Traditional sentences below were written by hand for these tests; the expected English is the one the
Simplified originals get (title frame of statistical communiqués, glossary metric 规模以上工业增加值).
"""

from build_tools.model import Document, Event, Figure, Metadata, Paragraph
from build_tools.translate.comparisons import context_for
from build_tools.translate.english import english_document
from build_tools.translate.glossary import get_glossary
from build_tools.translate.memory import Memory, text_hash
from build_tools.translate.simplified import is_traditional, simplified_view, to_hans

SENTENCE = "全年規模以上工業增加值比上年增長6.2%。"
OTHER = "全縣各級各部門要認真貫徹落實。"


def _doc() -> Document:
    fig = Figure(metric="規模以上工業增加值", value=6.2, unit="%", sentence=SENTENCE, paragraph="p1", kind="growth",
                 comparison="比上年", period="2023", direction="up", text="規模以上工業增加值比上年增長6.2%")
    return Document(id="d", title="清溪縣2023年國民經濟和社會發展統計公報",
                    paragraphs=[Paragraph("p1", SENTENCE), Paragraph("p2", OTHER)], figures=[fig],
                    events=[Event(date="2023", text=OTHER, paragraph="p2", precision="year")])


def test_traditional_is_told_from_simplified() -> None:
    assert is_traditional("清溪縣2023年國民經濟和社會發展統計公報")
    assert not is_traditional("清溪县2023年国民经济和社会发展统计公报")
    assert not is_traditional("GDP 2023")
    assert to_hans("規模以上工業增加值") == "规模以上工业增加值"


def test_simplified_document_is_its_own_view() -> None:
    doc = Document(id="d", title="清溪县2023年国民经济和社会发展统计公报")
    assert simplified_view(doc) is doc


def test_traditional_document_gets_the_same_english() -> None:
    glossary = get_glossary()
    doc = _doc()
    tr = english_document(doc, Memory("x", "en", {}), glossary, context_for("", glossary),
                          Metadata(region="清溪縣"))
    assert (tr.title.text, tr.title.status) == (
        "Statistical Communiqué of Qingxi County on the 2023 National Economic and Social Development", "derived")
    assert tr.title.source_hash == text_hash(doc.title)  # matched against the text the page shows
    assert tr.figures[0].status == "derived"
    assert tr.figures[0].text.startswith("Value added of industrial enterprises above designated size: +6.2%")
    # what does not render stays the original Traditional text, not its Simplified conversion
    assert (tr.events[0].text, tr.events[0].status) == (OTHER, "missing")
    assert doc.figures[0].metric == "規模以上工業增加值"  # the document itself is not changed


def test_release_in_traditional_characters_gets_the_english_of_its_simplified_twin() -> None:
    from pathlib import Path

    from build_tools.pipeline import process
    from build_tools.translate import translate

    folder = Path(__file__).parent / "fixtures" / "translate"
    simplified = translate(process(folder / "2023-shimen-q3-economy-news.txt")).documents[0].translations["en"]
    traditional = translate(process(folder / "2023-shimen-q3-economy-news-hant.txt")).documents[0]
    english = traditional.translations["en"]
    # written by hand: 稳中向好 GWR 2018/58, 经济运行分析会 (headlines.py), the place before the colon named once
    title = ("Shimen County: The County's Economy Shows Stable and Positive Performance in the First Three Quarters")
    assert (simplified.title.text, simplified.title.status) == (title, "derived")
    assert (english.title.text, english.title.status) == (title, "derived")
    meeting = "On 25 October 2023, Shimen County held a meeting to analyze economic performance in the first three quarters."
    assert simplified.events[0].text == meeting
    assert english.events[0].text == meeting
    assert english.title.source_hash == text_hash(traditional.title)

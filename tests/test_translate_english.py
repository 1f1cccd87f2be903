"""translate(): English from reviewed data, derived rows, marked fallbacks; Traditional Chinese; --status."""

import io
from pathlib import Path

import pytest
import yaml

from build_tools.cli import main
from build_tools.model import Document, Event, Figure, Metadata, Paragraph, Source, TranslatedText
from build_tools.pipeline import process
from build_tools.translate import translate
from build_tools.translate.english import display_text, english_event_date, untranslated_chinese
from build_tools.translate.hant import to_hant
from build_tools.translate.memory import text_hash, write_skeleton
from build_tools.translate.status import run_status

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

TITLE = "推进全面振兴全方位振兴 振兴路上新朝阳"
HEADING = "实施开放合作 助力经济腾飞"
BODY = "2019年上半年，朝阳地区生产总值同比增长7%，增速位列全省第5。"
EVENT = "北票德众科创企业（孵化）产业园、北票康宝肉类食品项目正式落地建设"


def _source() -> Source:
    doc = Document(
        id="feature",
        title=TITLE,
        paragraphs=[Paragraph("p1", HEADING, heading=2, role="heading"), Paragraph("p2", BODY)],
        summary=[BODY],
        figures=[Figure(metric="地区生产总值", value=7, unit="%", sentence=BODY, paragraph="p2", kind="growth",
                        comparison="同比", period="2019-01/2019-06", rank="全省第5", text="地区生产总值同比增长7%"),
                 Figure(metric="工业用水重复利用率", value=92.5, unit="%", sentence=BODY, paragraph="p2", kind="share")],
        events=[Event(date="2019-07", text=EVENT, paragraph="p2", precision="month")],
    )
    return Source(slug="2019-test-feature", path="seeds/2019-test-feature.txt", encoding="utf-8",
                  meta=Metadata(region="朝阳市"), documents=[doc])


def _memory_file(folder: Path, entries: dict[str, tuple[str, str, bool]]) -> None:
    data = {"bulletin": "2019-test-feature", "lang": "en",
            "entries": {k: {"zh": zh, "en": en, "reviewed": ok} for k, (zh, en, ok) in entries.items()}}
    (folder / "en").mkdir(parents=True, exist_ok=True)
    (folder / "en" / "2019-test-feature.yml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_english_in_order_of_trust(tmp_path: Path) -> None:
    _memory_file(tmp_path, {
        "feature/title": (TITLE, "Full Revitalization in All Respects: a New Chaoyang on the Road to Revival", True),
        f"feature/summary/{text_hash(BODY)}": (BODY, "In H1 2019 Chaoyang's GDP grew 7% year on year.", True),
        f"feature/event/{text_hash(EVENT)}": ("北票德众科创企业产业园正式落地建设", "Construction began on ...", True),
    })
    doc = translate(_source(), translations_dir=tmp_path).documents[0]
    en = doc.translations["en"]
    assert en.lang == "en"
    assert en.title == TranslatedText("Full Revitalization in All Respects: a New Chaoyang on the Road to Revival",
                                      "reviewed", text_hash(TITLE))
    assert en.summary[0].status == "reviewed"
    assert en.paragraphs["p1"] == TranslatedText(HEADING, "missing", text_hash(HEADING))  # headings always
    # A body paragraph appears only with a reviewed translation: here the summary's, for the same Chinese.
    assert en.paragraphs["p2"] == TranslatedText("In H1 2019 Chaoyang's GDP grew 7% year on year.", "reviewed",
                                                 text_hash(BODY))
    assert [f.status for f in en.figures] == ["derived", "missing"]
    assert en.figures[0].text == "GDP: +7% year on year, H1 2019 (5th in Liaoning)"
    assert en.figures[1].text.startswith("[not yet translated: 工业用水重复利用率]")
    assert en.events[0].status == "stale"  # the English was made for a different Chinese text


def test_traditional_chinese_covers_the_whole_page(tmp_path: Path) -> None:
    doc = translate(_source(), translations_dir=tmp_path).documents[0]
    hant = doc.translations["zh-Hant"]
    assert hant.title.text == "推進全面振興全方位振興 振興路上新朝陽"
    assert set(hant.paragraphs) == {"p1", "p2"}
    assert hant.paragraphs["p2"].text == "2019年上半年，朝陽地區生產總值同比增長7%，增速位列全省第5。"
    assert hant.summary[0].text == to_hant(BODY)
    assert hant.figures[0].text == "地區生產總值同比增長7%"
    assert hant.events[0].text == "北票德眾科創企業（孵化）產業園、北票康寶肉類食品項目正式落地建設"
    items = [hant.title, *hant.paragraphs.values(), *hant.summary, *hant.figures, *hant.events]
    assert {t.status for t in items} == {"converted"}


def test_display_text_marks_missing_items() -> None:
    assert display_text(TranslatedText(HEADING, "missing")) == f"[not yet translated: {HEADING}]"
    row = "[not yet translated: 工业用水重复利用率]: 92.5%"
    assert display_text(TranslatedText(row, "missing")) == row
    assert display_text(TranslatedText("GDP: +7%", "derived")) == "GDP: +7%"
    # a footnote mark of the source cannot close the marker early (the page's marker pattern stops at "]")
    footnote = display_text(TranslatedText("全年地区生产总值[1]286.4亿元", "missing"))
    assert footnote == "[not yet translated: 全年地区生产总值［1］286.4亿元]" and footnote.count("]") == 1


def test_event_dates_in_english() -> None:
    assert english_event_date(Event("2021-05-30", "x", "p1")) == "30 May 2021"
    assert english_event_date(Event("2019-01/2019-06", "x", "p1", precision="half")) == "H1 2019"
    assert english_event_date(Event("2021/2025", "x", "p1", kind="period")) == "2021-2025 (14th Five-Year Plan period)"
    assert english_event_date(Event("sometime", "x", "p1")) == "sometime"


@pytest.mark.parametrize(
    ("text", "chinese"),
    [("GDP: +7% year on year, H1 2019", []), ("[not yet translated: 工业用电量]: +9%, 2019", []),
     ("the “辽宁礼物” (Liaoning Gift) brand", []), ("the Notice 《关于深化农村公路管理养护体制改革的意见》", []),
     ("Chaoyang 朝阳 city", ["朝", "阳"]), ("[not yet translated 工业]", ["工", "业"])],
)
def test_untranslated_chinese(text: str, chinese: list[str]) -> None:
    assert untranslated_chinese(text) == chinese


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_english_has_no_unmarked_chinese(path: Path, tmp_path: Path) -> None:
    """Every English text of a seed is reviewed/derived English, or a marked fallback: never mixed output."""
    source = translate(process(path), translations_dir=tmp_path)
    for doc in source.documents:
        en = doc.translations["en"]
        texts = [en.title, *en.paragraphs.values(), *en.summary, *en.figures, *en.events]
        for item in texts:
            assert item.status in ("reviewed", "derived", "missing", "stale")
            if item.status != "missing":
                assert untranslated_chinese(item.text) == [], item.text
            assert untranslated_chinese(display_text(item)) == [], item.text
        hant = doc.translations["zh-Hant"]
        assert len(hant.paragraphs) == len(doc.paragraphs)
        assert all(hant.paragraphs[p.id].text == to_hant(p.text) for p in doc.paragraphs)
        assert len(en.figures) == len(doc.figures) and len(en.events) == len(doc.events)


def _tiny_seed(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "2023-test-notice.txt"
    path.write_text("关于做好农村公路养护工作的通知\n\n各县（市）区人民政府：\n\n请认真组织实施，切实做好农村公路日常养护工作。\n",
                    encoding="utf-8")
    (folder / "2023-test-notice.yml").write_text("date: 2023-10\nregion: 朝阳市\nkind: notice\nsource: test\n",
                                                  encoding="utf-8")
    return path


def test_status_counts_and_strict_mode(tmp_path: Path) -> None:
    seeds, translations = tmp_path / "seeds", tmp_path / "translations"
    path = _tiny_seed(seeds)
    out = io.StringIO()
    assert run_status(seeds, strict=False, out=out, translations_dir=translations) == 0
    table = out.getvalue()
    assert "2023-test-notice" in table and " en " in table and " zh-Hant " in table
    assert run_status(seeds, strict=True, out=io.StringIO(), translations_dir=translations) == 1  # all missing

    source = translate(process(path), translations_dir=translations)
    written = write_skeleton(source, "en", translations)
    data = yaml.safe_load(written.read_text(encoding="utf-8"))
    assert data["entries"], "the skeleton lists the items to translate"
    for entry in data["entries"].values():
        entry.update(en=f"English for {entry['hash']}", reviewed=True)
    written.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    out = io.StringIO()
    assert run_status(seeds, strict=True, out=out, translations_dir=translations) == 0, out.getvalue()
    en_row = next(line for line in out.getvalue().splitlines() if line.startswith("2023-test-notice") and " en " in line)
    items, reviewed, derived, *others = en_row.split()[2:8]
    # everything reviewed but the generated "In brief" paragraph (derived): nothing converted, missing or stale
    assert int(items) >= len(data["entries"]) and (int(reviewed), int(derived)) == (int(items) - 1, 1)
    assert others == ["0", "0", "0"]

    path.write_text(path.read_text(encoding="utf-8").replace("关于做好", "关于切实做好"), encoding="utf-8")
    out = io.StringIO()
    assert run_status(seeds, strict=True, out=out, translations_dir=translations) == 1
    assert "stale, the Chinese changed since translation" in out.getvalue()


def test_cli_translate_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _tiny_seed(tmp_path)
    assert main(["translate", "--status", "--seeds", str(tmp_path)]) == 0
    assert "2023-test-notice" in capsys.readouterr().out
    assert main(["translate", "--status", "--strict", "--seeds", str(tmp_path)]) == 1


def test_reviewed_figure_row_is_used_when_the_glossary_cannot_render_it(tmp_path: Path) -> None:
    from build_tools.translate.english import figure_item

    src = _source()
    key, zh = figure_item(src.documents[0], src.documents[0].figures[1])
    assert zh == "工业用水重复利用率：92.5"  # metric and the figure's own text (here no span: the value)
    _memory_file(tmp_path, {key: (zh, "Industrial water reuse rate: 92.5%", True)})
    en = translate(src, translations_dir=tmp_path).documents[0].translations["en"]
    assert [f.status for f in en.figures] == ["derived", "reviewed"]
    assert en.figures[1].text == "Industrial water reuse rate: 92.5%"


def test_byline_names_are_composed_from_glossary_parts() -> None:
    from build_tools.render.i18n import english_name_plain

    assert english_name_plain("朝阳市") == "Chaoyang"
    assert english_name_plain("某某 从未收录").startswith("[not yet translated")


def test_reviewed_row_read_with_another_period_is_shown_stale() -> None:
    """A reviewed key-figure row stays on the page, flagged stale, when the extractor reads the same figure (metric
    and value) with another period: its key changed, the translator is told to revise it."""
    from build_tools.translate.comparisons import context_for
    from build_tools.translate.english import english_document, figure_item
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.memory import Memory, MemoryEntry

    source = _source()
    doc = source.documents[0]
    fig = doc.figures[1]  # 工业用水重复利用率: not in the glossary, so no derived row
    old_key, old_zh = figure_item(doc, Figure(**{**fig.__dict__, "period": "2018"}))
    english = "Industrial water reuse rate: 92.5%, 2018"
    memory = Memory(source.slug, entries={old_key: MemoryEntry(old_key, old_zh, english, True)})
    glossary = get_glossary()
    tr = english_document(doc, memory, glossary, context_for("朝阳市", glossary), source.meta)
    assert (tr.figures[1].text, tr.figures[1].status) == (english, "stale")
    assert figure_item(doc, fig)[0] != old_key


def test_every_seed_translation_entry_still_matches_an_item() -> None:
    """An entry of translations/ matching no current item is a row or event the pipeline no longer gives: either
    the extraction regressed (a rate lost the campaign in its name: “万件化访”化解率 -> 化解率) or the row was
    rightly dropped (a programme's count of tasks) and its entry must go with it."""
    out = io.StringIO()
    assert run_status(ROOT / "seeds", strict=True, out=out) == 0, out.getvalue()
    assert "entries matching no current text" not in out.getvalue(), out.getvalue()

"""Translators' exchange files: export of what is untranslated, PO and XLIFF round trips, import into memory."""

from pathlib import Path

import pytest

from build_tools.pipeline import process
from build_tools.translate import translate
from build_tools.translate.__main__ import main
from build_tools.translate.exchange import Unit, export_units, from_po, from_xliff, import_file, to_po, to_xliff
from build_tools.translate.memory import load_memory, text_hash

ROOT = Path(__file__).resolve().parents[1]
# a notice whose subject has no official English: its title stays partly marked (the gazette's titles all render)
GAZETTE = ROOT / "tests" / "fixtures" / "translate" / "2023-qingxi-bird-habitat-notice.txt"
SLUG = "2023-qingxi-bird-habitat-notice"

TRICKY = [
    Unit(f"{SLUG}-1/title", "关于印发《A&B<c>》的通知", "title", notes=['glossary: 通知 = notice (x)']),
    Unit(f"{SLUG}-1/p2", "一、“引号”与\"quotes\"\n换行", "heading", target="I. Draft", state="needs-review-translation"),
]


@pytest.fixture(scope="module")
def gazette():
    return translate(process(GAZETTE))


def test_export_lists_only_what_has_no_english(gazette, tmp_path: Path) -> None:
    units = export_units(gazette, translations_dir=tmp_path)
    keys = {u.key for u in units}
    assert f"{SLUG}/title" in keys  # the notice's subject does not render
    tr = gazette.documents[0].translations["en"]
    derived_events = [e for e, t in zip(gazette.documents[0].events, tr.events, strict=True) if t.status == "derived"]
    assert all(f"{SLUG}/event/{text_hash(e.text)}" not in keys for e in derived_events)
    title = next(u for u in units if u.key == f"{SLUG}/title")
    # the partly rendered title and the glossary's terms are given to the translator
    assert any(n.startswith("generated with gaps: Notice of the General Office of the Qingxi County People's "
                            "Government on [")
               for n in title.notes)


@pytest.mark.parametrize(("write", "read"), [(to_po, from_po), (to_xliff, from_xliff)], ids=["po", "xliff"])
def test_round_trip_keeps_ids_and_text(write, read) -> None:
    slug, units = read(write(SLUG, TRICKY))
    assert slug == SLUG
    assert [(u[0], u[1], u[2]) for u in units] == [(u.key, u.zh, u.target) for u in TRICKY]


def test_export_is_deterministic(gazette, tmp_path: Path) -> None:
    units = export_units(gazette, translations_dir=tmp_path)
    assert to_po(SLUG, units) == to_po(SLUG, export_units(gazette, translations_dir=tmp_path))


def test_po_import_is_a_draft_unless_reviewed(tmp_path: Path) -> None:
    done = [Unit(f"{SLUG}-1/title", "清溪县人民政府办公室关于进一步做好候鸟栖息地巡护工作的通知", "title",
                 target="Notice of the General Office of the Qingxi County People's Government on Patrols")]
    po = tmp_path / f"{SLUG}.po"
    po.write_text(to_po(SLUG, done).replace("#, fuzzy\n", ""), encoding="utf-8")
    import_file(po, translations_dir=tmp_path)
    memory, problems = load_memory(SLUG, "en", tmp_path)
    assert not problems
    entry = memory.entries[f"{SLUG}-1/title"]
    assert entry.en.startswith("Notice of the General Office") and not entry.reviewed
    assert entry.hash == text_hash(done[0].zh)
    import_file(po, reviewed=True, translations_dir=tmp_path)
    assert load_memory(SLUG, "en", tmp_path)[0].entries[f"{SLUG}-1/title"].reviewed


def test_cli_export_translate_import_then_page_uses_it(tmp_path: Path) -> None:
    out = tmp_path / "out"
    trans = tmp_path / "translations"
    assert main(["export", str(GAZETTE), "--format", "xliff", "--out", str(out), "--no-corpus",
                 "--translations", str(trans)]) == 0
    xlf = out / f"{SLUG}.xlf"
    text = xlf.read_text(encoding="utf-8")
    # the first document title no grammar renders (the titles that render are not exported)
    titles = [u for u in export_units(translate(process(GAZETTE)), translations_dir=trans) if u.kind == "title"]
    assert titles, "the notice needs one title the title grammar cannot render"
    key = titles[0].key
    english = "The Title as a Translator Wrote It"
    marker = f'<trans-unit id="{key}" resname="title">'
    head, _, rest = text.partition(marker)
    rest = rest.replace('<target state="needs-translation" />', f'<target state="final">{english}</target>', 1)
    xlf.write_text(head + marker + rest, encoding="utf-8")
    assert main(["import", str(xlf), "--translations", str(trans)]) == 0
    source = translate(process(GAZETTE), translations_dir=trans)
    doc = next(d for d in source.documents if key.startswith(f"{d.id}/"))
    title = doc.translations["en"].title
    assert (title.text, title.status) == (english, "reviewed")
    # exported again, the reviewed title is no longer asked for
    assert key not in {u.key for u in export_units(source, translations_dir=trans)}


def test_import_of_a_file_for_no_bulletin_fails_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "x.po"
    bad.write_text(to_po("", TRICKY), encoding="utf-8")
    with pytest.raises(ValueError):
        import_file(bad, translations_dir=tmp_path, slug="../evil")


def test_import_of_a_broken_xliff_names_the_line(tmp_path: Path) -> None:
    broken = tmp_path / f"{SLUG}.xlf"
    broken.write_text('<?xml version="1.0"?>\n<xliff version="1.2">\n<file original="x"><body>\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r":4:\d+: not a well-formed XLIFF"):
        import_file(broken, translations_dir=tmp_path)
    assert not (tmp_path / "en").exists()  # nothing written

"""Translation memory: stable ids, hashes of the Chinese, stale detection, skeleton files (memory.py)."""

import hashlib
from pathlib import Path

import yaml

from build_tools.model import Document, Event, Metadata, Paragraph, Source
from build_tools.translate.memory import (
    Memory,
    MemoryEntry,
    document_items,
    dump_memory,
    load_memory,
    parse_memory,
    text_hash,
    validate_file,
    write_skeleton,
)

TITLE = "朝阳市人民政府办公室关于印发朝阳市深化农村公路管理养护体制改革实施方案的通知"
HEADING = "一、总体要求"
BODY = "经市政府同意，现将《朝阳市深化农村公路管理养护体制改革实施方案》印发给你们，请结合实际，认真组织实施。"
SUMMARY = ["全面推行农村公路“路长制”。", "农村公路列养率达到100%。"]
EVENT = "2023年基本建立权责清晰、齐抓共管的农村公路管理养护体制机制"


def _doc() -> Document:
    return Document(
        id="gazette-notice",
        title=TITLE,
        paragraphs=[Paragraph("p1", BODY), Paragraph("p2", HEADING, heading=1, role="heading")],
        summary=[*SUMMARY, SUMMARY[0]],  # a repeated sentence is one item
        events=[Event(date="2023", text=EVENT, paragraph="p1", precision="year", kind="target")],
    )


def _source(doc: Document | None = None) -> Source:
    return Source(slug="2023-test-gazette", path="seeds/2023-test-gazette.txt", encoding="utf-8",
                  meta=Metadata(region="朝阳市"), documents=[doc or _doc()])


def test_text_hash_is_sha1_of_the_text_without_whitespace() -> None:
    assert text_hash("一、总体要求") == hashlib.sha1("一、总体要求".encode()).hexdigest()[:8]
    assert text_hash("今年 是 新中国 成立 70 周年") == text_hash("今年是新中国成立70周年")
    assert text_hash("今年是新中国成立70周年") != text_hash("今年是新中国成立71周年")


def test_document_items_have_stable_ids_in_reading_order() -> None:
    items = document_items(_doc())
    assert [(i.key, i.kind) for i in items] == [
        ("gazette-notice/title", "title"),
        ("gazette-notice/p2", "heading"),
        (f"gazette-notice/summary/{text_hash(SUMMARY[0])}", "summary"),
        (f"gazette-notice/summary/{text_hash(SUMMARY[1])}", "summary"),
        (f"gazette-notice/event/{text_hash(EVENT)}", "event"),
    ]
    assert [i.key for i in document_items(_doc(), body=True)][1:3] == ["gazette-notice/p1", "gazette-notice/p2"]


def _memory(*entries: MemoryEntry) -> Memory:
    return Memory("2023-test-gazette", entries={e.key: e for e in entries})


def test_resolve_reviewed_stale_moved_unreviewed_missing() -> None:
    title_en = "Notice on Issuing the Implementation Plan for Reforming Rural Road Management and Maintenance"
    memory = _memory(
        MemoryEntry("gazette-notice/title", TITLE, title_en, True),
        MemoryEntry("gazette-notice/p2", "一、总体目标", "I. Overall Objectives", True),  # made for other Chinese
        MemoryEntry("gazette-notice/p9", HEADING, "I. General Requirements", True),  # the heading's old id
        MemoryEntry("gazette-notice/p1", BODY, "With the approval of the municipal government ...", False),
    )
    reviewed = memory.resolve("gazette-notice/title", TITLE)
    assert (reviewed.status, reviewed.text, reviewed.source_hash) == ("reviewed", title_en, text_hash(TITLE))
    moved = memory.resolve("gazette-notice/p2", HEADING)  # same Chinese found under its old id
    assert (moved.status, moved.text, moved.note) == ("reviewed", "I. General Requirements", "moved")
    stale = memory.resolve("gazette-notice/p2", "一、工作任务")
    assert (stale.status, stale.text, stale.source_hash) == ("stale", "I. Overall Objectives", text_hash("一、总体目标"))
    draft = memory.resolve("gazette-notice/p1", BODY)
    assert (draft.status, draft.text, draft.note) == ("missing", BODY, "unreviewed")
    missing = memory.resolve("gazette-notice/summary/0000abcd", SUMMARY[0])
    assert (missing.status, missing.text, missing.note) == ("missing", SUMMARY[0], "")
    assert missing.translated().status == "missing"


def test_parse_memory_reports_problems_with_lines() -> None:
    text = (
        "bulletin: 2023-test-gazette\nlang: en\nentries:\n"
        "  a/title:\n    zh: 标题\n    en: Title\n    reviewed: yes please\n"
        "  a/p1:\n    en: no Chinese here\n    reviewed: false\n"
        "  a/p2:\n    zh: 一、总体要求\n    hash: 12345678\n    en: I. General Requirements\n    reviewed: true\n"
        "  a/p3:\n    zh: 二、工作目标\n    en: ''\n    reviewed: true\n    comment: later\n"
    )
    memory, problems = parse_memory(text, "t.yml", "2023-test-gazette")
    found = [(p.line, p.severity, p.message) for p in problems]

    def has(line: int, severity: str, start: str) -> bool:
        return any(tuple(f) == (line, severity) and m.split(": ", 1)[1].startswith(start) for *f, m in found)

    assert has(4, "error", "'reviewed' must be true or false")
    assert has(8, "error", "'zh' (the Chinese being translated) is missing")
    assert has(11, "warning", "'hash' is not the hash of 'zh'")
    assert has(16, "error", "unknown key 'comment'")
    assert has(16, "warning", "marked reviewed but 'en' is empty")
    assert len(found) == 5
    assert set(memory.entries) == {"a/title", "a/p2", "a/p3"}
    assert memory.entries["a/p2"].hash == "12345678"  # the hash written is what the English was made for
    assert memory.resolve("a/p2", "一、总体要求").status == "stale"


def test_parse_memory_yaml_errors() -> None:
    _memory_obj, problems = parse_memory("entries:\n  a/title: [unclosed\n", "t.yml")
    assert problems and problems[0].severity == "error"
    _memory_obj, problems = parse_memory("- just a list\n", "t.yml")
    assert "mapping" in problems[0].message


def test_skeleton_writes_the_chinese_and_keeps_existing_translations(tmp_path: Path) -> None:
    path = write_skeleton(_source(), "en", tmp_path)
    assert path == tmp_path / "en" / "2023-test-gazette.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["bulletin"] == "2023-test-gazette" and data["lang"] == "en"
    assert list(data["entries"]) == [i.key for i in document_items(_doc())]
    title = data["entries"]["gazette-notice/title"]
    assert title == {"zh": TITLE, "hash": text_hash(TITLE), "en": "", "reviewed": False}
    assert validate_file(path) == []

    # A translator fills in the title; the Chinese of the heading then changes.
    data["entries"]["gazette-notice/title"].update(en="Notice on Issuing the Plan", reviewed=True)
    data["entries"]["gazette-notice/p2"].update(en="I. General Requirements", reviewed=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    doc = _doc()
    doc.paragraphs[1].text = "一、总体要求和基本原则"
    write_skeleton(_source(doc), "en", tmp_path)
    memory, problems = load_memory("2023-test-gazette", "en", tmp_path)
    assert problems == []
    assert memory.resolve("gazette-notice/title", TITLE).status == "reviewed"
    assert memory.resolve("gazette-notice/p2", doc.paragraphs[1].text).status == "stale"  # kept, not overwritten

    # --update: the entry takes the new Chinese and keeps its English as an unreviewed draft.
    write_skeleton(_source(doc), "en", tmp_path, update=True)
    memory, _problems = load_memory("2023-test-gazette", "en", tmp_path)
    entry = memory.entries["gazette-notice/p2"]
    assert (entry.zh, entry.en, entry.reviewed) == (doc.paragraphs[1].text, "I. General Requirements", False)
    assert memory.resolve("gazette-notice/p2", doc.paragraphs[1].text).note == "unreviewed"


def test_dump_is_deterministic_and_round_trips() -> None:
    memory = _memory(MemoryEntry("a/title", "标题：“161”工程", "Title: the \"161\" Project", True))
    text = dump_memory(memory)
    assert text == dump_memory(memory)
    assert text.startswith("# en translations of the bulletin seeds/2023-test-gazette.txt")
    again, problems = parse_memory(text, "t.yml", "2023-test-gazette")
    assert problems == [] and again.entries == memory.entries


def test_missing_file_is_an_empty_memory(tmp_path: Path) -> None:
    memory, problems = load_memory("nothing-here", "en", tmp_path)
    assert memory.entries == {} and problems == []


def test_figure_key_holds_everything_the_english_states():
    """Two rows that differ only in subject or status never share a reviewed translation, and a row whose status or
    subject changes gets a new key (its reviewed English is reported stale, not shown for the other meaning)."""
    from dataclasses import replace

    from build_tools.model import Document, Figure
    from build_tools.translate.english import figure_item

    doc = Document(id="d", title="t")
    base = Figure(metric="出资", value=1e7, unit="元", sentence="s", paragraph="p1", text="1000万元",
                  period="2019-08")
    keys = {figure_item(doc, f)[0] for f in (base, replace(base, subject="甲公司"), replace(base, subject="乙公司"),
                                              replace(base, status="target", is_target=True),
                                              replace(base, status="forecast"), replace(base, status="requirement"))}
    assert len(keys) == 6
    assert figure_item(doc, replace(base, subject="甲公司", status="target"))[1] == "甲公司｜出资：1000万元（2019-08，目标）"
    assert figure_item(doc, base)[1] == "出资：1000万元（2019-08）"

"""Incremental builds: cache keys, cache entries, and rebuilds that are byte-identical to clean builds."""

from __future__ import annotations

import gc
import json
import logging
import pickle
import re
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, sample_sources

from build_tools import build, cache
from build_tools.cache import Cache, Keys, outline_of
from build_tools.model import Source
from build_tools.render import memo

FEATURE = "2019-chaoyang-revitalization-feature"
WORK_REPORT = "2019-chaoyang-work-report-tasks"
OPENING = "2019-chaoyang-opening-up-page"


def copy_seeds(folder: Path, names: tuple[str, ...] = (FEATURE, WORK_REPORT, OPENING)) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        for ext in (".txt", ".yml"):
            shutil.copy(ROOT / "seeds" / f"{name}{ext}", folder / f"{name}{ext}")
            (folder / f"{name}{ext}").chmod(0o644)
    return folder


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def assert_same_tree(a: Path, b: Path) -> None:
    ta, tb = tree(a), tree(b)
    assert sorted(ta) == sorted(tb)
    differing = [name for name in ta if ta[name] != tb[name]]
    assert differing == []


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# ---- keys ----

@pytest.fixture
def inputs(tmp_path: Path) -> tuple[Path, Path, Path]:
    seeds = copy_seeds(tmp_path / "seeds", (FEATURE, WORK_REPORT))
    glossary = tmp_path / "glossary"
    glossary.mkdir()
    (glossary / "terms.yml").write_text("- zh: 营商环境\n  en: business environment\n", encoding="utf-8")
    translations = tmp_path / "translations"
    (translations / "en").mkdir(parents=True)
    return seeds, glossary, translations


def test_key_follows_exactly_what_the_model_depends_on(inputs: tuple[Path, Path, Path]) -> None:
    seeds, glossary, translations = inputs
    feature, report = seeds / f"{FEATURE}.txt", seeds / f"{WORK_REPORT}.txt"

    def keys() -> tuple[str, str]:
        k = Keys(glossary, translations)
        return k.key(feature), k.key(report)

    start = keys()
    assert start == keys() and start[0] != start[1]
    edit(feature, "同比增长7%", "同比增长8%")  # the text
    after_text = keys()
    assert after_text[0] != start[0] and after_text[1] == start[1]
    edit(seeds / f"{FEATURE}.yml", "date: 2019-08", "date: 2019-07")  # its metadata
    after_meta = keys()
    assert after_meta[0] != after_text[0] and after_meta[1] == start[1]
    (translations / "en" / f"{WORK_REPORT}.yml").write_text(f"bulletin: {WORK_REPORT}\nlang: en\nentries: {{}}\n",
                                                             encoding="utf-8")  # its reviewed translations
    after_memory = keys()
    assert after_memory[0] == after_meta[0] and after_memory[1] != start[1]
    (glossary / "terms.yml").write_text("- zh: 营商环境\n  en: business climate\n", encoding="utf-8")  # glossary
    after_glossary = keys()
    assert after_glossary[0] != after_memory[0] and after_glossary[1] != after_memory[1]


def test_key_includes_the_path_the_model_records(inputs: tuple[Path, Path, Path], tmp_path: Path) -> None:
    seeds, glossary, translations = inputs
    other = tmp_path / "elsewhere"
    other.mkdir()
    shutil.copy(seeds / f"{FEATURE}.txt", other)
    shutil.copy(seeds / f"{FEATURE}.yml", other)
    k = Keys(glossary, translations)
    assert k.key(seeds / f"{FEATURE}.txt") != k.key(other / f"{FEATURE}.txt")


def test_metadata_file_appearing_changes_the_key(inputs: tuple[Path, Path, Path]) -> None:
    seeds, glossary, translations = inputs
    source = seeds / f"{FEATURE}.txt"
    (seeds / f"{FEATURE}.yml").unlink()
    without = Keys(glossary, translations).key(source)
    (seeds / f"{FEATURE}.yaml").write_text("date: 2019-08\nregion: 朝阳市\nkind: news\nsource: x\n", encoding="utf-8")
    assert Keys(glossary, translations).key(source) != without


def test_code_digest_sees_any_file_of_the_package(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    shutil.copytree(ROOT / "build_tools", package, ignore=shutil.ignore_patterns("__pycache__"))
    before = cache.folder_digest(package)
    (package / "__pycache__").mkdir(exist_ok=True)
    (package / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"compiled")  # byte code is not source
    assert cache.folder_digest(package) == before
    with (package / "structure.py").open("a", encoding="utf-8") as fh:
        fh.write("\n# a comment is a change\n")
    assert cache.folder_digest(package) != before
    assert len(cache.code_version()) == 64


# ---- entries ----

def test_entry_round_trip_keeps_the_model_exactly(tmp_path: Path) -> None:
    store = Cache(tmp_path / "cache")
    for i, source in enumerate(sample_sources()):
        path, key = f"seeds/{source.slug}.txt", f"{i:064d}"
        store.store(path, key, source)
        loaded = store.load(path, key)
        assert loaded == source
        assert json.dumps(loaded.to_dict(), ensure_ascii=False) == json.dumps(source.to_dict(), ensure_ascii=False)


def test_real_model_with_translations_round_trips(tmp_path: Path) -> None:
    source = build.model_of(str(ROOT / "seeds" / f"{FEATURE}.txt"))
    assert any(doc.translations for doc in source.documents)
    store = Cache(tmp_path / "cache")
    store.store(source.path, "k" * 64, source)
    assert store.load(source.path, "k" * 64) == source


def test_missing_damaged_or_foreign_entries_are_misses(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = Cache(tmp_path / "cache")
    source = sample_sources()[0]
    assert store.load("a.txt", "1" * 64) is None
    store.store("a.txt", "1" * 64, source)
    entry = store.entry("a.txt", "1" * 64)
    shutil.copy(entry, store.entry("a.txt", "2" * 64))  # an entry under the wrong name
    assert store.load("a.txt", "2" * 64) is None
    entry.write_bytes(entry.read_bytes()[:100])  # truncated
    with caplog.at_level(logging.WARNING):
        assert store.load("a.txt", "1" * 64) is None
    assert "damaged" in caplog.text
    outline = store.entry("a.txt", "1" * 64, outline=True)  # a pickle: any damage is a miss too
    good = outline.read_bytes()
    for damaged in (good[:len(good) // 2], b"not a pickle", pickle.dumps({"format": cache.FORMAT, "key": "1" * 64,
                                                                          "source": "not a model"})):
        outline.write_bytes(damaged)
        assert store.load("a.txt", "1" * 64, outline=True) is None
    outline.write_bytes(good)
    assert store.load("a.txt", "1" * 64, outline=True) == outline_of(source)


def test_outline_keeps_what_site_wide_pages_read_and_drops_the_text(tmp_path: Path) -> None:
    store = Cache(tmp_path / "cache")
    source = next(s for s in sample_sources() if any(d.paragraphs and d.figures for d in s.documents))
    store.store("a.txt", "1" * 64, source)
    outline = store.load("a.txt", "1" * 64, outline=True)
    assert outline is not None and outline.report == [] and outline.meta == source.meta
    assert [d.id for d in outline.documents] == [d.id for d in source.documents]
    for full, short in zip(source.documents, outline.documents, strict=True):
        assert short.paragraphs == [] and short.figures == full.figures and short.events == full.events
        assert short.summary == full.summary and short.title == full.title
        for lang, tr in short.translations.items():
            assert tr.paragraphs == {} and tr.title == full.translations[lang].title
    assert store.entry("a.txt", "1" * 64, outline=True).stat().st_size < store.entry("a.txt", "1" * 64).stat().st_size


def test_prune_keeps_one_entry_per_live_source(tmp_path: Path) -> None:
    store = Cache(tmp_path / "cache")
    live, gone = tmp_path / "live.txt", tmp_path / "gone.txt"
    live.write_text("x", encoding="utf-8")
    gone.write_text("y", encoding="utf-8")
    source = sample_sources()[1]
    store.store(live, "old" + "0" * 61, source)
    store.store(live, "new" + "0" * 61, source)
    store.store(gone, "g" * 64, source)
    gone.unlink()
    assert store.prune([(live, "new" + "0" * 61)]) == 4  # the old entry and its outline, the gone one and its outline
    assert store.load(live, "new" + "0" * 61) == source
    assert store.load(live, "new" + "0" * 61, outline=True) == outline_of(source)
    assert not store.entry(gone, "g" * 64).parent.exists()
    assert not store.entry(live, "old" + "0" * 61).exists()


# ---- builds ----

def test_rebuild_after_one_change_is_identical_to_a_clean_build(tmp_path: Path,
                                                                caplog: pytest.LogCaptureFixture) -> None:
    seeds = copy_seeds(tmp_path / "seeds")
    out, cache_dir = tmp_path / "inc" / "docs", tmp_path / "cache"
    assert build.build_site(seeds, out, jobs=1, cache_dir=cache_dir) == 0
    assert (out / build.MANIFEST).exists()
    edit(seeds / f"{FEATURE}.txt", "同比增长7%", "同比增长8%")
    edit(seeds / f"{WORK_REPORT}.yml", "region: 朝阳市", "region: 北票市")  # metadata only: pages of all lists
    caplog.clear()
    with caplog.at_level(logging.INFO):
        assert build.build_site(seeds, out, jobs=1, cache_dir=cache_dir) == 0
    assert "1 sources from the cache, 2 processed" in caplog.text
    assert "2 rendered by workers, 1 unchanged, 0 rendered" in caplog.text
    remembered = re.search(r"site-wide fragments: (\d+) remembered, (\d+) rendered", caplog.text)
    assert remembered and int(remembered[1]) > 0 and int(remembered[2]) > 0  # the unchanged bulletin's, the others'
    clean = tmp_path / "clean" / "docs"
    assert build.build_site(seeds, clean, jobs=1, cache_dir=None) == 0
    assert_same_tree(out, clean)
    assert "8%" in (out / "data" / FEATURE / "extract.json").read_text(encoding="utf-8")
    assert "北票市" in (out / "bulletins" / "index.md").read_text(encoding="utf-8")


def test_one_change_stores_again_only_the_fragment_shards_it_touches(tmp_path: Path,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    """After one bulletin changed, the cache writes again that bulletin's fragment shard (and shared ones it is in),
    not the others'; the changed bulletin is built by a worker while this process reads the rest (jobs=2); the
    tree is still byte-identical to a clean build, and the cycle collector is on again after the build."""
    seeds = copy_seeds(tmp_path / "seeds")
    out, cache_dir = tmp_path / "inc" / "docs", tmp_path / "cache"
    assert build.build_site(seeds, out, jobs=2, cache_dir=cache_dir) == 0
    shards = cache_dir / "fragments"
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in shards.iterdir()}
    own = {slug: f"{memo.shard_name(slug)}.pickle" for slug in (FEATURE, WORK_REPORT, OPENING)}
    assert set(own.values()) <= set(before)  # one shard per bulletin
    edit(seeds / f"{FEATURE}.txt", "同比增长7%", "同比增长8%")
    caplog.clear()
    with caplog.at_level(logging.INFO):
        assert build.build_site(seeds, out, jobs=2, cache_dir=cache_dir) == 0
    assert "2 sources from the cache, 1 processed" in caplog.text
    assert "1 rendered by workers, 2 unchanged, 0 rendered" in caplog.text
    after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in shards.iterdir()}
    assert after[own[FEATURE]] != before[own[FEATURE]]
    for slug in (WORK_REPORT, OPENING):
        assert after[own[slug]] == before[own[slug]]  # not written again: same time, same bytes
    assert gc.isenabled()
    clean = tmp_path / "clean" / "docs"
    assert build.build_site(seeds, clean, jobs=1, cache_dir=None) == 0
    assert_same_tree(out, clean)


def test_unchanged_rebuild_processes_and_renders_nothing(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    seeds = copy_seeds(tmp_path / "seeds", (FEATURE, WORK_REPORT))
    out, cache_dir = tmp_path / "docs", tmp_path / "cache"
    assert build.build_site(seeds, out, jobs=1, cache_dir=cache_dir) == 0
    first = tree(out)
    caplog.clear()
    with caplog.at_level(logging.INFO):
        assert build.build_site(seeds, out, jobs=1, cache_dir=cache_dir) == 0
    assert "2 sources from the cache, 0 processed; pages: 0 rendered by workers, 2 unchanged, 0 rendered" in caplog.text
    assert tree(out) == first
    # A new output folder with a warm cache: models from the cache, pages rendered again; same bytes.
    other = tmp_path / "other" / "docs"
    assert build.build_site(seeds, other, jobs=1, cache_dir=cache_dir) == 0
    assert tree(other) == first


def test_removed_bulletin_disappears_from_an_incremental_build(tmp_path: Path) -> None:
    seeds = copy_seeds(tmp_path / "seeds", (FEATURE, WORK_REPORT))
    out, cache_dir = tmp_path / "docs", tmp_path / "cache"
    assert build.build_site(seeds, out, jobs=1, cache_dir=cache_dir) == 0
    (seeds / f"{WORK_REPORT}.txt").unlink()
    (seeds / f"{WORK_REPORT}.yml").unlink()
    assert build.build_site(seeds, out, jobs=1, cache_dir=cache_dir) == 0
    clean = tmp_path / "clean"
    assert build.build_site(seeds, clean, jobs=1, cache_dir=None) == 0
    assert_same_tree(out, clean)
    assert not (out / "bulletins" / WORK_REPORT).exists()


def test_tampered_previous_tree_is_rendered_again(tmp_path: Path) -> None:
    """A previous tree whose bulletin folder is gone (edited by hand, say): the pages are rendered again."""
    seeds = copy_seeds(tmp_path / "seeds", (FEATURE,))
    out, cache_dir = tmp_path / "docs", tmp_path / "cache"
    assert build.build_site(seeds, out, jobs=1, cache_dir=cache_dir) == 0
    first = tree(out)
    shutil.rmtree(out / "data" / FEATURE)
    assert build.build_site(seeds, out, jobs=1, cache_dir=cache_dir) == 0
    assert tree(out) == first


def test_cached_model_is_used_instead_of_processing(tmp_path: Path) -> None:
    """The cache is really read: a (hand-altered) entry under the current key is what gets published."""
    seeds = copy_seeds(tmp_path / "seeds", (FEATURE,))
    cache_dir = tmp_path / "cache"
    assert build.build_site(seeds, tmp_path / "a", jobs=1, cache_dir=cache_dir) == 0
    path = str(seeds / f"{FEATURE}.txt")
    key = Keys().key(path)
    store = Cache(cache_dir)
    source = store.load(path, key)
    assert isinstance(source, Source)
    source.documents[0].title = "缓存中的标题"
    store.store(path, key, source)
    assert build.build_site(seeds, tmp_path / "b", jobs=1, cache_dir=cache_dir) == 0
    assert "缓存中的标题" in (tmp_path / "b" / "bulletins" / FEATURE / "index.md").read_text(encoding="utf-8")


def test_failed_incremental_render_leaves_the_previous_tree_and_its_manifest(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Everything is rendered before the first write: a failure in the site-wide pages changes nothing."""
    seeds = copy_seeds(tmp_path / "seeds", (FEATURE, WORK_REPORT))
    out, cache_dir = tmp_path / "docs", tmp_path / "cache"
    assert build.build_site(seeds, out, jobs=1, cache_dir=cache_dir) == 0
    first = tree(out)
    edit(seeds / f"{FEATURE}.txt", "同比增长7%", "同比增长8%")

    def boom(*args: object, **kwargs: object) -> str:
        raise RuntimeError("timeline failed")

    monkeypatch.setattr(build.render.indexes, "timeline_page", boom)
    with pytest.raises(RuntimeError):
        build.build_site(seeds, out, jobs=1, cache_dir=cache_dir)
    assert tree(out) == first


def test_interrupted_in_place_update_is_followed_by_a_whole_new_tree(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    """A crash half-way through an in-place update leaves whole files and no manifest; the next build then writes a
    whole new tree (staged and swapped), identical to a clean build, with no stale file left."""
    seeds = copy_seeds(tmp_path / "seeds", (FEATURE, WORK_REPORT))
    out, cache_dir = tmp_path / "docs", tmp_path / "cache"
    assert build.build_site(seeds, out, jobs=1, cache_dir=cache_dir) == 0
    edit(seeds / f"{FEATURE}.txt", "同比增长7%", "同比增长8%")
    calls = {"n": 0}
    real = build._write_if_changed

    def crash_after_two(path: Path, content: bytes) -> bool:
        calls["n"] += 1
        if calls["n"] > 2:
            raise KeyboardInterrupt
        return real(path, content)

    monkeypatch.setattr(build, "_write_if_changed", crash_after_two)
    with pytest.raises(KeyboardInterrupt):
        build.build_site(seeds, out, jobs=1, cache_dir=cache_dir)
    assert not (out / build.MANIFEST).exists()
    (out / "stale.md").write_text("left from the interrupted build", encoding="utf-8")
    monkeypatch.setattr(build, "_write_if_changed", real)
    caplog.clear()
    with caplog.at_level(logging.INFO):
        assert build.build_site(seeds, out, jobs=1, cache_dir=cache_dir) == 0
    assert "updated in place" not in caplog.text
    clean = tmp_path / "clean"
    assert build.build_site(seeds, clean, jobs=1, cache_dir=None) == 0
    assert_same_tree(out, clean)


def test_incremental_build_updates_the_tree_in_place(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Unchanged bulletins' files are not touched (same inode, same mtime); site-wide files whose bytes did not
    change are not rewritten."""
    seeds = copy_seeds(tmp_path / "seeds", (FEATURE, WORK_REPORT))
    out, cache_dir = tmp_path / "docs", tmp_path / "cache"
    assert build.build_site(seeds, out, jobs=1, cache_dir=cache_dir) == 0
    kept = out / "bulletins" / WORK_REPORT / "index.md"
    glossary = out / "glossary.md"
    before = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in (kept, glossary)}
    edit(seeds / f"{FEATURE}.txt", "同比增长7%", "同比增长8%")
    caplog.clear()
    with caplog.at_level(logging.INFO):
        assert build.build_site(seeds, out, jobs=1, cache_dir=cache_dir) == 0
    assert "updated in place" in caplog.text
    assert {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in (kept, glossary)} == before
    assert "8%" in (out / "data" / FEATURE / "extract.json").read_text(encoding="utf-8")

"""Issue 13: no file in a pull request can leak, bloat or crash the site.

Each test plays a careless or hostile contributor and checks the build and lint together: what lint refuses the
build does not publish, and names; nothing outside seeds/ reaches the output; no input hangs or crashes a build.
"""

from __future__ import annotations

import logging
import os
import signal
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_tools import build, ingest, lint, meta, sources
from build_tools.errors import InputError

MARKER = "SECRETMARKER7F3A"  # a token as CI's checkout writes it into .git/config
NOTICE = ("朝阳市人民政府关于做好2023年春耕生产工作的通知\n\n各县（市）区人民政府，市政府各部门：\n\n"
          "为做好今年春耕生产工作，现将有关事项通知如下。全市粮食播种面积稳定在600万亩以上，同比增长2.5%。\n\n"
          "各地要在3月31日前完成农资储备，确保春耕生产顺利进行。\n\n朝阳市人民政府\n2023年3月1日\n")
META = "date: 2023-03-01\nregion: 朝阳市\nkind: notice\nsource: 朝阳市人民政府\n"
GOOD = "2023-chaoyang-spring-notice"


@pytest.fixture
def alarm() -> Iterator[None]:
    """Fail instead of hanging (a FIFO or /dev/zero read without a bound never returns)."""
    def timeout(signum: int, frame: object) -> None:
        raise TimeoutError("the build hung")

    old = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(240)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def write_bulletin(folder: Path, name: str, text: str = NOTICE, metadata: str = META) -> Path:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.yml").write_text(metadata, encoding="utf-8")
    return folder / f"{name}.txt"


def tree_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink())


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A seeds folder with one good bulletin and every kind of entry that must not become one."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(NOTICE.replace("春耕", f"春耕{MARKER}"), encoding="utf-8")
    (outside / "secret.yml").write_text(META + f"notes: {MARKER}\n", encoding="utf-8")
    (outside / "config").write_text(f"[http]\n\textraheader = AUTHORIZATION: basic {MARKER}\n", encoding="utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_bulletin(seeds, GOOD)
    (seeds / "2023-link-secret.txt").symlink_to(outside / "secret.txt")
    (seeds / "2023-link-secret.yml").write_text(META, encoding="utf-8")
    (seeds / "2023-git-config.txt").symlink_to(outside / "config")
    (seeds / "2023-git-config.yml").write_text(META, encoding="utf-8")
    write_bulletin(seeds, "2023-linked-meta")
    (seeds / "2023-linked-meta.yml").unlink()
    (seeds / "2023-linked-meta.yml").symlink_to(outside / "secret.yml")
    (seeds / "2023-zero.txt").symlink_to("/dev/zero")
    (seeds / "2023-zero.yml").write_text(META, encoding="utf-8")
    os.mkfifo(seeds / "2023-fifo.txt")
    (seeds / "2023-fifo.yml").write_text(META, encoding="utf-8")
    write_bulletin(seeds, ".2023-hidden", NOTICE.replace("春耕", f"春耕{MARKER}"))
    write_bulletin(seeds, "2023-Chaoyang-Case")
    write_bulletin(seeds, "2023-chaoyang-case")
    write_bulletin(seeds, "2023-dotted.name")
    write_bulletin(seeds, "2023-dotted-name")
    write_bulletin(seeds, unicodedata.normalize("NFD", "2023-café"))
    write_bulletin(seeds, "2023 with space")
    (seeds / "2023-no-metadata.txt").write_text(NOTICE, encoding="utf-8")
    (seeds / "2023-folder.txt").mkdir()
    return seeds


REFUSED = {"2023-link-secret.txt", "2023-git-config.txt", "2023-linked-meta.txt", "2023-zero.txt", "2023-fifo.txt",
           ".2023-hidden.txt", "2023-Chaoyang-Case.txt", "2023-chaoyang-case.txt", "2023-dotted.name.txt",
           "2023-dotted-name.txt", unicodedata.normalize("NFD", "2023-café.txt"), "2023 with space.txt",
           "2023-no-metadata.txt", "2023-folder.txt"}


def test_only_regular_files_directly_in_seeds_are_bulletins(hostile: Path) -> None:
    found = [p.name for p in sources.iter_sources(hostile)]
    assert found == [f"{GOOD}.txt", "2023-linked-meta.txt", "2023-no-metadata.txt"]
    refused = {Path(p.file).name for p in sources.refused(hostile)}
    assert REFUSED - set(found) <= refused
    assert "2023-linked-meta.yml" in refused
    # a source is a bulletin with its metadata: a linked or missing .yml refuses it (in build and lint alike)
    assert "symbolic link" in sources.file_problems(hostile / "2023-linked-meta.txt")[0].message
    assert "no metadata file" in sources.file_problems(hostile / "2023-no-metadata.txt")[0].message
    assert sources.file_problems(hostile / f"{GOOD}.txt") == []


def test_bounded_reads_never_follow_links_nor_hang(tmp_path: Path, alarm: None) -> None:
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(InputError, match="symbolic link"):
        sources.read_source_bytes(link, 1000)
    with pytest.raises(InputError, match="character device"):
        sources.read_source_bytes("/dev/zero", 1000)
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(InputError, match="FIFO"):
        sources.read_source_bytes(tmp_path / "fifo", 1000)
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 1001)
    with pytest.raises(InputError, match="the limit is"):
        sources.read_source_bytes(big, 1000)
    assert sources.read_source_bytes(big, 1001) == b"x" * 1001


def test_build_publishes_nothing_lint_refuses_and_nothing_from_outside(hostile: Path, tmp_path: Path, alarm: None,
                                                                       caplog: pytest.LogCaptureFixture) -> None:
    out = tmp_path / "site" / "docs"
    with caplog.at_level(logging.ERROR):
        assert build.build_site(hostile, out, jobs=1, cache_dir=tmp_path / "cache") == 1
    published = sorted(p.name for p in (out / "bulletins").iterdir() if p.is_dir())
    assert published == [GOOD]
    assert MARKER.encode() not in tree_bytes(out)
    assert MARKER.encode() not in tree_bytes(tmp_path / "cache")
    failed_line = next(line for line in caplog.text.splitlines() if "failed:" in line)
    named = {name.strip() for name in failed_line.split("failed:", 1)[1].split(",")}
    assert REFUSED <= named  # every refused source is named by the build
    # lint: an error for every source the build did not publish, none for the one it did
    problems, _ = lint.lint_paths([hostile])
    with_errors = {Path(p.file).name for p in problems if p.severity == "error"}
    assert REFUSED <= with_errors
    assert f"{GOOD}.txt" not in with_errors and f"{GOOD}.yml" not in with_errors
    assert not any(MARKER in str(p) for p in problems)


def test_names_that_collide_on_some_system() -> None:
    paths = [Path("s/2023-A.txt"), Path("s/2023-a.pdf"), Path("s/2023-b.c.txt"), Path("s/2023-b-c.txt"),
             Path("s/2023-d_e.txt"), Path("s/2023-d-e.md"), Path("s/2023-ｆ.txt"), Path("s/2023-f.txt"),
             Path("s/2023-g.txt")]
    clashes = sources.collisions(paths)
    assert set(clashes) == set(paths) - {Path("s/2023-g.txt")}
    assert "2023-a.pdf" in clashes[Path("s/2023-A.txt")].message


# ---------------------------------------------------------------- limits


def test_an_overlong_paragraph_is_refused_by_both_before_extract(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    long_line = "全市经济运行总体平稳" * 1001  # 10,010 characters, no sentence end
    path = write_bulletin(seeds, "2023-long-paragraph", NOTICE.replace("各地要在", long_line + "。各地要在"))
    outcome = build.process_one(str(path))
    assert outcome.source is None
    assert "2023-long-paragraph.txt:7: error: a paragraph of 10," in outcome.error
    assert "break the text into its paragraphs" in outcome.error
    problems, _ = lint.lint_paths([seeds])
    assert any(p.severity == "error" and p.line == 7 and "a paragraph of 10," in p.message for p in problems)


def test_metadata_values_are_bounded_and_kept_as_written() -> None:
    text = ("date: 2023-03-01\nregion: 朝阳市\nkind: notice\nsource: 1e3\ntitle: yes\ndoc_number: 0123\n"
            "issuer: 2023.10\nnotes: null\n")
    metadata, problems = meta.validate(text, "x.yml")
    assert [p for p in problems if p.severity == "error"] == []
    assert (metadata.source, metadata.title, metadata.doc_number, metadata.issuer, metadata.notes) == (
        "1e3", "yes", "0123", "2023.10", "null")
    long_title = f"date: 2023-03-01\nregion: 朝阳市\nkind: notice\nsource: 公报\ntitle: {'标题' * 101}\n"
    _, problems = meta.validate(long_title, "x.yml")
    assert [(p.line, p.message) for p in problems] == [(5, "'title' has 202 characters (at most 200)")]
    notes = "date: 2023-03-01\nregion: 朝阳市\nkind: notice\nsource: 公报\nnotes: " + "备注" * 1001 + "\n"
    assert [p.line for p in meta.validate(notes, "x.yml")[1] if p.severity == "error"] == [5]


@pytest.mark.parametrize("char", ["\u202e", "\u200b", "\u2066", "\u00ad", "\ufeff"])
def test_invisible_characters_in_metadata_are_refused(char: str) -> None:
    text = f"date: 2023-03-01\nregion: 朝阳市\nkind: notice\nsource: 朝阳{char}日报\n"
    _, problems = meta.validate(text, "x.yml")
    errors = [p for p in problems if p.severity == "error"]
    assert len(errors) == 1 and errors[0].line == 4
    assert f"U+{ord(char):04X}" in errors[0].message


def test_invisible_characters_in_a_text_are_removed_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "2023-x-notice.txt"
    path.write_text(NOTICE.replace("全市粮食", "全市\u202e粮食\u200b"), encoding="utf-8")
    assert "\u202e" not in ingest.read_source(path).text and "全市粮食" in ingest.read_source(path).text
    found = lint.invisible_problems(path)
    assert [(p.line, p.severity) for p in found] == [(5, "warning")] and "U+202E" in found[0].message


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize(("text", "encoding"), [
    ("대한민국 정부는 2023년 경제 성장률이 전년 대비 2.5% 증가했다고 발표했다. 지역 균형 발전을 목표로 한다." * 3, "euc-kr"),
    ("日本政府は2023年の経済成長率が前年比2.5%増加したと発表した。地域の均衡ある発展を目標としている。" * 3, "shift_jis"),
    ("日本政府は2023年の経済成長率が前年比2.5%増加したと発表した。地域の均衡ある発展を目標としている。" * 3, "euc-jp"),
    ("Le gouvernement a présenté un rapport détaillé sur l'économie régionale. " * 3, "cp1252"),
])
def test_text_that_is_not_chinese_in_a_chinese_encoding_is_refused(text: str, encoding: str) -> None:
    with pytest.raises(InputError) as caught:
        ingest.decode_bytes(text.encode(encoding), "x.txt")
    message = caught.value.problem.message
    assert "it is not Chinese text" in message and "GB18030" in message and "Big5" in message
    assert "UTF-8" in caught.value.problem.fix


def test_chinese_in_chinese_legacy_encodings_is_still_read() -> None:
    for encoding, expected in (("gbk", "gb18030"), ("gb18030", "gb18030"), ("big5", "big5")):
        text = NOTICE if encoding != "big5" else "臺北市政府關於做好春耕生產工作的通知。各區公所要在三月底前完成準備工作。" * 3
        decoded = ingest.decode_bytes(text.encode(encoding), "x.txt")
        assert decoded.encoding == expected and decoded.text.strip() == text.strip()


def test_new_refuses_a_name_that_would_collide(tmp_path: Path) -> None:
    import io

    from build_tools.new import new_bulletin

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_bulletin(seeds, "2023-Chaoyang.Spring-Notice")
    raw = tmp_path / "raw.txt"
    raw.write_text(NOTICE, encoding="utf-8")
    out = io.StringIO()
    assert new_bulletin(raw, seeds, name="2023-chaoyang-spring-notice", out=out) == 1
    assert "2023-Chaoyang.Spring-Notice" in out.getvalue() and "nothing was written" in out.getvalue()
    assert sorted(p.name for p in seeds.iterdir()) == ["2023-Chaoyang.Spring-Notice.txt", "2023-Chaoyang.Spring-Notice.yml"]


def _dense_pagerank(dense, damping: float = 0.85, iterations: int = 100):
    """The textbook PageRank on the whole n x n similarity matrix: the reference the linear ranking must equal."""
    import numpy as np

    n = dense.shape[0]
    out = dense.sum(axis=1)
    dangling = out <= 0
    trans = dense / np.where(dangling, 1.0, out)[:, None]
    rank = np.full(n, 1.0 / n)
    for _ in range(iterations):
        new = damping * (trans.T @ rank + rank[dangling].sum() / n) + (1 - damping) / n
        if np.abs(new - rank).sum() < 1e-10:
            return new
        rank = new
    return rank


def test_the_linear_summary_ranking_equals_the_matrix_one() -> None:
    """The summary ranks sentences without the n x n matrix (time and memory linear in the text,
    bench/pathological.py); on every document of the seeds its ranks equal the textbook PageRank on the matrix."""
    import numpy as np

    from build_tools.extract import summary
    from build_tools.pipeline import process

    root = Path(__file__).resolve().parent.parent / "seeds"
    docs = [d for p in sorted(root.glob("*.txt")) for d in process(p, with_extract=False).documents]
    assert len(docs) >= 8
    for doc in docs:
        sentences = summary.document_sentences(doc)
        tokens = [summary._tokens(s.text) for s in sentences]
        sim = summary._Factored(len(tokens), summary._postings(tokens))
        n = len(tokens)
        dense = np.array([[sim[i, j] for j in range(n)] for i in range(n)])
        assert np.allclose(summary._factored_pagerank(sim), _dense_pagerank(dense), rtol=0, atol=1e-9), doc.id
        assert len(summary.summarize(doc)) >= min(3, n)


def test_a_link_in_a_folder_the_site_is_made_from_stops_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_bulletin(seeds, GOOD)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# 首页\n", encoding="utf-8")
    (tmp_path / "config").write_text(f"token {MARKER}\n", encoding="utf-8")
    (docs / "leak.md").symlink_to(tmp_path / "config")
    out = tmp_path / "site" / "docs"
    with caplog.at_level(logging.ERROR):
        assert build.build_site(seeds, out, jobs=1, cache_dir=None, docs_src=docs) == 1
    assert f"{docs / 'leak.md'}: error: this is a symbolic link" in caplog.text
    assert not out.exists()
    assert [p.file for p in sources.link_problems(docs)] == [str(docs / "leak.md")]
    # the glossary and translations too (lint reports them as well)
    glossary = tmp_path / "glossary"
    glossary.mkdir()
    (glossary / "terms.yml").symlink_to(tmp_path / "config")
    monkeypatch.chdir(tmp_path)
    problems, _ = lint.lint_paths([glossary])
    assert [(Path(p.file).name, p.severity) for p in problems] == [("terms.yml", "error")]


def test_explicit_yaml_tags_and_oversized_metadata_files(tmp_path: Path) -> None:
    text = "date: 2023-03-01\nregion: 朝阳市\nkind: notice\nsource: !!int 0x1F\ntitle: !!bool yes\n"
    metadata, problems = meta.validate(text, "x.yml")
    assert (metadata.source, metadata.title, problems) == ("0x1F", "yes", [])
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    path = write_bulletin(seeds, GOOD, metadata=META + "notes: " + "备" * 40_000 + "\n")  # 120 KB
    outcome = build.process_one(str(path))
    assert outcome.source is None and "the limit is 64 KiB" in outcome.error
    problems, _ = lint.lint_paths([seeds])
    assert any(p.severity == "error" and "the limit is 64 KiB" in p.message for p in problems)


def test_nested_sources_and_sources_without_a_document_are_refused_by_both(tmp_path: Path,
                                                                          caplog: pytest.LogCaptureFixture) -> None:
    seeds = tmp_path / "seeds"
    (seeds / "old").mkdir(parents=True)
    write_bulletin(seeds, GOOD)
    write_bulletin(seeds / "old", "2022-chaoyang-old-notice")
    write_bulletin(seeds, "2023-chaoyang-page-numbers", "- 1 -\n\n- 2 -\n\n- 3 -\n")
    problems, _ = lint.lint_paths([seeds])
    errors = {(Path(p.file).name, p.message.split(":")[0]) for p in problems if p.severity == "error"}
    assert ("2022-chaoyang-old-notice.txt", f"this file is in a subfolder of {seeds}") in errors
    assert ("2023-chaoyang-page-numbers.txt", "no document could be read from this text") in errors
    out = tmp_path / "site" / "docs"
    with caplog.at_level(logging.ERROR):
        assert build.build_site(seeds, out, jobs=1, cache_dir=None) == 1
    assert sorted(p.name for p in (out / "bulletins").iterdir() if p.is_dir()) == [GOOD]
    assert "failed: 2023-chaoyang-page-numbers.txt" in caplog.text


@settings(max_examples=300, deadline=None)
@given(st.text(st.one_of(st.characters(), st.sampled_from(".-_ \u202e\u200b\u0301Aa1")), min_size=1, max_size=30),
       st.sampled_from([*sources.SOURCE_SUFFIXES, ".yml", ".TXT", ".exe", ""]))
def test_any_file_name_is_classified_and_an_accepted_name_is_plain(tmp_path_factory: pytest.TempPathFactory,
                                                                  stem: str, suffix: str) -> None:
    folder = tmp_path_factory.mktemp("names")
    name = stem + suffix
    if "/" in name or "\x00" in name or name in (".", ".."):
        return  # not a file name
    try:
        (folder / name).write_text(NOTICE, encoding="utf-8")
    except (OSError, ValueError, UnicodeEncodeError):  # not a possible file name here ('/', NUL, surrogates, length)
        return
    entries = sources.scan(folder)
    assert len(entries) == 1
    entry = entries[0]
    if entry.role in ("source", "metadata"):
        assert not name.startswith(".") and unicodedata.normalize("NFC", name) == name
        assert all(c.isalnum() or c in "-_." for c in entry.path.stem)
        assert sources.collision_key(entry.path.stem)
    assert entry.role != "refused" or (entry.problem is not None and entry.problem.fix)


def test_a_linked_seeds_folder_is_refused(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    real = tmp_path / "elsewhere"
    real.mkdir()
    write_bulletin(real, GOOD)
    (tmp_path / "seeds").symlink_to(real)
    with caplog.at_level(logging.ERROR):
        assert build.build_site(tmp_path / "seeds", tmp_path / "docs", jobs=1, cache_dir=None) == 1
    assert "the seeds folder is a symbolic link" in caplog.text and not (tmp_path / "docs").exists()
    problems, _ = lint.lint_paths([tmp_path / "seeds"])
    assert [p.severity for p in problems] == ["error"] and "symbolic link" in problems[0].message

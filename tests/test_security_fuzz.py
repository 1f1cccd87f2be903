"""Issue 13, fuzzing: whatever the metadata and the text of a bulletin, the build publishes it safely or refuses it
by name, never crashes, and never publishes a byte from outside seeds/ (a linked secret sits beside it)."""

from __future__ import annotations

import json
import logging
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from test_security import MARKER, NOTICE, tree_bytes

from build_tools import build

NAME = "2023-fuzz-bulletin"
# Characters that break naive pipelines: YAML syntax, markup, direction controls, zero-width, controls, surrogates
# of other scripts, full-width punctuation, digits and units the extractors read.
SPECIAL = ":#'\"{}[]<>&|*!%@`\\\n\t \u202e\u2066\u200b\ufeff\u00ad\x0b\x0c\u3000，。；：“”（）%亿元万人年月日"
ALPHABET = st.one_of(st.sampled_from(SPECIAL), st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF),
                     st.characters(min_codepoint=0x20, max_codepoint=0x7E), st.characters(codec="utf-8"))
VALUE = st.one_of(st.text(ALPHABET, max_size=40), st.sampled_from(
    ["yes", "no", "on", "0123", "1e3", "2019.07", "null", "~", "2019-02-30", "<script>alert(1)</script>",
     "[[x]]", "{{ config }}", "!!python/object:os.system", "*alias", "&anchor x", "a" * 250, "朝阳市"]))
KEYS = ("date", "region", "kind", "source", "title", "issuer", "doc_number", "source_url", "notes", "日期")


def yaml_line(key: str, value: str, quoted: bool) -> str:
    return f"{key}: {json.dumps(value, ensure_ascii=False) if quoted else value}"


GOOD_METADATA = "date: 2023-03-01\nregion: 朝阳市\nkind: notice\nsource: 朝阳市人民政府\n"
OPTIONAL = st.lists(st.tuples(st.sampled_from(("title", "issuer", "doc_number", "notes", "source_url")), VALUE,
                              st.booleans()), max_size=4, unique_by=lambda item: item[0])
METADATA = st.one_of(
    OPTIONAL.map(lambda items: GOOD_METADATA + "".join(yaml_line(*item) + "\n" for item in items)),
    st.lists(st.tuples(st.sampled_from(KEYS), VALUE, st.booleans()), max_size=10).map(
        lambda items: "\n".join(yaml_line(*item) for item in items) + "\n"),
)
LINES = NOTICE.splitlines()
TEXT = st.one_of(
    st.tuples(st.integers(0, len(LINES)), st.text(ALPHABET, max_size=200)).map(
        lambda pair: "\n".join([*LINES[:pair[0]], pair[1], *LINES[pair[0]:]])),
    st.lists(st.sampled_from([*LINES, "", "<script>alert(1)</script>", "[链接](javascript:x)",
                              "{% include 'x' %}", "\u202e反向文字", "全市人口" * 50]), max_size=30).map("\n".join),
    st.text(ALPHABET, max_size=400),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=TEXT, metadata=st.one_of(METADATA, st.just(GOOD_METADATA)), encoding=st.sampled_from(
    ["utf-8", "utf-16", "gb18030"]))
def test_build_publishes_safely_or_refuses_by_name(text: str, metadata: str, encoding: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "secret.txt").write_text(NOTICE.replace("春耕", MARKER), encoding="utf-8")
        seeds = root / "seeds"
        seeds.mkdir()
        try:
            data = text.encode(encoding, errors="strict")
        except UnicodeEncodeError:
            data = text.encode("utf-8", errors="surrogatepass")
        (seeds / f"{NAME}.txt").write_bytes(data)
        (seeds / f"{NAME}.yml").write_bytes(metadata.encode("utf-8", errors="surrogatepass"))
        (seeds / "2023-linked.txt").symlink_to(root / "secret.txt")
        (seeds / "2023-linked.yml").write_text(GOOD_METADATA, encoding="utf-8")
        out = root / "site" / "docs"
        records: list[logging.LogRecord] = []
        handler = logging.Handler()
        handler.emit = records.append  # type: ignore[method-assign]
        logging.getLogger("build_tools").addHandler(handler)
        try:
            status = build.build_site(seeds, out, jobs=1, cache_dir=None)
        finally:
            logging.getLogger("build_tools").removeHandler(handler)
        log = "\n".join(r.getMessage() for r in records)
        assert status == 1  # the linked source is always refused ...
        failed = next(line for line in log.splitlines() if line.startswith("failed: "))
        assert "2023-linked.txt" in failed  # ... by name
        assert MARKER.encode() not in tree_bytes(out)
        published = (out / "bulletins" / NAME).is_dir()
        event("published" if published else "refused")
        assert published != (f"{NAME}.txt" in failed)  # published, or refused by name: never both, never neither
        if published:
            pages = b"".join(p.read_bytes() for p in (out / "bulletins" / NAME).rglob("*.md"))
            assert b"<script>alert(1)</script>" not in pages  # source text and metadata are data, escaped
            assert "\u202e".encode() not in pages and "\u200b".encode() not in pages
        assert not any(p.name.startswith(".docs-staging") for p in out.parent.iterdir())

"""Timeline entries of a held-out chronicle against its hand-written gold (holdout21/gold.yml, holdout26/gold.yml).

    .venv/bin/python -m tests.timeline_gold [FIXTURE_DIR]

Prints, per gold entry: whether an event was found for it with the gold's date, the English built, and "exact"
when it equals the gold's sentence (case, spacing and a final full stop aside); then the false events (events of
paragraphs the gold says are none, or a second event of one entry) and the totals. Whether a non-exact English entry
is acceptable is judged by reading (holdout21/README.md says how).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import yaml

from build_tools.model import Document
from build_tools.pipeline import process

HERE = Path(__file__).resolve().parent / "fixtures" / "holdout21"
SOURCES = (".html", ".docx", ".pdf", ".txt")


def _entries(folder: Path) -> list[str]:
    """The chronicle's entries: the list of the folder's texts.py whose name ends in ENTRIES (TANGXI_ENTRIES)."""
    spec = importlib.util.spec_from_file_location(f"texts_{folder.name}", folder / "texts.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return next(v for k, v in vars(module).items() if k.endswith("ENTRIES"))


def _norm(text: str) -> str:
    return re.sub(r"[\s.]+", " ", text.lower()).strip()


def main(folder: Path = HERE) -> dict[str, int]:
    gold = yaml.safe_load((folder / "gold.yml").read_text(encoding="utf-8"))
    TANGXI_ENTRIES = _entries(folder)  # noqa: N806 (the name of set 21's list)
    source = process(next(p for p in sorted(folder.iterdir()) if p.suffix in SOURCES), with_translate=True)
    events = [(doc, k) for doc in source.documents for k in range(len(doc.events))]
    by_entry: dict[int, list[tuple[Document, int]]] = {}
    false: list[tuple[Document, int]] = []
    for doc, k in events:
        e = doc.events[k]
        n = next((i + 1 for i, t in enumerate(TANGXI_ENTRIES) if e.text in t or t in e.text), 0)
        if n:
            by_entry.setdefault(n, []).append((doc, k))
        else:
            false.append((doc, k))
    totals = dict.fromkeys(("entries", "found", "dated", "english", "exact", "false", "gold_zh_english"), 0)
    for g in gold["entries"]:
        n = g["n"]
        totals["entries"] += 1
        ks = by_entry.get(n, [])
        false += ks[1:]
        if not ks:
            print(f"{n:2d} MISSING  {TANGXI_ENTRIES[n - 1]}")
            continue
        doc, k = ks[0]
        e, en = doc.events[k], doc.translations["en"].events[k]
        totals["found"] += 1
        dated = e.date == str(g["date"]) and e.precision == g["precision"]
        totals["dated"] += dated
        done = en.status != "missing"
        totals["english"] += done
        exact = done and g["en"] != "zh" and _norm(en.text) == _norm(g["en"])
        totals["exact"] += exact
        totals["gold_zh_english"] += done and g["en"] == "zh"
        mark = "exact" if exact else ("EN" if done else "zh")
        print(f"{n:2d} {e.date:<22} {e.precision:<8} {e.kind:<6} {'ok ' if dated else 'BAD'} {mark:<5} {en.text}")
        if done and not exact and g["en"] != "zh":
            print(f"{'':37}gold: {g['en']}")
    for doc, k in false:
        print(f"FALSE {doc.events[k].date} {doc.events[k].text}")
    totals["false"] = len(false)
    print(" ".join(f"{k} {v}" for k, v in totals.items()))
    return totals


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)

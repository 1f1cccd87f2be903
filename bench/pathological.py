"""Pathological but plausible inputs: peak memory and time of one bulletin that is a single huge paragraph.

Each case runs in a fresh child process with an address-space cap (``--cap-mb``, default 6000) and a timeout, so a
quadratic stage cannot take the machine down: it shows as "out of memory" or "timeout" instead. Reported per case
and size: the verdict of the build (``build.process_one``: built, or refused with the first line of its message),
wall time, and the child's peak resident memory; with ``--stages``, the same input pushed through every stage
with no limit (ingest, clean, structure, figures, events, summary, translate), each timed, to find a stage whose
cost grows faster than the input.

Cases (one line, no line break in the whole file):
- ``sentences``: unique Chinese sentences with figures and dates (每句不同), the worst case for the sentence
  splitter, the summary's sentence similarity and the figure extractor;
- ``unpunctuated``: Chinese characters without any punctuation (the whole text becomes one sentence and a
  candidate title).

Both are refused by the limits (sources.MAX_PARAGRAPH_CHARS); the legal worst case is:
- ``paragraphs``: the same unique sentences in paragraphs just under the limit (one document, no heading), so
  every per-document stage (the summary's sentence ranking above all) sees the whole text.

    python bench/pathological.py                      # sizes 1, 2, 4 MB, the build's verdict
    python bench/pathological.py --sizes 0.25 0.5 --stages --cap-mb 4000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench-results"
CASES = ("sentences", "unpunctuated", "paragraphs")
META = "date: 2023-05-01\nregion: 朝阳市\nkind: gazette\nsource: 朝阳市人民政府公报\n"
_NOUNS = "工业农业服务业投资消费出口进口财政税收就业收入医疗教育住房交通能源环境科技文化旅游物流金融"
_HAN = ("的一是在不了有和人这中大为上们个国我以要他时来用们生到作地于出就分对成会"
        "可也你对生能而子那得于着下自之年过发后作里")


def sentence(i: int) -> str:
    """A unique, plausible sentence: a subject, a figure, a growth rate, a date."""
    a = _NOUNS[(i * 2) % len(_NOUNS): (i * 2) % len(_NOUNS) + 2]
    b = _NOUNS[(i * 7 + 3) % len(_NOUNS): (i * 7 + 3) % len(_NOUNS) + 2]
    return (f"第{i}项{a}{b}工作在{2000 + i % 24}年{1 + i % 12}月完成投资{i % 997 + 1}.{i % 10}亿元，"
            f"同比增长{i % 37}.{i % 9}%，惠及{i}户群众。")


def make_text(case: str, size: int) -> str:
    """About ``size`` bytes of UTF-8 text, one line (``paragraphs``: a line break every ~9,000 characters)."""
    parts: list[str] = []
    total = chars = 0
    i = 0
    while total < size:
        if case in ("sentences", "paragraphs"):
            piece = sentence(i)
        else:
            piece = "".join(_HAN[(i * 31 + k * 7) % len(_HAN)] for k in range(40))
        if case == "paragraphs" and chars + len(piece) > 9000:
            parts.append("\n")
            chars = 0
        parts.append(piece)
        chars += len(piece)
        total += len(piece.encode("utf-8"))
        i += 1
    return "".join(parts) + "\n"


CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
mode, path = sys.argv[2], sys.argv[3]
out = {}
t0 = time.perf_counter()
if mode == "verdict":
    from build_tools.build import process_one
    o = process_one(path)
    out["verdict"] = "built" if o.source is not None else "refused: " + o.error.split("\n")[0][-160:]
else:
    from pathlib import Path
    from build_tools import clean, ingest, structure
    from build_tools.model import Source
    from build_tools.meta import load
    from build_tools.extract.figures import extract_figures
    from build_tools.extract.events import extract_events
    from build_tools.extract.summary import summarize
    from build_tools.translate import translate
    stages = {}
    def lap(name, t=[time.perf_counter()]):
        now = time.perf_counter(); stages[name] = round(now - t[0], 2); t[0] = now
    decoded = ingest.decode_bytes(Path(path).read_bytes(), path); lap("ingest")
    meta = load(Path(path).with_suffix(".yml"))
    cleaned = clean.clean(decoded.text, meta.source); lap("clean")
    source = Source(slug="x", path=path, encoding=decoded.encoding, meta=meta, report=cleaned.report)
    structure.build(source, cleaned.blocks); lap("structure")
    for doc in source.documents:
        doc.figures = extract_figures(doc, meta)
    lap("figures")
    for doc in source.documents:
        doc.events = extract_events(doc, meta)
    lap("events")
    for doc in source.documents:
        doc.summary = summarize(doc)
    lap("summary")
    translate(source); lap("translate")
    out["stages"] = stages
    out["verdict"] = "processed (no limits)"
out["seconds"] = round(time.perf_counter() - t0, 2)
out["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
print(json.dumps(out, ensure_ascii=False))
"""


def _cap(mb: int):  # noqa: ANN202 - a preexec_fn
    def apply() -> None:
        limit = mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    return apply


def run_case(case: str, mb: float, mode: str, cap_mb: int, timeout: int, work: Path) -> dict:
    path = work / f"2023-pathological-{case}-{str(mb).replace('.', '-')}mb.txt"
    path.write_text(make_text(case, int(mb * 1_000_000)), encoding="utf-8")
    path.with_suffix(".yml").write_text(META, encoding="utf-8")
    row: dict = {"case": case, "mb": mb, "mode": mode}
    start = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), mode, str(path)], capture_output=True,
                              text=True, timeout=timeout, preexec_fn=_cap(cap_mb),
                              env={**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"})
    except subprocess.TimeoutExpired:
        row.update(verdict=f"timeout after {timeout} s", seconds=timeout, peak_mb=None)
        return row
    last = proc.stdout.strip().splitlines()[-1:] or [""]
    try:
        row.update(json.loads(last[0]))
    except ValueError:
        why = "out of memory" if "MemoryError" in proc.stderr else (proc.stderr.strip().splitlines()[-1:] or ["?"])[0]
        row.update(verdict=f"crashed ({why}; cap {cap_mb} MB)", seconds=round(time.perf_counter() - start, 2),
                   peak_mb=round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024))
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4], help="input sizes in MB")
    parser.add_argument("--cases", nargs="+", choices=CASES, default=list(CASES))
    parser.add_argument("--stages", action="store_true", help="also run every stage with no limit, timed")
    parser.add_argument("--cap-mb", type=int, default=6000, help="address-space cap of each child (MB)")
    parser.add_argument("--timeout", type=int, default=300, help="seconds before a child is stopped")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="pathological-") as tmp:
        for case in args.cases:
            for mb in args.sizes:
                for mode in ("verdict", "stages") if args.stages else ("verdict",):
                    row = run_case(case, mb, mode, args.cap_mb, args.timeout, Path(tmp))
                    rows.append(row)
                    stages = " ".join(f"{k} {v}" for k, v in row.get("stages", {}).items())
                    peak = row.get("peak_mb")
                    print(f"{case:<13} {mb:>5} MB {mode:<8} {row['seconds']:>8.2f} s "
                          f"{'-' if peak is None else peak:>6} MB peak  {row['verdict']}"
                          + (f"\n{'':>31}stages (s): {stages}" if stages else ""), flush=True)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "pathological.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``make bench``: the build at archive scale, on synthetic archives of N bulletins (bench/synth.py).

For each size N (default 100 and 1000) it measures, and prints as a table and writes to bench-results/bench.json:

- each pipeline stage's throughput in characters per second (ingest, clean, structure, extract, translate,
  render), on a sample of the archive, in one process (so per core); with --profile, the cProfile hot spots;
- the full build as ``make site`` runs it: the pipeline (``build_site``, every worker) on a cold cache, then a
  site build of the generated Markdown as ``make site`` runs it (hooks/build_parallel.py: the languages in parallel
  MkDocs processes, then Pagefind), timed apart so that the pipeline's share is visible as a ratio
  (``--repeat-mkdocs`` also times one serial ``mkdocs build`` of the same Markdown); CPU time, and peak memory of the
  whole process tree (parent and workers, sampled from /proc);
- the rebuild after one bulletin changes (pipeline only), twice, and a rebuild with nothing changed; the
  incremental output is compared byte for byte with the clean build of the same sources;
- search: the served site is searched with Pagefind (hooks/pagefind.py, timed inside the MkDocs build); in
  headless Chromium on a local HTTP server, the bytes of search files downloaded before the first result of a
  query in each language, and the time from typing to that result, beside the figures of Material's whole lunr
  index before (BEFORE); the size of a lunr index in the site if one is there (the offline bundle's), and the site.

Every measurement runs on a snapshot of the code taken at the start (bench-results/work/code), so an edit made
while the benchmark runs cannot invalidate the cache half-way. Timings are wall-clock seconds on this machine;
CPU seconds are given too, as they depend less on other load.

    python bench/run.py                    # sizes 100 and 1000 (several minutes on two cores)
    python bench/run.py --sizes 100        # quick run
    python bench/run.py --sizes 100 --profile
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.search import BEFORE, FIRST_QUERIES, first_query, index_remedies, search_indexes  # noqa: E402

RESULTS = ROOT / "bench-results"
SNAPSHOT_SKIP = {".git", ".venv", "build", "site", "bench-results", "node_modules", "tests", "dist", "test-artifacts",
                 ".pytest_cache", ".ruff_cache", ".hypothesis", "__pycache__", ".github"}
TARGETS = {"pipeline_share": 0.10, "rebuild_s": 2.0, "peak_mb": 2048, "clean_extract_mb_s": 1.0, "zh_index_mb": 5.0}
STAGES = ("ingest", "clean", "structure", "extract", "translate", "render")
MKDOCS_SCRIPT = """
import logging, sys
from mkdocs.commands.build import build
_pagefind = logging.getLogger("mkdocs.hooks.pagefind")  # its timing line, for the table
_pagefind.setLevel(logging.INFO)
_pagefind.addHandler(logging.StreamHandler())
from mkdocs.config import load_config
build(load_config(sys.argv[1], docs_dir=sys.argv[2], site_dir=sys.argv[3], strict=False))
"""

log = logging.getLogger("bench")


def progress(message: str) -> None:
    sys.stderr.write(f"[bench {time.strftime('%H:%M:%S')}] {message}\n")
    sys.stderr.flush()


# ---------------------------------------------------------------------------------------------------------------
# Measuring a command: wall time, CPU time, peak memory of its process tree


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        kids.setdefault(ppid, []).append(int(entry.name))
    return kids


def tree_rss(pid: int) -> int:
    """Resident memory (bytes) of a process and all its descendants."""
    kids = _children()
    page = os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        stack += kids.get(p, [])
        try:
            with open(f"/proc/{p}/statm", encoding="ascii") as fh:
                total += int(fh.read().split()[1]) * page
        except (OSError, IndexError, ValueError):
            continue
    return total


class Monitor(threading.Thread):
    def __init__(self, pid: int, interval: float = 0.1):
        super().__init__(daemon=True)
        self.pid, self.interval, self.peak = pid, interval, 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            if os.path.isdir("/proc"):
                self.peak = max(self.peak, tree_rss(self.pid))
            self.done.wait(self.interval)


def measure(cmd: list[str], cwd: Path, log_file: Path) -> dict[str, Any]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(cwd), "PYTHONHASHSEED": "0"}
    with open(log_file, "w", encoding="utf-8") as err:
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=err, text=True)
        monitor = Monitor(proc.pid)
        monitor.start()
        stdout, _ = proc.communicate()
        monitor.done.set()
        monitor.join()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    result = {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "peak_mb": round(monitor.peak / 2**20, 1),
              "returncode": proc.returncode}
    if stdout.strip():
        try:
            result["output"] = json.loads(stdout)
        except ValueError:
            result["stdout"] = stdout[-2000:]
    if proc.returncode not in (0, 1):  # 1: a source failed or warned (strict); the build still completed
        tail = log_file.read_text(encoding="utf-8", errors="replace")[-3000:]
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{tail}")
    return result


# ---------------------------------------------------------------------------------------------------------------
# Sub-commands run inside the code snapshot (python bench/run.py _build ... with cwd = snapshot)


def cmd_build(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(message)s", stream=sys.stderr)
    from build_tools.build import build_site

    status = build_site(args.seeds, args.out, jobs=args.jobs, cache_dir=args.cache or None)
    return 0 if status in (0, 1) else status


def cmd_mkdocs(args: argparse.Namespace) -> int:
    """The site build as `make site` runs it (languages in parallel processes, then Pagefind), or, with --serial,
    one ``mkdocs build`` (the i18n plugin builds the languages one after another)."""
    if args.serial:
        return subprocess.call([sys.executable, "-c", MKDOCS_SCRIPT, "mkdocs.yml", args.docs, args.site])
    return subprocess.call([sys.executable, "hooks/build_parallel.py", "--docs", args.docs, "--site", args.site,
                            "--no-strict"])


def _sample(files: list[Path], size: int) -> list[Path]:
    if len(files) <= size:
        return files
    step = len(files) / size
    return [files[int(i * step)] for i in range(size)]


def cmd_stages(args: argparse.Namespace) -> int:
    """Time each stage on a sample of the archive, in this one process; print JSON."""
    import cProfile
    import io
    import pstats
    import tempfile

    from build_tools import clean, ingest, render, structure
    from build_tools.build import DOCS_SRC
    from build_tools.extract import run as extract_all
    from build_tools.model import Source
    from build_tools.pipeline import load_metadata, slug_for
    from build_tools.translate import translate

    logging.basicConfig(level=logging.ERROR)
    files = _sample(sorted(Path(args.archive).glob("*.txt")), args.sample)
    translate_warmup = Source(slug="x", path="x", encoding="utf-8", meta=load_metadata(files[0], None))
    translate(translate_warmup)  # load the glossary and OpenCC once, outside the timing (a worker does it once)
    seconds = dict.fromkeys(STAGES, 0.0)
    profiles: dict[str, cProfile.Profile] = {}
    chars = raw_bytes = 0
    sources = []

    def timed(stage: str, fn: Any, *a: Any) -> Any:
        prof = profiles.get(stage)
        t0 = time.perf_counter()
        if prof:
            prof.enable()
        result = fn(*a)
        if prof:
            prof.disable()
        seconds[stage] += time.perf_counter() - t0
        return result

    def one_pass() -> None:
        nonlocal chars, raw_bytes
        sources.clear()
        chars = raw_bytes = 0
        for path in files:
            decoded = timed("ingest", ingest.read_source, path)
            meta = load_metadata(path, None)
            cleaned = timed("clean", clean.clean, decoded.text, meta.source)
            source = Source(slug=slug_for(path), path=str(path), encoding=decoded.encoding, meta=meta,
                            report=cleaned.report)
            timed("structure", structure.build, source, cleaned.blocks)
            timed("extract", extract_all, source)
            timed("translate", translate, source)
            sources.append(source)
            chars += len(decoded.text)
            raw_bytes += path.stat().st_size
        with tempfile.TemporaryDirectory() as tmp:
            timed("render", render.write_tree, sources, Path(tmp), DOCS_SRC)

    one_pass()
    result: dict[str, Any] = {"files": len(files), "chars": chars, "bytes": raw_bytes,
                              "seconds": {k: round(v, 3) for k, v in seconds.items()}}
    if args.profile:  # a second pass under cProfile (its timings are inflated: only the shares are reported)
        profiles.update({stage: cProfile.Profile() for stage in STAGES})
        seconds.update(dict.fromkeys(STAGES, 0.0))
        one_pass()
        report = io.StringIO()
        hot: dict[str, list[dict[str, Any]]] = {}
        for stage, prof in profiles.items():
            stats = pstats.Stats(prof, stream=report)
            report.write(f"\n===== {stage}: {seconds[stage]:.2f} s under the profiler =====\n")
            stats.sort_stats("tottime").print_stats(25)
            stats.sort_stats("cumulative").print_stats(25)
            total = seconds[stage] or 1.0
            rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:8]  # type: ignore[attr-defined]
            hot[stage] = [{"function": f"{Path(fn[0]).name}:{fn[1]}({fn[2]})", "tottime_s": round(v[2], 3),
                           "share": round(v[2] / total, 3)} for fn, v in rows]
        Path(args.profile).write_text(report.getvalue(), encoding="utf-8")
        result["hot_spots"] = hot
    json.dump(result, sys.stdout)
    return 0


# ---------------------------------------------------------------------------------------------------------------
# Sizes


def _dir_size(root: Path) -> tuple[int, int]:
    total = count = 0
    for dirpath, _dirs, names in os.walk(root):
        for name in names:
            try:
                total += os.lstat(os.path.join(dirpath, name)).st_size
                count += 1
            except OSError:
                pass
    return total, count


def pagefind_seconds(log_file: Path) -> float | None:
    """The Pagefind steps' time inside the MkDocs build (hooks/pagefind.py logs each language's): their sum, so
    the time of one core; with ``make site`` the languages are indexed in parallel, inside the build's wall time."""
    found = re.findall(r"pagefind: indexed .* in ([\d.]+) s", log_file.read_text(encoding="utf-8", errors="replace"))
    return round(sum(float(s) for s in found), 1) if found else None


def same_tree(a: Path, b: Path) -> tuple[bool, list[str]]:
    """Byte-for-byte comparison (hard-linked files compare by inode)."""
    def files(root: Path) -> list[str]:
        return sorted(os.path.relpath(os.path.join(d, n), root) for d, _s, ns in os.walk(root) for n in ns)

    fa, fb = files(a), files(b)
    if fa != fb:
        return False, sorted(set(fa) ^ set(fb))[:10]
    differing = []
    for rel in fa:
        sa, sb = os.stat(a / rel), os.stat(b / rel)
        if (sa.st_ino, sa.st_dev) == (sb.st_ino, sb.st_dev):
            continue
        if sa.st_size != sb.st_size or (a / rel).read_bytes() != (b / rel).read_bytes():
            differing.append(rel)
    return not differing, differing[:10]


def link_copy(src: Path, dst: Path) -> None:
    """A copy of a tree made of hard links (the build never rewrites a file in place)."""
    if dst.exists():
        shutil.rmtree(dst)
    shutil.copytree(src, dst, copy_function=os.link)


# ---------------------------------------------------------------------------------------------------------------
# The benchmark


def make_snapshot(dest: Path) -> Path:
    if dest.exists():
        shutil.rmtree(dest)

    def ignore(folder: str, names: list[str]) -> set[str]:
        top = Path(folder).resolve() == ROOT
        return {n for n in names if n == "__pycache__" or (top and n in SNAPSHOT_SKIP)}

    shutil.copytree(ROOT, dest, ignore=ignore, symlinks=True)
    return dest


def _build_counts(log_file: Path) -> str:
    """What the build reported: sources from the cache or processed, pages reused or rendered, time per step."""
    text = log_file.read_text(encoding="utf-8", errors="replace")
    wanted = r"INFO: (\d+ sources from the cache.*|site-wide fragments: .*|time: .*)"
    found = [m.group(1) for m in re.finditer(wanted, text)]
    return "; ".join(found)


def bench_size(n: int, args: argparse.Namespace, code: Path, work: Path) -> dict[str, Any]:
    from bench import synth

    py = sys.executable
    runner = str(code / "bench" / "run.py")
    folder = work / f"n{n}"
    seeds, docs, site, cache = folder / "seeds", folder / "docs", folder / "site", folder / "cache"
    for path in (docs, site, cache, folder / "docs-clean"):
        if path.exists():
            shutil.rmtree(path)
    progress(f"N={n}: generating the synthetic archive")
    made = synth.generate(seeds, n, seed=args.seed)
    result: dict[str, Any] = {"bulletins": n, "archive_mb": round(sum(b.size for b in made) / 1e6, 2),
                              "layouts": _count(b.layout.split("+")[0] for b in made),
                              "kinds": _count(b.kind for b in made), "encodings": _count(b.encoding for b in made)}

    if not args.site_only:
        progress(f"N={n}: stage throughput on {min(n, args.sample)} bulletins (one process)")
        cmd = [py, runner, "_stages", str(seeds), "--sample", str(args.sample)]
        if args.profile:
            cmd += ["--profile", str(RESULTS / f"profile-{n}.txt")]
        stages = measure(cmd, code, folder / "stages.log")["output"]
        chars, raw = stages["chars"], stages["bytes"]
        sec = stages["seconds"]
        result["stages"] = {"sample": stages["files"], "chars": chars, "bytes": raw, "seconds": sec,
                            "chars_per_s": {k: round(chars / v) if v else None for k, v in sec.items()}}
        clean_extract = sec["clean"] + sec["structure"] + sec["extract"]
        result["stages"]["clean_structure_extract_mb_s"] = round(raw / clean_extract / 1e6, 3)
        result["stages"]["clean_extract_mb_s"] = round(raw / (sec["clean"] + sec["extract"]) / 1e6, 3)
        if "hot_spots" in stages:
            result["hot_spots"] = stages["hot_spots"]

    victim = sorted(seeds.glob("*.txt"))[n // 2]
    original = victim.read_bytes()
    synth.mutate(victim)
    build = [py, runner, "_build", str(seeds), str(docs), "--cache", str(cache), "--jobs", str(args.jobs)]
    progress(f"N={n}: full build, pipeline on a cold cache ({args.jobs or os.cpu_count()} jobs)")
    result["pipeline_cold"] = measure(build, code, folder / "build-cold.log")
    result["pipeline_cold"]["counts"] = _build_counts(folder / "build-cold.log")
    progress(f"N={n}: full build, MkDocs ({result['pipeline_cold']['wall_s']} s for the pipeline)")
    result["mkdocs"] = measure([py, runner, "_mkdocs", str(docs), str(site)], code, folder / "mkdocs.log")
    docs_bytes, result["docs_files"] = _dir_size(docs)
    result["docs_mb"] = round(docs_bytes / 1e6, 1)
    site_bytes, site_files = _dir_size(site)
    result["site_mb"], result["site_files"] = round(site_bytes / 1e6, 1), site_files
    result["search_index"] = search_indexes(site)
    result["pagefind_s"] = pagefind_seconds(folder / "mkdocs.log")
    progress(f"N={n}: first search query in the browser, each language")
    result["first_query"] = first_query(site)
    zh_index = site / "search" / "search_index.json"
    if zh_index.is_file():
        result["zh_index_remedies"] = index_remedies(zh_index)
    if args.site_only:
        summarize(result)
        return result
    link_copy(docs, folder / "docs-clean")

    rebuilds = []
    for step, content in (("restored", original), ("changed again", None)):
        if content is None:
            synth.mutate(victim)
        else:
            victim.write_bytes(content)
        progress(f"N={n}: rebuild after one bulletin changed ({step}: {victim.name})")
        run = measure(build, code, folder / f"build-{len(rebuilds)}.log")
        run["counts"] = _build_counts(folder / f"build-{len(rebuilds)}.log")
        rebuilds.append(run)
    result["rebuild_one_change"] = rebuilds
    identical, differing = same_tree(docs, folder / "docs-clean")
    result["incremental_identical_to_clean"] = identical
    if differing:
        result["incremental_differences"] = differing
    progress(f"N={n}: rebuild with nothing changed")
    result["rebuild_no_change"] = measure(build, code, folder / "build-nochange.log")
    result["rebuild_no_change"]["counts"] = _build_counts(folder / "build-nochange.log")
    if args.repeat_mkdocs:
        progress(f"N={n}: serial mkdocs build of the same Markdown")
        shutil.rmtree(site)
        result["mkdocs_plain"] = measure([py, runner, "_mkdocs", str(docs), str(site), "--serial"], code,
                                         folder / "mkdocs-plain.log")
    shutil.rmtree(folder / "docs-clean")
    summarize(result)
    return result


def _count(values: Any) -> dict[str, int]:
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return dict(sorted(counts.items()))


def summarize(r: dict[str, Any]) -> None:
    pipeline, mk = r["pipeline_cold"]["wall_s"], r["mkdocs"]["wall_s"]
    r["summary"] = {
        "full_build_s": round(pipeline + mk, 1),
        "pipeline_share_cold": round(pipeline / (pipeline + mk), 3),
        "pipeline_over_plain_mkdocs": round(pipeline / mk, 3),
        "peak_mb": max(r["pipeline_cold"]["peak_mb"], r["mkdocs"]["peak_mb"]),
        "first_query": {lang: {k: v for k, v in q.items() if k in ("kb", "ms", "ms_focused")}
                        for lang, q in r.get("first_query", {}).items() if isinstance(q, dict)},
    }
    if "rebuild_one_change" in r:  # not with --site-only
        rebuild = max(x["wall_s"] for x in r["rebuild_one_change"])
        r["summary"]["pipeline_share_after_one_change"] = round(rebuild / (rebuild + mk), 3)
        r["summary"]["rebuild_one_change_s"] = rebuild
    if "stages" in r:
        r["summary"]["clean_extract_mb_s_per_core"] = r["stages"]["clean_structure_extract_mb_s"]


def table(results: dict[str, dict[str, Any]]) -> str:
    sizes = list(results)
    rows: list[tuple[str, list[str]]] = []

    def row(label: str, fn: Any) -> None:
        cells = []
        for n in sizes:
            try:
                cells.append(str(fn(results[n])))
            except (KeyError, TypeError, ValueError, ZeroDivisionError):
                cells.append("-")
        rows.append((label, cells))

    row("archive (MB raw)", lambda r: r["archive_mb"])
    for stage in STAGES:
        row(f"{stage} (k chars/s, 1 core)", lambda r, s=stage: round(r["stages"]["chars_per_s"][s] / 1000))
    row("clean+structure+extract MB/s/core [>=1]", lambda r: r["stages"]["clean_structure_extract_mb_s"])
    row("pipeline, cold cache (s wall / CPU)",
        lambda r: f"{r['pipeline_cold']['wall_s']} / {r['pipeline_cold']['cpu_s']}")
    row("site build of that Markdown, parallel (s wall / CPU)",
        lambda r: f"{r['mkdocs']['wall_s']} / {r['mkdocs']['cpu_s']}")
    row("full build (s)", lambda r: r["summary"]["full_build_s"])
    row(f"  before: mkdocs at N=1000 (s) [half: {BEFORE['mkdocs_s_n1000'] // 2}]",
        lambda r: BEFORE["mkdocs_s_n1000"])
    row("pipeline share, cold [<10%]", lambda r: f"{r['summary']['pipeline_share_cold']:.1%}")
    row("rebuild after 1 change (s) [<2]",
        lambda r: " / ".join(str(x["wall_s"]) for x in r["rebuild_one_change"]))
    row("  its CPU (s)", lambda r: " / ".join(str(x["cpu_s"]) for x in r["rebuild_one_change"]))
    row("pipeline share after 1 change", lambda r: f"{r['summary']['pipeline_share_after_one_change']:.1%}")
    row("rebuild, nothing changed (s)", lambda r: r["rebuild_no_change"]["wall_s"])
    row("serial mkdocs, same Markdown (s wall / CPU)",
        lambda r: f"{r['mkdocs_plain']['wall_s']} / {r['mkdocs_plain']['cpu_s']}")
    row("pipeline / plain mkdocs", lambda r: r["summary"]["pipeline_over_plain_mkdocs"])
    row("incremental == clean (bytes)", lambda r: "yes" if r["incremental_identical_to_clean"] else "NO")
    row("peak MB: pipeline / mkdocs [<2048]",
        lambda r: f"{r['pipeline_cold']['peak_mb']:.0f} / {r['mkdocs']['peak_mb']:.0f}")
    for lang in ("zh", "en", "zh-Hant"):
        row(f"search index {lang} (MB raw / gzip)",
            lambda r, lang=lang: f"{r['search_index'][lang]['mb']} / {r['search_index'][lang]['gzip_mb']}")
    row("  zh, titles+headings+lead (MB/gz)",
        lambda r: "{} / {}".format(*r["zh_index_remedies"]["titles_headings_lead"]))
    row("  zh, largest year shard (MB/gz)",
        lambda r: f"{r['zh_index_remedies']['sharded_by_year']['largest_mb']} / "
                  f"{r['zh_index_remedies']['sharded_by_year']['largest_gzip_mb']}")
    row("  of which Pagefind indexing (s)", lambda r: r["pagefind_s"])
    for lang in FIRST_QUERIES:
        row(f"first query {lang}: KB / ms at once / ms focused [<1024, <300]",
            lambda r, lang=lang: "{kb} / {ms} / {ms_focused}".format(**r["first_query"][lang]))
        row(f"  before: whole lunr index {lang} at N=1000 (KB gz)",
            lambda r, lang=lang: round(BEFORE["index_gzip_mb_n1000"][lang] * 1000))
    row("docs tree (MB / files)", lambda r: f"{r['docs_mb']} / {r['docs_files']}")
    row("site (MB / files)", lambda r: f"{r['site_mb']} / {r['site_files']}")
    width = max(len(label) for label, _ in rows)
    cols = [max(len(f"N={n}"), *(len(c[i]) for _, c in rows)) for i, n in enumerate(sizes)]
    lines = [" " * width + "  " + "  ".join(f"N={n}".rjust(w) for n, w in zip(sizes, cols, strict=True))]
    for label, cells in rows:
        lines.append(label.ljust(width) + "  " + "  ".join(c.rjust(w) for c, w in zip(cells, cols, strict=True)))
    return "\n".join(lines)


def cmd_bench(args: argparse.Namespace) -> int:
    RESULTS.mkdir(exist_ok=True)
    work = RESULTS / "work"
    work.mkdir(exist_ok=True)
    progress("snapshot of the code")
    code = make_snapshot(work / "code")
    machine = {"cores": os.cpu_count(), "python": platform.python_version(), "system": platform.platform()}
    saved = RESULTS / "bench.json"
    try:  # results of other sizes from earlier runs are kept; a size run again is replaced
        previous = json.loads(saved.read_text(encoding="utf-8")).get("sizes", {})
    except (OSError, ValueError, AttributeError):
        previous = {}
    results: dict[str, dict[str, Any]] = {}
    for n in args.sizes:
        results[str(n)] = bench_size(n, args, code, work)
        merged = {k: v for k, v in sorted({**previous, **results}.items(), key=lambda kv: int(kv[0]))}
        saved.write_text(json.dumps({"machine": machine, "targets": TARGETS, "sizes": merged}, ensure_ascii=False,
                                    indent=1), encoding="utf-8")
    print(table(results))
    print(f"\nresults: {RESULTS / 'bench.json'}" + (f"; profiles: {RESULTS}/profile-N.txt" if args.profile else ""))
    if not args.keep:
        for n in args.sizes:
            shutil.rmtree(work / f"n{n}", ignore_errors=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000], help="archive sizes (default 100 1000)")
    parser.add_argument("--jobs", type=int, default=0, help="build workers (default: number of cores)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the synthetic archive")
    parser.add_argument("--sample", type=int, default=200, help="bulletins in the stage-throughput sample")
    parser.add_argument("--profile", action="store_true", help="cProfile each stage (bench-results/profile-N.txt)")
    parser.add_argument("--repeat-mkdocs", action="store_true",
                        help="build the same Markdown again with one serial `mkdocs build` (languages one after "
                             "another), to compare with the parallel build")
    parser.add_argument("--keep", action="store_true", help="keep the generated archives, trees and sites")
    parser.add_argument("--site-only", action="store_true",
                        help="only the full build and the search figures (no stage throughput, no rebuilds)")
    p = sub.add_parser("_build")
    p.add_argument("seeds")
    p.add_argument("out")
    p.add_argument("--cache", default="")
    p.add_argument("--jobs", type=int, default=0)
    p.set_defaults(func=cmd_build)
    p = sub.add_parser("_mkdocs")
    p.add_argument("docs")
    p.add_argument("site")
    p.add_argument("--serial", action="store_true")
    p.set_defaults(func=cmd_mkdocs)
    p = sub.add_parser("_stages")
    p.add_argument("archive")
    p.add_argument("--sample", type=int, default=200)
    p.add_argument("--profile", default="")
    p.set_defaults(func=cmd_stages)
    args = parser.parse_args(argv)
    return args.func(args) if args.command else cmd_bench(args)


if __name__ == "__main__":
    raise SystemExit(main())

"""``python -m build_tools build``: every source in seeds/ -> the generated docs tree (build/docs/).

Sources are what ``sources.scan`` finds (regular files directly in seeds/, see SECURITY.md). They are processed
in worker processes (``jobs``); the output does not depend on their number or timing. A source that fails, or
that lint would refuse (``sources.file_problems``, ``sources.bulletin_problems``), is logged with its file name
and left out; the others still build. A worker that dies is named (its bulletin is built again alone).

Incremental builds (see cache.py): each source has a key that hashes its text, metadata, translations, the
glossary and the pipeline code. A source whose key has a cache entry is not processed again: its model is read
from the cache. Pages are rendered only for what changed:

- a source processed in this build has its pages rendered by the worker that processed it, in parallel, into a
  staging folder;
- a source whose key is the one recorded in the previous tree's manifest (``.build-manifest.json``) keeps its
  pages in the previous tree: the pages of one bulletin (``render.write_source``) depend on that bulletin alone,
  so only its outline is loaded from the cache (for the site-wide pages);
- every other file (home, indexes, timeline, indicators, downloads, collection files, feeds, assets) depends on
  all bulletins and is rendered again by ``render.write_tree``, in memory, with a bulletin writer (``Pages``)
  that takes the bulletin pages from wherever they are.

Writing: without a previous tree (or its manifest), the whole tree is written into the staging folder and
swapped into place, so a crash leaves the old tree intact. With one, it is updated in place
(``update_in_place``): changed bulletins' folders are replaced, site-wide files rewritten only where their bytes
changed, files no longer produced removed; everything is rendered before the first write, and every file is
written atomically. The result is byte-identical to a clean build (tests/test_cache.py, tests/test_parallel.py).
The manifest (tree_state.py) records a digest of each bulletin's folders: a folder changed by hand is rendered
again, and files no build produced are removed. Staging folders of interrupted builds are removed by the next
build.
"""

from __future__ import annotations

import gc
import logging
import os
import shutil
import signal
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import render
from .cache import DEFAULT_DIR as DEFAULT_CACHE
from .cache import GLOSSARY_DIR, TRANSLATIONS_DIR, Cache, Keys
from .errors import InputError, Problem
from .fsutil import atomic_write_bytes, atomic_write_text, replace_tree
from .model import Source
from .render import feeds, paths
from .render.memo import Fragments
from .sources import SOURCE_SUFFIXES, bulletin_problems, file_problems, link_problems, scan
from .tree_state import (
    MANIFEST,
    Manifest,
    bulletin_folders,
    folder_digest,
    manifest_text,
    read_manifest,
    read_stamps,
    remove_stale_staging,
    staging_prefix,
    stamped_digest,
    stub_source,
    sweep_strays,
    write_stamps,
)

log = logging.getLogger(__name__)

DOCS_SRC = Path(__file__).resolve().parent.parent / "docs"


Records = tuple[list[dict], list[dict]]  # figure and event records of one bulletin (render.write_source)


@dataclass
class Outcome:
    path: str
    source: Source | None = None
    error: str = ""
    cached: bool = False  # the model came from the cache
    rendered: list[str] = field(default_factory=list)  # pages written into the staging tree by the worker
    records: Records | None = None  # what render.write_source returned for those pages


def model_of(path: str) -> Source:
    """The model of one source after extract and translate; InputError when lint would refuse it (the checks of
    ``sources.bulletin_problems``, before extract, so that an input past the limits costs no more than reading)."""
    from .extract import run as extract_all
    from .pipeline import process
    from .translate import translate

    problems = file_problems(path)
    try:
        source = process(path, with_extract=False)
    except InputError as exc:
        raise InputError(exc.problem, [*exc.problems[1:], *problems]) from exc  # the reading problem first
    problems += [p for p in bulletin_problems(source) if p.severity == "error"]
    if problems:
        raise InputError(problems[0], problems[1:])
    extract_all(source)
    translate(source)
    return source


def prerender(outcome: Outcome, staging: str) -> None:
    """Write the bulletin's pages into the staging tree. On a render error nothing is written: the error is
    raised again by render.write_tree, as in a build without workers."""
    collect = render.MemoryTree()
    try:
        records = render.write_source(outcome.source, collect)  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - reported where it happens in a clean build (render.write_tree)
        log.debug("rendering %s failed in the worker", outcome.path, exc_info=True)
        return
    root = Path(staging)
    for rel, content in collect.files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    outcome.rendered = sorted(collect.files)
    outcome.records = records


def process_one(path: str, key: str = "", cache_dir: str = "", staging: str = "") -> Outcome:
    """Run the pipeline on one source; any failure becomes an Outcome with the error text. With ``cache_dir``
    the model is stored under ``key``; with ``staging`` its pages are rendered there too."""
    try:
        outcome = Outcome(path, source=model_of(path))
    except InputError as exc:
        return Outcome(path, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one broken source must not stop the others
        log.debug("failure in %s", path, exc_info=True)
        return Outcome(path, error=f"{path}: {type(exc).__name__}: {exc}")
    if cache_dir and key:
        try:
            Cache(cache_dir).store(path, key, outcome.source)
        except (OSError, TypeError, ValueError) as exc:
            log.warning("%s: could not write the cache entry (%s)", path, exc)
    if staging:
        prerender(outcome, staging)
    return outcome


def _workers(jobs: int, tasks: int) -> int:
    if jobs > 0:
        wanted = jobs
    else:
        try:
            wanted = len(os.sched_getaffinity(0))
        except AttributeError:  # not on Linux
            wanted = os.cpu_count() or 1
    return max(1, min(wanted, tasks))


def _unique_folders(names: list[str]) -> set[str]:
    """Sources whose page folders no earlier source (in file order) claims: safe to render before the collision
    check (check_collisions) has run."""
    seen: set[str] = set()
    unique: set[str] = set()
    for name in names:
        stub = stub_source(name)
        folders = {paths.bulletin_dir(stub), paths.data_dir(stub)}
        if not folders & seen:
            unique.add(name)
        seen |= folders
    return unique


def process_all(files: list[Path], jobs: int, keys: dict[str, str] | None = None, cache: Cache | None = None,
                staging: Path | None = None, outlines: set[str] | None = None,
                meanwhile: Callable[[], object] | None = None) -> list[Outcome]:
    """Outcomes in the order of ``files`` (sorted), whatever the number of workers.

    Sources with a cache entry are read from the cache (by this process, while the workers run): only their
    outline (cache.outline_of) for the file names in ``outlines``; the others go to the workers, which store their
    models in the cache and, with ``staging``, render their pages there. ``meanwhile`` is called once the cached
    sources are read, while the workers run (or after, without workers). One source to process beside cached ones
    still goes to a worker (unless ``jobs`` is 1): after one bulletin changed, it is built while this process reads
    the others."""
    names = [str(f) for f in files]
    keys = keys or {}
    outlines = outlines or set()
    outcomes: list[Outcome | None] = [None] * len(names)
    hits = [i for i, n in enumerate(names) if cache and keys.get(n) and cache.entry(n, keys[n]).is_file()]
    hit_set = set(hits)
    todo = [i for i in range(len(names)) if i not in hit_set]
    unique = _unique_folders(names) if staging else set()
    cache_dir = str(cache.folder) if cache else ""

    def args(i: int) -> tuple[str, str, str, str]:
        n = names[i]
        return n, keys.get(n, ""), cache_dir, str(staging) if staging and n in unique else ""

    def load_hits() -> list[int]:
        missed = []
        for i in hits:
            name = names[i]
            source = cache.load(name, keys[name], outline=name in outlines) if cache else None
            if source is None:
                missed.append(i)
            else:
                outcomes[i] = Outcome(name, source=source, cached=True)
        return missed

    workers = _workers(jobs, len(todo))
    if not todo or jobs == 1 or (workers <= 1 and not hits):
        for i in load_hits() + todo:
            outcomes[i] = process_one(*args(i))
        if meanwhile is not None:
            meanwhile()
    else:
        # Largest files first: the pool ends with small tasks, so no worker idles while another finishes a big one.
        todo.sort(key=lambda i: (-_size(names[i]), i))
        broken: list[int] = []
        with _pool(workers) as pool:
            futures: dict[int, Future[Outcome]] = {i: pool.submit(process_one, *args(i)) for i in todo}
            for i in load_hits():
                futures[i] = pool.submit(process_one, *args(i))
            if meanwhile is not None:
                meanwhile()
            for i, future in futures.items():
                try:
                    outcomes[i] = future.result()
                except BrokenProcessPool:  # a worker died (killed: out of memory?): which bulletin, we find below
                    broken.append(i)
        if broken:
            log.warning("a worker process died; building the %d unfinished source(s) one per process", len(broken))
        for i in broken:  # each in a process of its own: the one that dies again is named, the others build
            outcomes[i] = _isolated(args(i))
    return [o for o in outcomes if o is not None]


def _worker_init() -> None:
    """Workers die with the build (Linux: PR_SET_PDEATHSIG), so none is left running when it is killed, and leave
    SIGINT to the build, which stops them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # (forked with the build's handler, which the pool would catch)
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux
        pass


@contextmanager
def _pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A process pool whose workers are stopped, not waited for, when the build is interrupted."""
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)
    try:
        yield pool
    except BaseException:
        processes = list(getattr(pool, "_processes", {}).values())  # (no public API lists the workers)
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
                process.join(timeout=5)
        raise
    pool.shutdown(wait=True)


def _isolated(task: tuple[str, str, str, str]) -> Outcome:
    """process_one in a process of its own; an Outcome naming the source when that process dies."""
    with _pool(1) as pool:
        try:
            return pool.submit(process_one, *task).result()
        except BrokenProcessPool:
            return Outcome(task[0], error=(
                f"{task[0]}: error: the process building this bulletin died (killed by the system, most likely "
                "for lack of memory); the other bulletins were built\n    fix: check that the text is one bulletin "
                "with its paragraphs on separate lines; if it is, report it as a bug with the file attached"))


def _size(name: str) -> int:
    try:
        return os.path.getsize(name)
    except OSError:
        return 0


def check_collisions(outcomes: list[Outcome]) -> None:
    """Two sources whose file names map to the same page folder, or that produce the same document id (as lint's
    check_duplicates): the second one fails."""
    seen: dict[str, str] = {}
    owner: dict[str, str] = {}
    for out in outcomes:
        if out.source is None:
            continue
        folder = paths.bulletin_dir(out.source)
        shared = [d.id for d in out.source.documents if owner.get(d.id, out.path) != out.path]
        if folder in seen:
            out.error = f"{out.path}: its pages would overwrite those of {seen[folder]} ({folder}); rename the file"
            out.source = None
        elif shared:
            out.error = (f"{out.path}: error: {len(shared)} document id(s) ({', '.join(shared[:3])}) are also produced "
                         f"by {owner[shared[0]]}\n    fix: rename one of the two source files")
            out.source = None
        else:
            seen[folder] = out.path
            for doc in out.source.documents:
                owner.setdefault(doc.id, out.path)


class Pages:
    """The bulletin writer given to render.write_tree: each bulletin's pages come from the worker that rendered
    them (in the staging folder), stay where they are in the previous tree (``unchanged``), or are rendered here
    into ``tree``. Returns the bulletin's figure and event records, or None when the pages stay where they are
    (write_tree then takes the records from the model, or from the fragments remembered for the bulletin)."""

    def __init__(self, outcomes: list[Outcome], unchanged: set[str], previous: Path | None,
                 tree: render.Tree | render.MemoryTree, full_model: Callable[[Source], Source | None]):
        self.prerendered = {o.source.slug: o for o in outcomes if o.source is not None and o.rendered}
        self.unchanged = unchanged  # slugs whose pages in the previous tree are up to date (loaded as outlines)
        self.previous = previous
        self.tree = tree
        self.full_model = full_model
        self.counts = {"worker": 0, "previous": 0, "rendered": 0}
        self.rendered: list[str] = []  # slugs rendered here

    def __call__(self, source: Source, site: Any) -> Records | None:
        done = self.prerendered.get(source.slug)
        if done is not None and done.source is source and done.records is not None:
            self.counts["worker"] += 1
            return done.records
        if source.slug in self.unchanged:
            if self.previous and all((self.previous / f).is_dir() for f in bulletin_folders(source.slug)):
                self.counts["previous"] += 1
                return None
            full = self.full_model(source)  # the folders are gone (removed by hand?): render the whole model
            if full is None:
                raise ValueError(f"{source.path}: its cached model is gone; build again")
            source = full
        self.counts["rendered"] += 1
        self.rendered.append(source.slug)
        return render.write_source(source, self.tree)

    @property
    def changed(self) -> list[str]:
        """Slugs whose pages are new in this build."""
        return sorted({*self.prerendered, *self.rendered})


def _check_overlap(site: render.MemoryTree, sources: list[Source]) -> None:
    """A hand-written file in docs/ must not land in a bulletin's folder."""
    folders = {f for s in sources for f in bulletin_folders(s.slug)}
    for rel in site.files:
        parts = rel.split("/")
        if "/".join(parts[:2]) in folders:
            raise ValueError(f"two generated files share the path {rel}")


def _write_if_changed(path: Path, content: bytes) -> bool:
    try:
        if path.stat().st_size == len(content) and path.read_bytes() == content:
            return False
    except OSError:
        pass
    atomic_write_bytes(path, content)
    return True


def update_in_place(out: Path, staging: Path, pages: Pages, site: render.MemoryTree, previous: Manifest,
                    slugs: set[str], manifest: Callable[[Path], str]) -> int:
    """Bring the previous tree ``out`` up to date: the folders of changed and removed bulletins are replaced or
    dropped, site-wide files are written where their bytes changed and removed where no longer produced. The
    manifest is removed first and written last: a build interrupted in between leaves a tree without one, which
    the next build replaces as a whole. Returns the number of files written."""
    (out / MANIFEST).unlink(missing_ok=True)
    written = 0
    for slug in sorted(set(pages.changed) | (set(previous.bulletins) - slugs)):
        for folder in bulletin_folders(slug):
            shutil.rmtree(out / folder, ignore_errors=True)
            if (staging / folder).is_dir():  # rendered by a worker
                (out / folder).parent.mkdir(parents=True, exist_ok=True)
                os.replace(staging / folder, out / folder)
                written += sum(1 for p in (out / folder).rglob("*") if p.is_file())
    assert isinstance(pages.tree, render.MemoryTree)
    for rel, content in {**pages.tree.files, **site.files}.items():
        written += _write_if_changed(out / rel, content)
    for rel in sorted(set(previous.files) - set(site.files)):
        (out / rel).unlink(missing_ok=True)
    strays = sweep_strays(out, {*site.files, MANIFEST}, slugs)
    if strays:
        log.info("removed %d file(s) no build produced from %s", strays, out)
    atomic_write_text(out / MANIFEST, manifest(out))
    return written


@contextmanager
def _stop_on_sigterm() -> Iterator[None]:
    """SIGTERM (a CI job cancelled, ``kill``) ends the build like Ctrl-C: the staging folder is removed and the
    workers are stopped, instead of the process vanishing with its workers still running."""
    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _source_keys(files: list[Path]) -> dict[str, str]:
    keys: dict[str, str] = {}
    keyer = Keys()
    for f in files:
        try:
            keys[str(f)] = keyer.key(f)
        except OSError as exc:  # unreadable: the pipeline reports it
            log.debug("no cache key for %s: %s", f, exc)
    return keys


def _report(failed: list[Outcome], sources: list[Source]) -> list[Source]:
    """Log the failures and the warnings; returns the sources with warnings."""
    for o in failed:
        log.error("skipped %s\n%s", o.path, o.error)
    warned = [s for s in sources if s.warnings]
    for s in warned:
        for w in s.warnings:
            log.warning("%s: %s", s.path, w)
    return warned


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off while the build holds every bulletin's model: it would walk those millions of
    objects again and again (a third of a rebuild's time at 1,000 bulletins, in loading and storing the cache's
    pickles and in putting the site-wide pages together). The models hold no reference cycles; their memory is
    freed by reference counting as before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def build_site(seeds: str | Path = "seeds", out: str | Path = "build/docs", jobs: int = 0, strict: bool = False,
               docs_src: str | Path = DOCS_SRC, cache_dir: str | Path | None = DEFAULT_CACHE) -> int:
    """Build the docs tree. Exit status 1 if a source failed, or with ``strict`` if a source has warnings.

    ``cache_dir``: where source models are cached (None: no cache, every source is processed)."""
    with _no_cycle_collection():
        return _build_site(Path(seeds), Path(out), jobs, strict, docs_src, cache_dir)


def _build_site(seeds: Path, out: Path, jobs: int, strict: bool, docs_src: str | Path,
                cache_dir: str | Path | None) -> int:
    linked = [p for folder in (GLOSSARY_DIR, TRANSLATIONS_DIR, Path(docs_src)) for p in link_problems(folder)]
    if seeds.is_symlink():  # its entries are checked one by one (scan); the folder itself must be the real one
        linked.append(Problem(str(seeds), "the seeds folder is a symbolic link", "replace it with the folder itself"))
    if linked:  # these folders feed every page: nothing is built
        for problem in linked:
            log.error("%s", problem)
        log.error("nothing was built: links or special files in the folders the site is made from")
        return 1
    entries = scan(seeds)  # the one rule for what a bulletin is (sources.py), as in lint
    files = [e.path for e in entries if e.role == "source"]
    refused = [Outcome(str(e.path), error=str(e.problem)) for e in entries if e.role == "refused" and e.problem]
    if not files:
        for o in refused:
            log.error("skipped %s\n%s", o.path, o.error)
        log.error("no sources (%s) in %s", ", ".join(f"*{s}" for s in SOURCE_SUFFIXES), seeds)
        return 1
    clock = [time.perf_counter()]

    def lap() -> float:
        clock.append(time.perf_counter())
        return clock[-1] - clock[-2]

    keys = _source_keys(files)
    cache = Cache(cache_dir) if cache_dir else None
    previous = read_manifest(out) if out.is_dir() else None
    known = previous.bulletins if previous else {}
    unchanged = {str(f) for f in files if keys.get(str(f)) and known.get(f.stem) == keys[str(f)]}  # stem: slug
    verified: dict[str, str] = {}  # slug -> digest of its folders, checked against the manifest
    stamps = read_stamps(cache, out)
    states: dict[str, Any] = {}  # slug -> the state of its folders, read now
    for name in sorted(unchanged):
        slug = Path(name).stem
        digest = stamped_digest(out, slug, stamps, states)
        if previous is not None and digest == previous.digests.get(slug):
            verified[slug] = digest
        else:
            log.warning("%s: the generated files of %s were changed by hand: they are written again", out, slug)
            unchanged.discard(name)
    spent = {"keys": lap()}
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(out)
    staging = Path(tempfile.mkdtemp(prefix=f"{staging_prefix(out)}{os.getpid()}-", dir=out.parent))
    with _stop_on_sigterm():  # the staging folder is removed (finally) and the workers stopped
        try:
            stored: dict[str, dict] = {}  # the fragment shards, read while the workers run
            outcomes = process_all(files, jobs, keys, cache, staging, outlines=unchanged,
                                   meanwhile=lambda: stored.update(cache.load_fragments() if cache else {}))
            spent["models"] = lap()
            check_collisions(outcomes)
            failed = refused + [o for o in outcomes if o.source is None]
            sources = [o.source for o in outcomes if o.source is not None]
            warned = _report(failed, sources)
            in_place = previous is not None
            pages = Pages(outcomes, {s.slug for s in sources if s.path in unchanged}, out if previous else None,
                          render.MemoryTree() if in_place else render.Tree(staging),
                          lambda s: cache.load(s.path, keys[s.path]) if cache and keys.get(s.path) else None)
            site = render.MemoryTree()
            fragments = Fragments({s.slug: keys[s.path] for s in sources if keys.get(s.path)}, stored)
            render.write_tree(sources, site, Path(docs_src), pages, fragments)
            for lang in feeds.LANGUAGES:
                site.write(feeds.feed_path(lang), feeds.atom_feed(sources, lang))
            _check_overlap(site, sources)
            digests: dict[str, str] = {}

            def manifest(tree: Path) -> str:
                """The manifest, with the digests of the bulletins' folders as written in ``tree``."""
                digests.update({s.slug: verified.get(s.slug) or folder_digest(tree, s.slug) for s in sources})
                return manifest_text(sources, keys, list(site.files), digests)

            spent["pages"] = lap()
            if previous is not None:
                written = update_in_place(out, staging, pages, site, previous, {s.slug for s in sources}, manifest)
            else:
                tree = render.Tree(staging)
                for rel, content in site.files.items():
                    tree.write(rel, content)
                atomic_write_text(staging / MANIFEST, manifest(staging))
                replace_tree(staging, out)
                written = -1
        finally:
            if staging.exists():
                shutil.rmtree(staging)
        write_stamps(cache, out, digests, {slug: states[slug] for slug in verified})  # folders left as they were
        if cache is not None:
            cache.prune((name, key) for name, key in keys.items())
            cache.store_fragments(fragments.changed, fragments.dropped)
        spent["write"] = lap()
        docs = sum(len(s.documents) for s in sources)
        log.info("built %d of %d sources (%d documents) into %s; %d failed, %d with warnings",
                 len(sources), len(files) + len(refused), docs, out, len(failed), len(warned))
        log.info("%d sources from the cache, %d processed; pages: %d rendered by workers, %d unchanged, %d rendered%s",
                 sum(o.cached for o in outcomes), sum(not o.cached for o in outcomes), pages.counts["worker"],
                 pages.counts["previous"], pages.counts["rendered"],
                 f"; updated in place, {written} files written" if written >= 0 else "")
        log.info("site-wide fragments: %d remembered, %d rendered", fragments.hits, fragments.misses)
        log.info("time: %s", ", ".join(f"{k} {v:.2f} s" for k, v in spent.items()))
        if failed:
            log.error("failed: %s", ", ".join(Path(o.path).name for o in failed))
            return 1
        if strict and warned:
            log.error("--strict: %d source(s) have warnings", len(warned))
            return 1
        return 0

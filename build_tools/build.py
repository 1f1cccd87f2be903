"""``python -m build_tools build``: every source in seeds/ -> the generated docs tree (build/docs/).

Sources are processed in worker processes (``jobs``); the output does not depend on their number or timing.
A source that fails is logged with its file name and left out; the others still build. The tree is written into
a staging folder next to the target and swapped into place at the end, so a crash leaves the old tree intact.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from . import render
from .errors import InputError
from .fsutil import replace_tree
from .model import Source
from .render import paths

log = logging.getLogger(__name__)

DOCS_SRC = Path(__file__).resolve().parent.parent / "docs"


@dataclass
class Outcome:
    path: str
    source: Source | None = None
    error: str = ""


def process_one(path: str) -> Outcome:
    """Run the pipeline on one source; any failure becomes an Outcome with the error text."""
    from .pipeline import process

    try:
        return Outcome(path, source=process(path))
    except InputError as exc:
        return Outcome(path, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one broken source must not stop the others
        log.debug("failure in %s", path, exc_info=True)
        return Outcome(path, error=f"{path}: {type(exc).__name__}: {exc}")


def process_all(files: list[Path], jobs: int) -> list[Outcome]:
    """Outcomes in the order of ``files`` (sorted), whatever the number of workers."""
    names = [str(f) for f in files]
    workers = jobs if jobs > 0 else (os.cpu_count() or 1)
    workers = min(workers, len(names))
    if workers <= 1:
        return [process_one(n) for n in names]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(process_one, names))


def check_collisions(outcomes: list[Outcome]) -> None:
    """Two sources whose file names map to the same page folder: the second one fails."""
    seen: dict[str, str] = {}
    for out in outcomes:
        if out.source is None:
            continue
        folder = paths.bulletin_dir(out.source)
        if folder in seen:
            out.error = f"{out.path}: its pages would overwrite those of {seen[folder]} ({folder}); rename the file"
            out.source = None
        else:
            seen[folder] = out.path


def build_site(seeds: str | Path = "seeds", out: str | Path = "build/docs", jobs: int = 0, strict: bool = False,
               docs_src: str | Path = DOCS_SRC) -> int:
    """Build the docs tree. Exit status 1 if a source failed, or with ``strict`` if a source has warnings."""
    seeds, out = Path(seeds), Path(out)
    files = sorted(seeds.glob("*.txt"))
    if not files:
        log.error("no source texts (*.txt) in %s", seeds)
        return 1
    outcomes = process_all(files, jobs)
    check_collisions(outcomes)
    failed = [o for o in outcomes if o.source is None]
    sources = [o.source for o in outcomes if o.source is not None]
    for o in failed:
        log.error("skipped %s\n%s", o.path, o.error)
    warned = [s for s in sources if s.warnings]
    for s in warned:
        for w in s.warnings:
            log.warning("%s: %s", s.path, w)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-staging-", dir=out.parent))
    try:
        render.write_tree(sources, staging, Path(docs_src))
        replace_tree(staging, out)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    docs = sum(len(s.documents) for s in sources)
    log.info("built %d of %d sources (%d documents) into %s; %d failed, %d with warnings",
             len(sources), len(files), docs, out, len(failed), len(warned))
    if failed:
        log.error("failed: %s", ", ".join(Path(o.path).name for o in failed))
        return 1
    if strict and warned:
        log.error("--strict: %d source(s) have warnings", len(warned))
        return 1
    return 0

"""The MkDocs build with each language in its own process, the trees merged: what `make site` runs.

    python hooks/build_parallel.py --docs build/docs --site site [--config mkdocs.yml] [--jobs N]

mkdocs-static-i18n builds the languages one after another in one process (the default language into the site
root, then each other language into ``<lang>/``, from its ``on_post_build``). Here each language is built by its
own ``mkdocs`` process into a folder of its own, with the i18n plugin told which language to build and not to
build the others; the trees are then put together (the default language's tree, plus each ``<lang>/`` folder),
and the step that needs the whole site runs once on it, as after a serial build: the sitemap copies
(hooks/sitemaps.py). Each language's search index (hooks/pagefind.py) is built right after that language's
MkDocs process has ended, by the next free worker, so the languages are indexed in parallel too. The result
is byte-identical to ``mkdocs build`` (tested) but for the root 404.html, which is the default language's (the
serial build leaves the one of the language built last, and its search box with it). Not a hook listed in
mkdocs.yml: the build driver of the thin engine layer, next to the hooks it calls. Each process holds one
language's pages: memory per process is about a third of a serial build's.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HOOKS = Path(__file__).resolve().parent

log = logging.getLogger("build_parallel")


class BuildError(RuntimeError):
    pass


def _load(config_file: Path, docs: Path, site: Path, strict: bool = True) -> Any:
    from mkdocs.config import load_config

    return load_config(str(config_file), docs_dir=str(docs), site_dir=str(site), strict=strict)


def languages(config: Any) -> list[str | None]:
    """None (the default language, built at the root) and the locale of every other language to build."""
    plugin = config.plugins.get("i18n")
    if plugin is None:
        return [None]
    return [None] + [lang.locale for lang in plugin.config.languages if lang.build and not lang.default]


def build_one(config_file: Path, docs: Path, site: Path, locale: str | None, strict: bool = True) -> None:
    """Build one language into ``site`` (the default language at its root, another into ``site/<locale>/``)."""
    from mkdocs.commands.build import build

    config = _load(config_file, docs, site, strict)
    plugin = config.plugins.get("i18n")
    if plugin is not None:
        plugin.current_language = locale  # None: the plugin's on_config picks the default language
        plugin.building = True  # its on_post_build then skips building the other languages
    build(config)


def _hook(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"pd_hooks_{name}", HOOKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_site(config_file: Path, docs: Path, site: Path, jobs: int = 0, strict: bool = True) -> None:
    """All languages in parallel processes, merged into ``site`` (replaced only when everything succeeded)."""
    config = _load(config_file, docs, site)
    locales = languages(config)
    locales_built = [str(locale) for locale in locales[1:]]
    work = site.parent / f".{site.name}.parts"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    env = {**os.environ, "PYTHONHASHSEED": "0"}

    pagefind = _hook("pagefind")

    def pages(locale: str | None) -> subprocess.CompletedProcess:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--config", str(config_file), "--docs", str(docs),
               "--site", str(work / (locale or "_default")), "--one", locale or ""]
        cmd += [] if strict else ["--no-strict"]
        return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)

    def index(locale: str | None) -> str:
        """The language's search index: an error message, or '' when it was built."""
        try:
            pagefind.index_language(work / (locale or "_default"), locale, locales_built)
        except Exception as exc:  # noqa: BLE001 - reported as this language's failure below
            return str(exc)
        return ""

    # A queue of tasks on ``jobs`` workers: the languages' MkDocs processes first, then each language's search
    # index as soon as its pages are built (Pagefind runs on one core). No worker idles while a task waits, and
    # no MkDocs process holds its pages while Pagefind runs (memory: at most ``jobs`` processes at once).
    start = time.perf_counter()
    errors: dict[str | None, str] = {}
    with ThreadPoolExecutor(max_workers=jobs or min(len(locales), os.cpu_count() or 1)) as pool:
        built = {pool.submit(pages, locale): locale for locale in locales}
        indexed = {}
        for future in as_completed(built):
            locale, proc = built[future], future.result()
            if proc.returncode != 0:
                errors[locale] = proc.stderr[-4000:]
                continue
            for line in proc.stderr.splitlines():
                if line.startswith(("WARNING", "ERROR")):
                    log.warning("%s: %s", locale or "default", line)
            if pagefind.active(config):
                indexed[locale] = pool.submit(index, locale)
        for locale, future in indexed.items():
            if message := future.result():
                errors[locale] = message
    if errors:
        shutil.rmtree(work, ignore_errors=True)
        locale = next(loc for loc in locales if loc in errors)
        message = errors[locale]
        raise BuildError(f"mkdocs build of language {locale or 'default'} failed:\n{message}")

    merged = work / "_default"
    for locale in locales[1:]:
        part = work / str(locale) / str(locale)
        if not part.is_dir():
            raise BuildError(f"the build of {locale} wrote no {locale}/ folder")
        if (merged / str(locale)).exists():
            raise BuildError(f"the default language's build wrote into {locale}/")
        part.rename(merged / str(locale))
    log.info("languages built in %.1f s (%d processes)", time.perf_counter() - start, len(locales))
    final = _load(config_file, docs, merged)  # the whole-site steps, as after the serial build
    _hook("sitemaps").on_post_build(final)
    if site.exists():
        shutil.rmtree(site)
    merged.rename(site)
    shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", default=str(ROOT / "mkdocs.yml"))
    parser.add_argument("--docs", default=str(ROOT / "build" / "docs"))
    parser.add_argument("--site", default=str(ROOT / "site"))
    parser.add_argument("--jobs", type=int, default=0, help="processes at once (default: one per core, at most "
                        "one per language)")
    parser.add_argument("--no-strict", action="store_true", help="warnings do not fail the build (the benchmark)")
    parser.add_argument("--one", default=None, help=argparse.SUPPRESS)  # internal: build one language
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(message)s")
    config_file, docs, site = Path(args.config).resolve(), Path(args.docs).resolve(), Path(args.site).resolve()
    if args.one is not None:
        build_one(config_file, docs, site, args.one or None, not args.no_strict)
        return 0
    try:
        build_site(config_file, docs, site, args.jobs, not args.no_strict)
    except BuildError as exc:
        log.error("%s", exc)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

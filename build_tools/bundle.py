"""The offline bundle: ``dist/policy-digest-<version>.zip``, the site to read from ``file://`` with no server.

    python -m build_tools.bundle [--docs build/docs] [--out dist]     # after `make build`; `make bundle` does both
    python -m build_tools.bundle --vendor                            # refresh docs/assets/vendor/ from node_modules

The site is rendered with ``mkdocs.offline.yml`` (mkdocs.yml plus Material's offline plugin and the vendored
iframe-worker shim), checked (every page's scripts, styles and images are files inside the bundle), and zipped
under one top folder ``policy-digest-<version>/`` with fixed timestamps: the same site gives the same zip.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from . import __version__

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
OFFLINE_CONFIG = ROOT / "mkdocs.offline.yml"
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can hold: no build time in the bundle

# Vendored JavaScript: (npm package, file in the package, file under docs/). Pinned in package.json/-lock.json.
VENDOR_DIR = ROOT / "docs" / "assets" / "vendor"
VENDORED = (
    ("iframe-worker", "shim/index.js", "iframe-worker/shim.js"),
    ("iframe-worker", "LICENSE", "iframe-worker/LICENSE"),
)

# Builds with the API (the CLI cannot move docs_dir): config, docs_dir, site_dir.
_MKDOCS_SCRIPT = """
import sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
build(load_config(sys.argv[1], docs_dir=sys.argv[2], site_dir=sys.argv[3], strict=True))
"""


class BundleError(RuntimeError):
    pass


def bundle_name(version: str = __version__) -> str:
    return f"policy-digest-{version}"


def build_offline_site(docs: Path, site: Path, config: Path = OFFLINE_CONFIG) -> None:
    """Render the generated docs tree ``docs`` into ``site`` with the offline configuration."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    proc = subprocess.run([sys.executable, "-c", _MKDOCS_SCRIPT, str(config), str(docs), str(site)],
                          cwd=ROOT, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise BundleError(f"mkdocs build ({config.name}) failed:\n{proc.stderr[-4000:]}")


# ---- What the offline plugin does not check: everything a page loads is a file inside the bundle ----

@dataclass(frozen=True)
class Reference:
    page: str  # the page, relative to the site root
    tag: str
    url: str


class _Loads(HTMLParser):
    """The addresses a page loads by itself (scripts, styles, images, frames, icons), not the links a reader may
    follow. ``<a href>`` to an outside source document is fine; ``<script src="https://...">`` is not."""

    LOADING = {("script", "src"), ("img", "src"), ("iframe", "src"), ("source", "src"), ("video", "src"),
               ("audio", "src"), ("embed", "src"), ("object", "data"), ("input", "src")}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[tuple[str, str]] = []
        self.links: list[str] = []  # <a href>: may go outside, but a relative one must have a file behind it

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])
        for name, value in values.items():
            if (tag, name) in self.LOADING and value:
                self.urls.append((tag, value))
            elif tag == "img" and name == "srcset" and value:
                self.urls += [(tag, part.split()[0]) for part in value.split(",") if part.strip()]
        if tag == "link" and values.get("href"):
            rels = set(values.get("rel", "").lower().split())
            if rels & {"stylesheet", "icon", "preload", "modulepreload", "prefetch", "preconnect", "dns-prefetch",
                       "manifest", "apple-touch-icon", "alternate"}:
                self.urls.append((f"link[{values.get('rel', '')}]", values["href"]))


_CSS_URL_RE = re.compile(r"""url\(\s*['"]?([^'")\s]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")


def page_loads(html: str) -> tuple[list[tuple[str, str]], list[str]]:
    """What a page loads (tag, address) and where its links go."""
    parser = _Loads()
    parser.feed(html)
    return parser.urls, parser.links


def local_target(site: Path, page: Path, url: str) -> Path | None:
    """The file a relative address points to (query and fragment dropped), or None for an outside address."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return None
    if not parts.path:
        return page
    base = site if parts.path.startswith("/") else page.parent
    return (base / unquote(parts.path).lstrip("/")).resolve()


def check_site(site: Path) -> list[str]:
    """Problems that would break the bundle offline: a page or stylesheet that loads an outside address (http:,
    https:, protocol-relative), or a relative address with no file behind it. Empty list: all local."""
    problems: list[str] = []
    site = site.resolve()
    files = sorted(p for p in site.rglob("*") if p.suffix in (".html", ".css"))
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        links: list[str] = []
        if path.suffix == ".css":
            refs = [("css", a or b) for a, b in _CSS_URL_RE.findall(text)]
        else:
            refs, links = page_loads(text)
        rel = path.relative_to(site).as_posix()
        for url in links:
            target = local_target(site, path, url)
            if target is not None and not url.startswith(("mailto:", "#")) and not target.is_file():
                problems.append(f"{rel}: link {url} has no file in the bundle")
        for tag, url in refs:
            if url.startswith(("data:", "#", "about:")):
                continue
            target = local_target(site, path, url)
            if target is None:
                problems.append(f"{rel}: <{tag}> loads an outside address {url}")
            elif not target.is_file() or site not in target.parents:
                problems.append(f"{rel}: <{tag}> {url} has no file in the bundle")
    search_js = site / "search" / "search_index.js"
    if not search_js.is_file():
        problems.append("search/search_index.js is missing: the offline plugin did not run (search needs it)")
    return problems


# ---- The zip ----

def zip_site(site: Path, out: Path, top: str) -> Path:
    """Zip ``site`` into ``out`` under the folder ``top``/: files sorted, fixed timestamps and permissions."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(p for p in site.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{top}/{path.relative_to(site).as_posix()}", date_time=ZIP_EPOCH)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, path.read_bytes())
    tmp.replace(out)
    return out


def make_bundle(docs: Path, out_dir: Path, version: str = __version__, config: Path = OFFLINE_CONFIG) -> Path:
    """Build the offline site from the generated docs tree, check it, zip it. Returns the zip's path."""
    if not (docs / "index.md").is_file():
        raise BundleError(f"no generated docs tree at {docs}: run `make build` (python -m build_tools build) first")
    with tempfile.TemporaryDirectory(prefix="offline-") as tmp:
        site = Path(tmp) / "site"
        build_offline_site(docs, site, config)
        problems = check_site(site)
        if problems:
            raise BundleError("the offline site is not self-contained:\n" + "\n".join(problems[:50]))
        return zip_site(site, out_dir / f"{bundle_name(version)}.zip", bundle_name(version))


# ---- Vendored JavaScript ----

def vendor(node_modules: Path = ROOT / "node_modules", dest: Path = VENDOR_DIR) -> list[Path]:
    """Copy the vendored files from node_modules (after `npm ci`) into docs/assets/vendor/."""
    copied = []
    for package, inner, target in VENDORED:
        src = node_modules / package / inner
        if not src.is_file():
            raise BundleError(f"{src} is missing: run `npm ci` first")
        out = dest / target
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, out)
        copied.append(out)
    return copied


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_tools.bundle", description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", default=str(ROOT / "build" / "docs"), help="generated docs tree (make build)")
    parser.add_argument("--out", default=str(ROOT / "dist"), help="folder for the zip")
    parser.add_argument("--vendor", action="store_true", help="copy vendored JS from node_modules and stop")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(message)s")
    try:
        if args.vendor:
            for path in vendor():
                log.info("vendored %s", path.relative_to(ROOT))
            return 0
        zip_path = make_bundle(Path(args.docs), Path(args.out))
    except BundleError as exc:
        log.error("%s", exc)
        return 1
    log.info("wrote %s (%.1f MB)", zip_path, zip_path.stat().st_size / 1e6)
    return 0


if __name__ == "__main__":
    sys.exit(main())

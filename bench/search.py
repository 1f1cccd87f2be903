"""The search figures of ``make bench``: the size of a lunr index (the offline bundle's) and two smaller variants
of it, and, in headless Chromium on the served site, the bytes Pagefind downloads before the first result of a
query in each language and the time from typing to that result."""

from __future__ import annotations

import gzip
import json
import os
import re
from pathlib import Path
from typing import Any

LANG_DIRS = {"en": "en", "zh-Hant": "zh-Hant"}  # language -> folder of its pages in the site (zh at the root)


def _gz(data: bytes) -> int:
    return len(gzip.compress(data, 6, mtime=0))


def search_indexes(site: Path) -> dict[str, dict[str, float]]:
    found: dict[str, dict[str, float]] = {}
    for lang, folder in [("zh", ""), *LANG_DIRS.items()]:
        path = site / folder / "search" / "search_index.json"
        if path.is_file():
            data = path.read_bytes()
            found[lang] = {"mb": round(len(data) / 1e6, 2), "gzip_mb": round(_gz(data) / 1e6, 2),
                           "entries": len(json.loads(data).get("docs", []))}
    return found


def index_remedies(index_file: Path, lead_chars: int = 200) -> dict[str, Any]:
    """Sizes of two smaller variants of a search index (MB, raw and gzip):

    - ``sharded_by_year``: one index per publication year of the bulletins (from the bulletin's file name) plus
      one for the other pages; a reader who picks a year downloads that shard only;
    - ``titles_headings_lead``: page entries keep the title and the first ``lead_chars`` characters of text (the
      summary comes first on a document page), section entries keep their heading but no text."""
    data = json.loads(index_file.read_bytes())
    docs = data.get("docs", [])
    config = data.get("config", {})

    def size(entries: list[dict[str, Any]]) -> tuple[float, float]:
        raw = json.dumps({"config": config, "docs": entries}, ensure_ascii=False, separators=(",", ":")).encode()
        return round(len(raw) / 1e6, 2), round(_gz(raw) / 1e6, 2)

    shards: dict[str, list[dict[str, Any]]] = {}
    for entry in docs:
        m = re.match(r"(?:[\w-]+/)?bulletins/(\d{4})", entry.get("location", ""))
        shards.setdefault(m.group(1) if m else "other", []).append(entry)
    shard_sizes = {name: size(entries) for name, entries in sorted(shards.items())}
    kinds: dict[str, list[dict[str, Any]]] = {}
    for entry in docs:
        page = entry.get("location", "").split("#", 1)[0]
        kind = ("cleaning reports" if page.endswith("cleaning-report.html") else
                "bulletin pages" if page.endswith("/index.html") and "bulletins/" in page and page.count("/") >= 2
                else "document pages" if "bulletins/" in page and page.count("/") >= 2 else page or "home")
        kinds.setdefault(kind, []).append(entry)
    small = [{**e, "text": e.get("text", "")[:lead_chars] if "#" not in e.get("location", "") else ""} for e in docs]
    largest = max(shard_sizes.items(), key=lambda kv: kv[1][1]) if shard_sizes else ("", (0.0, 0.0))
    by_kind = {kind: size(entries) for kind, entries in sorted(kinds.items())}
    return {"full": size(docs), "titles_headings_lead": size(small), "by_page_kind": by_kind,
            "sharded_by_year": {"shards": len(shard_sizes), "largest": largest[0], "largest_mb": largest[1][0],
                                "largest_gzip_mb": largest[1][1], "sizes": shard_sizes}}


# The first query of a reader in each language, on the served site (Pagefind). Words the synthetic archive holds
# (bench/synth.py TOPICS; the English of 营商环境 is the glossary's "business environment").
FIRST_QUERIES = {"zh": "营商环境", "en": "business environment", "zh-Hant": "營商環境"}
# Before Pagefind (Material's lunr index, downloaded whole before the first result; issue 14, closing note of
# issue 7): gzip MB of the index per language at N=1000, and the MkDocs build of N=1000 bulletins in seconds.
BEFORE = {"index_gzip_mb_n1000": {"zh": 6.43, "en": 2.26, "zh-Hant": 6.45}, "mkdocs_s_n1000": 551}
TARGET_QUERY = {"mb": 1.0, "ms": 300}
# In the page: focus the box, enter the query as typing does (an input event), and resolve with the milliseconds
# until the first result is on screen with its title and link (not the placeholder drawn while it loads).
FIRST_RESULT_JS = """query => new Promise(resolve => {
    const box = document.querySelector('.pagefind-ui__search-input');
    const t0 = performance.now();
    const done = () => document.querySelector('.pagefind-ui__result a.pagefind-ui__result-link');
    const watch = new MutationObserver(() => { if (done()) { watch.disconnect(); resolve(performance.now() - t0); } });
    watch.observe(document.body, {subtree: true, childList: true, attributes: true});
    box.focus();
    box.value = query;
    box.dispatchEvent(new Event('input', {bubbles: true}));
})"""


def first_query(site: Path, timeout_ms: int = 30_000) -> dict[str, Any]:
    """Per language: the bytes the browser downloads for search (every file under pagefind/, from the page load to
    the first result shown: the UI script and style, the index metadata, the chunks and fragments the query needs)
    and the milliseconds from typing the query to the first result on screen (the UI's 100 ms debounce included):
    ``ms`` typing at once after the page has loaded (Pagefind starts loading when the box gets the focus), and
    ``ms_focused`` typing once the box has had the focus for a moment, as a reader does. Headless Chromium
    (/usr/bin/chromium or $CHROMIUM) on a local HTTP server."""
    from build_tools.local_server import serve

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return {"skipped": "Playwright is not installed"}
    chromium = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    if not chromium.exists() or not (site / "pagefind").is_dir():
        return {"skipped": f"no Chromium at {chromium}" if not chromium.exists() else "no Pagefind index"}

    def size(req: Any) -> int:
        try:
            return int(req.sizes()["responseBodySize"])
        except Exception:  # noqa: BLE001 - the page was closed first: not one of the measured requests
            return 0

    found: dict[str, Any] = {}
    with serve(site) as base:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(chromium), headless=True,
                                         args=["--headless=new", "--no-sandbox", "--disable-gpu"])
            for lang, query in FIRST_QUERIES.items():
                folder = "" if lang == "zh" else LANG_DIRS[lang] + "/"
                for mode in ("cold", "warm"):
                    context = browser.new_context(service_workers="block")
                    page = context.new_page()
                    loaded: list[tuple[str, int]] = []
                    page.on("requestfinished", lambda req, out=loaded: out.append((req.url, size(req))))
                    page.goto(base + folder + "index.html")
                    page.wait_for_load_state("networkidle")
                    at_load = len(loaded)
                    if mode == "warm":  # the box has the focus: Pagefind has loaded its script, wasm and metadata
                        page.locator(".pagefind-ui__search-input").focus()
                        page.wait_for_load_state("networkidle")
                        page.wait_for_timeout(300)
                    ms = round(page.evaluate(FIRST_RESULT_JS, query))
                    if mode == "cold":
                        searched = [(u, n) for u, n in loaded if "/pagefind/" in u]
                        found[lang] = {"query": query, "ms": ms,
                                       "kb": round(sum(n for _, n in searched) / 1e3, 1),
                                       "kb_after_load": round(sum(n for u, n in loaded[at_load:]
                                                                  if "/pagefind/" in u) / 1e3, 1),
                                       "files": len(searched),
                                       "message": page.locator(".pagefind-ui__message").inner_text()}
                    else:
                        found[lang]["ms_focused"] = ms
                    page.wait_for_load_state("networkidle")
                    context.close()
            browser.close()
    return found

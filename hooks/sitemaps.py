"""A copy of sitemap.xml in each language folder of a mkdocs-static-i18n site.

Material's JavaScript fetches ``sitemap.xml`` at the search base of every page, and beside every
``<link rel="alternate">`` address (the Atom feed of the page's language, overrides/main.html). For a page of a
non-default language both are in ``<lang>/``, but the i18n plugin writes one sitemap, at the site root: without a
copy in ``<lang>/``, every page load of that language logs a 404 in the browser console.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority


@event_priority(-300)  # after the i18n plugin's language builds
def on_post_build(config: Any) -> None:
    plugin = config.plugins.get("i18n")
    root = Path(config.site_dir)
    sitemap = root / "sitemap.xml"
    if plugin is None or not sitemap.is_file():
        return
    for lang in plugin.config.languages:
        folder = root / lang.locale
        if lang.build and not lang.default and folder.is_dir():
            shutil.copyfile(sitemap, folder / "sitemap.xml")

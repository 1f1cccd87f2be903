"""The original as published (PDF, DOCX): copied next to the bulletin's data for readers to download.

A plain-text source is not offered (the site shows its text), nor a web page or Markdown export: served from the
site, a saved page would run its scripts and load its trackers on the site's own origin; its ``source_url`` links
to it instead. A file larger than ``max_bytes()`` is not copied
(the page then links to ``source_url`` only); the limit is ``DEFAULT_MAX_BYTES`` unless the environment variable
``POLICY_DIGEST_ORIGINAL_MAX_BYTES`` sets another (0 turns downloads off).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from ..errors import InputError
from ..model import Source
from ..sources import read_source_bytes
from . import paths
from .markdown import rel

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
OFFERED = {".pdf": "PDF", ".docx": "DOCX"}
LABELS = {"zh": ("原件", "下载"), "zh-Hant": ("原件", "下載"), "en": ("Original", "download")}


def max_bytes() -> int:
    value = os.environ.get("POLICY_DIGEST_ORIGINAL_MAX_BYTES", "")
    return int(value) if value.isdigit() else DEFAULT_MAX_BYTES


def original_path(source: Source) -> str:
    """Where the original is published in the site, or '' when it is not offered."""
    suffix = Path(source.path).suffix.lower()
    if suffix not in OFFERED:
        return ""
    try:
        size = Path(source.path).stat().st_size
    except OSError:
        return ""
    if size > max_bytes():
        return ""
    return f"{paths.data_dir(source)}/original{suffix}"


def write_original(source: Source, tree) -> None:  # noqa: ANN001 (render.Tree or MemoryTree)
    target = original_path(source)
    if not target:
        return
    try:
        tree.write(target, read_source_bytes(source.path, max_bytes()))
    except InputError as exc:
        log.warning("%s: the original is not offered for download: %s", source.path, exc.problem.message)


def download_line(source: Source, page_path: str, lang: str, colon: str) -> str:
    """'**原件**：[下载 PDF（74 KB）](../../data/x/original.pdf)' or ''."""
    target = original_path(source)
    if not target:
        return ""
    name, verb = LABELS.get(lang, LABELS["zh"])
    kind = OFFERED[Path(source.path).suffix.lower()]
    size = Path(source.path).stat().st_size
    shown = f"{max(1, round(size / 1024))} KB" if size < 1024 * 1024 else f"{size / 2**20:.1f} MB"
    text = f"{verb} {kind}, {shown}" if lang == "en" else f"{verb} {kind}（{shown}）"
    return f"**{name}**{colon}[{text}]({rel(target, page_path)})"

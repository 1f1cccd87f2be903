"""Run the stages on one source: ingest -> clean -> structure -> extract (-> translate).

Each stage is its own module; this one only wires them together.
"""

from __future__ import annotations

import logging
from pathlib import Path

from . import clean, ingest, meta, structure
from .extract import run as extract_all
from .model import Metadata, Source

log = logging.getLogger(__name__)


def slug_for(path: str | Path) -> str:
    return Path(path).stem


def load_metadata(path: Path, meta_file: str | Path | None) -> Metadata:
    candidate = Path(meta_file) if meta_file else meta.meta_path_for(path)
    if candidate.exists():
        return meta.load(candidate)
    if meta_file:
        meta.load(candidate)  # raises a clear "cannot read" error
    return Metadata(inferred=["date", "region", "kind", "source"])


def process(path: str | Path, meta_file: str | Path | None = None, *, with_extract: bool = True,
            with_translate: bool = False) -> Source:
    """Build the model of one source file. Raises errors.InputError on bad input.

    ``with_translate`` also runs the translate stage (English and Traditional Chinese, for the site); the
    ``extract`` command leaves it off, so its JSON holds no translations."""
    path = Path(path)
    decoded = ingest.read_source(path)
    metadata = load_metadata(path, meta_file)
    cleaned = clean.clean(decoded.text, metadata.source)
    # what format extraction dropped (navigation, page headers ...) comes first in the report, with its rule
    source = Source(slug=slug_for(path), path=str(path), encoding=decoded.encoding, meta=metadata,
                    report=decoded.dropped + cleaned.report)
    if decoded.had_crlf:
        source.warnings.append("the file uses Windows line endings (CRLF); they were converted")
    source.warnings.extend(decoded.warnings)
    structure.build(source, cleaned.blocks)
    if with_extract:
        extract_all(source)
        if with_translate:
            from .translate import translate  # the translate stage loads OpenCC: only when asked for

            translate(source)
    return source

"""Stage 1: read a source file as published (plain text, PDF, DOCX, web page) into text with layout signals.

One reader per format (``base.Reader``); the format is detected from the content, not only from the name.
The plain-text decoding rules live in ``ingest.text``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..errors import InputError
from ..sources import read_source_bytes
from .base import Decoded, Reader
from .text import BINARY_SIGNATURES, HAN_RE, MAX_BYTES, decode_bytes, has_chinese, size_problem

log = logging.getLogger(__name__)

__all__ = ["BINARY_SIGNATURES", "HAN_RE", "MAX_BYTES", "Decoded", "Reader", "decode_bytes", "has_chinese",
           "read_bytes", "read_source", "size_problem"]


def read_bytes(path: str | Path) -> bytes:
    """The raw bytes of one source file (size-checked). The only place ingest reads a file."""
    path = Path(path)
    data = read_source_bytes(path, MAX_BYTES)  # no link followed, regular files only, size counted as read
    problem = size_problem(path, len(data))
    if problem:
        raise InputError(problem)
    return data


def read_source(path: str | Path) -> Decoded:
    """Read and decode one source. Raises InputError (naming the file) on any bad input."""
    path = Path(path)
    return decode_bytes(read_bytes(path), str(path))

"""Stage 1: read a source file as published (plain text, PDF, DOCX, web page) into text with layout signals.

One reader per format (``base.Reader``, the model is Pelican's readers): ``READERS`` lists them, the format is
detected from the content (magic bytes, markup, front matter), the file name ending only decides between a
damaged file and a mislabelled one. Every reader returns a ``Decoded``: the text in the plain-text form the
cleaner reads, the metadata the format states, and what it dropped (for the cleaning report). A new format is
one new module and one line here. The plain-text decoding rules live in ``ingest.text``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..errors import InputError, Problem
from ..sources import MAX_SOURCE_BYTES, read_source_bytes
from .base import Decoded, Reader
from .docx import DocxReader
from .html import HtmlReader, MarkdownReader
from .pdf import PdfReader
from .text import BINARY_SIGNATURES, HAN_RE, MAX_BYTES, TextReader, binary_kind, decode_bytes, has_chinese, size_problem

log = logging.getLogger(__name__)

__all__ = ["BINARY_SIGNATURES", "HAN_RE", "MAX_BYTES", "READERS", "Decoded", "Reader", "decode_bytes", "detect",
           "has_chinese", "limit_for", "read_bytes", "read_data", "read_source", "size_problem"]

# In order of precedence: the first whose sniff() accepts the content reads it; plain text reads the rest.
READERS: tuple[Reader, ...] = (PdfReader(), DocxReader(), HtmlReader(), MarkdownReader())
TEXT = TextReader()
BINARY_FORMATS = (".pdf", ".docx")  # formats that are never text: a file named so must be one


def read_bytes(path: str | Path, limit: int = MAX_SOURCE_BYTES) -> bytes:
    """The raw bytes of one source file (at most ``limit``). The only place ingest reads a file."""
    return read_source_bytes(Path(path), limit)  # no link followed, regular files only, size counted as read


def detect(data: bytes, suffix: str = "") -> Reader:
    """The reader for ``data``: from its content; a .pdf/.docx name that the content contradicts is an error."""
    for reader in READERS:
        if reader.sniff(data):
            return reader
    suffix = suffix.lower()
    if suffix == ".docx" and data.startswith(b"PK"):
        return READERS[1]  # a damaged or foreign ZIP named .docx: the DOCX reader says what is wrong with it
    if suffix == ".pdf" and b"%PDF" in data[:1024 * 1024]:
        return READERS[0]  # junk before the header (some web servers prepend it): PDFium still reads it
    if suffix in (".htm", ".html") and data.lstrip()[:1] == b"<":
        return READERS[2]  # an HTML fragment without <html> or <body>
    if suffix in READERS[3].suffixes and binary_kind(data) is None:
        return READERS[3]  # Markdown without front matter: its syntax is not text either
    return TEXT


def read_data(data: bytes, name: str, suffix: str | None = None) -> Decoded:
    """Decode the bytes of a source named ``name``; its suffix (or ``suffix``, for a web address) is a hint only."""
    suffix = (Path(name).suffix if suffix is None else suffix).lower()
    reader = detect(data, suffix)
    if reader is TEXT:
        if suffix in BINARY_FORMATS:
            kind = binary_kind(data)
            what = f"it is {kind}" if kind else "its content is not in that format"
            raise InputError(Problem(name, f"the file is named {suffix} but {what}",
                                     f"give the original {suffix} file as published, or rename the file to what "
                                     "it is (.txt for text, .html for a web page)"))
        problem = size_problem(name, len(data))
        if problem:
            raise InputError(problem)
    try:
        decoded = _read(reader, data, name)
    except InputError as exc:
        if reader.format in ("pdf", "docx") and suffix not in reader.suffixes:  # a PDF saved or renamed as .txt
            what = binary_kind(data) or {"pdf": "a PDF document", "docx": "a Word document (.docx)"}[reader.format]
            problem = exc.problem
            named = f"named {suffix}" if suffix else "named without a suffix"
            raise InputError(Problem(problem.file, f"this is {what}, not a text file ({named}), and {problem.message}",
                                     f"rename it to {Path(name).stem}{reader.suffixes[0]}; {problem.fix}")) from exc
        raise
    log.debug("%s: read as %s (%s)", name, decoded.format, decoded.encoding)
    return decoded


def limit_for(path: str | Path) -> int:
    """How many bytes a source may have: 8 MiB of text (several years of a gazette), more for a PDF or DOCX."""
    return MAX_SOURCE_BYTES if Path(path).suffix.lower() in BINARY_FORMATS else MAX_BYTES


def _read(reader: Reader, data: bytes, name: str) -> Decoded:
    """``reader.read``; a failure inside a format library on unusual input is the file's problem, reported as such
    (the other bulletins still build), not a crash."""
    try:
        return reader.read(data, name)
    except (InputError, MemoryError, KeyboardInterrupt):
        raise
    except Exception as exc:  # noqa: BLE001 (PDFium, python-docx, lxml, readability: any error on odd input)
        log.debug("%s: %s reader failed", name, reader.format, exc_info=True)
        raise InputError(Problem(name, f"the {reader.format.upper()} file could not be read "
                                 f"({type(exc).__name__}: {str(exc)[:200]})",
                                 "open it in its application and save it again (or export it as PDF); if it "
                                 "still fails, report the file")) from exc


def read_source(path: str | Path) -> Decoded:
    """Read and decode one source in any format. Raises InputError (naming the file) on any bad input."""
    path = Path(path)
    return read_data(read_bytes(path, limit_for(path)), str(path))

"""Stage 1: read a source file's bytes and decode them to NFC text with a known encoding.

Strict decodings are tried first (UTF-8 with or without BOM, UTF-16 with BOM, GB18030),
then charset-normalizer as a last resort. Binary and empty input are clear errors.
NFC only: NFKC would turn full-width Chinese punctuation into ASCII.
"""

from __future__ import annotations

import codecs
import logging
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, Problem

log = logging.getLogger(__name__)

MAX_BYTES = 64 * 1024 * 1024  # refuse anything larger: a bulletin is a few hundred KB at most

# Magic numbers of binary formats editors may rename to .txt by mistake.
BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a .docx/.xlsx file)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document (.doc/.xls)",
    b"\x1f\x8b": "a gzip archive",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"{\\rtf": "an RTF document",
}


@dataclass
class Decoded:
    text: str
    encoding: str  # the codec that decoded the bytes, e.g. "utf-8", "utf-8-sig", "gb18030"
    had_crlf: bool = False


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in BINARY_SIGNATURES.items():
        if data.startswith(magic):
            return kind
    return None


def decode_bytes(data: bytes, name: str = "<bytes>") -> Decoded:
    """Decode raw bytes; raise InputError for empty, binary or undecodable input."""
    convert = "convert it to UTF-8 (for example: iconv -f GB18030 -t UTF-8 in.txt > out.txt)"
    if not data.strip():
        raise InputError(Problem(name, "the file is empty or contains only white space",
                                 "paste the bulletin's text into the file, or remove the file"))
    kind = _binary_kind(data)
    if kind:
        raise InputError(Problem(name, f"this is {kind}, not a text file",
                                 "export or copy the text out of it and save it as UTF-8 plain text (.txt)"))
    encoding = None
    text = None
    if data.startswith(codecs.BOM_UTF8):
        encoding, text = "utf-8-sig", data.decode("utf-8-sig", errors="strict")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, text = "utf-16", data.decode("utf-16", errors="strict")
    else:
        for candidate in ("utf-8", "gb18030"):
            try:
                text = data.decode(candidate, errors="strict")
                encoding = candidate
                break
            except UnicodeDecodeError:
                continue
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise InputError(Problem(name, "the bytes are not text in any known encoding", convert))
        encoding, text = best.encoding, str(best)
    if "\x00" in text:
        raise InputError(Problem(name, f"the file contains NUL bytes after decoding as {encoding}: it is binary",
                                 "save the bulletin as UTF-8 plain text (.txt)"))
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        raise InputError(Problem(name, f"the file looks binary ({controls} control characters)",
                                 "save the bulletin as UTF-8 plain text (.txt)"))
    had_crlf = "\r\n" in text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = unicodedata.normalize("NFC", text)
    if encoding and encoding.replace("_", "-").lower() not in ("utf-8", "utf-8-sig"):
        log.info("%s: decoded as %s", name, encoding)
    return Decoded(text=text, encoding=encoding or "utf-8", had_crlf=had_crlf)


def read_source(path: str | Path) -> Decoded:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(Problem(str(path), f"cannot read the file: {exc.strerror}", "check the path")) from exc
    if size > MAX_BYTES:
        raise InputError(Problem(str(path), f"the file is {size / 1e6:.0f} MB, over the {MAX_BYTES // 2**20} MiB limit",
                                 "split the bulletin into several files, one per issue or document"))
    return decode_bytes(path.read_bytes(), str(path))

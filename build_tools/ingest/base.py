"""The one interface every format reader implements (Pelican's readers are the model).

A reader says which files it reads (``sniff`` looks at the content: magic bytes, markup; ``suffixes`` are the file
name endings it is registered for) and ``read`` returns a :class:`Decoded`: the text with its layout signals (one
line per printed line or paragraph, a form feed at each page break, tables as tab-separated rows), the metadata
the format states (title, date, issuer, source, doc_number, source_url) and what it dropped (navigation, page
headers ...) as cleaning-report actions. ``clean`` never knows which format the text came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from ..model import CleaningAction


@dataclass
class Decoded:
    text: str
    encoding: str  # the codec that decoded the bytes ("utf-8", "gb18030" ...), or the format ("pdf", "docx")
    had_crlf: bool = False  # Windows (CRLF) or old Mac (CR) line endings were converted to LF
    format: str = "text"  # text | markdown | html | pdf | docx
    metadata: dict[str, str] = field(default_factory=dict)  # what the format states: title, date, source_url ...
    dropped: list[CleaningAction] = field(default_factory=list)  # removed by format extraction, with its rule
    warnings: list[str] = field(default_factory=list)  # what the editor should know (pages without text ...)


class Reader:
    """One source format. Subclasses set ``format`` and ``suffixes`` and implement ``sniff`` and ``read``."""

    format: ClassVar[str] = ""
    suffixes: ClassVar[tuple[str, ...]] = ()

    def sniff(self, data: bytes) -> bool:
        """True when ``data`` is in this format, judged from the content."""
        raise NotImplementedError

    def read(self, data: bytes, name: str) -> Decoded:
        """The text, metadata and dropped parts of ``data``; raises errors.InputError naming ``name``."""
        raise NotImplementedError


def dropped(rule: str, text: str, detail: str, line: int = 0) -> CleaningAction:
    """A removal made by a reader, for the cleaning report (line 0: before the text, not a line of it)."""
    text = " ".join(text.split())
    return CleaningAction(rule=rule, action="removed", lines=(line, line), text=text[:200], detail=detail)

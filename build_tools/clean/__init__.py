"""Stage 2: layout repair. Raw decoded text in, paragraph blocks with provenance and a cleaning report out.

The steps, each in its own module, each recording what it changes:
lines (wraps, packed paragraphs, word segmentation) -> normalize (punctuation, spaces) -> furniture
(banners, tables of contents, mastheads) -> breaks (page/column breaks, interrupted articles) -> dedupe.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Block, CleaningAction
from .breaks import repair_breaks
from .dedupe import remove_duplicates
from .furniture import remove_furniture
from .lines import desegment, group_blocks, split_lines
from .normalize import normalize_block


@dataclass
class Cleaned:
    blocks: list[Block]
    report: list[CleaningAction] = field(default_factory=list)


def clean(text: str, publication: str = "") -> Cleaned:
    """Repair the layout of one decoded source text. ``publication`` is the periodical's name, if known."""
    report: list[CleaningAction] = []
    lines = split_lines(text, report)
    desegment(lines, report)
    blocks = group_blocks(lines)
    for block in blocks:
        normalize_block(block, report)
    blocks = [b for b in blocks if b.text.strip()]
    blocks = remove_furniture(blocks, report, publication)
    blocks = repair_breaks(blocks, report)
    blocks = remove_duplicates(blocks, report)
    for block in blocks:  # joins can bring punctuation and spaces together across a former break
        normalize_block(block, report)
    return Cleaned(blocks, report)

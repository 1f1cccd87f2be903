"""Stage 2: layout repair (placeholder: split on blank lines; the real rules follow)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Block, CleaningAction


@dataclass
class Cleaned:
    blocks: list[Block]
    report: list[CleaningAction] = field(default_factory=list)


def clean(text: str) -> Cleaned:
    blocks: list[Block] = []
    cur: list[tuple[int, str]] = []
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip():
            cur.append((n, line.strip()))
        elif cur:
            blocks.append(Block("".join(t for _, t in cur), (cur[0][0], cur[-1][0])))
            cur = []
    if cur:
        blocks.append(Block("".join(t for _, t in cur), (cur[0][0], cur[-1][0])))
    return Cleaned(blocks)

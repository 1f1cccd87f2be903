"""What a notice hands down (关于下达…的通知): funds allocated in batches, plans issued.

- ``下达2026年…补助资金（第二批）`` -> "Allocating the ... (Second Batch)": funds, budgets and subsidies are allocated
  (GWR 2019/321 "allocate funds"); a plan handed down (下达…投资计划) is issued;
- ``提前下达…`` -> "Allocating in Advance ..." (the next year's transfers notified early; project rendering);
- a batch (第二批, 第2批次) is said after the title, as land_titles.py says it.
"""

from __future__ import annotations

import re

from .title_tables import ORDINAL_WORDS
from .title_words import cn_int

BATCH_RE = re.compile(r"[（(]第(?P<n1>[一二三四五六七八九十\d]{1,3})批次?[）)]$"
                      r"|(?<=年)第(?P<n2>[一二三四五六七八九十\d]{1,3})批次?")
FUNDS_RE = re.compile(r"(?:资金|经费|补助|补贴|预算|预算指标)$")


def handed_down(verb: str, inner: str, english: str) -> tuple[str, str, str]:
    """The verb's English, the title handed down without its batch, and the batch (' (Second Batch)' or '')."""
    m = BATCH_RE.search(inner)
    batch = ""
    if m:
        n_text = m.group("n1") or m.group("n2")
        n = int(n_text) if n_text.isdigit() else cn_int(n_text)
        if n and n in ORDINAL_WORDS:
            batch = f" ({ORDINAL_WORDS[n]} Batch)"
            inner = inner[:m.start()] + inner[m.end():]
    if verb in ("下达", "提前下达") and FUNDS_RE.search(inner):
        english = "Allocating" + (" in Advance" if verb == "提前下达" else "")
    return english, inner, batch

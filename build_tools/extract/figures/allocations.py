"""Funds a notice allocates (关于下达2026年…补助资金的通知): the amounts it hands out (现下达你们…52680万元, the table's
amount per county) and their shares are acts of the notice, actuals of its date, not of the funds' year or of the
month it was written in (held-out set 50)."""

from __future__ import annotations

import re

from ...model import Figure

# the title of a notice allocating funds (关于下达…资金的通知, 关于拨付…补助经费的通知, 关于分配…预算的通知)
# (and its attached table, 2026年…补助资金（第二批）分配表, a document of its own)
_ALLOCATING = re.compile(r"关于(?:下达|拨付|下拨|分配|预拨|提前下达)[^。]{0,60}?(?:资金|经费|补助|补贴|预算)"
                         r"[^。]{0,20}?的通知"
                         r"|(?:资金|经费|补助|补贴|预算)[^。]{0,12}?(?:分配|下达|拨付)(?:情况|明细|计划)?表$")
_FUNDED = ("CNY", "percent")


def date_allocations(figures: list[Figure], title: str, anchor_iso: str) -> None:
    """The undated actual amounts and shares of an allocating notice take its date (a day): the month it was
    written in or the funds' year named in the title is no period of the act."""
    if len(anchor_iso) != 10 or not _ALLOCATING.search(title or ""):
        return
    years = set(re.findall(r"(?:19|20)\d{2}(?=年)", title))
    for f in figures:
        if f.status != "actual" or f.base_unit not in _FUNDED or f.direction:
            continue
        if f.period == anchor_iso[:7] or f.period in years or f.period == anchor_iso[:4]:
            f.period = anchor_iso

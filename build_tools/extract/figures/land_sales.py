"""The figures of an announcement selling land use rights (国有建设用地使用权挂牌出让公告, 拍卖出让公告…): the terms
of a sale still to be made. A parcel's area is a fact of the land offered and stays as read (actual, the month of
the announcement); every other figure (the planning bounds 容积率, 建筑密度, 绿地率, the term of the right 出让年限,
the starting price, bid deposit and bid increment, an investment intensity floor, the contract's payment terms) is
a condition of the sale the bidder accepts: requirement, no period. An announcement of the result (出让结果公示,
成交公示) reports what happened and is left as it is."""

from __future__ import annotations

import re

from build_tools.model import Figure

# (沅阜市国有建设用地使用权挂牌出让公告, …土地使用权拍卖出让公告, 挂牌出让国有建设用地使用权公告; not …出让结果公示)
_SALE_TITLE = re.compile(r"(?:挂牌|拍卖|招标|网上挂牌|网上拍卖|招拍挂)出让(?:国有建设用地使用权|土地使用权)?公告"
                         r"(?:[（(][^）)]{1,8}[）)])?$")
# what the land is: its area, and the count of parcels offered
_FACTS = ("m2", "mu", "ha", "km2")


def is_land_sale(title: str) -> bool:
    """Whether a document's title names an announcement selling land use rights."""
    return bool(_SALE_TITLE.search(title.strip()))


def land_sale_terms(figures: list[Figure], title: str) -> list[Figure]:
    """In an announcement selling land use rights: the conditions of the sale requirements without period; the
    land's area and the count of parcels as read. Other documents' figures are returned as they are."""
    if not is_land_sale(title):
        return figures
    for f in figures:
        if f.direction or f.base_unit in _FACTS or f.unit == "宗":
            continue
        f.status, f.is_target, f.period, f.edge = "requirement", False, "", ""
    return figures

"""Science, technology and intellectual property: a science and technology bureau's and an IP office's figures (R&D
人员, 技术市场成交额, 实用新型专利授权量, PCT国际专利申请, 新型研发机构 ...), after YB 20-1 (R&D personnel and
spending), 20-19/20-22 (patent applications and patents granted, by kind) and 20-26 (technical markets). The kinds
of patents compose with their heads in rules.py.
"""

from __future__ import annotations

SCIENCE_EXACT: dict[str, tuple[str, str]] = {
    "R&D人员": ("R&D personnel", "YB 20-1"),
    "研发人员": ("R&D personnel", "YB 20-1"),
    "技术市场成交额": ("transaction value in technical markets", "YB 20-26"),
    "技术合同成交金额": ("volume of contracted technology transactions", "GWR 2019/102"),
    "新型研发机构": ("new R&D institutions", "P"),
    "研发投入": ("R&D spending", "GWR 2013/120 (R&D spending)"),
}

SCIENCE_HEADS: dict[str, tuple[str, str | None, str]] = {
    # R&D spending of whom (GWR 2015/16 research and development spending)
    "R&D经费支出": ("research and development spending of {s}", "research and development spending", "GWR 2015/16"),
    "研发经费支出": ("research and development spending of {s}", "research and development spending",
               "GWR 2015/16"),
}

# Kinds of patents, singular as the adjective of "applications" (YB 20-19 Three Kinds of Patent, 20-22 Inventions and
# Utility Models; 外观设计 "design" P).
PATENT_KINDS: dict[str, str] = {"专利": "patent", "发明专利": "invention patent",
                                "实用新型专利": "utility model patent", "外观设计专利": "design patent",
                                "PCT国际专利": "PCT international patent", "PCT专利": "PCT patent"}
# The heads after a kind of patent: {k} the kind, singular.
PATENT_HEADS: dict[str, str] = {"授权量": "{k}s granted", "授权": "{k}s granted", "申请量": "{k} applications",
                                "申请": "{k} applications", "申请受理量": "{k} applications accepted"}

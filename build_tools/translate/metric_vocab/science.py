"""Science, technology and intellectual property: a science and technology bureau's and an IP office's figures (R&D
人员, 技术市场成交额, 实用新型专利授权量, PCT国际专利申请, 新型研发机构 ...), after YB 20-1 (R&D personnel and
spending), 20-19/20-22 (patent applications and patents granted, by kind) and 20-26 (technical markets). The kinds
of patents compose with their heads in rules.py.

The communiqués on science and technology funding (科技经费投入统计公报, statistics, science and finance bureaus):
R&D expenditure by type of activity (basic research GWR 2022/345, applied research, experimental development), by
performer (enterprises, government research institutions YB 20-2, higher education institutions YB 20-3) and its
intensity (GWR 2015/16 "research and development spending ... of the GDP"); government expenditure on science and
technology (YB 7-6 general public expenditure).
"""

from __future__ import annotations

SCIENCE_EXACT: dict[str, tuple[str, str]] = {
    "R&D人员": ("R&D personnel", "YB 20-1"),
    "研发人员": ("R&D personnel", "YB 20-1"),
    "技术市场成交额": ("transaction value in technical markets", "YB 20-26"),
    "技术合同成交金额": ("volume of contracted technology transactions", "GWR 2019/102"),
    "新型研发机构": ("new R&D institutions", "P"),
    "研发投入": ("R&D spending", "GWR 2013/120 (R&D spending)"),
    # a science and technology funding communiqué
    "R&D经费": ("R&D spending", "GWR 2013/120"),
    "研究与试验发展经费": ("R&D spending", "GWR 2013/120, 2015/16"),
    "投入研究与试验发展经费": ("R&D spending", "GWR 2013/120, 2015/16"),
    "R&D经费投入强度（与地区生产总值之比）": ("R&D spending as a percentage of GDP", "GWR 2015/16"),
    # (the intensity of enterprises, named with its definition: metric_tables' 规上工业企业研发经费投入强度)
    "规模以上工业企业研发经费投入强度（与营业收入之比）": (
        "R&D spending as a percentage of business revenue of industrial enterprises above designated size",
        "GWR 2013/120, P"),
    "规模以上工业企业R&D经费投入强度（与营业收入之比）": (
        "R&D spending as a percentage of business revenue of industrial enterprises above designated size",
        "GWR 2013/120, P"),
    "按研究与试验发展人员（全时工作量）计算的人均经费": (
        "R&D spending per full-time equivalent R&D worker", "YB 20-1 (R&D personnel), P"),
    "基础研究经费": ("basic research spending", "GWR 2022/345"),
    "应用研究经费": ("applied research spending", "GWR 2022/345 (… spending), P"),
    "试验发展经费": ("experimental development spending", "P"),
    "企业经费": ("research and development spending of enterprises", "GWR 2015/16, P"),
    "政府属研究机构经费": ("research and development spending of government research institutions", "YB 20-2, P"),
    "高等学校经费": ("research and development spending of higher education institutions", "YB 20-3, P"),
    "其他主体经费": ("research and development spending of other performers", "P"),
    "企业经费支出": ("research and development spending of enterprises", "GWR 2015/16, P"),
    "政府属研究机构经费支出": ("research and development spending of government research institutions", "YB 20-2, P"),
    "高等学校经费支出": ("research and development spending of higher education institutions", "YB 20-3, P"),
    "财政科学技术支出": ("government expenditure on science and technology", "YB 7-6, P"),
    "财政科技支出": ("government expenditure on science and technology", "YB 7-6, P"),
    # (a provincial communiqué: the local governments' spending, its share of their spending, its levels)
    "地方财政科学技术支出": ("local government expenditure on science and technology", "GWR 2011/417, YB 7-6, P"),
    "地方财政支出": ("local government expenditure", "YB 7-6, P"),
    "设区市及以下财政科学技术支出": (
        "government expenditure on science and technology of cities divided into districts and lower levels", "P"),
    "按研究与试验发展人员全时工作量计算的人均经费": (
        "R&D spending per full-time equivalent R&D worker", "YB 20-1 (R&D personnel), P"),
    # (the intensity of industrial enterprises, named by its definition alone after 规模以上工业企业R&D经费…；)
    "R&D经费投入强度（与营业收入之比）": ("R&D spending as a percentage of business revenue", "GWR 2013/120, P"),
    # (a table's column 投入强度（%） under a caption on R&D spending: the R&D intensity of the row)
    "投入强度": ("R&D intensity", "P"),
    "一般公共预算支出": ("general public expenditure", "YB 7-6"),
}

# the government's own level of the budget (市本级, 县本级): its part of the region's expenditure
SCIENCE_EXACT.update({
    f"{zh}本级财政科学技术支出": (f"government expenditure on science and technology at the {en} level", "YB 7-6, P")
    for zh, en in (("省", "provincial"), ("市", "city"), ("县", "county"), ("区", "district"))})

SCIENCE_SUBJECTS: dict[str, tuple[str, str]] = {
    "各类企业": ("enterprises", "P"),
    "政府属研究机构": ("government research institutions", "YB 20-2, P"),
    "高等学校": ("higher education institutions", "YB 20-3"),
    "设区市": ("cities divided into districts", "P"),
    "行业": ("industries", "P"),
}

SCIENCE_HEADS: dict[str, tuple[str, str | None, str]] = {
    # R&D spending of whom (GWR 2015/16 research and development spending)
    "R&D经费支出": ("research and development spending of {s}", "research and development spending", "GWR 2015/16"),
    "研发经费支出": ("research and development spending of {s}", "research and development spending",
               "GWR 2015/16"),
    "R&D经费": ("research and development spending of {s}", "R&D spending", "GWR 2015/16"),
    # an industry's intensity (…制造业R&D经费投入强度): its own ratio, whose denominator the text gives once
    "R&D经费投入强度": ("R&D intensity of {s}", "R&D intensity", "P"),
    "投入强度": ("R&D intensity of {s}", "R&D intensity", "P"),
    "财政科学技术支出": ("government expenditure on science and technology of {s}",
                         "government expenditure on science and technology", "YB 7-6, P"),
}

# Kinds of patents, singular as the adjective of "applications" (YB 20-19 Three Kinds of Patent, 20-22 Inventions and
# Utility Models; 外观设计 "design" P).
PATENT_KINDS: dict[str, str] = {"专利": "patent", "发明专利": "invention patent",
                                "实用新型专利": "utility model patent", "外观设计专利": "design patent",
                                "PCT国际专利": "PCT international patent", "PCT专利": "PCT patent"}
# The heads after a kind of patent: {k} the kind, singular.
PATENT_HEADS: dict[str, str] = {"授权量": "{k}s granted", "授权": "{k}s granted", "申请量": "{k} applications",
                                "申请": "{k} applications", "申请受理量": "{k} applications accepted"}

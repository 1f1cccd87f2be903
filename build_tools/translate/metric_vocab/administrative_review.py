"""Administrative review and litigation (行政复议和行政应诉: a justice bureau's report of the year; an untuned document,
measured first; then this vocabulary): applications received, accepted and closed, decisions upheld, dismissed and
corrected, cases in court and lost, heads of agencies appearing in court. Official wording: "administrative review"
(行政复议, GWR 2008/723, 2014/465); "heads of administrative organs" as courts.py; the rest are project renderings
("P")."""

from __future__ import annotations

_REVIEW = "GWR 2008/723, P"

ADMINISTRATIVE_REVIEW_EXACT: dict[str, tuple[str, str]] = {
    "收到行政复议申请": ("applications for administrative review received", _REVIEW),
    "行政复议申请": ("applications for administrative review", _REVIEW),
    "行政复议申请受理": ("applications for administrative review accepted", _REVIEW),
    "行政复议申请不予受理": ("applications for administrative review rejected", _REVIEW),
    "申请人撤回申请": ("applications withdrawn", "P"),
    "撤回申请": ("applications withdrawn", "P"),
    "审结行政复议案件": ("administrative review cases concluded", _REVIEW),
    "行政复议案件": ("administrative review cases", _REVIEW),
    "行政复议案件结案率": ("closure rate of administrative review cases", _REVIEW),
    "维持": ("decisions upheld", "P"),
    "驳回申请": ("applications dismissed", "P"),
    "纠错案件": ("cases corrected (decisions revoked, altered or found unlawful)", "P"),
    "纠错率": ("correction rate", "P"),
    "直接纠错率": ("direct correction rate", "P"),
    "调解和解结案": ("cases closed by mediation or settlement", "P"),
    "和解方式结案": ("cases closed by mediation or settlement", "P"),  # (通过调解、和解方式结案: the list cut at 、)
    "不予受理": ("applications rejected", "P"),
    "涉及行政处罚的案件": ("cases concerning administrative penalties", "P"),
    "涉及工伤认定的案件": ("cases concerning work-related injury determinations", "P"),
    "涉及政府信息公开的案件": ("cases concerning government information disclosure", "P"),
    "县（市、区）行政复议机构共收到申请": ("applications received by county-level administrative review bodies",
                                    _REVIEW),
    "一审行政诉讼案件": ("first-instance administrative lawsuits", "P"),
    "各级行政机关作为被告的一审行政诉讼案件": ("first-instance administrative lawsuits against administrative organs",
                                      "P"),
    "行政机关败诉案件": ("cases lost by administrative organs", "P"),
    "行政机关败诉率": ("rate of cases lost by administrative organs", "P"),
    "行政诉讼败诉率": ("rate of administrative lawsuits lost", "P"),
    "出庭应诉": ("appearance in court of agency heads", "P"),
}

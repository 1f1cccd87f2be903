"""Title frames of two yearly disclosures (used by report_titles.py):

- a city's housing provident fund annual report, the format the Ministry of Housing and Urban-Rural Development
  prescribes: ``琅州市住房公积金2024年年度报告`` -> "Annual Report of the Langzhou Housing Provident Fund for 2024"
  ("housing provident fund", GWR 2015/304; the frame is a project rendering);
- a finance bureau's disclosure of government debt: ``溆川县2024年政府债务情况公开``, ``…政府债务信息公开``,
  ``2024年度…政府债务情况`` -> "Government Debt of Xuchuan County in 2024" (GWR 2022/61 "local government debt";
  the frame is a project rendering).
- a department's budget statement: ``苇川县农业农村局2025年部门预算情况说明``, ``…2025年部门预算公开``, ``…2025年
  部门预算`` -> "Explanation of the 2025 Department Budget of the Weichuan County Agriculture and Rural Affairs
  Bureau" ("department budgets", GWR 2014/259 部门预算; the frame is a project rendering); its final accounts:
  ``苕陂县财政局2024年度部门决算`` -> "Final Accounts of the Tiaopi County Finance Bureau for 2024" ("final accounts",
  GWR 2017/317; the frame is a project rendering).

Each frame returns None unless the place (or the department) renders (through the renderer).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .titles import TitleRenderer

_PLACE = r"(?P<place>[\u4e00-\u9fff]{1,12}?(?:自治州|自治县|市|县|区|州|旗))"
FUND_REPORT_RE = re.compile(rf"^{_PLACE}住房公积金(?P<year>\d{{4}})年(?:度)?(?:年度)?报告$")
DEBT_RE = re.compile(rf"^(?:(?P<y0>\d{{4}})年度?)?{_PLACE}(?:(?P<year>\d{{4}})年度?)?(?:末)?(?:地方)?政府债务"
                     r"(?:情况|信息|有关情况|余额情况)?(?:公开|说明)?$")

DEPARTMENT_BUDGET_RE = re.compile(r"^(?P<body>[\u4e00-\u9fff（）()]{2,30}?)(?P<year>\d{4})年度?部门(?P<what>预算|决算)"
                                  r"(?P<kind>情况说明|编制说明|说明|公开|)$")


def fund_report_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """琅州市住房公积金2024年年度报告 -> 'Annual Report of the Langzhou Housing Provident Fund for 2024'."""
    m = FUND_REPORT_RE.match(zh)
    place = renderer.region(m.group("place")) if m else None
    return f"Annual Report of the {place} Housing Provident Fund for {m.group('year')}" if m and place else None


def debt_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """溆川县2024年政府债务情况公开 -> 'Government Debt of Xuchuan County in 2024'."""
    m = DEBT_RE.match(zh)
    if not m or bool(m.group("y0")) == bool(m.group("year")):
        return None  # (the year once, before or after the place)
    place = renderer.region(m.group("place"))
    return f"Government Debt of {place} in {m.group('y0') or m.group('year')}" if place else None


def department_budget_title(renderer: TitleRenderer, zh: str, region: str) -> str | None:
    """苇川县农业农村局2025年部门预算情况说明 -> 'Explanation of the 2025 Department Budget of the Weichuan County
    Agriculture and Rural Affairs Bureau'; …部门预算公开 / …部门预算 -> 'The 2025 Department Budget of …'."""
    m = DEPARTMENT_BUDGET_RE.match(zh)
    body = renderer.body(m.group("body")) if m else None
    if not m or not body:
        return None
    if m.group("what") == "决算":  # (苕陂县财政局2024年度部门决算: the final accounts, GWR 2017/317)
        head = "Explanation of the" if "说明" in m.group("kind") else ""
        return f"{head} Final Accounts of the {body} for {m.group('year')}".strip()
    head = "Explanation of the" if "说明" in m.group("kind") else "The"
    return f"{head} {m.group('year')} Department Budget of the {body}"

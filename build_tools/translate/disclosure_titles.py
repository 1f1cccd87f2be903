"""Title frames of two yearly disclosures (used by report_titles.py):

- a city's housing provident fund annual report, the format the Ministry of Housing and Urban-Rural Development
  prescribes: ``琅州市住房公积金2024年年度报告`` -> "Annual Report of the Langzhou Housing Provident Fund for 2024"
  ("housing provident fund", GWR 2015/304; the frame is a project rendering);
- a finance bureau's disclosure of government debt: ``溆川县2024年政府债务情况公开``, ``…政府债务信息公开``,
  ``2024年度…政府债务情况`` -> "Government Debt of Xuchuan County in 2024" (GWR 2022/61 "local government debt";
  the frame is a project rendering).

Each frame returns None unless the place renders (through the renderer).
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

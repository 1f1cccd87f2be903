"""The share of places or people a thing covers, said after the number (建成儿童之家312个，覆盖83.5%的城乡社区; 村级
卫生室覆盖96%的行政村): a coverage rate of those places, not a bare "覆盖"."""

from __future__ import annotations

import re

_COVERS = re.compile(r"^(?:已|共|基本)?覆盖(?:了|到)?$")
_COVERED_AFTER = re.compile(r"\s*(?:以上)?的(?P<what>[\u4e00-\u9fff（）()]{2,12}?)(?=[，,；;。]|$)")


def coverage_name(s: str, end: int, metric: str, unit: str) -> str:
    """覆盖 (83.5 %) before 的城乡社区 -> 城乡社区覆盖率; ``metric`` unchanged otherwise (``end``: the number's end)."""
    if unit.strip() != "%" or not _COVERS.match(metric):
        return metric
    m = _COVERED_AFTER.match(s, end)
    return f"{m.group('what')}覆盖率" if m else metric

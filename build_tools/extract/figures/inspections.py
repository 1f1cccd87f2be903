"""Names of the figures of a quality spot check and of a flow compared with its base, where the text leaves the
name to the figure before it: 电热水壶抽查30批次，不合格5批次 (电热水壶不合格批次), 生产领域抽查198批次，合格率93.4%
(生产领域合格率), 本次共抽查…等12类产品286批次 (抽查产品类别, 抽查产品批次), 新增贷款18.73亿元，同比多增6.52亿元 (the
increment of 新增贷款 over the base: named by the flow)."""

from __future__ import annotations

import re

_CHECKED = re.compile(r"^(?P<what>[\u4e00-\u9fff]{0,12}?)(?:抽查|抽检)(?:批次|批|件|个)?$")
_PASSED = re.compile(r"^(?:经检验|经检测)?(?P<word>不?合格)(?P<rate>率)?$")
_BATCHES = ("批次", "批", "件", "个")
_CHECK_LEAD = re.compile(r"(?:抽查|抽检)[^，,；;。]*$")
_MORE_OR_LESS = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:多增|少增)$")


def inspection_name(metric: str, unit: str, clause_before: str, previous: str) -> str:
    """The name of a check's figure (see the module docstring); ``previous`` is the name of the figure before it in
    its sentence ("" when none), ``clause_before`` the clause's text before the number."""
    passed = _PASSED.match(metric)
    if passed:
        what = m.group("what") if (m := _CHECKED.match(previous)) else ""
        if passed.group("rate"):
            return f"{what}合格率" if what else metric
        return f"{what}{passed.group('word')}{unit if unit in _BATCHES else ''}"
    checked = _CHECKED.match(metric)
    if checked and unit in _BATCHES and not metric.endswith(_BATCHES):
        if not checked.group("what") and previous.endswith("产品"):
            return f"{previous}抽查{unit}"  # 其他7类产品抽查153批次: 产品抽查批次
        return f"{metric}{unit}"  # 电热水壶抽查30批次: 电热水壶抽查批次
    if metric.endswith("产品") and len(metric) <= 4 and _CHECK_LEAD.search(clause_before):
        return "抽查产品" + ("类别" if unit == "类" else unit)  # 共抽查…等12类产品286批次
    return metric


def increment_name(metric: str, last_flow: tuple[str, str] | None, unit: str) -> str:
    """同比多增6.52亿元 after 新增贷款18.73亿元: the increment of the flow before over its base, named by the flow."""
    if _MORE_OR_LESS.match(metric) and last_flow and last_flow[1] == unit:
        return last_flow[0]
    return metric

"""The units an audit finding is about (issue 11: "says what it means"): 4家医院违规收费…, 6个单位未按规定…, 有38名已故
人员仍在领取… count the units with the finding, not the units at large; the metric names the finding, and its English
says so when both parts render (translate/metrics.py). Sentences invented for these tests, expectations read by hand."""

from __future__ import annotations

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from tests.test_figure_attributes import figs, one

AUDIT = {"date": "2025-08-20", "region": "柏川县", "genre": "report",
         "title": "关于2024年度县级预算执行和其他财政收支的审计工作报告"}


@pytest.mark.parametrize(("sentence", "value", "metric"), [
    ("审计发现：4家定点医疗机构通过串换项目、分解住院等方式违规使用医保基金268万元。", 4, "违规使用医保基金的定点医疗机构"),
    ("6个单位违规发放津贴补贴31.2万元。", 6, "违规发放津贴补贴的单位"),
    ("9个部门无预算或超预算支出公用经费95.3万元。", 9, "无预算或超预算支出公用经费的部门"),
    ("有38名已死亡人员仍在领取高龄津贴，涉及资金7.6万元。", 38, "仍在领取高龄津贴的死亡人员"),
])
def test_a_count_of_units_with_a_finding_names_the_finding(sentence: str, value: float, metric: str) -> None:
    assert one(figs(sentence, **AUDIT), value).metric == metric


def test_a_count_without_a_finding_keeps_its_noun() -> None:
    """审计了12个部门 counts the departments audited; 8家养老机构开展了星级评定 has no finding."""
    found = figs("县审计局审计了12个部门的预算执行情况。", **AUDIT)
    assert one(found, 12).metric.endswith("部门") and "的部门" not in one(found, 12).metric
    found = figs("全县8家养老机构开展了星级评定。", **AUDIT)
    assert "的" not in one(found, 8).metric


@pytest.mark.parametrize(("zh", "en"), [
    ("违规发放津贴补贴的单位", "units with allowances and subsidies paid in violation of rules"),
    ("违规使用医保基金的定点医疗机构",
     "designated medical institutions with medical insurance funds used in violation of rules"),
])
def test_english_of_units_with_a_finding(zh: str, en: str) -> None:
    assert metric_en(zh, get_glossary()) == en


def test_english_of_a_finding_whose_part_does_not_render_is_none() -> None:
    """A part without English leaves the row to the marker, never half a translation."""
    assert metric_en("违规占用耕地建设厂房的村集体", get_glossary()) is None

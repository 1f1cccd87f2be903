"""English of a department's budget statement and of a water resources bulletin (holdout22): metric names written
for these tests (not copied from the fixtures), each checked against the rendering its module cites."""

from __future__ import annotations

import pytest

from build_tools.translate.metrics import metric_en


@pytest.mark.parametrize(("zh", "en"), [
    ("支出预算总计", "total budgeted expenditure"),
    ("项目支出", "project expenditures"),
    ("基本支出占比", "share of basic regular expenditures"),
    ("“三公”经费预算", "budgeted spending on official overseas visits, official vehicles, and official hospitality"),
    ("公务接待费", "official hospitality"),
    ("本部门机关运行经费", "operating expenses of government offices"),
    ("本部门政府采购预算", "government procurement budget"),
    ("一般公务用车", "general official vehicles"),
    ("事业编制", "authorized staff of public institutions"),
])
def test_department_budget_names(zh: str, en: str) -> None:
    assert metric_en(zh) == en


@pytest.mark.parametrize(("zh", "en"), [
    ("降水总量", "total precipitation"),
    ("人工生态环境补水", "artificial ecological and environmental water replenishment"),
    ("人工生态环境补水占比", "share of artificial ecological and environmental water replenishment"),
    ("农田灌溉亩均用水量", "water use per mu of irrigated farmland"),
    ("浅层地下水平均埋深", "average depth of shallow groundwater"),
])
def test_water_bulletin_names(zh: str, en: str) -> None:
    assert metric_en(zh) == en


@pytest.mark.parametrize(("zh", "issuer", "region", "en"), [
    ("柳塘县教育局2024年部门预算情况说明", "柳塘县教育局", "柳塘县",
     "Explanation of the 2024 Department Budget of the Liutang County Education Bureau"),
    ("柳塘县教育局2024年部门预算公开", "柳塘县教育局", "柳塘县", "The 2024 Department Budget of the Liutang County Education Bureau"),
])
def test_department_budget_titles(zh: str, issuer: str, region: str, en: str) -> None:
    from build_tools.translate.glossary import get_glossary
    from build_tools.translate.titles import TitleRenderer

    assert TitleRenderer(get_glossary(), year="2024").title(zh, issuer, region).text == en

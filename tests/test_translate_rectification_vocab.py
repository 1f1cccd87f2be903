"""English of the key figures of a county's report on the rectification after inspection tours and of a city's urban
health check (holdout57's vocabulary, metric_vocab/rectification.py), on sentences invented for the tests."""

from __future__ import annotations

import pytest

from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import figure_row
from tests.test_figure_attributes import figs, one


@pytest.mark.parametrize(("text", "value", "english"), [
    ("截至2024年12月31日，已整改到位286个，整改完成率92.6%。", 92.6, "Rectification completion rate: 92.6%"),
    ("巡察期间共受理群众来信来电来访215件次。", 215,
     "Letters, calls and visits from the public received during the inspection: 215"),
    ("给予党纪政务处分12人。", 12, "People given Party disciplinary or administrative penalties: 12"),
    ("平均单程通勤时间38.2分钟。", 38.2, "Average one-way commuting time: 38.2 minutes"),
    ("城市道路网密度为6.1公里/平方公里。", 6.1, "Urban road network density: 6.1 km per square kilometer"),
    ("完整居住社区覆盖率达到45.3%。", 45.3, "Coverage of complete residential communities: 45.3%"),
])
def test_rectification_and_health_check_rows_have_english(text: str, value: float, english: str) -> None:
    f = one(figs(text, date="2025-01-20", region="梧源县", title="关于县委第三轮巡察集中整改情况的通报",
                 genre="bulletin"), value)
    assert figure_row(f, get_glossary(), Context(province="", city="")).text.startswith(english)


@pytest.mark.parametrize(("zh", "en"), [
    ("二、总体整改情况", "II. Overall Rectification"),
    ("（三）被巡察单位整改情况", "(3) Rectification by the Units Inspected"),
    ("四、严肃追责问责", "IV. Holding Officials Strictly Accountable"),
    ("一、城市体检工作概况", "I. Overview of the Urban Health Check"),
])
def test_sections_of_a_rectification_report_and_a_health_check(zh: str, en: str) -> None:
    from build_tools.translate.titles import TitleRenderer

    got = TitleRenderer(get_glossary(), year="2025").heading(zh)
    assert got is not None and got.text == en

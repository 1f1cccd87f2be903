"""Rows of census communiqués and school-year bulletins in English: names as the extraction gives them (的比重,
文化程度 without 的人口), the previous school year as comparison, an average yearly rate, years as a unit. Figures
and places written for these tests."""

from __future__ import annotations

from build_tools.model import Figure
from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.rows import figure_row


def _row(**kw: object) -> str:
    fig = Figure(kw.pop("metric"), kw.pop("value"), kw.pop("unit"), "", "", **kw)  # type: ignore[arg-type]
    return figure_row(fig, get_glossary(), Context()).text


def test_names_of_census_tables_and_sentences() -> None:
    assert metric_en("65岁及以上人口的比重") == "share of population aged 65 and over"
    assert metric_en("每10万人中拥有初中文化程度") == metric_en("每10万人中拥有初中文化程度的人口")
    assert metric_en("人口数") == "population"


def test_a_change_over_the_previous_school_year() -> None:
    row = _row(metric="小学在校生", value=412.0, unit="人", kind="growth", direction="down", comparison="比上学年",
               period="2023-09/2024-08")
    assert row == "Students enrolled in primary schools: down 412 over the previous school year, " \
                  "September 2023 to August 2024"


def test_an_average_yearly_rate_and_years_as_a_unit() -> None:
    row = _row(metric="年增长率", value=1.12, unit="%", kind="growth", direction="up", comparison="平均",
               period="2010/2020")
    assert row == "Annual growth rate: +1.12% on average, 2010-2020"
    years = _row(metric="15岁及以上人口的平均受教育年限", value=10.1, unit="年", base_value=9.2, direction="up",
                 base_period="2010-11-01", period="2020-11-01")
    assert "up from 9.2 years (1 November 2010) to 10.1 years" in years

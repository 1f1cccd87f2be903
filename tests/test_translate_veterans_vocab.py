"""English of the standards a notice adjusting entitled groups' pensions and living allowances sets (held-out set
58): metric_vocab/veterans.py, on rows of invented sentences and tables."""

from __future__ import annotations

import pytest

from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import figure_row
from tests.test_figure_attributes import figs
from tests.test_figure_attributes import table_figs as _table

_NOTICE = {"date": "2026-01-15", "region": "澄溪省", "genre": "notice",
           "title": "关于调整部分优抚对象抚恤和生活补助标准的通知"}


def _rows(found) -> list[str]:
    return [figure_row(f, get_glossary(), Context(province="", city="")).text for f in found]


def test_the_standards_of_entitled_groups_by_area():
    found = figs("病故军人遗属定期抚恤金标准城镇由每人每年25000元提高到26000元，农村由每人每年20000元提高到21000元。",
                 **_NOTICE)
    assert _rows(found) == [
        "Regular pension standard for families of military personnel who died of illness (urban areas): up from CNY "
        "25,000 per person per year to CNY 26,000 per person per year (requirement)",
        "Regular pension standard for families of military personnel who died of illness (rural areas): up from CNY "
        "20,000 per person per year to CNY 21,000 per person per year (requirement)"]


@pytest.mark.parametrize(("cause", "english"), [("因战", "disabled in war"), ("因公", "disabled on duty"),
                                                ("因病", "disabled by illness")])
def test_a_table_of_disability_pensions_by_cause_and_grade(cause: str, english: str):
    other = "因病" if cause != "因病" else "因战"
    cells = [["类别", "等级", "标准（元/人·年）"], [cause, "一级", "100000"], ["", "二级", "90000"], ["", "三级", "80000"],
             [other, "一级", "95000"], ["", "二级", "85000"]]
    rows = _rows(_table(cells, "附件：残疾抚恤金标准表", _NOTICE))
    assert rows[1] == f"Disability pension standard, grade 2 ({english}): CNY 90,000 per person per year (requirement)"


def test_a_cohort_by_when_it_enlisted():
    found = figs("解放战争时期入伍的提高到每人每年25000元。", **_NOTICE)
    assert _rows(found) == ["Standard for those enlisted during the War of Liberation: CNY 25,000 per person per year "
                            "(requirement)"]

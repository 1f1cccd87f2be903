"""English rules added after the thirty-fourth held-out measurement (a county bureau's employment summary and plan, a
city's industrial profits release); metric names invented for the rules, expectations written by hand."""

from __future__ import annotations

from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import metric_english


def en(metric: str) -> str | None:
    found = metric_english(metric, get_glossary())
    return None if found is None else found.text


def test_a_graduates_cohort_names_the_class():
    """2024届高校毕业生离校时就业率: the rate of that year's graduates, the class after it; an unknown rest stays none."""
    assert en("2024届高校毕业生离校时就业率") == "employment rate of college graduates on leaving school (class of 2024)"
    assert en("2024届玄学指数") is None


def test_what_a_contest_picked_out():
    """评选出优秀创业项目: the projects selected (as 开发公益性岗位 'public-service jobs created')."""
    assert en("评选出优秀创业项目") == "outstanding startup projects selected"
    assert en("评选出玄学项目") is None


def test_the_employment_vocabulary():
    assert en("零就业家庭") == "zero-employment families"
    assert en("拨付就业补助资金") == "employment subsidy funds disbursed"  # as metric_tables' 就业补助资金
    assert en("亏损面") == "share of loss-making enterprises"


def test_the_members_of_a_set_counted_by_what_their_measure_did():
    """利润总额同比增长的行业 (有18个行业利润总额同比增长): the industries whose profits grew; an unknown measure stays
    none."""
    assert en("利润总额同比增长的行业") == "industries whose total profits grew"
    assert en("增加值下降的县区") == "counties and districts whose value added fell"
    assert en("玄学增长的行业") is None

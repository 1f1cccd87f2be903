"""English of the names held-out set 45 brought: a talent scheme's grants and a budget report's four budgets
(build_tools/translate/metric_vocab/talent.py), and the general forms around them (a grant verb, an amount per month,
a government's allocation, a budget table's columns); names invented or general, renderings read by hand."""

from __future__ import annotations

from build_tools.translate.metrics import metric_en


def test_talent_scheme_grants():
    assert metric_en("安家补贴") == "settling-in subsidy"
    assert metric_en("购房补贴") == "home purchase subsidy"
    assert metric_en("引才奖励") == "reward for bringing in talent"


def test_a_grant_verb_and_a_month_say_nothing_new():
    """给予X: the grant X; X每月: X per month (给予生活补贴每月2000元)."""
    assert metric_en("给予安家补贴") == "settling-in subsidy"
    assert metric_en("给予生活补贴每月") == "living subsidy per month"


def test_an_allocation_is_the_thing_allocated():
    assert metric_en("县财政安排人才发展专项资金") == "special fund for talent development"


def test_budget_report_lines():
    assert metric_en("社会保险基金预算收入") == "revenue of the budgets for social security funds"
    assert metric_en("滚存结余") == "accumulated balance"
    assert metric_en("预备费") == "reserve fund"
    assert metric_en("一般公共预算支出执行数") == "general public expenditure (outturn)"
    assert metric_en("一般公共预算收入为预算") == "general public budget revenue as a share of the budget"


def test_a_tier_before_a_grant():
    """B类人才安家补贴 'settling-in subsidy for category B talent'; 二类企业奖励 'reward for category II enterprises'
    (project renderings)."""
    assert metric_en("B类人才安家补贴") == "settling-in subsidy for category B talent"
    assert metric_en("二类企业奖励") == "reward for category II enterprises"


def test_the_years_a_grant_is_paid_over():
    assert metric_en("安家补贴分") == "years the settling-in subsidy is paid over"
    assert metric_en("连续发放") == "years paid"

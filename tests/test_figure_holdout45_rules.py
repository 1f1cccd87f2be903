"""Figure rules added after the forty-fifth held-out measurement (a city's implementing rules for attracting talent as
a DOCX of numbered articles, a province's report on its 2025 budget execution and 2026 draft budget as a PDF with a
table of the general public budget); sentences and tables invented for each rule, expectations read by hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one
from tests.test_figure_attributes import table_figs as _table

RULES = {"date": "2025-11-20", "region": "栖川市", "genre": "regulation", "title": "栖川市高层次人才引进实施办法"}
BUDGET = {"date": "2026-01-18", "region": "栖川省", "genre": "report",
          "title": "关于栖川省2025年预算执行情况和2026年预算草案的报告"}


def _rules(*paragraphs: str):
    return figs(*paragraphs, date=RULES["date"], region=RULES["region"], title=RULES["title"], genre=RULES["genre"])


def test_the_tiers_after_a_grant_joined_by_semicolons_are_the_same_grant():
    """给予安家补贴最高80万元；乙类人才最高50万元；丁类…: each tier's ceiling (最高…) or amount (丙类人才15万元) is a
    standing amount of the rules like the first, no fact of the month the rules were issued."""
    found = _rules("第五条  对全职引进的甲类人才，给予安家补贴最高80万元；乙类人才最高50万元；C类人才15万元。")
    for value in (80, 50, 15):
        f = one(found, value)
        assert (f.status, f.period) == ("requirement", ""), (value, f.status, f.period)


def test_a_tier_alone_after_a_grant_is_named_by_the_grant():
    """给予安家补贴最高80万元；B类人才最高50万元；C类人才15万元: the tiers' amounts are the settling-in subsidy's
    (B类人才安家补贴), not amounts of B类人才 alone; a tier of no grant before keeps its own words."""
    found = _rules("第五条  对全职引进的A类人才，给予安家补贴最高80万元；B类人才最高50万元；C类人才15万元。")
    assert one(found, 50).metric == "B类人才安家补贴" and one(found, 15).metric == "C类人才安家补贴"


def test_a_year_to_come_allocation_is_its_budget():
    """2026年市财政安排…专项资金3亿元 in rules of November 2025: the year's allocation is a plan (target 2026); the
    same words of a year already closed stay a fact."""
    f = one(_rules("2026年市财政安排人才引进专项资金3亿元，专款专用。"), 3)
    assert (f.status, f.period) == ("target", "2026")
    f = one(figs("2024年市财政安排人才引进专项资金1.5亿元，兑现各类补贴。", date="2025-03-10", region="栖川市",
                 title="栖川市2024年人才工作总结", genre="report"), 1.5)
    assert f.status == "actual"


def test_an_age_that_qualifies_who_is_granted_is_no_figure():
    """博士研究生，年龄不超过40周岁的，给予…; 硕士研究生（年龄不超过32周岁）每月1200元: the ages say who qualifies (no
    rows); the amounts stay. An age stated as a condition of its own (年龄为18周岁以上) stays a figure."""
    found = _rules("第七条  对全日制博士研究生，年龄不超过40周岁的，给予生活补贴每月2500元；"
                   "全日制硕士研究生（年龄不超过32周岁）每月1200元。")
    assert not [f for f in found if f.unit in ("周岁", "岁")]
    assert one(found, 2500).status == "requirement" and one(found, 1200).status == "requirement"
    kept = figs("报考人员年龄为18周岁以上、35周岁以下。", date="2026-03-02", region="栖川市",
                title="栖川市2026年事业单位公开招聘工作人员公告", genre="notice")
    assert [f.value for f in kept if f.unit == "周岁"] == [18, 35]


def test_each_one_brought_in_is_the_unit_of_a_reward():
    """每成功引进1名高层次人才，给予3万元奖励: the one person is what the reward is paid per, no count."""
    found = _rules("第十条  对人力资源服务机构每成功引进1名高层次人才，给予3万元奖励。")
    assert [f.value for f in found] == [3]


def test_an_article_number_is_no_part_of_a_name():
    """第十二条  市财政安排…资金 (the article's number opening its text): the name starts after it; 第三条线路 (the
    third line) keeps its words."""
    f = one(_rules("第十二条  市财政每年安排人才公寓建设资金5000万元。"), 5000)
    assert not f.metric.startswith("第")
    f = one(figs("第三条线路全长12公里。", date="2025-06-01", region="栖川市"), 12)
    assert f.metric.startswith("第三条线路")


def test_the_minimum_of_a_standard_raised_is_no_bound():
    """城乡居民基础养老金最低标准提高到每人每月160元 in a review of 2025: the standard's name says 最低, the figure is
    the level it reached that year (actual, up), not a standing bound."""
    found = figs("一、2025年预算执行情况", "城乡居民基础养老金最低标准提高到每人每月160元。", date=BUDGET["date"],
                 region=BUDGET["region"], title=BUDGET["title"], genre=BUDGET["genre"], headings={0: 1})
    f = one(found, 160)
    assert (f.status, f.period, f.direction) == ("actual", "2025", "up")


def test_a_percent_column_keeps_its_own_unit_under_a_money_caption():
    """单位：亿元 over 项目 | 预算数 | 执行数 | 为预算% | 增长%: the two columns headed with % are percentages (not 102.5
    亿元)."""
    cells = [["项目", "预算数", "执行数", "为预算%", "增长%"], ["一般公共预算收入", "1200.5", "1230.8", "102.5", "5.1"]]
    found = _table(cells, "附表  2025年全省一般公共预算收支执行情况（单位：亿元）", BUDGET)
    assert one(found, 102.5).unit == "%" and one(found, 5.1).unit == "%"


def test_the_years_a_grant_is_paid_over_are_a_term_of_it():
    """安家补贴分4年发放; 每月2000元，连续发放2年 in rules: the years are a figure (年, a requirement of no period);
    a year that dates (2025年分3批次) or 近5年 stays no such figure."""
    found = _rules("安家补贴分4年发放，每年发放25%。", "第八条  对全日制硕士研究生，给予生活补贴每月2000元，连续发放2年；"
                   "本科毕业生每月600元，连续发放1年。")
    for value in (4, 2, 1):
        f = one(found, value, "年")
        assert (f.status, f.period) == ("requirement", ""), (value, f.status, f.period)
    assert not [f for f in _rules("近5年累计引进人才3万人。") if f.unit == "年"]


def test_the_execution_clauses_of_a_budget_row_are_no_budget():
    """一般公共预算收入预算数1200.5亿元，一般公共预算收入执行数1230.8亿元，…为预算102.5%: the budget is a plan, its
    execution and the share reached are outcomes; 收入预算…，比上年执行数增长5% stays the budget's growth."""
    found = figs("一、2025年预算执行情况", "一般公共预算收入预算数1200.5亿元，一般公共预算收入执行数1230.8亿元，"
                 "一般公共预算收入为预算102.5%。", date=BUDGET["date"], region=BUDGET["region"], title=BUDGET["title"],
                 genre=BUDGET["genre"], headings={0: 1})
    assert one(found, 1200.5).status == "target"
    assert one(found, 1230.8).status == "actual" and one(found, 102.5).status == "actual"
    f = one(figs("2026年收入预算总计6842.35万元，比上年执行数增长5%。", date="2026-01-20", region="栖川市",
                 title="栖川市水利局2026年部门预算", genre="report"), 5)
    assert f.status == "target"

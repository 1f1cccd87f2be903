"""Figure rules added after the fifty-first held-out measurement (a province's R&D expenditure bulletin as a PDF with
its table of cities, a city's housing provident fund annual report as an HTML page); sentences and tables invented for
each rule, expectations read by hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one
from tests.test_figure_attributes import table_figs as _table

BULLETIN = {"date": "2025-09-20", "region": "岚江省", "genre": "statistics", "title": "2024年岚江省科技经费投入统计公报"}
REPORT = {"date": "2025-03-30", "region": "栖川市", "genre": "report", "title": "栖川市住房公积金2024年年度报告"}


def _bulletin(*texts: str):
    return figs(*texts, date=BULLETIN["date"], region=BULLETIN["region"], title=BULLETIN["title"],
                genre=BULLETIN["genre"])


def _report(*texts: str):
    return figs(*texts, date=REPORT["date"], region=REPORT["region"], title=REPORT["title"], genre=REPORT["genre"])


def test_a_city_named_by_one_character_and_cheng_is_a_city():
    """A table of cities whose row is 芷城市 (one character before 城市, as 晋城市, 聊城市): the row is the city's; a
    kind of city (中心城市) is no one's name."""
    found = _table([["城市", "R&D经费（亿元）", "投入强度（%）"], ["芷城市", "86.4", "2.15"], ["岚水市", "40.2", "1.62"]],
                   "表1  2024年各设区市R&D经费情况", BULLETIN)
    assert one(found, 86.4).subject == "芷城市"
    assert one(found, 2.15).subject == "芷城市"
    assert one(found, 40.2).subject == "岚水市"
    (f,) = _bulletin("2024年，中心城市R&D经费达到312.6亿元。")
    assert f.subject == ""


def test_cities_with_districts_are_a_level_not_a_place():
    """设区市及以下财政科学技术支出 is the spending of the cities (设区的市) and the levels below: no district named
    设区, the metric keeps its whole name."""
    found = _bulletin("2024年，设区市及以下财政科学技术支出88.6亿元，增长5.1%。")
    f = one(found, 88.6)
    assert (f.subject, f.metric) == ("", "设区市及以下财政科学技术支出")
    assert one(found, 5.1).subject == ""


def test_the_bound_of_a_count_of_cities_above_an_amount_spent_is_no_figure():
    """R&D经费投入超过50亿元的设区市有3个: the cities above the bound are counted, 50亿元 is the bound (投入 before it
    names what is measured, not money allocated); 每年安排不少于2000万元的专项资金 stays the amount allocated."""
    found = _bulletin("2024年，R&D经费投入超过50亿元的设区市有3个。")
    assert [(f.value, f.unit) for f in found] == [(3, "个")]
    (f,) = figs("县财政每年安排不少于2000万元的科技专项资金。", date="2025-04-01", region="青禾县", genre="notice",
                title="青禾县关于加强科技创新的若干措施")
    assert (f.value, f.status) == (2000, "requirement")


def test_a_paragraph_under_a_policy_label_states_norms():
    """缴存政策：2024年，…缴存比例各为6%-12%，月缴存基数上限为25800元: the norms in force that year (requirement of
    2024), not results; 贷款政策：…贷款最高额度为50万元 undated: a standing norm (period ""); a paragraph of results in
    the same report (实缴单位…) stays actual."""
    found = _report("缴存政策：2024年，我市单位和职工住房公积金缴存比例各为6%-12%，月缴存基数上限为25800元。",
                    "贷款政策：缴存职工家庭购买首套自住住房的，贷款最高额度为50万元。",
                    "缴存：2024年，实缴单位8640家，缴存额61.25亿元。")
    assert (one(found, 6).status, one(found, 6).period) == ("requirement", "2024")
    assert (one(found, 25800).status, one(found, 25800).period) == ("requirement", "2024")
    assert (one(found, 50).status, one(found, 50).period) == ("requirement", "")
    assert (one(found, 8640).status, one(found, 61.25).status) == ("actual", "actual")


def test_the_longest_term_of_a_loan_in_whole_years():
    """个人住房贷款最长期限为25年: the term of the loan, a figure in years (as 出让年限70年); 2024年 stays a date."""
    found = _report("贷款政策：个人住房贷款最长期限为25年。")
    f = one(found, 25)
    assert (f.unit, f.status) == ("年", "requirement")


def test_the_meetings_a_body_held_are_counted():
    """管理委员会…2024年召开3次会议: the meetings held, a count; 先后举行2次现场会 stays no figure (occasions)."""
    f = one(_report("住房公积金管理委员会有委员23名，2024年召开3次会议。"), 3)
    assert (f.unit, f.period) == ("次", "2024")
    assert _report("先后举行2次全市重点项目观摩现场会。") == []


def test_the_fund_centre_named_without_its_city_is_the_citys_and_its_size_is_at_the_year_end():
    """住房公积金管理中心为市人民政府直属…事业单位，设8个处（科），从业人员126人 in the city's report of 2024: the
    city's own centre (one per city), its size held at the end of 2024; the committee's meetings stay a flow of the
    year."""
    found = _report("住房公积金管理委员会有委员21名，2024年召开3次会议。",
                    "住房公积金管理中心为市人民政府直属不以营利为目的的事业单位，设8个处（科），从业人员126人。")
    f = one(found, 21)
    assert (f.subject, f.period) == ("栖川市住房公积金管理委员会", "2024-12")
    assert one(found, 3).period == "2024"
    for value in (8, 126):
        f = one(found, value)
        assert (f.subject, f.period) == ("栖川市住房公积金管理中心", "2024-12")


def test_a_ratio_of_two_balances_is_held_at_the_year_end():
    """2024年末，贷款余额…。个人住房贷款余额占缴存余额的比率为80.12%: a ratio of two stocks, at the end of 2024; the
    change in points is over the year."""
    found = _report("2024年末，个人住房贷款余额236.4亿元。个人住房贷款余额占缴存余额的比率为80.12%，比上年末减少1.2个百分点。")
    assert one(found, 80.12).period == "2024-12"
    assert one(found, 1.2).period == "2024"


def test_the_share_of_each_part_named_once_after_the_last_part():
    """基础研究、应用研究和试验发展经费占全省R&D经费的比重分别为…; 企业、高等学校经费支出所占比重分别为…: each value is
    its part's share (the head after the last part is every part's), not the part."""
    found = _bulletin("基础研究、应用研究和试验发展经费占全省R&D经费的比重分别为5.8%、12.1%和82.1%。",
                      "企业、政府属研究机构、高等学校经费支出所占比重分别为76.5%、12.2%和9.8%。")
    assert one(found, 5.8).metric == "基础研究经费占全省R&D经费的比重"
    assert one(found, 12.1).metric == "应用研究经费占全省R&D经费的比重"
    assert one(found, 76.5).metric == "企业经费支出所占比重"
    assert one(found, 12.2).metric == "政府属研究机构经费支出所占比重"


def test_a_change_column_headed_zengjian_is_a_rise_when_positive():
    """指标 | 2024年 | 2023年 | 增减（%）: a positive cell of 增减 is a rise (增长4.2%), a negative one a fall."""
    found = _table([["指标", "2024年", "2023年", "增减（%）"], ["缴存额（亿元）", "58.6", "56.2", "4.2"],
                    ["提取额（亿元）", "40.1", "41.3", "-2.9"]], "表  2024年住房公积金主要业务指标", REPORT)
    rise, fall = one(found, 4.2), one(found, 2.9)
    assert (rise.metric, rise.direction) == ("缴存额", "up")
    assert (fall.metric, fall.direction) == ("提取额", "down")


def test_the_other_bound_in_the_next_clause_is_the_same_measures():
    """月缴存基数上限为25800元，下限为…最低工资标准1900元: the lower bound of the monthly contribution base (which is the
    minimum wage), not a name opened by 下限为."""
    found = _report("缴存政策：2024年，月缴存基数上限为25800元，下限为栖川市2024年度最低工资标准1900元。")
    assert one(found, 1900).metric == "月缴存基数下限"
    assert one(found, 25800).metric == "月缴存基数上限"

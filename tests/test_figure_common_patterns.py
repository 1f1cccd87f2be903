"""Figures of common patterns the held-out sets had not covered, each read by hand: a multiple of a base (是上年的1.5倍:
the clause's own period, the base's as base_period, "N times the <base> level"), a negative rate after its name, an
interval of one month, a grant named after its amount. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import figure_row
from tests.test_figure_attributes import figs, one

COMMUNIQUE = {"date": "2025-03-30", "region": "桐江市", "genre": "statistics",
              "title": "2024年桐江市国民经济和社会发展统计公报"}


def _figs(*texts: str):
    return figs(*texts, **COMMUNIQUE)


@pytest.mark.parametrize(("text", "value", "base_period", "english"), [
    ("全市财政收入是2020年的1.5倍。", 1.5, "2020", "Fiscal revenue: 1.5 times the 2020 level, 2024"),
    ("全市财政收入达到50亿元，是上年的1.5倍。", 1.5, "2023",
     "Fiscal revenue: 1.5 times the previous year's level, 2024"),
    ("全市财政收入达到50亿元，相当于2015年的2倍。", 2, "2015", "Fiscal revenue: 2 times the 2015 level, 2024"),
    ("全市财政收入是去年同期的1.2倍。", 1.2, "2023",
     "Fiscal revenue: 1.2 times the level of the same period of the previous year, 2024"),
])
def test_a_multiple_is_of_the_documents_period_against_its_base(text: str, value: float, base_period: str,
                                                                 english: str) -> None:
    f = one(_figs(text), value)
    assert (f.metric, f.period, f.base_period, f.unit) == ("财政收入", "2024", base_period, "倍")
    assert figure_row(f, get_glossary(), Context(province="", city="")).text == english


def test_a_level_against_the_same_period_of_a_year_keeps_its_wording() -> None:
    f = one(_figs("全市旅游收入恢复到2019年同期的118%。"), 118)
    assert (f.period, f.base_period) == ("2024", "2019")
    assert figure_row(f, get_glossary(), Context(province="", city="")).text == (
        "Tourism revenue: 118% of the level of the same period of 2019, 2024")


def test_a_negative_rate_of_growth_after_its_name_is_a_fall() -> None:
    """自然增长率-2.22‰, 工业增加值增速-1.2% (no 为 between the name and the number): direction down, as after 为
    (was: up with a negative value)."""
    found = _figs("全年出生率7.25‰，自然增长率-2.22‰。", "全市工业增加值增速-1.2%。")
    assert (one(found, -2.22).direction, one(found, -1.2).direction) == ("down", "down")
    assert figure_row(one(found, -2.22), get_glossary(), Context(province="", city="")).text == (
        "Natural growth rate of population: -2.22 per thousand, 2024")


def test_an_interval_of_one_month_is_that_month() -> None:
    """截至目前 in a report of January, counted since the year began: the period is the month, never
    "2026-01/2026-01" ("January-January 2026")."""
    found = figs("截至目前，已签约项目36个，总投资286亿元。", date="2026-01-20", region="桐江市", genre="work_report",
                 title="2026年桐江市人民政府工作报告")
    assert {f.period for f in found} == {"2026-01"}
    from build_tools.translate.periods import english_period
    assert english_period("2026-01/2026-01") == "January 2026"


@pytest.mark.parametrize(("text", "metric", "english"), [
    ("对符合条件的企业，每家给予不超过50万元的一次性奖励。", "每家一次性奖励",
     "One-off reward per enterprise: at most CNY 500,000 (requirement)"),
    ("对符合条件的企业，给予50万元的一次性奖励。", "一次性奖励", "One-off reward: CNY 500,000 (requirement)"),
    ("对新获批的国家级专精特新企业，给予每家100万元奖励。", "每家奖励", "Reward per enterprise: CNY 1 million (requirement)"),
])
def test_a_grant_named_after_its_amount(text: str, metric: str, english: str) -> None:
    """给予50万元的一次性奖励: the amount is named by the grant after it (and the unit it is per), never by the verb
    (was: 每家给予, 'not yet translated')."""
    (f,) = figs(text, date="2024-06-10", region="桐江市", genre="notice", title="关于印发桐江市支持企业发展若干措施的通知")
    assert f.metric == metric
    assert figure_row(f, get_glossary(), Context(province="", city="")).text == english


def test_the_ceiling_a_balance_is_held_under_is_the_years_ceiling() -> None:
    """…政府债务余额15864.2亿元，控制在省人大常委会批准的限额16530亿元以内: the ceiling is 政府债务限额 of the year,
    exactly 16530亿元 (its 以内 bounds the balance), not a metric named 控制在…限额 at the year end."""
    found = figs("截至2025年末，全省政府债务余额15864.2亿元，控制在省人大常委会批准的限额16530亿元以内。",
                 date="2026-01-20", region="云岭省", genre="report", title="关于云岭省2025年预算执行情况和2026年预算草案的报告")
    balance, ceiling = one(found, 15864.2), one(found, 16530)
    assert (balance.period, balance.edge) == ("2025-12", "end")
    assert (ceiling.metric, ceiling.period, ceiling.qualifier) == ("全省政府债务限额", "2025", "")
    assert figure_row(ceiling, get_glossary(), Context(province="", city="")).text == (
        "Government debt ceiling: CNY 1.653 trillion, 2025")


def test_projects_counted_in_their_construction_are_projects() -> None:
    """支持全省1360个重点项目建设: 1360 key projects, not 1360 "constructions" ('The construction of key projects:
    1,360')."""
    f = one(figs("其中专项债券1780亿元，支持全省1360个重点项目建设。", date="2026-01-20", region="云岭省", genre="report",
                 title="关于云岭省2025年预算执行情况和2026年预算草案的报告"), 1360)
    assert f.metric == "重点项目"
    assert figure_row(f, get_glossary(), Context(province="", city="")).text == "Key projects: 1,360, 2025"


def test_the_kinds_of_people_brought_in_after_qizhong_are_brought_in() -> None:
    """引进各类人才1.2万人，其中博士研究生326人: the doctoral graduates brought in ('Doctoral graduates brought in'),
    not the city's doctoral graduates; a part that names no kind of the whole (培训农民工…其中女性) gets no verb."""
    found = figs("2025年，全市引进各类人才1.2万人，其中博士研究生326人、硕士研究生2150人。", "全年培训农民工3200人，其中女性1200人。",
                 date="2026-01-22", region="琅屿市", genre="report", title="琅屿市2025年人才工作总结")
    assert (one(found, 326).metric, one(found, 2150).metric) == ("引进博士研究生", "引进硕士研究生")
    assert one(found, 1200).metric == "女性"
    assert figure_row(one(found, 326), get_glossary(), Context(province="", city="")).text == (
        "Doctoral graduates brought in: 326, 2025")


def test_things_counted_before_their_measure_are_counted_as_things() -> None:
    """假期全市１８个夜间消费集聚区客流量２６５万人次: 18 is the number of night-time consumption areas, the footfall is
    2.65 million (was: 'Footfall in night-time consumption areas: 18')."""
    found = figs("假期全市１８个夜间消费集聚区客流量２６５万人次，同比增长９.６%。", date="2025-10-09", region="澄渠市",
                 genre="news", title="国庆假期全市消费市场繁荣活跃")
    assert (one(found, 18).metric, one(found, 265).metric) == ("夜间消费集聚区", "夜间消费集聚区客流量")
    assert figure_row(one(found, 18), get_glossary(), Context(province="", city="")).text == (
        "Night-time consumption areas: 18, 1-8 October 2025")


def test_a_higher_aim_after_a_growth_floor_is_growth_too() -> None:
    """地区生产总值增长6%以上，力争达到6.5%: the aim is GDP growth of 6.5% (was kind share: 'GDP: 6.5%', a level)."""
    found = figs("明年全县经济社会发展的主要预期目标是：地区生产总值增长6%以上，力争达到6.5%。", date="2025-12-26",
                 region="葭川县", genre="speech", title="在全县经济工作会议上的讲话")
    aim = one(found, 6.5)
    assert (aim.kind, aim.direction, aim.status, aim.period) == ("growth", "up", "target", "2026")
    assert figure_row(aim, get_glossary(), Context(province="", city="")).text == "GDP: +6.5%, 2026 (target)"


def test_an_education_bulletins_stocks_are_at_the_year_end_and_its_spending_in_english() -> None:
    """全市共有幼儿园412所 in a bulletin on 2025 written in 2026: the stock at the end of 2025 (was 'December 2025');
    a December flow (12月份…) keeps its month. 完成教育投入, 一般公共预算教育支出 in English (GWR 2010/122)."""
    meta = {"date": "2026-03-18", "region": "桐岚市", "genre": "statistics", "title": "2025年桐岚市教育事业发展统计公报"}
    found = figs("全市共有幼儿园412所。", "12月份，全市新增企业320户。",
                 "全年完成教育投入86.4亿元，其中一般公共预算教育支出71.3亿元。", **meta)
    rows = [figure_row(f, get_glossary(), Context(province="", city="")).text for f in found]
    assert rows == ["Kindergartens: 412, end of 2025", "New enterprises: 320, December 2025",
                    "Spending on education: CNY 8.64 billion, 2025",
                    "Education spending from the general public budget: CNY 7.13 billion, 2025"]


@pytest.mark.parametrize("title", ["桐岚市2025年交通运输工作综述", "桐岚市交通运输工作取得新成效"])
def test_a_january_news_article_on_results_reports_the_year_just_closed(title: str) -> None:
    """全年完成交通固定资产投资96.5亿元 in a news article of 15 January 2026 (a year's review by its title, or results
    without one): the year 2025, not 2026; its plan for 2026 stays 2026's (was: every result dated 2026)."""
    found = figs("全年完成交通固定资产投资96.5亿元，完成年度计划的108.2%。", "新改建农村公路620公里，改造危桥32座。",
                 "2026年，计划完成交通投资100亿元。", date="2026-01-15", region="桐岚市", genre="news", title=title)
    assert [(f.value, f.period, f.status) for f in found] == [
        (96.5, "2025", "actual"), (108.2, "2025", "actual"), (620, "2025", "actual"), (32, "2025", "actual"),
        (100, "2026", "target")]


def test_a_standard_raised_per_person_per_month_keeps_its_rate_on_both_sides() -> None:
    """城市最低生活保障标准由每人每月780元提高到820元: one row, 820 per person per month with 780 as its base (was two
    rows, both in bare yuan, 'CNY 780' read as a standard of its own); 标准为每人每月820元 likewise per person per month."""
    meta = {"date": "2025-12-20", "region": "桐岚市", "genre": "notice", "title": "关于提高2026年全市城乡最低生活保障标准的通知"}
    found = figs("自2026年1月1日起，全市城市最低生活保障标准由每人每月780元提高到820元。",
                 "全市农村最低生活保障标准为每人每年8400元。", **meta)
    assert [(f.value, f.unit, f.base_value) for f in found] == [(820, "元/人·月", 780), (8400, "元/人·年", None)]
    assert figure_row(found[0], get_glossary(), Context(province="", city="")).text == (
        "Urban subsistence allowance standard: up from CNY 780 per person per month to CNY 820 per person per month "
        "(requirement)")


def test_a_thing_counted_after_another_is_not_read_as_a_place():
    """小型水库46座、山塘218座: 山塘 (hillside ponds) is tagged as a place name by the segmenter, but a count after
    another thing's count in a list names a thing of its own ("山塘", not "山塘小型水库")."""
    found = figs("全县现有小型水库52座、山塘306座、塘坝41处。", date="2026-06-10", region="青岭县",
                 title="关于做好2026年汛期安全工作的通知", genre="notice")
    assert [f.metric for f in found] == ["小型水库", "山塘", "塘坝"]


@pytest.mark.parametrize(("text", "english"), [
    # whom assistance reached (project renderings; 低保 GWR 2011/434 "subsistence allowances")
    ("全年保障城乡低保对象2.7万人。", "Urban and rural recipients of subsistence allowances covered: 27,000, 2024"),
    ("全年救助困难群众1.3万人次。", "People in difficulty assisted: 13,000 person-times, 2024"),
    ("全年发放低保金1.8亿元。", "Subsistence allowances issued: CNY 180 million, 2024"),
])
def test_whom_assistance_reached_in_english(text: str, english: str) -> None:
    (f,) = _figs(text)
    assert figure_row(f, get_glossary(), Context(province="", city="")).text == english


NOTICE = {"date": "2026-01-15", "region": "桐江市", "genre": "notice", "title": "关于调整孤儿基本生活费标准的通知"}


@pytest.mark.parametrize(("text", "unit", "qualifier", "english"), [
    # a bound before the unit a rate is per: the figure's qualifier, the per-unit words its unit, not its name
    ("孤儿基本生活费标准不低于每人每月1600元。", "元/人·月", "不低于",
     "Basic living allowances for orphans: at least CNY 1,600 per person per month (requirement)"),
    ("全市最低工资标准不低于每月2100元。", "元/月", "不低于", "Minimum wages: at least CNY 2,100 per month (requirement)"),
    ("临时安置补助费按照每户每月900元发放。", "元/户·月", "",
     "Temporary resettlement subsidy: CNY 900 per household per month (requirement)"),
])
def test_a_bound_before_the_unit_a_rate_is_per(text: str, unit: str, qualifier: str, english: str) -> None:
    (f,) = figs(text, **NOTICE)
    assert (f.unit, f.qualifier, f.status) == (unit, qualifier, "requirement")
    assert "不低于" not in f.metric and "每" not in f.metric
    assert figure_row(f, get_glossary(), Context(province="", city="")).text == english


def test_a_norm_set_as_a_multiple_of_another_standard():
    """按不低于当地城市低保标准的1.3倍确定: the multiple's base is the other standard (the comparison), not part of the
    name; the bound is the qualifier; a standing requirement."""
    (f,) = figs("特困人员基本生活标准按不低于当地城市低保标准的1.3倍确定。", **NOTICE)
    assert (f.metric, f.value, f.unit, f.qualifier, f.status) == ("特困人员基本生活标准", 1.3, "倍", "不低于",
                                                                  "requirement")
    assert figure_row(f, get_glossary(), Context(province="", city="")).text == (
        "Basic living standard for persons living in extreme poverty: at least 1.3 times the local urban subsistence "
        "allowance standard (requirement)")


def test_a_verb_left_without_its_object_takes_its_siblings():
    """制造业企业享受减税降费及退税8.1亿元…。其中，高技术制造业企业享受2.9亿元: what the part enjoyed is what the whole
    enjoyed (not the whole's share named last); English from the tax-relief vocabulary (减税降费 as the glossary has it)."""
    found = figs("制造业企业享受减税降费及退税6.4亿元，占全市总额的31.2%。其中，高技术制造业企业享受2.2亿元。",
                 date="2025-10-28", region="禾阳市", genre="news", title="前三季度全市减税降费情况")
    assert one(found, 2.2).metric == "高技术制造业企业享受减税降费及退税"
    assert figure_row(one(found, 2.2), get_glossary(), Context(province="", city="")).text == (
        "Tax and fee cuts and tax refunds enjoyed by high-tech manufacturing enterprises: CNY 220 million, "
        "Q1-Q3 2025")


def test_a_deadline_and_its_verb_before_a_place_are_no_part_of_the_subject():
    """2026年6月底前完成望川区8个…, 2026年汛期前完成…: the deadline and the task's verb lead the clause; the district is
    the subject; a task due before the flood season is a target (提前完成, done ahead of time, is not)."""
    report = {"date": "2025-10-20", "region": "澜屏市", "genre": "report", "title": "澜屏市2025年城市体检报告"}
    (f,) = figs("2026年6月底前完成望川区8个积水点改造。", **report)
    assert (f.subject, f.status) == ("望川区", "target")
    (f,) = figs("2026年汛期前完成望川区8个积水点改造。", **report)
    assert (f.subject, f.status) == ("望川区", "target")
    (f,) = figs("今年提前完成全年目标任务，新增就业岗位1.2万个。", **report)
    assert f.status == "actual"


def test_a_point_closes_the_noun_counted():
    """8个积水点改造: 点 (tagged as a numeral) closes the noun counted (积水点, waterlogging points; P)."""
    (f,) = figs("2026年6月底前完成望川区8个积水点改造。", date="2025-10-20", region="澜屏市", genre="report",
                title="澜屏市2025年城市体检报告")
    assert f.metric == "积水点改造"
    assert figure_row(f, get_glossary(), Context(province="", city="")).text == (
        "Wangchuan District — waterlogging points renovated: 8, end of June 2026 (target)")


def test_a_share_of_the_total_just_named_in_english():
    """…7.4亿元，占总额的31.4%: "of the total" (the total the paragraph named; P), as 占全市的 is "of the city total"."""
    from build_tools.translate.comparisons import english_comparison

    glossary, ctx = get_glossary(), Context(province="", city="")
    assert english_comparison("占总额", glossary, ctx) == "of the total"
    assert english_comparison("占全市", glossary, ctx) == "of the city total"
    assert english_comparison("占比", glossary, ctx) != "of the total"


def test_a_list_item_naming_its_own_level_shares_only_the_verb():
    """培育国家级智能工厂5家、省级智能工厂60家: the provincial factories are fostered, not "national-level provincial-level"
    (the level of the first item is not shared when the next names its own)."""
    found = figs("到2027年，培育国家级智能工厂4家、省级智能工厂45家。", date="2025-10-20", region="栖川市", genre="news",
                 title="市政府常务会议研究制造业数字化转型")
    assert [f.metric for f in found] == ["培育国家级智能工厂", "培育省级智能工厂"]


def test_a_place_after_a_share_takes_the_indicator_not_the_share():
    """…货物吞吐量…同比增长5.2%，占全市港口的40.8%；乙港区增长7.3%: the next port area's growth is of its freight volume,
    not of the share named last."""
    found = figs("分港区看，甲港区1-10月完成货物吞吐量6321.5万吨，同比增长4.2%，占全市港口的38.8%；乙港区增长6.3%。",
                 date="2025-11-15", region="溟川市", genre="statistics", title="2025年1-10月港口生产情况")
    assert one(found, 6.3).metric == "货物吞吐量"


@pytest.mark.parametrize(("text", "english"), [
    # a student aid standard: per student, per semester or per day (P), the per-unit words before or after the verb
    ("学前教育阶段，每生每学期补助600元。", "Subsidy: CNY 600 per student per semester (requirement)"),
    ("营养膳食补助标准为每生每天5元。", "Meal subsidy for nutrition improvement: CNY 5 per student per day (requirement)"),
])
def test_a_student_aid_standard_per_student(text: str, english: str) -> None:
    (f,) = figs(text, date="2025-12-05", region="青水县", genre="notice",
                title="关于2025年秋季学期学生资助工作情况的通报")
    assert "每" not in f.metric and f.status == "requirement"
    assert figure_row(f, get_glossary(), Context(province="", city="")).text == english


@pytest.mark.parametrize(("text", "value", "metric", "english"), [
    # who handed what to whom: the act and its object name the count (the actor and the recipients do not)
    ("县河长办向各乡镇交办问题清单84件，已整改79件。", 84, "交办问题清单", "Problem lists assigned: 84, 2024"),
    ("县河长办向各乡镇交办问题清单84件，已整改79件。", 79, "问题清单整改", "Problems on the lists rectified: 79, 2024"),
    # where an activity was held: the activity names the count
    ("在全市中小学开展防溺水专题教育316场次。", 316, "开展防溺水专题教育",
     "Education sessions on drowning prevention: 316, 2024"),
    # a verb that only says the activity took place (组织, 举办): the activity's English
    ("全年组织应急演练58次。", 58, "组织应急演练", "Emergency drills held: 58, 2024"),
    ("全年举办招聘会27场。", 27, "举办招聘会", "Job fairs held: 27, 2024"),
    ("全年办理出口退税的企业达到146户，退税金额6.8亿元。", 6.8, "退税金额", "Tax refunds: CNY 680 million, 2024"),
])
def test_the_actor_and_the_place_before_an_act_are_no_part_of_its_name(text: str, value: float, metric: str,
                                                                      english: str) -> None:
    fig = one(_figs(text), value)
    assert fig.metric == metric
    assert figure_row(fig, get_glossary(), Context()).text == english


def test_a_cold_wave_forecast_names_where_the_temperature_falls() -> None:
    found = figs("受冷空气影响，预计12月1日至3日，全市大部地区气温将下降6～8℃，局地降温10℃以上。",
                 date="2025-11-28", region="榆川市", genre="news", title="市气象台发布寒潮预警")
    fall, local = one(found, 6), one(found, 10)
    assert (fall.status, fall.direction, fall.period) == ("forecast", "down", "2025-12-01/2025-12-03")
    assert figure_row(fall, get_glossary(), Context()).text == (
        "Temperature in most areas: a decrease of 6-8 °C, 1-3 December 2025 (estimate)")
    assert figure_row(local, get_glossary(), Context()).text == (
        "Temperature drop in some places: over 10 °C, 1-3 December 2025 (estimate)")


def test_a_forecast_a_bureau_is_quoted_for_is_a_forecast_and_about_its_normal() -> None:
    """据省气候中心预测，…气温较常年同期偏高1℃左右: an outlook (forecast), said against the normal as the CMA says it."""
    fig = one(figs("据省气候中心预测，今冬我市平均气温较常年同期偏高0.5℃左右。", date="2025-10-15", region="榆川市",
                   genre="notice", title="关于做好今冬明春森林防火工作的通知"), 0.5)
    assert (fig.status, fig.direction) == ("forecast", "up")
    assert figure_row(fig, get_glossary(), Context()).text.startswith(
        "Average temperature: about 0.5 °C higher than normal")


def test_a_fine_range_a_rule_sets_is_a_requirement_including_its_bounds() -> None:
    """处300元以上2000元以下罚款 in an order: the range the rule sets (requirement, no period); its 以上 includes the
    number (Civil Code art. 1259): "at least". A fine a decision imposes (处3000元罚款) is what happened."""
    kw = {"date": "2025-10-10", "region": "榆川市", "genre": "notice", "title": "榆川市人民政府禁止燃放烟花爆竹的通告"}
    found = figs("违反本通告的，由公安机关责令改正，对个人处300元以上2000元以下罚款。", **kw)
    low, high = one(found, 300), one(found, 2000)
    assert (low.status, low.period, high.status) == ("requirement", "", "requirement")
    assert figure_row(low, get_glossary(), Context()).text == "Fines: at least CNY 300 (requirement)"
    assert figure_row(high, get_glossary(), Context()).text == "Fines: at most CNY 2,000 (requirement)"
    imposed = one(figs("决定对当事人处3000元罚款。", **kw), 3000)
    assert imposed.status == "actual"


def test_a_reward_range_a_rule_offers_is_a_requirement() -> None:
    kw = {"date": "2025-10-10", "region": "榆川市", "genre": "notice", "title": "榆川市人民政府禁止燃放烟花爆竹的通告"}
    fig = one(figs("经查证属实的，奖励举报人300元至1000元。", **kw), 300)
    assert (fig.status, fig.period) == ("requirement", "")
    assert figure_row(fig, get_glossary(), Context()).text == "Rewards for informants: CNY 300-1,000 (requirement)"
    paid = one(figs("2025年共发放举报奖励4.6万元。", **kw), 4.6)
    assert paid.status == "actual"


def test_a_figure_compared_with_the_quarter_before_is_the_quarters() -> None:
    # (a circular of the third quarter: the sentence after a 1-9月 one compares with 上季度, so it is of July-September)
    found = figs("1-9月，全市累计分出可回收物18.4万吨。全市生活垃圾回收利用率达到39.2%，比上季度提高0.9个百分点。",
                 date="2025-10-18", region="桐江市", genre="notice", title="桐江市关于2025年第三季度生活垃圾分类工作情况的通报")
    assert one(found, 18.4).period == "2025-01/2025-09"
    assert one(found, 39.2).period == "2025-07/2025-09"
    assert (one(found, 0.9).period, one(found, 0.9).base_period) == ("2025-07/2025-09", "2025-04/2025-06")

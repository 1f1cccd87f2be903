"""Language patterns of figure attributes (issue 11), one test per rule, on sentences written for the test.

Helpers come from tests/test_figure_attributes.py; the expectations were read by hand from each sentence.
"""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

# --- period ------------------------------------------------------------------------------------------------------


def test_time_adverbial_opening_a_sentence_frames_the_next_one():
    """仅去年一年，…。建设燃气管网…: a sentence opened by a time adverbial of its own clause (a year, a span of
    months) frames the next sentence, which names no date; the sentence after that is back to the document's own
    time (目前-like present statements in an article of June 2023)."""
    found = figs("全县城市绿化覆盖率达到41%。仅去年一年，新建污水管网32公里。建设燃气管网45.6公里，燃气普及率达98%。"
                 "城区共有加气站12座。", date="2023-06", region="云岭县")
    assert [one(found, v).period for v in (41, 32, 45.6, 98, 12)] == ["2023-06", "2022", "2022", "2022", "2023-06"]
    months = figs("坚持抓项目不动摇。1—9月份，全县开复工项目320个。华兴新材料等45个项目建成投产；白沙物流园等60个项目"
                  "实现签约。", date="2023-10-31", region="云岭县", genre="speech")
    assert [one(months, v).period for v in (320, 45, 60)] == ["2023-01/2023-09"] * 3


def test_multi_year_totals_and_average_rates_of_a_review_are_intervals():
    """A work report of January 2024 reviewing five years: 五年累计/五年新建 totals cover 2019-2023; an average
    annual rate closing 由2018年…到2023年 covers the years of growth, 2019-2023; the level reached is 2023's."""
    found = figs("全区生产总值由2018年的210.5亿元增加到2023年的288.6亿元，年均增长6.5%。五年累计完成固定资产投资"
                 "1130亿元。五年新建学校12所。", date="2024-01-12", region="青石区", genre="work-report")
    assert one(found, 288.6).period == "2023" and one(found, 288.6).base_period == "2018"
    assert one(found, 6.5).period == "2019/2023"
    assert one(found, 1130).period == "2019/2023" and one(found, 12).period == "2019/2023"
    # a rate without a span of years of its own keeps its date; a count of years elsewhere dates nothing
    other = figs("2023年全区生产总值年均增长6.5%。第五年新建学校12所。", date="2024-01-12", region="青石区",
                 genre="work-report")
    assert one(other, 6.5).period == "2023" and one(other, 12).period != "2019/2023"


def test_items_of_a_breakdown_share_the_first_items_head_noun():
    """分门类看，采矿业增加值下降1.9%，制造业增长6.8%: the manufacturing figure is its value added, not a count of
    manufacturing; a clause with a head noun of its own, or a change of another kind, keeps its own name."""
    found = figs("分经济类型看，国有控股企业增加值增长4.1%，股份制企业增长7.3%，外商投资企业下降2.2%。"
                 "分门类看，采矿业增加值下降1.4%，制造业增长8.6%。", date="2024-03-20", region="青石区")
    assert [one(found, v).metric for v in (7.3, 2.2, 8.6)] == ["股份制企业增加值", "外商投资企业增加值", "制造业增加值"]
    other = figs("全年高新技术企业增加值增长9.2%，新增高新技术企业36家。", date="2024-03-20", region="青石区")
    assert "增加值" not in one(other, 36).metric


def test_a_cap_on_what_is_granted_is_a_standing_rule():
    """可申请最高20万元的创业担保贷款: at most CNY 200,000 per applicant, a rule with no period; 最高气温 observed is
    a plain figure."""
    found = figs("符合条件的返乡创业人员可申请最高30万元的创业担保贷款。", date="2023-04-02", region="青石区",
                 genre="notice")
    cap = one(found, 30)
    assert (cap.qualifier, cap.status, cap.period) == ("最多", "requirement", "")
    hot = figs("7月全区最高气温达39.2摄氏度。", date="2023-08-02", region="青石区")
    assert all(f.qualifier != "最多" and f.status == "actual" for f in hot)


def test_average_rates_given_respectively_stay_averages():
    """城乡居民收入年均分别增长6.3%和8.1%: both are average annual rates (年均), like 年均增长."""
    found = figs("过去五年，全区城乡居民收入年均分别增长6.1%和7.9%。", date="2024-01-12", region="青石区",
                 genre="work-report")
    assert [one(found, v).comparison for v in (6.1, 7.9)] == ["年均", "年均"]


def test_year_on_year_says_the_base_not_that_the_figure_is_achieved():
    """力争四季度…同比增长7.5%以上: 同比 names the comparison, the goal stays a target; reported rates stay actual."""
    found = figs("会议要求，力争四季度全区规模以上工业增加值同比增长8%以上。前三季度，全区固定资产投资同比增长4.2%。",
                 date="2024-10-29", region="青石区", genre="news")
    assert (one(found, 8).status, one(found, 8).period) == ("target", "2024-10/2024-12")
    assert (one(found, 4.2).status, one(found, 4.2).period) == ("actual", "2024-01/2024-09")


def test_energy_in_tons_of_standard_coal_is_one_unit():
    """万元地区生产总值能耗由上年的0.46吨标准煤下降到0.43吨标准煤: one row, in tons of coal equivalent, from 0.46 in the
    year before; no row named 标准煤."""
    found = figs("全县万元地区生产总值能耗由上年的0.46吨标准煤下降到0.43吨标准煤。全年规模以上工业综合能源消费量"
                 "38.2万吨标准煤。", date="2025-03-18", region="青石县", title="青石县2024年国民经济和社会发展统计公报",
                 genre="statistics")
    row = one(found, 0.43)
    assert (row.unit, row.base_unit, row.base_value, row.base_period, row.direction) == (
        "吨标准煤", "tce", 0.46, "2023", "down")
    assert one(found, 38.2).base_unit == "tce" and not any(f.metric.endswith("标准煤") for f in found)
    assert not any(f.value == 0.46 for f in found)


def test_metric_names_keep_their_words_and_their_counted_thing():
    """有序开放临时摊点区域23处: 有序 is a word (有 alone is a linking verb to drop); 已开工98个 after 计划改造老旧小区
    126个 counts the areas where work started; 缓缴期限最长6个月 is a cap (at most), a standing rule."""
    found = figs("在规范管理的前提下，有序开放临时摊点区域31处。全县有规模以上企业92家。今年，全区计划改造老旧小区84个，"
                 "涉及居民1.2万户，目前已开工57个。企业可申请缓缴社会保险费，缓缴期限最长6个月。",
                 date="2022-06-15", region="青石区")
    assert one(found, 31).metric == "有序开放临时摊点区域" and one(found, 92).metric == "规模以上企业"
    assert (one(found, 57).metric, one(found, 57).status) == ("开工改造老旧小区", "actual")
    cap = one(found, 6)
    assert (cap.metric, cap.qualifier, cap.status) == ("缓缴期限", "最多", "requirement")
    listed = figs("（三）全年新建学校5所。2.新增绿地12公顷。1.5万人参加培训。", date="2022-06-15", region="青石区")
    assert [one(listed, v).metric for v in (5, 12, 1.5)] == ["新建学校", "新增绿地", "参加培训"]


def test_the_amounts_of_measures_are_standing_rules():
    """青石区支持…若干措施: its grants, rates and terms are standing rules (no period), its 到2027年 goals targets;
    a rate reached by the deadline is of the deadline year, a running total over the years to it."""
    found = figs("到2027年，全区累计新增完成改造1.8万户，覆盖率提高到85%以上。",
                 "对实施“煤改气”的农户，按设备购置费用的40%给予补贴，每户一次性补贴2200元，补贴期限为2个采暖季。",
                 date="2025-02-20", region="青石区", title="青石区支持农村清洁取暖改造若干措施", genre="notice")
    assert [(one(found, v).status, one(found, v).period) for v in (40, 2200, 2)] == [("requirement", "")] * 3
    assert (one(found, 1.8).status, one(found, 1.8).period) == ("target", "2025/2027")
    assert (one(found, 85).status, one(found, 85).period) == ("target", "2027")


def test_a_review_since_an_earlier_year_ends_with_the_year_reviewed():
    """A report of January 2025 reviewing 2024: 2021年以来 runs to 2024; a level raised from 2020 and a change against
    2020 are the state of 2024, not of the day the report is read."""
    found = figs("2021年以来，全区地区生产总值由2020年的812.4亿元提高到1046.7亿元，常住人口城镇化率由2020年的55.1%"
                 "提高到59.8%，研发经费投入强度比2020年提高0.6个百分点。",
                 date="2025-01-16", region="青石区", title="政府工作报告", genre="work-report")
    assert [one(found, v).period for v in (1046.7, 59.8, 0.6)] == ["2024", "2024", "2024"]


def test_a_project_to_be_finished_is_a_target_capacity():
    """确保…年产20万吨…项目6月底前建成投产: the plant is still to be built, its capacity a target."""
    found = figs("确保青石新材料有限公司年产15万吨正极材料项目6月底前建成投产。", date="2025-01-16", region="青石区",
                 genre="work-report")
    assert one(found, 15).status == "target"


def test_a_company_keeps_its_full_name_and_a_park_is_its_own_subject():
    """青石新材料集团有限公司营业收入…: the company as named; 白水县新能源产业园完成投资…: the park, not the county."""
    found = figs("青石新材料集团有限公司营业收入突破120亿元。白水县新能源产业园完成投资18.6亿元。",
                 date="2025-01-16", region="青石市", genre="work-report")
    assert one(found, 120).subject == "青石新材料集团有限公司"
    assert one(found, 18.6).subject == "白水县新能源产业园"


def test_a_time_limit_counted_from_an_event_is_a_rule():
    """…前完成登记，改造完工后30个工作日内完成验收: the 30 working days hold for every case (no date of the clause
    before); a plain duration is a plain figure."""
    found = figs("各街道要于2025年5月31日前完成摸底登记，验收合格后20个工作日内完成补贴发放。", date="2025-03-02",
                 region="青石区", genre="notice")
    assert (one(found, 20).status, one(found, 20).period) == ("requirement", "")


def test_a_rate_on_both_sides_of_a_change():
    """城区污水处理能力由每日6万吨提高到每日10万吨: one row of the capacity, up from 60,000 tons a day."""
    found = figs("全区城区污水处理能力由每日4万吨提高到每日7万吨。", date="2025-01-16", region="青石区",
                 genre="work-report")
    row = one(found, 7)
    assert (row.metric, row.base_value, row.direction) == ("城区污水处理能力", 4, "up")
    assert not any(f.value == 4 for f in found)


def test_an_as_of_date_of_the_sentence_before_gives_flows_the_year_to_date():
    """截至6月末，存款余额…。城镇新增就业1.86万人: the stock is June's, the new jobs those of January to June (as
    when both stand in one sentence)."""
    found = figs("截至6月末，全区金融机构人民币各项存款余额856.3亿元。城镇新增就业0.96万人。", date="2024-07-23",
                 region="青石区", genre="news")
    assert one(found, 856.3).period == "2024-06" and one(found, 0.96).period == "2024-01/2024-06"


def test_water_quality_cited_mid_year_is_last_years():
    """地表水水质优良比例, 水源地水质达标 are annual measures like 优良天数: cited undated in June, they are last year's."""
    found = figs("全县地表水水质优良比例达78.6%，比2015年提高12.4个百分点。城市集中式饮用水水源地水质100%达标。",
                 date="2021-06", region="云岭县")
    assert [one(found, v).period for v in (78.6, 12.4, 100)] == ["2020"] * 3


def test_a_month_opening_a_sentence_dates_that_event_only():
    found = figs("交通建设提速。6月，云岭至白河高速公路建成通车。新建农村公路126公里。", date="2023-12-20",
                 region="云岭县", genre="speech")
    assert one(found, 126).period == "2023"


def test_last_year_base_is_the_year_before_the_figures_own():
    """In a report of February 2023 reviewing 2022, 比上年 is 2021 (上年 is relative to the figure's year, while
    去年 is the year before the report); 上年末 the end of 2021; 上年同期 the same months a year earlier."""
    found = figs("一、2022年工作回顾", "全县一般公共预算收入9.6亿元，比上年增长5.2%。年末全县常住人口28.4万人，比上年末减少"
                 "0.3万人。全县森林覆盖率由上年的51.2%提高到52.6%。", date="2023-02-10", region="云岭县",
                 title="政府工作报告", genre="report", headings={0: 1})
    assert (one(found, 5.2).period, one(found, 5.2).base_period) == ("2022", "2021")
    assert (one(found, 0.3).period, one(found, 0.3).base_period) == ("2022", "2021-12")
    assert (one(found, 52.6).base_value, one(found, 52.6).base_period) == (51.2, "2021")
    quarters = figs("前三季度，全市高技术制造业增加值占比为16.2%，比上年同期提高1.1个百分点。", date="2024-10-20",
                    region="云岭市", title="前三季度全市经济运行情况", genre="statistics")
    assert (one(quarters, 1.1).period, one(quarters, 1.1).base_period) == ("2024-01/2024-09", "2023-01/2023-09")


def test_holiday_in_a_review_of_a_past_year_is_of_that_year():
    found = figs("一、2022年工作回顾", "“五一”假期全县接待游客12.4万人次，实现旅游收入0.8亿元。", date="2023-02-10",
                 region="云岭县", title="政府工作报告", genre="report", headings={0: 1})
    assert one(found, 12.4).period == one(found, 0.8).period == "2022-04-30/2022-05-04"
    now = figs("“五一”假期全县接待游客12.4万人次。", date="2023-05-10", region="云岭县")
    assert one(now, 12.4).period == "2023-04-29/2023-05-03"


def test_a_date_inside_the_counted_noun_and_next_years_task():
    """推动56个四季度新开工项目如期开工: the projects of the fourth quarter; 完成3万亩…任务，谋划明年3万亩任务: the
    second task is next year's, named like the first (not a duplicate of it)."""
    found = figs("要全力推动56个四季度新开工项目如期开工。", date="2023-10-20", region="云岭市", genre="speech")
    assert one(found, 56).period == "2023-10/2023-12"
    tasks = figs("要全面完成3万亩高标准农田建设任务，并谋划好明年3万亩任务。", date="2023-10-20", region="云岭市",
                 genre="speech")
    assert sorted((f.period, f.metric) for f in tasks) == [("2023", "高标准农田建设任务"), ("2024", "高标准农田建设任务")]


# --- direction ---------------------------------------------------------------------------------------------------


def test_a_rate_that_quickens_or_slows():
    found = figs("前三季度，全市规模以上工业增加值增长6.2%，增速比上半年加快0.4个百分点；固定资产投资增长3.1%，增速比上半年"
                 "放缓1.2个百分点。", date="2024-10-20", region="云岭市", title="前三季度全市经济运行情况", genre="statistics")
    assert (one(found, 0.4).direction, one(found, 1.2).direction) == ("up", "down")


# --- metric ------------------------------------------------------------------------------------------------------


def test_new_entries_take_the_counted_noun_of_the_clause_before():
    found = figs("年末全县规模以上工业企业达到128家，全年新增15家。", date="2024-01-10", region="云岭县",
                 title="政府工作报告", genre="report")
    assert one(found, 15).metric == "新增规模以上工业企业"
    assert (one(found, 15).direction, one(found, 15).base_unit) == ("", "entity")


# --- subject -----------------------------------------------------------------------------------------------------


def test_a_companys_project_named_by_its_capacity_is_the_subject():
    """…有限公司年产10万吨饲料项目建成投产，该项目总投资6亿元；6月18日，…集团年产5000台…项目开工，项目投产后预计年
    产值8亿元: the project (not the company alone) is the subject of its figures, and the topic of the next sentence."""
    found = figs("白河饲料有限公司年产10万吨饲料项目建成投产，该项目总投资6亿元，当年实现产值3.2亿元。", date="2023-02-10",
                 region="云岭县")
    assert [one(found, v).subject for v in (6, 3.2)] == ["白河饲料有限公司年产10万吨饲料项目"] * 2
    later = figs("6月18日，云岭农机集团年产5000台拖拉机项目开工建设。项目投产后，预计年产值8亿元。", date="2023-08",
                 region="云岭县")
    assert one(later, 8).subject == "云岭农机集团年产5000台拖拉机项目"


def test_a_compound_word_starting_with_a_place_suffix_is_no_name():
    """县财政每年安排乡村振兴资金, 负责本行政区域内乡道: 乡村/乡道/区域 are words, not the end of a town's name."""
    found = figs("县财政每年安排乡村振兴衔接资金不少于3000万元。乡级政府负责本行政区域内乡道管理，确定至少2名专职管理人员。",
                 date="2023-10-07", region="云岭县", title="云岭县农村公路管理养护实施方案", genre="plan")
    assert [one(found, v).subject for v in (3000, 2)] == ["", ""]
    assert one(found, 3000).metric.endswith("乡村振兴衔接资金")


def test_a_projects_size_is_undated_unless_its_sentence_dates_it():
    found = figs("一、2022年工作回顾", "白河饲料有限公司年产10万吨饲料项目建成投产，该项目总投资6亿元。东山风电项目于8月建成投产，"
                 "装机容量20万千瓦。", date="2023-02-10", region="云岭县", title="政府工作报告", genre="report",
                 headings={0: 1})
    assert (one(found, 6).period, one(found, 20).period) == ("", "2022-08")


def test_the_capacity_naming_a_companys_project_is_its_figure():
    """…有限公司年产10万吨饲料项目建成投产: a built capacity (actual); …年产30万台电机项目开工建设: one to be built
    (target); both undated; a capacity in a list of names (…100万千瓦风电、…等N个项目) stays part of the name."""
    found = figs("白河饲料有限公司年产10万吨饲料项目建成投产。6月，云岭电机集团年产30万台电机项目开工建设。"
                 "东山100万千瓦风电、西岭20万吨饲料等12个项目开工建设。", date="2023-08", region="云岭县")
    assert (one(found, 10).status, one(found, 10).period, one(found, 10).subject) == (
        "actual", "", "白河饲料有限公司年产10万吨饲料项目")
    assert (one(found, 30).status, one(found, 30).period) == ("target", "")
    assert sorted(f.value for f in found) == [10, 12, 30]


def test_figures_quoted_from_a_higher_statistics_office_are_that_levels():
    found = figs("从国家统计局发布的数据看，上半年，最终消费支出对经济增长的贡献率达到77.2%。全市社会消费品零售总额增长6.1%。",
                 date="2024-07-20", region="云岭市", genre="speech")
    assert (one(found, 77.2).subject, one(found, 6.1).subject) == ("全国", "")
    province = figs("据省统计局数据，上半年规模以上工业增加值增长5.3%。", date="2024-07-20", region="云岭市")
    assert one(province, 5.3).subject == "全省"


# --- status ------------------------------------------------------------------------------------------------------


def test_forecast_word_inside_a_clause_governs_that_clause_only():
    """预计 opening a sentence covers every clause joined by ；, while 工业增加值预计增长 (the estimate after what it
    estimates) leaves the next clause's result an actual."""
    inside = figs("一、2022年工作回顾", "全县地区生产总值完成96.3亿元；规模以上工业增加值预计增长5.4%；社会消费品零售总额"
                  "完成38.2亿元，下降2.1%。", date="2023-02-10", region="云岭县", title="政府工作报告", genre="report",
                  headings={0: 1})
    assert [one(inside, v).status for v in (96.3, 5.4, 38.2, 2.1)] == ["actual", "forecast", "actual", "actual"]
    opening = figs("一、2022年工作回顾", "预计全年地区生产总值完成96.3亿元，增长4.1%；一般公共预算收入完成6.2亿元。",
                   date="2023-01-10", region="云岭县", title="政府工作报告", genre="report", headings={0: 1})
    assert [one(opening, v).status for v in (96.3, 4.1, 6.2)] == ["forecast"] * 3


def test_running_total_and_base_of_a_plan_goal_are_targets():
    """到2027年，全县累计完成…；累计建设…；…由2024年的…提高到…: 累计 under a future deadline is a planned running
    total over the years to the deadline, and the base year of 由A提高到B is no sign of a past result: every clause
    stays a target (a level to reach stays dated by the deadline)."""
    found = figs("到2027年，全县累计完成农村危房改造860户，惠及群众2600人；累计建设污水管网120公里；农村卫生厕所普及率由"
                 "2024年的76.5%提高到90%以上；农村生活垃圾收运处置体系覆盖率达到100%。", date="2025-03-18",
                 region="云岭县", title="云岭县农村人居环境整治提升行动方案（2025—2027年）", genre="notice")
    assert [one(found, v).status for v in (860, 2600, 120, 90, 100)] == ["target"] * 5
    assert (one(found, 90).base_value, one(found, 90).base_period) == (76.5, "2024")
    assert [one(found, v).period for v in (860, 2600, 120, 90)] == ["2025/2027"] * 3 + ["2027"]  # running totals
    past = figs("截至2024年底，全县累计建成污水管网320公里。", date="2025-03-18", region="云岭县")
    assert one(past, 320).status == "actual"


def test_a_date_inside_a_modifier_does_not_date_the_figure():
    """共有2000年底前建成的老旧小区1280个 (as of the end of 2023): the year says which estates are counted."""
    found = figs("截至2023年底，全县共有2000年底前建成的老旧小区126个，涉及居民1.8万户。", date="2024-05-20",
                 region="云岭县")
    assert (one(found, 126).period, one(found, 1.8).period) == ("2023-12", "2023-12")


def test_what_a_project_can_bring_is_an_undated_forecast():
    found = figs("正在建设的白河风电项目计划投资12亿元，建设期间可带动800人就业，建成后可新增年税收2000万元。",
                 date="2023-08", region="云岭县")
    assert [(one(found, v).status, one(found, v).period) for v in (800, 2000)] == [("forecast", "")] * 2


def test_a_distance_within_which_a_service_is_reached_is_a_standard():
    found = figs("每年新增城市公园绿地不少于20公顷，城市居民出门300米见绿、500米可达公园。新建城市绿道12公里。",
                 date="2024-05-20", region="云岭市", title="云岭市城市更新行动方案（2024—2026年）", genre="notice")
    assert [(one(found, v).status, one(found, v).period) for v in (300, 500)] == [("requirement", "")] * 2
    assert one(found, 12).status == "target"


def test_a_yearly_minimum_in_a_programme_is_a_standing_norm():
    found = figs("二、今后五年主要任务", "每年实施15件以上重点民生实事，新建城市道路20公里以上。", date="2021-06-10",
                 region="云岭市", title="政府工作报告", genre="report", headings={0: 1})
    assert [one(found, v).status for v in (15, 20)] == ["requirement", "target"]


def test_identified_sets_and_the_people_of_a_goal_are_counted_as_they_are():
    """要全力推进各县区排查出的12个项目: the projects exist; 让86万人民过上…: the population; 其中：…等5个项目争取年内
    开工: a part with its own plan word is a target even after an achieved whole."""
    found = figs("要全力推进各县区排查出的12个“保交楼”项目。必须坚持以人民为中心，让86万云岭人民过上更加美好的生活。",
                 date="2023-10-20", region="云岭市", genre="speech")
    assert [one(found, v).status for v in (12, 86)] == ["actual", "actual"]
    parts = figs("今年以来，全市梳理出重大项目30个，其中：东山物流园等18个项目开工建设，白河水库等5个项目争取年内开工。",
                 date="2023-10-20", region="云岭市", genre="speech")
    assert [one(parts, v).status for v in (30, 18, 5)] == ["actual", "actual", "target"]


def test_this_years_clause_after_last_years_base_is_a_task():
    found = figs("三、2023年重点工作", "在去年完成15个老旧小区改造的基础上，今年再改造老旧小区22个。", date="2023-02-10",
                 region="云岭县", title="政府工作报告", genre="report", headings={0: 1})
    assert [(one(found, v).status, one(found, v).period) for v in (15, 22)] == [("actual", "2022"), ("target", "2023")]


def test_a_speechs_task_list_and_a_heading_about_next_year_set_targets():
    """三、扎实做好明年经济工作 / 三要持续增进民生福祉。…新建公办幼儿园3所: tasks of next year, not results."""
    found = figs("三、扎实做好明年经济工作", "新建城市道路10公里。", "三要持续增进民生福祉。新建公办幼儿园4所。",
                 date="2024-12-20", region="云岭区", title="在全区经济工作会议上的讲话", genre="speech", headings={0: 1})
    assert [(one(found, v).status, one(found, v).period) for v in (10, 4)] == [("target", "2025")] * 2
    review = figs("一、今年经济运行稳中有进", "新建城市道路18公里。", date="2024-12-20", region="云岭区",
                  title="在全区经济工作会议上的讲话", genre="speech", headings={0: 1})
    assert (one(review, 18).status, one(review, 18).period) == ("actual", "2024")


# --- rows that must not exist ------------------------------------------------------------------------------------


def test_counts_of_the_texts_own_parts_are_no_figures():
    """分析面临的3个重大机遇, 落实22条政策措施, 明确5个发展目标、12项重点举措: the parts of a speech or a policy;
    a count of things in the region with a similar word stays (新建项目12个, 完成整改问题35个)."""
    found = figs("会议分析了面临的3个重大机遇，明确了5个发展目标、12项重点举措。全面落实22条政策措施和9条人才新政。"
                 "全年完成整改问题35个，新开工项目12个。", date="2023-05-10", region="云岭市", genre="speech")
    assert sorted(f.value for f in found) == [12, 35]
    assert one(found, 12).metric.endswith("项目")


def test_a_round_number_in_words_naming_a_programme_is_no_figure():
    found = figs("今年县政府将继续实施十项民生实事，新增公办学位800个。全力推进“十大工程”建设，引进两个项目。",
                 date="2024-01-10", region="云岭县", genre="report")
    assert sorted(f.value for f in found) == [2, 800]


def test_meeting_participants_anecdotes_restated_averages_and_milestones_are_no_figures():
    found = figs("5个县区、9个部门作了书面发言。明确由6名市政府领导牵头包保。", date="2023-05-10", region="云岭市")
    assert found == []
    found = figs("在驻村工作队帮助下，他家建起三栋大棚，年收入6万元。全村新建大棚120栋。", date="2023-05-10",
                 region="云岭市")
    assert [f.value for f in found] == [120]
    found = figs("全镇共实施产业项目560个，覆盖贫困户300户，即每户贫困户平均覆盖近两个项目。", date="2023-05-10",
                 region="云岭市")
    assert sorted(f.value for f in found) == [300, 560]
    found = figs("开发区规模以上工业产值达到105.2亿元，首次突破百亿元大关。", date="2023-05-10", region="云岭市")
    assert [f.value for f in found] == [105.2]

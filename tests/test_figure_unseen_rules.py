"""Rules added after the second held-out measurement (tests/fixtures/holdout2/, issue 11): one test per rule, on short
sentences whose expected attributes were read by hand (invented places and numbers, not the held-out sentences)."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

NOTICE = "关于印发《栖川市智能制造提升行动方案（2025—2027年）》的通知"


def test_change_since_start_of_year_of_a_month_end_stock_is_over_those_months():
    """6月末…比年初增加: the stock is of June, its change since the start of the year over January-June."""
    found = figs("9月末，全市金融机构本外币各项贷款余额1820.5亿元，比年初增加96.3亿元。", date="2024-10-20")
    assert one(found, 1820.5).period == "2024-09"
    change = one(found, 96.3)
    assert (change.period, change.base_period, change.direction) == ("2024-01/2024-09", "2024-01", "up")


def test_new_ones_by_a_plans_deadline_run_over_the_plan():
    """到2027年…新培育…200家 in a plan of 2025: new ones added over 2025-2027, like 累计; a level reached (达到68%)
    is of the deadline year."""
    found = figs("到2027年，关键工序数控化率达到68%，新培育市级智能工厂40家。", date="2025-02-10", title=NOTICE,
                 genre="plan")
    assert (one(found, 40).period, one(found, 40).status) == ("2025/2027", "target")
    assert (one(found, 68).period, one(found, 68).status) == ("2027", "target")
    # outside a plan (a year-end speech's targets for next year) new ones are the year's
    speech = figs("明年城镇新增就业6000人。", date="2024-12-20", title="在全市经济工作会议上的讲话", genre="speech")
    assert one(speech, 6000).period == "2025"


def test_grant_amounts_and_yearly_quotas_of_a_notice_are_standing_norms():
    found = figs("对新认定的市级智能工厂给予一次性奖励50万元，市级数字化车间奖励20万元。",
                 "每年遴选30家企业开展试点。", date="2025-02-10", title=NOTICE, genre="plan")
    assert [(one(found, v).status, one(found, v).period) for v in (50, 20, 30)] == [("requirement", "")] * 3
    # an amount to reach by the deadline, not granted nor yearly, stays a target
    goal = figs("到2027年，全市5G基站总数达到1.3万个，技术改造投资达到300亿元。", date="2025-02-10", title=NOTICE,
                genre="plan")
    assert [one(goal, v).status for v in (1.3, 300)] == ["target", "target"]


def test_verb_before_the_class_of_its_object_is_no_subject():
    """培育省级智能工厂126家: 培育 (a verb tagged vn) + 省级 (a class) is no company name ending in 厂."""
    found = figs("截至2023年底，累计建成5G基站8.7万个，培育省级智能工厂126家、数字化车间483个。", date="2025-01-08", region="华岭省")
    assert (one(found, 126).subject, one(found, 483).subject) == ("", "")


def test_plan_span_named_in_its_title():
    from build_tools.extract.reporting import reporting_period, title_span
    from build_tools.model import Document, Metadata, Paragraph

    assert title_span("栖川市智能制造提升行动方案（2025—2027年）") == "2025/2027"
    assert title_span("泽源市“十四五”生态环境保护规划") == "2021/2025"
    assert title_span("2024年工作要点") == ""
    doc = Document(id="d", title="栖川市智能制造提升行动方案（2025—2027年）", date="2025-02-10", genre="plan",
                   paragraphs=[Paragraph(id="p0", text="到2026年，建成智能工厂20家。")])
    assert reporting_period(doc, Metadata(date="2025-02-10", region="栖川市")) == "2025/2027"


def test_company_a_news_report_visits_is_the_topic_of_the_quote_after():
    """在位于…的某某有限公司生产车间，…。“今年一季度，公司实现产值…”: the company's figures, quoted or referred to."""
    found = figs("在位于栖川高新区的栖川锐达电子有限公司生产车间，工人们正在赶制订单。“上半年，公司实现产值2.3亿元，"
                 "同比增长18%。”据了解，该公司计划投资5000万元新建生产线。", date="2024-07-26")
    assert [one(found, v).subject for v in (2.3, 18, 5000)] == ["栖川锐达电子有限公司"] * 3
    # a quoted slogan at the head of a clause is no subject
    slogan = figs("“一村一品”示范村达到45个。", date="2024-07-26")
    assert one(slogan, 45).subject == ""


def test_project_named_by_its_size_is_the_subject_of_the_later_clauses():
    found = figs("其中，总投资8亿元的栖川锂电材料产业园项目已完成主体施工，预计9月底前投产，达产后可实现年产值20亿元。",
                 date="2024-07-26")
    size, effect = one(found, 8), one(found, 20)
    assert (size.subject, size.metric, size.period) == ("栖川锂电材料产业园项目", "总投资", "")
    assert (effect.subject, effect.status, effect.period) == ("栖川锂电材料产业园项目", "forecast", "")


def test_effect_once_built_is_a_forecast_of_no_year():
    """建成后产能将提升40%: 将 after 建成后 foretells the effect; it is no target of the year."""
    found = figs("该企业今年计划投资1.2亿元新建生产线，建成后产能将提升40%。", date="2025-04-16")
    assert (one(found, 1.2).status, one(found, 1.2).period) == ("target", "2025")
    assert (one(found, 40).status, one(found, 40).period, one(found, 40).direction) == ("forecast", "", "up")


def test_the_years_plan_as_the_whole_of_a_share_dates_nothing():
    """占年度计划的27.4%, 完成全年目标任务的27.2%: progress in the quarter; 比去年全年收窄: a base, not the period."""
    found = figs("一季度，全区重点项目完成投资23.6亿元，占年度计划的27.4%；城镇新增就业1360人，完成全年目标任务的27.2%。",
                 "一季度全区外贸进出口总额6.3亿元，同比下降4.2%，降幅比去年全年收窄3.1个百分点。",
                 date="2025-04-16", region="苇塘区")
    q1 = "2025-01/2025-03"
    assert [(one(found, v).period, one(found, v).status) for v in (27.4, 27.2, 3.1)] == [(q1, "actual")] * 3
    assert one(found, 3.1).direction == "down"


def test_milestone_passed_before_the_value_reached_is_no_row():
    """首次突破300亿元，达到312.6亿元: one row, 312.6; a milestone alone (首次突破百亿元) stays a row."""
    found = figs("去年，全区地区生产总值首次突破300亿元，达到312.6亿元。", date="2025-04-16", region="苇塘区")
    assert [(f.value, f.metric, f.period) for f in found] == [(312.6, "地区生产总值", "2024")]
    alone = figs("全县规模以上工业总产值首次突破百亿元。", date="2025-04-16", region="苇塘区")
    assert [(f.value, f.qualifier) for f in alone] == [(100, "超过")]


def test_peers_of_a_rank_with_the_ranked_one_between():
    found = figs("一季度，嵩原市地区生产总值增长5.5%，5个县区中苇塘区增速居第2位。", date="2025-04-16", region="苇塘区")
    assert [f.value for f in found] == [5.5]


def test_ratio_without_a_unit_and_its_change():
    """城乡居民收入比为2.09，比上年同期缩小0.05: a ratio (no unit, no currency although 收入 is named) and its change,
    down against the same months of last year; a bare number elsewhere stays no figure."""
    found = figs("上半年，城乡居民收入比为2.09，比上年同期缩小0.05。", "基尼系数为0.42。", "全市有3.5个试点。",
                 "按1.5计算。", date="2024-07-19")
    ratio, change = one(found, 2.09), one(found, 0.05)
    assert (ratio.metric, ratio.unit, ratio.base_unit, ratio.period) == ("城乡居民收入比", "", "", "2024-01/2024-06")
    assert (change.metric, change.kind, change.direction, change.base_period) == (
        "城乡居民收入比", "growth", "down", "2023-01/2023-06")
    assert one(found, 0.42).metric == "基尼系数"
    assert 1.5 not in [f.value for f in found]


BUDGET = "关于栖川县2024年预算执行情况和2025年预算草案的报告"


def test_budget_report_reviews_the_execution_and_budgets_the_next_year():
    """一、2024年预算执行情况 reviews 2024 (争取…债券资金 there is funding secured; 10月 is October 2024); 二、2025年
    预算草案 sets the budget (安排: a target of 2025)."""
    found = figs("一、2024年预算执行情况", "全年争取新增政府专项债券资金6.5亿元，支持12个项目建设。",
                 "二、2025年预算草案", "一般公共预算支出安排37.4亿元，增长1.3%。",
                 date="2025-01-07", region="栖川县", title=BUDGET, genre="report", headings={0: 1, 2: 1})
    assert [(one(found, v).status, one(found, v).period) for v in (6.5, 12)] == [("actual", "2024")] * 2
    assert [(one(found, v).status, one(found, v).period) for v in (37.4, 1.3)] == [("target", "2025")] * 2
    # a target of the budget year stays one: 力争…争取…资金 (力争 is the cue)
    aim = figs("二、2025年预算草案", "力争全年争取上级转移支付资金22亿元以上。", date="2025-01-07", region="栖川县",
               title=BUDGET, genre="report", headings={0: 1})
    assert (one(aim, 22).status, one(aim, 22).period) == ("target", "2025")


def test_amount_allocated_at_least_is_a_figure_and_a_scope_before_a_level_reached():
    """每年安排不少于3000万元的…资金: the amount (a norm), not a threshold of a class (超5000万元的项目);
    提高到每人每年670元: a level reached by a rise."""
    found = figs("县财政每年安排不少于3000万元的乡村振兴衔接资金。", "财政补助标准提高到每人每年670元。",
                 "新开工超5000万元的项目12个。", date="2025-01-07", region="栖川县")
    assert (one(found, 3000).status, one(found, 3000).period) == ("requirement", "")
    assert one(found, 670).direction == "up"
    assert 5000 not in [f.value for f in found]


def test_place_where_a_company_is_is_no_part_of_its_name():
    """位于城东工业园的华岳机械有限公司…: the subject is the company; where it stands is context (written for the rule,
    read by hand)."""
    from tests.test_figure_attributes import figs, one
    found = figs("位于城东工业园的华岳机械有限公司今年完成技术改造投资1.6亿元，新增产值4.2亿元。",
                 date="2025-11-20", region="栖川市", genre="news")
    assert [one(found, v).subject for v in (1.6, 4.2)] == ["华岳机械有限公司"] * 2


def test_a_park_referred_back_to_after_a_company_located_in_it():
    """…位于城东工业园的华岳机械有限公司…。园区…: 园区 is the park the company's clause of place named, not the company
    and not the city (written for the rule, read by hand); a bare 企业 stays anyone's."""
    from tests.test_figure_attributes import figs, one
    found = figs("位于城东工业园的华岳机械有限公司今年新增产值4.2亿元。园区前三季度新落户企业37家，实现工业产值61.5亿元。"
                 "企业研发投入增长12%。", date="2025-10-20", region="栖川市", genre="news")
    assert one(found, 4.2).subject == "华岳机械有限公司"
    assert [one(found, v).subject for v in (37, 61.5)] == ["城东工业园"] * 2
    assert one(found, 12).subject != "华岳机械有限公司"


def test_an_airports_figures_listed_after_a_semicolon_stay_the_airports():
    """栖川机场…；货邮吞吐量…: the clause after ； with no subject of its own lists the same airport's figures; after a
    village's figures, a clause on villages in general is the town's (written for the rule, read by hand)."""
    from tests.test_figure_attributes import figs, one
    found = figs("栖川机场全年完成旅客吞吐量268.5万人次，比上年增长12.4%；货邮吞吐量1.46万吨，增长6.1%。"
                 "港口货物吞吐量完成3820万吨。", date="2025-03-20", region="栖川市", genre="statistics",
                 title="栖川市2024年交通运输行业发展统计公报")
    assert [one(found, v).subject for v in (268.5, 12.4, 1.46, 6.1)] == ["栖川机场"] * 4
    assert one(found, 3820).subject == ""
    found = figs("白沙村集体经济收入82万元，柳林村65万元；集体经济收入50万元以上的村达到6个。", date="2025-01-20",
                 region="清河镇", genre="work-report")
    assert one(found, 6).subject == ""


def test_a_rank_after_a_gap_to_the_province_is_a_rank_in_the_province():
    """增长3.2%，低于全省0.8个百分点，列第9位: the growth ranks 9th in the province (the gap names the whole); a rank
    naming its own scope keeps it (written for the rule, read by hand)."""
    from tests.test_figure_attributes import figs, one
    found = figs("全市规模以上工业增加值增长3.2%，低于全省0.8个百分点，列第9位。", date="2024-10-28", region="栖川市")
    assert one(found, 3.2).rank == "全省第9"
    found = figs("全县地区生产总值增长5.6%，高于全省0.4个百分点，居全市第2位。", date="2024-10-28",
                 region="栖川县")
    assert one(found, 5.6).rank == "全市第2"


def test_the_subjects_name_and_its_back_reference_leave_the_metric():
    """位于…的X公司新增投资 -> 新增投资 (of X公司); 园区新引进企业 of a park -> 新引进企业; 村民人均收入 keeps 村民."""
    from build_tools.extract.figures.subject_strip import strip_subject
    assert strip_subject("位于城东工业园的华岳机械有限公司新增投资", "华岳机械有限公司") == "新增投资"
    assert strip_subject("园区新引进企业", "城东工业园") == "新引进企业"
    assert strip_subject("项目达产后可实现年产值", "华岳机械二期项目") == "达产后可实现年产值"
    assert strip_subject("村民人均年收入", "白沙村") == "村民人均年收入"


def test_a_service_body_of_the_region_is_the_subject_of_its_figures():
    """区政务服务中心共受理办件…: the district's government services center, named in full, is the subject and leaves
    the metric; 栖川市住房公积金管理中心…从业人员146人: the center's staff, not the city's employed persons
    (written for the rule, read by hand)."""
    from tests.test_figure_attributes import figs, one
    found = figs("前三季度，区政务服务中心共受理办件31.2万件，办结率99.8%。", date="2025-10-20", region="栖川区",
                 genre="news")
    assert one(found, 31.2).subject == "栖川区政务服务中心"
    assert "政务服务中心" not in one(found, 31.2).metric
    found = figs("栖川市住房公积金管理中心为市政府直属事业单位，下设6个管理部，从业人员98人。", date="2025-03-20",
                 region="栖川市", genre="report")
    assert one(found, 98).subject == "栖川市住房公积金管理中心"
    found = figs("栖川市住房公积金管理委员会有委员21名，全年召开会议3次。", date="2025-03-20", region="栖川市",
                 genre="report")
    assert one(found, 21).subject == "栖川市住房公积金管理委员会"
    found = figs("全区从业人员12.4万人。", date="2025-03-20", region="栖川区", genre="statistics")
    assert one(found, 12.4).subject == ""


def test_the_wholes_share_of_itself_in_a_table_is_no_figure():
    """A table of parts and their shares: the 合计 (or 全县) row's 100.0 is the whole, no figure; the parts' shares
    stay (a table written for the rule)."""
    from build_tools.extract.figures import extract_figures
    from build_tools.model import Document, Metadata, Paragraph

    for total in ("合计", "全县"):
        cells = [["行业", "法人单位（个）", "比重（%）"], [total, "2400", "100.0"], ["制造业", "612", "25.5"],
                 ["批发和零售业", "588", "24.5"]]
        doc = Document(id="d", title="栖川县第五次全国经济普查公报（第一号）", date="2025-03-20", genre="statistics",
                       paragraphs=[Paragraph(id="p1", text="", cells=cells)])
        found = extract_figures(doc, Metadata(date="2025-03-20", region="栖川县"))
        assert not [f for f in found if f.value == 100], total
        assert {25.5, 24.5} <= {f.value for f in found}


def test_a_rates_per_unit_words_go_to_its_unit():
    """青苗补偿费按照每亩2200元: 青苗补偿费 at 2200 元/亩; 每户每月 -> 元/户·月; a name that names no payment (县道每年每公里)
    keeps its words for the rule that renders it whole (written for the rule, read by hand)."""
    from build_tools.extract.figures.rates import per_unit
    assert per_unit("青苗补偿费按照每亩", "元") == ("青苗补偿费", "元/亩")
    assert per_unit("临时安置补助费按照每户每月", "元") == ("临时安置补助费", "元/户·月")
    assert per_unit("养护资金每年每公里", "元") == ("养护资金", "元/公里·年")
    assert per_unit("县道每年每公里", "元") == ("县道每年每公里", "元")
    assert per_unit("青苗补偿费按照每亩", "%") == ("青苗补偿费按照每亩", "%")


def test_groundwater_depth_moves_against_the_water_table():
    """地下水平均埋深8.12米，比上年末上升0.21米: the water table rose, so the depth fell: down; 比上年末下降 is up
    (written for the rule, read by hand)."""
    from tests.test_figure_attributes import figs, one
    found = figs("年末平原区浅层地下水平均埋深8.12米，比上年末上升0.21米。", date="2025-06-10", region="栖川市",
                 genre="report", title="栖川市2024年水资源公报")
    assert one(found, 0.21).direction == "down"
    found = figs("年末平原区浅层地下水平均埋深8.12米，比上年末下降0.21米。", date="2025-06-10", region="栖川市",
                 genre="report", title="栖川市2024年水资源公报")
    assert one(found, 0.21).direction == "up"

"""Rules written after the seventy-first held-out set (a city's intellectual property white paper as a PDF with a
table of merged heads by county, a city market regulation bureau's analysis of a quarter's consumer complaints as a
news page), tested on invented sentences and tables."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one, table_figs

WHITE_PAPER = {"date": "2025-04-22", "region": "栖川市", "genre": "report", "title": "2024年栖川市数字经济发展状况白皮书"}


def test_a_head_merged_down_and_wrapped_across_two_rows_is_one_head():
    from build_tools.extract.figures.spanned_heads import merge_spanned_heads

    rows = [["乡镇", "新增市场主体", "", "规模以上工业企", "农业龙头企业"],
            ["", "数量（户）", "同比增长（%）", "业数量（家）", "（家）"],
            ["东坪镇", "412", "8.6", "23", "7"]]
    assert merge_spanned_heads(rows)[0] == ["乡镇", "新增市场主体（户）", "新增市场主体同比增长（%）",
                                            "规模以上工业企业数量（家）", "农业龙头企业（家）"]
    # a second row that names a column of its own under a head with its unit: no wrapped head, the rows as they were
    other = [["乡镇", "人口（人）", "户数"], ["", "城镇", "（户）"], ["东坪镇", "3400", "1200"]]
    assert merge_spanned_heads(other) is other


def test_a_table_by_town_of_wrapped_heads_is_read():
    cells = [["县（市、区）", "技术合同成交额", "", "每万人口科技型中小", "高新技术企业"],
             ["", "金额（亿元）", "同比增长（%）", "企业数量（家）", "（家）"],
             ["东湖区", "12.6", "-4.5", "18.2", "126"],
             ["西岭县", "3.4", "9.1", "6.7", "38"]]
    found = table_figs(cells, "表2　2024年各县（市、区）科技创新主要指标", WHITE_PAPER)
    assert (one(found, 12.6).unit, one(found, 12.6).subject) == ("亿元", "东湖区")
    assert (one(found, 4.5).direction, one(found, 9.1).direction) == ("down", "up")
    assert one(found, 18.2).metric.startswith("每万人口科技型中小企业")
    assert one(found, 126).unit == "家"


def test_a_white_paper_of_a_year_reports_that_year():
    found = figs("全年技术合同成交额86.4亿元，同比增长12.1%。", "截至年底，全市共有高新技术企业1326家。", **WHITE_PAPER)
    assert (one(found, 86.4).period, one(found, 12.1).period) == ("2024", "2024")
    assert one(found, 1326).period == "2024-12"


def test_a_holding_stated_without_a_date_in_a_closed_years_review_is_held_at_its_end():
    found = figs("全年新增注册商标1.2万件。东湖区每万人口发明专利拥有量达到31.5件，是全市平均水平的2倍。",
                 "全市机动车保有量达到86.2万辆。", **WHITE_PAPER)
    assert one(found, 31.5).period == "2024-12"
    assert one(found, 86.2).period == "2024-12"
    assert one(found, 1.2).period == "2024"  # (a flow of the year stays the year's)


def test_holdings_by_their_name():
    from build_tools.extract.figures.holdings import held_at_year_end

    assert held_at_year_end("每万人口发明专利拥有量") and held_at_year_end("汽车保有量")
    assert held_at_year_end("有效注册商标量") and held_at_year_end("马德里商标国际注册有效量")
    assert held_at_year_end("资产负债率超过75%的市属企业")
    assert not held_at_year_end("发明专利授权量") and not held_at_year_end("有效投资")


ANALYSIS = {"date": "2025-07-18", "region": "栖川市", "genre": "report", "title": "2025年第二季度全市消费投诉情况分析"}


def test_one_consumers_case_gives_no_key_figures():
    found = figs("4月2日，消费者张某（45岁）投诉称，其在某美容院预存费用12000元后门店关闭。",
                 "经调解，商家退还张某费用9600元。", "第二季度全市受理预付式消费投诉1862件，涉及金额412.5万元。", **ANALYSIS)
    assert not [f for f in found if f.value in (45, 12000, 9600)]
    assert {f.value for f in found} >= {1862, 412.5}
    # a masked person in a discipline case, no consumer dispute: the case's figures stay
    from build_tools.extract.figures.consumer_cases import one_persons_case

    assert not one_persons_case("2019年至2024年，王某某利用职务便利收受他人财物共计28.6万元。")
    assert not one_persons_case("经调解，某某公司退还预付款3.2万元。")  # (a business, no person)


def test_one_consumers_complaint_day_is_no_event():
    from build_tools.extract.events import extract_events
    from build_tools.model import Document, Metadata, Paragraph

    doc = Document(id="d", title=ANALYSIS["title"], date=ANALYSIS["date"], paragraphs=[
        Paragraph(id="p1", text="5月9日，消费者刘某投诉称，其在某培训机构预付学费8800元后机构停课。"),
        Paragraph(id="p2", text="6月12日，市消费者权益保护委员会发布暑期消费提示。")])
    events = extract_events(doc, Metadata(date=ANALYSIS["date"], region=ANALYSIS["region"]))
    assert [e.date for e in events] == ["2025-06-12"]


def test_businesses_told_to_rectify_after_an_inspection_in_hu_ci_are_entities():
    found = figs("第二季度检查经营主体2140户次，责令整改126户。", **ANALYSIS)
    assert (one(found, 2140).base_unit, one(found, 126).base_unit) == ("household-time", "entity")
    found = figs("第二季度走访困难群众1280户次，帮扶解决困难家庭86户。", **ANALYSIS)
    assert one(found, 86).base_unit == "household"  # (households visited stay households)


def test_a_change_since_an_earlier_month_end_covers_the_months_after_it():
    found = figs("截至6月底，全市放心消费承诺单位达到1.8万家，比3月底增加2100家。", **ANALYSIS)
    assert (one(found, 2100).period, one(found, 2100).base_period) == ("2025-04/2025-06", "2025-03")
    assert one(found, 1.8).period == "2025-06"


def test_a_plan_issued_in_a_closed_years_review_is_one_of_the_years_acts():
    found = figs("区政府印发《东湖区数字经济提速行动方案（2024—2026年）》，将数字经济纳入部门绩效考核，权重由3%提高到5%。"
                 "区财政安排数字经济专项资金8000万元，比上年增长25%。", **WHITE_PAPER)
    assert (one(found, 5).period, one(found, 5).status) == ("2024", "actual")
    assert (one(found, 8000).period, one(found, 8000).status) == ("2024", "actual")
    # a meeting's news adopting such a plan still reads the plan's content as its goals
    news = figs("会议审议通过《东湖区数字经济提速行动方案（2025—2027年）》。市财政每年安排专项资金2亿元。",
                date="2025-03-12", title="区政府召开常务会议")
    assert one(news, 2).status == "target"


def test_an_estimate_of_a_closed_year_is_a_forecast():
    found = figs("预计2024年全市数字经济核心产业增加值占地区生产总值的比重达到9.6%，比2023年提高0.8个百分点。", **WHITE_PAPER)
    assert (one(found, 9.6).status, one(found, 9.6).period) == ("forecast", "2024")
    assert one(found, 0.8).status == "forecast"


def test_a_count_above_the_provinces_average_is_a_gap_up():
    found = figs("截至年底，全市每万人口高价值发明专利拥有量达到9.4件，高于全省平均水平1.6件。", **WHITE_PAPER)
    assert one(found, 1.6).direction == "up"
    assert one(found, 9.4).direction == ""


def test_a_plans_span_in_its_title_dates_nothing_of_the_sentence():
    found = figs("按照《东湖区新型基础设施建设行动方案（2024—2026年）》部署，全区新建5G基站1200个。", **WHITE_PAPER)
    assert one(found, 1200).period == "2024"


def test_the_sentence_announcing_the_text_is_no_event():
    from build_tools.extract.event_rhetoric import is_rhetoric

    assert is_rhetoric("现将2024年栖川市数字经济发展状况发布如下。")
    assert is_rhetoric("现将2025年上半年全县安全生产形势分析如下。")
    assert not is_rhetoric("2025年5月，全县发布安全生产形势分析报告。")


def test_a_goals_score_floor_is_a_score_and_a_bound_defining_a_class_is_none():
    found = figs("到2026年，群众安全感满意度达到92分以上。", "得分85分以上的乡镇12个。", **WHITE_PAPER)
    assert (one(found, 92).unit, one(found, 92).status) == ("分", "target")
    assert not [f for f in found if f.value == 85]


def test_places_assessed_and_all_places_doing_a_thing():
    found = figs("将数字经济工作纳入对乡镇年度综合考核，考核权重由3%提高到5%。", **WHITE_PAPER)
    assert one(found, 5).subject == ""
    found = figs("全市9个县（市、区）均建立数字经济工作专班，新建村级文化广场36个。", **WHITE_PAPER)
    assert not [f for f in found if f.value == 9]
    assert one(found, 36).unit == "个"
    found = figs("全县168个行政村全部建成村级综合服务中心。", **WHITE_PAPER)
    assert one(found, 168).unit == "个"  # (villages all reaching a goal: a result)


def test_a_level_reached_from_last_year_end_is_at_this_year_end():
    found = figs("全市规模以上工业企业研发机构覆盖率由上年末的41.3%提高到48.6%。", **WHITE_PAPER)
    assert (one(found, 48.6).period, one(found, 48.6).base_period) == ("2024-12", "2023-12")
    found = figs("全市贫困发生率由上年的3.2%下降到1.1%。", **WHITE_PAPER)
    assert one(found, 1.1).period == "2024"  # (a base of last year, not of its end: the year)


def test_a_licence_keeps_its_ke():
    found = figs("全年技术许可合同登记412项，其中中小企业获得许可的占76.5%。", **WHITE_PAPER)
    assert one(found, 412).metric.endswith("许可合同登记")
    assert one(found, 76.5).metric.endswith("获得许可")
    found = figs("项目建成后年增收可达1200万元。", **WHITE_PAPER)
    assert not one(found, 1200).metric.endswith("可")  # (the modal still goes)

"""Figure rules added after the fifteenth held-out measurement (issue 11: a city's monthly price release in HTML, a
county's rural revitalization summary and plan in DOCX); sentences invented for each rule, expectations read by
hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

RELEASE = {"date": "2024-09-12", "region": "栖川市", "title": "2024年8月份栖川市工业生产者价格变动情况",
           "genre": "statistics"}


def test_an_undated_sentence_of_a_monthly_release_is_of_the_month_it_reports():
    """A release of 12 September on August: 其中，轻工业下降1.1% names no month, yet is August's, not 12 September's."""
    found = figs("8月份，全市工业生产者出厂价格下降0.9%。", "其中，轻工业下降1.1%，重工业下降0.7%。", **RELEASE)
    assert [one(found, v).period for v in (0.9, 1.1, 0.7)] == ["2024-08"] * 3


def test_an_undated_sentence_of_a_news_article_keeps_its_date():
    """A news article (not a release) on a period its title names keeps the rules it had: 目前 is its date."""
    found = figs("目前，全市共有养老机构86家。", date="2024-09-12", title="栖川市8月份养老服务工作综述", genre="article")
    assert one(found, 86).period != "2024-08"


SUMMARY_AND_PLAN = {"date": "2024-01-12", "region": "栖川县", "title": "栖川县2023年农业农村工作总结和2024年工作要点",
                    "genre": "report"}


def test_a_summary_and_plan_reads_last_year_and_this_year_from_its_date():
    """A summary of 2023 and plan of 2024, dated January 2024: 去年 is 2023 (not 2022), 比上年 a change over 2022,
    今年 2024 (not 2023), although the period it reports is 2023."""
    found = figs("去年，全县农村居民人均可支配收入达到21360元，比上年增加1520元。",
                 "今年计划新建高标准农田1.8万亩。", **SUMMARY_AND_PLAN)
    assert (one(found, 21360).period, one(found, 1520).base_period) == ("2023", "2022")
    assert (one(found, 1.8).period, one(found, 1.8).status) == ("2024", "target")


def test_a_communique_still_reads_its_relative_years_from_the_year_it_reports():
    """A communiqué of 2023 published in 2024 names no later year: its 比上年 stays a change over 2022."""
    found = figs("全年粮食总产量42.6万吨，比上年增长1.3%。", date="2024-03-20",
                 title="栖川县2023年国民经济和社会发展统计公报", genre="statistics")
    assert (one(found, 42.6).period, one(found, 1.3).base_period) == ("2023", "2022")


def test_a_summary_and_plans_deadlines_are_this_years_targets():
    """Said in January 2024 in a plan for 2024: 12月底前完成… is a target of December 2024, not an event of 2023;
    去年以来 said in January is 2023."""
    from tests.test_events import events_of

    found = events_of("去年以来，全县各项工作取得新进展。", "各乡镇要于12月底前完成全年工作考核。",
                      date="2024-01-12", title=SUMMARY_AND_PLAN["title"], genre="report", reporting_period="2023")
    assert [(e.date, e.kind) for e in found] == [("2023", "period"), ("2024-12", "target")]


def test_a_list_of_four_items_whose_names_hold_a_joiner_is_distributed():
    """Four categories, two named with 及 (文教用品及服务), before 分别 and four values: one row per category, each a
    price, in order; three items ending 、B和C split at the last 和."""
    found = figs("其中，文教用品及服务、通信器材、中药材、家居用品及服务价格分别上涨3.6%、2.2%、1.5%和0.4%。",
                 "衣着、家居用品及服务和居住价格分别下降1.3%、0.9%和0.2%。", **RELEASE)
    assert [one(found, v).metric for v in (3.6, 2.2, 1.5, 0.4)] == [
        "文教用品及服务价格", "通信器材价格", "中药材价格", "家居用品及服务价格"]
    assert [one(found, v).metric for v in (1.3, 0.9, 0.2)] == ["衣着价格", "家居用品及服务价格", "居住价格"]


def test_year_on_year_and_month_on_month_bases_of_a_month():
    """8月份…同比上涨1.2%: against August of the year before; 环比 and 比上月: against July; 其中 parts stating no
    comparison share the whole's; a change of 1—8月 after them keeps its own base."""
    found = figs("8月份，全市居民消费价格同比上涨1.2%。其中，城市上涨1.4%，农村上涨0.8%。"
                 "1—8月平均，全市居民消费价格比上年同期上涨0.6%。",
                 "8月份，全市居民消费价格环比下降0.3%，降幅比上月扩大0.1个百分点。其中，城市下降0.5%。", **RELEASE)
    assert [one(found, v).base_period for v in (1.2, 1.4, 0.8)] == ["2023-08"] * 3
    assert one(found, 0.6).base_period == "2023-01/2023-08"
    assert [one(found, v).base_period for v in (0.3, 0.1, 0.5)] == ["2024-07"] * 3


def test_a_heading_naming_the_comparison_gives_it_to_its_paragraphs():
    """Under 二、各类商品价格环比变动情况, 食品中，鲜菜价格下降4.1% is month-on-month; under a heading naming both 同比
    and 环比 nothing is carried."""
    found = figs("二、各类商品价格环比变动情况", "食品中，鲜菜价格下降4.1%；蛋类价格上涨2.3%。",
                 "三、同比和环比变动情况", "粮食价格下降0.7%。", headings={0: 1, 2: 1}, **RELEASE)
    assert [(one(found, v).comparison, one(found, v).base_period) for v in (4.1, 2.3)] == [("环比", "2024-07")] * 2
    assert one(found, 0.7).base_period == ""


def test_year_on_year_of_a_year_is_against_the_year_before():
    found = figs("去年，全县农村居民人均可支配收入达到21360元，同比增长7.2%。", **SUMMARY_AND_PLAN)
    assert (one(found, 7.2).period, one(found, 7.2).base_period) == ("2023", "2022")


def test_stationed_in_villages_is_no_village():
    """选派驻村工作队员 sends officials to live in villages: no village named 选派驻村 is the subject; a real village
    (白沙镇龙潭村) still is."""
    found = figs("全年选派驻村第一书记和工作队员240名。", "白沙镇龙潭村村集体经济收入达到126万元。",
                 **SUMMARY_AND_PLAN)
    assert (one(found, 240).subject, one(found, 126).subject) == ("", "白沙镇龙潭村")


def test_a_contribution_to_an_index_is_the_category_before_it():
    """牛肉价格上涨5.2%，影响CPI上涨约0.06个百分点: the 0.06 points are beef's effect on the CPI (named 牛肉价格影响CPI,
    no subject 影响…), year-on-year as the change it follows; a gap that is no effect keeps its name."""
    found = figs("8月份，食品中，牛肉价格同比上涨5.2%，影响CPI上涨约0.06个百分点。",
                 "燃料类价格同比下降4.4%，影响工业生产者出厂价格总水平下降约0.52个百分点。",
                 "8月份，全市工业生产者出厂价格同比下降1.8%，降幅比上月收窄0.3个百分点。", **RELEASE)
    assert [(one(found, v).metric, one(found, v).subject, one(found, v).base_period) for v in (0.06, 0.52)] == [
        ("牛肉价格影响CPI", "", "2023-08"), ("燃料类价格影响工业生产者出厂价格总水平", "", "2023-08")]
    assert "影响" not in one(found, 0.3).metric


def test_households_then_people_of_one_set_are_two_counts():
    """帮扶困难群众214户603人: the set counted in households and in people, two rows of one metric (both were lost:
    the second number read as the first one's noun)."""
    found = figs("全年帮扶困难群众214户603人，已稳定脱困150户421人。", **SUMMARY_AND_PLAN)
    assert [(one(found, v).metric, one(found, v).unit) for v in (214, 603)] == [("帮扶困难群众", "户"),
                                                                              ("帮扶困难群众", "人")]
    assert [one(found, v).unit for v in (150, 421)] == ["户", "人"]


def test_a_project_tables_rows_are_the_projects():
    """序号 | 项目名称 | 建设地点 | 总投资（万元） | 2024年计划投资（万元）: each row's figures are its project's (not of the
    town its name opens with, nor of nobody for 农村道路提升工程); 总投资 is the project's planned size, undated, the
    year's planned investment of 2024."""
    from build_tools.extract.figures import extract_figures
    from build_tools.extract.reporting import reporting_period
    from build_tools.model import Document, Metadata, Paragraph

    cells = [["序号", "项目名称", "建设地点", "总投资（万元）", "2024年计划投资（万元）"],
             ["1", "河口镇肉牛养殖基地建设项目", "河口镇", "5600", "2800"],
             ["2", "农村道路提升工程", "各乡镇", "7300", "4100"]]
    paras = [Paragraph(id="p1", text="附表：2024年重点项目清单", heading=3),
             Paragraph(id="p2", text="\n".join(" | ".join(r) for r in cells), role="table", cells=cells)]
    doc = Document(id="d", title=SUMMARY_AND_PLAN["title"], date=SUMMARY_AND_PLAN["date"], genre="report",
                   paragraphs=paras)
    meta = Metadata(date=SUMMARY_AND_PLAN["date"], region=SUMMARY_AND_PLAN["region"])
    doc.reporting_period = reporting_period(doc, meta)
    found = extract_figures(doc, meta)
    assert [(one(found, v).subject, one(found, v).period) for v in (5600, 2800, 7300, 4100)] == [
        ("河口镇肉牛养殖基地建设项目", ""), ("河口镇肉牛养殖基地建设项目", "2024"),
        ("农村道路提升工程", ""), ("农村道路提升工程", "2024")]


def test_a_table_of_changes_whose_caption_gives_the_unit():
    """分类别涨跌幅（%） over 项目 | 环比 | 同比 | 1—8月同比: the cells the text did not state are rows (1—8月 ones of
    January-August against the same months a year before, a negative cell a fall); a cell restating the text is no
    second row; 0.0 (持平) is none."""
    from build_tools.extract.figures import extract_figures
    from build_tools.extract.reporting import reporting_period
    from build_tools.model import Document, Metadata, Paragraph

    cells = [["项目", "环比", "同比", "1—8月同比"], ["一、食品", "-0.4", "2.2", "1.1"], ["二、衣着", "0.0", "0.7", "-0.6"]]
    paras = [Paragraph(id="p0", text="8月份，食品价格同比上涨2.2%。"),
             Paragraph(id="p1", text="2024年8月份栖川市居民消费价格分类别涨跌幅（%）", heading=2),
             Paragraph(id="p2", text="\n".join(" | ".join(r) for r in cells), role="table", cells=cells)]
    doc = Document(id="d", title=RELEASE["title"], date=RELEASE["date"], genre="statistics", paragraphs=paras)
    meta = Metadata(date=RELEASE["date"], region=RELEASE["region"])
    doc.reporting_period = reporting_period(doc, meta)
    found = extract_figures(doc, meta)
    assert len([f for f in found if f.value == 2.2]) == 1
    assert [(one(found, v).period, one(found, v).base_period, one(found, v).direction) for v in (0.4, 1.1, 0.6)] == [
        ("2024-08", "2024-07", "down"), ("2024-01/2024-08", "2023-01/2023-08", "up"),
        ("2024-01/2024-08", "2023-01/2023-08", "down")]
    assert not [f for f in found if f.value == 0]


def test_since_the_transition_period_is_since_2021():
    """过渡期以来 (the transition period after the poverty campaign, from 2021): said in January 2024 under a review
    of 2023, a cumulative amount over 2021-2023."""
    found = figs("一、2023年工作总结", "全年投入衔接资金1.2亿元，过渡期以来累计投入衔接资金4.3亿元。",
                 headings={0: 1}, **SUMMARY_AND_PLAN)
    assert (one(found, 1.2).period, one(found, 4.3).period) == ("2023", "2021/2023")


def test_the_total_after_newly_fostered_ones_is_all_of_them():
    """河口镇新培育市级示范合作社3家，总数达到11家: the 11 are all the cooperatives, not 11 fostered."""
    found = figs("河口镇新培育市级示范合作社3家，总数达到11家。", **SUMMARY_AND_PLAN)
    assert one(found, 11).metric == "市级示范合作社"
    assert "培育" in one(found, 3).metric


def test_a_growth_target_of_a_year_is_against_the_year_before():
    """今年…力争农村居民人均可支配收入增长8%以上 in a plan for 2024: a rise over 2023; an average annual rate is not."""
    found = figs("今年，力争农村居民人均可支配收入增长8%以上，粮食产量年均增长1.5%。", **SUMMARY_AND_PLAN)
    assert (one(found, 8).status, one(found, 8).period, one(found, 8).base_period) == ("target", "2024", "2023")
    assert one(found, 1.5).base_period != "2023"

"""Round 2 of the fourteenth held-out set (issue 11): comparisons with the previous school year, run-in level
paragraphs naming their figures, 由A上升为B, bases with their value inside; sentences invented for the rules,
expectations read by hand."""

from __future__ import annotations

from build_tools.extract.figures import extract_figures
from build_tools.extract.figures.headed import heading_topic
from build_tools.extract.reporting import reporting_period
from build_tools.model import Document, Figure, Metadata, Paragraph
from tests.test_figure_attributes import figs, one

SCHOOL = {"date": "2023-05-10", "region": "汀溪区", "title": "汀溪区2022—2023学年教育统计公报",
          "genre": "statistics"}


def _run_in(*parts: tuple[str, str]) -> list[Figure]:
    """Paragraphs as structure makes them of run-in headings: (heading, body) pairs, the heading its own paragraph."""
    paras: list[Paragraph] = []
    for head, body in parts:
        if head:
            paras.append(Paragraph(id=f"p{len(paras)}", text=head, heading=2, run_in=True, role="heading"))
        paras.append(Paragraph(id=f"p{len(paras)}", text=body))
    doc = Document(id="d", title=SCHOOL["title"], date=SCHOOL["date"], genre="statistics", paragraphs=paras)
    meta = Metadata(date=SCHOOL["date"], region=SCHOOL["region"])
    doc.reporting_period = reporting_period(doc, meta)
    return extract_figures(doc, meta)


def test_a_change_against_the_previous_school_year_keeps_the_metric_it_changes():
    found = figs("全区共有中学9所，比上学年增加1所；专任教师1830人，比上学年减少26人，下降1.4%。", **SCHOOL)
    change = one(found, 1, "所")
    assert (change.metric, change.comparison, change.direction) == ("中学", "比上学年", "up")
    assert change.base_period == "2021-09/2022-08"  # the school year before 2022—2023
    fall = one(found, 26)
    assert (fall.metric, fall.direction, fall.base_period) == ("专任教师", "down", "2021-09/2022-08")
    rate = one(found, 1.4)  # the rate of the change just before it: the same base
    assert (rate.metric, rate.direction, rate.base_period) == ("专任教师", "down", "2021-09/2022-08")
    # 比上年 in a calendar-year text is unchanged: the year before
    year = figs("全市共有幼儿园40所，比上年减少2所。", date="2024-03-01", title="栖川市2023年教育统计公报",
                genre="statistics")
    assert (one(year, 2).metric, one(year, 2).base_period) == ("幼儿园", "2022")


def test_the_heading_of_a_run_in_paragraph_names_its_bare_figures():
    found = _run_in(("（二）职业高中。", "全区职业高中招生2140人，在校生6035人；毕业生1870人。职业高中专任教师402人，"
                                     "生师比为15.01:1。"),
                    ("（三）成人教育。", "全区开展培训1.2万人次，在校生3100人。"))
    assert one(found, 6035).metric == "职业高中在校生"
    assert one(found, 1870).metric == "职业高中毕业生"
    assert one(found, 15.01).metric == "职业高中生师比"
    assert one(found, 2140).metric == "职业高中招生"  # (named with it already: unchanged)
    # a paragraph that never names a figure with its heading keeps its names: the heading is a theme there
    assert one(found, 3100).metric == "在校生"


def test_a_heading_topic_is_a_short_noun():
    assert heading_topic("（一）小学。") == "小学"
    assert heading_topic("2.特殊教育。") == "特殊教育"
    assert heading_topic("（一）加快推进义务教育优质均衡发展。") == ""
    assert heading_topic("（四）2023年情况。") == ""


CENSUS = {"date": "2021-06-08", "region": "岷阳市", "title": "岷阳市第七次全国人口普查主要数据公报",
          "genre": "statistics"}
CENSUS_LEAD = "根据国务院统一部署，我市以2020年11月1日零时为标准时点开展了第七次全国人口普查。"


def test_from_a_rose_to_b_with_wei_is_one_row_with_its_base():
    found = figs("全区孕产妇系统管理率由88.4%上升为93.1%，婴儿死亡率由4.2‰下降为3.6‰。", date="2024-03-01",
                 title="汀溪区2023年卫生健康统计公报", genre="statistics")
    rise = one(found, 93.1)
    assert (rise.base_value, rise.direction) == (88.4, "up")
    assert not [f for f in found if f.value in (88.4, 4.2)]  # the bases are no rows
    assert (one(found, 3.6).base_value, one(found, 3.6).direction) == (4.2, "down")
    # 为 without a change verb is no move: 由…组成 / 由A为B is not read as a change
    plain = figs("委员会由15人组成，其中专家为6人。", date="2024-03-01")
    assert one(plain, 6).base_value is None


def test_a_census_base_is_at_its_standard_time():
    found = figs(CENSUS_LEAD, "全市平均每个家庭户的人口为2.71人，比2010年第六次全国人口普查减少0.25人。", **CENSUS)
    assert one(found, 0.25).base_period == "2010-11-01"
    # in a text reporting a year, a base year stays a year
    year = figs("全市常住人口为210万人，比2010年第六次全国人口普查增加8万人。", date="2024-03-01",
                title="岷阳市2023年国民经济和社会发展统计公报", genre="statistics")
    assert one(year, 8).base_period == "2010"


def test_a_base_stating_its_value_gives_it_to_the_change():
    found = figs(CENSUS_LEAD, "全市常住人口为2450312人，与2010年第六次全国人口普查的2301876人相比，十年共增加148436人，"
                 "增长6.45%，年平均增长率为0.63%。", **CENSUS)
    assert not [f for f in found if f.value == 2301876]  # the base's level is no row of 2020
    change = one(found, 148436)
    assert (change.period, change.base_value, change.base_period, change.direction) == (
        "2020-11-01", 2301876, "2010-11-01", "up")
    assert (one(found, 6.45).period, one(found, 6.45).base_period) == ("2020-11-01", "2010-11-01")
    assert one(found, 0.63).period == "2010/2020"  # the yearly average over the decade between the censuses
    found = figs(CENSUS_LEAD, "全市平均每个家庭户的人口为2.71人，比2010年第六次全国人口普查的2.96人减少0.25人。",
                 **CENSUS)
    fall = one(found, 0.25)
    assert (fall.metric, fall.base_value, fall.direction) == ("平均每个家庭户的人口", 2.96, "down")
    assert not [f for f in found if f.value == 2.96]


def test_counts_and_years_from_a_to_b():
    found = figs("全区规模以上企业由412家增加到468家，劳动年龄人口平均受教育年限由10.8年提高至11.3年。",
                 date="2024-03-01", title="汀溪区2023年国民经济和社会发展统计公报", genre="statistics")
    firms = one(found, 468)
    assert (firms.metric, firms.base_value, firms.direction) == ("规模以上企业", 412, "up")
    years = one(found, 11.3)
    assert (years.unit, years.base_unit, years.base_value, years.direction) == ("年", "year", 10.8, "up")
    assert years.metric.endswith("平均受教育年限")
    assert not [f for f in found if f.value in (412, 10.8)]
    # a whole number of years stays no figure (a span of time, a date)
    assert not figs("用3年时间完成改造，连续5年保持增长。", date="2024-03-01")


def test_a_leading_comparison_is_the_base_of_the_joined_clauses_and_of_their_breakdown():
    found = figs(CENSUS_LEAD, "与2010年第六次全国人口普查相比，每10万人中拥有大学文化程度的由8120人上升为13204人；"
                 "拥有初中文化程度的由36140人下降为31877人。", **CENSUS)
    assert (one(found, 31877).base_period, one(found, 31877).direction) == ("2010-11-01", "down")
    found = figs(CENSUS_LEAD, "与2010年第六次全国人口普查相比，3个区人口增加，1个县人口减少。"
                 "其中，河东区人口增加最多，增加86502人；西岭县人口减少最多，减少12030人。", **CENSUS)
    east = one(found, 86502)
    assert (east.subject, east.direction, east.base_period) == ("河东区", "up", "2010-11-01")
    assert (one(found, 12030).subject, one(found, 12030).base_period) == ("西岭县", "2010-11-01")
    # a sentence after the 。 that closes the comparison's sentence, not a breakdown, is not compared
    found = figs("与上年相比，全市工业增加值增长5.1%。全市新增市场主体增加1200户。", date="2024-03-01",
                 title="栖川市2023年国民经济和社会发展统计公报", genre="statistics")
    assert one(found, 1200).base_period == ""


def test_a_sex_ratio_after_its_defining_aside_and_its_change():
    found = figs(CENSUS_LEAD, "出生人口性别比（以女婴为100，男婴对女婴的比例）为107.35，比2010年第六次全国人口普查下降2.40。",
                 **CENSUS)
    ratio = one(found, 107.35)
    assert (ratio.metric, ratio.unit, ratio.period) == ("出生人口性别比", "", "2020-11-01")
    change = one(found, 2.40)
    assert (change.metric, change.direction, change.base_period) == ("出生人口性别比", "down", "2010-11-01")
    assert not [f for f in found if f.value == 100]  # the definition's 100 is no figure
    # an aside without a comma qualifies the name and stays in it
    assert one(figs("全区在校生（含在园幼儿）52360人。", **SCHOOL), 52360).metric == "在校生（含在园幼儿）"


def test_a_superlative_then_its_change_named_again():
    found = figs("其中，东湖区就业人数增加最多，增加3120人。", date="2024-03-01", title="栖川市2023年统计公报",
                 genre="statistics")
    change = one(found, 3120)
    assert (change.subject, change.direction) == ("东湖区", "up")
    assert change.metric.endswith("就业人数")


def test_the_bounds_of_size_classes_are_no_figures():
    found = figs("全市9个县市区中，常住人口在30万人至60万人之间的有4个，少于30万人的县有2个。", date="2024-03-01",
                 title="栖川市2023年统计公报", genre="statistics")
    assert not [f for f in found if f.unit == "万人"]
    assert one(found, 4).metric == "常住人口在30万人至60万人之间"  # (the class names the count: the bounds stay in it)
    assert one(found, 2).metric == "少于30万人的县"
    # a sanction line stays a line (低于80%的市予以通报: not a bound of a class)
    assert [f for f in figs("对年度任务完成率低于80%的市予以通报。", date="2025-03-18", genre="notice") if f.value == 80]


def test_the_census_standard_time_is_on_the_timeline():
    from build_tools.extract.events import extract_events

    doc = Document(id="d", title=CENSUS["title"], date=CENSUS["date"], genre="statistics",
                   paragraphs=[Paragraph(id="p0", text=CENSUS_LEAD), Paragraph(id="p1", text="以2015年为基期计算，指数为108.2。")])
    meta = Metadata(date=CENSUS["date"], region=CENSUS["region"])
    doc.reporting_period = reporting_period(doc, meta)
    events = extract_events(doc, meta)
    assert [(e.date, e.kind) for e in events if "标准时点" in e.text] == [("2020-11-01", "event")]
    assert not [e for e in events if e.date.startswith("2015")]  # 以2015年为基期: what is used, no event


def test_the_first_n_of_a_ranking_together_are_no_subject():
    found = figs(CENSUS_LEAD, "其中，人口居前两位的区合计人口占全市人口比重为48.20%。", **CENSUS)
    share = one(found, 48.20)
    assert share.subject == ""
    assert share.metric.startswith("人口居前两位的区")
    assert not [f for f in found if f.value == 2]


def test_an_asset_value_at_a_year_end_is_a_stock():
    found = figs("截至2022年末，全区中小学校舍建筑面积达到64.2万平方米；教学仪器设备资产值1.35亿元。", **SCHOOL)
    assert one(found, 1.35).period == "2022-12"


def test_a_move_without_a_base_in_a_census_communique_is_since_the_census_it_compares_with():
    found = figs(CENSUS_LEAD, "与2010年第六次全国人口普查相比，城镇人口增加5.2万人。",
                 "全市15岁及以上人口的平均受教育年限由9.1年提高至9.9年。", **CENSUS)
    years = one(found, 9.9)
    assert (years.base_value, years.base_period, years.direction) == (9.1, "2010-11-01", "up")
    # a yearly communiqué naming no census: a move without a base keeps none
    found = figs("全市15岁及以上人口的平均受教育年限由10.1年提高至10.3年。", date="2024-03-01",
                 title="栖川市2023年国民经济和社会发展统计公报", genre="statistics")
    assert one(found, 10.3).base_period == ""


def test_a_bulletins_reference_date_for_its_stocks_is_no_event():
    from build_tools.extract.events import extract_events

    texts = ["截至2022年末，全区中小学校舍建筑面积达到64.2万平方米。", "截至2022年末，全区累计建成智慧教室320间。"]
    doc = Document(id="d", title=SCHOOL["title"], date=SCHOOL["date"], genre="statistics",
                   paragraphs=[Paragraph(id=f"p{i}", text=t) for i, t in enumerate(texts)])
    meta = Metadata(date=SCHOOL["date"], region=SCHOOL["region"])
    doc.reporting_period = reporting_period(doc, meta)
    events = extract_events(doc, meta)
    assert [e.text[:15] for e in events] == ["截至2022年末，全区累计建成"]  # (what was achieved by then stays)
    assert [e.date for e in events] == ["2022-12"]


def test_a_heading_counting_its_own_set_names_kinds_not_qualified_names():
    found = _run_in(("（三）卫生人员。", "全区卫生人员总数8650人，其中注册护士3120人，全科医生215人。"))
    assert one(found, 3120).metric == "注册护士"
    assert one(found, 215).metric == "全科医生"


def test_a_count_of_institutions_names_the_bare_names_of_its_sentence():
    found = figs("全区共有技工学校3所，招生1320人，在校生3985人；其中省级重点技工学校1所。", **SCHOOL)
    assert one(found, 1320).metric == "技工学校招生"
    assert one(found, 3985).metric == "技工学校在校生"
    # a part counted in the same unit is a kind of the whole, not its people
    assert one(found, 1, "所").metric.endswith("重点技工学校")
    # schools to be built own no places: 新增学位 stays as named
    plan = figs("2024年，全区将新建中小学4所，新增学位2400个。", **SCHOOL)
    assert one(plan, 2400).metric == "新增学位"


def test_the_value_reached_by_a_move_with_wei_is_a_level_not_a_change():
    found = figs(CENSUS_LEAD, "与2010年第六次全国人口普查相比，文盲率由3.12%下降为1.86%。", **CENSUS)
    reached = one(found, 1.86)
    assert (reached.kind, reached.base_value, reached.direction) == ("share", 3.12, "down")  # (not a fall of 1.86%)


def test_a_per_population_scope_carries_to_the_parallel_items():
    found = figs(CENSUS_LEAD, "与2010年第六次全国人口普查相比，每10万人中拥有大学文化程度的由8120人上升为13204人；"
                 "拥有高中文化程度的由12010人上升为13350人。", **CENSUS)
    assert one(found, 13204).metric == "每10万人中拥有大学文化程度"
    assert one(found, 13350).metric == "每10万人中拥有高中文化程度"
    # a list without the scope keeps its names
    found = figs("全市拥有博物馆12个；拥有图书馆15个。", date="2024-03-01")
    assert one(found, 15).metric == "拥有图书馆"


def test_an_age_band_names_the_population_after_it():
    found = figs(CENSUS_LEAD, "全市常住人口中，0—14岁人口为402110人，占15.20%；15—59岁人口为1650321人。", **CENSUS)
    assert one(found, 402110).metric == "0—14岁人口"
    assert one(found, 15.20).metric.startswith("0—14岁人口")
    assert one(found, 1650321).metric == "15—59岁人口"
    assert not [f for f in found if f.unit == "岁"]

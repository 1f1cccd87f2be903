"""Figure and timeline rules added after the ninth held-out measurement (issue 11/12: a county human resources and
social security statistical bulletin as plain text, a city culture and tourism bureau's news page on a holiday as
HTML); sentences invented for each rule, expectations read by hand."""

from __future__ import annotations

from build_tools.extract.figures import extract_figures
from build_tools.extract.reporting import reporting_period
from build_tools.model import Document, Figure, Metadata, Paragraph
from tests.event_docs import timeline
from tests.test_figure_attributes import one


def _news(title: str, date: str, *texts: str, region: str = "云溪市") -> tuple[Document, list[Figure]]:
    paras = [Paragraph(id=f"p{i}", text=t) for i, t in enumerate(texts)]
    doc = Document(id="d", title=title, date=date, genre="news", paragraphs=paras)
    meta = Metadata(date=date, region=region)
    doc.reporting_period = reporting_period(doc, meta)
    return doc, extract_figures(doc, meta)


def test_a_report_on_a_holiday_that_has_ended_dates_its_figures_by_the_holiday():
    """A news report on a holiday's results names the holiday once (title or opening) and then gives its figures
    without naming it again: they are the holiday's, not the day of publication's."""
    doc, found = _news("国庆假期我市旅游市场持续升温", "2024-10-09",
                       "记者从市文化和旅游局获悉，全市共接待游客236.5万人次，同比增长8.2%。",
                       "全市重点监测的20家旅游饭店平均客房入住率为68.4%。")
    assert doc.reporting_period == "2024-10-01/2024-10-07"
    assert one(found, 236.5).period == one(found, 8.2).period == one(found, 68.4).period == "2024-10-01/2024-10-07"
    doc, found = _news("我市文旅市场红火", "2024-05-06",
                       "“五一”假期5天，全市文旅市场安全有序。全市接待游客98.6万人次，实现旅游收入7.3亿元。")
    assert doc.reporting_period == "2024-05-01/2024-05-05"
    assert one(found, 7.3).period == "2024-05-01/2024-05-05"


def test_a_preview_of_a_holiday_still_to_come_keeps_the_publication_date():
    """Published before the holiday ends (a guide to its events), the holiday is not what the figures report."""
    doc, found = _news("2024年国庆假期文旅活动指南发布", "2024-09-26",
                       "今年国庆假期，全市将推出文旅活动120余场，目前已有85家景区发布优惠措施。")
    assert doc.reporting_period == "2024-09-26"
    assert one(found, 85).period == "2024-09"
    doc, _ = _news("国庆假期全市接待游客236.5万人次", "2024-10-09")  # the title alone is enough
    assert doc.reporting_period == "2024-10-01/2024-10-07"
    doc, _ = _news("我市召开旅游工作会议", "2024-10-20", "会议指出，今年以来全市旅游市场持续回暖，国庆假期接待游客再创新高。")
    assert doc.reporting_period == "2024-10-20"  # named late in the paragraph, not the report's topic


def test_the_days_of_the_lunar_new_year_are_not_the_beginning_of_the_year():
    """大年初三 is the third day of the Spring Festival, not 年初 (January): the day named beside it dates the figure,
    and the name keeps its words."""
    from build_tools.extract.dates import Anchor, find_dates

    assert [d.iso for d in find_dates("大年初三当天客流最高", Anchor(2024, 2, 20))] == []
    assert [d.iso for d in find_dates("年初全市新增企业320家", Anchor(2024, 6, 20))] == ["2024-01"]  # still 年初
    _, found = _news("春节假期我市旅游市场红火", "2024-02-19",
                     "全市共接待游客96.3万人次。其中，2月12日（大年初三）单日接待游客18.2万人次，创历史新高。")
    assert one(found, 18.2).period == "2024-02-12"
    assert one(found, 18.2).metric == "单日接待游客"  # the day's other name in brackets is no part of the name


def _communique(*texts: str) -> list[Figure]:
    paras = [Paragraph(id=f"p{i}", text=t) for i, t in enumerate(texts)]
    doc = Document(id="d", title="云溪县2023年度人力资源和社会保障事业发展统计公报", date="2024-05-10", genre="statistics",
                   paragraphs=paras)
    meta = Metadata(date="2024-05-10", region="云溪县")
    doc.reporting_period = reporting_period(doc, meta)
    return extract_figures(doc, meta)


def test_a_year_end_stock_opening_a_paragraph_does_not_date_the_years_flows_after_it():
    """年末… opening a paragraph with its figure dates that sentence (and its 其中), not the flows of the year told in
    the sentences after it."""
    found = _communique("年末全县就业人员31.2万人，比上年末增加0.3万人。其中，城镇就业人员14.6万人。全年城镇新增就业"
                        "4120人。城镇失业人员再就业1350人，就业困难人员实现就业420人。")
    assert one(found, 31.2).period == one(found, 14.6).period == "2023-12"
    assert one(found, 4120).period == one(found, 1350).period == one(found, 420).period == "2023"
    found = _communique("年末，全县城镇登记失业率为3.1%。城镇登记失业人员2860人。")  # a frame of its own clause
    assert one(found, 3.1).period == one(found, 2860).period == "2023-12"


def test_notes_under_a_zhushi_heading_give_no_figures():
    """注释： on a line of its own opens the numbered notes: a formula's ×100% and the denominator it names are no
    key figures (nor targets of the goals section before the notes)."""
    found = _communique("二、2024年主要目标", "全县计划实现城镇新增就业4000人以上。", "注释：",
                        "1.参保率＝参保人数/应参保人数×100%，应参保人数为41.2万人。")
    assert [f.value for f in found] == [4000]


def test_a_change_of_an_amount_against_a_base_has_a_direction():
    """比上年末提高12元: 提高 of an amount after a comparison is a change (up), not a rate verb of a count."""
    found = _communique("年末城乡居民月人均养老金为210元，比上年末提高15元。")
    assert (one(found, 15).direction, one(found, 15).kind) == ("up", "growth")
    assert one(found, 210).direction == ""
    found = _communique("全县加快建设7个科技创新平台。")  # 加快 with a count and no base: no change
    assert one(found, 7).direction == ""


def test_jiuye_and_congye_begin_a_word_not_an_adverb_or_a_preposition():
    """就业人员, 从业人员: 就 and 从 begin the word; the figure keeps its name and is found."""
    found = _communique("年末全县从业人员31.5万人，比上年末增加0.2万人。年末全县就业人员29.8万人。")
    assert one(found, 31.5).metric == "从业人员" and one(found, 0.2).metric == "从业人员"
    assert one(found, 29.8).metric == "就业人员"


def test_values_of_a_fenbie_list_with_their_own_verbs():
    """分别比上年增长A和下降B: two values, each with its own direction, for the two items in order."""
    found = _communique("全年工伤保险基金收入2400万元，基金支出2100万元，分别比上年增长3.1%和下降2.7%。")
    assert (one(found, 3.1).metric, one(found, 3.1).direction) == ("工伤保险基金收入", "up")
    assert (one(found, 2.7).metric, one(found, 2.7).direction) == ("工伤保险基金支出", "down")  # (the scheme's)
    found = _communique("全年粮食产量和油料产量分别下降1.2%和增长3.4%。")
    assert [(f.metric, f.direction) for f in found] == [("粮食产量", "down"), ("油料产量", "up")]


HOLIDAY = "国庆假期我市旅游市场持续升温"


def test_a_county_before_its_rural_tourism_and_a_scenic_area_named_after_a_town_are_subjects():
    """溪口县乡村旅游…，全县…: the county (乡村 is rural, no village); 白沙古镇景区: the scenic area, not the town."""
    _, found = _news(HOLIDAY, "2024-10-09", "溪口县乡村旅游持续升温，全县接待游客21.4万人次，实现旅游收入1.6亿元。"
                     "白沙古镇景区举办非遗展演，接待游客12.3万人次。")
    assert one(found, 21.4).subject == one(found, 1.6).subject == "溪口县"
    assert one(found, 12.3).subject == "白沙古镇景区"


def test_a_count_heading_the_phrase_of_the_figure_after_it_counts_up_to_the_verb():
    """全县36个乡村旅游重点村接待游客20.5万人次: 36 villages (乡村旅游重点村), and the visits they received."""
    _, found = _news(HOLIDAY, "2024-10-09", "全县36个乡村旅游重点村接待游客20.5万人次。全市14家国企营业总收入162.7亿元。")
    assert one(found, 36).metric == "乡村旅游重点村"
    assert one(found, 20.5).metric == "接待游客"
    assert (one(found, 14).metric, one(found, 162.7).metric) == ("国企", "营业总收入")  # no verb: as before


def test_vehicle_trips_and_visits_to_businesses_are_counts():
    _, found = _news(HOLIDAY, "2024-10-09", "全市高速公路小型客车流量达到95.3万辆次。执法人员检查各类经营单位412家次。")
    assert (one(found, 95.3).unit, one(found, 95.3).base_unit) == ("万辆次", "vehicle")
    assert (one(found, 412).unit, one(found, 412).base_unit) == ("家次", "entity")


def test_a_day_inside_a_later_clause_does_not_date_the_next_entity_after_a_semicolon():
    """…，10月3日单日接待游客2.1万人次；B景区接待游客5.6万人次: the day is A's record, B's figures are the holiday's."""
    _, found = _news(HOLIDAY, "2024-10-09", "其中，青峰山景区接待游客8.8万人次，10月3日单日接待游客2.1万人次；"
                     "白沙古镇景区接待游客5.6万人次。")
    assert one(found, 2.1).period == "2024-10-03"
    assert one(found, 8.8).period == one(found, 5.6).period == "2024-10-01/2024-10-07"
    _, found = _news("我市召开项目推进会", "2024-10-20", "10月18日，全市新开工项目12个；竣工项目5个。")
    assert one(found, 5).period == "2024-10-18"  # a day opening the sentence still lends itself


def _events(*texts: str, date: str, title: str, rp: str = "", genre: str = "") -> list[tuple[str, str]]:
    found = timeline(*texts, date=date, title=title, genre=genre, reporting=rp or "auto", region="云溪县")
    return [(e.date, e.kind) for e in found]


def test_the_day_a_change_takes_effect_is_an_event():
    """自2024年7月1日起，…由…提高到…: the change of that day (not a period to the year's end); from a year on
    something recurring (从2023年起，每年…) and 以来 stay periods."""
    title = "云溪县2024年度人力资源和社会保障事业发展统计公报"
    assert _events("自2024年7月1日起，全县最低工资标准由每月1750元提高到1850元。", date="2025-05-10", title=title,
                   genre="statistics") == [("2024-07-01", "event")]
    assert _events("从2023年起，全县每年安排就业补助资金500万元。", date="2025-05-10", title=title,
                   genre="statistics") == [("2023/2024-12-31", "period")]


def test_the_guidance_a_years_work_followed_is_no_dated_fact():
    """2024年，全县…系统坚持以…为指导，…: the frame of a bulletin's review, not a 2024 target."""
    assert _events("2024年，全县人力资源和社会保障系统坚持以习近平新时代中国特色社会主义思想为指导，扎实做好稳就业各项工作。",
                   date="2025-05-10", title="云溪县2024年度人力资源和社会保障事业发展统计公报", genre="statistics") == []


def test_this_years_statements_in_a_report_on_a_closed_holiday_are_no_tasks():
    """今年春节… in a report of February on the holiday just over tells what happened; in a plan of February the
    same words set a task."""
    assert _events("今年春节期间，全市非遗展演场次和参与人数均创近年新高。", date="2025-02-05",
                   title="春节假期我市文旅市场繁荣有序") == [("2025", "event")]
    assert _events("今年全市新增旅游厕所40座。", date="2025-02-05", title="我市召开文旅工作会议") == [("2025", "target")]


def test_method_words_and_lunar_days_are_no_part_of_a_metric():
    """按可比口径同比增长: the method, not the indicator (which the sentence named before); 大年初二至初五: the days,
    given with their dates; 完成年度目标的106.5%: the share of the year's target done."""
    _, found = _news(HOLIDAY, "2024-10-09", "全市共接待游客312.4万人次，按可比口径同比增长9.6%。")
    assert one(found, 9.6).metric == "接待游客"
    _, found = _news("春节假期我市旅游市场红火", "2024-02-19",
                     "全市民宿大年初一至初三（2月10日至2月12日）平均入住率超过80%。")
    assert (one(found, 80).metric, one(found, 80).period) == ("民宿平均入住率", "2024-02-10/2024-02-12")
    found = _communique("全年城镇新增就业4120人，完成年度目标的103.0%。")
    assert one(found, 103.0).metric == "城镇新增就业完成全年目标任务比例"


def test_the_size_of_a_monitoring_sample_is_no_key_figure():
    """全市纳入监测的30家A级旅游景区共接待游客…: 30 is how many areas the statistics watch; the visits are the figure
    and keep the areas in their name."""
    _, found = _news(HOLIDAY, "2024-10-09", "全市纳入监测的30家A级旅游景区共接待游客120.6万人次。"
                     "全市重点监测的15个商圈和步行街实现销售额6.2亿元。全县有A级旅游景区12家。")
    assert [f.value for f in found] == [120.6, 6.2, 12]  # (a count of the areas themselves stays)
    assert one(found, 120.6).metric == "A级旅游景区共接待游客"


def test_a_quoted_name_before_the_noun_counted_and_person_times_in_wan():
    """推出8条“国庆”精品旅游线路: the routes, the holiday's name with them; 观影人次85.2万: person-times, not the
    currency of the box office before it."""
    _, found = _news(HOLIDAY, "2024-10-09", "下一步，计划于11月底前推出8条“冬游”精品旅游线路。")
    assert (one(found, 8).metric, one(found, 8).status) == ("“冬游”精品旅游线路", "target")
    _, found = _news(HOLIDAY, "2024-10-09", "全市电影票房收入2160万元，观影人次46.3万。")
    assert one(found, 46.3).base_unit == "person-time"


def test_a_quoted_name_before_a_rate_is_the_rates():
    """328件“百日攻坚”办结率达到97.6%: the quoted campaign names the rate after it, not the count before it."""
    _, found = _news(HOLIDAY, "2024-10-09", "全市受理投诉328件，“百日攻坚”整改率达到97.6%。"
                     "全县包案化解256件“信访清零”化解率为91.3%。")
    assert one(found, 97.6).metric == "“百日攻坚”整改率"
    assert one(found, 91.3).metric == "“信访清零”化解率"


def test_a_ratio_of_vacancies_to_job_seekers_has_no_unit():
    """求人倍率为1.36 (job vacancies per job seeker): a ratio without a unit, and its change."""
    found = _communique("全县人力资源市场求人倍率为1.41，比上年提高0.05。")
    assert (one(found, 1.41).metric, one(found, 1.41).unit) == ("人力资源市场求人倍率", "")
    assert one(found, 0.05).direction == "up"


def test_the_people_paid_are_named_with_what_they_received():
    """为860名失业人员发放失业保险金…: 860 unemployed people who received the benefits, not every unemployed person."""
    found = _communique("全年为860名失业人员发放失业保险金952万元。全年向120家企业发放稳岗返还资金230万元。")
    assert one(found, 860).metric == "失业人员（发放失业保险金）"
    assert one(found, 120).metric == "企业（发放稳岗返还资金）"
    assert one(found, 952).metric == "发放失业保险金"  # the amount keeps its own name
    found = _communique("全年为300名群众办理业务。")  # no payment: as before
    assert one(found, 300).metric == "群众办理业务"


def test_a_year_characterized_dates_neither_the_figures_nor_the_timeline_after_it():
    """今年是…后的第一个春节，为应对客流高峰，…新增临时停车位…: the holiday's measures (the report's period), no 2024
    figures and no 2024 entry; 今年全市新增… still dates its own figures."""
    doc, found = _news("春节假期我市旅游市场红火", "2024-02-19", "服务保障持续优化。今年是春节法定假日调整后的第一个春节，"
                       "为应对客流高峰，全市新增临时停车位1800个。今年全市新增旅游厕所40座。")
    assert one(found, 1800).period == "2024-02-10/2024-02-17"
    assert one(found, 40).period == "2024"
    assert _events("服务保障持续优化。今年是春节法定假日调整后的第一个春节，为应对客流高峰，全市新增临时停车位1800个。",
                   date="2024-02-19", title="春节假期我市旅游市场红火") == []


def test_a_funds_later_accounts_are_of_the_scheme_named_first():
    """失业保险基金收入…，基金支出…；年末累计结存…: the expenses and the balance of the unemployment insurance fund."""
    found = _communique("全年失业保险基金收入2860万元，比上年增长3.1%；基金支出2410万元；年末累计结存5320万元。")
    assert one(found, 2410).metric == "失业保险基金支出"
    assert one(found, 5320).metric == "失业保险基金累计结存"
    found = _communique("全年产业引导基金收入20亿元，基金支出15亿元。")  # no insurance scheme: as written
    assert one(found, 15).metric == "基金支出"

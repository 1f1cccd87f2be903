"""Rules of Chinese government language prompted by the seeds' residual errors (issue 11), one test per rule.

Each test uses invented sentences of other cities, with the expected attributes read by hand; each failed on the
code before its rule.
"""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

# --- a speech's programme (我们要…) --------------------------------------------------------------------------------


def test_programme_paragraph_lists_targets_of_the_plan_period():
    """踏上“十四五”新征程，我们要…: the later 我们要 paragraphs list what is to be done over 2021-2025; their unmarked
    counts are targets of that span, 每年…以上 a yearly minimum over it."""
    found = figs("踏上“十四五”新征程，我们要全面贯彻新发展理念，奋力开创高质量发展新局面。",
                 "坚持产业强市。产业是发展的根基。我们要聚焦主导产业，着力培育新能源、精密制造等12条重点产业链，"
                 "对150家规模以上企业实行一企一策服务。全面开展“营商环境年”活动，明确18个方面36项重点任务。",
                 "坚持民生优先。我们要坚持以人民为中心，每年实施15件以上民生实事。",
                 date="2021-07", region="桐江市", genre="article")
    assert (one(found, 12).status, one(found, 12).period) == ("target", "2021/2025")
    assert (one(found, 150).status, one(found, 150).period) == ("target", "2021/2025")
    assert (one(found, 15).status, one(found, 15).period) == ("requirement", "2021/2025")


def test_we_must_see_is_no_programme():
    found = figs("与此同时，我们要清醒看到，全市仍有3个乡镇财政收入下降。", date="2021-07", region="桐江市",
                 genre="article")
    assert one(found, 3).status == "actual"


# --- works under way ---------------------------------------------------------------------------------------------


def test_sizes_of_works_under_way_are_planned_scopes_without_a_period():
    """30万平方米城市绿道、12公里滨河步道等工程扎实推进: sizes of works still being carried out are planned, and the
    text gives them no year; the level reached after them (森林覆盖率达到41.2%) stays an actual of the article's date."""
    found = figs("以创建国家园林城市为牵动，30万平方米城市绿道、12公里滨河步道、60个口袋公园等工程扎实推进，"
                 "森林覆盖率达到41.2%。", date="2020-05", region="桐江市")
    for value in (30, 12, 60):
        assert (one(found, value).status, one(found, value).period) == ("target", "")
    assert (one(found, 41.2).status, one(found, 41.2).period) == ("actual", "2020-05")


def test_works_already_done_are_no_scopes():
    found = figs("累计完成8公里滨河步道建设，二期工程正在建设。", date="2020-05", region="桐江市")
    assert one(found, 8).status == "actual"


# --- contributors ------------------------------------------------------------------------------------------------


def test_each_contributor_of_a_list_owns_its_amount_and_the_pool_is_nobodys():
    """A出资…，B出资…，C出资…，…已募集到位资金…: each clause's contributor (with a company suffix or not) owns its
    amount, two equal amounts are two figures, and the fund raised after the list has no single subject."""
    found = figs("青山钢铁集团出资3000万元，桐江商业银行出资2000万元，金鹿电缆出资2000万元，作为乡村振兴基金，"
                 "目前已募集到位资金1.2亿元。", date="2020-05", region="桐江市")
    assert [f.subject for f in found if f.value == 2000] == ["桐江商业银行", "金鹿电缆"]
    assert one(found, 3000).subject == "青山钢铁集团"
    assert one(found, 1.2).subject == ""


def test_public_money_and_shares_of_contribution_are_no_contributors():
    found = figs("居民出资比例原则上不低于改造总投资的5%。市财政出资800万元。", date="2024-05", region="桐江市")
    assert one(found, 5).subject == one(found, 800).subject == ""


def test_recurring_and_pledged_amounts_without_a_date_have_no_period():
    """每年各出资 recurs over years the text does not state; 出资 to a fund is a pledge of no stated date: neither is a
    stock at the article's date. A date of the sentence still dates them."""
    found = figs("青山钢铁集团、桐江商业银行每年各出资3000万元，金鹿电缆出资1500万元，设立产业引导基金。",
                 date="2020-05", region="桐江市")
    assert one(found, 3000).period == one(found, 1500).period == ""
    dated = figs("2019年，金鹿电缆出资1500万元设立产业引导基金。", date="2020-05", region="桐江市")
    assert one(dated, 1500).period == "2019"


# --- members of a set of peers -----------------------------------------------------------------------------------


def test_exceptions_and_singled_out_members_of_a_set_are_subjects():
    """除A、B…外，其他县区均…: A and B are counties of the city; 特别是C… after 其他县区 singles one out. Names
    without a 县/区 suffix are read by the construction, not by a list of places."""
    found = figs("全年预计完成投资286.3亿元，增长6.2%，其中除青岩、柳河预计增速超过12%外，其他县区均未完成目标，"
                 "特别是石门预计仅增长0.8%。", date="2023-10-31", region="桐江市", genre="speech")
    assert one(found, 12).subject == "青岩、柳河"
    assert one(found, 0.8).subject == "石门"
    assert one(found, 286.3).subject == one(found, 6.2).subject == ""


def test_singled_out_sector_without_a_set_of_peers_stays_the_regions():
    found = figs("全市工业经济稳中有进，特别是装备制造增长8.6%。", date="2023-10-31", region="桐江市", genre="speech")
    assert one(found, 8.6).subject == ""


# --- a project named by a clause of its own ----------------------------------------------------------------------


def test_clause_naming_a_project_is_the_topic_of_its_sentence():
    """在建的X 200兆瓦风电项目，是…，计划投资16亿元，建成后可实现年纳税2000万元: the project is the subject of the
    figures after it; its planned size has no period (the text dates none)."""
    found = figs("在建的金鹿能源200兆瓦风电项目，是全省单机容量最大的风电项目，计划投资16亿元，"
                 "建成后可实现年纳税2000万元。", date="2020-05", region="桐江市")
    for value in (16, 2000):
        assert one(found, value).subject == "金鹿能源200兆瓦风电项目"
    assert (one(found, 16).status, one(found, 16).period) == ("target", "")


def test_registered_company_after_a_noun_of_its_class_is_the_subject():
    """本地企业X市Y科技有限公司在…: the whole registered name, not the place name inside it."""
    found = figs("本地企业金鹿桐江市电子科技有限公司在3个乡镇建设了扶贫车间。", date="2020-05", region="桐江市")
    assert one(found, 3).subject == "金鹿桐江市电子科技有限公司"
    plain = figs("金鹿桐江市电子科技有限公司在4个乡镇建设了扶贫车间。", date="2020-05", region="桐江市")
    assert one(plain, 4).subject == "金鹿桐江市电子科技有限公司"


# --- ongoing changes are of now ----------------------------------------------------------------------------------


def test_ongoing_change_states_the_present():
    """今年1-6月，新引进项目128个，…12个特色产业集群不断壮大: the clusters are counted now, not as a flow of
    January-June; a sentence opening with an ongoing change (…改造稳步推进，普及率达75%) is of now, not of the span
    the sentence before reviewed."""
    found = figs("今年1月至6月，全市新引进项目128个，新材料、生物医药等12个特色产业集群不断壮大。",
                 "“十三五”期间，全县自来水普及率达91%。农村厕所改造稳步推进，普及率达75%以上。",
                 date="2021-08", region="桐江市")
    assert one(found, 128).period == "2021-01/2021-06"
    assert one(found, 12).period == "2021-08"
    assert one(found, 91).period == "2020"
    assert one(found, 75).period == "2021-08"


def test_date_of_an_earlier_event_does_not_date_what_follows_it():
    """2020年9月，…。这是继今年5月…项目开工之后，全市再次引进的3个亿元以上项目: May is the earlier event's; the three
    projects are of the paragraph's September (the figure inside the 继 clause keeps May)."""
    found = figs("2020年9月，桐江经济开发区两个新材料项目正式落地。这是继今年5月，青山集团投资8亿元的钢构项目开工之后，"
                 "全市再次引进的3个亿元以上项目。", date="2020-10", region="桐江市")
    assert one(found, 3).period == "2020-09"
    assert one(found, 8).period == "2020-05"


def test_now_word_inside_a_slogan_is_no_date():
    """立足“抓当前、谋长远”: 当前 is a word of the slogan; the year-to-date count of the speech stays the year's."""
    found = figs("我们立足“抓当前、谋长远”，梳理出42个重大项目，明确由市领导牵头包保。", date="2023-11-20",
                 region="桐江市", genre="speech")
    assert one(found, 42).period == "2023"
    now = figs("目前，全市共有42个重大项目。", date="2023-11-20", region="桐江市", genre="speech")
    assert one(now, 42).period == "2023-11"


def test_investment_size_of_projects_has_no_period():
    """大力推动60亿投资项目陆续落地: the size of the projects, of no year; a clause that dates it keeps its date."""
    found = figs("要全力做好国企重组后续工作，大力推动60亿投资项目陆续落地。", date="2023-11-20", region="桐江市",
                 genre="speech")
    assert one(found, 60).period == ""
    dated = figs("2022年，全市60亿元投资项目全部落地。", date="2023-11-20", region="桐江市", genre="speech")
    assert one(dated, 60).period == "2022"


# --- timeline ----------------------------------------------------------------------------------------------------


def test_date_used_as_a_means_is_no_timeline_entry():
    """以“十四五”开局拼出好开局, 以2020年为基期: the date is what is used, not when something happens; 可以 and 予以
    are no preposition."""
    from tests.test_events import events_of

    assert events_of("激励引导全市党员干部以“十四五”开局拼出好开局，以优异成绩庆祝建党100周年。",
                     "数据以2020年为基期计算。", date="2021-06-10") == []
    assert [e.date for e in events_of("本市2021年3月可以正式启用新机场。", date="2021-01-10")] == ["2021-03"]


def test_timeline_entry_ends_before_a_turn_to_a_condition():
    """…三季度低于全省1.2个百分点，只要我们持续努力，在年底实现赶超依然大有希望: the entry is the third quarter's fact;
    the hope after 只要 is no part of it and gives no entry of its own."""
    from tests.test_events import events_of

    events = events_of("全县规上工业增加值增速受多种因素影响，三季度低于全省、全市1.2和0.8个百分点，只要我们按照既定举措"
                       "持续努力，在年底实现赶超依然大有希望。", date="2023-10-31")
    assert [(e.date, e.kind) for e in events] == [("2023-07/2023-09", "period")]
    assert "只要" not in events[0].text


def test_scale_of_works_programme_has_no_period():
    """先后组织实施了12万公顷荒山造林工程: the scale of a works programme, of no year the text states; a date dates it."""
    found = figs("近年来，全市先后组织实施了沿河防护林工程、12万公顷荒山造林工程等一系列生态工程。", date="2019-09",
                 region="桐江市")
    assert (one(found, 12).period, one(found, 12).status) == ("", "actual")
    dated = figs("2018年，全市实施了12万公顷荒山造林工程。", date="2019-09", region="桐江市")
    assert one(dated, 12).period == "2018"


def test_span_of_the_poverty_campaign_ends_with_it():
    """从2016年开始…脱贫攻坚…, written in 2021: the campaign's span ends in 2020 (it ended then), not at the article's
    date; consolidating its results (巩固拓展脱贫攻坚成果) is after it."""
    found = figs("从2016年开始，全市落实国家脱贫攻坚政策，通过实施产业扶贫、教育扶贫等6项重点行动，如期实现脱贫目标。",
                 date="2021-06", region="桐江市")
    assert one(found, 6).period == "2016/2020"
    later = figs("2021年以来，全市巩固拓展脱贫攻坚成果，新建帮扶车间18个。", date="2022-06", region="桐江市")
    assert one(later, 18).period == "2021/2022-06"


def test_sector_shares_are_not_dated_by_an_earlier_month_end():
    """截至4月底，市场主体…。全市50%以上税收、60%以上地区生产总值…来自民营经济: the 56789 shares describe the economy
    as the article is written; the month-end dates the stock before them only."""
    found = figs("截至4月底，全市市场主体数量达到15.2万户。全市50%以上税收、60%以上地区生产总值以及80%以上城镇劳动力就业，"
                 "来自民营经济。", date="2021-06", region="桐江市")
    assert one(found, 15.2).period == "2021-04"
    assert [one(found, v).period for v in (50, 60, 80)] == ["2021-06"] * 3


def test_tasks_a_programme_sets_out_are_its_structure_not_figures():
    """明确了6个目标、12项重点举措和40项重点任务, 明确18个方面36项重点任务: counts of the programme's own parts; the
    tasks completed (完成改造任务1700个) stay figures."""
    found = figs("全市按照三年行动部署，明确了6个目标、12项重点举措和40项重点任务。",
                 "全面开展“营商环境年”活动，明确18个方面36项重点任务。", "全年完成老旧小区改造任务1700个。",
                 date="2023-10-31", region="桐江市", genre="speech")
    assert [f.value for f in found] == [1700]


# --- counting what the sentence counts ---------------------------------------------------------------------------


def test_range_with_its_unit_after_the_upper_bound_is_one_figure():
    """形成了3—5个…模式, 新增企业10～15家: the lower bound is the figure, the range its qualifier."""
    found = figs("全县每个乡镇都形成了3—5个产业扶贫模式，全年新增企业10～15家。", date="2019-08", region="桐江县")
    assert (one(found, 3).unit, one(found, 3).qualifier) == ("个", "至5个")
    assert (one(found, 10).unit, one(found, 10).qualifier) == ("家", "至15家")
    assert [f.value for f in found] == [3, 10]


def test_range_with_its_multiplier_at_one_or_both_bounds_is_one_figure_never_a_negative():
    """接待游客1200万-1300万人次, 1200-1300万人次, 投资3亿～5亿元: one figure whose unit has the multiplier and the counted
    noun, the upper bound its qualifier; the dash after 1200万 is no minus sign (was: 1200 "万" and -1300万人次)."""
    found = figs("预计全年接待游客1200万-1300万人次，旅游收入110-120亿元。", "计划总投资3亿～5亿元。",
                 date="2025-01-20", region="桐江市", genre="speech")
    assert [(f.value, f.unit, f.qualifier) for f in found] == [
        (1200, "万人次", "至1300万人次"), (110, "亿元", "至120亿元"), (3, "亿元", "至5亿元")]
    assert all(f.value > 0 for f in found)
    (f,) = figs("人口自然增长率为-1.5‰。", date="2025-01-20", region="桐江市")
    assert f.value == -1.5  # a negative after a verb stays negative


def test_noun_described_by_an_adjective_is_what_is_counted():
    """12个特色鲜明的产业扶贫模式, 5个规模较大的龙头企业: the metric is the noun after 的, not the noun of its
    description."""
    found = figs("全市形成了12个特色鲜明的产业扶贫模式，引进5个规模较大的龙头企业。", date="2019-08", region="桐江市")
    assert one(found, 12).metric.endswith("产业扶贫模式")
    assert one(found, 5).metric.endswith("龙头企业")


def test_each_of_the_regions_parts_is_no_subject():
    """桐江每个县区都形成了…: a distributive phrase of the region (每个县), no entity of its own."""
    found = figs("当前，桐江每个县区都形成了12个产业扶贫模式。", date="2019-08", region="桐江市")
    assert one(found, 12).subject == ""

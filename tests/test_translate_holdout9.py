"""English rules added after the ninth held-out measurement (issue 12: a county human resources and social security
statistical bulletin as plain text, a city culture and tourism bureau's news page on a holiday as HTML); names and rows
invented for the rule, the English written by hand (NBS yearbook and State Council wording where they exist)."""

from build_tools.translate.glossary import get_glossary
from build_tools.translate.metric_sources import unsourced
from build_tools.translate.metrics import metric_en


def test_the_accounts_of_a_social_insurance_fund() -> None:
    """X基金收入/支出/累计结存/当年结余 (NBS: "Revenue, Expenses and Balance of Social Insurance Fund")."""
    g = get_glossary()
    assert metric_en("工伤保险基金支出", g) == "expenses of the work-related injury insurance fund"
    assert metric_en("失业保险基金累计结余", g) == "accumulated balance of the unemployment insurance fund"
    assert metric_en("基本医疗保险基金收入", g) == "revenue of the basic medical insurance fund"
    assert metric_en("城镇职工基本养老保险基金当年结余", g) == (
        "balance of the fund of basic endowment insurance for urban workers for the year")
    assert metric_en("产业引导基金收入", g) is None  # no insurance scheme: nothing composed


def test_who_a_scheme_covers_and_what_it_pays() -> None:
    g = get_glossary()
    assert metric_en("农民工参加失业保险人数", g) == "rural migrant workers covered by unemployment insurance"
    assert metric_en("失业保险实际领取待遇人数", g) == "people receiving benefits of unemployment insurance"
    assert metric_en("商业保险实际领取待遇人数", g) is None  # not a scheme of the table: nothing composed
    assert metric_en("城乡居民基本养老保险月人均待遇水平", g) == (
        "average monthly benefit per person of basic endowment insurance for urban and rural residents")


def test_what_an_office_did_with_the_things_counted() -> None:
    """开发/举办/提供/出动/检查/受理 before a glossary noun (发放: the glossary's "~ issued"); 各类 and 开展 say
    nothing more."""
    g = get_glossary()
    assert metric_en("发放失业保险金", g) == "unemployment insurance benefits issued"
    assert metric_en("开发公益性岗位", g) == "public-service jobs created"
    assert metric_en("举办各类招聘活动", g) == "recruitment events held"
    assert metric_en("出动文化市场综合执法人员", g) == "cultural market law enforcement personnel deployed"
    assert metric_en("检查各类文旅经营单位", g) == "culture and tourism businesses inspected"
    assert metric_en("开展补贴性职业技能培训", g) == "subsidized vocational skills training"
    assert ("开发", "… created") in unsourced()


def test_names_of_a_human_resources_bulletin_and_a_holiday_report() -> None:
    g = get_glossary()
    assert metric_en("城镇登记失业人员", g) == "registered unemployed persons in urban areas"
    assert metric_en("城镇私营单位就业人员年平均工资", g) == "average annual wage of employed persons in urban private units"
    assert metric_en("技工院校", g) == "skilled workers schools"
    assert metric_en("入境游客", g) == "inbound visitor arrivals"
    assert metric_en("新增旅游厕所", g) == "new tourist toilets"
    assert metric_en("民宿平均入住率", g) == "average occupancy rate of homestays"


def test_a_departments_yearly_bulletin_on_its_field() -> None:
    """One frame for the sector bulletins of every department (holdout9 and holdout10, merged): the ministries'
    "Statistical Bulletin on <Sector> Development"."""
    from build_tools.translate.report_titles import report_title
    from build_tools.translate.titles import TitleRenderer

    renderer = TitleRenderer(get_glossary(), "2024")
    assert report_title(renderer, "云溪县2023年度人力资源和社会保障事业发展统计公报", "云溪县") == (
        "Statistical Bulletin on Human Resources and Social Security Development in Yunxi County, 2023")
    assert report_title(renderer, "2023年民政事业发展统计公报", "云溪市") == (
        "Statistical Bulletin on Civil Affairs Development in Yunxi, 2023")
    assert report_title(renderer, "2023年云溪市某某事业发展统计公报", "云溪市") is None  # a field with no English


def test_a_headline_on_a_market_over_a_holiday() -> None:
    from build_tools.translate.headlines import headline
    from build_tools.translate.titles import TitleRenderer

    renderer = TitleRenderer(get_glossary(), "2024")
    assert headline(renderer, "2024年国庆假期云溪市文化和旅游市场安全有序", "云溪市") == (
        "Yunxi's Culture and Tourism Market Runs Safely and in Good Order During the 2024 National Day Holiday")
    assert headline(renderer, "“五一”假期全市旅游市场持续升温", "云溪市") == (
        "Yunxi's Tourism Market Keeps Heating Up During the May Day Holiday")


def test_a_culture_bureaus_site_and_its_news_column() -> None:
    from build_tools.translate.source_names import source_en

    assert source_en("云溪市文化广电旅游局网站“文旅资讯”栏目（网页另存为）", get_glossary()) == (
        "Website of the Yunxi Municipal Culture, Radio, Television and Tourism Bureau, Culture and Tourism News "
        "section (saved web page)")


def test_headings_of_a_human_resources_bulletin() -> None:
    """Sections and run-in sub-heads (（一）城镇就业。) from glossary terms; two terms joined by 和 join in English."""
    from build_tools.translate.titles import TitleRenderer

    renderer = TitleRenderer(get_glossary(), "2024")
    expected = {"二、社会保险": "II. Social Insurance", "（一）城镇就业。": "(1) Urban Employment",
                "（三）工伤保险。": "(3) Work-Related Injury Insurance", "五、劳动关系": "V. Labor Relations",
                "四、人才队伍建设和劳动关系": "IV. Development of Talent and Labor Relations",
                "（二）就业扶持和职业技能培训": "(2) Employment Support and Vocational Skills Training"}
    for zh, english in expected.items():
        found = renderer.heading(zh)
        assert found is not None and found.text == english, zh
    assert renderer.heading("（四）某某和职业技能培训") is None  # one part without English: no heading


def test_who_acted_and_what_frames_a_count_are_left_to_the_sentence() -> None:
    """An office acting (…局联合…局发放…), the venues holding events (…场馆举办各类…活动), a series' quoted name, a
    market's 共 and the holiday's 假期 before a metric: the row names what was counted."""
    g = get_glossary()
    assert metric_en("县商务局会同县财政局发放文旅消费券", g) == "culture and tourism consumption vouchers issued"
    assert metric_en("全县公共文化场馆举办各类文化活动", g) == "cultural events held"
    assert metric_en("组织开展“欢乐过大年”主题活动", g) == "themed events held"
    assert metric_en("旅游市场共受理游客投诉", g) == "tourist complaints received"
    assert metric_en("假期实现销售额", g) == "sales"
    assert metric_en("某某共受理游客投诉", g) is None  # 共 after no known scope: not read


def test_scenic_areas_are_named_in_pinyin_or_after_their_town() -> None:
    from build_tools.translate.names import name_en

    assert name_en("青峰山景区") == "Qingfengshan Scenic Area"
    assert name_en("白沙古镇景区") == "Baisha Ancient Town Scenic Area"
    assert name_en("重点景区") is None and name_en("A级景区") is None  # kinds of scenic area, no names


def test_a_market_and_the_year_before_a_count() -> None:
    assert metric_en("市级人力资源市场全年登记求职人数", get_glossary()) == (
        "registered job seekers (city-level human resources market)")


def test_people_paid_read_with_what_they_received() -> None:
    assert metric_en("失业人员（发放失业保险金）", get_glossary()) == (
        "unemployed people (unemployment insurance benefits issued)")
    assert metric_en("劳动者（追讨工资）", get_glossary()) == "workers (wages recovered)"


def test_the_accounts_named_after_their_scheme() -> None:
    assert metric_en("失业保险基金累计结存", get_glossary()) == "accumulated balance of the unemployment insurance fund"


def test_a_quoted_name_that_is_no_glossary_term_is_left_out() -> None:
    from build_tools.translate.rows import metric_english

    g = get_glossary()
    found = metric_english("“国庆”精品旅游线路", g)
    assert found is not None and found.text == "premium tourist routes"
    found = metric_english("“一县一业”规上企业产值", g)  # a glossary name: read, in brackets
    assert found is not None and found.text == "output value of enterprises above designated size (one county, one industry)"

"""Metric shapes of Chinese government documents composed by rule (metrics.py) and the rows they make (rows.py).

Every expected English was written by hand from the Chinese (sentences written for these tests, in the style of
local work reports, implementation plans and environment bulletins), not copied from the code's output.
"""

import pytest

from build_tools.model import Figure
from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.rows import figure_row


@pytest.mark.parametrize(("zh", "en"), [
    # 县级财政每年安排城市更新专项资金不少于2000万元
    ("县级财政每年安排城市更新专项资金", "special funds for urban renewal from the county budget per year"),
    ("市财政每年安排生态环境保护专项资金", "special funds for environmental protection from the municipal budget per year"),
    ("区财政每年安排农村公路养护补助资金", "subsidies for the maintenance of rural roads from the district budget per year"),
    ("（三）省级财政每年安排乡村振兴资金", "funding for rural revitalization from the provincial budget per year"),
    ("项目建成后可新增年产值", "new annual output value on completion"),
    ("达产后可实现年产值", "annual output value at full capacity"),
    ("项目建成后可带动就业", "jobs created on completion"),
    ("养老机构床位", "beds in elderly care institutions"),
    ("新引进亿元以上项目", "newly introduced projects worth over CNY 100 million"),
    ("水质优良（Ⅰ～Ⅲ类）断面占地表水国控断面比例",
     "share of sections with good water quality (Grades I-III) in national surface water monitoring sections"),
    ("道路交通声环境昼间平均等效声级", "average daytime equivalent sound level of road traffic"),
    ("每个街道社区卫生服务中心", "community health service centers per subdistrict"),
    ("各行政村每年新增社区工作者", "new community workers per administrative village per year"),
    ("新入驻企业", "enterprises newly moved in"),
    ("二、年产能", "annual production capacity"),
    # indicators of local work reports and communiqués (official wording cited in metrics.py)
    ("技术合同成交额", "volume of contracted technology transactions"),  # GWR 2019/102
    ("每万人口发明专利拥有量", "in-force invention patents per 10,000 people"),  # after GWR 2018/123
    ("人均预期寿命", "average life expectancy"),  # GWR 2021/224
    ("全社会用电量", "total electricity consumption"),  # GWR 2014/21
    ("战略性新兴产业增加值", "value added of strategic emerging industries"),  # GWR 2022/361
    ("高新技术产业增加值", "value added of new- and high-tech industries"),  # GWR 2013/324
    ("规模以上服务业营业收入", "business revenue of services enterprises above designated size"),
    ("限额以上单位消费品零售额", "retail sales of consumer goods by units above designated size"),
    ("农林牧渔业总产值", "gross output value of agriculture, forestry, animal husbandry and fishery"),  # YB 12-3
    ("研发投入强度", "R&D spending as a percentage of GDP"),  # GWR 2013/120
    ("非税收入", "non-tax revenue"),  # GWR 2021/357
    ("新登记企业", "new businesses registered"),  # GWR 2017/35
    ("特困人员", "persons living in extreme poverty"),  # GWR 2016/595
    ("高新技术企业数量", "high-tech enterprises"),  # a count of what the name says
    ("城乡居民基本养老保险参保人数", "people covered by basic endowment insurance for urban and rural residents"),
    ("新增养老床位", "new elderly care beds"),
    ("（一）每年新增城市公园绿地面积", "new area of urban parks and green areas per year"),
    ("全县各级各类学校", "schools of all types and levels"),  # YB 21-5
    ("年末卫生机构", "health care institutions (year-end)"),
    ("每千常住人口执业（助理）医师", "licensed doctors and assistant doctors per 1,000 permanent residents"),
    ("万元地区生产总值能耗", "energy consumption per CNY 10,000 of GDP"),  # a list number left by the extraction is not the metric's
])
def test_metric_shapes(zh: str, en: str) -> None:
    assert metric_en(zh) == en


@pytest.mark.parametrize("zh", [
    "县财政每年安排乡村振兴衔接资金",  # 衔接资金 has no official rendering: left in Chinese
    "市财政每年安排某某专项资金",
    "项目建成后可改善人居环境",
    "十二五期间年产能",
    "每个行政村专职或兼职护路员",  # 护路员 has no rendering here
    "各街道",
    "价格指数",  # 指数 is an index, not a count  # not a list number: 十二五 is a plan period
])
def test_metric_shapes_left_in_chinese(zh: str) -> None:
    assert metric_en(zh) is None


def _row(**kw: object) -> str:
    fields = {"sentence": "s", "paragraph": "p1"}
    fields.update(kw)
    return figure_row(Figure(**fields), get_glossary(), Context()).text  # type: ignore[arg-type]


def test_sets_are_not_housing_units() -> None:
    # 年产300万套汽车线束: a production capacity in sets; 建成保障性住房1200套: housing units (GWR 2019/49)
    assert _row(metric="年产能", value=300, unit="万套") == "Annual production capacity: 3 million sets"
    assert _row(metric="保障性住房", value=1200, unit="套").endswith("1,200 housing units")


def test_ceilings_and_floors_of_requirements() -> None:
    # 创业担保贷款最高可申请30万元 / 补贴期限最长12个月 / 每村最少配备1名 (written for this test)
    assert _row(metric="创业担保贷款", value=30, unit="万元", qualifier="最高", status="requirement") == (
        "Guaranteed loans for startups: at most CNY 300,000 (requirement)")
    assert _row(metric="创业担保贷款", value=30, unit="万元", qualifier="最多", status="requirement") == (
        "Guaranteed loans for startups: at most CNY 300,000 (requirement)")
    assert _row(metric="社区工作者", value=1, unit="名", qualifier="最少", status="requirement").startswith(
        "Community workers: at least 1")


def test_sanction_lines_say_the_side_and_who_is_sanctioned() -> None:
    """The line of a sanction (extract: 对…低于80%的市予以通报 -> metric …通报线, a standing requirement) is read in
    its sentence: the bound's side (低于/不足 below, 超过 above) and who is sanctioned (sentences written for this test)."""
    s = "省住房城乡建设厅每季度开展一次调度，对年度任务完成率低于80%的市予以通报。"
    assert _row(metric="年度任务完成率通报线", value=80, unit="%", kind="share", sentence=s, text="80%",
                status="requirement") == (
        "Completion rate of annual tasks below which a city is publicly named: 80% (requirement)")
    s = "对空气质量优良天数比例不足70%的县（市、区）进行约谈。"
    assert _row(metric="空气质量优良天数比例约谈线", value=70, unit="%", kind="share", sentence=s, text="70%",
                status="requirement") == (
        "Share of days with good air quality below which a county, city or district is admonished: 70% (requirement)")
    s = "对细颗粒物平均浓度超过35微克/立方米的县区实行问责。"
    assert _row(metric="细颗粒物平均浓度问责线", value=35, unit="微克/立方米", kind="level", sentence=s,
                text="35微克/立方米", status="requirement").startswith(
        "Average concentration of PM2.5 above which a county or district is held accountable: 35")
    # who is sanctioned not in known words (单位): the threshold alone, true whatever the side
    s = "对年度任务完成率低于80%的单位予以通报。"
    assert _row(metric="年度任务完成率通报线", value=80, unit="%", kind="share", sentence=s, text="80%",
                status="requirement") == (
        "Threshold of the completion rate of annual tasks for public naming: 80% (requirement)")


def test_sanction_line_from_the_extracted_figure() -> None:
    """End to end: the holdout notice's sentence, extracted and rendered."""
    from tests.test_figure_attributes import figs, one

    found = figs("省住房城乡建设厅每季度开展一次调度，对年度任务完成率低于80%的市予以通报。", date="2025-03-18",
                 region="岱南省", title="岱南省住房和城乡建设厅关于进一步做好城镇老旧小区改造工作的通知", genre="notice")
    row = figure_row(one(found, 80), get_glossary(), Context())
    assert (row.text, row.status) == (
        "Completion rate of annual tasks below which a city is publicly named: 80% (requirement)", "derived")


@pytest.mark.parametrize(("zh", "en"), [
    # the state of projects before the set counted (全市开复工亿元以上项目86个, 开工在建5亿元以上项目23个)
    ("开复工亿元以上项目", "projects worth over CNY 100 million started or resumed"),
    ("开工在建5亿元以上项目", "projects worth over CNY 500 million under construction"),
    ("在建重点项目", "key projects under construction"),
    # a threshold before a state (500万元以上开复工项目1210个): the state is kept, not dropped
    ("500万元以上开复工项目", "projects worth over CNY 5 million started or resumed"),
    # the total investment in a set (48个重点项目总投资326亿元; 开工在建项目计划总投资…)
    ("重点项目总投资", "total investment in key projects"),
    ("开工在建项目计划总投资", "total investment in projects under construction"),
    ("省重点项目总投资", "total investment in provincial key projects"),
    # 纳入X的Y (全县纳入产业扶贫的贫困户3260户)
    ("纳入产业扶贫的贫困户", "poor households included in poverty reduction through the development of local industries"),
    # Y纳入X, the passive after what is counted (全市有6万贫困户被纳入产业扶贫链条, named by extract/figures/sets.py)
    ("贫困户纳入产业扶贫链条",
     "poor households included in the chain of poverty alleviation through industrial development"),
    # totals of Liaoning's "three major tasks" project sets and of a sized set of a term
    ("改造升级“老字号”项目总投资", 'total investment in projects to upgrade "old brand" industries'),
    ("亿元以上高质量项目总投资", "total investment in high-quality projects worth over CNY 100 million"),
])
def test_project_states_totals_and_inclusion(zh: str, en: str) -> None:
    from build_tools.translate.rows import metric_english

    found = metric_english(zh, get_glossary())
    assert found is not None and found.text == en


@pytest.mark.parametrize("zh", ["纳入统计的项目", "某某项目总投资", "开复工某某", "贫困户纳入某某"])
def test_project_states_left_in_chinese(zh: str) -> None:
    from build_tools.translate.rows import metric_english

    assert metric_english(zh, get_glossary()) is None


def test_rundown_areas_count_housing_units() -> None:
    # 棚户区改造开工1228套 (GWR 2019/49 套 housing units, as for 保障性住房)
    assert _row(metric="棚户区改造开工", value=1228, unit="套").endswith("1,228 housing units")


@pytest.mark.parametrize(("zh", "en"), [
    # 每百户居民拥有社区服务设施面积不低于30平方米 (a national indicator of community services)
    ("每百户居民拥有社区服务设施面积", "area of community service facilities per 100 households"),
    ("每百户社区服务设施面积", "area of community service facilities per 100 households"),
    # 到2025年，新建和改扩建社区综合服务设施120个
    ("新建和改扩建社区综合服务设施", "new, rebuilt or expanded comprehensive community service facilities"),
    # 建成一刻钟便民生活圈30个 (MOFCOM's English)
    ("建成一刻钟便民生活圈", "15-minute community service circles completed"),
    # a budget line without 每年 is a sum, not a yearly one (市级财政安排资金3000万元)
    ("市级财政安排资金", "funding from the municipal budget"),
    ("市级财政每年安排促进消费专项资金", "special funds for boosting consumer spending from the municipal budget per year"),
    ("县财政投入资金", "funding from the county budget"),
    # results of tourism and consumption news (餐饮企业营业额1.47亿元, 外地游客占比61.3%, 平均入住率超过95%)
    ("餐饮企业营业额", "turnover of catering enterprises"),
    ("外地游客占比", "share of tourists from outside the area"),
    ("平均入住率", "average occupancy rate"),
])
def test_community_consumption_and_budget_metrics(zh: str, en: str) -> None:
    from build_tools.translate.rows import metric_english

    found = metric_english(zh, get_glossary())
    assert found is not None and found.text == en


def test_trailing_ceiling_word_is_the_qualifier() -> None:
    # 缓缴期限最长不超过6个月 read as metric 缓缴期限最长 (written for this test): the ceiling is "at most"
    assert _row(metric="缓缴期限最长", value=6, unit="个月", status="requirement") == (
        "Deferral period: at most 6 months (requirement)")


def test_ceiling_said_twice_and_a_dangling_most() -> None:
    # 缓缴期限最长不超过6个月; 每人补贴最高不超过2000元 read as 每人补贴最 + 不超过 (written for this test)
    assert _row(metric="缓缴期限最长", value=6, unit="个月", qualifier="不超过", status="requirement") == (
        "Deferral period: at most 6 months (requirement)")
    assert _row(metric="每人补贴最", value=2000, unit="元", qualifier="不超过", status="requirement") == (
        "Subsidy per person: at most CNY 2,000 (requirement)")
    # 最 before a floor is not a ceiling: the metric is left as it is (and has no rendering)
    assert _row(metric="每人补贴最", value=2000, unit="元", qualifier="不低于").startswith("[not yet translated")


def test_subjects_that_name_no_entity() -> None:
    """Subjects the extraction read from a clause: the metric repeated, a verb's clause, or the metric's first words
    cut at 市 (sentences written for this test in the style of consumption plans and investment news)."""
    # 到2025年，培育市级特色商业街区10条，建成一刻钟便民生活圈30个
    assert _row(metric="培育市级特色商业街区", subject="培育市级特色商业街区", value=10, unit="条", period="2025",
                status="target") == "City-level distinctive commercial streets fostered: 10, 2025 (target)"
    assert _row(metric="建成一刻钟便民生活圈", subject="培育市级特色商业街区", value=30, unit="个", period="2025",
                status="target") == "15-minute community service circles completed: 30, 2025 (target)"
    # 一季度实际到位市外资金38.5亿元 (subject cut at 市)
    assert _row(metric="外资金", subject="实际到位市", value=38.5, unit="亿元", period="2024-01/2024-03") == (
        "Funds from outside the city actually received: CNY 3.85 billion, Q1 2024")
    # a real subject stays: a company's project and a district
    assert _row(metric="总投资", subject="鹤汀新能源电池材料项目", value=25, unit="亿元", status="target") == (
        "Heting New-Energy Battery Materials Project — total investment: CNY 2.5 billion (target)")
    assert _row(metric="投入资金", subject="城南区", value=1860, unit="万元", period="2021/2022-06") == (
        "Chengnan District — funds invested: CNY 18.6 million, 2021 to June 2022")
    # a place read as its own metric (北票增长0.2%): the place is kept, the metric stays marked
    assert _row(metric="北票", subject="北票", value=0.2, unit="%", kind="growth").startswith(
        "Beipiao — [not yet translated: 北票]")


@pytest.mark.parametrize(("zh", "en"), [
    ("建成城市“15分钟生活圈”", "15-minute community life circles completed"),  # quotation marks of a name dropped
    ("培育市级夜间经济集聚区", "city-level nighttime economy clusters fostered"),
    ("改造内容", "renovation items"),
])
def test_more_plan_metrics(zh: str, en: str) -> None:
    from build_tools.translate.rows import metric_english

    found = metric_english(zh, get_glossary())
    assert found is not None and found.text == en


def test_change_verbs_left_in_hong_kong_metrics() -> None:
    """Hong Kong releases put the change after the metric (按年实质下跌 'year on year in real terms'): sentences written
    for this test in the Census and Statistics Department's style."""
    q1 = {"unit": "%", "kind": "share", "period": "2023-01/2023-03"}
    # 本地生产总值在第一季按年实质上升2.7%
    assert _row(metric="本地生产总值在按年实质上升", value=2.7, **q1) == "GDP: +2.7% year on year in real terms, Q1 2023"
    # 私人消费开支按年实质下跌1.2%；第一季整体货物出口按年实质下跌3.1%
    assert _row(metric="私人消费开支按年实质下跌", value=1.2, **q1) == (
        "Private consumption expenditure: down 1.2% year on year in real terms, Q1 2023")
    assert _row(metric="第一季整体货物出口按年实质下跌", value=3.1, **q1) == (
        "Total exports of goods: down 3.1% year on year in real terms, Q1 2023")
    # 整体投资开支下跌8.7% (no comparison said: none written)
    assert _row(metric="整体投资开支下跌", value=8.7, **q1) == "Overall investment expenditure: down 8.7%, Q1 2023"
    # not a rate: a count with a verb at its end is left as it is
    assert _row(metric="私人消费开支下跌", value=12, unit="亿元").startswith("[not yet translated")


@pytest.mark.parametrize(("zh", "en"), [
    # 市财政每年安排养老服务发展专项资金3000万元 (the purpose <object>发展)
    ("市财政每年安排养老服务发展专项资金",
     "special funds for the development of elderly care services from the municipal budget per year"),
    # 每年培训养老护理员2000人次以上
    ("每年培训养老护理员", "elderly care workers trained per year"),
    # 福利彩票公益金用于养老服务的比例不低于55%
    ("福利彩票公益金用于养老服务的比例",
     "share of public welfare funds from the welfare lottery used for elderly care services"),
    # 2024年底前完成200户特殊困难老年人家庭适老化改造 (after GWR 2022/399)
    ("特殊困难老年人家庭适老化改造", "home renovations for the convenience of elderly people with special difficulties"),
])
def test_elderly_care_plan_metrics(zh: str, en: str) -> None:
    from build_tools.translate.rows import metric_english

    found = metric_english(zh, get_glossary())
    assert found is not None and found.text == en


def test_share_used_for_needs_both_parts() -> None:
    assert metric_en("某某资金用于养老服务的比例") is None


@pytest.mark.parametrize(("zh", "en"), [
    # 2024年培育年销售额超1000万元的直播电商企业20家
    ("培育年销售额超1000万元的直播电商企业",
     "livestreaming e-commerce enterprises with annual sales over CNY 10 million fostered"),
    ("年营业收入超亿元的直播电商企业", "livestreaming e-commerce enterprises with annual business revenue over CNY 100 million"),
])
def test_enterprises_above_a_size(zh: str, en: str) -> None:
    from build_tools.translate.rows import metric_english

    found = metric_english(zh, get_glossary())
    assert found is not None and found.text == en


@pytest.mark.parametrize(("zh", "en"), [
    # 一季度，乡村旅游重点村共接待游客18.7万人次 (共 "in all" says nothing of the metric)
    ("乡村旅游重点村共接待游客", "tourist visits (key villages for rural tourism)"),
    ("景区接待游客", "tourist visits to scenic areas"),
    # 重点监测的商贸企业实现销售额3.26亿元; 出动执法人员860人次
    ("重点监测的商贸企业实现销售额", "sales of key commercial enterprises under monitoring"),
    ("出动执法人员", "law enforcement personnel deployed"),
    # 举办线上线下招聘会不少于100场; 给予一次性吸纳就业补贴1000元
    ("举办线上线下招聘会", "online and offline job fairs held"),
    ("一次性吸纳就业补贴", "one-off subsidy for hiring"),
])
def test_tourism_commerce_and_employment_metrics(zh: str, en: str) -> None:
    from build_tools.translate.rows import metric_english

    found = metric_english(zh, get_glossary())
    assert found is not None and found.text == en


def test_second_label_of_a_timeline_list_is_lower_case_after_a_repaired_subject() -> None:
    """全年计划引进亿元以上项目60个，实际到位市外资金140亿元 (the second figure's subject cut at 市): in one sentence
    the second label is a common noun, in lower case."""
    from build_tools.translate.figure_lists import TIMELINE_LEADS, figure_list

    s = "全年计划引进亿元以上项目60个，实际到位市外资金140亿元。"
    figures = [Figure("亿元以上项目", 60, "个", s, "p1", period="2024", status="target", text="60个"),
               Figure("外资金", 140, "亿元", s, "p1", period="2024", status="target", subject="实际到位市",
                      text="140亿元")]
    text = figure_list(figures, get_glossary(), Context(), TIMELINE_LEADS)
    assert text is not None and "; funds from outside the city actually received: CNY 14 billion" in text


def test_subsidy_at_a_standard_rate_reads_its_unit_in_the_sentence() -> None:
    # 按每辆车3000元的标准给予一次性补贴 read as metric 标准给予一次性补贴 (written for this test)
    s = "对在本市购买新能源乘用车的个人消费者，按每辆车3000元的标准给予一次性补贴。"
    assert _row(metric="标准给予一次性补贴", value=3000, unit="元", sentence=s, text="3000元", status="target") == (
        "One-off subsidy per vehicle: CNY 3,000 (target)")
    s = "对购买节能家电的消费者，按每台500元标准给予补贴。"
    assert _row(metric="标准给予补贴", value=500, unit="元", sentence=s, text="500元") == "Subsidy per unit: CNY 500"
    # the unit not said before the figure: left as it is
    assert _row(metric="标准给予一次性补贴", value=3000, unit="元", sentence="按标准给予一次性补贴3000元。",
                text="3000元").startswith("[not yet translated")


@pytest.mark.parametrize(("zh", "en"), [
    # 按实际投资额的2%给予奖励; 按照销售价格的10%给予补贴 (the base a glossary term)
    ("按实际投资额给予奖励", "reward as a share of the actual investment"),
    ("按照销售价格给予补贴", "subsidy as a share of the sales price"),
    # 消费投诉按期办结率98%以上; 园区亩均税收增长10%以上; 茶产业综合产值18亿元
    ("消费投诉按期办结率", "share of consumer complaints resolved on time"),
    ("园区亩均税收", "tax revenue per mu (industrial parks)"),
    ("茶产业综合产值", "combined output value of the tea industry"),
])
def test_shares_paid_and_county_report_metrics(zh: str, en: str) -> None:
    from build_tools.translate.rows import metric_english

    found = metric_english(zh, get_glossary())
    assert found is not None and found.text == en


def test_share_paid_needs_a_known_base() -> None:
    from build_tools.translate.rows import metric_english

    assert metric_english("按每户给予补贴", get_glossary()) is None  # a rate per household, not a share


@pytest.mark.parametrize(("zh", "en"), [
    # 征集立法意见建议1342条，采纳218条 (the extractor names the act after its object)
    ("立法意见建议采纳", "suggestions on legislation adopted"),
    ("意见建议采纳", "suggestions adopted"),
    ("代表建议办理", "suggestions of deputies handled"),
])
def test_a_count_of_things_an_act_was_done_to(zh: str, en: str) -> None:
    assert metric_en(zh, get_glossary()) == en


@pytest.mark.parametrize("zh", ["采纳", "某某某采纳"])
def test_an_act_without_a_known_object_is_not_guessed(zh: str) -> None:
    assert metric_en(zh, get_glossary()) is None


@pytest.mark.parametrize(("zh", "en"), [
    ("降雨量超过100毫米的乡镇", "townships with rainfall over 100 mm"),
    ("超过100毫米的站", "stations with over 100 mm"),
    ("日降雨量超过50毫米的县", "counties with daily rainfall over 50 mm"),
])
def test_a_count_of_units_over_a_threshold(zh: str, en: str) -> None:
    assert metric_en(zh, get_glossary()) == en


def test_a_threshold_count_of_an_unknown_unit_is_not_guessed() -> None:
    assert metric_en("降雨量超过100毫米的某某", get_glossary()) is None

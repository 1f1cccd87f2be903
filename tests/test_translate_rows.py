"""English key-figure rows from the Figure fields status, subject, base value and period (translate/rows.py).

Expectations written by hand: the metric in NBS wording, then the amount, period and status in English.
"""

from build_tools.model import Figure
from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import figure_row

CTX = Context(province="Liaoning", city="Chaoyang")


def row(**kw: object) -> tuple[str, str]:
    fields = {"metric": "常住人口", "value": 123, "unit": "万人", "sentence": "s", "paragraph": "p1"}
    fields.update(kw)
    out = figure_row(Figure(**fields), get_glossary(), CTX)  # type: ignore[arg-type]
    return out.text, out.status


def test_population_year_end() -> None:
    assert row(metric="年末常住人口", period="2023") == ("Permanent resident population (year-end): 1.23 million, 2023",
                                                     "derived")


def test_forecast_and_target_status() -> None:
    assert row(metric="地区生产总值", value=1030, unit="亿元", period="2023", status="forecast") == (
        "GDP: CNY 103 billion, 2023 (estimate)", "derived")
    assert row(metric="粮食播种面积", value=32, unit="万亩", qualifier="以上", period="2022", status="target") == (
        "Sown area of grain: over 320,000 mu, 2022 (target)", "derived")
    assert row(metric="一般公共预算收入", value=5, unit="亿元", status="requirement", qualifier="不低于")[0] == (
        "General public budget revenue: at least CNY 500 million (requirement)")


def test_subject_first() -> None:
    assert row(metric="财政收入", value=1.2, unit="亿元", period="2023", subject="城关镇") == (
        "Chengguan Town — fiscal revenue: CNY 120 million, 2023", "derived")
    text, status = row(metric="财政收入", value=1.2, unit="亿元", subject="某某合作社")
    assert status == "missing" and text.startswith("[not yet translated: 某某合作社] — fiscal revenue: CNY 120 million")


def test_change_from_a_base_value() -> None:
    assert row(metric="贫困发生率", value=1.7, unit="%", base_value=6.9, base_period="2015-12", direction="down",
               period="2018") == ("Poverty headcount ratio: down from 6.9% (December 2015) to 1.7%, 2018", "derived")


def test_qualifier_of_a_change_from_a_base_is_the_new_value_s() -> None:
    # 森林覆盖率由2023年的40.2%提高到2026年的42%以上 (written for this test)
    assert row(metric="森林覆盖率", value=42, unit="%", base_value=40.2, base_period="2023", direction="up",
               period="2026", qualifier="以上", status="target") == (
        "Forest coverage: up from 40.2% (2023) to over 42%, 2026 (target)", "derived")


def test_statistical_metrics_by_grammar() -> None:
    assert row(metric="第一产业增加值", value=42.7, unit="亿元", period="2023") == (
        "Value added of the primary industry: CNY 4.27 billion, 2023", "derived")
    assert row(metric="城镇居民人均可支配收入", value=5.1, unit="%", kind="growth", period="2023",
               comparison="比上年") == (
        "Per capita disposable income of urban residents: +5.1% over the previous year, 2023", "derived")


def test_unrenderable_metric_keeps_english_number_period_and_direction() -> None:
    text, status = row(metric="带动种植户户均增收", value=2.5, unit="%", kind="growth", direction="down",
                       period="2022")
    assert status == "missing"
    assert text == "[not yet translated: 带动种植户户均增收]: down 2.5%, 2022"


def test_comparisons_of_share_month_quarter_and_year_start() -> None:
    assert row(metric="粮食产量", value=33.8, unit="%", kind="share", comparison="占全市", period="2024")[0] == (
        "Grain output: 33.8% of the city total, 2024")
    assert row(metric="城镇调查失业率", value=0.3, unit="个百分点", kind="growth", direction="down",
               comparison="比3月末", period="2024-06")[0] == (
        "Surveyed urban unemployment rate: down 0.3 percentage points compared with the end of March, June 2024")
    assert row(metric="地区生产总值", value=0.4, unit="个百分点", kind="growth", comparison="比一季度",
               period="2024-01/2024-06")[0] == "GDP growth: +0.4 percentage points compared with Q1, H1 2024"  # its rate
    assert row(metric="金融机构本外币各项存款余额", value=286.4, unit="亿元", comparison="比年初",
               period="2024-12")[0] == ("Outstanding RMB and foreign-currency deposits of financial institutions: "
                                       "CNY 28.64 billion compared with the start of the year, December 2024")


def test_rate_requirement_with_the_qualifier_left_in_the_metric() -> None:
    # 县道每公里每年养护资金不得低于10000元 (extractor left 不得低于 in the metric name)
    assert row(metric="县道每公里每年养护资金不得低于", value=10000, unit="元", status="requirement") == (
        "Maintenance funding for county roads per km per year: at least CNY 10,000 (requirement)", "derived")


def test_scope_subjects_name_the_country_or_province() -> None:
    assert row(metric="国内生产总值", value=5, unit="%", kind="growth", comparison="同比", subject="全国",
               period="2024-01/2024-06")[0] == "China — GDP: +5% year on year, H1 2024"
    assert row(metric="地区生产总值", value=5.3, unit="%", kind="growth", subject="全省", period="2024")[0] == (
        "Liaoning — GDP: +5.3%, 2024")


def test_subject_is_named_once() -> None:
    # 清河镇黄岭村村集体经济收入突破50万元: the village is the subject, not a qualifier of the metric as well
    assert row(metric="黄岭村村集体经济收入", value=50, unit="万元", qualifier="突破", period="2023",
               subject="清河镇黄岭村")[0] == (
        "Huangling Village, Qinghe Town — village collective income: over CNY 500,000, 2023")
    # 城关镇完成一般公共预算收入2.3亿元: 完成 only says the revenue was reached
    assert row(metric="完成一般公共预算收入", value=2.3, unit="亿元", period="2023", subject="城关镇")[0] == (
        "Chengguan Town — general public budget revenue: CNY 230 million, 2023")
    # 石梁县粮食产量 with another subject keeps its place: only the subject's own name is removed
    assert row(metric="粮食产量", value=48.3, unit="万吨", period="2023", subject="石梁县")[0] == (
        "Shiliang County — grain output: 483,000 tons, 2023")


def test_every_change_says_its_direction() -> None:
    # 粮食播种面积……比上年增加1.8万亩: an amount carries no sign, so the direction is a word
    assert row(metric="粮食播种面积", value=1.8, unit="万亩", kind="growth", direction="up", comparison="比上年",
               period="2023")[0] == "Sown area of grain: up 18,000 mu over the previous year, 2023"
    # 年末常住人口……比上年末减少1.2万人
    assert row(metric="常住人口", value=1.2, unit="万人", kind="growth", direction="down", comparison="比上年末",
               period="2023")[0] == (
        "Permanent resident population: down 12,000 compared with the end of the previous year, 2023")
    # 猪牛羊禽肉产量……比上年下降1.7%
    assert row(metric="猪牛羊禽肉产量", value=1.7, unit="%", kind="growth", direction="down", comparison="比上年",
               period="2023")[0] == "Output of pork, beef, mutton and poultry: down 1.7% over the previous year, 2023"
    # a rise of a rate keeps its sign: 增长5.8%
    assert row(metric="地区生产总值", value=5.8, unit="%", kind="growth", direction="up", period="2023",
               status="forecast")[0] == "GDP: +5.8%, 2023 (estimate)"
    # 单位地区生产总值能源消耗下降3%左右 (a target): never "growth of about 3%"
    assert row(metric="单位地区生产总值能源消耗", value=3, unit="%", kind="growth", direction="down", qualifier="左右",
               period="2024", status="target")[0] == (
        "Energy consumption per unit of GDP: a decrease of about 3%, 2024 (target)")


def test_change_of_a_growth_rate_is_about_the_rate() -> None:
    # 增速比一季度加快0.4个百分点: GDP growth rose 0.4 points, GDP did not
    assert row(metric="地区生产总值增速", value=0.4, unit="个百分点", kind="growth", direction="up",
               comparison="比一季度", period="2024-01/2024-06")[0] == (
        "GDP growth: +0.4 percentage points compared with Q1, H1 2024")
    # 地区生产总值增长5.8% (unit %): the growth of GDP itself
    assert row(metric="地区生产总值增速", value=5.8, unit="%", kind="growth", direction="up",
               period="2024-01/2024-06")[0] == "GDP: +5.8%, H1 2024"


def test_newly_started_or_signed_projects_over_a_threshold() -> None:
    # 新签约亿元以上项目27个 / 力争全年新开工亿元以上项目30个
    assert row(metric="新签约亿元以上项目", value=27, unit="个", kind="count", period="2023")[0] == (
        "Newly signed projects worth over CNY 100 million: 27, 2023")
    assert row(metric="新开工亿元以上项目", value=30, unit="个", kind="count", period="2024", status="target")[0] == (
        "Newly started projects worth over CNY 100 million: 30, 2024 (target)")


def test_households_counted_when_the_metric_does_not_say_so() -> None:
    # 惠及居民4860户: 4,860 households, not 4,860 people
    assert row(metric="惠及居民", value=4860, unit="户", kind="count", period="2023")[0] == (
        "Beneficiaries: 4,860 households, 2023")
    # 贫困户6万户: the metric already says households
    assert row(metric="贫困户", value=6, unit="万户", kind="count", period="2018-12")[0] == (
        "Poor households: 60,000, December 2018")


def test_change_of_a_growth_rate_of_a_long_metric() -> None:
    # 社会消费品零售总额增速高于全省1个百分点
    assert row(metric="社会消费品零售总额增速", value=1, unit="个百分点", kind="growth", comparison="高于全省",
               period="2023-01/2023-09")[0] == (
        "Growth of total retail sales of consumer goods: 1 percentage point above the provincial average, Q1-Q3 2023")


def test_change_in_points_of_an_amount_is_a_change_of_its_growth():
    """地区生产总值回落1.1个百分点: GDP cannot change by percentage points; its growth did. A rate keeps its name."""
    text, _ = row(metric="地区生产总值", value=1.1, unit="个百分点", kind="growth", direction="down",
                  comparison="比上半年", period="2024-01/2024-09", subject="梓岭市")
    assert "GDP growth" in text and "down 1.1 percentage points" in text
    rate, _ = row(metric="城镇化率", value=0.8, unit="个百分点", kind="growth", direction="up", period="2023")
    assert rate.startswith("Urbanization rate") and "growth" not in rate


def test_households_in_ten_thousands_are_households():
    """惠及居民6.8万户: 68,000 households (the measure word is what is counted), as for 4860户."""
    text, status = row(metric="惠及居民", value=6.8, unit="万户", period="2024/2026", status="target", is_target=True)
    assert "68,000 households" in text and status == "derived"


def test_energy_in_tons_of_standard_coal():
    """万元地区生产总值能耗由上年的0.46吨标准煤下降到0.43吨标准煤 (the unit as the 2010 work report writes it)."""
    text, status = row(metric="万元地区生产总值能耗", value=0.43, unit="吨标准煤", kind="level", direction="down",
                       base_value=0.46, base_period="2023", period="2024")
    assert "0.43 tons of standard coal equivalent" in text and status == "derived", text
    big, _ = row(metric="规模以上工业综合能源消费量", value=38.2, unit="万吨标准煤", period="2024")
    assert "382,000 tons of standard coal equivalent" in big, big


def test_households_counted_even_when_the_metric_is_not_rendered():
    """完成清洁取暖改造1.36万户: the metric may stay marked Chinese; the amount still says 13,600 households."""
    text, status = row(metric="完成某某改造", value=1.36, unit="万户", period="2024-12")
    assert "13,600 households" in text and status == "missing"
    power, _ = row(metric="补贴电量", value=6000, unit="千瓦时", qualifier="不超过")
    assert "at most 6,000 kWh" in power


def test_strict_bounds_say_below_and_less_than() -> None:
    # 对年度任务完成率低于80%的市予以通报 (the norm's bound is strict: 80% itself is not below it)
    assert row(metric="年度任务完成率", value=80, unit="%", kind="share", qualifier="低于", status="requirement") == (
        "Completion rate of annual tasks: below 80% (requirement)", "derived")
    # 城镇登记失业率低于4.5%
    assert row(metric="城镇登记失业率", value=4.5, unit="%", kind="share", qualifier="低于", period="2024",
               status="target") == ("Registered urban unemployment rate: below 4.5%, 2024 (target)", "derived")
    # 居民消费价格涨幅低于3%: a qualified rise, without "of"
    assert row(metric="居民消费价格", value=3, unit="%", kind="growth", qualifier="低于", period="2024",
               status="target")[0] == "CPI: a rise below 3%, 2024 (target)"
    # 2015年农村居民人均可支配收入不足5000元; 单位地区生产总值能耗不高于0.5吨标准煤
    assert row(metric="农村居民人均可支配收入", value=5000, unit="元", qualifier="不足", period="2015")[0] == (
        "Per capita disposable income of rural residents: less than CNY 5,000, 2015")
    assert row(metric="城镇登记失业率", value=5, unit="%", kind="share", qualifier="不高于", status="requirement")[0] == (
        "Registered urban unemployment rate: at most 5% (requirement)")


def test_ranges_share_the_unit_of_their_bounds() -> None:
    # 地区生产总值增长6%至6.5%; 一般公共预算收入1000万至2000万元; 形成产业扶贫模式2—3个 (written for this test)
    assert row(metric="地区生产总值", value=6, unit="%", kind="growth", qualifier="至6.5%", period="2019",
               status="target") == ("GDP: growth of 6-6.5%, 2019 (target)", "derived")
    assert row(metric="一般公共预算收入", value=1000, unit="万元", qualifier="至2000万元", period="2019")[0] == (
        "General public budget revenue: CNY 10-20 million, 2019")
    assert row(metric="项目", value=2, unit="个", qualifier="至3个", period="2019")[0] == "Projects: 2-3 projects, 2019"
    # an upper bound below the value is no range: left marked
    assert row(metric="项目", value=5, unit="个", qualifier="至3个")[1] == "missing"


def test_a_row_opening_with_a_quoted_name_is_capitalized_inside_the_quotes() -> None:
    assert row(metric="建成“无废工厂”", value=56, unit="家", period="2024") == (
        "“Zero-waste factories” built: 56, 2024", "derived")


def test_a_change_named_by_its_metric_is_not_said_twice() -> None:
    """净增缴存职工1.02万人: 'Net increase in ...: 10,200 people', not ': up 10,200 people'; a bare change keeps its
    direction word."""
    text = row(metric="缴存净增职工", value=1.02, unit="万人", kind="growth", direction="up", period="2024")[0]
    assert text == "Net increase in contributing employees: 10,200 people, 2024"
    assert row(metric="常住人口", value=1.02, unit="万人", kind="growth", direction="up", period="2024")[0] == (
        "Permanent resident population: up 10,200, 2024")


def test_a_science_park_is_named_as_the_work_reports_name_science_parks() -> None:
    """科技园区 'science parks' (GWR 2014/398): 城东科技园 -> 'the Chengdong Science Park'."""
    from build_tools.translate.names import name_en
    assert name_en("城东科技园") == "the Chengdong Science Park"
    assert name_en("城东科技园区") == "the Chengdong Science Park"


def test_a_government_services_center_is_named_after_its_place() -> None:
    from build_tools.translate.names import name_en
    assert name_en("栖川区政务服务中心") == "Qichuan District Government Services Center"


def test_a_rate_unit_says_what_it_is_per() -> None:
    from build_tools.translate.numbers import quantity
    g = get_glossary()
    assert quantity(2200, "元/亩", g) == "CNY 2,200 per mu"
    assert quantity(800, "元/户·月", g) == "CNY 800 per household per month"
    assert quantity(1.2, "万元/公里·年", g) == "CNY 12,000 per km per year"
    assert quantity(5, "元/个", g) is None  # (a measure word with no English: no rate guessed)


def test_a_growth_rate_stated_as_a_level_says_it_is_growth() -> None:
    """预计上半年地区生产总值增速将保持在6%左右: the row's name drops 增速, so the value says 'growth of'."""
    assert row(metric="地区生产总值增速", value=6, unit="%", kind="share", qualifier="左右", period="2030-01/2030-06",
               status="forecast")[0] == "GDP: growth of about 6%, H1 2030 (estimate)"
    assert row(metric="规模以上工业增加值增速", value=-1.5, unit="%", kind="share", period="2030")[0] == (
        "Value added of industrial enterprises above designated size: down 1.5%, 2030")


def test_a_named_rate_of_growth_keeps_its_sign() -> None:
    """人口自然增长率为-3.28‰: the label names the rate, so its level is stated with its sign, as NBS communiqués
    write it ("The natural growth rate was -1.48 per thousand"), not as a fall of the rate."""
    text, _ = row(metric="人口自然增长率", value=-3.28, unit="‰", kind="growth", direction="down", period="2025",
                  normalized=-3.28)
    assert text == "Natural growth rate of population: -3.28 per thousand, 2025"
    # a change of the rate against a base still says its direction
    text, _ = row(metric="人口自然增长率", value=0.4, unit="个千分点", kind="growth", direction="down",
                  period="2025", comparison="比上年")
    assert "down 0.4" in text


def test_permanent_rural_residents() -> None:
    assert row(metric="乡村常住人口", value=139.55, unit="万人", period="2025-12")[0].startswith(
        "Permanent rural residents: 1,395,500, ")


def test_tenths_are_said_as_percent() -> None:
    """较常年同期偏多3成 (held-out set 50): 3 tenths more than the normal is "30%"; a range 1～2成 "10-20%"."""
    text, status = row(metric="降雨量", value=3, unit="成", kind="growth", direction="up", comparison="较常年同期",
                       period="2024")
    assert "30%" in text and "成" not in text and status == "derived"
    text, _ = row(metric="降雨量", value=1, unit="成", qualifier="至2成", kind="growth", direction="up",
                  comparison="较常年同期", period="2024")
    assert "10-20%" in text and "成" not in text


def test_births_and_deaths_are_people_counted() -> None:
    """出生人口2.31万人, 死亡人口3.58万人: the labels name people, so the numbers stand alone, alike."""
    assert row(metric="出生人口", value=2.31, unit="万人", period="2025")[0] == "Births: 23,100, 2025"
    assert row(metric="死亡人口", value=3.58, unit="万人", period="2025")[0] == "Deaths: 35,800, 2025"


def test_a_change_by_a_fraction_is_said_as_a_percentage() -> None:
    """外贸进出口总额下降三分之一 (the extraction keeps 1/3 as the ratio 0.333333): "down 33.3%", never "down 0.333333"."""
    text, status = row(metric="外贸进出口总额", value=0.333333, unit="", base_unit="ratio", kind="growth",
                       direction="down", period="2024")
    assert (text, status) == ("Total value of imports and exports: down 33.3%, 2024", "derived")

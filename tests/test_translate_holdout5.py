"""English rules added after the fifth held-out measurement (issue 12: a plan report in DOCX, a statistics bureau's
quarterly release on a web page); rows and sentences invented for the rule, the English written by hand (NBS and
State Council wording)."""

from build_tools.model import Figure
from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import figure_row

CTX = Context(province="Yunling", city="Yunling")


def row(**kw: object) -> str:
    fields = {"metric": "地区生产总值", "value": 1, "unit": "%", "sentence": "s", "paragraph": "p1", "kind": "growth"}
    fields.update(kw)
    return figure_row(Figure(**fields), get_glossary(), CTX).text  # type: ignore[arg-type]


def test_a_narrowed_decline_is_not_a_fall() -> None:
    """降幅比一季度收窄1.3个百分点: the decline narrowed; 'down 1.3 points' would say the indicator fell further."""
    assert row(metric="工业用电量降幅", value=1.3, unit="个百分点", direction="down", comparison="比一季度",
               period="2024-01/2024-06") == (
        "Decline in industrial power consumption: narrowed by 1.3 percentage points compared with Q1, H1 2024")
    assert row(metric="房地产开发投资降幅", value=0.7, unit="个百分点", direction="up", comparison="比1—4月",
               period="2024-01/2024-05").startswith("Decline in investment in real estate development: widened by 0.7 "
                                                    "percentage points")


def test_month_on_month_of_a_month_and_real_and_comparable_growth() -> None:
    assert row(metric="居民消费价格", value=0.4, direction="up", comparison="环比", period="2024-05") == (
        "CPI: +0.4% month on month, May 2024")
    assert row(metric="全体居民人均可支配收入", value=4.6, direction="up", comparison="扣除价格因素实际",
               period="2023") == "Per capita disposable income: +4.6% in real terms, 2023"
    assert row(metric="一般公共预算收入", value=3.1, direction="up", comparison="同口径", period="2023") == (
        "General public budget revenue: +3.1% on a comparable basis, 2023")
    assert row(metric="规模以上工业增加值", value=5.2, direction="up", comparison="两年平均",
               period="2021-01/2021-06").startswith(
        "Value added of industrial enterprises above designated size: +5.2% a year on average over two years")


def test_a_gap_against_the_years_target_is_unsigned() -> None:
    """高于年度预期目标0.2个百分点 (of a growth rate): 'GDP growth: 0.2 percentage points above the year's target'."""
    assert row(value=0.2, unit="个百分点", direction="up", comparison="高于年度预期目标", period="2023",
               status="forecast") == "GDP growth: 0.2 percentage points above the year's target, 2023 (estimate)"
    assert row(metric="固定资产投资", value=2.9, unit="个百分点", direction="down", comparison="低于年度目标",
               period="2023") == "Growth of fixed-asset investment: 2.9 percentage points below the year's target, 2023"


def test_metric_names_of_releases_and_plan_reports() -> None:
    """Retail sales by category of goods of units above designated size (NBS category names), a kind of enterprise,
    the count named with 总数, projects arranged (安排) for the year, the share of the year's plan completed."""
    from build_tools.translate.metrics import metric_en

    g = get_glossary()
    assert metric_en("限额以上单位通讯器材类零售额", g) == (
        "retail sales of communication appliances by units above designated size")
    assert metric_en("限额以上单位金银珠宝类零售额", g) == "retail sales of gold, silver and jewelry by units above designated size"
    assert metric_en("外商及港澳台投资企业增加值", g) == (
        "value added of enterprises funded by foreign investors and investors from Hong Kong, Macao and Taiwan")
    assert metric_en("专精特新企业总数", g) == metric_en("专精特新企业", g)
    assert metric_en("安排省级重点项目", g) == "provincial key projects planned"
    assert row(metric="全年计划", value=103.5, unit="%", kind="share", period="2023") == (
        "Share of the annual plan completed: 103.5%, 2023")


def heading(zh: str, year: str = "2024") -> str | None:
    from build_tools.translate.titles import TitleRenderer

    out = TitleRenderer(get_glossary(), year).heading(zh)
    return out.text if out else None


def test_headings_of_a_plan_report() -> None:
    """The parts of a development and reform commission's report (after the NDRC's English report to the NPC, as
    the report's title says them), its annex table, and review headings <noun><progress>."""
    assert heading("一、2023年国民经济和社会发展计划执行情况") == (
        "I. Implementation of the 2023 Plan for National Economic and Social Development")
    assert heading("二、2024年国民经济和社会发展计划草案的主要任务") == (
        "II. Main Tasks of the 2024 Plan for National Economic and Social Development")
    assert heading("附表：云岭市2023年主要指标完成情况和2024年预期目标") == (
        "Attached Table: Results of the Main Indicators in 2023 and Targets for 2024")
    assert heading("（二）重大项目加快推进") == "(2) Major Projects Progressed Faster"
    assert heading("（三）产业转型步伐加快") == "(3) Industrial Transformation Gathered Pace"
    assert heading("（五）推动产业升级。") == "(5) Promoting Industrial Upgrading"


def test_headings_of_a_statistics_release() -> None:
    assert heading("一、农业生产形势良好") == "I. Agricultural Production Performed Well"
    assert heading("三、市场销售平稳增长") == "III. Market Sales Grew Steadily"
    assert heading("六、对外贸易和金融运行总体平稳") == "VI. Foreign Trade and Finance Remained Generally Stable"
    assert heading("九、主要城市经济运行情况") == "IX. Economic Performance of the Main Cities"


def test_facilities_completed_and_a_press_conference_held() -> None:
    """An expressway named by the places it joins (X至Y高速公路 'the X-Y Expressway'), a park of a trade, a clause
    going on after the completion (…建成通车，全市高速公路通车里程达到…: said only as far as it is read), a deadline
    after the facility (确保X6月底前建成投用), and a government's information office holding a press conference."""
    from build_tools.model import Event
    from build_tools.translate.facilities import completed_clause
    from build_tools.translate.timeline import held_clause

    g = get_glossary()
    assert completed_clause("岚山至云岭高速公路于2023年11月建成通车，全省高速公路通车里程突破8000公里。",
                            "November 2023", False, g) == (
        "The Lanshan-Yunling Expressway was completed and opened to traffic in November 2023.")
    assert completed_clause("云岭动力电池产业园二期于8月投产。", "August 2023", False, g) == (
        "Phase II of the Yunling Power Battery Industrial Park went into production in August 2023.")
    assert completed_clause("确保云岭东站综合交通枢纽9月底前建成投用。", "September 2024", True, g) == (
        "The Yunling East Railway Station Integrated Transportation Hub is to be completed and put into use by the end "
        "of September 2024.")
    held = Event(date="2024-07-18", text="7月18日，岚山省人民政府新闻办公室举行新闻发布会，介绍上半年经济运行情况。",
                 paragraph="p1")
    assert held_clause(held, g) == (
        "On 18 July 2024, the Information Office of the Lanshan Provincial People's Government held a press conference.")


def test_month_on_month_inside_a_timeline_list_that_says_the_month_once() -> None:
    from build_tools.translate.figure_lists import TIMELINE_LEADS, figure_list

    figs = [Figure(metric="居民消费价格", value=0.3, unit="%", sentence="s", paragraph="p1", kind="growth",
                   direction="up", comparison="同比", period="2024-05"),
            Figure(metric="居民消费价格", value=0.1, unit="%", sentence="s", paragraph="p1", kind="growth",
                   direction="down", comparison="环比", period="2024-05")]
    assert figure_list(figs, get_glossary(), CTX, TIMELINE_LEADS) == (
        "Figures for May 2024 — CPI: +0.3% year on year, down 0.1% month on month.")


def test_headings_of_a_budget_report() -> None:
    """The parts of a county budget report (after the Ministry of Finance's English report to the NPC)."""
    assert heading("一、2024年预算执行情况") == "I. Implementation of the Budget for 2024"
    assert heading("（一）一般公共预算执行情况") == "(1) Implementation of the General Public Budget"
    assert heading("（二）政府性基金预算执行情况") == "(2) Implementation of the Budget for Government-Managed Funds"
    assert heading("（三）政府债务情况") == "(3) Government Debt"
    assert heading("二、2025年预算草案") == "II. Draft Budget for 2025"
    assert heading("三、做好2025年财政工作的主要措施") == "III. Main Measures for Fiscal Work in 2025"


def test_common_headings_of_speeches_and_notices() -> None:
    """Standard parts of an economic work conference speech and of notices (project renderings, GWR wording)."""
    assert heading("二、清醒认识面临的困难和问题") == "II. Being Keenly Aware of the Difficulties and Problems We Face"
    assert heading("（二）强化督导评估。") == "(2) Strengthening Supervision and Evaluation"
    assert heading("（一）设备购置补贴。") == "(1) Subsidies for Equipment Purchases"

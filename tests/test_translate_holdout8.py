"""English rules added after the eighth held-out measurement (issue 12: a statistics bureau's monthly table of main
indicators in PDF, a city government press conference transcript in HTML); titles, names and rows invented for the
rule, the English written by hand (NBS and State Council wording)."""

from build_tools.model import Figure
from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.report_titles import report_title
from build_tools.translate.rows import figure_row
from build_tools.translate.source_names import source_en
from build_tools.translate.titles import TitleRenderer

CTX = Context(province="Yunxi", city="Yunxi")


def test_a_monthly_table_of_main_economic_indicators_and_its_analysis_heading() -> None:
    renderer = TitleRenderer(get_glossary(), "2024")
    assert report_title(renderer, "2024年1-5月全市主要经济指标", "云溪市") == (
        "Main Economic Indicators of Yunxi, January-May 2024")
    assert report_title(renderer, "云溪市2024年上半年主要经济指标", "") == (
        "Main Economic Indicators of Yunxi, the First Half of 2024")
    heading = renderer.heading("1-5月全市经济运行简析")
    assert heading is not None and heading.text == "Economic Performance in January-May"


def test_a_press_conference_of_a_series_on_a_topic() -> None:
    renderer = TitleRenderer(get_glossary(), "2024")
    assert report_title(renderer, "云溪市“奋进新征程”系列新闻发布会（项目建设专场）", "云溪市") == (
        "Yunxi Press Conference Series: Project Construction")
    assert report_title(renderer, "云溪市优化营商环境新闻发布会", "云溪市") == (
        "Yunxi Press Conference: Improving the Business Environment")
    assert report_title(renderer, "云溪市新闻发布会", "云溪市") is None  # no topic: nothing to name it by
    assert source_en("云溪市人民政府网站“新闻发布会”栏目（网页另存为）", get_glossary()) == (
        "Website of the Yunxi Municipal People's Government, Press Conferences section (saved web page)")


def test_names_of_project_and_funding_figures_of_a_press_conference() -> None:
    g = get_glossary()
    assert metric_en("超长期特别国债资金", g) == "funds from ultra-long special treasury bonds"
    assert metric_en("地方政府专项债券额度", g) == "quota of special-purpose bonds for local governments"
    assert metric_en("竣工投产项目", g) == "projects completed and put into operation"
    assert metric_en("电子信息产业增加值", g) == "value added of the electronic information industry"


def test_vehicles_counted_with_liang_are_a_number_without_a_unit_word() -> None:
    row = figure_row(Figure(metric="新能源汽车产量", value=2.6, unit="万辆", sentence="s", paragraph="p1", kind="level",
                            base_unit="vehicle", period="2024-01/2024-05"), get_glossary(), CTX).text
    assert "26,000" in row and "万辆" not in row

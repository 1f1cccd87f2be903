"""English rules added after the eleventh held-out measurement (issue 12: a county government's annual report on
government information disclosure in HTML, a city air quality ranking notice in PDF); titles, names and rows invented
for the rule, the English written by hand (State Council wording where it has the term; project renderings listed in
translations/README.md)."""

from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.report_titles import report_title
from build_tools.translate.source_names import source_en
from build_tools.translate.titles import TitleRenderer


def test_a_governments_annual_report_on_information_disclosure() -> None:
    renderer = TitleRenderer(get_glossary(), "2024")
    assert report_title(renderer, "云溪县人民政府2023年政府信息公开工作年度报告", "") == (
        "Annual Report on Government Information Disclosure of the Yunxi County People's Government (2023)")
    assert source_en("云溪县人民政府网站“政府信息公开年报”栏目（PDF 附件）", get_glossary()) == (
        "Website of the Yunxi County People's Government, Annual Reports on Government Information Disclosure "
        "section (PDF attachment)")


def test_a_notice_of_a_ranking_of_the_counties() -> None:
    renderer = TitleRenderer(get_glossary(), "2024")
    title = renderer.title("云溪市生态环境局关于2024年1—9月各县区环境空气质量排名情况的通报", "", "")
    assert title is not None and title.text.endswith(
        "on the Ranking of Ambient Air Quality of the Counties and Districts, January-September 2024")
    assert renderer.subject("各县（市、区）环境空气质量排名") == (
        "the Ranking of Ambient Air Quality of the Counties, County-Level Cities and Districts")


def test_headings_of_the_national_format_of_disclosure_reports_and_of_a_ranking_notice() -> None:
    renderer = TitleRenderer(get_glossary(), "2024")
    expected = {
        "一、总体情况": "I. Overview",
        "（二）依申请公开。": "(2) Disclosure upon Request",
        "三、收到和处理政府信息公开申请情况": "III. Requests for Government Information Disclosure Received and Handled",
        "六、其他需要报告的事项": "VI. Other Matters to Report",
        "二、各县区排名情况": "II. Ranking of the Counties and Districts",
    }
    for zh, english in expected.items():
        heading = renderer.heading(zh)
        assert heading is not None and heading.text == english, zh


def test_what_an_office_did_in_its_year() -> None:
    g = get_glossary()
    assert metric_en("召开新闻发布会", g) == "press conferences held"
    assert metric_en("收到政府信息公开申请", g) == "requests for government information disclosure received"
    assert metric_en("制发行政规范性文件", g) == "administrative normative documents issued"
    assert metric_en("现行有效行政规范性文件", g) == "administrative normative documents in force"
    assert metric_en("公开政策文件", g) == "policy documents disclosed"
    assert metric_en("公开招聘教师", g) is None  # (公开 before no glossary noun: no "teachers disclosed")
    assert metric_en("因政府信息公开被提起行政诉讼", g) == "administrative lawsuits against the government"


def test_air_quality_names_of_a_ranking_notice() -> None:
    g = get_glossary()
    assert metric_en("二氧化氮平均浓度", g) == "average nitrogen dioxide concentration"
    assert metric_en("可吸入颗粒物（PM10）平均浓度", g) == "average PM10 concentration"
    assert metric_en("臭氧超标天数", g) == "days with ozone above the standard"
    assert metric_en("市级督查共发现建筑工地扬尘问题", g) == "dust problems at construction sites found by supervision checks"
    assert metric_en("卫星遥感监测发现秸秆焚烧火点", g) == (
        "straw burning fire points found by satellite remote sensing")

"""English rules added after the tenth held-out measurement (issue 12: a county audit work report in DOCX, a city
health statistics bulletin in PDF); titles, names and rows invented for the rule, the English written by hand (NBS
yearbook chapter 22 and State Council wording; project renderings in translations/README.md)."""

from build_tools.model import Figure
from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.report_titles import report_title
from build_tools.translate.rows import figure_row
from build_tools.translate.source_names import source_en
from build_tools.translate.titles import TitleRenderer

CTX = Context(province="Yunxi", city="Yunxi")


def _row(**kw: object) -> str:
    base = {"sentence": "s", "paragraph": "p1", "kind": "level", "period": "2023"}
    return figure_row(Figure(**{**base, **kw}), get_glossary(), CTX).text  # type: ignore[arg-type]


def test_a_sectors_statistical_bulletin_is_no_economic_communique() -> None:
    renderer = TitleRenderer(get_glossary(), "2024")
    assert report_title(renderer, "2023年云溪市卫生健康事业发展统计公报", "") == (
        "Statistical Bulletin on Health Development in Yunxi, 2023")
    assert report_title(renderer, "云溪市2023年教育事业发展统计公报", "") == (
        "Statistical Bulletin on Education Development in Yunxi, 2023")
    title = renderer.title("2023年云溪市卫生健康事业发展统计公报", "", "")
    assert title is not None and "National Economic" not in title.text
    title = renderer.title("云溪市2023年国民经济和社会发展统计公报", "", "")
    assert title is not None and title.text == (
        "Statistical Communiqué of Yunxi on the 2023 National Economic and Social Development")


def test_an_audit_work_report_and_the_standing_committee_meeting_it_was_delivered_at() -> None:
    renderer = TitleRenderer(get_glossary(), "2024")
    title = renderer.title("关于2023年度市本级预算执行和其他财政收支的审计工作报告", "", "")
    assert title is not None and title.text == (
        "Audit Work Report on the Execution of the Municipal Budget and Other Fiscal Revenues and Expenditures for "
        "2023")
    sub = renderer.subtitle("——2024年8月28日在云溪市第十六届人民代表大会常务委员会第十二次会议上")
    assert sub is not None and sub.text == (
        "Delivered at the 12th Meeting of the Standing Committee of the 16th People's Congress of Yunxi on "
        "28 August 2024")
    assert source_en("云溪市审计局网站“审计结果公告”栏目（PDF 附件）", get_glossary()) == (
        "Website of the Yunxi Municipal Audit Bureau, Audit Result Announcements section (PDF attachment)")


def test_headings_of_an_audit_report_and_a_health_bulletin() -> None:
    renderer = TitleRenderer(get_glossary(), "2024")
    expected = {
        "一、市级预算执行审计情况": "I. Audit of the Execution of the Municipal Budget",
        "（三）政府投资项目审计情况。": "(3) Audit of Government Investment Projects",
        "（二）养老服务资金审计。": "(2) Audit of Funds for Elderly Care Services",
        "五、审计查出问题的整改情况": "V. Rectification of the Problems Found by Audit",
        "二、医疗服务": "II. Medical Services",
        "（三）卫生人员。": "(3) Health Personnel",
        "云溪市统计局 2024年3月15日": "Yunxi Municipal Bureau of Statistics, 15 March 2024",
    }
    for zh, english in expected.items():
        heading = renderer.heading(zh)
        assert heading is not None and heading.text == english, zh


def test_health_indicator_names() -> None:
    g = get_glossary()
    assert metric_en("每万人口注册护士", g) == "registered nurses per 10,000 people"
    assert metric_en("每千常住人口全科医生", g) == "general practitioners per 1,000 permanent residents"
    assert metric_en("乡镇卫生院床位数", g) == "beds in township health centers"
    assert metric_en("公立医院人员数", g) == "staff of public hospitals"
    assert metric_en("财政医疗卫生支出占一般公共预算支出比重", g) == (
        "share of government spending on health care in general public expenditure")


def test_health_units_in_rows() -> None:
    assert _row(metric="人均预期寿命", value=79.6, unit="岁", base_unit="year") == (
        "Average life expectancy: 79.6 years, 2023")
    assert _row(metric="孕产妇死亡率", value=9.12, unit="/10万", base_unit="per 100000") == (
        "Maternal mortality rate: 9.12 per 100,000, 2023")
    down = _row(metric="婴儿死亡率", value=0.12, unit="个千分点", base_unit="permille point", kind="growth",
                direction="down", comparison="比上年")
    assert down.startswith("Infant mortality rate: down 0.12 per-mille points")


def test_audit_figure_names() -> None:
    g = get_glossary()
    assert metric_en("查出违规问题金额", g) == "amount involved in violations of rules"
    assert metric_en("移送纪检监察机关", g) == "referred to discipline inspection and supervision authorities"
    assert metric_en("归还原渠道", g) == "returned to the original accounts"

"""Titles and names of law enforcement inspection reports and medical security bulletins (issue 12, after the
seventeenth held-out set); titles written for these tests, the English written by hand from the Chinese."""

from __future__ import annotations

import pytest

from build_tools.translate.glossary import get_glossary
from build_tools.translate.titles import TitleRenderer


@pytest.fixture(scope="module")
def renderer() -> TitleRenderer:
    return TitleRenderer(get_glossary(), "2026")


@pytest.mark.parametrize(("zh", "english"), [
    ("栖川市人大常委会执法检查组关于检查《中华人民共和国水污染防治法》实施情况的报告",
     "Report of the Law Enforcement Inspection Team of the Standing Committee of the Qichuan Municipal People's "
     "Congress on the Inspection of the Implementation of the Law of the People's Republic of China on the Prevention "
     "and Control of Water Pollution"),
    ("栖川县人大常委会关于《中华人民共和国食品安全法》贯彻实施情况的报告",
     "Report of the Standing Committee of the Qichuan County People's Congress on the Implementation of the Food "
     "Safety Law of the People's Republic of China"),
    ("2023年栖川县医疗保障事业发展统计公报", "Statistical Bulletin on Healthcare Security Development in Qichuan County, "
     "2023"),
])
def test_inspection_report_and_medical_security_titles(renderer: TitleRenderer, zh: str, english: str) -> None:
    title = renderer.title(zh)
    assert title is not None and title.text == english


def test_a_law_outside_the_glossary_stays_marked(renderer: TitleRenderer) -> None:
    """《中华人民共和国乡村振兴促进法》 has no English in the glossary: the subject is marked, not guessed."""
    title = renderer.title("栖川市人大常委会执法检查组关于检查《中华人民共和国乡村振兴促进法》实施情况的报告")
    assert title is not None and title.status == "missing"


def test_the_byline_of_a_standing_committee_deputy_director() -> None:
    """栖川市人大常委会副主任　李明华 (a full-width space, as printed): the person, then the office of the body."""
    from build_tools.translate.bylines import byline_en

    assert byline_en("栖川市人大常委会副主任\u3000李明华", get_glossary()) == (
        "Li Minghua, Deputy Director of the Standing Committee of the Qichuan Municipal People's Congress")


def test_the_inspection_teams_own_work_is_no_leading_figure() -> None:
    """检查组深入5个乡镇、17家企业实地检查: how the report's facts were gathered; the In brief leads with the place's
    figures (污水处理率), not with the 17 enterprises the team visited."""
    from build_tools.model import Document, Figure, Metadata
    from build_tools.translate.brief import brief
    from build_tools.translate.comparisons import context_for

    visited = Figure(metric="企业", value=17, unit="家", sentence="检查组深入5个乡镇、17家企业实地检查。",
                     paragraph="p1", kind="count", base_unit="entity", period="2024-06/2024-07", status="actual")
    treated = Figure(metric="城市污水处理率", value=96.2, unit="%", sentence="全市城市污水处理率达到96.2%。",
                     paragraph="p2", kind="share", base_unit="percent", period="2023", status="actual")
    doc = Document(id="d", title="栖川市人大常委会执法检查组关于检查《中华人民共和国水污染防治法》实施情况的报告",
                   date="2024-10-28", genre="report", reporting_period="2024", figures=[visited, treated])
    meta = Metadata(date="2024-10-28", region="栖川市", kind="report")
    glossary = get_glossary()
    renderer = TitleRenderer(glossary, year="2024")
    title = renderer.title(doc.title, "", meta.region)
    item = brief(doc, meta, glossary, context_for(meta.region, glossary), renderer, title)
    assert item is not None and "96.2%" in item.text and "17" not in item.text.split("Leading figures")[-1]


@pytest.mark.parametrize(("zh", "region", "english"), [
    # the rectification after a round of inspection tours (巡视/巡察 "inspections", GWR 2019/460; 整改 P)
    ("关于县委第三轮巡察集中整改进展情况的通报", "青禾县",
     "Bulletin on the Progress of Rectification After the Third Round of Inspections by the County Party Committee"),
    ("关于市委第十二轮巡察整改落实情况的通报", "青禾市",
     "Bulletin on the Implementation of Rectification After the 12th Round of Inspections by the Municipal Party "
     "Committee"),
    # a place's report of a kind the glossary names, and its published summary (P)
    ("青禾市2026年城市体检报告", "青禾市", "Qinghe Urban Health Check Report for 2026"),
    # 部分X等人员Y: "Y for Some X and Other Personnel" (优抚对象抚恤和生活补助标准, GWR 2021/564; the frame P)
    ("关于调整部分优抚对象等人员抚恤和生活补助标准的通知", "青禾省",
     "Notice on Adjusting Subsidies and Living Allowances for Some Entitled Groups and Other Personnel"),
    ("青禾市2026年城市体检报告（摘要）", "青禾市", "Qinghe Urban Health Check Report for 2026 (Summary)"),
])
def test_rectification_bulletins_and_health_check_reports(renderer: TitleRenderer, zh: str, region: str,
                                                          english: str) -> None:
    title = renderer.title(zh, "", region)
    assert title is not None and (title.text, title.status) == (english, "derived")


@pytest.mark.parametrize(("zh", "english"), [
    # a news headline giving one amount (P); the source body before a colon left out
    ("青禾市税务局：前三季度新增减税降费及退税缓费18.2亿元",
     "New Tax and Fee Cuts, Refunds and Deferrals Reach CNY 1.82 Billion in the First Three Quarters"),
    ("1—10月全市固定资产投资达到286.4亿元", "Qinghe's Fixed-Asset Investment Reaches CNY 28.64 Billion in January-October"),
    # who chairs an executive meeting (P)
    ("市长王立新主持召开市政府第18次常务会议",
     "Mayor Wang Lixin Presides over the 18th Executive Meeting of the Qinghe Municipal People's Government"),
    ("前三季度全市新增减税降费某某某23.6亿元", None),  # a metric that does not render: no English headline
])
def test_amount_headlines(renderer: TitleRenderer, zh: str, english: str | None) -> None:
    title = renderer.title(zh, "", "青禾市")
    if english is None:
        assert title is None or title.status != "derived"
    else:
        assert title is not None and (title.text, title.status) == (english, "derived")


def test_a_river_chief_office_a_port_administration_and_a_printing_date_alone(renderer: TitleRenderer) -> None:
    """The issuer's line and the printing date on a line of their own at the end of a summary (P)."""
    assert renderer.body("青禾县河长制办公室") == "Office of the Qinghe County River Chief System"
    assert renderer.body("青禾市港航管理局") == "Qinghe Municipal Port and Shipping Administration"
    assert renderer.closing_line("2026年1月8日印发") == "Printed and issued on 8 January 2026"

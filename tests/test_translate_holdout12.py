"""English rules added after the twelfth held-out measurement (issue 12: a town government work report as GB18030
plain text, a district investment-promotion signing news page in HTML); names and rows invented for the rule, the
English written by hand (State Council and NBS wording where they have it, project renderings listed in
translations/README.md)."""

from build_tools.model import Figure
from build_tools.translate.comparisons import Context
from build_tools.translate.enterprises import project_en
from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.names import name_en
from build_tools.translate.rows import figure_row

CTX = Context(province="Yunxi", city="Yunxi")


def test_projects_named_after_the_park_or_facility_they_build() -> None:
    g = get_glossary()
    assert project_en("明泰生物医药产业园项目", g) == "the Mingtai Biomedicine Industrial Park Project"
    assert project_en("枫桥冷链物流中心项目", g) == "the Fengqiao Cold-Chain Logistics Center Project"
    assert project_en("梅岭农产品精深加工产业园项目", g) == (
        "the Meiling Agricultural Products Deep Processing Industrial Park Project")
    assert name_en("明泰生物医药产业园", g) == "the Mingtai Biomedicine Industrial Park"
    assert project_en("明泰储能电池项目", g) is None  # a project named after its product: not guessed


def test_names_of_a_town_reports_rural_figures() -> None:
    g = get_glossary()
    assert metric_en("村集体经济收入", g) == "village collective income"
    assert metric_en("新增土地流转面积", g) == "area of land newly transferred"
    assert metric_en("流转面积", g) == "area of land transferred"
    assert metric_en("改造农村户厕", g) == "rural household toilets upgraded"
    assert metric_en("新建村级日间照料中心", g) == "village day care centers"
    assert metric_en("新建农村饮水安全工程", g) == "rural drinking water safety projects"


def test_names_of_investment_promotion_figures() -> None:
    g = get_glossary()
    assert metric_en("实际到位内资", g) == "domestic investment actually received"
    assert metric_en("现场集中签约项目", g) == "projects signed at the ceremony"
    assert metric_en("外资项目", g) == "foreign-funded projects"


def test_lamps_and_batches_are_numbers_without_a_unit_word() -> None:
    row = figure_row(Figure(metric="安装太阳能路灯", value=800, unit="盏", sentence="s", paragraph="p1", kind="count",
                            base_unit="item", period="2026", status="target"), get_glossary(), CTX).text
    assert row.startswith("Solar street lamps installed: 800") and "盏" not in row
    row = figure_row(Figure(metric="赴外招商活动", value=36, unit="批次", sentence="s", paragraph="p1", kind="count",
                            base_unit="batch", period="2025"), get_glossary(), CTX).text
    assert "36" in row and "批次" not in row


def test_a_headline_of_a_signing_or_groundbreaking_ceremony_and_its_deck() -> None:
    from build_tools.translate.headlines import headline
    from build_tools.translate.titles import TitleRenderer

    r = TitleRenderer(get_glossary(), "2024")
    assert headline(r, "枫桥区举行2024年上半年招商引资项目集中签约仪式 12个项目签约总投资56.3亿元", "枫桥区") == (
        "Fengqiao District Holds Signing Ceremony for Investment Projects of the First Half of 2024; 12 Projects "
        "Signed with Total Investment of CNY 5.63 Billion")
    assert headline(r, "云溪市举行2024年第二季度重大项目集中开工仪式", "云溪市") == (
        "Yunxi Holds Groundbreaking Ceremony for Major Projects of the Second Quarter of 2024")
    assert headline(r, "枫桥区举行招商引资项目签约仪式 现场气氛热烈", "枫桥区") is None  # a deck it cannot read


def test_headings_of_a_town_work_report() -> None:
    from build_tools.translate.titles import TitleRenderer

    r = TitleRenderer(get_glossary(), "2026")
    cases = {"（一）特色产业加快发展。": "(1) Local Specialty Industries Developed Faster",
             "（二）土地流转有序推进。": "(2) Land Transfer Progressed in an Orderly Way",
             "（三）村集体经济不断壮大。": "(3) Village Collective Economies Continued to Grow Stronger",
             "（一）做强特色产业。": "(1) Strengthening Local Specialty Industries",
             "（四）抓好项目建设。": "(4) Concentrating on Project Construction",
             "三、2026年为民办实事项目": "III. Practical Projects for People's Wellbeing in 2026"}
    for zh, en in cases.items():
        heading = r.heading(zh)
        assert heading is not None and heading.text == en, zh


def test_a_text_file_attached_to_a_town_website_page() -> None:
    from build_tools.translate.source_names import source_en

    assert source_en("梅岭县柳塘镇人民政府网站“政务公开”栏目（TXT 附件）", get_glossary()) == (
        "Website of the Liutang Town People's Government, Meiling County, Government Information Disclosure section "
        "(TXT attachment)")


def test_a_ceremony_held_at_a_place_in_the_timeline() -> None:
    from build_tools.model import Event
    from build_tools.translate.timeline import held_clause

    event = Event(date="2024-07-08", kind="event", paragraph="p1",
                  text="7月8日上午，枫桥区2024年上半年重大项目集中开工仪式在枫桥工业园举行。")
    assert held_clause(event, get_glossary(), "枫桥区") == (
        "On 8 July 2024, Fengqiao District held a groundbreaking ceremony for major projects of the first half of "
        "2024.")

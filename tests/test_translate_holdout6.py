"""English rules added after the sixth held-out measurement (issue 12: an environment bulletin in PDF, a county
portal's news report of the people's congress); rows, names and headings invented for the rule, the English written
by hand (State Council, NBS and Ministry of Ecology and Environment wording)."""

from build_tools.model import Figure
from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.headlines import headline
from build_tools.translate.metrics import metric_en
from build_tools.translate.names import issuer_en, region_en
from build_tools.translate.rows import figure_row
from build_tools.translate.source_names import source_en
from build_tools.translate.titles import TitleRenderer

CTX = Context(province="Songling", city="Songling")


def row(**kw: object) -> str:
    fields = {"metric": "地区生产总值", "value": 1, "unit": "%", "sentence": "s", "paragraph": "p1", "kind": "level"}
    fields.update(kw)
    return figure_row(Figure(**fields), get_glossary(), CTX).text  # type: ignore[arg-type]


def test_emission_reductions_are_not_emissions() -> None:
    g = get_glossary()
    assert metric_en("二氧化硫重点工程减排量", g) == "emission reductions of sulfur dioxide from key projects"
    assert metric_en("氮氧化物减排量", g) == "emission reductions of nitrogen oxides"
    assert row(metric="氨氮重点工程减排量", value=305, unit="吨", base_unit="t", period="2023") == (
        "Emission reductions of ammonia nitrogen from key projects: 305 tons, 2023")


def test_metric_names_of_an_environment_bulletin_and_a_government_review() -> None:
    g = get_glossary()
    assert metric_en("酸雨频率", g) == "frequency of acid rain"
    assert metric_en("省控断面", g) == "provincial-controlled surface water sections"
    assert metric_en("受理依申请公开申请", g) == "requests for disclosure of government information received"
    assert metric_en("办理人大代表建议", g) == "suggestions of people's congress deputies handled"


def test_enterprises_counted_in_hu_are_not_households() -> None:
    """其中企业860户 (base unit entity): 'Enterprises: 860'; 惠及居民320户 stays households."""
    assert row(metric="企业", value=860, unit="户", base_unit="entity", kind="count", period="2023") == (
        "Enterprises: 860, 2023")
    assert "320 households" in row(metric="惠及居民", value=320, unit="户", base_unit="household", kind="count",
                                   period="2023")


def test_the_opening_of_a_local_peoples_congress_session() -> None:
    renderer = TitleRenderer(get_glossary(), "2024")
    assert headline(renderer, "松岭县第十七届人民代表大会第四次会议隆重开幕", "松岭县") == (
        "The Fourth Session of the 17th Songling County People's Congress Opens")
    assert headline(renderer, "松岭市第十五届人民代表大会第三次会议闭幕", "松岭市") == (
        "The Third Session of the 15th Songling People's Congress Closes")


def test_a_county_media_center_and_its_columns() -> None:
    g = get_glossary()
    assert issuer_en("松岭县融媒体中心", g) == "Songling County Media Center"
    assert source_en("松岭县人民政府门户网站“今日松岭”栏目（网页另存为）", g) == (
        "Website of the Songling County People's Government, Songling Today section (saved web page)")
    assert source_en("松岭市生态环境局网站“环境质量”栏目（PDF 附件）", g) == (
        "Website of the Songling Municipal Ecology and Environment Bureau, Environmental Quality section "
        "(PDF attachment)")


def test_headings_of_an_environment_bulletin() -> None:
    renderer = TitleRenderer(get_glossary(), "2024")
    assert [(t.text if (t := renderer.heading(h)) else None) for h in ("综述", "五、环境监管", "六、2024年工作目标")] \
        == ["Overview", "V. Environmental Supervision", "VI. Objectives for 2024"]


def test_a_towns_park_in_english() -> None:
    assert region_en("柳林镇工业园区", get_glossary()) == "Liulin Town Industrial Park"
    assert region_en("松岭县经济开发区", get_glossary()) == "Songling County Economic Development Zone"


def test_timeline_an_express_road_opened_and_a_session_opened() -> None:
    from build_tools.model import Event
    from build_tools.translate.facilities import completed_clause
    from build_tools.translate.timeline import held_clause

    g = get_glossary()
    assert completed_clause("9月，松岭至清河快速通道建成通车。", "September 2024", False, g) == (
        "The Songling-Qinghe Express Road was completed and opened to traffic in September 2024.")
    opened = Event(date="2025-01-12", text="1月12日上午，松岭县第十七届人民代表大会第四次会议在县会议中心开幕。",
                   paragraph="p1", precision="day", kind="event")
    assert held_clause(opened, g, "松岭县") == (
        "On 12 January 2025, the Fourth Session of the 17th Songling County People's Congress opened.")

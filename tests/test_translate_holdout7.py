"""English rules added after the seventh held-out measurement (issue 12: a town's annual review and plan in DOCX, a
city portal's question-and-answer interpretation of a trade-in subsidy); rows, names and headings invented for the
rule, the English written by hand (State Council and NBS wording; project renderings listed in
translations/README.md)."""

from build_tools.model import Document, Event, Figure, Metadata, Paragraph
from build_tools.translate.comparisons import context_for
from build_tools.translate.facilities import completed_clause
from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.names import region_en
from build_tools.translate.numbers import quantity
from build_tools.translate.timeline import event_english, standard_clause
from build_tools.translate.titles import TitleRenderer


def test_a_towns_review_of_the_year_and_plan_for_the_next() -> None:
    renderer = TitleRenderer(get_glossary(), "2024")
    title = renderer.title("松岭镇2023年工作总结和2024年工作计划", "松岭镇人民政府", "松岭镇")
    assert title is not None and title.text == "Review of the Work of Songling Town in 2023 and Work Plan for 2024"
    title = renderer.title("清河乡2023年度工作总结及2024年工作打算", "清河乡人民政府", "清河乡")
    assert title is not None and title.text == "Review of the Work of Qinghe Township in 2023 and Work Plans for 2024"
    assert [(t.text if (t := renderer.heading(h)) else None) for h in (
        "一、2023年工作总结", "三、2024年工作计划", "（二）项目建设提速增效", "（四）社会治理和平安建设")] == [
        "I. Review of Work in 2023", "III. Work Plan for 2024", "(2) Faster and More Effective Project Construction",
        "(4) Social Governance and Public Safety"]


def test_the_interpretation_of_a_years_subsidy_rules() -> None:
    renderer = TitleRenderer(get_glossary(), "2025")
    title = renderer.title("《松岭市2025年家电以旧换新补贴实施细则》政策解读", "松岭市商务局", "松岭市")
    assert title is not None and title.text == (
        "Policy Interpretation of the Songling Detailed Rules for the Implementation of Home Appliance Trade-in "
        "Subsidies in 2025")


def test_metric_names_of_a_town_review_and_a_subsidy() -> None:
    g = get_glossary()
    assert metric_en("完成农村户厕改造", g) == "rural household toilets upgraded"
    assert metric_en("新建改造农村饮水管网", g) == "new or upgraded rural drinking water pipelines"
    assert metric_en("开展安全生产检查", g) == "work safety inspections"
    assert metric_en("按产品销售价格给予补贴", g) == "subsidy as a share of the sales price"
    assert metric_en("发放家电以旧换新补贴资金", g) == "home appliance trade-in subsidies paid out"


def test_a_towns_park_named_without_qu_and_one_counted_thing() -> None:
    g = get_glossary()
    assert region_en("清河工业园", g) == "Qinghe Industrial Park"
    assert quantity(1, "个", g, noun="projects") == "1 project"
    assert quantity(3, "个", g, noun="projects") == "3 projects"
    assert quantity(12, "类", g) == "12 categories"
    assert quantity(58, "起", g, noun="disputes") == "58 disputes"


def test_rules_in_force_until_an_end_date_named_by_their_short_title() -> None:
    event = Event(date="2025-04-10/2025-12-31", text="《办法》自2025年4月10日起施行，至2025年12月31日止。",
                  paragraph="p9", precision="interval", kind="period")
    assert standard_clause(event) == "The measures take effect on 10 April 2025 and are valid until 31 December 2025."


def test_a_road_rebuilt_between_a_town_and_the_county_seat() -> None:
    assert completed_clause("投资8000万元的清河至县城公路改造工程于10月建成通车。", "October 2024", False,
                            get_glossary()) == (
        "The Qinghe-County Seat Road Upgrading Project was completed and opened to traffic in October 2024.")


def test_a_month_deadline_of_another_clause_is_no_date_of_the_years_figures() -> None:
    """全年计划实施重点项目12个；确保…于5月底前开工建设 dated May: the list of the year's targets would stand under
    'May 2025' as if due then; the entry stays Chinese."""
    glossary = get_glossary()
    sentence = "全年计划实施重点项目12个；确保清河工业园标准化厂房二期于5月底前开工建设。"
    doc = Document(id="d", title="t", paragraphs=[Paragraph("p1", sentence)], figures=[
        Figure(metric="计划实施重点项目", value=12, unit="个", sentence=sentence, paragraph="p1", kind="count",
               period="2025", status="target", is_target=True, text="计划实施重点项目12个")])
    event = Event(date="2025-05", text=sentence, paragraph="p1", precision="month", kind="target")
    assert event_english(doc, event, glossary, context_for("", glossary)).status == "missing"
    event = Event(date="2025", text=sentence, paragraph="p1", precision="year", kind="target")
    assert event_english(doc, event, glossary, context_for("", glossary)).status == "derived"


def test_in_brief_names_a_towns_review_and_an_interpretation_by_what_they_are() -> None:
    """A town's 2023年工作总结和2024年工作计划 filed as a work report is no government work report delivered to a
    congress; an interpretation page is issued, and called what it is."""
    from tests.test_translate_brief import _first_sentence, _target

    doc = Document(id="d", title="松岭镇2023年工作总结和2024年工作计划", date="2024-01-12", reporting_period="2023",
                   issuer="松岭镇人民政府", figures=[_target("地区生产总值", 6, "2024")])
    meta = Metadata(date="2024-01-12", region="松岭镇", kind="work-report")
    assert _first_sentence(doc, meta) == (
        "The annual review and work plan, issued by the Songling Town People's Government on 12 January 2024, "
        "reviews 2023 and sets targets for 2024.")
    doc.title = "松岭镇2023年招商引资工作总结和2024年工作计划"  # (on one subject: the same kind of document)
    assert _first_sentence(doc, meta).startswith("The annual review and work plan, issued by")
    doc = Document(id="d", title="《松岭市2024年汽车以旧换新补贴实施办法》政策解读", date="2024-04-02", genre="policy",
                   issuer="松岭市商务局")
    meta = Metadata(date="2024-04-02", region="松岭市", kind="policy")
    assert _first_sentence(doc, meta) == (
        "The policy interpretation was issued by the Songling Municipal Commerce Bureau on 2 April 2024.")

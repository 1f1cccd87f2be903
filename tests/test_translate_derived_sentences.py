"""English of summary sentences from their figures (translate/summary_figures.py) and of a list's lead department
and deadline (event_frames.py). Sentences invented for these tests, run through the pipeline's extraction; the
English expected is written by hand from the sentence."""

from __future__ import annotations

from build_tools.model import Document, Paragraph
from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.summary_figures import summary_figures
from tests.test_figure_attributes import figs

CTX = Context(province="", city="")


def _doc(sentence: str) -> Document:
    found = figs(sentence, date="2025-10-09", region="澄渠市", genre="news", title="国庆假期全市消费市场繁荣活跃")
    doc = Document(id="d", title="t", paragraphs=[Paragraph(id="p1", text=sentence)])
    doc.figures = found
    return doc


def test_a_sentence_of_figures_is_given_by_its_figures() -> None:
    s = "其中，零售企业销售额２１.５亿元，同比增长５.７%；餐饮企业营业额５.３亿元，同比增长８.９%。"
    assert summary_figures(_doc(s), s, get_glossary(), CTX) == (
        "Figures for 1-8 October 2025 — sales of retail enterprises: CNY 2.15 billion, +5.7% year on year; "
        "turnover of catering enterprises: CNY 530 million, +8.9% year on year.")


def test_a_number_no_row_carries_keeps_the_sentence_chinese() -> None:
    """受气温下降影响，本周全市28种蔬菜平均零售价格为3.72元/斤: 28 (the kinds of vegetables) is no figure of the rows;
    English from the rows would say less than the text."""
    s = "受气温下降影响，本周全市28种蔬菜平均零售价格为3.72元/斤，环比上涨4.8%。"
    assert summary_figures(_doc(s), s, get_glossary(), CTX) is None


def test_a_long_duty_around_one_number_stays_chinese() -> None:
    s = ("对山洪灾害危险区、地质灾害隐患点、低洼易涝区等危险区域群众，要按照“谁组织、谁转移、谁负责”的原则，提前落实"
         "转移责任人、转移路线和安置场所，在强降雨来临前６小时完成转移，做到应转尽转、不漏一户一人。")
    assert summary_figures(_doc(s), s, get_glossary(), CTX) is None


def test_a_lead_department_and_its_deadline_in_english() -> None:
    """牵头单位：市民政局；完成时限：2026年10月底前完成。 (a line of a list of projects): who leads and the deadline, the
    department named with the bulletin's city (event_frames.lead_and_deadline, P)."""
    from build_tools.translate.event_frames import lead_and_deadline

    assert lead_and_deadline("牵头单位：市民政局；完成时限：2026年10月底前完成。", "the end of October 2026",
                             get_glossary(), "蘅塘市") == (
        "Lead department: Hengtang Municipal Civil Affairs Bureau; to be completed by the end of October 2026.")
    assert lead_and_deadline("牵头单位：某某某某中心；完成时限：2026年10月底前。", "the end of October 2026",
                             get_glossary(), "蘅塘市") is None  # (a body that does not render: the Chinese stays)


def test_a_milestone_fragment_says_what_is_to_happen_and_when() -> None:
    from build_tools.translate.event_frames import milestone_only

    assert milestone_only("2026年8月底前完工", "the end of August 2026") == (
        "Construction to be completed by the end of August 2026.")
    assert milestone_only("9月投入使用。", "September 2026") == "To be put into use in September 2026."
    assert milestone_only("9月投入使用，新增床位200张。", "September 2026") is None  # (more than the milestone)


def test_a_span_said_once_a_number_in_a_name_and_a_rank_are_no_numbers_left_over() -> None:
    """1—9月 (the span's first month has no 月 of its own), 12345热线 (a number in the name the row says) and 居全省第3位
    (the row's rank) leave no number the English would drop: the sentence is given by its figures."""
    s = "1—9月，全市12345热线共受理群众诉求52.6万件，同比增长7.2%。"
    assert summary_figures(_doc(s), s, get_glossary(), CTX) == (
        "Figures for Q1-Q3 2025 — requests from the public received by the 12345 hotline: 526,000, "
        "+7.2% year on year.")
    s = "1—9月，全市社会消费品零售总额486.3亿元，同比增长5.2%，增速居全省第3位。"
    english = summary_figures(_doc(s), s, get_glossary(), CTX)
    assert english is not None and "3rd in" in english and "CNY 48.63 billion" in english


def test_a_summary_sentence_that_is_a_dated_act_takes_its_timeline_english() -> None:
    """1月8日，县委召开…全体会议 (a chronicle's entry chosen for the summary, no figure): the timeline entry's English;
    a sentence stating a figure is not given by an entry whose English leaves the figure out."""
    from build_tools.model import Event, TranslatedText
    from build_tools.translate.summary_figures import summary_event

    meeting = "1月8日，县委召开十四届九次全体会议。"
    started = "3月2日，全县一季度重大项目集中开工，开工项目18个。"
    doc = _doc(started)
    english = [(Event(date="2025-01-08", text=meeting, paragraph="p1"),
                TranslatedText(text="On 8 January 2025, the Ninth Plenary Session of the 14th CPC ... "
                               "County Committee was held.", status="derived")),
               (Event(date="2025-03-02", text=started, paragraph="p1"),
                TranslatedText(text="On 2 March 2025, major projects started.", status="derived"))]
    assert summary_event(doc, meeting, english) == english[0][1].text
    assert summary_event(doc, started, english) is None


def test_a_plan_term_a_labelled_publicity_period_and_a_listing_period() -> None:
    """本计划期限为…至… (the term a document runs for), 公示期：… (the label with a colon), 挂牌时间为…9时至…10时 (a
    listing, its hours left out): each says its dates (project renderings)."""
    from build_tools.model import Event
    from build_tools.translate.timeline import standard_clause

    def clause(date: str, text: str) -> str | None:
        return standard_clause(Event(date=date, text=text, paragraph="p1", precision="interval", kind="period"))

    assert clause("2027-01-01/2027-12-31", "本计划期限为2027年1月1日至2027年12月31日。") == (
        "This plan covers 1 January to 31 December 2027.")
    assert clause("2025-04-01/2027-03-31", "本方案实施期限为2025年4月1日至2027年3月31日。") == (
        "This plan covers 1 April 2025 to 31 March 2027.")
    assert clause("2026-03-02/2026-03-09", "公示期：2026年3月2日至3月9日。") == "Publicity period: 2-9 March 2026."
    assert clause("2026-05-11/2026-05-25", "挂牌时间为2026年5月11日9时至2026年5月25日16时。") == (
        "Listing period: 11-25 May 2026.")


def test_a_law_named_by_its_title_takes_effect_on_a_day() -> None:
    """《X条例》自…起施行 (approved or adopted before, left out): "The <title> take effect on <day>."; a title that does
    not render in full keeps the entry Chinese."""
    from build_tools.model import Event
    from build_tools.translate.timeline import titled_effect

    def effect(text: str) -> str | None:
        return titled_effect(Event(date="2026-03-01", text=text, paragraph="p1", precision="day", kind="event"),
                             get_glossary(), "青禾市")

    assert effect("《青禾市城市市容和环境卫生管理条例》自2026年3月1日起施行。") == (
        "The Qinghe Regulations on the Administration of City Appearance and Environmental Sanitation take effect "
        "on 1 March 2026.")
    assert effect("《青禾市养犬管理规定》已经市政府常务会议审议通过，自2026年3月1日起施行。") == (
        "The Qinghe Provisions on the Administration of Dog Keeping take effect on 1 March 2026.")
    assert effect("《青禾市某某某某管理条例》自2026年3月1日起施行。") is None


def test_a_service_lines_number_is_a_name_not_a_figure() -> None:
    """全国12315平台, 12345热线: the numbers name the channels; the sentence's figures give its English."""
    s = "假期期间，全市通过全国12315平台、12345政务服务便民热线共受理消费投诉186件，同比下降12.3%。"
    assert summary_figures(_doc(s), s, get_glossary(), CTX) == (
        "Figures for 1-8 October 2025 — consumer complaints received: 186, down 12.3% year on year.")

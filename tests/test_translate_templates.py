"""English by construction: genre templates for titles and headings, timeline clauses, "In brief".

Every expected English below was written by hand from the Chinese and the official usage cited in
build_tools/translate/titles.py (State Council work reports, NBS), never copied from the code's output.
"""

from pathlib import Path

import pytest

from build_tools.model import Document, Event, Figure, Metadata, Paragraph
from build_tools.pipeline import process
from build_tools.translate import translate
from build_tools.translate.brief import brief
from build_tools.translate.comparisons import MISSING_LABEL, context_for
from build_tools.translate.english import untranslated_chinese
from build_tools.translate.glossary import get_glossary
from build_tools.translate.timeline import event_english
from build_tools.translate.title_words import cn_int, roman
from build_tools.translate.titles import TitleRenderer

ROOT = Path(__file__).resolve().parents[1]
REALSTYLE = ROOT / "tests" / "fixtures" / "realstyle"


@pytest.fixture(scope="module")
def renderer() -> TitleRenderer:
    return TitleRenderer(get_glossary(), year="2022")


@pytest.mark.parametrize(("zh", "en"), [
    ("政府工作报告", "Report on the Work of the Government"),
    ("清溪县2022年国民经济和社会发展统计公报",
     "Statistical Communiqué of Qingxi County on the 2022 National Economic and Social Development"),
    ("2019年工作安排", "Work Arrangements for 2019"),
    ("在全县经济工作会议上的讲话", "Speech at the Countywide Economic Work Conference"),
    ("石门县召开2022年防汛抗旱工作会议", "Shimen County Holds the 2022 Flood Control and Drought Relief Work Conference"),
    ("2023年栖川市生态环境状况公报", "2023 Report on the State of the Ecology and Environment in Qichuan"),
])
def test_titles_rendered_in_full(renderer: TitleRenderer, zh: str, en: str) -> None:
    item = renderer.title(zh)
    assert item is not None and (item.text, item.status) == (en, "derived")


def test_notice_issuing_a_plan_is_composed_recursively(renderer: TitleRenderer) -> None:
    # the issuer composes (names.py); the plan's subject has no rendering: it stays marked, the frames are English
    item = renderer.title("南屏市人民政府办公室关于印发南屏市深化农村公路管理养护体制改革实施方案的通知")
    assert item is not None and item.status == "missing"
    assert item.text.startswith("Notice of the General Office of the Nanping Municipal People's Government on "
                                "Issuing the ")
    assert item.text.endswith(f"Issuing the Nanping Implementation Plan for [{MISSING_LABEL}: 深化农村公路管理养护体制改革]")


def test_joint_issuers_and_interpretation(renderer: TitleRenderer) -> None:
    item = renderer.title("栖川市交通运输局栖川市财政局关于进一步加强农村公路养护管理工作的通知")
    assert item is not None and item.text == (
        "Notice of the Qichuan Municipal Transport Bureau and the Qichuan Municipal Finance Bureau on Further "
        "Strengthening the Maintenance and Management of Rural Roads")
    item = renderer.title("《关于进一步做好稳就业工作的通知》政策解读")  # 稳就业: work report 2022/155
    assert item is not None and item.text == (
        "Policy Interpretation of the Notice on Doing Better Work on Stabilizing Employment")
    item = renderer.title("《关于进一步做好候鸟栖息地巡护工作的通知》政策解读")  # no official phrase: stays marked
    assert item is not None and item.text == (
        f"Policy Interpretation of the Notice on [{MISSING_LABEL}: 进一步做好候鸟栖息地巡护工作]")


def test_kind_frames(renderer: TitleRenderer) -> None:
    item = renderer.title("桐江市“十四五”候鸟栖息地巡护体系建设实施方案")
    assert item is not None
    assert item.text == (f"Tongjiang Implementation Plan for [{MISSING_LABEL}: 候鸟栖息地巡护体系建设] during the 14th "
                         "Five-Year Plan Period")
    draft = renderer.title("河口区城市生活垃圾分类管理办法（征求意见稿）")
    assert draft is not None and draft.text.startswith("Hekou District Measures for the Administration of ")
    assert draft.text.endswith(" (Draft for Comment)")


def test_speech_at_an_unrendered_meeting_keeps_it_marked(renderer: TitleRenderer) -> None:
    item = renderer.title("在全市稳住经济大盘推进会上的讲话")
    assert item is not None and item.status == "missing"
    assert item.text == f"Speech at the [{MISSING_LABEL}: 全市稳住经济大盘推进会]"
    # a topic made of a standard verb and a glossary term (营商环境 business environment, GWR 2022/72)
    item = renderer.title("在全市优化营商环境大会上的讲话")
    assert item is not None and item.text == "Speech at the Citywide Conference on Improving the Business Environment"


@pytest.mark.parametrize(("zh", "en"), [
    ("洛阳市人民政府关于加快推进农村人居环境整治的通知",
     "Notice of the Luoyang Municipal People's Government on Accelerating the Improvement of Rural Living "
     "Environments"),
    ("关于全面推行河长制的意见", "Opinions on Fully Implementing the River Chief System"),
    ("洛阳市乡村振兴三年行动计划", "Luoyang Three-Year Action Plan for Rural Revitalization"),
    ("2024年黔东南苗族侗族自治州政府工作报告",
     "Report on the Work of the Government of Qiandongnan Miao and Dong Autonomous Prefecture (2024)"),
    ("朝阳市全面振兴新突破三年行动实施方案",
     "Chaoyang Implementation Plan for the Three-Year Action Plan for New Breakthroughs in Full Revitalization"),
])
def test_subjects_of_other_cities(renderer: TitleRenderer, zh: str, en: str) -> None:
    """Titles of cities the fixtures do not have, subjects made of a standard verb and a glossary term."""
    item = renderer.title(zh)
    assert item is not None and (item.text, item.status) == (en, "derived")


def test_free_headline_has_no_frame(renderer: TitleRenderer) -> None:
    assert renderer.title("老旧小区改造让居民住得更舒心") is None


@pytest.mark.parametrize(("zh", "en"), [
    ("一、综合", "I. General Survey"),  # China Statistical Yearbook 2021, chapter 一
    ("三、工业和建筑业", "III. Industry and Construction"),
    ("四、固定资产投资", "IV. Investment in Fixed Assets"),
    ("十二、资源环境", "XII. Resources and Environment"),
    ("一、过去五年工作回顾", "I. Review of Work in the Past Five Years"),  # GWR 2013/5
    ("二、2022年工作安排", "II. Work Arrangements for 2022"),
    ("三、今年政府工作任务", "III. Major Tasks for 2022"),  # GWR 2022/223, "this year" = the report's year
    ("（一）指导思想。", "(1) Guiding Principles"),
    ("二、2024年主要预期目标", "II. Main Targets for 2024"),  # after GWR 2020/102
    ("十、科技、教育和卫生", "X. Science and Technology, Education and Health"),  # composed from sector headings
    ("第一章 总则", "Chapter I General Provisions"),  # the NPC's English for the chapters of laws
    ("第六章　附则", "Chapter VI Supplementary Provisions"),
])
def test_headings(renderer: TitleRenderer, zh: str, en: str) -> None:
    item = renderer.heading(zh)
    assert item is not None and item.text == en


def test_heading_with_free_text_is_not_rendered(renderer: TitleRenderer) -> None:
    assert renderer.heading("一、肯定成绩，提振士气，进一步坚定信心") is None


def test_numbers() -> None:
    assert [cn_int(x) for x in ("一", "十", "十二", "二十一", "九十九")] == [1, 10, 12, 21, 99]
    assert [roman(n) for n in (1, 4, 9, 12, 14, 19, 28)] == ["I", "IV", "IX", "XII", "XIV", "XIX", "XXVIII"]


def test_work_report_subtitle(renderer: TitleRenderer) -> None:
    item = renderer.subtitle("——2022年1月6日在云岭县第十八届人民代表大会第一次会议上")
    assert item is not None and item.status == "derived"
    assert item.text == "Delivered at the First Session of the 18th People's Congress of Yunling County on 6 January 2022"


def test_speech_subtitle(renderer: TitleRenderer) -> None:
    item = renderer.subtitle("——2023年12月27日在全县经济工作会议上")
    assert item is not None and item.text == "Delivered at the Countywide Economic Work Conference on 27 December 2023"
    assert renderer.subtitle("——2023年12月27日在全县稳住经济大盘推进会上") is None


def _event(text: str, date: str, precision: str = "day") -> Event:
    return Event(date=date, text=text, paragraph="p1", precision=precision)


def test_timeline_standard_clauses() -> None:
    glossary = get_glossary()
    doc = Document(id="d", title="t")
    ctx = context_for("", glossary)
    effect = event_english(doc, _event("第六条本办法自2022年10月1日起施行。", "2022-10-01"), glossary, ctx)
    assert (effect.text, effect.status) == ("These measures take effect on 1 October 2022.", "derived")
    consult = event_english(doc, _event("一、征求意见时间为2022年7月1日至2022年7月31日。", "2022-07-01/2022-07-31",
                                        "interval"), glossary, ctx)
    assert consult.text == "Comments are accepted 1-31 July 2022."
    valid = event_english(doc, _event("本方案自2024年5月1日起施行，有效期三年。", "2024-05-01"), glossary, ctx)
    assert valid.text == "This plan takes effect on 1 May 2024 and is valid for three years."
    until = event_english(doc, _event("本办法有效期至2026年12月31日。", "2026-12-31"), glossary, ctx)
    assert until.text == "These measures are valid until 31 December 2026."
    issued = event_english(doc, _event("本方案自印发之日起施行，有效期至2025年12月31日。", "2025-12-31"), glossary, ctx)
    assert issued.text == "This plan takes effect on the date of issue and is valid until 31 December 2025."
    issued = event_english(doc, _event("本办法自发布之日起实施，有效期至2027年6月30日止。", "2027-06-30"), glossary, ctx)
    assert issued.text == "These measures take effect on the date of issue and are valid until 30 June 2027."
    other = event_english(doc, _event("5月18日，石门县防汛抗旱工作取得阶段性成效。", "2022-05-18"), glossary, ctx)
    assert other.status == "missing" and other.text.startswith("5月18日")


def test_timeline_entry_from_its_figures() -> None:
    glossary = get_glossary()
    sentence = "一季度全市地区生产总值同比增长4.8%。"
    doc = Document(id="d", title="t", paragraphs=[Paragraph("p1", sentence)], figures=[
        Figure(metric="地区生产总值", value=4.8, unit="%", sentence=sentence, paragraph="p1", kind="growth",
               comparison="同比", period="2022-01/2022-03", direction="up", text="地区生产总值同比增长4.8%")])
    item = event_english(doc, _event(sentence, "2022-01/2022-03", "quarter"), glossary, context_for("", glossary))
    assert (item.text, item.status) == ("Figures — GDP: +4.8% year on year.", "derived")


def test_timeline_entry_dated_by_something_else_than_its_figures_stays_chinese() -> None:
    # 新建公共充电桩2000个 is a 2024 target; the entry is dated by 到2025年底实现…全覆盖, which no figure says
    glossary = get_glossary()
    sentence = "新建公共充电桩2000个，到2025年底实现乡镇充电设施全覆盖。"
    doc = Document(id="d", title="t", paragraphs=[Paragraph("p1", sentence)], figures=[
        Figure(metric="新建公共充电桩", value=2000, unit="个", sentence=sentence, paragraph="p1", kind="count",
               period="2024", status="target", is_target=True, text="新建公共充电桩2000个")])
    item = event_english(doc, _event(sentence, "2025-12", "month"), glossary, context_for("", glossary))
    assert item.status == "missing"
    item = event_english(doc, _event(sentence, "2024", "year"), glossary, context_for("", glossary))
    assert item.text == "Targets — new public charging piles: 2,000."


def test_timeline_entry_says_a_shared_period_once_and_joins_the_values_of_one_metric() -> None:
    glossary = get_glossary()
    sentence = "上半年，全市地区生产总值1023.6亿元，同比增长5.6%；第一产业增加值68.2亿元，增长3.8%。"
    half = "2024-01/2024-06"

    def fig(metric: str, value: float, unit: str, kind: str, text: str, period: str = half, **kw: str) -> Figure:
        return Figure(metric=metric, value=value, unit=unit, sentence=sentence, paragraph="p1", kind=kind,
                      period=period, text=text, **kw)

    figures = [fig("地区生产总值", 1023.6, "亿元", "level", "地区生产总值1023.6亿元"),
               fig("地区生产总值", 5.6, "%", "growth", "同比增长5.6%", comparison="同比", direction="up"),
               fig("第一产业增加值", 68.2, "亿元", "level", "第一产业增加值68.2亿元"),
               fig("第一产业增加值", 3.8, "%", "growth", "增长3.8%", direction="up")]
    doc = Document(id="d", title="t", paragraphs=[Paragraph("p1", sentence)], figures=figures)
    item = event_english(doc, _event(sentence, half, "interval"), glossary, context_for("", glossary))
    # written by hand: the period once, GDP's two values joined, the second label in lower case after ";"
    assert item.text == ("Figures — GDP: CNY 102.36 billion, +5.6% year on year; value added of the "
                         "primary industry: CNY 6.82 billion, +3.8%.")
    # figures of two periods keep a period each, one metric's values of one period still joined
    figures[3] = fig("第一产业增加值", 3.8, "%", "growth", "增长3.8%", period="2024-06", direction="up")
    doc = Document(id="d", title="t", paragraphs=[Paragraph("p1", sentence)], figures=figures)
    item = event_english(doc, _event(sentence, half, "interval"), glossary, context_for("", glossary))
    # (the entry's own period, H1 2024, is in the Date column: not said again, review_2026-12-b class I2)
    assert item.text == ("Figures stated — GDP: CNY 102.36 billion, +5.6% year on year; value added of the "
                         "primary industry: CNY 6.82 billion; value added of the primary industry: +3.8%, "
                         "June 2024.")


def test_brief_of_a_notice_has_no_chinese_hole() -> None:
    glossary = get_glossary()
    # a subject no glossary phrase covers (稳就业 is one now: work report 2022/155), so the title stays unrendered
    doc = Document(id="d", title="南屏市人民政府办公室关于进一步做好候鸟栖息地巡护工作的通知", date="2022-03-10", genre="notice",
                   issuer="南屏市人民政府办公室", doc_number="南政办发〔2022〕12号")
    meta = Metadata(date="2022-03-31", region="南屏市", kind="gazette")
    item = brief(doc, meta, glossary, context_for("南屏市", glossary), TitleRenderer(glossary, "2022"))
    assert item is not None and item.status == "derived"
    assert item.text == ("The notice (Nan Zheng Ban Fa [2022] No. 12) was issued by the General Office of the Nanping "
                         "Municipal People's Government on 10 March 2022. It was published in a government gazette.")


def test_brief_names_every_issuer_of_a_joint_notice() -> None:
    glossary = get_glossary()
    doc = Document(id="d", title="栖川市交通运输局 栖川市财政局关于进一步加强农村公路养护管理工作的通知",
                   date="2024-04-15", genre="notice", issuer="栖川市财政局")
    item = brief(doc, Metadata(region="栖川市", kind="notice"), glossary, context_for("", glossary),
                 TitleRenderer(glossary))
    assert item is not None and item.text == ("The notice was issued by the Qichuan Municipal Transport Bureau and "
                                              "the Qichuan Municipal Finance Bureau on 15 April 2024.")


def test_brief_leaves_out_what_does_not_render() -> None:
    glossary = get_glossary()
    # a speaker given by office only (市长) is no name to spell: left out
    doc = Document(id="d", title="在全市优化营商环境大会上的讲话", date="2022-01-10", genre="speech", speaker="市长")
    item = brief(doc, Metadata(region="枫林市", kind="speech"), glossary, context_for("", glossary),
                 TitleRenderer(glossary))
    assert item is not None and item.text == "The speech was delivered on 10 January 2022."
    # a personal name is spelt in Pinyin (persons.py)
    doc.speaker = "李文博"
    item = brief(doc, Metadata(region="枫林市", kind="speech"), glossary, context_for("", glossary),
                 TitleRenderer(glossary))
    assert item is not None and item.text == "The speech was delivered by Li Wenbo on 10 January 2022."


@pytest.mark.parametrize("path", sorted(REALSTYLE.glob("*.txt")), ids=lambda p: p.stem)
def test_every_realstyle_document_gets_an_english_brief(path: Path) -> None:
    source = translate(process(path))
    for doc in source.documents:
        item = doc.translations["en"].brief
        assert item is not None and item.status == "derived", doc.id
        assert not untranslated_chinese(item.text) and MISSING_LABEL not in item.text, item.text
        assert item.text.endswith(".") and "  " not in item.text


def test_communique_page_parts() -> None:
    source = translate(process(REALSTYLE / "2023-qingxi-statistics-communique.txt"))
    tr = source.documents[0].translations["en"]
    assert tr.title.status == "derived"
    headings = [t.text for t in tr.paragraphs.values() if t.status == "derived"]
    assert headings[:4] == ["I. General Survey", "II. Agriculture", "III. Industry and Construction",
                            "IV. Investment in Fixed Assets"]
    assert tr.brief is not None and tr.brief.text.startswith(
        "The statistical communiqué, issued by the Qingxi County Bureau of Statistics on 20 March 2023, reports data "
        "for 2022. ")


def test_release_brief_and_headings() -> None:
    # a half-year release (not a 统计公报): its English was read by hand against the Chinese of the fixture
    source = translate(process(REALSTYLE / "2024-yuanchuan-first-half-economy-release.txt"))
    tr = source.documents[0].translations["en"]
    assert tr.title.text == "Yuanchuan's Economy Picks Up Steadily in the First Half"
    assert tr.brief is not None and tr.brief.text.startswith(
        "The statistical release, issued by the Yuanchuan Municipal Bureau of Statistics on 19 July 2024, reports data "
        "for H1 2024. Leading figures for H1 2024 — GDP: CNY 102.36 billion, +5.6% year on year")
    headings = [t.text for t in tr.paragraphs.values() if t.status == "derived"]
    assert "I. Agricultural Production Remained Generally Stable" in headings
    assert "VIII. Consumer Prices Rose Moderately" in headings


def test_english_page_shows_in_brief_first_and_after_a_reviewed_summary() -> None:
    from build_tools.render import pages

    source = translate(process(REALSTYLE / "2023-qingxi-statistics-communique.txt"))
    doc = source.documents[0]
    page = pages.document_page(source, doc, "en")
    assert page.index("## In brief") < page.index("## Summary") < page.index("## Key figures")
    assert "I\\. General Survey" in page or "I. General Survey" in page  # derived headings over the original text
    seed = translate(process(ROOT / "seeds" / "2019-chaoyang-revitalization-feature.txt"))
    reviewed = next(d for d in seed.documents if d.summary and all(
        t.status == "reviewed" for t in d.translations["en"].summary))
    page = pages.document_page(seed, reviewed, "en")
    assert page.index("## Summary") < page.index("## In brief")


def test_timeline_entry_takes_only_the_figures_of_its_own_sentence() -> None:
    # two sentences of one paragraph both say 增长8.5%: the entry of the second must not take the first's figure
    glossary = get_glossary()
    first = "一般公共预算收入完成9.8亿元，增长8.5%；"
    second = "1至11月，规模以上工业增加值增长8.5%。"
    doc = Document(id="d", title="t", paragraphs=[Paragraph("p1", first + second)], figures=[
        Figure(metric="一般公共预算收入", value=8.5, unit="%", sentence=first, paragraph="p1", kind="growth",
               period="2023", direction="up", status="forecast", text="8.5%"),
        Figure(metric="规模以上工业增加值", value=8.5, unit="%", sentence=second, paragraph="p1", kind="growth",
               period="2023-01/2023-11", direction="up", text="8.5%")])
    item = event_english(doc, _event(second, "2023-01/2023-11", "interval"), glossary, context_for("", glossary))
    assert item.text == ("Figures — value added of industrial enterprises above designated "
                         "size: +8.5%.")


def test_timeline_meeting_or_event_held() -> None:
    glossary = get_glossary()
    doc = Document(id="d", title="t")
    ctx = context_for("", glossary)
    # the agenda after the meeting is left out: the English says only what is certain (who held what, when)
    held = event_english(doc, _event("6月3日，清溪县召开2023年防汛抗旱工作会议，部署今年防汛抗旱任务。", "2023-06-03"),
                         glossary, ctx)
    assert (held.text, held.status) == (
        "On 3 June 2023, Qingxi County held the 2023 Flood Control and Drought Relief Work Conference.", "derived")
    analysis = event_english(doc, _event("4月20日，石门县召开一季度经济运行分析会。", "2023-04-20"), glossary, ctx)
    assert analysis.text == (
        "On 20 April 2023, Shimen County held a meeting to analyze economic performance in the first quarter.")
    festival = event_english(doc, _event("9月22日，清溪县举办2023年中国农民丰收节活动。", "2023-09-22"), glossary, ctx)
    # (a year's edition takes the article: review_2026-12-b class U2)
    assert festival.text == (
        "On 22 September 2023, Qingxi County held events for the 2023 Chinese Farmers' Harvest Festival.")
    # a host that is no name (市政府 without the bulletin's region) or a meeting that does not render: stays Chinese
    for text in ("5月5日，市政府召开一季度经济运行分析会。", "5月5日，清溪县召开候鸟保护推进会。"):
        assert event_english(doc, _event(text, "2023-05-05"), glossary, ctx).status == "missing"
    # 市政府 in a city's bulletin is that city's government; a county's bulletin does not say which city
    own = _event("5月5日，市政府召开2022年一季度经济运行分析会，通报全市一季度经济运行情况。", "2022-05-05")
    assert event_english(doc, own, glossary, ctx, region="枫林市").text == (
        "On 5 May 2022, the Fenglin Municipal People's Government held a meeting to analyze economic performance in "
        "the first quarter of 2022.")
    assert event_english(doc, own, glossary, ctx, region="枫林县").status == "missing"
    # an event "held at" a place (…活动在镇文化广场举行) is said actively
    square = _event("9月23日，白沙镇2022年中国农民丰收节庆祝活动在镇文化广场举行。", "2022-09-23")
    assert event_english(doc, square, glossary, ctx).text == (
        "On 23 September 2022, Baisha Town held events for the 2022 Chinese Farmers' Harvest Festival.")


def test_measures_in_force_over_a_period():
    """本措施自…起施行，有效期至…: one period entry (extract/events.py), one English sentence."""
    from build_tools.model import Event
    from build_tools.translate.timeline import standard_clause

    event = Event(date="2025-04-01/2028-03-31", text="本措施自2025年4月1日起施行，有效期至2028年3月31日。",
                  paragraph="p9", precision="interval", kind="period")
    assert standard_clause(event) == "These measures take effect on 1 April 2025 and are valid until 31 March 2028."


def test_work_report_titled_with_the_peoples_government():
    """峤北市人民政府工作报告: the same report as 峤北市政府工作报告 (人民 belongs to the government's name)."""
    from build_tools.translate.titles import TitleRenderer

    title = TitleRenderer(get_glossary(), "2025").title("白水市人民政府工作报告", "", "")
    assert (title.status, title.text) == ("derived", "Report on the Work of the Government of Baishui")

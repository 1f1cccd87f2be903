"""Timeline entries in English by general frames (translate/event_frames.py) and a chronicle's dates (issue 12 item
6, issue 11 item 3). Sentences invented for these tests (a county of 枫林县, names and places made up), the English
expected written by hand."""

from __future__ import annotations

import pytest

from build_tools.extract.events import extract_events
from build_tools.extract.reporting import reporting_period
from build_tools.model import Document, Metadata, Paragraph
from build_tools.translate.event_frames import frame_clause, own_name
from build_tools.translate.glossary import get_glossary

REGION = "枫林县"


def en(text: str, when: str = "8 March 2025", region: str = REGION) -> str | None:
    return frame_clause(text, when, get_glossary(), region)


def test_own_bodies_said_short_are_the_regions():
    assert own_name("县委", REGION) == "枫林县委"
    assert own_name("县政府办公室", REGION) == "枫林县人民政府办公室"
    assert own_name("市政府", REGION) == "市政府"  # another level: not the county's
    assert own_name("枫林县应急管理局", REGION) == "枫林县应急管理局"


def test_a_body_issues_a_document_named_by_its_title():
    assert en("3月8日，县政府办公室印发《枫林县2025年优化营商环境工作要点》。") == (
        "On 8 March 2025, the General Office of the Fenglin County People's Government issued the Fenglin County Key "
        "Points of Work on Improving the Business Environment in 2025.")
    # 市政府 in a county's chronicle: the city's government, as the glossary says it (no name is guessed)
    assert en("3月8日，市政府印发《枫林县2025年优化营商环境工作要点》。", "8 March 2025").startswith(
        "On 8 March 2025, the municipal government issued the Fenglin County Key Points")
    # a title that does not render: no sentence
    assert en("3月8日，县政府印发《关于进一步做好枇杷采摘季有关事项的通知》。") is None


def test_an_executive_meeting_deliberates_and_adopts():
    text = en("9月2日，县政府常务会议审议通过《枫林县国土空间总体规划（2021—2035年）》。", "2 September 2025")
    assert text == ("On 2 September 2025, an executive meeting of the Fenglin County People's Government deliberated "
                    "and adopted the Fenglin County Territorial Spatial Master Plan (2021-2035).")


def test_an_agreement_signed_with_a_university_or_a_company():
    assert en("5月20日，县人民政府与岳州大学签署战略合作协议。", "20 May 2025") == (
        "On 20 May 2025, the Fenglin County People's Government signed a strategic cooperation agreement with "
        "Yuezhou University.")
    # what the sentence adds (the investment) is left out; the agreement is not the project's (no project named)
    assert en("5月20日，县政府与枫林交通投资集团有限公司签订投资协议，项目总投资5亿元。", "20 May 2025") == (
        "On 20 May 2025, the Fenglin County People's Government signed an investment agreement with Fenglin "
        "Transport Investment Group Co., Ltd.")
    # a company named by its brand (no brand is guessed), an agreement on a named project: no sentence
    assert en("5月20日，县政府与长沙远航科技有限公司签订投资协议。", "20 May 2025") is None
    assert en("5月20日，县政府与枫林交通投资集团有限公司签订锂电材料项目投资协议。", "20 May 2025") is None


def test_a_leader_inspects_work_in_a_place():
    assert en("6月3日，县委书记刘文华到石桥镇调研防汛工作。", "3 June 2025") == (
        "On 3 June 2025, Liu Wenhua, Secretary of the CPC Fenglin County Committee, inspected flood control in "
        "Shiqiao Town.")
    # the city's secretary in a county's text: the city is not named
    assert en("6月3日，市委书记刘文华到枫林县调研防汛工作。", "3 June 2025") == (
        "On 3 June 2025, Liu Wenhua, Secretary of the Municipal Party Committee, inspected flood control in Fenglin "
        "County.")
    assert en("4月9日，副县长赵明带队到河口乡督导森林防火工作。", "9 April 2025") == (
        "On 9 April 2025, Deputy County Head Zhao Ming led a team to Hekou Township to inspect forest fire "
        "prevention.")
    assert en("6月3日，县委书记刘文华到石桥镇、河口乡调研防汛工作。", "3 June 2025") == (
        "On 3 June 2025, Liu Wenhua, Secretary of the CPC Fenglin County Committee, inspected flood control in "
        "Shiqiao Town and Hekou Township.")


def test_an_inspection_without_a_name_or_a_rendered_work_stays_chinese():
    # no name: none invented, the office alone (chronicle_frames.py, tests/test_translate_chronicle_frames.py)
    assert en("6月3日，县委书记到石桥镇调研防汛工作。", "3 June 2025") == (
        "On 3 June 2025, the Secretary of the CPC Fenglin County Committee inspected flood control in Shiqiao Town.")
    assert en("6月3日，县委书记刘文华到石桥镇调研枇杷产业发展情况。", "3 June 2025") is None


def test_a_standing_committee_meeting_and_a_party_meeting_held():
    assert en("4月28日，县十九届人大常委会第十二次会议召开，审议通过有关人事任免事项。", "28 April 2025") == (
        "On 28 April 2025, the 12th Meeting of the Standing Committee of the 19th Fenglin County People's Congress "
        "was held.")
    assert en("12月22日，县委经济工作会议召开。", "22 December 2025") == (
        "On 22 December 2025, the Economic Work Conference of the CPC Fenglin County Committee was held.")


def test_a_plenary_session_of_the_own_party_committee():
    assert en("1月6日，县委召开十五届八次全体会议。", "6 January 2025") == (
        "On 6 January 2025, the Eighth Plenary Session of the 15th CPC Fenglin County Committee was held.")
    assert en("1月6日，县委召开十五届八次全体会议暨全县经济工作会议。", "6 January 2025") == (
        "On 6 January 2025, the Eighth Plenary Session of the 15th CPC Fenglin County Committee and the Fenglin County "
        "Economic Work Conference were held.")
    assert en("1月6日，县委十五届八次全体会议在县会议中心召开。", "6 January 2025") == (
        "On 6 January 2025, the Eighth Plenary Session of the 15th CPC Fenglin County Committee was held.")
    # a session of the county's people's congress said short
    assert en("1月8日，县十九届人大五次会议隆重开幕。", "8 January 2025") == (
        "On 8 January 2025, the Fifth Session of the 19th Fenglin County People's Congress opened.")
    assert en("1月8日，市十九届人大五次会议隆重开幕。", "8 January 2025") is None  # which city?
    # a second meeting whose name does not render: no sentence
    assert en("1月6日，县委召开十五届八次全体会议暨县委枇杷产业座谈会。", "6 January 2025") is None


def test_two_bodies_hold_a_meeting():
    text = en("2月10日，县委、县政府召开全县安全生产工作会议。", "10 February 2025")
    assert text is not None and text.startswith(
        "On 10 February 2025, the CPC Fenglin County Committee and the Fenglin County People's Government held the ")
    assert en("2月10日，县领导召开全县安全生产工作会议。", "10 February 2025") is None  # 县领导: no body


def test_a_project_started_a_person_elected_a_programme_opened():
    assert en("3月2日，华康生物医药产业园项目开工建设。", "2 March 2025") == (
        "On 2 March 2025, construction of the Huakang Biomedicine Industrial Park Project started.")
    assert en("3月2日，枇杷深加工项目开工建设。", "2 March 2025") is None  # a project named after its product
    # its size said before it (总投资…的): after the name, in the rows' words
    assert en("3月2日，总投资18.5亿元的华康生物医药产业园项目开工建设。", "2 March 2025") == (
        "On 2 March 2025, construction of the Huakang Biomedicine Industrial Park Project (total investment: CNY 1.85 "
        "billion) started.")
    assert en("1月6日，县十九届人大五次会议举行选举，李明当选为枫林县人民政府县长。", "6 January 2025") == (
        "On 6 January 2025, Li Ming was elected Head of Fenglin County.")
    assert en("9月23日，第七届中国农民丰收节在白沙镇开幕。", "23 September 2025") == (
        "On 23 September 2025, the Seventh Chinese Farmers' Harvest Festival opened in Baisha Town.")
    assert en("9月23日，第七届枇杷节在白沙镇开幕。", "23 September 2025") is None  # not a programme of the glossary


def test_a_title_conferred_renders_only_from_the_glossary():
    from build_tools.translate.event_frames import frame_clause as frame
    from build_tools.translate.glossary import Entry, Glossary

    base = get_glossary()
    glossary = Glossary([*base.entries, Entry(zh="全国文明村镇", en="National Civilized Village or Town",
                                              category="term", source="P")])
    assert frame("4月10日，白沙镇被命名为“全国文明村镇”。", "10 April 2025", glossary, REGION) == (
        "On 10 April 2025, Baisha Town was named a National Civilized Village or Town.")
    assert frame("4月10日，白沙镇荣获“全国文明村镇”称号。", "10 April 2025", glossary, REGION) == (
        "On 10 April 2025, Baisha Town won the title of National Civilized Village or Town.")
    # (全国文明村镇 is in glossary/chronicle_terms.yml now: a title the glossary lacks)
    assert frame("4月10日，白沙镇被命名为“全国枇杷之乡”。", "10 April 2025", base, REGION) is None


def test_facilities_in_a_new_area_and_a_hospital_opening_to_patients():
    from build_tools.translate.facilities import completed_clause

    g = get_glossary()
    # the month without 于 (10月正式投产), a park named after a new area
    assert completed_clause("河西新区智能制造产业园二期项目10月正式投产，预计年产值20亿元。", "October 2025", False, g) == (
        "Phase II of the Hexi New Area Intelligent Manufacturing Industrial Park went into production in October "
        "2025.")
    assert completed_clause("枫林县区域医疗中心于11月正式开诊。", "November 2025", False, g) == (
        "Fenglin County Regional Medical Center opened to patients in November 2025.")
    assert completed_clause("确保枫林县区域医疗中心9月底前开诊。", "September 2025", True, g) == (
        "Fenglin County Regional Medical Center is to open to patients by the end of September 2025.")
    # a bus line between two places
    assert completed_clause("12月28日，枫林至岳州城际公交线路开通运营。", "28 December 2025", False, g) == (
        "The Fenglin-Yuezhou Intercity Bus Line began operation on 28 December 2025.")


@pytest.mark.parametrize("text", ["3月8日，县政府印发了一批文件。", "5月20日，县政府与多家企业签约。",
                                  "6月3日，县委书记刘文华主持召开县委常委会会议。"])
def test_sentences_outside_the_frames_stay_chinese(text: str) -> None:
    assert en(text) is None


def test_a_chronicle_is_of_the_year_its_title_names_and_same_day_entries_are_dated():
    """枫林县2024年大事记 published in March 2025: 1月5日 is 5 January 2024, a past event; 同日 is that day."""
    doc = Document(id="d", title="枫林县2024年大事记", date="2025-03-02", paragraphs=[
        Paragraph(id="p0", text="1月5日，县委召开十五届八次全体会议。"),
        Paragraph(id="p1", text="同日，县融媒体中心新大楼投入使用。"),
        Paragraph(id="p2", text="11月，枫林县开展冬季征兵工作。")])
    meta = Metadata(date="2025-03-02", region=REGION)
    doc.reporting_period = reporting_period(doc, meta)
    found = extract_events(doc, meta)
    assert [(e.date, e.kind, e.paragraph) for e in found] == [
        ("2024-01-05", "event", "p0"), ("2024-01-05", "event", "p1"), ("2024-11", "event", "p2")]


def test_same_day_needs_a_dated_entry_just_before():
    doc = Document(id="d", title="枫林县2024年大事记", date="2025-03-02", paragraphs=[
        Paragraph(id="p0", text="1月5日，县委召开十五届八次全体会议。"),
        Paragraph(id="p1", text="全县各乡镇开展走访慰问活动。"),
        Paragraph(id="p2", text="同日，县融媒体中心新大楼投入使用。")])
    meta = Metadata(date="2025-03-02", region=REGION)
    doc.reporting_period = reporting_period(doc, meta)
    assert [e.paragraph for e in extract_events(doc, meta)] == ["p0"]

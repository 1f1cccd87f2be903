"""Chronicle entries in English (issue 12 item 6): leaders by office only, inspection teams, plaques unveiled, visits,
campaigns and honour titles (translate/chronicle_frames.py, event_frames.py, glossary/chronicle_terms.yml).
Sentences invented for these tests (a county 枫林县 and a district 柳岸区, names and places made up), the English
expected written by hand."""

from __future__ import annotations

import pytest

from build_tools.translate.chronicle_frames import offices_en, team_en
from build_tools.translate.event_frames import frame_clause
from build_tools.translate.glossary import get_glossary

COUNTY, DISTRICT = "枫林县", "柳岸区"


def en(text: str, when: str = "8 March 2025", region: str = COUNTY) -> str | None:
    return frame_clause(text, when, get_glossary(), region)


def test_offices_without_a_name():
    g = get_glossary()
    assert offices_en("市委副书记", g, COUNTY) == "a deputy secretary of the municipal Party committee"
    assert offices_en("市委常委、宣传部部长", g, COUNTY) == (
        "a member of the Standing Committee of the municipal Party committee and head of its Publicity Department")
    assert offices_en("市委常委、常务副市长", g, COUNTY) == (
        "a member of the Standing Committee of the municipal Party committee and executive vice mayor")
    assert offices_en("副市长", g, COUNTY) == "a vice mayor"
    assert offices_en("省人大常委会副主任", g, COUNTY) == (
        "a vice chairperson of the Standing Committee of the Provincial People's Congress")
    # the bulletin's own level: its region is named
    assert offices_en("县长", g, COUNTY) == "the head of Fenglin County"
    assert offices_en("副区长", g, DISTRICT) == "a deputy head of Liu'an District"
    assert offices_en("县委副书记", g, COUNTY) == "a deputy secretary of the CPC Fenglin County Committee"
    # a county head in a city's text: another level, not named
    assert offices_en("县长", g, "岳州市") == "the county head"
    assert offices_en("市委办公室主任", g, COUNTY) is None


def test_a_leader_by_office_inspects_or_leads_a_team():
    assert en("5月6日，县长到白沙镇、石桥乡检查森林防火工作。", "6 May 2025") == (
        "On 6 May 2025, the head of Fenglin County inspected forest fire prevention in Baisha Town and Shiqiao "
        "Township.")
    assert en("9月2日，市委常委、组织部部长到枫林县调研基层党建工作。", "2 September 2025") == (
        "On 2 September 2025, a member of the Standing Committee of the municipal Party committee and head of its "
        "Organization Department inspected primary-level Party building in Fenglin County.")
    assert en("6月12日，副市长带队到枫林县督导防汛准备工作。", "12 June 2025") == (
        "On 12 June 2025, a vice mayor led a team to Fenglin County to inspect flood-control preparations.")
    # work the vocabulary does not read: no sentence
    assert en("2月5日，市委副书记到枫林县检查春节期间市场保供稳价工作。", "5 February 2025") is None


def test_inspection_teams_of_higher_bodies():
    assert team_en("国务院第九次大督查第二督查组") == (
        "the Second Inspection Team of the State Council's 9th accountability inspection")
    assert team_en("省政府督查组") == "an inspection team of the Provincial People's Government"
    assert team_en("市委第三督导组") == "the Third Supervision Team of the municipal Party committee"
    assert team_en("县政府督查组") is None
    assert en("11月3日，国务院第九次大督查第二督查组到柳岸区开展实地督查。", "3 November 2025", DISTRICT) == (
        "On 3 November 2025, the Second Inspection Team of the State Council's 9th accountability inspection "
        "carried out on-site inspections in Liu'an District.")
    assert en("4月9日，省政府督查组到枫林县开展森林防火专项督查。", "9 April 2025") == (
        "On 9 April 2025, an inspection team of the Provincial People's Government carried out a special inspection "
        "of forest fire prevention in Fenglin County.")


def test_a_park_unveiled_and_leaders_visiting_people():
    assert en("3月18日，枫林县电子信息产业园揭牌。", "18 March 2025") == (
        "On 18 March 2025, the Fenglin County Electronic Information Industrial Park was inaugurated.")
    assert en("同日，枫林县青年创业服务驿站揭牌。", "18 March 2025") is None  # (a kind outside the lists)
    assert en("1月25日，县领导分组走访慰问老干部和困难职工。", "25 January 2025") == (
        "On 25 January 2025, county leaders visited retired officials and workers in difficulty.")
    assert en("1月25日，县领导分组走访慰问老干部和外地来枫林务工人员。", "25 January 2025") is None
    assert en("1月25日，市领导走访慰问困难群众。", "25 January 2025") is None  # (another level's leaders)


def test_campaigns_and_the_regions_own_events():
    assert en("2月，枫林县开展2025年“春风行动”，举办招聘会8场。", "February 2025") == (
        "In February 2025, Fenglin County carried out the 2025 Spring Breeze Campaign.")
    assert en("2月16日，枫林县2025年“春风行动”专场招聘会在县体育馆举行，提供岗位1800个。", "16 February 2025") == (
        "On 16 February 2025, Fenglin County's 2025 Spring Breeze Campaign job fair was held.")
    assert en("3月12日，全区义务植树活动在东湖公园举行。", "12 March 2025", DISTRICT) == (
        "On 12 March 2025, the district's voluntary tree planting event was held.")
    assert en("12月2日，全县“宪法宣传周”活动启动。", "2 December 2025") == (
        "On 2 December 2025, the county's Constitution Publicity Week began.")
    # a campaign the glossary does not have
    assert en("10月，枫林县开展“暖冬助学”活动。", "October 2025") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("4月10日，枫林县被命名为“国家卫生县城”。", "On 8 March 2025, Fenglin County was named a National Hygienic County."),
    ("4月10日，柳岸区获评“全国文明城市”。", "On 8 March 2025, Liu'an District was rated a National Civilized City."),
    ("4月10日，白沙镇石门村入选“全国乡村治理示范村”。",
     "On 8 March 2025, Shimen Village in Baisha Town was selected as a National Model Village for Rural Governance."),
    ("4月10日，枫林县获评“国家全域旅游示范区”。",
     "On 8 March 2025, Fenglin County was rated a National Integrated Tourism Demonstration Zone."),
])
def test_honour_titles_of_the_glossary(text: str, expected: str) -> None:
    assert en(text) == expected


def test_a_metric_of_the_glossary_is_no_title():
    # 国家卫生乡镇 is a count in health_terms.yml ("national hygienic towns"): no "was named a national hygienic towns"
    assert en("4月10日，白沙镇被命名为“国家卫生乡镇”。") is None


def test_colleges_and_facilities_of_a_county():
    assert en("6月3日，县政府与岳州职业技术学院签署校地合作协议。", "3 June 2025") == (
        "On 3 June 2025, the Fenglin County People's Government signed a cooperation agreement with Yuezhou "
        "Vocational and Technical College.")
    from build_tools.translate.facilities import completed_clause

    g = get_glossary()
    assert completed_clause("5月20日，枫林至岳州一级公路建成通车。", "20 May 2025", False, g) == (
        "The Fenglin-Yuezhou Class-I Highway was completed and opened to traffic on 20 May 2025.")
    assert completed_clause("8月9日，白沙污水处理厂竣工投用。", "9 August 2025", False, g) == (
        "The Baisha Sewage Treatment Plant was completed and put into use on 9 August 2025.")


def test_party_committee_study_sessions_and_anniversary_meetings():
    assert en("4月18日，县委理论学习中心组召开2025年第三次集体学习会。", "18 April 2025") == (
        "On 18 April 2025, the theoretical study group of the CPC Fenglin County Committee held its third group study "
        "session of 2025.")
    assert en("6月30日，区委召开庆祝中国共产党成立104周年暨“两优一先”表彰大会。", "30 June 2025", DISTRICT) == (
        "On 30 June 2025, the CPC Liu'an District Committee held a meeting to celebrate the 104th anniversary of the "
        "founding of the Communist Party of China and to honor outstanding Party members, Party workers and Party "
        "organizations.")
    assert en("6月30日，县委召开庆祝中国共产党成立104周年大会。", "30 June 2025") == (
        "On 30 June 2025, the CPC Fenglin County Committee held a meeting to celebrate the 104th anniversary of the "
        "founding of the Communist Party of China.")
    # another level's committee: not the bulletin's own, no name
    assert en("4月18日，市委理论学习中心组召开2025年第三次集体学习会。", "18 April 2025") is None


def test_a_regions_teachers_day_meeting():
    assert en("9月8日，全县庆祝第41个教师节暨优秀教师表彰大会在县会议中心召开。", "8 September 2025") == (
        "On 8 September 2025, the county's meeting to celebrate the 41st Teachers' Day and honor outstanding teachers "
        "was held.")
    assert en("9月8日，全县庆祝第41个教师节暨“四有”好老师表彰大会召开。", "8 September 2025") is None


def test_an_avenue_rebuilt():
    from build_tools.translate.facilities import completed_clause

    assert completed_clause("10月15日，枫林大道改造工程竣工通车。", "15 October 2025", False, get_glossary()) == (
        "The Fenglin Avenue Renovation Project was completed and opened to traffic on 15 October 2025.")


def test_an_editors_note_on_the_chronicle_is_no_event():
    from build_tools.extract.events import extract_events
    from build_tools.extract.reporting import reporting_period
    from build_tools.model import Document, Metadata, Paragraph

    doc = Document(id="d", title="枫林县2025年大事记", date="2026-02-02", paragraphs=[
        Paragraph(id="p0", text="说明：本大事记收录2025年枫林县的重要事件，按时间顺序排列。"),
        Paragraph(id="p1", text="1月8日，县委召开十六届九次全体会议。")])
    meta = Metadata(date="2026-02-02", region=COUNTY)
    doc.reporting_period = reporting_period(doc, meta)
    assert [e.paragraph for e in extract_events(doc, meta)] == ["p1"]


def test_a_schools_campus_by_its_side():
    from build_tools.translate.facilities import completed_clause

    assert completed_clause("8月28日，枫林县第二中学西校区建成投用，新增学位900个。", "28 August 2025", False,
                            get_glossary()) == (
        "The west campus of the Fenglin County No. 2 Middle School was completed and put into use on 28 August 2025.")


def test_a_local_festival_named_after_its_theme():
    assert en("4月5日，枫林县第五届桃花文化旅游节在白沙镇开幕。", "5 April 2025") == (
        "On 5 April 2025, the Fifth Fenglin Peach Blossom Culture and Tourism Festival opened in Baisha Town.")
    assert en("6月18日，第二届杨梅采摘节在石桥乡隆重开幕。", "18 June 2025") == (
        "On 18 June 2025, the Second Bayberry Picking Festival opened in Shiqiao Township.")
    assert en("5月1日，柳岸区茶旅文化节开幕。", "1 May 2025", DISTRICT) == (
        "On 1 May 2025, the Liu'an Tea and Tourism Culture Festival opened.")
    assert en("4月5日，枫林县第五届山歌文化旅游节在白沙镇开幕。", "5 April 2025") is None  # (a theme outside the list)


def test_a_ceremony_of_the_whole_county_is_the_countys():
    from build_tools.model import Event
    from build_tools.translate.timeline import held_clause

    text = "3月2日，全县一季度重大项目集中开工仪式在白沙工业园举行，集中开工项目12个。"
    assert held_clause(Event(date="2025-03-02", text=text, paragraph="p"), get_glossary(), COUNTY) == (
        "On 2 March 2025, Fenglin County held a groundbreaking ceremony for major projects of the first quarter.")
    # 全市 in a county's text: another level's, no sentence
    text = "3月2日，全市一季度重大项目集中开工仪式在白沙工业园举行。"
    assert held_clause(Event(date="2025-03-02", text=text, paragraph="p"), get_glossary(), COUNTY) is None


def test_meetings_and_documents_of_chronicle_vocabulary():
    assert en("1月9日，县政府召开全县消防工作会议。", "9 January 2025") == (
        "On 9 January 2025, the Fenglin County People's Government held the Fenglin County Work Conference on Fire "
        "Prevention.")
    assert en("3月3日，县政府办公室印发《枫林县2025年民生实事项目实施方案》。", "3 March 2025") == (
        "On 3 March 2025, the General Office of the Fenglin County People's Government issued the Fenglin County "
        "Implementation Plan for Practical Projects for People's Wellbeing in 2025.")


def test_an_emergency_response_with_its_cause():
    assert en("7月3日，受持续强降雨影响，全县多地出现内涝，县防汛抗旱指挥部启动防汛Ⅲ级应急响应，转移群众800人。",
              "3 July 2025") == (
        "On 3 July 2025, affected by continuous heavy rain, the Fenglin County Flood Control and Drought Relief "
        "Headquarters activated a Level III emergency response for flood control.")
    assert en("9月14日，受第14号台风影响，县应急管理局启动防台风Ⅳ级应急响应。", "14 September 2025") == (
        "On 14 September 2025, affected by Typhoon No. 14, the Fenglin County Emergency Management Bureau activated a "
        "Level IV emergency response for typhoon prevention.")
    # a cause the list does not have: the response alone
    assert en("1月20日，枫林县遭遇强寒潮，县应急管理局启动低温雨雪冰冻灾害Ⅳ级应急响应。", "20 January 2025") == (
        "On 20 January 2025, the Fenglin County Emergency Management Bureau activated a Level IV emergency response "
        "for low temperature, rain, snow and freezing disasters.")
    # a response whose kind is not listed: no sentence
    assert en("8月1日，县卫生健康局启动突发公共卫生事件Ⅳ级应急响应。", "1 August 2025") is None


def test_an_emergency_response_raised_lowered_and_ended():
    # clauses split from one sentence: the body that acts is said elsewhere, the response is named
    assert en("5月30日启动防汛Ⅳ级应急响应", "30 May 2025") == (
        "On 30 May 2025, a Level IV emergency response for flood control was activated.")
    assert en("6月9日提升至防汛Ⅱ级应急响应", "9 June 2025") == (
        "On 9 June 2025, the emergency response for flood control was raised to Level II.")
    assert en("6月12日，县防汛抗旱指挥部将应急响应降低至防汛Ⅳ级应急响应。", "12 June 2025") == (
        "On 12 June 2025, the emergency response for flood control was lowered to Level IV.")
    assert en("6月15日终止防汛Ⅳ级应急响应。", "15 June 2025") == (
        "On 15 June 2025, the Level IV emergency response for flood control was ended.")
    # several days: the response was activated on one of them
    assert en("7月1日至3日，受强降雨影响，县防汛抗旱指挥部启动防汛Ⅲ级应急响应。", "1-3 July 2025") == (
        "During 1-3 July 2025, affected by heavy rain, the Fenglin County Flood Control and Drought Relief "
        "Headquarters activated a Level III emergency response for flood control.")
    # raised without naming which response: no sentence
    assert en("6月9日提升至Ⅱ级应急响应", "9 June 2025") is None


def test_a_bare_end_clause_ends_the_response_named_before_it():
    from build_tools.translate.chronicle_frames import ended_response

    before = "8月2日启动抗旱Ⅳ级应急响应，8月20日提升至抗旱Ⅲ级应急响应，"
    assert ended_response("9月5日终止", before, "On 5 September 2025") == (
        "On 5 September 2025, the emergency response for drought relief was ended.")
    # the last one named: 防汛 after 抗旱
    assert ended_response("9月5日终止。", "8月2日启动抗旱Ⅳ级应急响应；7月1日启动防汛Ⅳ级应急响应，",
                          "On 5 September 2025") == (
        "On 5 September 2025, the emergency response for flood control was ended.")
    # nothing named before it, or more than a bare end: no sentence
    assert ended_response("9月5日终止", "全年降雨偏多，", "On 5 September 2025") is None
    assert ended_response("9月5日终止合同", before, "On 5 September 2025") is None


def test_a_building_of_a_hospital_or_a_school():
    from build_tools.translate.facilities import completed_clause

    g = get_glossary()
    assert completed_clause("11月6日，枫林县人民医院住院综合楼竣工投用。", "6 November 2025", False, g) == (
        "The inpatient complex of the Fenglin County People's Hospital was completed and put into use on 6 November "
        "2025.")
    assert completed_clause("8月30日，枫林县第一中学教学楼建成投用。", "30 August 2025", False, g) == (
        "The teaching building of the Fenglin County No. 1 Middle School was completed and put into use on 30 August "
        "2025.")


def test_national_campaigns_and_days_of_the_glossary():
    from build_tools.model import Event
    from build_tools.translate.timeline import held_clause

    assert en("9月，枫林县开展“金秋助学”活动，资助大学新生120名。", "September 2025") == (
        "In September 2025, Fenglin County carried out the Golden Autumn Student Aid Campaign.")
    assert en("10月18日，柳岸区2025年“金秋招聘月”专场招聘会在区体育中心举行。", "18 October 2025", DISTRICT) == (
        "On 18 October 2025, Liu'an District's 2025 Golden Autumn Recruitment Month job fair was held.")
    text = "8月15日，2025年全国生态日枫林县主题活动在东湖公园举行。"
    assert held_clause(Event(date="2025-08-15", text=text, paragraph="p"), get_glossary(), COUNTY) == (
        "On 15 August 2025, Fenglin County held events for the 2025 National Ecology Day.")

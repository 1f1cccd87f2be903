"""Figure rules added after the thirty-second held-out measurement (a city's flood control and drought relief summary
as a DOCX with its table of rainfall stations, a county's report on handling deputies' suggestions and CPPCC members'
proposals as a hard-wrapped TXT); sentences and tables invented for each rule, expectations read by hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

SUMMARY = "岚溪市2024年防汛抗旱工作总结"
HANDLING = "岚溪县人民政府关于2024年度县人大代表建议和县政协委员提案办理情况的报告"


def test_a_bracket_defining_a_category_is_no_plan():
    """B类（列入计划逐步解决）12件: the bracket says what the category is; the count is of the year reviewed, and so
    is the next clause's (C类…)."""
    found = figs("代表建议中，B类（正在解决或列入计划逐步解决）12件，占30.0%；C类（留作参考）5件，占12.5%。",
                 date="2024-12-20", title=HANDLING, genre="report")
    for value in (12, 30.0, 5, 12.5):
        assert (one(found, value).status, one(found, value).period) == ("actual", "2024")


def test_a_plan_in_brackets_before_a_target_keeps_the_target():
    """力争…: the plan word outside any bracket still makes the figure a target."""
    found = figs("明年，力争新建（含改扩建）幼儿园6所。", date="2024-12-20", title=HANDLING, genre="report")
    assert one(found, 6).status == "target"


def test_a_record_since_a_year_is_no_period():
    """为2012年以来最高水位: the record's yardstick, not the time of the figures after it."""
    found = figs("（二）江河水位超警。石门水文站8月2日出现洪峰水位32.5米，为2012年以来最高水位；青溪水文站洪峰水位28.4米。"
                 "全市共有9条河流超警戒水位。", date="2024-11-20", title=SUMMARY, genre="report")
    assert one(found, 32.5).period == "2024-08-02"
    assert not one(found, 28.4).period.startswith("2012")
    assert one(found, 9).period == "2024"


def test_a_station_named_with_its_river_is_the_station():
    """青江干流石门水文站 / 支流白溪青口水文站: the subject is the station; the level above the warning mark after a
    station's peak is that station's."""
    found = figs("青江干流石门水文站8月2日出现洪峰水位32.5米，超警戒水位1.5米；支流白溪青口水文站洪峰水位28.4米，"
                 "超警戒水位0.62米。", date="2024-11-20", title=SUMMARY, genre="report")
    assert one(found, 32.5).subject == "石门水文站"
    assert one(found, 1.5).subject == "石门水文站"
    assert one(found, 28.4).subject == "青口水文站"
    assert one(found, 0.62).subject == "青口水文站"


def test_a_level_above_a_mark_without_a_station_stays_the_regions():
    """全市超警戒水位河流…: no station before it in its clause, no subject taken."""
    found = figs("全市平均降雨量980.2毫米。超警戒水位的河流有6条。", date="2024-11-20", title=SUMMARY, genre="report")
    assert one(found, 6).subject in ("", "全市")


def test_an_edition_of_a_named_document_is_no_period():
    """《…应急预案》（2023年修订）: the plan's edition; the works of the year reviewed keep that year."""
    found = figs("依据《岚溪市防汛应急预案》（2023年修订），全年完成病险水库除险加固15座，治理中小河流42.6公里。",
                 date="2024-11-20", title=SUMMARY, genre="report")
    assert one(found, 15).period == "2024"
    assert one(found, 42.6).period == "2024"


def _table(cells: list[list[str]]) -> list:
    from build_tools.extract.figures import extract_figures
    from build_tools.extract.reporting import reporting_period
    from build_tools.model import Document, Metadata, Paragraph

    paras = [Paragraph(id="p1", text="附表：2024年主要雨量站降雨情况"),
             Paragraph(id="p2", text="\n".join(" | ".join(r) for r in cells), role="table", cells=cells)]
    doc = Document(id="d", title=SUMMARY, date="2024-11-20", genre="report", paragraphs=paras)
    meta = Metadata(date="2024-11-20", region="岚溪市")
    doc.reporting_period = reporting_period(doc, meta)
    return extract_figures(doc, meta)


def test_a_table_of_departures_from_the_normal():
    """站名 | 降雨量 | 常年同期 | 距平（%）: each station's rainfall and departure, the station as subject, the
    departure up above the normal and down below it; the normal's column is the base, no figure."""
    found = _table([["站名", "年降雨量（毫米）", "常年同期（毫米）", "距平（%）"],
                    ["白沙站", "1420.5", "1210.0", "17.4"], ["石岭站", "880.4", "950.2", "-7.3"]])
    assert (one(found, 1420.5).subject, one(found, 17.4).subject) == ("白沙站", "白沙站")
    assert (one(found, 17.4).direction, one(found, -7.3).direction) == ("up", "down")
    assert one(found, -7.3).subject == "石岭站"
    assert not [f for f in found if f.value in (1210.0, 950.2)]


def test_a_normal_column_without_departures_stays():
    """常年同期 in a table that gives no departure from it is a column of figures like any other."""
    found = _table([["站名", "年降雨量（毫米）", "常年同期（毫米）"], ["白沙站", "1420.5", "1210.0"]])
    assert one(found, 1210.0)


def test_a_departure_in_the_text_has_the_direction_of_its_sign():
    found = figs("全市年降水量距平为-12.3%，南部白沙站距平达21.5%。", date="2024-11-20", title=SUMMARY, genre="report")
    assert one(found, -12.3).direction == "down"
    assert one(found, 21.5).direction == "up"


def test_jiang_handing_things_over_is_no_plan():
    """2024年3月8日，…将建议逐件交由36个单位办理，其中主办件210件: 将…交由 is the disposal construction (把), the
    assignment happened; 将 as "will" still plans (明年将新增…)."""
    found = figs("2024年3月8日，县政府召开交办会，将建议提案逐件交由36个承办单位办理，其中主办件210件、会办件24件。",
                 "明年将新增停车泊位800个。", date="2024-12-20", title=HANDLING, genre="report")
    assert one(found, 210).status == "actual"
    assert one(found, 24).status == "actual"
    assert one(found, 800).status == "target"


def test_a_department_handling_cases_is_the_subject():
    """县住房和城乡建设局承办48件，县教育局承办31件: each department's caseload, named as the text names it."""
    found = figs("从承办单位看，县住房和城乡建设局承办48件，县教育局承办31件。", region="岚溪县", date="2024-12-20",
                 title=HANDLING, genre="report")
    assert one(found, 48).subject == "县住房和城乡建设局"
    assert one(found, 31).subject == "县教育局"


def test_the_government_system_handling_is_no_entity():
    """县政府系统共承办…代表建议150件: the county's government as a whole, no entity named 县政府系统共承办县."""
    found = figs("2024年，县政府系统共承办县十七届人大三次会议代表建议150件。", region="岚溪县", date="2024-12-20",
                 title=HANDLING, genre="report")
    assert one(found, 150).subject == ""


def test_more_or_less_than_a_base_is_a_change():
    """比常年同期多0.8亿立方米 (up), 比上年少0.3万亩 (down): more or less than the base, no verb needed."""
    found = figs("汛末全市大中型水库蓄水量12.4亿立方米，比常年同期多0.8亿立方米。", "全年完成造林1.2万亩，比上年少0.3万亩。",
                 date="2024-11-20", title=SUMMARY, genre="report")
    assert one(found, 0.8).direction == "up"
    assert one(found, 0.3).direction == "down"
    assert one(found, 12.4).direction == ""


def test_the_session_of_suggestions_is_no_part_of_their_name():
    """县政府系统共承办县十七届人大三次会议代表建议150件、县政协十届三次会议委员提案201件: 人大代表建议, 政协委员提案."""
    found = figs("2024年，县政府系统共承办县十七届人大三次会议代表建议150件、县政协十届三次会议委员提案201件。",
                 region="岚溪县", date="2024-12-20", title=HANDLING, genre="report")
    assert one(found, 150).metric == "人大代表建议"
    assert one(found, 201).metric == "政协委员提案"


def test_a_count_of_days_named_with_consecutive_is_a_figure():
    """最长连续无有效降雨日数达36天: 连续 is part of the measure's name; 连续3天出现强降雨 stays a span."""
    found = figs("全市出现夏秋连旱，最长连续无有效降雨日数达36天。", "7月全市连续3天出现强降雨。",
                 date="2024-11-20", title=SUMMARY, genre="report")
    assert one(found, 36).unit == "天"
    assert not [f for f in found if f.value == 3]


def test_administrative_units_with_alternatives_before_another_count():
    """全市6个县（市、区）52个乡镇受灾: two counts, the first one's units with their alternatives in brackets."""
    found = figs("全市6个县（市、区）52个乡镇不同程度受灾。", date="2024-11-20", title=SUMMARY, genre="report")
    assert one(found, 6).unit == "个"
    assert one(found, 52).unit == "个"


def test_a_stations_day_in_the_first_clause_frames_no_later_sentence():
    """石门水文站8月2日出现洪峰水位32.5米。全市共有9条河流超警戒水位。: the day is the station's peak, the rivers are
    counted over the year; a paragraph opening with its day (8月2日，…) still frames its sentences."""
    found = figs("石门水文站8月2日出现洪峰水位32.5米。全市共有9条河流超警戒水位。", date="2024-11-20", title=SUMMARY,
                 genre="report")
    assert one(found, 32.5).period == "2024-08-02"
    assert one(found, 9).period == "2024"

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

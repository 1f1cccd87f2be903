"""Figure rules added after the forty-second held-out measurement (a city's main-data communiqué of the Third National
Land Survey as a PDF, a city's release on residents' income and consumption in January-September 2025 as an HTML
page); sentences invented for each rule, expectations read by hand."""

from __future__ import annotations

from tests.test_figure_attributes import figs, one

SURVEY = "栖川市第三次全国国土调查主要数据公报"
LEAD = "栖川市于2018年10月启动第三次全国国土调查，以2019年12月31日为标准时点，全面查清了全市国土利用状况。"


def _survey(*texts: str) -> list:
    return figs(LEAD, *texts, date="2022-02-20", title=SURVEY, genre="statistics")


def test_a_count_of_years_after_a_dated_comparison_spans_from_the_base():
    """与第二次全国土地调查（标准时点为2009年12月31日）相比，十年间…: the change is over the span from the base's
    year-end to the year-end the text reports at (2009-12/2019-12), base period 2009-12; the level and the rate after
    it alike; 十年间 is no part of the name."""
    found = _survey("与第二次全国土地调查（标准时点为2009年12月31日，以下简称“二调”）相比，十年间全市耕地减少12.30万亩，"
                    "园地增加1.05万公顷（15.75万亩），增幅18.40%。")
    cut = one(found, 12.3)
    assert (cut.period, cut.base_period, cut.direction) == ("2009-12/2019-12", "2009-12", "down")
    assert "间" not in cut.metric
    for value in (1.05, 18.4):
        f = one(found, value)
        assert (f.period, f.base_period, f.direction) == ("2009-12/2019-12", "2009-12", "up")


def test_years_just_closed_without_a_dated_comparison_keep_their_reading():
    """五年来 in a January speech still reads as the five years just closed (no dated 与…相比 before it)."""
    found = figs("五年来，全市累计新增城镇就业8.2万人。", date="2022-01-10", genre="work-report",
                 title="2022年栖川市政府工作报告")
    assert one(found, 8.2).period == "2017/2021"


def test_a_comparison_without_a_date_inside_gives_no_span():
    """与上年相比，三年间…: no dated base inside the comparison, no span from it (the survey's point stays)."""
    found = _survey("与上年相比，全市耕地减少0.20万公顷。")
    assert one(found, 0.2).period != "2009-12/2019-12"


def test_designated_towns_are_a_kind_of_land_not_a_subject():
    """建制镇用地0.92万公顷，占11.20%: land of designated towns (a category), no town named; 建制村 likewise."""
    found = _survey("其中，城市用地1.20万公顷，占14.60%；建制镇用地0.92万公顷（13.80万亩），占11.20%。",
                    "全市建制村通硬化路比例达到100%。")
    for value in (0.92, 11.2, 100):
        assert one(found, value).subject == ""
    assert "建制镇" in one(found, 0.92).metric


def test_a_named_town_is_still_a_subject():
    """青石镇耕地0.85万公顷: a town by its name stays the subject."""
    found = _survey("青石镇耕地0.85万公顷（12.75万亩）。")
    assert one(found, 0.85).subject == "青石镇"


def test_one_measure_as_a_percentage_of_another_is_named_by_both():
    """中位数是平均数的86.1%: the median as a share of the mean (中位数占平均数比重), not a metric 中位数是平均数."""
    found = figs("前三季度，全市居民人均可支配收入中位数28460元，同比名义增长4.7%，中位数是平均数的86.1%。",
                 date="2025-10-22", title="2025年前三季度栖川市居民收支情况", genre="statistics")
    f = one(found, 86.1)
    assert (f.metric, f.direction, f.period) == ("中位数占平均数比重", "", "2025-01/2025-09")


def test_towns_and_villages_as_a_land_category_are_no_place():
    """东城区：城镇村及工矿用地2.63万公顷 (a county's line of a table): the county is the subject, 城镇村 is part of the
    category's name (land for urban and rural settlements), not a village named 城镇村."""
    f = one(_survey("东城区：林地3.12万公顷，城镇村及工矿用地2.63万公顷。"), 2.63)
    assert (f.metric, f.subject) == ("城镇村及工矿用地", "东城区")

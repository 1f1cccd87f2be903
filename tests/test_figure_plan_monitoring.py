"""A statistical monitoring report on a city's programmes for women and children, read by hand (sentences invented for
these tests, not those of any fixture): a programme's target quoted in brackets after the figure it is for (one or
several, 分别), of the programme's last year as its opening paragraph gives it; programmes named by their number are
no figure; a goal named bare after its indicator; a sentence opening with 全年 frames the next; the share of places a
thing covers; with their English."""

from __future__ import annotations

import pytest

from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import figure_row
from tests.test_figure_attributes import figs, one

REPORT = {"date": "2026-05-06", "region": "汶州市", "genre": "report",
          "title": "汶州市2025年儿童发展规划统计监测报告"}
OPENING = "2025年是《汶州市儿童发展规划（2021—2030年）》实施的第五年。"


def _english(f) -> str:
    return figure_row(f, get_glossary(), Context(province="", city="")).text


def test_a_programmes_target_in_brackets_is_of_its_last_year() -> None:
    found = figs(OPENING, "2025年，全市新生儿死亡率为1.8‰，比上年下降0.2个千分点，低于规划目标（3‰以下）。", **REPORT)
    target = one(found, 3)
    assert (target.metric, target.status, target.period) == ("新生儿死亡率", "target", "2030")
    assert one(found, 1.8).status == "actual"


def test_several_targets_in_one_bracket_go_in_order() -> None:
    found = figs(OPENING, "2025年，小学净入学率为99.9%，初中毛入学率为103.2%，均达到规划目标（分别为99%和100%以上）。",
                 **REPORT)
    assert (one(found, 99).metric, one(found, 99).status, one(found, 99).period) == ("小学净入学率", "target", "2030")
    assert (one(found, 100).metric, one(found, 100).status) == ("初中毛入学率", "target")


def test_a_years_plan_in_brackets_stays_that_years() -> None:
    # (a plan-execution report: the year's plan, of the year of the estimate)
    found = figs("预计全年规模以上工业增加值增长6.4%，未完成年度计划（增长7%）。", date="2026-01-12", region="汶州市",
                 title="关于汶州市2025年国民经济和社会发展计划执行情况的报告")
    assert (one(found, 7).metric, one(found, 7).period, one(found, 7).status) == ("规模以上工业增加值", "2025",
                                                                                 "target")


def test_programmes_named_by_their_number_are_no_figure() -> None:
    found = figs(OPENING, "全市认真落实两个规划，监测的72项指标中，已有55项达到2030年目标。", **REPORT)
    assert not [f for f in found if f.value == 2]
    assert one(found, 55).status == "actual"


@pytest.mark.parametrize(("text", "value", "metric"), [
    ("全市森林覆盖率为38.6%，目标为40%。", 40, "森林覆盖率"),
    ("全年完成投资92亿元，目标110亿元。", 110, "完成投资"),
    ("学生近视率为51.2%，比上年下降1.1个百分点，规划要求到2030年降至45%以下。", 45, "学生近视率"),
])
def test_a_goal_named_bare_is_of_the_indicator_before_it(text: str, value: float, metric: str) -> None:
    f = one(figs(text, **REPORT), value)
    assert (f.metric, f.status) == (metric, "target")


def test_a_sentence_opening_with_the_whole_year_frames_the_next() -> None:
    found = figs("2025年末，全市女性社会组织负责人640人。全年新增女性创业者2100人。发放贴息贷款中，女性获贷930人。",
                 **REPORT)
    assert one(found, 640).period == "2025-12"
    assert one(found, 2100).period == "2025"
    assert one(found, 930).period == "2025"


def test_the_share_of_places_a_thing_covers() -> None:
    f = one(figs("2025年，全市建成儿童友好空间126个，覆盖78.4%的城乡社区。", **REPORT), 78.4)
    assert f.metric == "城乡社区覆盖率"
    assert _english(f) == "Coverage rate of urban and rural communities: 78.4%, 2025"


@pytest.mark.parametrize(("zh", "en"), [
    ("适龄妇女宫颈癌筛查率", "cervical cancer screening rate among eligible women"),
    ("居委会主任中女性比例", "share of women among heads of residents' committees"),
    ("7岁以下儿童健康管理率", "health management rate of children under 7"),
])
def test_english_of_the_programmes_indicators(zh: str, en: str) -> None:
    from build_tools.translate.metrics import metric_en

    assert metric_en(zh) == en

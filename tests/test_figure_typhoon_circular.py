"""A flood control headquarters' circular on a typhoon's impact, read by hand (sentences invented for these tests, not
those of any fixture): an extreme and where it occurred (最大降雨量出现在…，为…), a count of those of a set named first
(…座中型水库中有…座超汛限水位), the body that acted (电力部门抢修…, 县财政已下拨…); with their English."""

from __future__ import annotations

import pytest

from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import figure_row
from tests.test_figure_attributes import figs, one

CIRCULAR = {"date": "2025-08-06", "region": "汀浦县", "genre": "notice", "title": "关于第9号台风影响我县情况的通报"}


def _english(f) -> str:
    return figure_row(f, get_glossary(), Context(province="", city="")).text


def test_an_extreme_and_where_it_occurred() -> None:
    found = figs("全县过程平均降雨量142.8毫米，最大降雨量出现在沙洲镇，为268.5毫米。", **CIRCULAR)
    extreme = one(found, 268.5)
    assert (extreme.metric, extreme.subject) == ("最大降雨量", "沙洲镇")
    assert one(found, 142.8).metric == "过程平均降雨量"
    assert _english(one(found, 142.8)).startswith("Average rainfall of the storm: 142.8 mm")


@pytest.mark.parametrize(("text", "value", "metric"), [
    ("全县8座中型水库中有5座超汛限水位。", 5, "超汛限水位的中型水库"),
    ("全市42个重点项目中，已有35个开工建设。", 35, "开工建设的重点项目"),
    ("全市9个县（市、区）中，7个完成年度任务。", 7, "完成年度任务的县（市、区）"),
])
def test_a_count_of_those_of_a_set_named_first(text: str, value: float, metric: str) -> None:
    assert one(figs(text, **CIRCULAR), value).metric == metric


@pytest.mark.parametrize(("text", "value", "metric", "english"), [
    ("电力部门抢修恢复受损线路87条。", 87, "抢修恢复受损线路", "Damaged power lines repaired: 87"),
    ("县财政已下拨救灾资金600万元。", 600, "下拨救灾资金", "Disaster relief funds allocated: CNY 6 million"),
])
def test_the_body_that_acted_is_no_part_of_the_name(text: str, value: float, metric: str, english: str) -> None:
    f = one(figs(text, **CIRCULAR), value)
    assert f.metric == metric
    assert _english(f).startswith(english)

"""A health commission's news of contracted family doctor services, read by hand (sentences invented for these tests,
not those of any fixture or of the untuned document that prompted the rules): the head a short listed item lacks,
named once after the last item (高血压、糖尿病患者规范管理率分别…); one person's story is no key figure; a standard
paid per head with its bound (按每人每年不低于…元的标准拨付…) is the standard, not a threshold; English."""

from __future__ import annotations

import pytest

from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import figure_row
from tests.test_figure_attributes import figs, one

NEWS = {"date": "2025-12-09", "region": "岑阳市", "genre": "news", "title": "岑阳市家庭医生签约服务扎实推进"}


def _english(f) -> str:
    return figure_row(f, get_glossary(), Context(province="", city="")).text


@pytest.mark.parametrize(("text", "first", "second"), [
    ("高血压、糖尿病患者规范管理率分别达到80.2%和79.5%。", "高血压患者规范管理率", "糖尿病患者规范管理率"),
    ("水稻、玉米单产分别达到612公斤和538公斤。", "水稻单产", "玉米单产"),
    ("城镇、农村居民人均可支配收入分别增长4.1%和6.3%。", "城镇居民人均可支配收入", "农村居民人均可支配收入"),
])
def test_the_head_a_short_listed_item_lacks(text: str, first: str, second: str) -> None:
    found = sorted(figs(text, **NEWS), key=lambda f: f.value if "%" not in f.unit else -f.value)
    assert {f.metric for f in found} == {first, second}


def test_a_longer_item_that_is_no_word_of_that_size_keeps_its_name() -> None:
    # (汽车、新能源汽车产量: 新能 is no word; the first item is not given the head 汽车产量)
    found = figs("汽车、新能源汽车产量分别增长4%和25%。", **NEWS)
    assert one(found, 4).metric != "汽车汽车产量"


def test_one_persons_story_is_no_key_figure() -> None:
    found = figs("家住南坪镇的李大妈今年68岁，她的家庭医生今年已为她上门随访9次。", "其他收入0.8亿元。", **NEWS)
    assert all(f.value != 9 for f in found)
    assert one(found, 0.8).metric == "其他收入"


def test_a_standard_paid_per_head_with_its_bound() -> None:
    f = one(figs("按每人每年不低于90元的标准拨付签约服务费。", **NEWS), 90)
    assert (f.metric, f.unit, f.status) == ("签约服务费标准", "元/人·年", "requirement")
    assert _english(f) == "Contracted service fee: at least CNY 90 per person per year (requirement)"
    # (a bound before 的 and a thing that is no standard still sorts what is counted: 投资不低于5000万元的项目)
    assert all(f.value != 5000 for f in figs("对投资不低于5000万元的项目给予奖励。", **NEWS))


def test_a_standard_per_km_for_a_shared_head_and_for_the_first_of_two_payments() -> None:
    found = figs("按每公里每年不低于6000元的标准安排县道、乡道养护资金。", "按照每亩110元的标准发放耕地地力保护补贴、种粮补贴。",
                 genre="notice", date="2025-12-09", region="岑阳市", title="岑阳市农村公路养护和农业补贴工作通知")
    roads = one(found, 6000)
    assert (roads.metric, roads.unit, roads.status) == ("县道、乡道养护资金标准", "元/公里·年", "requirement")
    assert one(found, 110).metric == "耕地地力保护补贴标准"


def test_a_standard_per_site_named_after_its_head() -> None:
    # (每处集中供水工程每年: the thing the 处 counts sits between the head and the time)
    f = one(figs("按照每处农村供水工程每年不低于1.5万元的标准落实维修养护经费。", genre="notice", date="2025-12-09",
                 region="岑阳市", title="岑阳市农村供水工程运行管护通知"), 1.5)
    assert (f.metric, f.unit) == ("维修养护经费标准", "万元/处·年")
    assert _english(f) == "Maintenance funding standard: at least CNY 15,000 per site per year (requirement)"

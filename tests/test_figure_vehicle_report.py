"""A development and reform commission's report on new-energy vehicles, read by hand (sentences invented for these
tests): a value said after a judgement of its indicator (产能利用率偏低，仅为58%), those a payment reached counted by
their measure word (惠及3900辆), a table led by a sentence naming what it breaks down (…见下表：) whose columns say
only what was done (累计建成（个） | 其中2025年新建（个） | 完成年度目标（%）), and their English."""

from __future__ import annotations

import pytest

from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.rows import figure_row
from build_tools.translate.titles import TitleRenderer
from tests.test_figure_attributes import figs, one, table_figs

REPORT = {"date": "2025-11-25", "region": "沅州市", "genre": "report",
          "title": "沅州市发展和改革委员会关于2025年全市新能源汽车推广应用工作情况的报告"}


def _figs(*texts: str):
    return figs(*texts, **REPORT)


def _english(f) -> str:
    return figure_row(f, get_glossary(), Context(province="", city="")).text


@pytest.mark.parametrize(("text", "value", "metric"), [
    ("三是本地整车产能利用率偏低，仅为61%。", 61, "本地整车产能利用率"),
    ("全市森林覆盖率较高，达到66.2%。", 66.2, "全市森林覆盖率"),
])
def test_a_value_after_a_judgement_of_its_indicator(text: str, value: float, metric: str) -> None:
    assert one(_figs(text), value).metric == metric


def test_a_clause_naming_its_own_measure_is_not_the_judged_indicators() -> None:
    # (the clause after the judgement names another thing: not the judged indicator's value)
    assert all(f.metric != "农村居民收入" for f in _figs("农村居民收入偏低，仅为城镇居民的45%。"))


@pytest.mark.parametrize(("text", "value", "metric", "english"), [
    ("累计发放汽车以旧换新补贴1.42亿元，惠及4100辆。", 4100, "惠及车辆", "Vehicles benefiting: 4,100, 2025"),
    ("发放取暖补贴960万元，惠及1.3万户。", 1.3, "惠及家庭", "Households benefiting: 13,000, 2025"),
])
def test_those_a_payment_reached_counted_by_their_measure_word(text: str, value: float, metric: str,
                                                               english: str) -> None:
    f = one(_figs(text), value)
    assert f.metric == metric
    assert _english(f) == english


def test_a_table_led_by_a_sentence_naming_what_it_breaks_down() -> None:
    cells = [["县（市、区）", "累计建成（个）", "其中2025年新建（个）", "完成年度目标（%）"],
             ["沅东区", "1980", "560", "101.8"],
             ["沅北县", "870", "210", "84.0"]]
    found = table_figs(cells, "各县（市、区）公共充电桩建设情况见下表：", REPORT)
    rows = {(f.subject, f.value): f for f in found}
    assert rows[("沅东区", 1980)].metric == "建成公共充电桩"
    assert (rows[("沅东区", 560)].metric, rows[("沅东区", 560)].period) == ("新建公共充电桩", "2025")
    assert rows[("沅北县", 84.0)].metric == "公共充电桩完成年度目标比例"
    assert _english(rows[("沅东区", 560)]) == "Yuandong District — new public charging piles: 560, 2025"


@pytest.mark.parametrize(("zh", "english"), [
    ("关于2025年全市新能源汽车推广应用工作情况的报告",
     "Report on the Promotion and Application of New-Energy Vehicles in 2025"),
    ("关于全市秸秆综合利用工作情况的报告", "Report on Comprehensive Use of Straw"),  # (glossary, GWR 2017/502)
])
def test_titles_of_the_promotion_or_use_of_a_thing(zh: str, english: str) -> None:
    assert TitleRenderer(get_glossary()).title(zh).text == english


@pytest.mark.parametrize(("text", "value", "english"), [
    ("1—10月，全市新能源汽车销量2.4万辆，同比增长31.2%。", 2.4, "Sales of new-energy vehicles: 24,000, January-October 2025"),
    ("对报废旧车并购买新能源乘用车的个人消费者，每辆给予最高2万元补贴。", 2,
     "Subsidy: at most CNY 20,000 per vehicle (requirement)"),
])
def test_vehicle_figures_in_english(text: str, value: float, english: str) -> None:
    assert _english(one(_figs(text), value)) == english

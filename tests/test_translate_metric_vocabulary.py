"""The vocabulary of key-figure metric names in local statistical bulletins (issue 12).

Every name of tests/fixtures/translate/metric_vocabulary.tsv (a city's statistical communiqué section by section,
the specialized bulletins, their modifier variants) must compose to the English written there by hand from the
yearbook's table titles and the work reports, or to the NBS-style project rendering marked P. A name the tables
cannot render stays None (the row keeps the Chinese, marked), never English guessed word by word.

Measured on the set: before issue 12, 314 of 649 names got English (48.4%), 304 exactly the set's (46.8%); after,
649 get English, 646 exactly (99.5%).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools.translate.metric_sources import unsourced
from build_tools.translate.metric_vocab import BUDGET_LINES, MODES, MORE_EXACT, MORE_HEADS, MORE_SUBJECTS
from build_tools.translate.metrics import metric_en
from tests.vocab_probe import misses_still_render_otherwise, probe_counts, read_probe

VOCABULARY = Path(__file__).parent / "fixtures" / "translate" / "metric_vocabulary.tsv"


ROWS = read_probe(VOCABULARY)
# Names whose English differs from the set's, and why (a fix must take the name off this list).
KNOWN_MISSES = {
    "居民消费价格": "the glossary reads it as a variant of 居民消费价格指数 'CPI' (a price change reads the same)",
    "累计建成高标准农田": "'high-standard cropland completed (cumulative)': 建成 said, the same in meaning",
    "农村自来水普及率": "'rural tap water coverage rate' (glossary helper 农村 'rural ~'), the same in meaning",
}
THRESHOLD = 0.99  # the share of the set composed exactly (after issue 12: 646 / 649)


def test_the_set_is_well_formed() -> None:
    """About 400 names or more, each once, each with a source: a yearbook table, a work report segment or P."""
    names = [zh for zh, _alts, _src in ROWS]
    assert len(names) >= 400
    assert len(names) == len(set(names))
    for zh, alts, source in ROWS:
        assert all(alts), zh
        assert source.startswith(("YB ", "GWR ", "P")), zh
    sections = [line for line in VOCABULARY.read_text(encoding="utf-8").splitlines() if line.startswith("## ")]
    assert len(sections) >= 14  # the communiqué's chapters and the specialized bulletins


@pytest.mark.parametrize(("zh", "alternatives"), [(zh, alts) for zh, alts, _src in ROWS if zh not in KNOWN_MISSES])
def test_vocabulary_name(zh: str, alternatives: list[str]) -> None:
    assert metric_en(zh) in alternatives


def test_known_misses_still_render_otherwise() -> None:
    """The listed names render, only in other words than the set's (once they match, the list is stale)."""
    assert not misses_still_render_otherwise(ROWS, KNOWN_MISSES)


def test_share_of_the_set_composed_exactly() -> None:
    exact, _english = probe_counts(ROWS)
    assert exact / len(ROWS) >= THRESHOLD


# The rules of issue 12 on names written for them, outside the set (expectations by hand, NBS usage).
NEW_RULES = {
    # age groups (YB 2-4, 2-24)
    "15-59岁人口": "population aged 15-59",
    "80岁以上人口": "population aged 80 and over",
    # trade by partner after 对, and by mode
    "对日本出口": "exports to Japan",
    "对RCEP成员国出口": "exports to RCEP member states",
    "加工贸易出口": "exports under processing trade",
    "一般贸易进口": "imports under general trade",
    # traffic by transport mode (YB 16-6 .. 16-9)
    "民航客运量": "civil aviation passenger traffic",
    "水路旅客周转量": "waterway passenger-kilometers",
    "航空旅客吞吐量": "air passenger throughput",
    # routes, vehicles, schools, livestock: heads with the new subjects
    "铁路里程": "length of railways",
    "年末私人汽车保有量": "private vehicles owned (year-end)",
    "普通高中招生": "entrants of regular senior secondary schools",
    "初中毕业生": "graduates of junior secondary schools",
    "小学专任教师": "full-time teachers of primary schools",
    "年末羊存栏": "sheep in stock (year-end)",
    "生猪出栏头数": "hogs slaughtered",
    # products of industrial enterprises above designated size
    "规模以上工业原煤产量": "output of raw coal of industrial enterprises above designated size",
    "新能源汽车产量占汽车产量比重": "share of output of new-energy vehicles in output of motor vehicles",
    "规模以上工业企业亏损企业": "loss-making industrial enterprises above designated size",
    # an enterprise's R&D intensity is over its business revenue (a region's over GDP)
    "规上工业企业研发经费投入强度": (
        "R&D spending as a percentage of business revenue of industrial enterprises above designated size"),
    "全市研发经费投入强度": "R&D spending as a percentage of GDP",
    # finance and the budget
    "制造业中长期贷款余额": "outstanding medium- and long-term loans to manufacturing",
    "个人所得税收入": "personal income tax",
    "灾害防治及应急管理支出": "spending on disaster prevention and emergency management",
    "社会保障和就业支出占一般公共预算支出比重": (
        "share of spending on social security and employment in general public expenditure"),
    # social security and living conditions
    "城镇低保对象": "urban recipients of subsistence allowances",
    "城乡低保标准": "urban and rural subsistence allowance standard",
    "城镇职工基本医疗保险参保人数": "people covered by basic medical insurance for urban workers",
    "城镇居民人均工资性收入": "per capita wage income of urban residents",
    "农村居民人均可支配收入中位数": "median per capita disposable income of rural residents",
    "农村居民每百户家用汽车拥有量": "family cars per 100 rural households",
    # health, counted per head of population without a verb
    "每万人口卫生技术人员": "health technical personnel per 10,000 people",
    "每千常住人口注册护士": "registered nurses per 1,000 permanent residents",
    "每千人口医院床位": "hospital beds per 1,000 people",
    # environment, urban rates, new entities
    "一氧化碳年平均浓度": "annual average carbon monoxide concentration",
    "城市自来水普及率": "urban tap water coverage rate",
    "新设立市场主体": "newly established market entities",
}


@pytest.mark.parametrize(("zh", "english"), NEW_RULES.items())
def test_new_rules_on_other_names(zh: str, english: str) -> None:
    assert metric_en(zh) == english


@pytest.mark.parametrize("zh", [
    "对火星出口",  # no such partner
    "每千人口飞船",  # nothing known counted per head
    "城市幸福率",  # no rate of that name
    "公路幸福量",  # a mode before no traffic head
    "玄学支出",  # no such budget line
    "外星人存栏", "幸福产量", "快乐里程", "星星保有量",  # heads with unknown subjects
    "规模以上工业幸福产量",
    "0-14岁儿童",  # an age group is of the population
])
def test_what_the_tables_cannot_render_stays_none(zh: str) -> None:
    assert metric_en(zh) is None


def test_sources_and_project_renderings_are_listed() -> None:
    """The domain tables name their sources; their project renderings are among unsourced() for review."""
    for zh, (_en, source) in {**MORE_EXACT, **MORE_SUBJECTS}.items():
        assert source == "P" or source.startswith(("YB ", "GWR ")), zh
    for zh, (_with, _alone, source) in MORE_HEADS.items():
        assert source == "P" or source.startswith(("YB ", "GWR ")), zh
    listed = dict(unsourced())
    assert listed["原煤"] == "raw coal"
    assert listed["公路"] == "highway"  # the transport modes
    assert all(zh in listed for zh in BUDGET_LINES) and all(zh in listed for zh in MODES)
    assert "集成电路" not in listed  # GWR 2017/410

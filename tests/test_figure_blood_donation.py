"""A health commission's circular on blood donation and its year's tasks, read by hand (sentences invented for these
tests, not those of any fixture): the blood services' units (单位, 治疗量) and a conversion (折合) of the quantity
before it; a supply (供应) keeps its last character; a definition in brackets is no part of a name; an age band names
the group after it; a rate per thousand people said bare; a month under a heading of a later year's tasks is of that
year; with their English."""

from __future__ import annotations

import pytest

from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.rows import figure_row
from tests.test_figure_attributes import figs, one

CIRCULAR = {"date": "2026-03-02", "region": "泯江市", "genre": "notice",
            "title": "泯江市卫生健康委员会关于2025年度全市无偿献血工作的通报"}


def _english(f) -> str:
    return figure_row(f, get_glossary(), Context(province="", city="")).text


def test_blood_units_and_a_conversion_are_of_the_quantity_before() -> None:
    found = figs("2025年，全市采集全血9.8吨，折合4.9万单位；采集机采血小板0.86万治疗量，同比增长9.2%。", **CIRCULAR)
    units = one(found, 4.9)
    assert (units.metric, units.unit, units.period) == ("采集全血", "万单位", "2025")
    assert _english(units) == "Whole blood collected: 49,000 units, 2025"
    platelets = one(found, 0.86)
    assert (platelets.metric, platelets.unit) == ("采集机采血小板", "万治疗量")
    assert one(found, 9.2).metric == "采集机采血小板"  # (the growth is the platelets', not the whole blood's)
    assert _english(platelets) == "Apheresis platelets collected: 8,600 therapeutic doses, 2025"


def test_a_supply_keeps_its_last_character() -> None:
    assert one(figs("全年医疗机构临床用血供应5.2万单位。", **CIRCULAR), 5.2).metric == "医疗机构临床用血供应"
    assert one(figs("全年天然气供应量3.6亿立方米。", **CIRCULAR), 3.6).metric == "天然气供应量"


@pytest.mark.parametrize(("text", "value", "metric"), [
    ("全年固定献血者（一年内献血2次及以上）达到0.72万人。", 0.72, "固定献血者"),
    ("规模以上工业（年主营业务收入2000万元及以上）增加值增长6.1%。", 6.1, "规模以上工业增加值"),
])
def test_a_definition_in_brackets_is_no_part_of_the_name(text: str, value: float, metric: str) -> None:
    assert one(figs(text, **CIRCULAR), value).metric == metric


@pytest.mark.parametrize(("text", "value", "metric", "english"), [
    ("2025年，18至24岁献血者占比为28.4%。", 28.4, "18至24岁献血者占比", "Share of blood donors aged 18-24: 28.4%, 2025"),
    ("2025年，0-3岁婴幼儿占比为4.2%。", 4.2, "0-3岁婴幼儿占比",
     "Share of infants and young children aged 0-3: 4.2%, 2025"),
])
def test_an_age_band_names_the_group_after_it(text: str, value: float, metric: str, english: str) -> None:
    f = one(figs(text, **CIRCULAR), value)
    assert f.metric == metric
    assert _english(f) == english


def test_a_rate_per_thousand_people_said_bare() -> None:
    found = figs("2025年，千人口献血率为10.9，比上年提高0.6。", **CIRCULAR)
    assert (one(found, 10.9).metric, one(found, 10.9).unit) == ("千人口献血率", "")
    assert (one(found, 0.6).direction, one(found, 0.6).metric) == ("up", "千人口献血率")


def test_a_month_under_a_heading_of_a_later_years_tasks_is_of_that_year() -> None:
    found = figs("一、基本情况", "2025年，全市无偿献血3.9万人次。", "三、2026年工作要求",
                 "（一）市中心血站要在11月30日前新建献血点4个。", "（二）9月底前，各县改造献血屋2个。",
                 headings={0: 1, 2: 1}, **CIRCULAR)
    assert (one(found, 3.9).period, one(found, 3.9).status) == ("2025", "actual")
    assert one(found, 4).status == "target" and one(found, 4).period.startswith("2026")
    assert (one(found, 2).period, one(found, 2).status) == ("2026-09", "target")


@pytest.mark.parametrize(("zh", "en"), [
    ("团体献血占献血总人次", "share of group blood donations in total blood donations"),
    ("35岁以下青年人才占比", "share of young professionals aged 35 and under"),
    ("输血前检验率", "pre-transfusion testing rate"),
])
def test_english_of_blood_donation(zh: str, en: str) -> None:
    assert metric_en(zh) == en


def test_a_deadline_under_a_heading_of_a_later_years_requirements_is_of_that_year() -> None:
    from tests.event_docs import timeline

    events = timeline(("一、基本情况", 1), "2025年，全市无偿献血3.9万人次。", ("三、2026年工作要求", 1),
                      "（一）市中心血站要在11月30日前新建献血点4个。", date=CIRCULAR["date"],
                      title=CIRCULAR["title"], genre="notice", reporting="auto", region="泯江市")
    assert [(e.date, e.kind) for e in events if "献血点" in e.text] == [("2026-11-30", "target")]

"""A disabled persons' federation's statistical bulletin, read by hand (sentences invented for these tests, not those
of any fixture or of the untuned document that prompted the rules): a count of those who receive a benefit (得到) or
for whom a service was done (为…适配/实施) is of them, not of the group at large, and its change too; an adverb
before 提高到 is no part of a standard's name; medals are counted by their kind; an age band is the group's, before
what they receive; with their English (the two subsidies as GWR 2021/146 names them)."""

from __future__ import annotations

import pytest

from build_tools.translate.comparisons import Context
from build_tools.translate.glossary import get_glossary
from build_tools.translate.metrics import metric_en
from build_tools.translate.rows import figure_row
from tests.test_figure_attributes import figs, one

BULLETIN = {"date": "2026-04-08", "region": "汀澜市", "genre": "statistics",
            "title": "汀澜市2025年残疾人事业发展统计公报"}


def _english(f) -> str:
    return figure_row(f, get_glossary(), Context(province="", city="")).text


def test_a_count_of_those_who_received_a_benefit_and_its_change() -> None:
    found = figs("全年2.35万名困难残疾人得到生活补贴，比上年增加0.12万人；3.08万名重度残疾人得到护理补贴。", **BULLETIN)
    living = one(found, 2.35)
    assert (living.metric, living.period, living.status) == ("得到生活补贴的困难残疾人", "2025", "actual")
    assert _english(living) == ("People with disabilities in financial difficulty receiving living allowances: "
                                "23,500, 2025")
    change = one(found, 0.12)
    assert (change.metric, change.direction) == ("得到生活补贴的困难残疾人", "up")
    nursing = one(found, 3.08)
    assert nursing.metric == "得到护理补贴的重度残疾人"
    assert _english(nursing).startswith("People with serious disabilities receiving nursing care subsidies: 30,800")


@pytest.mark.parametrize(("text", "value", "metric", "english"), [
    ("全年为1.6万名残疾人适配辅助器具。", 1.6, "适配辅助器具的残疾人",
     "People with disabilities fitted with assistive devices: 16,000, 2025"),
    ("全年为4200户残疾人家庭实施无障碍改造。", 4200, "实施无障碍改造的残疾人家庭",
     "Families of people with disabilities given barrier-free home modifications: 4,200 households, 2025"),
])
def test_a_count_of_those_a_service_was_done_for(text: str, value: float, metric: str, english: str) -> None:
    f = one(figs(text, **BULLETIN), value)
    assert f.metric == metric
    assert _english(f) == english


def test_a_count_before_a_benefit_without_for_stays_as_it_was() -> None:
    # (no 为 before the count: 1200名志愿者提供服务 counts the volunteers, not people provided with a service)
    assert one(figs("全年1200名志愿者提供助残服务。", **BULLETIN), 1200).metric != "提供助残服务的志愿者"


def test_an_adverb_before_raised_to_is_no_part_of_a_standards_name() -> None:
    f = one(figs("城乡低保标准均提高到每人每月760元。", **BULLETIN), 760)
    assert (f.metric, f.unit, f.direction) == ("城乡低保标准", "元/人·月", "up")


def test_medals_are_counted_by_their_kind() -> None:
    found = figs("汀澜市代表团在省第九届残疾人运动会上获得金牌19枚、银牌11枚。", **BULLETIN)
    gold = one(found, 19)
    assert (gold.metric, gold.unit, gold.subject) == ("金牌", "枚", "")
    assert _english(gold) == "Gold medals: 19, 2025"


def test_an_age_band_is_the_groups_before_what_they_receive() -> None:
    assert metric_en("0-14岁残疾儿童接受康复救助") == (
        "children with disabilities aged 0-14 receiving rehabilitation assistance")
    assert metric_en("18至25岁献血者") == "blood donors aged 18-25"


def test_the_bulletins_title() -> None:
    from build_tools.translate.titles import TitleRenderer

    title = TitleRenderer(get_glossary()).title("汀澜市2025年残疾人事业发展统计公报", issuer="", region="")
    assert getattr(title, "text", title) == "Statistical Bulletin on Disability Affairs Development in Tinglan, 2025"
